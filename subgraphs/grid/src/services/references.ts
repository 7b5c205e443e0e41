import type { Executor } from '@onedoor/db';
import { createGridRepository, type GridUnitRow, type OrganisationRow } from '@onedoor/db/grid';
import { badInput } from '@onedoor/subgraph-kit';
import type { GridContext } from '../context';

// Checks of the ids a caller names: each unknown id is refused as bad input naming its field and saying where
// to pick a real one, before anything is written.

/** An input field (`input.personIds.2`) and the id given there. */
export type IdRef = readonly [field: string, id: string];

function refuseUnknown(refs: readonly IdRef[], known: (id: string) => boolean, what: string, hint: string): void {
  const missing = refs.find(([, id]) => !known(id));
  if (missing) throw badInput(missing[0], `No ${what} has the id '${missing[1]}': ${hint}.`, { reason: 'NOT_FOUND' });
}

/** `[field, id]` for each id of a list field: `input.organisationIds.0`, … */
export const listRefs = (field: string, ids: readonly string[]): IdRef[] => ids.map((id, i) => [`${field}.${i}`, id]);

/** The grid unit an input names. */
export async function requireGridUnit({
  db,
  ref,
  hint = 'pick one from gridUnits',
}: {
  db: Executor;
  ref: IdRef;
  hint?: string;
}): Promise<GridUnitRow> {
  const [unit] = await createGridRepository(db).findGridUnitsByIds([ref[1]]);
  refuseUnknown([ref], () => !!unit, 'grid unit', hint);
  return unit!;
}

/** The organisations an input names, in the order named. */
export async function requireOrganisations({
  db,
  refs,
  hint = 'pick one from organisations',
}: {
  db: Executor;
  refs: readonly IdRef[];
  hint?: string;
}): Promise<OrganisationRow[]> {
  const found = await createGridRepository(db).findOrganisationsByIds(refs.map(([, id]) => id));
  const byId = new Map(found.map((o) => [o.id, o]));
  refuseUnknown(refs, (id) => byId.has(id), 'organisation', hint);
  return refs.map(([, id]) => byId.get(id)!);
}

/** Persons of the people subgraph, asked as the caller in one request. */
export async function requirePersons({
  ctx,
  refs,
  hint,
}: {
  ctx: GridContext;
  refs: readonly IdRef[];
  hint: string;
}): Promise<void> {
  const known = await ctx.peers.existing('people', 'Person', [...new Set(refs.map(([, id]) => id))]);
  refuseUnknown(refs, (id) => known.has(id), 'person', hint);
}

/** The organisation an input names. */
export async function requireOrganisation({
  db,
  ref,
  hint,
}: {
  db: Executor;
  ref: IdRef;
  hint?: string;
}): Promise<OrganisationRow> {
  const [organisation] = await requireOrganisations({ db, refs: [ref], hint });
  return organisation!;
}
