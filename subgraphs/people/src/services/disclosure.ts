import { mask } from '@onedoor/db';
import type { PersonRow } from '@onedoor/db/people';
import { hasRole } from '@onedoor/subgraph-kit';
import type { PeopleContext } from '../context';
import { UNMASKING } from '../roles';

const STORED = { nationalId: 'nationalIdEnc', phone: 'phoneEnc' } as const;

/**
 * A person's national id or phone as this viewer may see it. Unmasked values are shown only after
 * the access-log row is written (batched per request), so a failed log never leaks an identifier.
 */
export async function showIdentifier({
  ctx,
  person,
  field,
}: {
  ctx: PeopleContext;
  person: PersonRow;
  field: keyof typeof STORED;
}): Promise<string | null> {
  const stored = person[STORED[field]];
  if (!stored) return null;
  const plain = ctx.cipher.decrypt(stored);
  if (!hasRole(ctx.viewer, UNMASKING)) return mask(plain, 3, 4);
  await ctx.loaders.accessLog.load({ entityType: 'Person', entityId: person.id, field });
  return plain;
}
