import { beijingYear, beijingYearSpan, type Executor } from '@onedoor/db';
import { createApplicationsRepository, type FundRow } from '@onedoor/db/funds';
import { conflict } from '@onedoor/subgraph-kit';
import { formatYuan } from './money';

export interface EligibilityQuestion {
  /** Where to count what the person already holds: the caller's transaction when it locked the person. */
  db: Executor;
  fund: FundRow;
  personId: string;
  amount: bigint;
  vulnerability: string | null;
  /** When the application was proposed: its year (China Standard Time) is the cap's year. */
  proposedAt: Date;
  /** The application itself, when it already exists (its own amount is `amount`). */
  applicationId?: string;
}

/**
 * The fund's configurable rules (救助条件): a vulnerability flag if the fund needs one, and the
 * per-person yearly cap counting everything the person holds or received from the fund this year.
 * Each refusal is a CONFLICT naming its rule.
 */
export async function checkEligibility(q: EligibilityQuestion): Promise<void> {
  if (q.fund.requiresVulnerability && !q.vulnerability) {
    throw conflict(
      `Fund ${q.fund.code} (${q.fund.name}) pays only people in a vulnerable group (困难群体). Record the person's vulnerability with its evidence, or use another fund.`,
      { field: 'input.vulnerability', rule: 'VULNERABILITY_REQUIRED' },
    );
  }
  const cap = q.fund.perPersonYearlyCapFen;
  if (cap === null) return;
  const year = beijingYear(q.proposedAt);
  const { from, to } = beijingYearSpan(year);
  const committed = await createApplicationsRepository(q.db).committedFen(
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
