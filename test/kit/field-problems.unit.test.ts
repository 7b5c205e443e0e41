import {
  type FieldProblem,
  badInput,
  conflict,
  defineMutation,
  formatError,
  notFound,
  optionalNationalId,
  optionalPhone,
  parseInput,
  pattern,
  personName,
  phone,
  refusal,
  text,
  uuid,
  type BaseContext,
} from '@onedoor/subgraph-kit';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

/** The refusal `parseInput` throws, as a client reads it. */
function refusalOf(schema: z.ZodType, value: unknown, root?: string) {
  try {
    parseInput(schema, value, root);
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    const { message, extensions } = error as GraphQLError;
    return { message, ...extensions } as { message: string; fields?: unknown };
  }
  throw new Error('parseInput accepted the value');
}

const fieldsOf = (schema: z.ZodType, value: unknown) => refusalOf(schema, value).fields as FieldProblem[];

describe('zod issues become stable reasons, one per refused field', () => {
  it.each<[string, z.ZodType, unknown, string, Record<string, unknown>]>([
    ['blank text', text(10), '  ', 'REQUIRED', {}],
    ['a missing value', uuid(), undefined, 'REQUIRED', {}],
    ['a null value', text(10), null, 'REQUIRED', {}],
    ['text too long', text(5), 'abcdef', 'TOO_LONG', { max: 5 }],
    ['text too short', z.string().min(10), 'abc', 'TOO_SHORT', { min: 10 }],
    ['too few items', z.array(z.string()).min(2), ['a'], 'TOO_FEW', { min: 2 }],
    ['too many items', z.array(z.string()).max(1), ['a', 'b'], 'TOO_MANY', { max: 1 }],
    ['a number too small', z.number().min(1), 0, 'TOO_SMALL', { min: 1 }],
    ['a number too large', z.number().max(720), 721, 'TOO_LARGE', { max: 720 }],
    ['an amount of zero', z.bigint().positive(), 0n, 'MUST_EXCEED', { min: 0 }],
    ['a value outside an enum', z.enum(['VISIT', 'LETTER']), 'FAX', 'ENUM', { values: ['VISIT', 'LETTER'] }],
    ['the wrong type', z.number(), 'seven', 'INVALID_TYPE', { expected: 'number' }],
    ['an id that is no UUID', uuid(), 'abc', 'ID_FORMAT', {}],
    ['a named pattern', pattern(/^\d{4}-\d{2}$/, 'MONTH_FORMAT', 'must be YYYY-MM'), '2026-3', 'MONTH_FORMAT', {}],
    ['an unnamed pattern', z.string().regex(/^[a-f]+$/, 'hex'), 'xyz', 'FORMAT', {}],
    [
      'a refinement with a reason',
      z.string().refine(() => false, refusal('DUPLICATE_ITEM', 'twice')),
      'a',
      'DUPLICATE_ITEM',
      {},
    ],
    ['a refinement without one', z.string().refine(() => false, 'no'), 'a', 'INVALID', {}],
    ['a phone', phone(), '1380531246', 'PHONE_FORMAT', {}],
    ['a blank phone that must be given', phone(), ' ', 'REQUIRED', {}],
    [
      'an identity number of 17 characters',
      optionalNationalId(),
      '11010519491231002',
      'NATIONAL_ID_FORMAT',
      { length: 17 },
    ],
    [
      'an identity number with a wrong check digit',
      optionalNationalId(),
      '110105194912310021',
      'NATIONAL_ID_CHECKSUM',
      {},
    ],
    [
      'an identity number with no real birth date',
      optionalNationalId(),
      '110105194902300021',
      'NATIONAL_ID_BIRTH_DATE',
      { birthDate: '1949-02-30' },
    ],
    ['a name of full-width spaces', personName(), '\u3000\u3000', 'REQUIRED', {}],
  ])('%s', (_, schema, value, reason, params) => {
    const [problem] = fieldsOf(z.object({ f: schema }), { f: value });
    expect(problem).toEqual({ field: 'input.f', reason, params });
  });

  it('names every refused field, the first in `field` and the message, under the root the caller used', () => {
    const schema = z.object({ title: text(5), items: z.array(uuid()), contactPhone: phone() });
    const refused = refusalOf(schema, { title: '', items: ['x'], contactPhone: '12345' }, 'request');
    expect(refused).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'request.title',
      message: 'request.title: must not be empty',
      fields: [
        { field: 'request.title', reason: 'REQUIRED', params: {} },
        { field: 'request.items.0', reason: 'ID_FORMAT', params: {} },
        { field: 'request.contactPhone', reason: 'PHONE_FORMAT', params: {} },
      ],
    });
  });

  it('keeps one problem per field: the first rule it broke', () => {
    const schema = z.object({ code: text(3).refine((v) => /^\d+$/.test(v), refusal('CODE_FORMAT', 'digits')) });
    expect(fieldsOf(schema, { code: 'abcdef' })).toEqual([
      { field: 'input.code', reason: 'TOO_LONG', params: { max: 3 } },
    ]);
  });
});

