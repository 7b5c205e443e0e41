import { conflict, loadNamed } from '@onedoor/subgraph-kit';

/**
 * The row a change names as the caller read it (`input.id` at `input.version`): NOT_FOUND when there is none,
 * CONFLICT when someone changed it since. `what` names the row in both refusals (`changed`, where the second
 * says it shorter).
 */
export async function loadAsRead<T extends { version: number }>(
  { what, changed = what }: { what: string; changed?: string },
  input: { id: string; version: number },
  byIds: (ids: readonly string[]) => Promise<T[]>,
): Promise<T> {
  const row = await loadNamed(what, input, 'id', byIds);
  if (row.version !== input.version)
    throw conflict(
      `${changed} ${input.id} was changed by someone else (now version ${row.version}): reload it and try again.`,
    );
  return row;
}
