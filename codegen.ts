import type { CodegenConfig } from '@graphql-codegen/cli';
import { adminCodegen } from './admin/codegen';
import { casesCodegen } from './subgraphs/cases/codegen';
import { fundsCodegen } from './subgraphs/funds/codegen';
import { gridCodegen } from './subgraphs/grid/codegen';
import { peopleCodegen } from './subgraphs/people/codegen';

/**
 * GraphQL Code Generator: resolver and parent types for each subgraph from its own `schema.graphql`
 * (federation-aware: `__resolveReference` and `@key` fields are typed). Each subgraph's entry, with its
 * context and its mappers (GraphQL type → row type), lives beside its schema in `subgraphs/<name>/codegen.ts`.
 * `pnpm codegen` writes `subgraphs/<name>/src/generated/resolvers.ts`; a test checks they are fresh. The back
 * office's enums come from the committed supergraph (`admin/codegen.ts`).
 */
const config: CodegenConfig = {
  overwrite: true,
  generates: { ...casesCodegen, ...peopleCodegen, ...gridCodegen, ...fundsCodegen, ...adminCodegen },
};

export default config;
