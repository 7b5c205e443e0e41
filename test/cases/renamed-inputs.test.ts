import { auditEventsTable } from '@onedoor/db/audit';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASE_FIELDS, type CaseView, type Scenarios, startCaseScenarios } from './support';

/**
 * Seven mutations took inputs not named after them; each now takes `request: <Mutation>Input`, and the old
 * `input` (deprecated, same fields) keeps working for partners until contract v2. Exactly one may be given.
 */
const RENAMED = [
  { mutation: 'handOverToLegalChannel', request: 'HandOverToLegalChannelInput', input: 'HandOverInput' },
  { mutation: 'recordHandlingStep', request: 'RecordHandlingStepInput', input: 'HandlingStepInput' },
  { mutation: 'recordFollowUp', request: 'RecordFollowUpInput', input: 'FollowUpInput' },
  { mutation: 'requestReexamination', request: 'RequestReexaminationInput', input: 'RequestReopeningInput' },
  { mutation: 'requestReview', request: 'RequestReviewInput', input: 'RequestReopeningInput' },
  { mutation: 'setCalendarDay', request: 'SetCalendarDayInput', input: 'CalendarDayInput' },
  { mutation: 'updateCaseRules', request: 'UpdateCaseRulesInput', input: 'CaseRulesInput' },
] as const;
type Renamed = (typeof RENAMED)[number];

let s: Scenarios;

beforeAll(async () => {
  s = await startCaseScenarios();
});
afterAll(() => s?.stack.stop());

/** A case transition through the new `request` argument, with the case's current version. */
async function viaRequest(mutation: string, caseId: string, fields: Record<string, unknown>, token = s.staff) {
  const { request } = RENAMED.find((r) => r.mutation === mutation)!;
  const expectedVersion = (await s.read(caseId)).version;
  const res = await s.stack.gql<Record<string, CaseView>>(
    `mutation($r: ${request}!) { ${mutation}(request: $r) { ${CASE_FIELDS} } }`,
    { r: { caseId, expectedVersion, ...fields } },
    token,
  );
  if (res.errors) throw new Error(`${mutation}: ${JSON.stringify(res.errors)}`);
  return res.data![mutation]!;
}

async function auditCount(action: string) {
  const [row] = await s.stack.db
    .select({ n: count() })
    .from(auditEventsTable)
    .where(eq(auditEventsTable.action, action));
  return row!.n;
}

