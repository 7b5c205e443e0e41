/** A fund's ledger rows as the screen shows them. */
export interface Line {
  amount: string;
  externalAccount: string | null;
  fund: { id: string; name: string } | null;
}
export interface Entry {
  id: string;
  kind: string;
  memo: string;
  occurredAt: string;
  budgetYear: number | null;
  lines: Line[];
}
export interface LedgerRow extends Entry {
  fundIn: string | null;
  fundOut: string | null;
  balanceAfter: string;
}

/**
 * Running balance, worked back from the fund's balance now: the API gives the entries newest first and
 * no balance per entry, so the balance after an entry is today's balance minus every newer entry's
 * amount on this fund. Exact for any run of newest entries, so exact on every row shown.
 */
export function withRunningBalance(fundId: string, balance: string, entries: readonly Entry[]): LedgerRow[] {
  let after = BigInt(balance);
  return entries.map((entry) => {
    const own = entry.lines.filter((l) => l.fund?.id === fundId).reduce((sum, l) => sum + BigInt(l.amount), 0n);
    const row = {
      ...entry,
      fundIn: own > 0n ? String(own) : null,
      fundOut: own < 0n ? String(-own) : null,
      balanceAfter: String(after),
    };
    after -= own;
    return row;
  });
}
