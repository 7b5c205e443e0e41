import { checkNationalId, normaliseName, normalisePhone } from '@onedoor/db';
import { z } from 'zod';
import { refusal } from './problems';

/*
 * The one input rule for people's data, the same in every field of every subgraph: phones, identity numbers
 * and names are taken as people type them and normalised once here (db/src/shared/identifiers.ts holds the
 * rules), and refused with the same stable reasons everywhere.
 */

const PHONE_MESSAGE =
  'must be a mainland mobile (11 digits, such as 138 0531 2468) or a landline with its area code (such as 0539-1234567)';

const isBlank = (v: string | null | undefined) => v === null || v === undefined || v.trim() === '';

function toPhone(value: string, ctx: z.RefinementCtx): string {
  const phone = normalisePhone(value);
  if (phone) return phone;
  ctx.addIssue({ code: 'custom', ...refusal('PHONE_FORMAT', PHONE_MESSAGE) });
  return z.NEVER;
}

function toNationalId(value: string, ctx: z.RefinementCtx): string {
  const checked = checkNationalId(value);
  if (checked.ok) return checked.value;
  ctx.addIssue({ code: 'custom', ...refusal(checked.reason, checked.message, checked.params) });
  return z.NEVER;
}

function required(ctx: z.RefinementCtx) {
  ctx.addIssue({ code: 'custom', ...refusal('REQUIRED', 'must not be empty') });
  return z.NEVER;
}

/** A phone that must be given: stored as a mobile's 11 digits or a landline `0539-1234567`. */
export const phone = () => z.string().transform((v, ctx) => (isBlank(v) ? required(ctx) : toPhone(v, ctx)));

/** A phone that may be left out; blank is null. */
export const optionalPhone = () =>
  z
    .string()
    .nullish()
    .transform((v, ctx) => (isBlank(v) ? null : toPhone(v!, ctx)));

/** A resident identity number (居民身份证号) that may be left out, checked against GB 11643; blank is null. */
export const optionalNationalId = () =>
  z
    .string()
    .nullish()
    .transform((v, ctx) => (isBlank(v) ? null : toNationalId(v!, ctx)));

/** A person's name: full-width and repeated spaces folded, at most `max` characters. */
export const personName = (max = 100) =>
  z
    .string()
    .transform(normaliseName)
    .pipe(z.string().min(1, 'must not be empty').max(max, `must be at most ${max} characters`));
