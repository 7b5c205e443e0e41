import { normaliseNationalId, normalisePhone, phoneLookupKey } from '@onedoor/db';
import {
  createPeopleRepository,
  type MembershipListFilter,
  type PersonListFilter,
  type PersonRow,
  personsTable,
  poolMembershipsTable,
  type PoolMembershipRow,
} from '@onedoor/db/people';
import { type Connection, type PageArgs, paginate, type SortKey } from '@onedoor/subgraph-kit';
import type { PeopleContext } from '../context';

/** A page of persons, as `PersonConnection` resolves. */
export type PersonPage = Connection<PersonRow>;
/** A page of pool members, as `MediatorConnection` resolves. */
export type MediatorPage = Connection<PoolMembershipRow>;

export type PersonOrderField = 'NAME' | 'CREATED_AT';
export interface PersonOrder {
  field: PersonOrderField;
  direction?: 'ASC' | 'DESC' | null;
}

export interface PersonFilterInput {
  search?: string | null;
  vulnerability?: PersonListFilter['vulnerability'];
  nationalId?: string | null;
  phone?: string | null;
}

const PERSON_SORTS: Record<
  PersonOrderField,
  { key: Omit<SortKey<PersonRow>, 'direction'>; direction: 'ASC' | 'DESC' }
> = {
  NAME: { key: { column: personsTable.name, value: (r) => r.name }, direction: 'ASC' },
  CREATED_AT: { key: { column: personsTable.createdAt, value: (r) => r.createdAt }, direction: 'DESC' },
};

/** Persons matching the filter; identifiers are matched through their keyed hash, never decrypted. */
export function listPersons({
  ctx,
  args,
}: {
  ctx: PeopleContext;
  args: PageArgs & { filter?: PersonFilterInput | null; orderBy?: PersonOrder | null };
}): Promise<PersonPage> {
  const repo = createPeopleRepository(ctx.db);
  const f = args.filter ?? {};
  const filter: PersonListFilter = {
    search: f.search,
    vulnerability: f.vulnerability,
    nationalIdHashes: f.nationalId?.trim() ? ctx.cipher.hashes(normaliseNationalId(f.nationalId)) : null,
    // A phone that cannot be valid matches nobody, rather than being ignored and matching everybody.
    phoneHashes: f.phone?.trim() ? ctx.cipher.hashes(phoneLookupKey(normalisePhone(f.phone) ?? f.phone)) : null,
  };
  const sort = PERSON_SORTS[args.orderBy?.field ?? 'NAME'];
  return paginate({
    args,
    sort: { ...sort.key, direction: args.orderBy?.direction ?? sort.direction },
    idColumn: personsTable.id,
    fetch: (page) => repo.listPersons(filter, page),
    count: () => repo.countPersons(filter),
  });
}

/** Pool members matching the filter, in the order they were registered. */
export function listMediators({
  ctx,
  args,
}: {
  ctx: PeopleContext;
  args: PageArgs & { filter?: MembershipListFilter | null };
}): Promise<MediatorPage> {
  const repo = createPeopleRepository(ctx.db);
  const filter = args.filter ?? {};
  return paginate({
    args,
    sort: { column: poolMembershipsTable.createdAt, direction: 'ASC', value: (r) => r.createdAt },
    idColumn: poolMembershipsTable.id,
    fetch: (page) => repo.listMemberships(filter, page),
    count: () => repo.countMemberships(filter),
  });
}
