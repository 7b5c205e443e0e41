import { z } from 'zod';
import { refusal } from '../problems';
import { signFileToken, verifyFileToken } from './tokens';
import { ACCEPTED_CONTENT_TYPES } from './types';

/**
 * Uploads in two steps, each signed: the subgraph that owns a record checks the caller may attach files to it
 * and hands out an upload ticket (a short-lived URL on the gateway); the gateway takes the bytes, checks their
 * size and type on the bytes themselves, stores them and answers a receipt; the owner's `attach…` mutation
 * verifies the receipt and links the file to the record. Bytes never pass through GraphQL, and no subgraph
 * trusts a checksum or a type a client wrote.
 */

/** The gateway path that takes an upload's bytes (PUT or POST) from the holder of a ticket. */
export const UPLOAD_PATH = '/files/upload';

/** The largest file accepted, in bytes (20 MiB: a phone photo or a scanned bundle of pages). */
export const UPLOAD_MAX_BYTES = 20 * 1024 * 1024;

/** How long an upload ticket stays valid, in seconds. */
export const UPLOAD_TICKET_TTL_SECONDS = 15 * 60;

/** How long a receipt may wait for its `attach…` mutation. */
export const RECEIPT_TTL = '1h';

/** The records files are attached to, by the GraphQL type that owns them. */
export const UPLOAD_SUBJECTS = ['Case', 'ReliefApplication', 'LegalAidMatter'] as const;
export type UploadSubject = (typeof UPLOAD_SUBJECTS)[number];

/** A folder separator or a control character (below U+0020, or DEL): a name must hold neither. */
const controlOrPath = (name: string) =>
  [...name].some((c) => c === '/' || c === '\\' || c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);

/** A file name as people give it: at most 255 characters, no folders, no control characters. */
export const uploadFileName = () =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(255, 'must be at most 255 characters')
    .refine((v) => !controlOrPath(v), refusal('FORMAT', 'must be a file name, without folders (/ or \\)'));

/** The size a client announces, which the gateway then holds the bytes to. */
export const uploadSize = () =>
  z
    .number()
    .int()
    .min(1, 'must be at least 1 byte')
    .max(UPLOAD_MAX_BYTES, `must be at most ${UPLOAD_MAX_BYTES} bytes (20 MiB)`);

/** A receipt as the gateway gave it: a signed token, checked by `verifyReceipt`. */
export const receiptToken = () => z.string().trim().min(1, 'must not be empty').max(4000, 'is not a receipt');

/** What an upload ticket allows: these bytes, at most this many, for this record, by this account. */
export const uploadClaims = z.object({
  subject: z.enum(UPLOAD_SUBJECTS),
  subjectId: z.string().uuid(),
  fileName: z.string().min(1).max(255),
  maxBytes: z.number().int().min(1).max(UPLOAD_MAX_BYTES),
  accountId: z.string().min(1),
});
export type UploadClaims = z.infer<typeof uploadClaims>;

/** What the gateway stored, as its receipt says: checksum, size and the type read from the bytes. */
export const receiptClaims = uploadClaims.omit({ maxBytes: true }).extend({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().min(1),
  contentType: z.string().min(1).max(100),
});
export type ReceiptClaims = z.infer<typeof receiptClaims>;

/** What a client needs to upload: where, how, until when, how much and of which types. */
export interface SignedUploadTicket {
  url: string;
  method: 'PUT';
  expiresAt: Date;
  maxBytes: number;
  acceptedTypes: readonly string[];
}

/**
 * Signs an upload ticket; call it only after the owner's write rules for the record have passed. File tokens
 * expire by the wall clock, as the gateway checks them, whatever clock the request's rules run on.
 */
export async function issueUploadTicket(claims: UploadClaims, secret: string): Promise<SignedUploadTicket> {
  const expires = Math.floor(Date.now() / 1000) + UPLOAD_TICKET_TTL_SECONDS;
  const token = await signFileToken('upload', claims, secret, expires);
  return {
    url: `${UPLOAD_PATH}?token=${encodeURIComponent(token)}`,
    method: 'PUT',
    expiresAt: new Date(expires * 1000),
    maxBytes: claims.maxBytes,
    acceptedTypes: ACCEPTED_CONTENT_TYPES,
  };
}

/** The gateway's receipt for stored bytes. */
export const signReceipt = (claims: ReceiptClaims, secret: string) =>
  signFileToken('receipt', claims, secret, RECEIPT_TTL);

/** The claims of a valid receipt, or null (forged, expired, or another kind of token). */
export const readReceipt = (token: string, secret: string) => verifyFileToken('receipt', token, secret, receiptClaims);
