import type { z } from 'zod';

/** A parameter of a field problem: what a client needs to word the reason itself (`{ max: 2000 }`). */
export type ProblemParam = string | number | boolean | readonly (string | number | boolean | null)[] | null;

/**
 * One refused field of a request, as every OneDoor error names it in `extensions.fields`: the dotted path
 * the caller used (`request.note`, `input.petitionerIds.0`), a stable reason (docs/API.md lists them) and
 * the parameters a client needs to say it in its own words.
 */
export interface FieldProblem {
  field: string;
  reason: string;
  params: Record<string, ProblemParam>;
}

/** A reason and its parameters, before a field is named. */
export type Problem = Pick<FieldProblem, 'reason'> & { params?: Record<string, ProblemParam> };

/** Whatever a check said, in a form JSON carries (bigints and dates as strings). */
function param(value: unknown): ProblemParam {
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((v) => param(v) as string | number | boolean | null);
  if (value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null)
    return value;
  return JSON.stringify(value);
}

/** Anything a check or an error's extras say, as the parameters of a field problem. */
export const problemParams = (entries: Record<string, unknown>): Record<string, ProblemParam> =>
  Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, param(v)]));

const COUNTED = new Set(['array', 'set', 'file']);

/** Zod's string formats that have a reason of their own; any other is `FORMAT`. */
const FORMATS: Record<string, string> = { uuid: 'ID_FORMAT', guid: 'ID_FORMAT', date: 'DATE_FORMAT' };

/**
 * The one mapping from a zod issue to a stable reason: every schema in every subgraph is refused in these
 * words. A refinement names its own reason in `params.reason` (see `refusal`); everything else is read off
 * zod's issue code: blank or missing is REQUIRED, a string too long is TOO_LONG `{ max }`, and so on.
 * Parse with `reportInput: true`, or a mistyped value reads as a missing one.
 */
export function problemOfIssue(issue: z.core.$ZodIssue): Problem {
  switch (issue.code) {
    case 'custom': {
      const { reason, ...params } = (issue.params ?? {}) as Record<string, unknown>;
      return typeof reason === 'string' ? { reason, params: problemParams(params) } : { reason: 'INVALID' };
    }
    case 'invalid_type':
      return issue.input === undefined || issue.input === null
        ? { reason: 'REQUIRED' }
        : { reason: 'INVALID_TYPE', params: { expected: issue.expected } };
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1
          ? { reason: 'REQUIRED' }
          : { reason: 'TOO_SHORT', params: problemParams({ min: issue.minimum }) };
      if (COUNTED.has(issue.origin)) return { reason: 'TOO_FEW', params: problemParams({ min: issue.minimum }) };
      return {
        reason: issue.inclusive === false ? 'MUST_EXCEED' : 'TOO_SMALL',
        params: problemParams({ min: issue.minimum }),
      };
    case 'too_big':
      if (issue.origin === 'string') return { reason: 'TOO_LONG', params: problemParams({ max: issue.maximum }) };
      if (COUNTED.has(issue.origin)) return { reason: 'TOO_MANY', params: problemParams({ max: issue.maximum }) };
      return {
        reason: issue.inclusive === false ? 'MUST_BE_BELOW' : 'TOO_LARGE',
        params: problemParams({ max: issue.maximum }),
      };
    case 'invalid_format':
      return { reason: FORMATS[issue.format] ?? 'FORMAT' };
    case 'invalid_value':
      return { reason: 'ENUM', params: problemParams({ values: issue.values }) };
    case 'not_multiple_of':
      return { reason: 'NOT_MULTIPLE_OF', params: problemParams({ divisor: issue.divisor }) };
    case 'unrecognized_keys':
      return { reason: 'UNKNOWN_FIELD', params: { keys: issue.keys } };
    default:
      return { reason: 'INVALID' };
  }
}

/**
 * What a refinement passes to zod so that its refusal carries a reason of its own:
 * `.refine(ok, refusal('DUPLICATE_ITEM', 'a petitioner is listed twice'))`, or in `ctx.addIssue`.
 */
export function refusal(reason: string, message: string, params: Record<string, ProblemParam> = {}) {
  return { message, params: { ...params, reason } };
}
