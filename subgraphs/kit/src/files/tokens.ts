import { jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';

/**
 * Short-lived signed links for file bytes. A subgraph that has checked the caller may see a record signs a
 * link to one of its files; the gateway serves the bytes to whoever holds a valid link, until it expires.
 * Each purpose signs with its own audience, so a link of one kind is never accepted as another.
 */
export type FileTokenPurpose = 'download' | 'upload' | 'receipt';

const ISSUER = 'onedoor-files';
const key = (secret: string) => new TextEncoder().encode(`${secret}:files`);

/** How long a download link stays valid. */
export const DOWNLOAD_LINK_TTL = '10m';

/** What a download link carries: which bytes, under which name and type they are served. */
export const downloadClaims = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  fileName: z.string().min(1).max(255),
  contentType: z.string().min(1).max(100),
});
export type DownloadClaims = z.infer<typeof downloadClaims>;

export async function signFileToken(
  purpose: FileTokenPurpose,
  claims: Record<string, unknown>,
  secret: string,
  /** A span such as `10m`, or the expiry as seconds since the epoch. */
  ttl: string | number,
): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setAudience(purpose)
    .setIssuedAt()
    .setExpirationTime(ttl)
    .sign(key(secret));
}

/** The claims of a valid, unexpired token of this purpose, or null. */
export async function verifyFileToken<T>(
  purpose: FileTokenPurpose,
  token: string,
  secret: string,
  shape: z.ZodType<T>,
): Promise<T | null> {
  try {
    const { payload } = await jwtVerify(token, key(secret), {
      issuer: ISSUER,
      audience: purpose,
      algorithms: ['HS256'],
    });
    const parsed = shape.safeParse(payload);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The gateway path that serves file bytes to the holder of a download link. */
export const FILES_PATH = '/files/';

/**
 * A download link (relative to the gateway) for bytes the caller may see. Resolve it only after the
 * record's own read rules have passed, and log the access of a personal document where it is issued.
 */
export async function downloadLink(claims: DownloadClaims, secret: string): Promise<string> {
  const token = await signFileToken('download', claims, secret, DOWNLOAD_LINK_TTL);
  return `${FILES_PATH}${claims.sha256}?token=${encodeURIComponent(token)}`;
}
