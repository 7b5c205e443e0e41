import { createHash } from 'node:crypto';
import { beijingDate } from '@onedoor/db';
import { noticeTemplatesTable } from '@onedoor/db/cases';
import { accessLogTable } from '@onedoor/db/audit';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MONDAY_MORNING } from '../support/clock';
import { pdfText } from '../support/pdf';
import { type Scenarios, startCaseScenarios } from './support';

let s: Scenarios;
let origin: string;
beforeAll(async () => {
  s = await startCaseScenarios();
  origin = new URL(s.stack.gatewayUrl).origin;
});
afterAll(() => s?.stack.stop());
beforeEach(() => s.clock.set(MONDAY_MORNING));

interface NoticeView {
  id: string;
  kind: string;
  number: string;
  version: number;
  title: string;
  templateVersion: number;
  date: string;
  fileName: string;
  sizeBytes: number;
  sha256: string;
  downloadUrl: string;
}
interface PaperView {
  number: string;
  deadlineAt: string;
  petitioners: { name: string }[];
  responsibleUnit: { name: string } | null;
  notices: NoticeView[];
  writtenNotice: {
    dueAt: string;
    issuedAt: string | null;
    acceptanceNoticeIssuedAt: string | null;
    running: boolean;
    overdue: boolean;
    warning: string;
    daysLeft: number | null;
  };
  timeline: { kind: string; note: string | null; notice: { id: string } | null }[];
}

const NOTICE = 'id kind number version title templateVersion date fileName sizeBytes sha256 downloadUrl';
const PAPERS = `number deadlineAt petitioners { name } responsibleUnit { name } notices { ${NOTICE} }
  writtenNotice { dueAt issuedAt acceptanceNoticeIssuedAt running overdue warning daysLeft }
  timeline { kind note notice { id } }`;

let nextPerson = 20;
/** A first-time case of a petitioner no other test here uses, registered and routed to human resources. */
async function routed(input: Record<string, unknown> = {}) {
  const c = await s.register({ petitionerIds: [s.ids.persons[nextPerson++]!], ...input });
  await s.step('routeCase', c.id, { leadUnitId: s.ids.humanResources, reason: '人社局职责' });
  return c;
}

async function papers(caseId: string, token = s.staff): Promise<PaperView | null> {
  const res = await s.stack.gql<{ case: PaperView | null }>(
    `query($id: ID!) { case(id: $id) { ${PAPERS} } }`,
    { id: caseId },
    token,
  );
  expect(res.errors).toBeUndefined();
  return res.data!.case;
}

