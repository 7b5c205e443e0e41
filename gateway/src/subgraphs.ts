import { casesSubgraph } from '@onedoor/cases';
import { fundsSubgraph } from '@onedoor/funds';
import { gridSubgraph } from '@onedoor/grid';
import { peopleSubgraph } from '@onedoor/people';
import type { SubgraphName } from '@onedoor/subgraph-kit';

/** The four subgraphs in composition order, with the port each takes in the one-process runner. */
export const SUBGRAPHS = [
  { definition: casesSubgraph, port: 4001 },
  { definition: peopleSubgraph, port: 4002 },
  { definition: gridSubgraph, port: 4003 },
  { definition: fundsSubgraph, port: 4004 },
] as const;

export const defaultSubgraphUrl = (name: SubgraphName) =>
  `http://localhost:${SUBGRAPHS.find((s) => s.definition.name === name)!.port}/graphql`;
