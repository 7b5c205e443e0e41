import { subgraphCodegen } from '../kit/codegen/subgraph';

/** The grid subgraph's resolver types (see codegen.ts at the root). */
export const gridCodegen = subgraphCodegen('grid', 'GridContext', {});
