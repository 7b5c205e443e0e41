import { defineMutation, receiptToken, uploadFileName, uploadSize, uuid } from '@onedoor/subgraph-kit';
import { z } from 'zod';
import type { Resolvers } from '../generated/resolvers';
import { FUND_PROPOSERS, LEGAL_AID_WRITERS } from '../roles';
import {
  attachLegalAidMatterFile,
  attachReliefApplicationFile,
  fundAttachmentUrl,
  requestLegalAidMatterUpload,
  requestReliefApplicationUpload,
} from '../services/attachments';
import { forReaders } from './readers';
import { stub } from './stub';

const upload = { fileName: uploadFileName(), size: uploadSize() };
const only = <T extends { id: string }>(rows: T[], id: string | null | undefined) =>
  id ? rows.filter((r) => r.id === id) : rows;

/** Files of relief applications and legal-aid matters: uploading and attaching them, reading them back. */
export const attachmentsResolvers: Resolvers = {
  Query: {
    // The matter's own page (its files): the list gave no way to open one matter.
    legalAidMatter: forReaders((_, { id }: { id: string }, ctx) => ctx.loaders.legalAidById.load(id)),
  },
  Mutation: {
    requestReliefApplicationUpload: defineMutation({
      roles: FUND_PROPOSERS,
      input: z.object({ applicationId: uuid(), ...upload }),
      run: requestReliefApplicationUpload,
    }),
    attachReliefApplicationFile: defineMutation({
      roles: FUND_PROPOSERS,
      input: z.object({ applicationId: uuid(), receipt: receiptToken() }),
      run: attachReliefApplicationFile,
    }),
    requestLegalAidMatterUpload: defineMutation({
      roles: LEGAL_AID_WRITERS,
      input: z.object({ matterId: uuid(), ...upload }),
      run: requestLegalAidMatterUpload,
    }),
    attachLegalAidMatterFile: defineMutation({
      roles: LEGAL_AID_WRITERS,
      input: z.object({ matterId: uuid(), receipt: receiptToken() }),
      run: attachLegalAidMatterFile,
    }),
  },
  // Both records are read by FUND_READERS only (their queries and references check it).
  ReliefApplication: {
    attachments: async (row, { id }, ctx) => only(await ctx.loaders.attachmentsByApplication.load(row.id), id),
  },
  LegalAidMatter: {
    attachments: async (row, { id }, ctx) => only(await ctx.loaders.attachmentsByMatter.load(row.id), id),
  },
  Attachment: {
    storageKey: (row) => row.checksum,
    uploadedAt: (row) => row.createdAt,
    uploadedBy: (row) => stub('Account', row.uploadedBy),
    downloadUrl: (row, _, ctx) => fundAttachmentUrl({ ctx, row }),
  },
};
