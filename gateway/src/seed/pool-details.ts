import {
  certificationsTable,
  type MembershipStatus,
  membershipStatusHistoryTable,
  poolMembershipsTable,
} from '@onedoor/db/people';
import { beijingDate, DAY_MS } from '@onedoor/db';
import { insertAll, type SeedContext } from './context';
import { createRandom } from './random';

type MembershipInsert = typeof poolMembershipsTable.$inferInsert;

const LEFT_BECAUSE: Record<MembershipStatus, string> = {
  ACTIVE: '恢复',
  SUSPENDED: '暂停: 身体原因',
  RETIRED: '退出: 年龄原因',
};

/**
 * Languages, mediator certificates (about one in ten expired, so matching has some to leave out) and
 * status history for the seeded pools. A random stream of its own keeps the rest of the demo county
 * unchanged.
 */
export async function insertPoolDetails(
  ctx: SeedContext,
  rows: MembershipInsert[],
): Promise<{ certifications: number }> {
  const random = createRandom('pool-details');
  const certs: (typeof certificationsTable.$inferInsert)[] = [];
  const history: (typeof membershipStatusHistoryTable.$inferInsert)[] = [];
  for (const row of rows) {
    row.languages = random.chance(0.6) ? ['普通话', '临沭话'] : ['普通话'];
    const id = row.id as string;
    if (row.pool === 'PEOPLES_MEDIATOR') {
      const expiresOn = beijingDate(new Date(ctx.now.getTime() + random.int(-120, 1100) * DAY_MS));
      certs.push({ membershipId: id, name: '人民调解员证', expiresOn, createdAt: ctx.now, updatedAt: ctx.now });
    }
    const joined = row.joinedOn ? new Date(`${row.joinedOn}T01:00:00Z`) : ctx.now;
    history.push({ membershipId: id, fromStatus: null, toStatus: 'ACTIVE', reason: '入库', at: joined });
    if (row.status && row.status !== 'ACTIVE') {
      const at = new Date(Math.max(joined.getTime() + DAY_MS, ctx.now.getTime() - random.int(5, 100) * DAY_MS));
      history.push({
        membershipId: id,
        fromStatus: 'ACTIVE',
        toStatus: row.status,
        reason: LEFT_BECAUSE[row.status],
        at,
      });
    }
  }
  await insertAll(ctx.tx, poolMembershipsTable, rows);
  await insertAll(ctx.tx, certificationsTable, certs);
  await insertAll(ctx.tx, membershipStatusHistoryTable, history);
  return { certifications: certs.length };
}
