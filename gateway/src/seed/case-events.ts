import { DEFAULT_CASE_RULES, deriveClock } from '@onedoor/cases/clock';
import type { WorkCalendar } from '@onedoor/db';
import type { casesTable, CaseStatus, ClosureOutcome, Satisfaction } from '@onedoor/db/cases';
import type { Random } from './random';

export interface SeedEvent {
  kind: string;
  at: Date;
  data: Record<string, unknown>;
}

type Projection = Pick<
  typeof casesTable.$inferInsert,
  'routedAt' | 'repliedAt' | 'closedAt' | 'satisfaction' | 'outcome' | 'level' | 'deadlineAt'
>;

/** The event chain each seeded status implies after routing, in order (REGISTERED and ROUTED come first). */
const CHAINS: Partial<Record<CaseStatus, string[]>> = {
  ACCEPTED: ['ACCEPTED'],
  IN_HANDLING: ['ACCEPTED', 'HANDLING_STEP'],
  REPLIED: ['ACCEPTED', 'HANDLING_STEP', 'REPLIED'],
  FOLLOWED_UP: ['ACCEPTED', 'HANDLING_STEP', 'REPLIED', 'FOLLOWED_UP'],
  CLOSED: ['ACCEPTED', 'HANDLING_STEP', 'REPLIED', 'FOLLOWED_UP', 'CLOSED'],
  REEXAMINING: ['ACCEPTED', 'HANDLING_STEP', 'REPLIED', 'FOLLOWED_UP', 'REEXAMINATION_REQUESTED'],
  REVIEWING: [
    'ACCEPTED',
    'HANDLING_STEP',
    'REPLIED',
    'FOLLOWED_UP',
    'REEXAMINATION_REQUESTED',
    'OPINION_GIVEN',
    'REVIEW_REQUESTED',
  ],
  NOT_ACCEPTED: ['NOT_ACCEPTED'],
  HANDED_OVER: ['HANDED_OVER'],
};

const LEGAL_CHANNEL_OF: Record<string, string> = { 法院: 'COURT_FILING', 仲裁院: 'LABOR_ARBITRATION' };

/**
 * The events after routing that bring a seeded case to its status, spread between the routing and
 * its last change, and the projection columns the transition engine would have written with them.
 */
export function seedCaseEvents(
  random: Random,
  input: {
    status: CaseStatus;
    receivedAt: Date;
    routedAt: Date;
    updatedAt: Date;
    organisationId: string | null;
    upperUnitId: string;
    legalKey: string | null;
    repeat: boolean;
    /** The working calendar the database holds (the official schedules migrations seeded). */
    calendar: WorkCalendar;
  },
): { events: SeedEvent[]; projection: Projection } {
  const events: SeedEvent[] = [{ kind: 'REGISTERED', at: input.receivedAt, data: {} }];
  if (input.organisationId)
    events.push({ kind: 'ROUTED', at: input.routedAt, data: { organisationId: input.organisationId } });
  const chain = CHAINS[input.status] ?? [];
  const span = input.updatedAt.getTime() - input.routedAt.getTime();
  const satisfaction: Satisfaction | null = chain.includes('FOLLOWED_UP')
    ? input.status === 'REEXAMINING' || input.status === 'REVIEWING'
      ? 'UNSATISFIED'
      : random.weighted([
          ['SATISFIED', 7],
          ['BASICALLY_SATISFIED', 2],
          ['UNSATISFIED', 1],
        ])
    : null;
  const outcome: ClosureOutcome | null =
    input.status === 'CLOSED'
      ? random.weighted([
          ['RESOLVED', 7],
          ['EXPLAINED_AND_ACCEPTED', 3],
        ])
      : input.status === 'NOT_ACCEPTED'
        ? 'NOT_ACCEPTED_WITH_REASON'
        : input.status === 'HANDED_OVER'
          ? 'HANDED_TO_LEGAL_CHANNEL'
          : null;
  chain.forEach((kind, i) => {
    const at = new Date(input.routedAt.getTime() + Math.floor((span * (i + 1)) / chain.length));
    events.push({
      kind,
      at,
      data: dataOf(kind, {
        satisfaction,
        outcome,
        upperUnitId: input.upperUnitId,
        legalKey: input.legalKey,
        organisationId: input.organisationId,
      }),
    });
  });
  const at = (kind: string) => events.filter((e) => e.kind === kind).at(-1)?.at ?? null;
  const finished = input.status === 'CLOSED' || input.status === 'NOT_ACCEPTED' || input.status === 'HANDED_OVER';
  return {
    events,
    projection: {
      routedAt: input.organisationId ? input.routedAt : null,
      repliedAt: at('REPLIED'),
      closedAt: finished ? input.updatedAt : null,
      satisfaction,
      outcome,
      level: input.status === 'REEXAMINING' ? 1 : input.status === 'REVIEWING' ? 2 : 0,
      deadlineAt: deriveClock(events, input.calendar, DEFAULT_CASE_RULES, input.repeat).deadlineAt,
    },
  };
}

function dataOf(
  kind: string,
  v: {
    satisfaction: Satisfaction | null;
    outcome: ClosureOutcome | null;
    upperUnitId: string;
    legalKey: string | null;
    organisationId: string | null;
  },
): Record<string, unknown> {
  switch (kind) {
    case 'HANDLING_STEP':
      return { step: 'MET_PETITIONER', note: '约见信访人，了解诉求' };
    case 'REPLIED':
      return { note: '已书面答复信访人。', public: true };
    case 'FOLLOWED_UP':
      return { satisfaction: v.satisfaction };
    case 'CLOSED':
      return { outcome: v.outcome };
    case 'NOT_ACCEPTED':
      return { reason: '不属于本单位职责范围' };
    case 'HANDED_OVER':
      return {
        legalChannel: LEGAL_CHANNEL_OF[v.legalKey ?? ''] ?? 'COURT_FILING',
        organisationId: v.organisationId,
        reason: '依法导入法定途径',
      };
    case 'REEXAMINATION_REQUESTED':
    case 'REVIEW_REQUESTED':
      return { organisationId: v.upperUnitId, reason: '对处理意见不服' };
    case 'OPINION_GIVEN':
      return { note: '维持原处理意见。', public: true };
    default:
      return {};
  }
}
