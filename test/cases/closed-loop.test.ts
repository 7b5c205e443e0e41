import { DAY_MS } from '@onedoor/db';
import { auditEventsTable } from '@onedoor/db/audit';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Scenarios, startCaseScenarios } from './support';

let s: Scenarios;

beforeAll(async () => {
  s = await startCaseScenarios();
});
afterAll(() => s?.stack.stop());

async function auditCount(caseId: string, action?: string) {
  const [row] = await s.stack.db
    .select({ n: count() })
    .from(auditEventsTable)
    .where(and(eq(auditEventsTable.entityId, caseId), action ? eq(auditEventsTable.action, action) : undefined));
  return row!.n;
}

describe('the closed loop a first-time visit walks (接转办评报)', () => {
  it('is routed the same day, handled, replied, followed up and closed inside 30 days, every step audited', async () => {
    const c = await s.register();
    expect(c.clock).toMatchObject({ stage: 'REGISTRATION', running: true });
    s.clock.advanceDays(0.1);
    const routed = await s.step('routeCase', c.id, {
      leadUnitId: s.ids.humanResources,
      reason: '劳动报酬争议，属人社局职责',
    });
    expect(routed).toMatchObject({
      status: 'ROUTED',
      responsibleUnit: { id: s.ids.humanResources },
      clock: { stage: 'ACCEPTANCE' },
    });
    expect(routed.clock.objectionWindowEndsAt).toBe('2026-03-09T15:59:59.999Z'); // end of the 5th working day (Mon 9 March, CST)

    s.clock.advanceDays(1);
    const accepted = await s.step('acceptCase', c.id, { note: '已受理' });
    // A first-time case: 30 days from acceptance (Wed 1 April 2026, a working day).
    expect(accepted.clock).toMatchObject({ stage: 'HANDLING', running: true });
    expect(new Date(accepted.deadlineAt).getTime() - new Date(accepted.clock.startedAt).getTime()).toBe(30 * DAY_MS);
    await s.step('recordHandlingStep', c.id, { step: 'MET_PETITIONER', note: '次日约见信访人' });
    s.clock.advanceDays(10);
    await s.step('recordHandlingStep', c.id, { step: 'PROPOSED_SOLUTION', note: '协调企业十日内支付' });
    const replied = await s.step('replyToCase', c.id, { text: '经协调，企业已承诺十日内足额支付工资。' });
    expect(replied).toMatchObject({ status: 'REPLIED', warning: 'NONE', clock: { running: false } });
    s.clock.advanceDays(5);
    await s.step('recordFollowUp', c.id, { satisfaction: 'SATISFIED', note: '工资已到账' });
    const closed = await s.step('reviewClosure', c.id, { decision: 'CLOSE', outcome: 'RESOLVED' }, s.leader);
    expect(closed).toMatchObject({ status: 'CLOSED', outcome: 'RESOLVED', satisfaction: 'SATISFIED' });
    expect(closed.timeline.map((e) => e.kind)).toEqual([
      'REGISTERED',
      'ROUTED',
      'ACCEPTED',
      'NOTICE_ISSUED', // the acceptance notice (受理告知书), issued with the acceptance
      'HANDLING_STEP',
      'HANDLING_STEP',
      'REPLIED',
      'FOLLOWED_UP',
      'CLOSED',
    ]);
    expect(closed.timeline[1]!.reason).toBe('劳动报酬争议，属人社局职责');
    // Registration plus seven transitions: eight audit events, one per committed change.
    expect(await auditCount(c.id)).toBe(8);
  });

  it('splits a case among several units with one lead, and a handler of a co-unit sees it', async () => {
    const c = await s.register();
    const routed = await s.stack.gql<{ routeCase: { units: { unit: { id: string }; lead: boolean }[] } }>(
      `mutation($i: RouteCaseInput!) { routeCase(input: $i) { units { unit { id } lead } } }`,
      {
        i: {
          caseId: c.id,
          expectedVersion: c.version,
          leadUnitId: s.ids.humanResources,
          otherUnitIds: [s.ids.housing],
          reason: '工程欠薪，人社牵头、住建配合',
        },
      },
      s.staff,
    );
    expect(routed.errors).toBeUndefined();
    expect(routed.data!.routeCase.units).toEqual([
      { unit: { id: s.ids.humanResources }, lead: true },
      { unit: { id: s.ids.housing }, lead: false },
    ]);
    const coUnit = await s.stack.tokenFor(['HANDLER'], s.ids.housing);
    const seen = await s.stack.gql<{ case: { id: string } | null }>(
      'query($id: ID!) { case(id: $id) { id } }',
      { id: c.id },
      coUnit,
    );
    expect(seen.data!.case).toEqual({ id: c.id });
    const stranger = await s.stack.tokenFor(['HANDLER'], s.ids.arbitration);
    const hidden = await s.stack.gql<{ case: unknown }>(
      'query($id: ID!) { case(id: $id) { id } }',
      { id: c.id },
      stranger,
    );
    expect(hidden.data!.case).toBeNull();
  });

  it('refuses a routing without a reason before writing anything', async () => {
    const c = await s.register();
    const res = await s.act('routeCase', c.id, { leadUnitId: s.ids.humanResources, reason: '  ' });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    expect((await s.read(c.id)).version).toBe(c.version);
  });
});