describe("people's data, the same rule in every field", () => {
  it('takes a phone as people type it and stores one form', () => {
    expect(phone().parse('138-0531-2468')).toBe('13805312468');
    expect(phone().parse('+86 138 0531 2468')).toBe('13805312468');
    expect(optionalPhone().parse('(0539) 1234567')).toBe('0539-1234567');
    expect(optionalPhone().parse('  ')).toBeNull();
    expect(optionalPhone().parse(null)).toBeNull();
  });

  it('takes an identity number with a lower-case x or full-width digits, and a name with full-width spaces', () => {
    expect(optionalNationalId().parse('11010519491231002x')).toBe('11010519491231002X');
    expect(optionalNationalId().parse('１１０１０５１９４９１２３１００２Ｘ')).toBe('11010519491231002X');
    expect(optionalNationalId().parse('')).toBeNull();
    expect(personName().parse('\u3000李\u3000建国 ')).toBe('李 建国');
    expect(personName(3).safeParse('李建国家').success).toBe(false);
  });
});

describe('refusals raised by services', () => {
  const extensionsOf = (error: GraphQLError) => ({ ...error.extensions });

  it('carry a reason: INVALID unless the rule names one', () => {
    expect(extensionsOf(badInput('input.note', 'No.'))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.note',
      fields: [{ field: 'input.note', reason: 'INVALID', params: {} }],
    });
    expect(extensionsOf(notFound('Case', 'x', 'input.caseId')).fields).toEqual([
      { field: 'input.caseId', reason: 'NOT_FOUND', params: { entity: 'Case' } },
    ]);
  });

  it("name a conflict's field with the domain rule and the other extras as its parameters", () => {
    const error = conflict('Over the cap.', { field: 'input.amount', rule: 'PER_PERSON_YEARLY_CAP', capFen: '500000' });
    expect(extensionsOf(error)).toEqual({
      code: 'CONFLICT',
      field: 'input.amount',
      rule: 'PER_PERSON_YEARLY_CAP',
      capFen: '500000',
      fields: [{ field: 'input.amount', reason: 'PER_PERSON_YEARLY_CAP', params: { capFen: '500000' } }],
    });
    expect(extensionsOf(conflict('Stale.', { currentVersion: 3 }))).toEqual({ code: 'CONFLICT', currentVersion: 3 });
  });
});

describe('a renamed input names its fields under the argument the caller used', () => {
  const ctx = { viewer: { accountId: 'a', roles: ['ADMIN'], organisationId: null } } as unknown as BaseContext;
  const recordNote = defineMutation({
    roles: ['ADMIN'],
    renamedInput: true,
    input: z.object({ note: text(20) }),
    run: ({ input }) => {
      if (input.note === 'too late')
        throw badInput('input.note', 'input.note: the window closed.', { reason: 'CLOSED' });
      return input.note;
    },
  });
  const call = async (args: Record<string, unknown>) => {
    try {
      await recordNote(null, args, ctx, { fieldName: 'recordNote' });
    } catch (error) {
      return { message: (error as GraphQLError).message, ...(error as GraphQLError).extensions };
    }
    throw new Error('accepted');
  };

  it('request.<field> for a refusal of the service, as for one of the schema', async () => {
    expect(await call({ request: { note: 'too late' } })).toEqual({
      message: 'request.note: the window closed.',
      code: 'BAD_USER_INPUT',
      field: 'request.note',
      fields: [{ field: 'request.note', reason: 'CLOSED', params: {} }],
    });
    expect(await call({ request: { note: '' } })).toMatchObject({
      field: 'request.note',
      fields: [{ reason: 'REQUIRED' }],
    });
  });

  it('input.<field> with the deprecated argument, and ONE_OF when both or neither are given', async () => {
    expect(await call({ input: { note: 'too late' } })).toMatchObject({ field: 'input.note' });
    expect(await call({ input: { note: 'a' }, request: { note: 'a' } })).toMatchObject({
      field: 'request',
      fields: [{ field: 'request', reason: 'ONE_OF', params: { fields: ['request', 'input'] } }],
    });
  });
});

describe("GraphQL's own refusals of a variable carry a reason too", () => {
  const formatted = (message: string) =>
    formatError({ message, extensions: { code: 'BAD_USER_INPUT' } }, new GraphQLError(message), () => {}).extensions;

  it.each([
    [
      'Variable "$input" got invalid value { channel: "VISIT" }; Field "title" of required type "String!" was not provided.',
      'input.title',
      'REQUIRED',
      {},
    ],
    [
      'Variable "$i" got invalid value "2026-02-30" at "i.receivedAt"; Date 2026-02-30 does not exist in the calendar.',
      'i.receivedAt',
      'DATE_FORMAT',
      {},
    ],
    [
      'Variable "$i" got invalid value "yesterday" at "i.receivedAt"; DateTime must be an ISO 8601 string with a time zone.',
      'i.receivedAt',
      'DATETIME_FORMAT',
      {},
    ],
    [
      'Variable "$i" got invalid value "12.5" at "i.amount"; Money is a whole number of fen.',
      'i.amount',
      'MONEY_FORMAT',
      {},
    ],
    [
      'Variable "$i" got invalid value "FAX" at "i.channel"; Value "FAX" does not exist in "Channel" enum.',
      'i.channel',
      'ENUM',
      { type: 'Channel' },
    ],
  ])('%s', (message, field, reason, params) => {
    expect(formatted(message)).toEqual({ code: 'BAD_USER_INPUT', field, fields: [{ field, reason, params }] });
  });
});
