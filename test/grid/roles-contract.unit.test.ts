import { ROLES, type Role } from '@onedoor/db';
import { gridSubgraph } from '@onedoor/grid';
import { type GraphQLError, Kind, type ObjectTypeDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';

type RootResolver = (parent: unknown, args: unknown, ctx: unknown, info: unknown) => unknown;
const resolvers = gridSubgraph.resolvers as unknown as Record<string, Record<string, RootResolver>>;

/** The roles a root field's description promises, from its closing `Roles: …` line. */
function promisedRoles(description: string): readonly Role[] {
  const line = description.trim().split('\n').at(-1)!;
  if (line === 'Roles: any signed-in account.') return ROLES;
  const listed = /^Roles: ([A-Z_, ]+)\.$/.exec(line);
  if (!listed) throw new Error(`The description does not end with a roles line: ${line}`);
  return listed[1]!.split(', ') as Role[];
}

/**
 * Whether a viewer holding only `role` gets past the resolver's role check. The check comes before anything
 * else, so with no database behind it an allowed call fails otherwise (bad input, no loaders), never FORBIDDEN.
 */
async function lets(field: RootResolver, fieldName: string, role: Role): Promise<boolean> {
  const viewer = { accountId: 'a', personId: 'p', username: 'u', roles: [role], organisationId: null };
  try {
    await field(undefined, {}, { viewer }, { fieldName });
    return true;
  } catch (error) {
    return (error as GraphQLError).extensions?.code !== 'FORBIDDEN';
  }
}

const roots = gridSubgraph.typeDefs.definitions.filter(
  (d): d is ObjectTypeDefinitionNode =>
    d.kind === Kind.OBJECT_TYPE_DEFINITION && (d.name.value === 'Query' || d.name.value === 'Mutation'),
);
const fields = roots.flatMap((root) =>
  (root.fields ?? []).map((f) => [`${root.name.value}.${f.name.value}`, root.name.value, f] as const),
);

describe("the schema's roles lines", () => {
  it.each(fields)('%s names exactly the roles its resolver lets in', async (_name, root, field) => {
    const resolver = resolvers[root]![field.name.value]!;
    const allowed = [];
    for (const role of ROLES) if (await lets(resolver, field.name.value, role)) allowed.push(role);
    expect(allowed.sort()).toEqual([...promisedRoles(field.description?.value ?? '')].sort());
  });
});
