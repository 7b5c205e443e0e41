import { DateScalar, DateTimeScalar, fieldOfValidationMessage, MoneyScalar, parseMoney } from '@onedoor/subgraph-kit';
import { describe, expect, it } from 'vitest';

describe('Money: integer fen as a decimal string', () => {
  it('keeps amounts beyond 2^53 exact in both directions', () => {
    expect(parseMoney('9007199254740993')).toBe(9007199254740993n);
    expect(MoneyScalar.serialize(9007199254740993n)).toBe('9007199254740993');
    expect(parseMoney(12050)).toBe(12050n);
  });

  it.each(['12.50', '1e5', '', ' 1', '01', 'abc', 12.5, null])('refuses %j rather than rounding it', (value) => {
    expect(() => parseMoney(value)).toThrow(/fen/);
  });
});

describe('DateTime and Date', () => {
  it('requires a time zone on a DateTime and returns UTC', () => {
    expect(() => DateTimeScalar.parseValue('2026-03-01T09:30:00')).toThrow(/time zone/);
    expect(DateTimeScalar.serialize(DateTimeScalar.parseValue('2026-03-01T09:30:00+08:00'))).toBe(
      '2026-03-01T01:30:00.000Z',
    );
  });

  it('refuses a date that is not in the calendar', () => {
    expect(DateScalar.parseValue('2026-02-28')).toBe('2026-02-28');
    expect(() => DateScalar.parseValue('2026-02-30')).toThrow(/calendar/);
  });
});

describe('the field of GraphQL’s own input errors', () => {
  it.each([
    [
      'Variable "$input" got invalid value { title: "x" }; Field "petitionerIds" of required type "[ID!]!" was not provided.',
      'input.petitionerIds',
    ],
    [
      'Variable "$input" got invalid value "PIGEON" at "input.channel"; Value "PIGEON" does not exist in "Channel" enum.',
      'input.channel',
    ],
    ['Field "RegisterCaseInput.title" of required type "String!" was not provided.', 'title'],
  ])('%s → %s', (message, field) => {
    expect(fieldOfValidationMessage(message)).toBe(field);
  });
});
