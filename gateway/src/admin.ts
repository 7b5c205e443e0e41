import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The back office package and its built files. */
export const ADMIN_DIR = fileURLToPath(new URL('../../admin', import.meta.url));
export const ADMIN_DIST = join(ADMIN_DIR, 'dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/**
 * Serves the built back office under `/admin/` (a single-page app: unknown paths get index.html).
 * Hashed assets are cached for a year; index.html never, so a new build is picked up at once.
 */
export function serveAdmin(distDir = ADMIN_DIST) {
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === '/' || path === '/admin') {
      res.writeHead(302, { location: '/admin/' }).end();
      return true;
    }
    // Browsers ask every origin for /favicon.ico (a JSON or image page has no icon link): the back office's.
    if (path === '/favicon.ico') {
      res.writeHead(301, { location: '/admin/favicon.svg' }).end();
      return true;
    }
    if (!path.startsWith('/admin/')) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return true;
    }
    const relative = normalize(decodeURIComponent(path.slice('/admin/'.length)));
    const asset = join(distDir, relative);
    const isFile =
      relative !== '.' &&
      !relative.startsWith('..') &&
      asset.startsWith(distDir + sep) &&
      existsSync(asset) &&
      statSync(asset).isFile();
    const file = isFile ? asset : join(distDir, 'index.html');
    if (!existsSync(file)) {
      res
        .writeHead(503, { 'content-type': 'text/plain; charset=utf-8' })
        .end('The back office is not built: run `pnpm --filter @onedoor/admin build`.');
      return true;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': isFile && relative.startsWith('assets') ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
    });
    res.end(req.method === 'HEAD' ? undefined : readFileSync(file));
    return true;
  };
}

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

/** True when admin/dist is missing or older than the sources it is built from. */
export function adminBuildIsStale(adminDir = ADMIN_DIR): boolean {
  const index = join(adminDir, 'dist', 'index.html');
  if (!existsSync(index)) return true;
  // The lockfile too: a dependency upgrade changes the bundle without touching the sources.
  const sources = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json', '../pnpm-lock.yaml']
    .map((p) => join(adminDir, p))
    .filter(existsSync);
  return Math.max(...sources.map(newestChange)) > statSync(index).mtimeMs;
}

/** Builds the back office with its own Vite when the build is missing or stale; returns whether it built. */
export function buildAdminIfStale(adminDir = ADMIN_DIR): boolean {
  if (!adminBuildIsStale(adminDir)) return false;
  const vite = join(adminDir, 'node_modules', 'vite', 'bin', 'vite.js');
  execFileSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: adminDir, stdio: 'inherit' });
  return true;
}
