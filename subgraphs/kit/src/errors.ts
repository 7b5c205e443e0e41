import { GraphQLError } from 'graphql';

/** The stable `extensions.code` values every OneDoor error carries. */
export type ErrorCode =
  'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'INTERNAL_SERVER_ERROR';

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = { UNAUTHENTICATED: 401, FORBIDDEN: 403 };

function error(
  code: ErrorCode,
  message: string,
  extra: Record<string, unknown> = {},
  withStatus = false,
): GraphQLError {
  const http = withStatus && HTTP_STATUS[code] ? { http: { status: HTTP_STATUS[code] } } : {};
  return new GraphQLError(message, { extensions: { code, ...extra, ...http } });
}

/** Bad input: names the offending field (a dotted path into the input, e.g. `input.petitionerIds`). */
export const badInput = (field: string, message: string) => error('BAD_USER_INPUT', message, { field });
export const unauthenticated = (message = 'Sign in first: this operation needs a valid token.', withStatus = false) =>
  error('UNAUTHENTICATED', message, {}, withStatus);
export const forbidden = (message: string, withStatus = false) => error('FORBIDDEN', message, {}, withStatus);
export const notFound = (what: string, id: string, field?: string) =>
  error('NOT_FOUND', `${what} '${id}' does not exist.`, field ? { field } : {});
export const conflict = (message: string, extra: Record<string, unknown> = {}) => error('CONFLICT', message, extra);

const KNOWN_CODES = new Set<string>([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

/**
 * Expected errors pass as they are; anything else is logged with its request id and reaches the
 * caller as a generic error, never a stack trace or a SQL message.
 */
export function formatError(
  formatted: { message: string; extensions?: Record<string, unknown> },
  original: unknown,
  log: (msg: string, err: unknown) => void = defaultLog,
) {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && KNOWN_CODES.has(code)) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    const field = extensions.field ?? fieldOfValidationMessage(formatted.message);
    return { ...formatted, extensions: field ? { ...extensions, field } : extensions };
  }
  log(formatted.message, original);
  return {
    message:
      'Internal server error: the request was not completed and nothing was changed by the failing step. It has been logged.',
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/**
 * GraphQL's own input errors (a missing required field, a wrong enum value) name the field only in
 * their message; lift it into `extensions.field` so every bad-input error reads the same way.
 */
export function fieldOfValidationMessage(message: string): string | undefined {
  const variable =
    /^Variable "\$(\w+)" got invalid value .*?(?: at "([^"]+)")?; (?:Field "(\w+)" of required type)?/s.exec(message);
  if (variable) {
    const base = variable[2] ?? variable[1]!;
    return variable[3] ? `${base}.${variable[3]}` : base;
  }
  const literal =
    /^Field "(?:\w+)\.(\w+)" of required type .* was not provided\./.exec(message) ??
    /^Argument "(\w+)" of (?:required|non-null) type/.exec(message);
  return literal?.[1];
}

function defaultLog(message: string, err: unknown) {
  const cause = err instanceof GraphQLError ? (err.originalError ?? err) : err;
  console.error(`[onedoor] unexpected error: ${message}`, cause);
}
