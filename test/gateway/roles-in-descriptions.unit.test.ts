import { ROLES } from '@onedoor/db';
import { composeSupergraph } from '@onedoor/gateway';
import { buildSchema, type GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { apiSdl } from '../../gateway/contract/check';

const ANY_ACCOUNT = 'Roles: any signed-in account.';
const PUBLIC = 'Roles: public (no sign-in).';
const NAMED = /^Roles: ([A-Z_]+(?:, [A-Z_]+)*)\.$/;
const KNOWN = new Set<string>(ROLES);

/** What is wrong with a root field's roles line, or null when its last line names who may call it. */
function rolesLineProblem(description: string | null | undefined): string | null {
  const last = description?.split('\n').at(-1) ?? '';
  if (last === ANY_ACCOUNT || last === PUBLIC) return null;
  const named = NAMED.exec(last);
  if (!named) return `last line ${JSON.stringify(last)} is not a roles line`;
  const roles = named[1]!.split(', ');
  const unknown = roles.filter((role) => !KNOWN.has(role));
  if (unknown.length) return `unknown role(s) ${unknown.join(', ')} (known: ${ROLES.join(', ')})`;
  if (new Set(roles).size !== roles.length) return 'a role is named twice';
  return null;
}

function offendingRootFields(): string[] {
  const api = buildSchema(apiSdl(composeSupergraph()));
  const roots = [api.getQueryType(), api.getMutationType()].filter((t): t is GraphQLObjectType => !!t);
  return roots.flatMap((root) =>
    Object.values(root.getFields()).flatMap((field) => {
      const problem = rolesLineProblem(field.description);
      return problem ? [`${root.name}.${field.name}: ${problem}`] : [];
    }),
  );
}

describe('who may call each operation is part of the contract', () => {
  it(`ends every Query and Mutation field's description with its roles line ("Roles: ADMIN, LEADER.", "${ANY_ACCOUNT}" or "${PUBLIC}")`, () => {
    const offending = offendingRootFields();
    const message = [`${offending.length} root field(s) do not end with a roles line:`, ...offending].join('\n');
    expect(offending.length === 0, message).toBe(true);
  });

  it('reads the roles line strictly', () => {
    expect(rolesLineProblem('Opens a case.\n\nRoles: ADMIN, CENTRE_STAFF.')).toBeNull();
    expect(rolesLineProblem(`Tracks a case.\n${PUBLIC}`)).toBeNull();
    expect(rolesLineProblem(`Who am I.\n${ANY_ACCOUNT}`)).toBeNull();
    expect(rolesLineProblem('Opens a case (ADMIN, CENTRE_STAFF).')).toMatch(/not a roles line/);
    expect(rolesLineProblem('Roles: ADMIN,LEADER.')).toMatch(/not a roles line/);
    expect(rolesLineProblem('Roles: ADMIN, LEADER')).toMatch(/not a roles line/);
    expect(rolesLineProblem('Roles: ADMIN, CLERK.')).toMatch(/unknown role\(s\) CLERK/);
    expect(rolesLineProblem('Roles: ADMIN, ADMIN.')).toMatch(/named twice/);
    expect(rolesLineProblem(undefined)).toMatch(/not a roles line/);
  });
});
