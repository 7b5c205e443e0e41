import { HttpError } from 'react-admin';
import { formatFen } from '../format/money';
import { REASONS, REASONS_SHOWING_DETAIL } from '../i18n/errors.en';

/**
 * One refused field as the API names it (docs/API.md, "Field problems"): the input field without the
 * argument it came in (`contactPhone`, `petitioners.0.name`), a stable reason and its parameters.
 */
export interface FieldProblem {
  field: string;
  reason: string;
  params: Record<string, unknown>;
}

/** What the gateway said went wrong, in the shape every screen uses. */
export interface ApiError {
  /** The API's own words: English, for developers; screens show `reason` and `fields` translated instead. */
  message: string;
  code: string;
  /** The offending input field without the `input.` prefix (`contactPhone`, `petitioners.0.name`). */
  field: string | null;
  /** Every refused field with its reason (an error of GraphQL itself may name a field without a reason). */
  fields: FieldProblem[];
}

/** The back office's `translate`, for the functions here that word an error (react-admin's `useTranslate`). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;
/** The translation key of the label a screen shows for an input field, if it shows one. */
export type FieldLabel = (field: string) => string | undefined;

interface GraphQLErrorLike {
  message: string;
  extensions?: { code?: unknown; field?: unknown; fields?: unknown };
}

interface ApolloErrorLike {
  message?: string;
  graphQLErrors?: readonly GraphQLErrorLike[];
  networkError?: { statusCode?: number; message?: string; result?: { errors?: GraphQLErrorLike[] } } | null;
}

/** The argument a field came in (`input`, or `request` for the renamed inputs), which the form does not name. */
const withoutRoot = (field: string) => field.replace(/^(?:input|request)\./, '');

function problemsOf(raw: unknown): FieldProblem[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((p: { field?: unknown; reason?: unknown; params?: unknown }) =>
    typeof p?.field === 'string' && typeof p.reason === 'string'
      ? [
          {
            field: withoutRoot(p.field),
            reason: p.reason,
            params: p.params && typeof p.params === 'object' ? (p.params as Record<string, unknown>) : {},
          },
        ]
      : [],
  );
}

export function apiErrorsOf(error: unknown): ApiError[] {
  const e = (error ?? {}) as ApolloErrorLike;
  const raw = e.graphQLErrors?.length ? e.graphQLErrors : (e.networkError?.result?.errors ?? []);
  if (raw.length === 0) {
    const network = e.networkError;
    return [
      {
        message: network?.message ?? e.message ?? String(error),
        code: network ? 'NETWORK' : 'UNKNOWN',
        field: null,
        fields: [],
      },
    ];
  }
  return raw.map((g) => {
    const field = typeof g.extensions?.field === 'string' ? withoutRoot(g.extensions.field) : null;
    const fields = problemsOf(g.extensions?.fields);
    return {
      message: g.message,
      code: typeof g.extensions?.code === 'string' ? g.extensions.code : 'UNKNOWN',
      field,
      fields: fields.length > 0 || !field ? fields : [{ field, reason: 'INVALID', params: {} }],
    };
  });
}

/** The API's words for a field without its field prefix and ids: a detail the English catalogue may show. */
function detailOf(message: string): string {
  return message
    .replace(/^(?:input|request)\.[\w.]+:\s*/, '')
    .replace(/\s*\(?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\)?/gi, '');
}

/** Parameters as a sentence shows them: money (`capFen`) also as yuan (`cap`), lists joined. */
function shownParams(params: Record<string, unknown>): Record<string, unknown> {
  const shown: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) {
    shown[key] = Array.isArray(value) ? value.join(', ') : value;
    const money = /^(\w+)Fen$/.exec(key);
    if (money && (typeof value === 'string' || typeof value === 'number')) shown[money[1]!] = formatFen(value);
  }
  return shown;
}

/**
 * The translation key and arguments that say why a field was refused, in whichever language is on screen:
 * the reason's entry of the catalogue (i18n/errors.*.ts), or INVALID for a reason it does not know yet.
 * `detail` carries the API's English words, which only the English catalogue shows, and only for the
 * reasons that say nothing more themselves; without them it says the field was not accepted.
 */
export function problemMessage(
  problem: FieldProblem,
  apiMessage = '',
): { message: string; args: Record<string, unknown> } {
  const reason = REASONS.includes(problem.reason) ? problem.reason : 'INVALID';
  const detail = detailOf(apiMessage);
  const key = REASONS_SHOWING_DETAIL.includes(reason) && !detail ? 'notAccepted' : `reasons.${reason}`;
  return { message: `onedoor.errors.${key}`, args: { ...shownParams(problem.params), detail } };
}

/** The API's message speaks of the error's own field (the first it names), not of the others it lists. */
const messageFor = (error: ApiError, problem: FieldProblem) => (problem.field === error.field ? error.message : '');