async function download(notice: NoticeView): Promise<Uint8Array> {
  const res = await fetch(origin + notice.downloadUrl);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/pdf');
  return new Uint8Array(await res.arrayBuffer());
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
/** A moment's Beijing date as a notice prints it: 2026年4月1日. */
const printed = (iso: string) => {
  const [y, m, d] = beijingDate(new Date(iso)).split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

const ISSUE = `mutation($r: IssueNoticeInput!) { issueNotice(request: $r) { ${NOTICE} } }`;

describe('written notices (书面告知)', () => {
  it('accepting a case issues its 受理告知书: a PDF naming the case, the petitioner, the unit and the deadline', async () => {
    const c = await routed();
    await s.step('acceptCase', c.id);
    const view = (await papers(c.id))!;
    expect(view.notices).toHaveLength(1);
    const [notice] = view.notices;
    expect(notice).toMatchObject({ kind: 'ACCEPTANCE', version: 1, title: '受理告知书', templateVersion: 1 });
    expect(notice!.number).toMatch(/^东信受〔2026〕\d+号$/);
    expect(notice!.date).toBe('2026-03-02');

    const bytes = await download(notice!);
    expect(sha256(bytes)).toBe(notice!.sha256);
    expect(bytes.byteLength).toBe(notice!.sizeBytes);
    const text = await pdfText(bytes);
    expect(text).toContain('受理告知书');
    expect(text).toContain(notice!.number);
    expect(text).toContain(view.number);
    expect(text).toContain(view.petitioners[0]!.name);
    expect(text).toContain(view.responsibleUnit!.name);
    expect(text).toContain(printed(view.deadlineAt));
    expect(text).toContain('《信访工作条例》第二十三条');
    expect(text).toContain('东岳县群众诉求服务中心');

    // The timeline says so, and the written-decision clock stopped when the notice was issued.
    const entry = view.timeline.find((e) => e.kind === 'NOTICE_ISSUED')!;
    expect(entry).toEqual({ kind: 'NOTICE_ISSUED', note: `受理告知书 ${notice!.number}`, notice: { id: notice!.id } });
    expect(view.writtenNotice).toMatchObject({
      issuedAt: MONDAY_MORNING.toISOString(),
      acceptanceNoticeIssuedAt: MONDAY_MORNING.toISOString(),
      running: false,
      overdue: false,
      warning: 'NONE',
      daysLeft: null,
    });
  });

  it('downloading twice gives the same bytes, whose checksum is the stored one, and the links are logged', async () => {
    const c = await routed();
    await s.step('acceptCase', c.id);
    const first = (await papers(c.id))!.notices[0]!;
    const again = (await papers(c.id))!.notices[0]!;
    const [a, b] = [await download(first), await download(again)];
    expect(b).toEqual(a);
    expect(sha256(a)).toBe(first.sha256);
    expect(again.sha256).toBe(first.sha256);
    const logged = await s.stack.db
      .select()
      .from(accessLogTable)
      .where(and(eq(accessLogTable.entityType, 'Notice'), eq(accessLogTable.entityId, first.id)));
    expect(logged.length).toBeGreaterThanOrEqual(2);
  });

  it('declining issues a 不予受理告知书 with the reason and the proper channel', async () => {
    const c = await routed();
    const reason = '所反映事项属于劳动争议，依法应当通过劳动仲裁解决。';
    const properChannel = '依法向县劳动人事争议仲裁委员会申请仲裁';
    await s.step('declineCase', c.id, { reason, properChannel });
    const [notice] = (await papers(c.id))!.notices;
    expect(notice).toMatchObject({ kind: 'NON_ACCEPTANCE', title: '不予受理告知书', version: 1 });
    expect(notice!.number).toMatch(/^东信不受〔2026〕\d+号$/);
    const text = await pdfText(await download(notice!));
    expect(text).toContain(reason);
    expect(text).toContain(`请您${properChannel}。`);

    // Without a channel, a law-related case names the legal channel it was screened for.
    const court = await s.register({
      petitionerIds: [s.ids.persons[nextPerson++]!],
      lawRelated: true,
      legalChannel: 'COURT_FILING',
    });
    await s.step('declineCase', court.id, { reason: '属于人民法院受理的民事纠纷。' });
    const courtNotice = (await papers(court.id))!.notices[0]!;
    expect(await pdfText(await download(courtNotice))).toContain('请您依法向人民法院提起诉讼。');
  });

  it('reissuing makes version 2 with its own number and keeps version 1 as it was', async () => {
    const c = await routed();
    await s.step('acceptCase', c.id);
    const v1 = (await papers(c.id))!.notices[0]!;
    const v1Bytes = await download(v1);
    const caseVersion = (await s.read(c.id)).version;
    s.clock.advanceDays(1);
    const res = await s.stack.gql<{ issueNotice: NoticeView }>(
      ISSUE,
      { r: { caseId: c.id, kind: 'ACCEPTANCE' } },
      s.staff,
    );
    expect(res.errors).toBeUndefined();
    const v2 = res.data!.issueNotice;
    expect(v2).toMatchObject({ kind: 'ACCEPTANCE', version: 2, date: '2026-03-03' });
    expect(v2.number).not.toBe(v1.number);
    expect(v2.sha256).not.toBe(v1.sha256);

    const after = (await papers(c.id))!;
    expect(after.notices.map((n) => [n.version, n.number, n.sha256])).toEqual([
      [1, v1.number, v1.sha256],
      [2, v2.number, v2.sha256],
    ]);
    expect(await download(after.notices[0]!)).toEqual(v1Bytes);
    expect(after.timeline.filter((e) => e.kind === 'NOTICE_ISSUED')).toHaveLength(2);
    // A notice is a paper, not a transition: the case's version is unchanged.
    expect((await s.read(c.id)).version).toBe(caseVersion);
  });

  it('a role that cannot see the case gets no notice and no link; the unit that handles it does', async () => {
    const c = await routed();
    await s.step('acceptCase', c.id);
    const elsewhere = await s.stack.tokenFor(['HANDLER'], s.ids.housing);
    const partner = await s.stack.tokenFor(['PARTNER'], s.ids.housing);
    expect(await papers(c.id, elsewhere)).toBeNull();
    expect(await papers(c.id, partner)).toBeNull();
    const noticeId = (await papers(c.id))!.notices[0]!.id;
    const one = `query($id: ID!) { notice(id: $id) { id downloadUrl } }`;
    for (const token of [elsewhere, partner]) {
      const res = await s.stack.gql<{ notice: unknown }>(one, { id: noticeId }, token);
      expect(res.errors).toBeUndefined();
      expect(res.data!.notice).toBeNull();
    }
    const own = await s.stack.gql<{ notice: { id: string; downloadUrl: string } }>(one, { id: noticeId }, s.staff);
    expect(own.data!.notice.downloadUrl).toMatch(/^\/files\/[0-9a-f]{64}\?token=/);
    const refused = await s.stack.gql(ISSUE, { r: { caseId: c.id, kind: 'ACCEPTANCE' } }, elsewhere);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'request.caseId' });

    const ownUnit = await s.stack.tokenFor(['HANDLER'], s.ids.humanResources);
    const seen = (await papers(c.id, ownUnit))!;
    expect(seen.notices).toHaveLength(1);
    expect(sha256(await download(seen.notices[0]!))).toBe(seen.notices[0]!.sha256);
  });

  it('refuses a notice whose moment has not come, and a mediation paper without its text', async () => {
    const c = await routed();
    const early = await s.stack.gql(ISSUE, { r: { caseId: c.id, kind: 'ACCEPTANCE' } }, s.staff);
    expect(early.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'request.kind',
      fields: [{ field: 'request.kind', reason: 'NOTICE_NOT_DUE', params: { kind: 'ACCEPTANCE', status: 'ROUTED' } }],
    });
    const agreement = await s.stack.gql(ISSUE, { r: { caseId: c.id, kind: 'MEDIATION_AGREEMENT' } }, s.staff);
    expect(agreement.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'request.text' });
    const handler = await s.stack.tokenFor(['HANDLER'], s.ids.humanResources);
    const letter = await s.stack.gql(
      ISSUE,
      { r: { caseId: c.id, kind: 'SUPERVISION_LETTER', text: '请加快办理' } },
      handler,
    );
    expect(letter.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await papers(c.id))!.notices).toEqual([]);

    // The transfer notice is due once routed, and names the unit.
    const transfer = await s.stack.gql<{ issueNotice: NoticeView }>(
      ISSUE,
      { r: { caseId: c.id, kind: 'TRANSFER' } },
      s.staff,
    );
    expect(transfer.errors).toBeUndefined();
    const view = (await papers(c.id))!;
    expect(await pdfText(await download(transfer.data!.issueNotice))).toContain(view.responsibleUnit!.name);
  });

  it('warns while no written decision is issued within 15 days of receipt (Art. 23), then stops', async () => {
    const c = await s.register({ petitionerIds: [s.ids.persons[nextPerson++]!] });
    const clock = async () => (await papers(c.id))!.writtenNotice;
    // Received Monday 2 March: due 15 days later, Tuesday 17 March.
    expect(await clock()).toMatchObject({
      dueAt: '2026-03-17T01:00:00.000Z',
      issuedAt: null,
      running: true,
      warning: 'NONE',
      daysLeft: 15,
    });
    s.clock.advanceDays(13);
    expect(await clock()).toMatchObject({ warning: 'YELLOW', daysLeft: 2, overdue: false });
    s.clock.advanceDays(3);
    expect(await clock()).toMatchObject({ warning: 'RED', daysLeft: -1, overdue: true });

    await s.step('routeCase', c.id, { leadUnitId: s.ids.humanResources, reason: '人社局职责' });
    await s.step('acceptCase', c.id);
    expect(await clock()).toMatchObject({
      issuedAt: '2026-03-18T01:00:00.000Z',
      acceptanceNoticeIssuedAt: '2026-03-18T01:00:00.000Z',
      running: false,
      warning: 'NONE',
      daysLeft: null,
    });
  });

  it('when the notice cannot be issued, the case is not accepted and nothing is written', async () => {
    const c = await routed();
    const before = await s.read(c.id);
    // No template of the kind in force: issuing the acceptance notice fails inside acceptCase's transaction.
    await s.stack.db
      .update(noticeTemplatesTable)
      .set({ kind: 'ACCEPTANCE_SET_ASIDE' as 'ACCEPTANCE' })
      .where(eq(noticeTemplatesTable.kind, 'ACCEPTANCE'));
    try {
      const res = await s.act('acceptCase', c.id);
      expect(res.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await s.stack.db
        .update(noticeTemplatesTable)
        .set({ kind: 'ACCEPTANCE' })
        .where(eq(noticeTemplatesTable.kind, 'ACCEPTANCE_SET_ASIDE' as 'ACCEPTANCE'));
    }
    const after = await s.read(c.id);
    expect(after).toMatchObject({ status: 'ROUTED', version: before.version });
    expect(after.timeline.map((e) => e.kind)).toEqual(before.timeline.map((e) => e.kind));
    expect((await papers(c.id))!.notices).toEqual([]);
  });
});

