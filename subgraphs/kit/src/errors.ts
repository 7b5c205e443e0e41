import { GraphQLError } from 'graphql';
import { type FieldProblem, type Problem, problemParams } from './problems';

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

const problemAt = (field: string, problem: Problem): FieldProblem => ({
  field,
  reason: problem.reason,
  params: problem.params ?? {},
});

/**
 * Bad input: names the offending field (a dotted path into the input, e.g. `input.petitionerIds`) and why,
 * as a stable reason with its parameters (`INVALID` where a rule has no reason of its own).
 */
export const badInput = (field: string, message: string, problem: Problem = { reason: 'INVALID' }) =>
  error('BAD_USER_INPUT', message, { field, fields: [problemAt(field, problem)] });

/** Bad input in several fields at once (a whole input checked); `field` names the first. */
export const badInputs = (problems: readonly [FieldProblem, ...FieldProblem[]], message: string) =>
  error('BAD_USER_INPUT', message, { field: problems[0].field, fields: problems });
export const unauthenticated = (message = 'Sign in first: this operation needs a valid token.', withStatus = false) =>
  error('UNAUTHENTICATED', message, {}, withStatus);
export const forbidden = (message: string, withStatus = false) => error('FORBIDDEN', message, {}, withStatus);
export const notFound = (what: string, id: string, field?: string) =>
  error(
    'NOT_FOUND',
    `${what} '${id}' does not exist.`,
    field ? { field, fields: [problemAt(field, { reason: 'NOT_FOUND', params: { entity: what } })] } : {},
  );

/**
 * The state refuses a well-formed request. When it is about one field (`extra.field`), `fields` names it
 * with `problem`, or else with the domain rule in `extra.rule` (`CONFLICT` without one) and the other
 * extras as its parameters.
 */
export function conflict(message: string, extra: Record<string, unknown> = {}, problem?: Problem): GraphQLError {
  if (typeof extra.field !== 'string') return error('CONFLICT', message, extra);
  const { field, rule, ...rest } = extra;
  const reason = problem ?? { reason: typeof rule === 'string' ? rule : 'CONFLICT', params: problemParams(rest) };
  return error('CONFLICT', message, { ...extra, fields: [problemAt(field, reason)] });
}

const INPUT_ROOT = /^input(?=\.|$)/;

/**
 * The same error with its fields named under the argument the caller used (`request.note` for a mutation
 * called with `request:`), however the service that raised it wrote them (`input.note`).
 */
export function underRoot(err: unknown, root: string): unknown {
  if (!(err instanceof GraphQLError) || root === 'input' || typeof err.extensions.field !== 'string') return err;
  const rename = (path: string) => path.replace(INPUT_ROOT, root);
  const fields = err.extensions.fields as FieldProblem[] | undefined;
  return new GraphQLError(err.message.replace(/\binput\.(?=\w)/g, `${root}.`), {
    originalError: err.originalError ?? undefined,
    extensions: {
      ...err.extensions,
      field: rename(err.extensions.field),
      ...(fields ? { fields: fields.map((f) => ({ ...f, field: rename(f.field) })) } : {}),
    },
  });
}

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
    if (typeof field !== 'string') return { ...formatted, extensions };
    const fields = extensions.fields ?? [problemAt(field, problemOfValidationMessage(formatted.message))];
    return { ...formatted, extensions: { ...extensions, field, fields } };
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

/** GraphQL's own refusal of a variable or argument as a stable reason (our scalars start their messages with their name). */
export function problemOfValidationMessage(message: string): Problem {
  if (/of required type .* was not provided|Expected non-nullable type .* not to be null/.test(message))
    return { reason: 'REQUIRED' };
  const scalar = /(?:^|; )(DateTime|Date|Money) /.exec(message)?.[1];
  if (scalar) return { reason: SCALAR_REASONS[scalar]! };
  const enumType = /does not exist in "(\w+)" enum/.exec(message)?.[1];
  if (enumType) return { reason: 'ENUM', params: { type: enumType } };
  const unknown = /Field "(\w+)" is not defined by type/.exec(message)?.[1];
  if (unknown) return { reason: 'UNKNOWN_FIELD', params: { keys: [unknown] } };
  const expected = (/Expected (?:value of )?type "(\w+)/.exec(message) ?? /(\w+) cannot represent/.exec(message))?.[1];
  return expected ? { reason: 'INVALID_TYPE', params: { expected } } : { reason: 'INVALID' };
}

const SCALAR_REASONS: Record<string, string> = {
  DateTime: 'DATETIME_FORMAT',
  Date: 'DATE_FORMAT',
  Money: 'MONEY_FORMAT',
};

function defaultLog(message: string, err: unknown) {
  const cause = err instanceof GraphQLError ? (err.originalError ?? err) : err;
  console.error(`[onedoor] unexpected error: ${message}`, cause);
}
