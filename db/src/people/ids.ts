const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids that are not UUIDs cannot exist, and Postgres would reject the whole statement for one of them. */
export const validIds = (ids: readonly string[]) => ids.filter((id) => UUID.test(id));

/** Splits rows for multi-row statements, under Postgres's 65,535 parameters per statement. */
export function chunks<T>(rows: readonly T[], size = 1000): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
