import { HttpError } from 'react-admin';

/** What the gateway said went wrong, in the shape every screen uses. */
export interface ApiError {
  message: string;
  code: string;
  /** The offending input field without the `input.` prefix (`contactPhone`, `petitioners.0.name`). */
  field: string | null;
}

interface GraphQLErrorLike {
  message: string;
  extensions?: { code?: unknown; field?: unknown };
}

interface ApolloErrorLike {
  message?: string;
  graphQLErrors?: readonly GraphQLErrorLike[];
  networkError?: { statusCode?: number; message?: string; result?: { errors?: GraphQLErrorLike[] } } | null;
}

export function apiErrorsOf(error: unknown): ApiError[] {
  const e = (error ?? {}) as ApolloErrorLike;
  const raw = e.graphQLErrors?.length ? e.graphQLErrors : (e.networkError?.result?.errors ?? []);
  if (raw.length === 0) {
    const network = e.networkError;
    return [
      { message: network?.message ?? e.message ?? String(error), code: network ? 'NETWORK' : 'UNKNOWN', field: null },
    ];
  }
  return raw.map((g) => ({
    message: g.message,
    code: typeof g.extensions?.code === 'string' ? g.extensions.code : 'UNKNOWN',
    field: typeof g.extensions?.field === 'string' ? g.extensions.field.replace(/^input\./, '') : null,
  }));
}

/**
 * The one rule for server errors on a form: each BAD_USER_INPUT error naming an input field shows next to
 * that field (`petitioners.0.phone`), and an error on one item of a list input (`otherUnitIds.0`) also on
 * the list input itself, which is where a list input shows its error. Every other error is the
 * notification's (data/hooks.ts); either way nothing is saved and the form stays open.
 */
export function formErrors(errors: readonly ApiError[]): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const e of errors) if (e.field) byField[e.field] = e.message;
  // After the items: react-hook-form keeps the last error set on a path, and the list input reads its own.
  for (const e of errors) {
    const list = e.field ? /^(.+)\.\d+$/.exec(e.field) : null;
    if (list && !(list[1]! in byField)) byField[list[1]!] = e.message;
  }
  return byField;
}

/** react-admin reads `body.errors` as server-side form errors, keyed by the form's field names. */
export function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  const errors = apiErrorsOf(error);
  const first = errors[0]!;
  const status =
    first.code === 'UNAUTHENTICATED' ? 401 : first.code === 'FORBIDDEN' ? 403 : first.code === 'NETWORK' ? 503 : 400;
  return new HttpError(first.message, status, { errors: formErrors(errors), code: first.code, apiErrors: errors });
}

interface RefusalBody {
  errors?: Record<string, string>;
  code?: unknown;
  apiErrors?: ApiError[];
}

const bodyOf = (error: unknown): RefusalBody | undefined =>
  error && typeof error === 'object' && 'body' in error ? (error.body as RefusalBody | undefined) : undefined;

/** A refusal's errors for a react-admin `<Form onSubmit>` to return (undefined when none names a field). */
export function fieldErrorsOf(error: unknown): Record<string, string> | undefined {
  const errors = bodyOf(error)?.errors;
  return errors && Object.keys(errors).length > 0 ? errors : undefined;
}

/** A refusal's field errors exactly as the API named them, for a form that maps them onto its own inputs. */
export function apiFieldErrorsOf(error: unknown): Record<string, string> | undefined {
  const byField: Record<string, string> = {};
  for (const e of bodyOf(error)?.apiErrors ?? []) if (e.field) byField[e.field] = e.message;
  return Object.keys(byField).length > 0 ? byField : undefined;
}

/** The API's error code of a refusal (`UNKNOWN` when it gave none). */
export function refusalCodeOf(error: unknown): string {
  const code = bodyOf(error)?.code;
  return typeof code === 'string' ? code : 'UNKNOWN';
}
