import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

const invalid = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const FEN = /^-?(0|[1-9]\d{0,17})$/;

function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string' || !ISO_DATETIME.test(value)) {
    throw invalid(
      `DateTime must be an ISO 8601 string with a time zone, such as 2026-03-01T09:30:00+08:00; got ${JSON.stringify(value)}.`,
    );
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw invalid(`DateTime ${value} is not a real moment.`);
  return date;
}

function parseDate(value: unknown): string {
  const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  if (!match) throw invalid(`Date must be written YYYY-MM-DD; got ${JSON.stringify(value)}.`);
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    throw invalid(`Date ${value as string} does not exist in the calendar.`);
  }
  return value as string;
}

/** Parses fen from a decimal string (or a safe integer) without ever passing through a float. */
export function parseMoney(value: unknown): bigint {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return BigInt(value);
  if (typeof value === 'string' && FEN.test(value)) return BigInt(value);
  throw invalid(
    `Money is a whole number of fen (分) written as a decimal string, such as "12050" for ¥120.50; got ${JSON.stringify(value)}.`,
  );
}

const literal = (parse: (v: unknown) => unknown) => (ast: ValueNode) => {
  if (ast.kind === Kind.STRING || ast.kind === Kind.INT)
    return parse(ast.kind === Kind.INT ? Number(ast.value) : ast.value);
  throw invalid(`Expected a string literal, got ${ast.kind}.`);
};

export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'A moment in time, ISO 8601 with a time zone (UTC on output).',
  serialize: (v) => (v instanceof Date ? v : parseDateTime(v)).toISOString(),
  parseValue: parseDateTime,
  parseLiteral: literal(parseDateTime),
});

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD.',
  serialize: (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : parseDate(v)),
  parseValue: parseDate,
  parseLiteral: literal(parseDate),
});

export const MoneyScalar = new GraphQLScalarType({
  name: 'Money',
  description: 'An amount of CNY in integer fen (分, 1/100 yuan) as a decimal string: "12050" is ¥120.50.',
  serialize: (v) => {
    if (typeof v === 'bigint') return v.toString();
    return parseMoney(v).toString();
  },
  parseValue: parseMoney,
  parseLiteral: literal(parseMoney),
});

export const scalarResolvers = { DateTime: DateTimeScalar, Date: DateScalar, Money: MoneyScalar };
