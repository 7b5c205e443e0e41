import { z } from 'zod';
import { badInputs } from './errors';
import { type FieldProblem, problemOfIssue, refusal } from './problems';

/**
 * Validates a mutation's input at the edge. Every refused field becomes one entry of `extensions.fields`
 * (a dotted path such as `input.petitionerIds.0`, or with an empty root the argument itself, and the stable
 * reason of the first rule it broke); the message and `extensions.field` name the first. Nothing is
 * written from bad input.
 */
export function parseInput<T extends z.ZodType>(schema: T, value: unknown, root = 'input'): z.infer<T> {
  // The value in each issue tells a missing field (REQUIRED) from a mistyped one (INVALID_TYPE).
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  const problems = new Map<string, FieldProblem>();
  for (const issue of result.error.issues) {
    const field = [...(root ? [root] : []), ...issue.path.map(String)].join('.') || root;
    const { reason, params = {} } = problemOfIssue(issue);
    if (!problems.has(field)) problems.set(field, { field, reason, params });
  }
  const [first, ...rest] = problems.values();
  throw badInputs([first!, ...rest], `${first!.field}: ${result.error.issues[0]!.message}`);
}

/** Text that must be present and fit; longer text is refused, never cut. */
export const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
export const optionalText = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`).nullish();

/** A string written in a fixed shape; a mismatch is refused with `reason` (`MONTH_FORMAT`, `CODE_FORMAT`, …). */
export const pattern = (regex: RegExp, reason: string, message: string) =>
  z.string().refine((v) => regex.test(v), refusal(reason, message));

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const uuid = () => pattern(UUID, 'ID_FORMAT', 'must be an id (UUID)');

export function isUuid(value: string): boolean {
  return UUID.test(value);
}