describe('mutations whose input type was renamed to <Mutation>Input', () => {
  it('take the case through handling, follow-up, re-examination and review with `request`', async () => {
    const c = await s.register({ petitionerIds: [s.ids.persons[30]!] });
    await s.step('routeCase', c.id, { leadUnitId: s.ids.humanResources, reason: '职责' });
    await s.step('acceptCase', c.id);
    const handled = await viaRequest('recordHandlingStep', c.id, { step: 'MET_PETITIONER', note: '约见信访人' });
    expect(handled).toMatchObject({ status: 'IN_HANDLING' });
    expect(handled.timeline.at(-1)).toMatchObject({ kind: 'HANDLING_STEP', note: '约见信访人' });
    await s.step('replyToCase', c.id, { text: '已书面答复。' });
    const followed = await viaRequest('recordFollowUp', c.id, { satisfaction: 'UNSATISFIED', note: '不认可' });
    expect(followed).toMatchObject({ status: 'FOLLOWED_UP', satisfaction: 'UNSATISFIED' });
    const reexam = await viaRequest('requestReexamination', c.id, { unitId: s.ids.petitionOffice, reason: '不服' });
    expect(reexam).toMatchObject({ status: 'REEXAMINING', level: 1, responsibleUnit: { id: s.ids.petitionOffice } });
    await s.step('giveOpinion', c.id, { text: '复查意见：维持。' }, s.leader);
    const review = await viaRequest('requestReview', c.id, { unitId: s.ids.petitionOffice, reason: '仍不服' });
    expect(review).toMatchObject({ status: 'REVIEWING', level: 2 });
  });

  it('hands a case over to a legal channel with `request`', async () => {
    const c = await s.register({ petitionerIds: [s.ids.persons[31]!] });
    const handed = await viaRequest('handOverToLegalChannel', c.id, {
      legalChannel: 'LABOR_ARBITRATION',
      receivingUnitId: s.ids.arbitration,
      reason: '依法申请劳动仲裁',
    });
    expect(handed).toMatchObject({ status: 'HANDED_OVER', responsibleUnit: { id: s.ids.arbitration } });
  });

  it('still take the deprecated `input` with the old type', async () => {
    const c = await s.register({ petitionerIds: [s.ids.persons[32]!] });
    await s.step('routeCase', c.id, { leadUnitId: s.ids.humanResources, reason: '职责' });
    await s.step('acceptCase', c.id);
    const step = await s.step('recordHandlingStep', c.id, { step: 'INVESTIGATED', note: '调查核实' });
    expect(step).toMatchObject({ status: 'IN_HANDLING' });
    const old = await s.must(
      'mutation($i: CalendarDayInput!) { setCalendarDay(input: $i) { date kind } }',
      { i: { date: '2026-10-08', kind: 'HOLIDAY', name: '国庆节' } },
      s.admin,
    );
    expect(old).toEqual({ setCalendarDay: { date: '2026-10-08', kind: 'HOLIDAY' } });
    const rules = await s.must('mutation { updateCaseRules(input: { blueDays: 7 }) { blueDays } }', {}, s.admin);
    expect(rules).toEqual({ updateCaseRules: { blueDays: 7 } });
  });

  it('set a calendar day and the rules with `request`', async () => {
    const day = await s.must(
      'mutation($r: SetCalendarDayInput!) { setCalendarDay(request: $r) { date kind name } }',
      { r: { date: '2026-10-09', kind: 'HOLIDAY', name: '国庆节' } },
      s.admin,
    );
    expect(day).toEqual({ setCalendarDay: { date: '2026-10-09', kind: 'HOLIDAY', name: '国庆节' } });
    const rules = await s.must('mutation { updateCaseRules(request: { yellowDays: 3 }) { yellowDays } }', {}, s.admin);
    expect(rules).toEqual({ updateCaseRules: { yellowDays: 3 } });
  });

  it('name a bad field of `request` as request.<field>', async () => {
    const res = await s.stack.gql(
      'mutation($r: RecordFollowUpInput!) { recordFollowUp(request: $r) { id } }',
      { r: { caseId: 'not-a-case', expectedVersion: 1, satisfaction: 'SATISFIED' } },
      s.staff,
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'request.caseId' });
  });

  const fieldsOf = (r: Renamed): Record<string, unknown> => {
    const ref = { caseId: '00000000-0000-4000-8000-000000000000', expectedVersion: 1 };
    switch (r.mutation) {
      case 'handOverToLegalChannel':
        return { ...ref, legalChannel: 'COURT_FILING', receivingUnitId: ref.caseId, reason: '依法' };
      case 'recordHandlingStep':
        return { ...ref, step: 'OTHER', note: '记录' };
      case 'recordFollowUp':
        return { ...ref, satisfaction: 'SATISFIED' };
      case 'requestReexamination':
      case 'requestReview':
        return { ...ref, unitId: ref.caseId, reason: '不服' };
      case 'setCalendarDay':
        return { date: '2026-10-10', kind: 'WORKDAY', name: '调休' };
      case 'updateCaseRules':
        return { blueDays: 6 };
    }
  };

  it.each(RENAMED)('$mutation refuses both `request` and `input`, and neither, naming request', async (r) => {
    const token = r.mutation === 'setCalendarDay' || r.mutation === 'updateCaseRules' ? s.admin : s.leader;
    const before = await auditCount(r.mutation);
    const both = await s.stack.gql(
      `mutation($r: ${r.request}, $i: ${r.input}) { ${r.mutation}(request: $r, input: $i) { __typename } }`,
      { r: fieldsOf(r), i: fieldsOf(r) },
      token,
    );
    expect(both.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'request' });
    const neither = await s.stack.gql(`mutation { ${r.mutation} { __typename } }`, {}, token);
    expect(neither.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'request' });
    expect(await auditCount(r.mutation)).toBe(before);
  });
});
