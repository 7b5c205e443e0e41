import { timingSafeEqual } from 'node:crypto';
import type { Role } from '@onedoor/db';
import { jwtVerify, SignJWT } from 'jose';
import { forbidden, unauthenticated } from './errors';

/** Who is asking: the signed-in account, from the verified token. */
export interface Viewer {
  accountId: string;
  personId: string;
  username: string;
  roles: Role[];
  organisationId: string | null;
}

const ISSUER = 'onedoor';
const AUDIENCE = 'onedoor';
/** The header that proves a request came through the gateway. */
export const GATEWAY_SECRET_HEADER = 'x-onedoor-gateway-secret';
export const REQUEST_ID_HEADER = 'x-request-id';

const key = (secret: string) => new TextEncoder().encode(secret);

export async function signToken(viewer: Viewer, secret: string, ttl: string): Promise<string> {
  return new SignJWT({ roles: viewer.roles, org: viewer.organisationId, pid: viewer.personId, usr: viewer.username })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(viewer.accountId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(ttl)
    .sign(key(secret));
}

/** Verifies a bearer token; a missing header is `null`, a bad or expired token is `UNAUTHENTICATED`. */
export async function viewerFromAuthorization(
  header: string | undefined | null,
  secret: string,
): Promise<Viewer | null> {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>".', true);
  try {
    const { payload } = await jwtVerify(match[1]!, key(secret), {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: ['HS256'],
    });
    return {
      accountId: String(payload.sub),
      personId: String(payload.pid),
      username: String(payload.usr),
      roles: (payload.roles as Role[]) ?? [],
      organisationId: (payload.org as string | null) ?? null,
    };
  } catch {
    throw unauthenticated('The token is invalid or has expired: sign in again.', true);
  }
}

export function secretMatches(given: string | undefined | null, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw unauthenticated();
  return viewer;
}

/** Refuses unless the viewer holds one of `roles`. */
export function requireRole(viewer: Viewer | null, roles: readonly Role[], what = 'this operation'): Viewer {
  const v = requireViewer(viewer);
  if (!v.roles.some((r) => roles.includes(r))) {
    throw forbidden(
      `Your roles (${v.roles.join(', ') || 'none'}) may not use ${what}; it needs one of ${roles.join(', ')}.`,
    );
  }
  return v;
}

export const hasRole = (viewer: Viewer | null, roles: readonly Role[]) =>
  !!viewer && viewer.roles.some((r) => roles.includes(r));
