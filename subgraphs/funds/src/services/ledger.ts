import {
  createLedgerRepository,
  type FundRow,
  type JournalEntryRow,
  type NewEntry,
  type NewLine,
} from '@onedoor/db/funds';
import type { Transaction } from '@onedoor/db';
import { conflict } from '@onedoor/subgraph-kit';
import { formatYuan } from './money';

/** Postgres' error code on the error or on a driver error it wraps (drizzle wraps query errors). */
export function pgErrorCode(error: unknown): string | undefined {
  for (let e = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

export const insufficientFunds = (fund: FundRow, balance: bigint, amount: bigint) =>
  conflict(
    `Fund ${fund.code} (${fund.name}) holds ${formatYuan(balance)} (${balance} fen), less than the ${formatYuan(amount)} to pay. ` +
      'Pay a smaller amount or ask a fund approver to allocate money to the fund first.',
    { field: 'input.amount', rule: 'INSUFFICIENT_FUNDS', balance: balance.toString() },
    { reason: 'INSUFFICIENT_FUNDS', params: { balanceFen: balance.toString(), amountFen: amount.toString() } },
  );

/** Posts one balanced journal entry inside the caller's transaction. */
export async function postEntry({
  tx,
  entry,
  lines,
}: {
  tx: Transaction;
  entry: NewEntry;
  lines: NewLine[];
}): Promise<JournalEntryRow> {
  const inserted = await createLedgerRepository(tx).insertEntry(entry);
  await postLines({ tx, entryId: inserted.id, lines });
  return inserted;
}

/**
 * Writes an entry's lines. The funds it takes money from are locked first and checked, so a refusal
 * names the balance; the database's CHECK on the cached balance stays the last word if code ever
 * skipped this, and its commit-time trigger refuses lines that do not sum to zero.
 */
export async function postLines({
  tx,
  entryId,
  lines,
}: {
  tx: Transaction;
  entryId: string;
  lines: NewLine[];
}): Promise<void> {
  const ledger = createLedgerRepository(tx);
  const fundIds = [...new Set(lines.flatMap((l) => ('fundId' in l ? [l.fundId] : [])))];
  const funds = new Map((await ledger.lockFunds(fundIds)).map((f) => [f.id, f]));
  for (const line of lines) {
    if (!('fundId' in line) || line.amountFen >= 0n) continue;
    const fund = funds.get(line.fundId);
    if (!fund) throw new Error(`Fund ${line.fundId} vanished inside its transaction.`);
    if (fund.balanceFen + line.amountFen < 0n) throw insufficientFunds(fund, fund.balanceFen, -line.amountFen);
  }
  await ledger.insertLines(entryId, lines);
}
