import { beijingDate, beijingYear, type Executor } from '@onedoor/db';
import {
  type CaseRow,
  createCasesRepository,
  createCaseWorkflowRepository,
  createNoticesRepository,
  type NoticeRow,
  type NoticesRepository,
} from '@onedoor/db/cases';
import { type BaseContext, forbidden, hasRole, notFound, recordAudit, type ServiceCall } from '@onedoor/subgraph-kit';
import { SUPERVISORS } from '../roles';
import { rulesInForce } from './clock';
import { renderNoticePdf } from './notice-pdf';
import { fillTemplate } from './notice-templates';
import {
  NOTICE_CODES,
  type NoticeCaseFacts,
  type NoticeNames,
  noticeValues,
  type NoticeRequest,
} from './notice-values';
import { canSee, resolveScope } from './visibility';

/** What notices carry until an admin sets the centre's own name and number prefix (`updateNoticeSettings`). */
export const DEFAULT_NOTICE_SETTINGS = { centreName: '群众诉求服务中心', numberPrefix: '信' };

/** The settings in force: the stored row, or the defaults. */
export async function noticeSettingsIn(notices: NoticesRepository) {
  return (await notices.settings()) ?? DEFAULT_NOTICE_SETTINGS;
}

/**
 * The names a case's notices print: its petitioners' (people) and its units' (grid), asked of their owners as
 * the caller. Called before the transaction: a peer call must never wait inside one, since the peer may need the
 * same database. The transaction refuses a notice whose case changed in between (`noticeValues`).
 */
export async function noticeNamesFor({ ctx, caseId }: { ctx: BaseContext; caseId: string }): Promise<NoticeNames> {
  const cases = createCasesRepository(ctx.db);
  const [rows, petitioners, units] = await Promise.all([
    cases.findByIds([caseId]),
    cases.petitionersOf([caseId]),
    createCaseWorkflowRepository(ctx.db).unitsOf([caseId]),
  ]);
  const organisationIds = [rows[0]?.responsibleOrganisationId, ...units.map((u) => u.organisationId)];
  const namesOf = async (subgraph: 'people' | 'grid', typename: string, ids: (string | null | undefined)[]) => {
    const unique = [...new Set(ids.filter((id): id is string => !!id))];
    const found = await ctx.peers.entities<{ id: string; name: string }>(subgraph, typename, unique, 'name');
    return new Map([...found].map(([id, e]) => [id, e.name]));
  };
  const [persons, organisations] = await Promise.all([
    namesOf(
      'people',
      'Person',
      petitioners.map((p) => p.personId),
    ),
    namesOf('grid', 'Organisation', organisationIds),
  ]);
  return { persons, organisations };
}

/** The case as its notice reads it, on the given executor (the issuing transaction, or the database for a preview). */
export async function noticeCaseFacts(db: Executor, row: CaseRow): Promise<NoticeCaseFacts> {
  const workflow = createCaseWorkflowRepository(db);
  const [events, petitioners, units, stored, calendar] = await Promise.all([
    workflow.eventsOf([row.id]),
    createCasesRepository(db).petitionersOf([row.id]),
    workflow.unitsOf([row.id]),
    workflow.storedRules(),
    workflow.calendar(),
  ]);
  return {
    row,
    events,
    petitionerIds: petitioners.map((p) => p.personId),
    units,
    calendar,
    rules: rulesInForce(stored),
  };
}

/** A file name safe on every system: the title and number, without characters a file name may not hold. */
const fileNameOf = (title: string, number: string) => `${title} ${number}.pdf`.replace(/[\\/:*?"<>|]/g, '_');

/**
 * Issues a notice inside the caller's transaction (issueNotice's own, or a transition's): fills the template in
 * force, numbers it, renders the PDF, stores its bytes, then records the notice, its NOTICE_ISSUED entry on the
 * timeline and the audit event. The bytes are stored first: they are addressed by their checksum, so a rollback
 * leaves at most an unreferenced file, never a notice without its file. Any refusal rolls everything back.
 */
export async function issueNoticeIn({
  tx,
  ctx,
  row,
  request,
  names,
}: {
  tx: Executor;
  ctx: BaseContext;
  row: CaseRow;
  request: NoticeRequest;
  names: NoticeNames;
}): Promise<NoticeRow> {
  const notices = createNoticesRepository(tx);
  const now = ctx.clock.now();
  const { kind } = request;
  const [facts, template, settings] = await Promise.all([
    noticeCaseFacts(tx, row),
    notices.templateInForce(kind),
    noticeSettingsIn(notices),
  ]);
  if (!template) throw new Error(`No ${kind} notice template: the cases subgraph seeds them at start.`);
  const filled = noticeValues({ request, facts, names, centre: settings.centreName, now });
  const year = beijingYear(now);
  const number = `${settings.numberPrefix}${NOTICE_CODES[kind]}〔${year}〕${await notices.nextNumber(year, kind)}号`;
  const values = { ...filled, number };
  const title = fillTemplate(template.title, values);
  const bytes = await renderNoticePdf({
    centre: settings.centreName,
    title,
    number,
    body: fillTemplate(template.body, values),
    date: values.date,
    issuedAt: now,
  });
  const stored = await ctx.files.put(bytes);
  const notice = await notices.insert({
    caseId: row.id,
    kind,
    number,
    version: (await notices.lastVersion(row.id, kind)) + 1,
    templateId: template.id,
    templateVersion: template.version,
    title,
    fileName: fileNameOf(title, number),
    sha256: stored.sha256,
    sizeBytes: stored.size,
    issuedAt: now,
    issuedBy: ctx.viewer?.accountId ?? null,
    values,
  });
  await createCaseWorkflowRepository(tx).appendEvent({
    caseId: row.id,
    kind: 'NOTICE_ISSUED',
    at: now,
    actorAccountId: ctx.viewer?.accountId ?? null,
    data: { noticeId: notice.id, noticeKind: kind, note: `${title} ${number}` },
  });
  await recordAudit(tx, ctx, {
    subgraph: 'cases',
    action: 'issueNotice',
    entityType: 'Notice',
    entityId: notice.id,
    data: { caseId: row.id, case: row.number, kind, number, version: notice.version, sha256: stored.sha256 },
  });
  return notice;
}

/** `issueNotice`: a notice on a case the caller may see, in its own transaction; the case's version is untouched. */
export async function issueNotice({ ctx, input }: ServiceCall<BaseContext, NoticeRequest & { caseId: string }>) {
  if (input.kind === 'SUPERVISION_LETTER' && !hasRole(ctx.viewer, SUPERVISORS))
    throw forbidden(`A supervision letter (督办函) is issued by ${SUPERVISORS.join(', ')}.`);
  const scope = await resolveScope({ ctx });
  const names = await noticeNamesFor({ ctx, caseId: input.caseId });
  return ctx.db.transaction(async (tx) => {
    const workflow = createCaseWorkflowRepository(tx);
    // Locked, so that two notices on one case take their versions one after the other.
    const row = await workflow.lock(input.caseId);
    const units = row ? (await workflow.unitsOf([row.id])).map((u) => u.organisationId) : [];
    if (!row || !canSee(scope, row, units)) throw notFound('Case', input.caseId, 'input.caseId');
    return issueNoticeIn({ tx, ctx, row, request: input, names });
  });
}

/** The Beijing date printed on a notice. */
export const noticeDate = (notice: NoticeRow) => beijingDate(notice.issuedAt);
