import type { IncomingMessage, ServerResponse } from 'node:http';
import { downloadClaims, FILES_PATH, type FileStore, verifyFileToken } from '@onedoor/subgraph-kit';

/**
 * The gateway's file door: `GET /files/<sha256>?token=…` serves stored bytes to the holder of a download
 * link a subgraph signed after its own read rules (the link names the checksum, so it opens nothing else).
 * Answers are never cached by shared caches and never sniffed into another type by the browser.
 */
export function serveFiles(files: FileStore, secret: string) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(FILES_PATH)) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      refuse(res, 405, 'METHOD_NOT_ALLOWED', 'Files are read with GET.', { allow: 'GET, HEAD' });
      return true;
    }
    const sha256 = url.pathname.slice(FILES_PATH.length);
    const claims = await verifyFileToken('download', url.searchParams.get('token') ?? '', secret, downloadClaims);
    if (!claims || claims.sha256 !== sha256) {
      refuse(
        res,
        403,
        'FORBIDDEN',
        'The download link is invalid or has expired: open the record again for a new one.',
      );
      return true;
    }
    const bytes = await files.get(sha256);
    if (!bytes) {
      refuse(res, 404, 'NOT_FOUND', 'The file is not in the store.');
      return true;
    }
    res.writeHead(200, {
      'content-type': claims.contentType,
      'content-length': String(bytes.byteLength),
      'content-disposition': `inline; filename*=UTF-8''${encodeURIComponent(claims.fileName)}`,
      'cache-control': 'private, max-age=600',
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
    });
    res.end(req.method === 'HEAD' ? undefined : bytes);
    return true;
  };
}

function refuse(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
) {
  res
    .writeHead(status, { 'content-type': 'application/json', ...headers })
    .end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}
