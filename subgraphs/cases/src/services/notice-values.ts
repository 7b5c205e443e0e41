import { addCalendarDays, beijingDate, type WorkCalendar } from '@onedoor/db';
import type { CaseRow, LegalChannel, NoticeKind } from '@onedoor/db/cases';
import { badInput, conflict } from '@onedoor/subgraph-kit';
import { type CaseRules, type ClockEvent, deriveClock } from './clock';

/** What a caller adds to a notice beyond the case's data (IssueNoticeInput's optional fields). */
export interface NoticeRequest {
  kind: NoticeKind;
  text?: string | null;
  reason?: string | null;
  properChannel?: string | null;
  /** `YYYY-MM-DD`. */
  answerDueOn?: string | null;
}

/** The case as a notice reads it, taken in the issuing transaction (or, for a preview, as it stands). */
export interface NoticeCaseFacts {
  row: CaseRow;
  events: readonly ClockEvent[];
  petitionerIds: readonly string[];
  /** The units of its routing, lead first. */
  units: readonly { organisationId: string; lead: boolean }[];
  calendar: WorkCalendar;
  rules: CaseRules;
}

/** Names of the people and bodies a notice prints, asked of their owners before the transaction. */
export interface NoticeNames {
  persons: ReadonlyMap<string, string>;
  organisations: ReadonlyMap<string, string>;
}

/** What fills a template's placeholders, but the number (given when the notice is numbered). */
export type NoticeValues = {
  centre: string;
  date: string;
  caseNumber: string;
  title: string;
  receivedDate: string;
  petitioners: string;
  unit: string;
  deadline: string;
  reason: string;
  channel: string;
  text: string;
};

/** The document-number character of each kind: `信受〔2026〕12号` is the 12th acceptance notice of 2026. */
export const NOTICE_CODES: Record<NoticeKind, string> = {
  ACCEPTANCE: '受',
  NON_ACCEPTANCE: '不受',
  TRANSFER: '转',
  REPLY: '答',
  REEXAMINATION_OPINION: '复查',
  REVIEW_OPINION: '复核',
  MEDIATION_AGREEMENT: '调',
  FACT_CONFIRMATION: '确',
  SUPERVISION_LETTER: '督',
};

/** A legal channel as the proper channel of a non-acceptance notice, worded to follow 请您. */
const LEGAL_CHANNEL_WORDS: Record<LegalChannel, string> = {
  COURT_FILING: '依法向人民法院提起诉讼',
  LABOR_ARBITRATION: '依法向劳动人事争议仲裁委员会申请仲裁',
  ADMINISTRATIVE_RECONSIDERATION: '依法申请行政复议',
};
const GENERAL_CHANNEL = '通过法律、法规规定的途径反映和解决';

/** Days a supervised unit has to answer in writing unless the letter names a date (the 2005 Regulations' 30 days). */
const SUPERVISION_ANSWER_DAYS = 30;