describe('handling steps on the timeline (办)', () => {
  it('records an appointment, a joint reception, a mediation session and a supervision notice with their details', async () => {
    const c = await s.register({ petitionerIds: [s.ids.persons[30]!] });
    await s.step('routeCase', c.id, { leadUnitId: s.ids.humanResources, reason: '职责' });
    await s.step('acceptCase', c.id);
    await s.step('recordHandlingStep', c.id, {
      step: 'APPOINTMENT',
      appointmentKind: 'VIDEO',
      scheduledAt: '2026-03-03T02:00:00Z',
      note: '视频约访',
    });
    await s.step('recordHandlingStep', c.id, {
      step: 'JOINT_RECEPTION',
      note: '1+1+1+N 联合接访',
      attendees: ['信访干部', '心理咨询师', '律师', '人社局', '住建局'],
      place: '接待大厅',
    });
    await s.step('recordHandlingStep', c.id, {
      step: 'MEDIATION_SESSION',
      note: '人民调解',
      attendees: ['调解员王某', '观察员李某'],
      mediationOutcome: 'FACT_CONFIRMATION',
    });
    await s.step(
      'recordHandlingStep',
      c.id,
      { step: 'SUPERVISION_NOTICE', note: '督办通知', dueAt: '2026-03-20T09:00:00Z' },
      s.leader,
    );
    const missing = await s.act('recordHandlingStep', c.id, { step: 'MEDIATION_SESSION', note: '缺结果' });
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.mediationOutcome' });
    const view = await s.must<{ case: { status: string; timeline: Record<string, unknown>[] } }>(
      `query($id: ID!) { case(id: $id) { status timeline {
      kind step appointmentKind scheduledAt place attendees mediationOutcome dueAt } } }`,
      { id: c.id },
      s.staff,
    );
    expect(view.case.status).toBe('IN_HANDLING');
    expect(view.case.timeline.filter((e) => e.kind === 'HANDLING_STEP')).toEqual([
      {
        kind: 'HANDLING_STEP',
        step: 'APPOINTMENT',
        appointmentKind: 'VIDEO',
        scheduledAt: '2026-03-03T02:00:00.000Z',
        place: null,
        attendees: [],
        mediationOutcome: null,
        dueAt: null,
      },
      {
        kind: 'HANDLING_STEP',
        step: 'JOINT_RECEPTION',
        appointmentKind: null,
        scheduledAt: null,
        place: '接待大厅',
        attendees: ['信访干部', '心理咨询师', '律师', '人社局', '住建局'],
        mediationOutcome: null,
        dueAt: null,
      },
      {
        kind: 'HANDLING_STEP',
        step: 'MEDIATION_SESSION',
        appointmentKind: null,
        scheduledAt: null,
        place: null,
        attendees: ['调解员王某', '观察员李某'],
        mediationOutcome: 'FACT_CONFIRMATION',
        dueAt: null,
      },
      {
        kind: 'HANDLING_STEP',
        step: 'SUPERVISION_NOTICE',
        appointmentKind: null,
        scheduledAt: null,
        place: null,
        attendees: [],
        mediationOutcome: null,
        dueAt: '2026-03-20T09:00:00.000Z',
      },
    ]);
  });
});

describe('illegal transitions', () => {
  const cases: [string, (id: string) => Promise<void>, string, Record<string, unknown>, 'staff' | 'leader'][] = [
    ['closing an unrouted case', async () => {}, 'reviewClosure', { decision: 'CLOSE', outcome: 'RESOLVED' }, 'leader'],
    [
      'rating before the reply',
      async (id) => {
        await s.step('routeCase', id, { leadUnitId: s.ids.humanResources, reason: '职责' });
        await s.step('acceptCase', id);
      },
      'recordFollowUp',
      { satisfaction: 'SATISFIED' },
      'staff',
    ],
    [
      'extending twice',
      async (id) => {
        await s.step('routeCase', id, { leadUnitId: s.ids.humanResources, reason: '职责' });
        await s.step('acceptCase', id);
        await s.step('extendDeadline', id, { days: 10, reason: '需补充调查' }, s.leader);
      },
      'extendDeadline',
      { days: 5, reason: '再延一次' },
      'leader',
    ],
    [
      'an extension longer than 30 days',
      async (id) => {
        await s.step('routeCase', id, { leadUnitId: s.ids.humanResources, reason: '职责' });
        await s.step('acceptCase', id);
      },
      'extendDeadline',
      { days: 31, reason: '太长' },
      'leader',
    ],
  ];

  it.each(cases)('%s fails with CONFLICT and changes nothing', async (_name, prepare, mutation, input, who) => {
    const c = await s.register();
    await prepare(c.id);
    const before = await s.read(c.id);
    const audits = await auditCount(c.id);
    const res = await s.act(mutation, c.id, input, who === 'leader' ? s.leader : s.staff);
    expect(res.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const after = await s.read(c.id);
    expect(after).toEqual(before);
    expect(await auditCount(c.id)).toBe(audits);
  });

  it('refuses a stale version with CONFLICT: two staff update the same case, one wins', async () => {
    const c = await s.register();
    const [a, b] = await Promise.all([
      s.act('routeCase', c.id, { leadUnitId: s.ids.humanResources, reason: '甲' }, s.staff, c.version),
      s.act('routeCase', c.id, { leadUnitId: s.ids.housing, reason: '乙' }, s.staff, c.version),
    ]);
    const wins = [a, b].filter((r) => !r.errors);
    const losses = [a, b].filter((r) => r.errors);
    expect(wins).toHaveLength(1);
    expect(losses[0]!.errors![0]!.extensions?.code).toBe('CONFLICT');
    const after = await s.read(c.id);
    expect(after.version).toBe(c.version + 1);
    expect(after.timeline.filter((e) => e.kind === 'ROUTED')).toHaveLength(1);
    expect(after.responsibleUnit!.id).toBe(wins[0]!.data!.routeCase!.responsibleUnit!.id);
  });
});
