import { createNoticesRepository, NOTICE_KINDS } from '@onedoor/db/cases';
import {
  defineMutation,
  downloadLink,
  isUuid,
  optionalText,
  parseInput,
  requireRole,
  text,
  underRoot,
  uuid,
} from '@onedoor/subgraph-kit';
import { z } from 'zod';
import type { Resolvers } from '../generated/resolvers';
import { ADMINS, ANY_STAFF, WORKERS } from '../roles';
import { optionalRef } from '../services/entity-refs';
import { issueNotice, noticeDate, noticeSettingsIn } from '../services/issue-notice';
import { previewNotice, updateNoticeSettings, updateNoticeTemplate } from '../services/notice-admin';
import { writtenNoticeClock } from '../services/notice-clock';
import { NOTICE_PLACEHOLDERS } from '../services/notice-templates';
import { visibleCase } from '../services/visibility';

const PDF = 'application/pdf';

/** Optional text where a blank is no text: the notice then takes its default (the timeline's, the template's). */
const givenText = (max: number) => optionalText(max).transform((v) => v || null);

/** What a notice says beyond the case's data; shared by issuing and previewing. */
const noticeRequest = {
  kind: z.enum(NOTICE_KINDS),
  text: givenText(20_000),
  reason: givenText(2000),
  properChannel: givenText(200),
  answerDueOn: z.string().nullish(),
};
const issueNoticeInput = z.object({ caseId: uuid(), ...noticeRequest });
const noticePreviewInput = z.object({
  ...noticeRequest,
  caseId: uuid().nullish(),
  title: givenText(100),
  body: givenText(20_000),
});
const updateNoticeTemplateInput = z.object({ kind: z.enum(NOTICE_KINDS), title: text(100), body: text(20_000) });
const updateNoticeSettingsInput = z.object({
  centreName: text(100),
  numberPrefix: z.string().trim().max(20, 'must be at most 20 characters'),
});

/**
 * Written notices (书面告知): issuing them on a case, their templates (versioned) and settings, previews, and the
 * written-decision clock. These operations take their input as `request` (`renamedInput` names refusals so).
 */
export const noticeResolvers: Resolvers = {
  Query: {
    async notice(_, { id }, ctx) {
      requireRole(ctx.viewer, ANY_STAFF, 'notice');
      const notice = isUuid(id) ? await createNoticesRepository(ctx.db).noticeById(id) : undefined;
      return notice && (await visibleCase({ ctx, id: notice.caseId })) ? notice : null;
    },
    async noticeTemplates(_, { kind }, ctx) {
      requireRole(ctx.viewer, ANY_STAFF, 'noticeTemplates');
      return kind ? createNoticesRepository(ctx.db).templateVersions(kind) : ctx.loaders.noticeTemplatesInForce();
    },
    noticePlaceholders(_, __, ctx) {
      requireRole(ctx.viewer, ANY_STAFF, 'noticePlaceholders');
      return NOTICE_PLACEHOLDERS.map((p) => ({ ...p }));
    },
    noticeSettings(_, __, ctx) {
      requireRole(ctx.viewer, ANY_STAFF, 'noticeSettings');
      return noticeSettingsIn(createNoticesRepository(ctx.db));
    },
    async noticePreview(_, { request }, ctx) {
      requireRole(ctx.viewer, WORKERS, 'noticePreview');
      try {
        return await previewNotice({ ctx, input: parseInput(noticePreviewInput, request, 'request') });
      } catch (error) {
        throw underRoot(error, 'request');
      }
    },
  },
  Mutation: {
    issueNotice: defineMutation({
      roles: WORKERS,
      input: issueNoticeInput,
      renamedInput: true,
      run: issueNotice,
    }),
    updateNoticeTemplate: defineMutation({
      roles: ADMINS,
      input: updateNoticeTemplateInput,
      renamedInput: true,
      run: updateNoticeTemplate,
    }),
    updateNoticeSettings: defineMutation({
      roles: ADMINS,
      input: updateNoticeSettingsInput,
      renamedInput: true,
      run: updateNoticeSettings,
    }),
  },
  Case: {
    notices: (row, _, ctx) => ctx.loaders.noticesByCase.load(row.id),
    writtenNotice: (row, _, ctx) => writtenNoticeClock({ ctx, row }),
  },
  CaseEvent: {
    async notice(e, _, ctx) {
      const id = e.data.noticeId;
      if (typeof id !== 'string') return null;
      return (await ctx.loaders.noticesByCase.load(e.caseId)).find((n) => n.id === id) ?? null;
    },
  },
  Notice: {
    date: noticeDate,
    issuedBy: (n) => optionalRef('Account', n.issuedBy),
    contentType: () => PDF,
    // Reached only through a case the caller may see (Case.notices, the timeline, notice); each link given is logged.
    async downloadUrl(n, _, ctx) {
      await createNoticesRepository(ctx.db).logDownloadLink({
        noticeId: n.id,
        actorAccountId: ctx.viewer?.accountId ?? null,
        requestId: ctx.requestId,
        at: ctx.clock.now(),
      });
      return downloadLink({ sha256: n.sha256, fileName: n.fileName, contentType: PDF }, ctx.config.jwtSecret);
    },
  },
  NoticeTemplate: {
    inForce: async (t, _, ctx) => (await ctx.loaders.noticeTemplatesInForce()).some((f) => f.id === t.id),
    createdBy: (t) => optionalRef('Account', t.createdBy),
  },
};