/** A Beijing date `2026-03-02` as printed: 2026年3月2日. */
export function chineseDate(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

const text = (v: unknown) => (typeof v === 'string' ? v : '');
const lastOf = (events: readonly ClockEvent[], test: (e: ClockEvent) => boolean) => events.filter(test).at(-1);

const notDue = (kind: NoticeKind, row: CaseRow, needs: string) =>
  conflict(
    `A ${kind} notice is not due on case ${row.number}: it needs ${needs}.`,
    { field: 'input.kind', rule: 'NOTICE_NOT_DUE', status: row.status },
    { reason: 'NOTICE_NOT_DUE', params: { kind, status: row.status } },
  );

/**
 * The values a kind's template is filled with, from the case's own data and the caller's additions. Refuses a
 * kind whose moment has not come (an acceptance notice before the case is accepted …) with NOTICE_NOT_DUE.
 */
export function noticeValues({
  request,
  facts,
  names,
  centre,
  now,
}: {
  request: NoticeRequest;
  facts: NoticeCaseFacts;
  names: NoticeNames;
  centre: string;
  now: Date;
}): NoticeValues {
  const { row, events } = facts;
  const { kind } = request;
  const nameOf = (map: ReadonlyMap<string, string>, id: string) => {
    const name = map.get(id);
    if (name === undefined)
      throw conflict(`Case ${row.number} changed while its notice was being prepared. Try again.`, { caseId: row.id });
    return name;
  };
  const lead = facts.units.find((u) => u.lead)?.organisationId ?? row.responsibleOrganisationId;
  const base: NoticeValues = {
    centre,
    date: chineseDate(beijingDate(now)),
    caseNumber: row.number,
    title: row.title,
    receivedDate: chineseDate(beijingDate(row.receivedAt)),
    petitioners: facts.petitionerIds.map((id) => nameOf(names.persons, id)).join('、'),
    unit: lead ? nameOf(names.organisations, lead) : centre,
    deadline: '',
    reason: request.reason ?? '',
    channel: '',
    text: request.text ?? '',
  };
  switch (kind) {
    case 'ACCEPTANCE': {
      if (!lastOf(events, (e) => e.kind === 'ACCEPTED')) throw notDue(kind, row, 'the case accepted (acceptCase)');
      return { ...base, deadline: chineseDate(beijingDate(handlingDeadline(facts))) };
    }
    case 'NON_ACCEPTANCE': {
      const declined = lastOf(events, (e) => e.kind === 'NOT_ACCEPTED');
      if (!declined) throw notDue(kind, row, 'the case declined (declineCase)');
      const channel = request.properChannel ?? (text(declined.data.properChannel) || null);
      return {
        ...base,
        reason: request.reason ?? text(declined.data.reason),
        channel: channel ?? (row.legalChannel ? LEGAL_CHANNEL_WORDS[row.legalChannel] : GENERAL_CHANNEL),
      };
    }
    case 'TRANSFER': {
      if (!facts.units.length) throw notDue(kind, row, 'the case routed to a unit (routeCase)');
      const units = [...facts.units].sort((a, b) => Number(b.lead) - Number(a.lead));
      return { ...base, unit: units.map((u) => nameOf(names.organisations, u.organisationId)).join('、') };
    }
    case 'REPLY':
      return withText(
        base,
        request,
        lastOf(events, (e) => e.kind === 'REPLIED'),
        () => notDue(kind, row, 'a written reply recorded (replyToCase)'),
      );
    case 'REEXAMINATION_OPINION':
    case 'REVIEW_OPINION': {
      const level = kind === 'REEXAMINATION_OPINION' ? 1 : 2;
      const opinion = lastOf(events, (e) => e.kind === 'OPINION_GIVEN' && e.data.level === level);
      return withText(base, request, opinion, () =>
        notDue(kind, row, `the ${level === 1 ? 're-examination' : 'review'} opinion given (giveOpinion)`),
      );
    }
    case 'SUPERVISION_LETTER': {
      const urged = lastOf(events, (e) => e.kind === 'URGED');
      const due = request.answerDueOn ?? beijingDate(addCalendarDays(now, SUPERVISION_ANSWER_DAYS, facts.calendar));
      return { ...withText(base, request, urged, () => textRequired(kind)), deadline: chineseDate(due) };
    }
    case 'MEDIATION_AGREEMENT':
    case 'FACT_CONFIRMATION':
      if (!request.text) throw textRequired(kind);
      return base;
  }
}

/** The text the caller gave, else the one the timeline recorded; the refusal when neither exists. */
function withText(
  base: NoticeValues,
  request: NoticeRequest,
  event: ClockEvent | undefined,
  refuse: () => Error,
): NoticeValues {
  if (!event && !request.text) throw refuse();
  return { ...base, text: request.text ?? text(event?.data.note) };
}

const textRequired = (kind: NoticeKind) =>
  badInput('input.text', `input.text: a ${kind} notice needs its text (what it says beyond the case's data).`, {
    reason: 'REQUIRED',
  });

/**
 * The handling deadline as of the last acceptance, with the extension and hearings that followed it, before
 * any later routing or reopening started another period.
 */
function handlingDeadline(facts: NoticeCaseFacts): Date {
  const sorted = [...facts.events].sort((a, b) => a.at.getTime() - b.at.getTime());
  const accepted = sorted.findLastIndex((e) => e.kind === 'ACCEPTED');
  const next = sorted.findIndex(
    (e, i) => i > accepted && ['ROUTED', 'OBJECTED', 'REEXAMINATION_REQUESTED', 'REVIEW_REQUESTED'].includes(e.kind),
  );
  const upTo = next < 0 ? sorted : sorted.slice(0, next);
  return deriveClock(upTo, facts.calendar, facts.rules, facts.row.repeat).deadlineAt;
}

/** Sample values for previewing a template without a case. */
export function sampleNoticeValues(centre: string, now: Date, request: NoticeRequest): NoticeValues {
  const today = beijingDate(now);
  return {
    centre,
    date: chineseDate(today),
    caseNumber: `${today.slice(0, 4)}-000001`,
    title: '工资拖欠',
    receivedDate: chineseDate(today),
    petitioners: '张三、李四',
    unit: '县人力资源和社会保障局',
    deadline: chineseDate(request.answerDueOn ?? today),
    reason: request.reason ?? '（不予受理的理由）',
    channel: request.properChannel ?? GENERAL_CHANNEL,
    text: request.text ?? '（答复、意见、协议条款、确认的事实或督办事项）',
  };
}
