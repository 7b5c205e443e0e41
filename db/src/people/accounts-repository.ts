import { eq } from 'drizzle-orm';
import type { Executor } from '../database';
import { type AccountRow, accountsTable } from './tables';

/** Administration of accounts: passwords, locks, disabling. */
export function createAccountsRepository(db: Executor) {
  return {
    async lockAccount(id: string): Promise<AccountRow | undefined> {
      const [row] = await db.select().from(accountsTable).where(eq(accountsTable.id, id)).for('update');
      return row;
    },

    async updateAccount(id: string, values: Partial<typeof accountsTable.$inferInsert>): Promise<AccountRow> {
      const [row] = await db.update(accountsTable).set(values).where(eq(accountsTable.id, id)).returning();
      return row!;
    },
  };
}
