import { describe, expect, it } from 'vitest';
import { validate } from 'graphql';
import * as operations from '../../admin/src/funds/operations';
import { withRunningBalance } from '../../admin/src/funds/ledger/runningBalance';
import { proposalInput } from '../../admin/src/funds/relief/proposal';
import { apiSchema } from './support/api-schema';

describe('the funds screens', () => {
  const schema = apiSchema();

  for (const [name, document] of Object.entries(operations)) {
    it(`send ${name} as the API defines it`, () => {
      expect(validate(schema, document).map((e) => e.message)).toEqual([]);
    });
  }

  it("work a fund's running balance back from its balance now, newest entry first", () => {
    const fund = { id: 'f1', name: '县信访救助基金' };
    const other = { id: 'f2', name: '县特困救助基金' };
    const rows = withRunningBalance('f1', '70000', [
      {
        id: 'e3',
        kind: 'TRANSFER',
        memo: '',
        occurredAt: '2026-03-01T00:00:00Z',
        budgetYear: null,
        lines: [
          { amount: '-10000', fund, externalAccount: null },
          { amount: '10000', fund: other, externalAccount: null },
        ],
      },
      {
        id: 'e2',
        kind: 'DISBURSEMENT',
        memo: '',
        occurredAt: '2026-02-01T00:00:00Z',
        budgetYear: null,
        lines: [
          { amount: '-20000', fund, externalAccount: null },
          { amount: '20000', fund: null, externalAccount: 'PAYEES' },
        ],
      },
      {
        id: 'e1',
        kind: 'ALLOCATION',
        memo: '',
        occurredAt: '2026-01-01T00:00:00Z',
        budgetYear: 2026,
        lines: [
          { amount: '100000', fund, externalAccount: null },
          { amount: '-100000', fund: null, externalAccount: 'BUDGET' },
        ],
      },
    ]);
    expect(rows.map((r) => [r.fundIn, r.fundOut, r.balanceAfter])).toEqual([
      [null, '10000', '70000'],
      [null, '20000', '80000'],
      ['100000', null, '100000'],
    ]);
  });

  it('propose relief in integer fen from the yuan typed, never through a float', () => {
    const input = proposalInput({ fundId: 'f', personId: 'p', amount: '1234.5', reason: '生活困难' });
    expect(input).toEqual({
      fundId: 'f',
      personId: 'p',
      caseId: null,
      townshipId: null,
      vulnerability: null,
      amount: '123450',
      reason: '生活困难',
    });
    expect(proposalInput({ amount: '0.1' }).amount).toBe('10');
    expect(proposalInput({ amount: '1.005' }).amount).toBeNull();
  });
});
