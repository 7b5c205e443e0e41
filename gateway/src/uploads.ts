import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  ACCEPTED_FILE_TYPES,
  type FileStore,
  signReceipt,
  sniffFileType,
  UPLOAD_PATH,
  uploadClaims,
  verifyFileToken,
} from '@onedoor/subgraph-kit';

const ACCEPTED_LABELS = Object.values(ACCEPTED_FILE_TYPES).map((t) => t.label);

/**
 * The gateway's upload door: `PUT` (or `POST`) `/files/upload?token=…` with the file's bytes as the body. The
 * ticket (signed by the subgraph that owns the record, after its write rules) says for which record and how
 * many bytes at most; the body is read up to that many (413 beyond), its type is read from the bytes (415 for
 * anything but the accepted types, whatever the file is called), it is stored under its SHA-256, and the answer
 * is a receipt for the owner's `attach…` mutation. Refusals are JSON with a stable `extensions.code`.
 */
export function serveUploads(files: FileStore, secret: string) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== UPLOAD_PATH) return false;
    if (req.method !== 'PUT' && req.method !== 'POST') {
      refuse(res, 405, 'METHOD_NOT_ALLOWED', 'Upload the bytes with PUT (or POST) as the request body.', null, {
        allow: 'PUT, POST',
      });
      return true;
    }
    const ticket = await verifyFileToken('upload', url.searchParams.get('token') ?? '', secret, uploadClaims);
    if (!ticket) {
      refuse(res, 403, 'FORBIDDEN', 'The upload link is invalid or has expired: ask for a new one.');
      return true;
    }
    const declared = Number(req.headers['content-length'] ?? NaN);
    const body = declared > ticket.maxBytes ? null : await readAtMost(req, ticket.maxBytes);
    if (!body) {
      refuse(
        res,
        413,
        'BAD_USER_INPUT',
        `The file is larger than the ${ticket.maxBytes} bytes announced for this upload.`,
        { reason: 'TOO_LARGE', params: { max: ticket.maxBytes } },
        { connection: 'close' },
      );
      return true;
    }
    if (body.byteLength === 0) {
      refuse(res, 400, 'BAD_USER_INPUT', 'The request body is empty: send the file as the body.', {
        reason: 'REQUIRED',
        params: {},
      });
      return true;
    }
    const sniffed = sniffFileType(body);
    if (!sniffed.accepted) {
      refuse(
        res,
        415,
        'BAD_USER_INPUT',
        `'${ticket.fileName}' is ${sniffed.description}, not one of the accepted types (${ACCEPTED_LABELS.join(', ')}). ` +
          'The type is read from the bytes, not from the name.',
        { reason: 'FILE_TYPE', params: { detected: sniffed.kind, accepted: ACCEPTED_LABELS } },
      );
      return true;
    }
    const stored = await files.put(body);
    const { maxBytes: _max, ...record } = ticket;
    const receipt = await signReceipt({ ...record, ...stored, contentType: sniffed.type.contentType }, secret);
    res.writeHead(201, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(
      JSON.stringify({
        receipt,
        sha256: stored.sha256,
        size: stored.size,
        contentType: sniffed.type.contentType,
        fileName: ticket.fileName,
      }),
    );
    return true;
  };
}

/** The body, or null as soon as it passes `max` bytes (the rest is never buffered). */
function readAtMost(req: IncomingMessage, max: number): Promise<Uint8Array | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= max) {
        chunks.push(chunk);
        return;
      }
      req.off('data', onData);
      // The refusal closes the connection; what else the client sends is discarded unread.
      req.resume();
      resolve(null);
    };
    req.on('data', onData);
    req.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    req.on('error', reject);
  });
}

function refuse(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  problem: { reason: string; params: Record<string, unknown> } | null = null,
  headers: Record<string, string> = {},
) {
  const fields = problem ? { field: 'body', fields: [{ field: 'body', ...problem }] } : {};
  res
    .writeHead(status, { 'content-type': 'application/json', ...headers })
    .end(JSON.stringify({ errors: [{ message, extensions: { code, ...fields } }] }));
}
