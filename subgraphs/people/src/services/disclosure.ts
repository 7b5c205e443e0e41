import { mask, type PersonRow, type Role } from '@onedoor/db';
import { hasRole } from '@onedoor/subgraph-kit';
import type { PeopleContext } from '../context';

/** Roles that see personal identifiers in full; everyone else sees them masked. */
export const UNMASKING_ROLES: readonly Role[] = ['ADMIN', 'CENTRE_STAFF'];

const STORED = { nationalId: 'nationalIdEnc', phone: 'phoneEnc' } as const;

/**
 * A person's national id or phone as this viewer may see it. Unmasked values are shown only after
 * the access-log row is written (batched per request), so a failed log never leaks an identifier.
 */
export async function showIdentifier(
  ctx: PeopleContext,
  person: PersonRow,
  field: keyof typeof STORED,
): Promise<string | null> {
  const stored = person[STORED[field]];
  if (!stored) return null;
  const plain = ctx.cipher.decrypt(stored);
  if (!hasRole(ctx.viewer, UNMASKING_ROLES)) return mask(plain, 3, 4);
  await ctx.loaders.accessLog.load({ entityType: 'Person', entityId: person.id, field });
  return plain;
}
