import type { Executor } from '../database';
import { rowsWhereIn } from '../shared/rows';
import {
  type OrganisationContact,
  type OrganisationProfileRow,
  organisationProfilesTable,
  type RoutingChannel,
} from './tables';

/** What an organisation accepts (its "ten dockings" channels) and who to call there. */
export function createOrganisationProfilesRepository(db: Executor) {
  const p = organisationProfilesTable;
  return {
    findProfiles: (organisationIds: readonly string[]): Promise<OrganisationProfileRow[]> =>
      rowsWhereIn(db, p, p.organisationId, organisationIds),
    setProfile(
      organisationId: string,
      profile: { channels: RoutingChannel[]; contacts: OrganisationContact[] },
      at: Date,
    ): Promise<OrganisationProfileRow> {
      return db
        .insert(p)
        .values({ organisationId, ...profile, createdAt: at, updatedAt: at })
        .onConflictDoUpdate({ target: p.organisationId, set: { ...profile, updatedAt: at } })
        .returning()
        .then((rows) => rows[0]!);
    },
  };
}
