import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY_MS } from '@onedoor/db';
import { type Scenarios, startCaseScenarios } from './support';

let s: Scenarios;

beforeAll(async () => {
  s = await startCaseScenarios();
});
afterAll(() => s?.stack.stop());

const CHECKSUM = 'a'.repeat(64);

describe('intake and screening (接 / 甄别)', () => {
  it('detects a repeat petition and links the earlier case', async () => {
    const petitioner = s.ids.persons[20]!;
    const first = await s.register({ petitionerIds: [petitioner] });
    // A related matter: another sub-category of the same top-level category.
    const again = await s.register({
      petitionerIds: [petitioner, s.ids.persons[21]!],
      categoryId: s.ids.subCategories[1]!,
    });
    expect(again).toMatchObject({ repeat: true, handlingMode: 'REPEAT_TEAM' });
    const linked = await s.must<{ case: { earlierCases: { id: string }[] } }>(
      'query($id: ID!) { case(id: $id) { earlierCases { id } } }',
      { id: again.id },
      s.staff,
    );
    expect(linked.case.earlierCases.map((c) => c.id)).toContain(first.id);
    const listed = await s.must<{ cases: { nodes: { id: string }[] } }>(
      '{ cases(first: 200, filter: { repeat: true }) { nodes { id } } }',
      {},
      s.staff,
    );
    expect(listed.cases.nodes.map((n) => n.id)).toContain(again.id);
  });

  it('registers a group petition of 12 petitioners with 5 representatives, and refuses a sixth', async () => {
    const twelve = s.ids.persons.slice(22, 34);
    const group = await s.register({ petitionerIds: twelve, headCount: 12, representativeIds: twelve.slice(0, 5) });
    expect(group).toMatchObject({ groupPetition: true, headCount: 12 });
    const view = await s.must<{ case: { petitioners: { id: string }[]; representatives: { id: string }[] } }>(
      'query($id: ID!) { case(id: $id) { petitioners { id } representatives { id } } }',
      { id: group.id },
      s.staff,
    );
    expect(view.case.petitioners).toHaveLength(12);
    expect(view.case.representatives.map((p) => p.id)).toEqual(twelve.slice(0, 5));
    const six = await s.tryRegister({
      title: '集体讨薪',
      description: '十二人',
      petitionerIds: twelve,
      representativeIds: twelve.slice(0, 6),
    });
    expect(six.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.representativeIds' });
  });

  it('keeps the channel details: a 12345 order number, the assigning body and its deadline, a proxy agent, attachments', async () => {
    const hotline = await s.register({
      channel: 'HOTLINE_12345',
      externalOrderNumber: 'GD20260302-0042',
      petitionerIds: [s.ids.persons[35]!],
    });
    const assigned = await s.register({
      channel: 'ASSIGNED_BY_SUPERIOR',
      assigningBody: '市信访局',
      assigningDeadlineAt: '2026-03-20T09:00:00Z',
      petitionerIds: [s.ids.persons[36]!],
    });
    const proxy = await s.register({
      channel: 'PROXY_AGENT',
      proxyAgentId: s.ids.persons[38],
      petitionerIds: [s.ids.persons[37]!],
      attachments: [
        {
          name: '欠条.jpg',
          mediaType: 'image/jpeg',
          sizeBytes: 204800,
          checksum: CHECKSUM,
          storageKey: 'cases/2026/0001/欠条.jpg',
        },
      ],
    });
    const view = await s.must<{
      a: Record<string, unknown>;
      b: Record<string, unknown>;
      c: { proxyAgent: { id: string }; attachments: { name: string; sizeBytes: number }[] };
    }>(
      `query($a: ID!, $b: ID!, $c: ID!) { a: case(id: $a) { externalOrderNumber } b: case(id: $b) { assigningBody assigningDeadlineAt }
        c: case(id: $c) { proxyAgent { id } attachments { name sizeBytes } } }`,
      { a: hotline.id, b: assigned.id, c: proxy.id },
      s.staff,
    );
    expect(view.a).toEqual({ externalOrderNumber: 'GD20260302-0042' });
    expect(view.b).toEqual({ assigningBody: '市信访局', assigningDeadlineAt: '2026-03-20T09:00:00.000Z' });
    expect(view.c).toEqual({
      proxyAgent: { id: s.ids.persons[38] },
      attachments: [{ name: '欠条.jpg', sizeBytes: 204800 }],
    });
    const missing = await s.tryRegister({
      channel: 'HOTLINE_12345',
      title: '工单',
      description: '无单号',
      petitionerIds: [s.ids.persons[35]],
    });
    expect(missing.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.externalOrderNumber',
    });
  });

  it('hands a law-related case over to labor arbitration (诉访分离)', async () => {
    const c = await s.register({
      lawRelated: true,
      legalChannel: 'LABOR_ARBITRATION',
      petitionerIds: [s.ids.persons[12]!],
    });
    expect(c).toMatchObject({ lawRelated: true, legalChannel: 'LABOR_ARBITRATION' });
    const handed = await s.step('handOverToLegalChannel', c.id, {
      legalChannel: 'LABOR_ARBITRATION',
      receivingUnitId: s.ids.arbitration,
      reason: '劳动合同争议，依法申请劳动仲裁',
    });
    expect(handed).toMatchObject({
      status: 'HANDED_OVER',
      outcome: 'HANDED_TO_LEGAL_CHANNEL',
      responsibleUnit: { id: s.ids.arbitration },
      clock: { running: false },
    });
    expect(handed.timeline.at(-1)).toMatchObject({
      kind: 'HANDED_OVER',
      legalChannel: 'LABOR_ARBITRATION',
      unit: { id: s.ids.arbitration },
    });
  });

  it('lists a hard case owned by a leader with its work funds (挂牌督办 / 领导包案)', async () => {
    const c = await s.register({ petitionerIds: [s.ids.persons[13]!] });
    await s.step('routeCase', c.id, { leadUnitId: s.ids.housing, reason: '历史遗留问题' });
    const noFunds = await s.act(
      'setHandlingMode',
      c.id,
      { mode: 'LISTED_HARD_CASE', ownerId: s.ids.leaderPerson, reason: '钉子案' },
      s.leader,
    );
    expect(noFunds.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.workFund' });
    await s.step(
      'setHandlingMode',
      c.id,
      { mode: 'LISTED_HARD_CASE', ownerId: s.ids.leaderPerson, workFund: '5000000', reason: '钉子案，县领导包案' },
      s.leader,
    );
    const view = await s.must<{
      case: { handlingMode: string; workFund: string; owner: { id: string; name: string } };
    }>('query($id: ID!) { case(id: $id) { handlingMode workFund owner { id name } } }', { id: c.id }, s.staff);
    expect(view.case).toMatchObject({
      handlingMode: 'LISTED_HARD_CASE',
      workFund: '5000000',
      owner: { id: s.ids.leaderPerson },
    });
    expect(view.case.owner.name).toBeTruthy();
  });
});

describe('evaluation: re-examination, review and finality (评 / 复查 / 复核)', () => {
  it('reopens an unsatisfied case one level up twice, then flags a later petition on the same facts as final', async () => {
    const petitioner = s.ids.persons[14]!;
    const c = await s.register({ petitionerIds: [petitioner], categoryId: s.ids.subCategories[5]! });
    await s.step('routeCase', c.id, { leadUnitId: s.ids.humanResources, reason: '职责' });
    await s.step('acceptCase', c.id);
    await s.step('replyToCase', c.id, { text: '经核查，诉求缺乏依据。' });
    await s.step('recordFollowUp', c.id, { satisfaction: 'UNSATISFIED', note: '不认可答复' });
    await s.step('reviewClosure', c.id, { decision: 'CLOSE', outcome: 'EXPLAINED_AND_ACCEPTED' }, s.leader);

    s.clock.advanceDays(10);
    const reexam = await s.step('requestReexamination', c.id, { unitId: s.ids.petitionOffice, reason: '对答复不服' });
    expect(reexam).toMatchObject({
      status: 'REEXAMINING',
      level: 1,
      responsibleUnit: { id: s.ids.petitionOffice },
      clock: { stage: 'REEXAMINATION', running: true },
    });
    expect(new Date(reexam.deadlineAt).getTime() - new Date(reexam.clock.startedAt).getTime()).toBeGreaterThanOrEqual(
      30 * DAY_MS,
    );
    const twice = await s.act('requestReexamination', c.id, { unitId: s.ids.petitionOffice, reason: '再次' });
    expect(twice.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    await s.step('giveOpinion', c.id, { text: '复查意见：维持原答复。' }, s.leader);

    s.clock.advanceDays(5);
    const review = await s.step('requestReview', c.id, { unitId: s.ids.petitionOffice, reason: '对复查意见不服' });
    expect(review).toMatchObject({ status: 'REVIEWING', level: 2, clock: { stage: 'REVIEW' } });
    const hearing = await s.step('recordHearing', c.id, { days: 5, note: '组织听证' }, s.leader);
    expect(new Date(hearing.deadlineAt).getTime()).toBeGreaterThanOrEqual(
      new Date(review.deadlineAt).getTime() + 5 * DAY_MS,
    );
    const final = await s.step('giveOpinion', c.id, { text: '复核意见：维持。' }, s.leader);
    expect(final).toMatchObject({ status: 'CLOSED', final: true, level: 2 });
    expect(
      (await s.act('requestReview', c.id, { unitId: s.ids.petitionOffice, reason: '再次' })).errors?.[0]?.extensions
        ?.code,
    ).toBe('CONFLICT');

    s.clock.advanceDays(20);
    const later = await s.register({ petitionerIds: [petitioner], categoryId: s.ids.subCategories[5]! });
    expect(later).toMatchObject({ repeat: true, finalityBarred: true });
    await s.step('routeCase', later.id, { leadUnitId: s.ids.humanResources, reason: '职责' });
    const refused = await s.act('acceptCase', later.id);
    expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(refused.errors?.[0]?.message).toMatch(/Art\. 36/);
    const declined = await s.step('declineCase', later.id, { reason: '同一事实和理由已经复核，不再受理' });
    expect(declined).toMatchObject({ status: 'NOT_ACCEPTED', outcome: 'NOT_ACCEPTED_WITH_REASON' });
  });

  it('does not accept a cross-level petition on a matter still inside its handling period below (Art. 19)', async () => {
    const petitioner = s.ids.persons[17]!;
    const below = await s.register({ petitionerIds: [petitioner], categoryId: s.ids.subCategories[7]! });
    await s.step('routeCase', below.id, { leadUnitId: s.ids.humanResources, reason: '职责' });
    await s.step('acceptCase', below.id);
    const skipped = await s.register({
      petitionerIds: [petitioner],
      categoryId: s.ids.subCategories[7]!,
      crossLevel: true,
    });
    const view = await s.must<{ case: { pendingBelow: boolean; repeat: boolean } }>(
      'query($id: ID!) { case(id: $id) { pendingBelow repeat } }',
      { id: skipped.id },
      s.staff,
    );
    expect(view.case).toEqual({ pendingBelow: true, repeat: true });
    await s.step('routeCase', skipped.id, { leadUnitId: s.ids.petitionOffice, reason: '越级访' });
    const refused = await s.act('acceptCase', skipped.id);
    expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(refused.errors?.[0]?.message).toMatch(/Art\. 19/);
  });

  it('refuses a re-examination requested more than 30 days after the reply', async () => {
    const c = await s.register({ petitionerIds: [s.ids.persons[15]!] });
    await s.step('routeCase', c.id, { leadUnitId: s.ids.humanResources, reason: '职责' });
    await s.step('acceptCase', c.id);
    await s.step('replyToCase', c.id, { text: '答复。' });
    s.clock.advanceDays(31);
    const late = await s.act('requestReexamination', c.id, { unitId: s.ids.petitionOffice, reason: '迟到的申请' });
    expect(late.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('sends a case back to handling at closure review', async () => {
    const c = await s.register({ petitionerIds: [s.ids.persons[16]!] });
    await s.step('routeCase', c.id, { leadUnitId: s.ids.humanResources, reason: '职责' });
    await s.step('acceptCase', c.id);
    await s.step('replyToCase', c.id, { text: '答复。' });
    await s.step('recordFollowUp', c.id, { satisfaction: 'BASICALLY_SATISFIED' });
    const back = await s.step('reviewClosure', c.id, { decision: 'SEND_BACK', reason: '答复未回应全部诉求' }, s.leader);
    expect(back).toMatchObject({ status: 'IN_HANDLING', clock: { running: true } });
  });
});
