import { type BaseContext, badInput } from '@onedoor/subgraph-kit';

/** Asks the owning subgraphs whether the person, case and township exist (and the case is visible to the caller). */
export async function checkReferences(refs: {
  ctx: BaseContext;
  personId: string;
  caseId: string | null;
  townshipId?: string | null;
}): Promise<void> {
  const { ctx } = refs;
  const [people, cases, grid] = await Promise.all([
    ctx.peers.existing('people', 'Person', [refs.personId]),
    refs.caseId ? ctx.peers.existing('cases', 'Case', [refs.caseId]) : Promise.resolve(null),
    refs.townshipId ? ctx.peers.existing('grid', 'GridUnit', [refs.townshipId]) : Promise.resolve(null),
  ]);
  if (!people.has(refs.personId)) {
    throw badInput(
      'input.personId',
      `No person with id '${refs.personId}'. Register the recipient first (registerPerson).`,
      { reason: 'NOT_FOUND' },
    );
  }
  if (refs.caseId && !cases?.has(refs.caseId)) {
    throw badInput(
      'input.caseId',
      `No case with id '${refs.caseId}' that you may see. Use an id from the cases query, or leave caseId out.`,
      { reason: 'NOT_FOUND' },
    );
  }
  if (refs.townshipId && !grid?.has(refs.townshipId)) {
    throw badInput(
      'input.townshipId',
      `No grid unit with id '${refs.townshipId}'. Use a township's id from the gridUnits query, or leave townshipId out.`,
      { reason: 'NOT_FOUND' },
    );
  }
}

/** The case's status (办理状态) as the cases subgraph shows it to the caller; null when it does not show the case. */
export async function caseStatus({ ctx, caseId }: { ctx: BaseContext; caseId: string }): Promise<string | null> {
  const cases = await ctx.peers.entities<{ id: string; status: string }>('cases', 'Case', [caseId], 'status');
  return cases.get(caseId)?.status ?? null;
}

/** The vulnerability flags (困难群体) the people subgraph records for a person; null when it does not show the person. */
export async function personVulnerabilities({
  ctx,
  personId,
}: {
  ctx: BaseContext;
  personId: string;
}): Promise<string[] | null> {
  const people = await ctx.peers.entities<{ id: string; vulnerabilities: string[] }>(
    'people',
    'Person',
    [personId],
    'vulnerabilities',
  );
  return people.get(personId)?.vulnerabilities ?? null;
}
