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

/** react-admin reads `body.errors` as server-side form errors, keyed by the form's field names. */
export function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  const errors = apiErrorsOf(error);
  const first = errors[0]!;
  const status =
    first.code === 'UNAUTHENTICATED' ? 401 : first.code === 'FORBIDDEN' ? 403 : first.code === 'NETWORK' ? 503 : 400;
  const byField: Record<string, string> = {};
  for (const e of errors) if (e.field) byField[e.field] = e.message;
  return new HttpError(first.message, status, { errors: byField, code: first.code, apiErrors: errors });
}
