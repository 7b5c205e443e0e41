import { createApplicationsRepository, type Executor, type FundRow } from '@onedoor/db';
import { conflict } from '@onedoor/subgraph-kit';
import { formatYuan } from './money';

const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** The calendar year (China Standard Time) a moment falls in, as [start, end). */
export function shanghaiYear(moment: Date): { year: number; from: Date; to: Date } {
  const year = new Date(moment.getTime() + SHANGHAI_OFFSET_MS).getUTCFullYear();
  return {
    year,
    from: new Date(Date.UTC(year, 0, 1) - SHANGHAI_OFFSET_MS),
    to: new Date(Date.UTC(year + 1, 0, 1) - SHANGHAI_OFFSET_MS),
  };
}

export interface EligibilityQuestion {
  fund: FundRow;
  personId: string;
  amount: bigint;
  vulnerability: string | null;
  /** When the application was proposed: its year is the cap's year. */
  proposedAt: Date;
  /** The application itself, when it already exists (its own amount is `amount`). */
  applicationId?: string;
}

/**
 * The fund's configurable rules (救助条件): a vulnerability flag if the fund needs one, and the
 * per-person yearly cap counting everything the person holds or received from the fund this year.
 * Each refusal is a CONFLICT naming its rule.
 */
export async function checkEligibility(db: Executor, q: EligibilityQuestion): Promise<void> {
  if (q.fund.requiresVulnerability && !q.vulnerability) {
    throw conflict(
      `Fund ${q.fund.code} (${q.fund.name}) pays only people in a vulnerable group (困难群体). Record the person's vulnerability with its evidence, or use another fund.`,
      { field: 'input.vulnerability', rule: 'VULNERABILITY_REQUIRED' },
    );
  }
  const cap = q.fund.perPersonYearlyCapFen;
  if (cap === null) return;
  const { year, from, to } = shanghaiYear(q.proposedAt);
  const committed = await createApplicationsRepository(db).committedFen(
    q.fund.id,
    q.personId,
    from,
    to,
    q.applicationId,
  );
  if (committed + q.amount > cap) {
    const left = cap > committed ? cap - committed : 0n;
    throw conflict(
      `Fund ${q.fund.code} pays one person at most ${formatYuan(cap)} a year; this person already holds ${formatYuan(committed)} for ${year}, ` +
        `so at most ${formatYuan(left)} (${left} fen) more can be approved. Lower the amount.`,
      {
        field: 'input.amount',
        rule: 'PER_PERSON_YEARLY_CAP',
        capFen: cap.toString(),
        committedFen: committed.toString(),
      },
    );
  }
}
