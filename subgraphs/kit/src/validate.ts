import { z } from 'zod';
import { badInput } from './errors';

/**
 * Validates a mutation's input at the edge. The first problem becomes `BAD_USER_INPUT` naming the
 * field as a dotted path (`input.petitionerIds.0`; with an empty root, the argument itself), so nothing is
 * written from bad input.
 */
export function parseInput<T extends z.ZodType>(schema: T, value: unknown, root = 'input'): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = [...(root ? [root] : []), ...issue.path.map(String)].join('.') || root;
  throw badInput(field, `${field}: ${issue.message}`);
}

/** Text that must be present and fit; longer text is refused, never cut. */
export const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
export const optionalText = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`).nullish();
export const uuid = () =>
  z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'must be an id (UUID)');

export function isUuid(value: string): boolean {
  return uuid().safeParse(value).success;
}