describe('notice templates (文书模板)', () => {
  const TEMPLATES = `query($k: NoticeKind) { noticeTemplates(kind: $k) { id kind version title body inForce createdBy { id } } }`;
  const UPDATE = `mutation($r: UpdateNoticeTemplateInput!) { updateNoticeTemplate(request: $r) { kind version title body inForce } }`;

  it('seeds a template of every kind, citing the articles and quoting no official text', async () => {
    const res = await s.stack.gql<{ noticeTemplates: { kind: string; version: number; body: string }[] }>(
      TEMPLATES,
      {},
      s.staff,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.noticeTemplates.map((t) => t.kind).sort()).toEqual(
      [
        'ACCEPTANCE',
        'FACT_CONFIRMATION',
        'MEDIATION_AGREEMENT',
        'NON_ACCEPTANCE',
        'REEXAMINATION_OPINION',
        'REPLY',
        'REVIEW_OPINION',
        'SUPERVISION_LETTER',
        'TRANSFER',
      ].sort(),
    );
    for (const t of res.data!.noticeTemplates) expect(t.version).toBe(1);
  });

  it('previews a draft from sample data or a case without issuing anything', async () => {
    const c = await routed();
    const preview = await s.stack.gql<{ noticePreview: { title: string; text: string; pdfBase64: string } }>(
      `query($r: NoticePreviewInput!) { noticePreview(request: $r) { title text pdfBase64 } }`,
      { r: { kind: 'TRANSFER', caseId: c.id, body: '试用稿：{{caseNumber}} 转送 {{unit}}' } },
      s.staff,
    );
    expect(preview.errors).toBeUndefined();
    const view = (await papers(c.id))!;
    expect(preview.data!.noticePreview.text).toBe(`试用稿：${view.number} 转送 ${view.responsibleUnit!.name}`);
    const text = await pdfText(new Uint8Array(Buffer.from(preview.data!.noticePreview.pdfBase64, 'base64')));
    expect(text).toContain('预览稿');
    expect(text).toContain(view.number);
    expect(view.notices).toEqual([]);
  });

  it('an edit makes a new version that the next notice uses; notices issued before keep theirs', async () => {
    const before = await routed();
    await s.step('acceptCase', before.id);
    const current = await s.stack.gql<{ noticeTemplates: { body: string; title: string }[] }>(
      TEMPLATES,
      { k: 'ACCEPTANCE' },
      s.admin,
    );
    const body = `${current.data!.noticeTemplates[0]!.body}\n\n（本中心根据正式文本修订，{{caseNumber}}）`;

    const bad = await s.stack.gql(
      UPDATE,
      { r: { kind: 'ACCEPTANCE', title: '受理告知书', body: '{{caseNo}}' } },
      s.admin,
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'request.body', reason: 'UNKNOWN_PLACEHOLDER', params: { placeholders: ['caseNo'] } }],
    });
    const notAdmin = await s.stack.gql(UPDATE, { r: { kind: 'ACCEPTANCE', title: '受理告知书', body } }, s.staff);
    expect(notAdmin.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const saved = await s.stack.gql<{ updateNoticeTemplate: { version: number; inForce: boolean } }>(
      UPDATE,
      { r: { kind: 'ACCEPTANCE', title: '受理告知书', body } },
      s.admin,
    );
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.updateNoticeTemplate).toMatchObject({ version: 2, inForce: true });
    const history = await s.stack.gql<{ noticeTemplates: { version: number; inForce: boolean }[] }>(
      TEMPLATES,
      { k: 'ACCEPTANCE' },
      s.admin,
    );
    expect(history.data!.noticeTemplates.map((t) => [t.version, t.inForce])).toEqual([
      [2, true],
      [1, false],
    ]);

    const next = await routed();
    await s.step('acceptCase', next.id);
    const view = (await papers(next.id))!;
    expect(view.notices[0]!.templateVersion).toBe(2);
    expect(await pdfText(await download(view.notices[0]!))).toContain(`（本中心根据正式文本修订，${view.number}）`);
    const earlier = (await papers(before.id))!.notices[0]!;
    expect(earlier.templateVersion).toBe(1);
    expect(await pdfText(await download(earlier))).not.toContain('本中心根据正式文本修订');
  });

  it('prints the centre name and number prefix an admin sets', async () => {
    const set = await s.stack.gql(
      `mutation($r: UpdateNoticeSettingsInput!) { updateNoticeSettings(request: $r) { centreName numberPrefix } }`,
      { r: { centreName: '东岳县人民来访接待中心', numberPrefix: '岳访' } },
      s.admin,
    );
    expect(set.errors).toBeUndefined();
    const c = await routed();
    await s.step('acceptCase', c.id);
    const notice = (await papers(c.id))!.notices[0]!;
    expect(notice.number).toMatch(/^岳访受〔2026〕\d+号$/);
    expect(await pdfText(await download(notice))).toContain('东岳县人民来访接待中心');
  });
});
