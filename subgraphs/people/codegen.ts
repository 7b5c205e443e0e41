import { subgraphCodegen } from '../kit/codegen/subgraph';

/** The people subgraph's resolver types (see codegen.ts at the root). */
export const peopleCodegen = subgraphCodegen('people', 'PeopleContext', {});
