import { refreshSearchColumns } from '@onedoor/db/grid';
import { defineSubgraph } from '@onedoor/subgraph-kit';
import { createLoaders, type GridLoaders } from './loaders';
import { geoJsonResolvers } from './resolvers/geojson';
import { gridEventResolvers } from './resolvers/grid-events';
import { gridUnitResolvers } from './resolvers/grid-units';
import { jointMeetingResolvers } from './resolvers/joint-meetings';
import { organisationResolvers } from './resolvers/organisations';
import { rosterResolvers } from './resolvers/rosters';

export type { GridLoaders } from './loaders';

export const gridSubgraph = defineSubgraph<GridLoaders>({
  name: 'grid',
  schema: new URL('../schema.graphql', import.meta.url),
  resolvers: [
    geoJsonResolvers,
    gridUnitResolvers,
    organisationResolvers,
    rosterResolvers,
    gridEventResolvers,
    jointMeetingResolvers,
  ],
  createLoaders,
  // Names of places and bodies are public (the citizens' tracking page shows the responsible unit);
  // the root queries still need a signed-in viewer.
  publicEntities: ['GridUnit', 'Organisation'],
  // Rows whose search columns predate the current way of computing them (pinyin, after an upgrade) are
  // recomputed before the first search.
  async prepare({ db }) {
    const refreshed = await refreshSearchColumns(db);
    if (refreshed) console.log(`[onedoor] grid: recomputed the search names of ${refreshed} units and organisations.`);
  },
});
