import { beijingYear } from '@onedoor/db';
import { createNoticesRepository, type NoticeKind } from '@onedoor/db/cases';
import { badInput, type BaseContext, notFound, recordAudit, type ServiceCall } from '@onedoor/subgraph-kit';
import type { CasesContext } from '../context';
import { noticeCaseFacts, noticeNamesFor, noticeSettingsIn } from './issue-notice';
import { renderNoticePdf } from './notice-pdf';
import { fillTemplate, unknownPlaceholders } from './notice-templates';
import { NOTICE_CODES, type NoticeRequest, type NoticeValues, noticeValues, sampleNoticeValues } from './notice-values';
import { visibleCase } from './visibility';

/** Refuses a title or body that uses a placeholder no template knows, naming the field and the placeholders. */
function checkPlaceholders(fields: { title?: string | null; body?: string | null }) {
  for (const [field, text] of Object.entries(fields)) {
    const unknown = text ? unknownPlaceholders(text) : [];
    if (unknown.length)
      throw badInput(
        `input.${field}`,
        `input.${field}: unknown placeholder ${unknown.map((p) => `{{${p}}}`).join(', ')}; see noticePlaceholders.`,
        { reason: 'UNKNOWN_PLACEHOLDER', params: { placeholders: unknown } },
      );
  }
}

/** Saves a kind's template as its next version; issued notices keep the version they were made from. */
export async function updateNoticeTemplate({
  ctx,
  input,
}: ServiceCall<BaseContext, { kind: NoticeKind; title: string; body: string }>) {
  checkPlaceholders(input);
  return ctx.db.transaction(async (tx) => {
    const template = await createNoticesRepository(tx).addTemplateVersion({
      ...input,
      createdAt: ctx.clock.now(),
      createdBy: ctx.viewer?.accountId ?? null,
    });
    await recordAudit(tx, ctx, {
      subgraph: 'cases',
      action: 'updateNoticeTemplate',
      entityType: 'NoticeTemplate',
      entityId: template.id,
      data: { kind: template.kind, version: template.version },
    });
    return template;
  });
}

/** Sets the centre's name and number prefix for the notices issued from now on. */
export async function updateNoticeSettings({
  ctx,
  input,
}: ServiceCall<BaseContext, { centreName: string; numberPrefix: string }>) {
  return ctx.db.transaction(async (tx) => {
    const saved = await createNoticesRepository(tx).saveSettings({ ...input, updatedAt: ctx.clock.now() });
    await recordAudit(tx, ctx, {
      subgraph: 'cases',
      action: 'updateNoticeSettings',
      entityType: 'NoticeSettings',
      entityId: null,
      data: input,
    });
    return saved;
  });
}

/**
 * A notice rendered as `issueNotice` would render it, without numbering, storing or writing anything: from a
 * case's data (refused as issuing would be) or from sample data, with the template in force or a draft.
 */
export async function previewNotice({
  ctx,
  input,
}: ServiceCall<CasesContext, NoticeRequest & { caseId?: string | null; title?: string | null; body?: string | null }>) {
  checkPlaceholders(input);
  const notices = createNoticesRepository(ctx.db);
  const [template, settings] = await Promise.all([notices.templateInForce(input.kind), noticeSettingsIn(notices)]);
  const now = ctx.clock.now();
  const values = {
    ...(await previewValues({ ctx, input, centre: settings.centreName, now })),
    number: `${settings.numberPrefix}${NOTICE_CODES[input.kind]}〔${beijingYear(now)}〕（预览）`,
  };
  const title = fillTemplate(input.title ?? template?.title ?? '', values);
  const text = fillTemplate(input.body ?? template?.body ?? '', values);
  const pdf = await renderNoticePdf({
    centre: settings.centreName,
    title,
    number: null,
    body: text,
    date: values.date,
    issuedAt: now,
  });
  return { title, text, pdfBase64: Buffer.from(pdf).toString('base64') };
}

async function previewValues({
  ctx,
  input,
  centre,
  now,
}: {
  ctx: CasesContext;
  input: NoticeRequest & { caseId?: string | null };
  centre: string;
  now: Date;
}): Promise<NoticeValues> {
  if (!input.caseId) return sampleNoticeValues(centre, now, input);
  const row = await visibleCase({ ctx, id: input.caseId });
  if (!row) throw notFound('Case', input.caseId, 'input.caseId');
  const [names, facts] = await Promise.all([noticeNamesFor({ ctx, caseId: row.id }), noticeCaseFacts(ctx.db, row)]);
  return noticeValues({ request: input, facts, names, centre, now });
}
