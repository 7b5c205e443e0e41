import { loadTypeDefs, type SubgraphDefinition } from '@onedoor/subgraph-kit';
import { createLoaders, type GridLoaders } from './loaders';
import { GeoJSONScalar } from './resolvers/geojson';
import { gridEventResolvers } from './resolvers/grid-events';
import { gridUnitResolvers } from './resolvers/grid-units';
import { jointMeetingResolvers } from './resolvers/joint-meetings';
import { organisationResolvers } from './resolvers/organisations';
import { rosterResolvers } from './resolvers/rosters';

export type { GridLoaders } from './loaders';

export const gridSubgraph: SubgraphDefinition<GridLoaders> = {
  name: 'grid',
  typeDefs: loadTypeDefs(new URL('../schema.graphql', import.meta.url)),
  resolvers: {
    GeoJSON: GeoJSONScalar,
    Query: {
      ...gridUnitResolvers.Query,
      ...organisationResolvers.Query,
      ...rosterResolvers.Query,
      ...gridEventResolvers.Query,
      ...jointMeetingResolvers.Query,
    },
    Mutation: {
      ...gridUnitResolvers.Mutation,
      ...organisationResolvers.Mutation,
      ...rosterResolvers.Mutation,
      ...gridEventResolvers.Mutation,
      ...jointMeetingResolvers.Mutation,
    },
    GridUnit: gridUnitResolvers.GridUnit,
    Organisation: organisationResolvers.Organisation,
    ...rosterResolvers.types,
    GridEvent: gridEventResolvers.GridEvent,
    Case: gridEventResolvers.Case,
    JointMeeting: jointMeetingResolvers.JointMeeting,
    MeetingDecision: jointMeetingResolvers.MeetingDecision,
  },
  createLoaders,
  // Names of places and bodies are public (the citizens' tracking page shows the responsible unit);
  // the root queries still need a signed-in viewer.
  publicEntities: ['GridUnit', 'Organisation'],
};
