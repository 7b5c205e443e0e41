import { subgraphCodegen } from '../kit/codegen/subgraph';

/** The cases subgraph's resolver types (see codegen.ts at the root). */
export const casesCodegen = subgraphCodegen('cases', 'CasesContext', {});