/**
 * A field error for react-admin's form: react-admin translates a message in this form when it shows it
 * under the input (ra-core's ValidationError), so it follows the language on screen.
 */
const asFormError = (problem: FieldProblem, apiMessage: string) =>
  `@@react-admin@@${JSON.stringify(problemMessage(problem, apiMessage))}`;

/** Every field problem in the user's language, each named by its label when the screen shows one. */
export function describeProblems(errors: readonly ApiError[], translate: Translate, label?: FieldLabel): string {
  const texts = errors.flatMap((e) =>
    e.fields.map((p) => {
      const { message, args } = problemMessage(p, messageFor(e, p));
      const problem = translate(message, args);
      const key = label?.(p.field);
      const name = key ? translate(key, { _: '' }) : '';
      return name ? translate('onedoor.errors.fieldProblem', { field: name, problem }) : problem;
    }),
  );
  return texts.join(translate('onedoor.errors.separator'));
}

const CODES = ['BAD_USER_INPUT', 'FORBIDDEN', 'UNAUTHENTICATED', 'NOT_FOUND', 'CONFLICT', 'NETWORK', 'UNKNOWN'];

/** The translation key saying why the API refused, by its error code. */
export function codeKey(code: string): string {
  return `onedoor.errors.${CODES.includes(code) ? code : 'UNKNOWN'}`;
}

/**
 * A refusal in the user's language: its field problems, or else what its code means. The API's English
 * words come through only where the English catalogue asks for them (`asIs`), never on a Chinese screen.
 */
export function describeRefusal(errors: readonly ApiError[], translate: Translate, label?: FieldLabel): string {
  const problems = describeProblems(errors, translate, label);
  if (problems) return problems;
  const first = errors[0]!;
  return translate('onedoor.errors.asIs', { reason: translate(codeKey(first.code)), detail: detailOf(first.message) });
}

/**
 * The one rule for server errors on a form: each field problem shows next to that field (`petitioners.0.phone`),
 * and one on an item of a list input (`otherUnitIds.0`) also on the list input itself, which is where a list
 * input shows its error. Every other error is the notification's (data/hooks.ts); either way nothing is
 * saved and the form stays open.
 */
export function formErrors(errors: readonly ApiError[]): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const e of errors) for (const p of e.fields) byField[p.field] ??= asFormError(p, messageFor(e, p));
  // After the items: react-hook-form keeps the last error set on a path, and the list input reads its own.
  for (const [field, message] of Object.entries(byField)) {
    const list = /^(.+)\.\d+$/.exec(field);
    if (list && !(list[1]! in byField)) byField[list[1]!] = message;
  }
  return byField;
}

/**
 * react-admin reads `body.errors` as server-side form errors, keyed by the form's field names; the message is
 * the refusal in the user's language (`translate`, the i18n provider's), which react-admin's own screens
 * notify as it is.
 */
export function toHttpError(error: unknown, translate?: Translate): HttpError {
  if (error instanceof HttpError) return error;
  const errors = apiErrorsOf(error);
  const first = errors[0]!;
  const status =
    first.code === 'UNAUTHENTICATED' ? 401 : first.code === 'FORBIDDEN' ? 403 : first.code === 'NETWORK' ? 503 : 400;
  const message = translate ? describeRefusal(errors, translate) : first.message;
  return new HttpError(message, status, { errors: formErrors(errors), code: first.code, apiErrors: errors });
}

interface RefusalBody {
  errors?: Record<string, string>;
  code?: unknown;
  apiErrors?: ApiError[];
}

const bodyOf = (error: unknown): RefusalBody | undefined =>
  error && typeof error === 'object' && 'body' in error ? (error.body as RefusalBody | undefined) : undefined;

/** A refusal's errors as the API gave them (empty for an error that did not come from the API). */
export const refusalErrorsOf = (error: unknown): ApiError[] => bodyOf(error)?.apiErrors ?? [];

/** A refusal's errors for a react-admin `<Form onSubmit>` to return (undefined when none names a field). */
export function fieldErrorsOf(error: unknown): Record<string, string> | undefined {
  const errors = bodyOf(error)?.errors;
  return errors && Object.keys(errors).length > 0 ? errors : undefined;
}

/** A refusal's field errors exactly as the API named them, for a form that maps them onto its own inputs. */
export function apiFieldErrorsOf(error: unknown): Record<string, string> | undefined {
  const byField: Record<string, string> = {};
  for (const e of refusalErrorsOf(error))
    for (const p of e.fields) byField[p.field] ??= asFormError(p, messageFor(e, p));
  return Object.keys(byField).length > 0 ? byField : undefined;
}

/** The API's error code of a refusal (`UNKNOWN` when it gave none). */
export function refusalCodeOf(error: unknown): string {
  const code = bodyOf(error)?.code;
  return typeof code === 'string' ? code : 'UNKNOWN';
}
