import { sql } from 'drizzle-orm';
import type { Executor } from '../database';
import { rowsOf } from '../shared/sql';

export type ReliefGrouping = 'kind' | 'township' | 'vulnerability';

export interface ReliefTotalRow {
  /** The fund kind, township id or vulnerability; null for payments without one. */
  key: string | null;
  paidFen: bigint;
  reversedFen: bigint;
  payments: number;
}

export interface LegalAidTotals {
  matters: number;
  consultations: number;
  documentDrafting: number;
  representations: number;
  documentsDrafted: number;
  recipients: number;
  recoveredFen: bigint;
}

/** PGlite returns `{ rows }` from `execute`, postgres.js the rows themselves. */
const ts = (d: Date) => sql`${d.toISOString()}::timestamptz`;

const GROUP_COLUMN: Record<ReliefGrouping, ReturnType<typeof sql.raw>> = {
  kind: sql.raw('f.kind'),
  township: sql.raw('a.township_id::text'),
  vulnerability: sql.raw('a.vulnerability'),
};

/** Report SQL over the ledger: payments count in the period their entry occurred in, reversals in theirs. */
export function createFundsReportsRepository(db: Executor) {
  return {
    reliefTotals: async (grouping: ReliefGrouping, fromDate: Date, toDate: Date): Promise<ReliefTotalRow[]> => {
      const key = GROUP_COLUMN[grouping];
      const [from, to] = [ts(fromDate), ts(toDate)];
      const rows = await db.execute<{ key: string | null; paid: string; reversed: string; payments: number }>(sql`
        select ${key} as key,
          coalesce(sum(d.amount_fen) filter (where paid.occurred_at >= ${from} and paid.occurred_at < ${to}), 0)::text as paid,
          coalesce(sum(d.amount_fen) filter (where rev.occurred_at >= ${from} and rev.occurred_at < ${to}), 0)::text as reversed,
          (count(*) filter (where paid.occurred_at >= ${from} and paid.occurred_at < ${to}))::int as payments
        from funds.disbursements d
          join funds.funds f on f.id = d.fund_id
          join funds.journal_entries paid on paid.id = d.journal_entry_id
          left join funds.journal_entries rev on rev.id = d.reversal_entry_id
          left join funds.relief_applications a on a.id = d.application_id
        where (paid.occurred_at >= ${from} and paid.occurred_at < ${to}) or (rev.occurred_at >= ${from} and rev.occurred_at < ${to})
        group by 1 order by 1 nulls last`);
      return rowsOf<{ key: string | null; paid: string; reversed: string; payments: number }>(rows).map((r) => ({
        key: r.key,
        paidFen: BigInt(r.paid),
        reversedFen: BigInt(r.reversed),
        payments: Number(r.payments),
      }));
    },

    legalAidTotals: async (fromDate: Date, toDate: Date): Promise<LegalAidTotals> => {
      const [from, to] = [ts(fromDate), ts(toDate)];
      const rows = await db.execute<Record<string, string | number>>(sql`
        select count(*)::int as matters,
          (count(*) filter (where kind = 'CONSULTATION'))::int as consultations,
          (count(*) filter (where kind = 'DOCUMENT_DRAFTING'))::int as document_drafting,
          (count(*) filter (where kind = 'REPRESENTATION'))::int as representations,
          coalesce(sum(documents_drafted), 0)::int as documents_drafted,
          count(distinct person_id)::int as recipients,
          coalesce(sum(recovered_fen), 0)::text as recovered
        from funds.legal_aid_matters where opened_at >= ${from} and opened_at < ${to}`);
      const r = rowsOf<Record<string, string | number>>(rows)[0]!;
      return {
        matters: Number(r.matters),
        consultations: Number(r.consultations),
        documentDrafting: Number(r.document_drafting),
        representations: Number(r.representations),
        documentsDrafted: Number(r.documents_drafted),
        recipients: Number(r.recipients),
        recoveredFen: BigInt(r.recovered!),
      };
    },
  };
}
