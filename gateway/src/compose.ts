import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { composeServices } from '@apollo/composition';
import { SUBGRAPHS, defaultSubgraphUrl } from './subgraphs';

export const supergraphPath = fileURLToPath(new URL('../supergraph.graphql', import.meta.url));

/** Composes the four subgraph SDL files into the supergraph; throws with every composition error. */
export function composeSupergraph(): string {
  const result = composeServices(
    SUBGRAPHS.map(({ definition }) => ({
      name: definition.name,
      url: defaultSubgraphUrl(definition.name),
      typeDefs: definition.typeDefs,
    })),
  );
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`);
  }
  return result.supergraphSdl;
}

export function readCommittedSupergraph(): string {
  return readFileSync(supergraphPath, 'utf8');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sdl = composeSupergraph();
  writeFileSync(supergraphPath, sdl);
  console.log(`Wrote ${supergraphPath} (${sdl.length} bytes).`);
}
