import { addCalendarDays, unmaintainedYears } from '@onedoor/db';
import { type CaseRow, FINISHED_STATUSES, type NoticeKind } from '@onedoor/db/cases';
import type { CasesContext } from '../context';
import { type CaseClock, daysLeft, warningColour } from './clock';

/** The notices that tell a petitioner in writing what became of the petition (Art. 23). */
const DECISION_KINDS: readonly NoticeKind[] = ['ACCEPTANCE', 'NON_ACCEPTANCE', 'TRANSFER'];

/**
 * The written-decision clock of Art. 23: the petitioner is told in writing within 15 days of receipt (the
 * `acceptDays` rule, on the holiday calendar) whether the petition is accepted, not accepted or transferred. It
 * runs until the first such notice is issued or the case is finished, and warns with the case clock's colours.
 */
export async function writtenNoticeClock({ ctx, row }: { ctx: CasesContext; row: CaseRow }) {
  const [notices, calendar, rules] = await Promise.all([
    ctx.loaders.noticesByCase.load(row.id),
    ctx.loaders.calendar(),
    ctx.loaders.rules(),
  ]);
  const decision = notices.find((n) => DECISION_KINDS.includes(n.kind));
  const acceptance = notices.find((n) => n.kind === 'ACCEPTANCE');
  const running = !decision && !FINISHED_STATUSES.includes(row.status);
  const deadlineAt = addCalendarDays(row.receivedAt, rules.acceptDays, calendar);
  const period: CaseClock = {
    stage: 'ACCEPTANCE',
    startedAt: row.receivedAt,
    deadlineAt,
    running,
    addedDays: 0,
    objectionWindowEndsAt: null,
    unmaintainedCalendarYears: unmaintainedYears(row.receivedAt, deadlineAt, calendar),
  };
  const now = ctx.clock.now();
  return {
    dueAt: period.deadlineAt,
    issuedAt: decision?.issuedAt ?? null,
    acceptanceNoticeIssuedAt: acceptance?.issuedAt ?? null,
    running,
    overdue: running && period.deadlineAt.getTime() < now.getTime(),
    warning: warningColour(period, now, rules),
    daysLeft: daysLeft(period, now),
  };
}
