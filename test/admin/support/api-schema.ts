import { createRequire } from 'node:module';
import { buildASTSchema, type DocumentNode, type GraphQLSchema } from 'graphql';
import { readCommittedSupergraph } from '@onedoor/gateway';

/** The schema partners and the back office see: the committed supergraph without federation's machinery. */
export function apiSchema(): GraphQLSchema {
  const require = createRequire(import.meta.resolve('@apollo/composition'));
  const { Supergraph } = require('@apollo/federation-internals') as {
    Supergraph: { build(sdl: string): { apiSchema(): { toAST(): DocumentNode } } };
  };
  // Through the AST: federation-internals has its own copy of graphql, whose schema objects ours refuses.
  return buildASTSchema(Supergraph.build(readCommittedSupergraph()).apiSchema().toAST());
}
