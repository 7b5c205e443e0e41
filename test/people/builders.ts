import type { TestStack } from '../support/stack';

/** Creates grid units and organisations through the gateway, for tests that start without the demo county. */
export function gridBuilder(stack: TestStack, token: string) {
  return {
    async unit(code: string, level: string, parentId?: string): Promise<string> {
      const res = await stack.gql<{ createGridUnit: { id: string } }>(
        'mutation($i: CreateGridUnitInput!) { createGridUnit(input: $i) { id } }',
        { i: { code, name: `单元${code}`, level, parentId } },
        token,
      );
      if (!res.data?.createGridUnit) throw new Error(`createGridUnit failed: ${JSON.stringify(res.errors)}`);
      return res.data.createGridUnit.id;
    },
    async organisation(code: string): Promise<string> {
      const res = await stack.gql<{ createOrganisation: { id: string } }>(
        'mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id } }',
        { i: { code, name: `组织${code}`, kind: 'DEPARTMENT' } },
        token,
      );
      if (!res.data?.createOrganisation) throw new Error(`createOrganisation failed: ${JSON.stringify(res.errors)}`);
      return res.data.createOrganisation.id;
    },
  };
}

/**
 * Registers a person named `name` and adds them to a pool through the gateway (`membership` is the rest of
 * the `AddPoolMemberInput`); returns the membership (Mediator) id.
 */
export async function addPoolMember(
  stack: TestStack,
  token: string,
  name: string,
  membership: Record<string, unknown>,
): Promise<string> {
  const person = await stack.gql<{ registerPerson: { id: string } }>(
    'mutation($i: RegisterPersonInput!) { registerPerson(input: $i) { id } }',
    { i: { name } },
    token,
  );
  if (!person.data?.registerPerson) throw new Error(`registerPerson failed: ${JSON.stringify(person.errors)}`);
  const res = await stack.gql<{ addPoolMember: { id: string } }>(
    'mutation($i: AddPoolMemberInput!) { addPoolMember(input: $i) { id } }',
    { i: { personId: person.data.registerPerson.id, ...membership } },
    token,
  );
  if (!res.data?.addPoolMember) throw new Error(`addPoolMember failed: ${JSON.stringify(res.errors)}`);
  return res.data.addPoolMember.id;
}
