import type { MembershipStatus, NewCertification, NewStatusChange } from '@onedoor/db/people';
import { created } from '@onedoor/subgraph-kit';

/** The rows of certifications a member holds (an import's, a new member's or one added later). */
export const certificationRows = (
  membershipId: string,
  certifications: readonly { name: string; expiresOn?: string | null }[],
  now: Date,
): NewCertification[] =>
  certifications.map((c) => ({ membershipId, name: c.name, expiresOn: c.expiresOn ?? null, ...created(now) }));

/** One entry of a membership's status history: from what to what, why, by whom (null: an import or merge) and when. */
export const statusChange = (
  change: { membershipId: string; from: MembershipStatus | null; to: MembershipStatus; reason: string },
  actorAccountId: string | null,
  at: Date,
): NewStatusChange => ({
  membershipId: change.membershipId,
  fromStatus: change.from,
  toStatus: change.to,
  reason: change.reason,
  actorAccountId,
  at,
});
