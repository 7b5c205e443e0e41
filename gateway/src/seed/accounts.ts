import { accountsTable, personsTable } from '@onedoor/db/people';
import type { Role } from '@onedoor/db';
import { insertAll, type SeedContext } from './context';
import type { SeededGrid } from './grid';
import type { SeededOrganisations } from './organisations';
import type { SeededPeople } from './people';
import { homeAddress } from './people';
import { BRAND_STUDIO } from './pools';

export const DEMO_PASSWORD = 'onedoor-demo';

export type DemoUsername =
  'admin' | 'staff' | 'leader' | 'handler' | 'mediator' | 'partner' | 'fund-officer' | 'fund-approver' | 'auditor';

export interface DemoAccount {
  username: DemoUsername;
  role: Role;
  password: string;
  /** Who logs in, in Chinese, for the start-up banner and the README. */
  label: string;
}

/** One login per role; `organisation` is the short name of the body the account works for. */
const ACCOUNTS: readonly (Omit<DemoAccount, 'password'> & { organisation: string })[] = [
  { username: 'admin', role: 'ADMIN', label: '系统管理员', organisation: '信访局' },
  { username: 'staff', role: 'CENTRE_STAFF', label: '中心接待人员', organisation: '信访局' },
  { username: 'leader', role: 'LEADER', label: '中心领导', organisation: '信访局' },
  { username: 'handler', role: 'HANDLER', label: '承办人员（县人社局）', organisation: '人社局' },
  { username: 'mediator', role: 'MEDIATOR', label: `人民调解员（${BRAND_STUDIO}）`, organisation: BRAND_STUDIO },
  { username: 'partner', role: 'PARTNER', label: '合作单位接口（县人社局）', organisation: '人社局' },
  { username: 'fund-officer', role: 'FUND_OFFICER', label: '救助资金经办人', organisation: '信访局' },
  { username: 'fund-approver', role: 'FUND_APPROVER', label: '救助资金审批人', organisation: '信访局' },
  { username: 'auditor', role: 'AUDITOR', label: '审计人员', organisation: '审计局' },
];

export const DEMO_ACCOUNTS: readonly DemoAccount[] = ACCOUNTS.map(({ username, role, label }) => ({
  username,
  role,
  label,
  password: DEMO_PASSWORD,
}));

export interface SeededAccount {
  id: string;
  personId: string;
  organisationId: string;
}

export type SeededAccounts = Record<DemoUsername, SeededAccount>;

/**
 * The demo logins. All nine share one argon2id hash of the demo password: hashing once keeps the seed fast,
 * and the salt's reuse matters nothing for a password printed on the start-up banner.
 */
export async function seedAccounts(
  ctx: SeedContext,
  input: { grid: SeededGrid; organisations: SeededOrganisations; people: SeededPeople; passwordHash: string },
): Promise<SeededAccounts> {
  const random = ctx.random('accounts');
  const { grid, organisations, people, passwordHash } = input;
  const seat = grid.grids.filter((g) => g.village.township.street);
  const staffRows: (typeof personsTable.$inferInsert)[] = [];
  const accountRows: (typeof accountsTable.$inferInsert)[] = [];
  const accounts: Partial<SeededAccounts> = {};
  for (const spec of ACCOUNTS) {
    let personId = people.brandMediator.personId;
    if (spec.role !== 'MEDIATOR') {
      const staff = people.makePerson({ bornBetween: [1970, 1996], address: homeAddress(random, random.pick(seat)) });
      staffRows.push(staff.row);
      personId = staff.id;
    }
    const account = { id: random.uuid(), personId, organisationId: organisations.get(spec.organisation).id };
    accounts[spec.username] = account;
    accountRows.push({
      ...account,
      username: spec.username,
      passwordHash,
      roles: [spec.role],
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
  }
  await insertAll(ctx.tx, personsTable, staffRows);
  await insertAll(ctx.tx, accountsTable, accountRows);
  return accounts as SeededAccounts;
}
