import { subgraphCodegen } from '../kit/codegen/subgraph';

/** The funds subgraph's resolver types (see codegen.ts at the root). */
export const fundsCodegen = subgraphCodegen('funds', 'FundsContext', {});
