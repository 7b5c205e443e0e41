import { notFound } from './errors';

/**
 * The row a service's input names by id (`input[key]`), from a look-up by ids such as a repository's `byIds`;
 * when there is none, NOT_FOUND naming the entity (`what`), the id and the field `input.<key>`.
 */
export async function loadNamed<K extends string, T>(
  what: string,
  input: Record<K, string>,
  key: K,
  byIds: (ids: readonly string[]) => Promise<T[]>,
): Promise<T> {
  const id = input[key];
  const [row] = await byIds([id]);
  if (!row) throw notFound(what, id, `input.${key}`);
  return row;
}
