import { defineMutation, receiptToken, uploadFileName, uploadSize, uuid } from '@onedoor/subgraph-kit';
import { z } from 'zod';
import type { Resolvers } from '../generated/resolvers';
import { ATTACHERS } from '../roles';
import { attachCaseFile, caseAttachmentUrl, requestCaseUpload } from '../services/attachments';
import { optionalRef } from '../services/entity-refs';

const requestCaseUploadInput = z.object({ caseId: uuid(), fileName: uploadFileName(), size: uploadSize() });
const attachCaseFileInput = z.object({ caseId: uuid(), receipt: receiptToken(), handlingStepId: uuid().nullish() });

/** Files of a case: uploading and attaching them, and reading them back through the gateway. */
export const attachmentResolvers: Resolvers = {
  Mutation: {
    requestCaseUpload: defineMutation({
      roles: ATTACHERS,
      input: requestCaseUploadInput,
      run: requestCaseUpload,
    }),
    attachCaseFile: defineMutation({
      roles: ATTACHERS,
      input: attachCaseFileInput,
      run: attachCaseFile,
    }),
  },
  Attachment: {
    uploadedAt: (row) => row.createdAt,
    uploadedBy: (row) => optionalRef('Account', row.uploadedBy),
    downloadUrl: (row, _, ctx) => caseAttachmentUrl({ ctx, row }),
  },
  CaseEvent: {
    async attachments(e, _, ctx) {
      if (e.kind === 'HANDLING_STEP') return ctx.loaders.attachmentsByStep.load(e.id);
      const id = e.kind === 'FILE_ATTACHED' ? e.data.attachmentId : null;
      const row = typeof id === 'string' ? await ctx.loaders.attachmentById.load(id) : null;
      return row ? [row] : [];
    },
  },
};
