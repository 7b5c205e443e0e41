import type { MembershipStatus, Pool, poolMembershipsTable } from '@onedoor/db/people';
import type { Specialty } from './categories';
import { beijingDate, DAY_MS } from '@onedoor/db';
import type { SeedContext } from './context';
import type { SeededBaseGrid, SeededGrid } from './grid';
import type { MadePerson, PersonFactory } from './identity';
import { insertPoolDetails } from './pool-details';
import type { SeededOrganisations } from './organisations';
import type { Random } from './random';

export const BRAND_STUDIO = '老王调解工作室';

export interface SeededMediator {
  /** The pool membership's id: the `Mediator` entity that cases point at. */
  id: string;
  personId: string;
  name: string;
  specialties: Specialty[];
  status: MembershipStatus;
}

interface PoolsInput {
  ctx: SeedContext;
  random: Random;
  grid: SeededGrid;
  organisations: SeededOrganisations;
  makePerson: PersonFactory;
  homeAddress(home: SeededBaseGrid): string;
}

type MembershipInsert = typeof poolMembershipsTable.$inferInsert;

/** Where each specialty's mediators sit when they belong to a committee rather than a township. */
const COMMITTEE_OF: Record<Specialty, string> = {
  medical: '医调委',
  traffic: '交调委',
  labor: '劳调委',
  family: '婚调委',
  property: '物调委',
  land: '土调委',
  legal: '人民调解室',
};
const SPECIALTY_WEIGHTS: readonly (readonly [Specialty, number])[] = [
  ['family', 3],
  ['land', 3],
  ['labor', 2],
  ['legal', 2],
  ['property', 2],
  ['medical', 1.5],
  ['traffic', 1.5],
];

/** Smaller pools: how many, and the birth years their members come from. */
const OTHER_POOLS: readonly (readonly [Pool, number, readonly [number, number]])[] = [
  ['OBSERVER', 30, [1955, 1985]],
  ['VOLUNTEER', 40, [1975, 2003]],
  ['LAWYER', 18, [1965, 1995]],
  ['PSYCHOLOGIST', 8, [1970, 1995]],
  ['DEPUTY', 12, [1960, 1985]],
  ['RETIRED_CADRE', 12, [1948, 1962]],
  ['SUPERVISION_COMMISSIONER', 5, [1972, 1988]],
];

/**
 * ~200 people's mediators (人民调解员库) and the other pools: observers, volunteers, lawyers, psychologists,
 * deputies, retired cadres, one legal-understanding person per village (一村一法律明白人), one legal adviser
 * per township (一乡一法律顾问), two proxy agents per township, and an "everyone judges" panel drawn from them.
 */
export function seedPools(input: PoolsInput) {
  const { ctx, random, grid, organisations, makePerson } = input;
  const persons: MadePerson[] = [];
  const rows: MembershipInsert[] = [];
  const mediators: SeededMediator[] = [];
  const joinedOn = () => beijingDate(new Date(ctx.now.getTime() - random.int(120, 4000) * DAY_MS));
  const person = (
    bornBetween: readonly [number, number],
    home: SeededBaseGrid = random.pick(grid.grids),
    name?: string,
  ) => {
    const made = makePerson({
      bornBetween,
      address: input.homeAddress(home),
      ...(name ? { name, gender: 'MALE' } : {}),
    });
    persons.push(made);
    return made;
  };
  const member = (who: MadePerson, pool: Pool, fields: Partial<MembershipInsert> = {}) => {
    const row: MembershipInsert = {
      id: random.uuid(),
      personId: who.id,
      pool,
      fullTime: false,
      specialties: [],
      studio: null,
      organisationId: null,
      gridUnitIds: [],
      status: 'ACTIVE',
      joinedOn: joinedOn(),
      createdAt: ctx.now,
      updatedAt: ctx.now,
      ...fields,
    };
    rows.push(row);
    return row;
  };
  const status = (): MembershipStatus =>
    random.weighted([
      ['ACTIVE', 92],
      ['SUSPENDED', 6],
      ['RETIRED', 2],
    ]);
  const addMediator = (who: MadePerson, fields: Partial<MembershipInsert> & { specialties: Specialty[] }) => {
    const row = member(who, 'PEOPLES_MEDIATOR', fields);
    const mediator = {
      id: row.id as string,
      personId: who.id,
      name: who.name,
      specialties: fields.specialties,
      status: row.status ?? 'ACTIVE',
    };
    mediators.push(mediator);
    return mediator;
  };

  const brandHome = random.pick(grid.grids.filter((g) => g.village.township.street));
  const brandMediator = addMediator(person([1958, 1962], brandHome, '王德福'), {
    fullTime: true,
    specialties: ['family', 'land', 'property'],
    studio: BRAND_STUDIO,
    organisationId: organisations.get(BRAND_STUDIO).id,
    gridUnitIds: [grid.county.id],
  });
  for (let i = 1; i < 200; i += 1) {
    const home = random.pick(grid.grids);
    const first = random.weighted(SPECIALTY_WEIGHTS);
    const second = random.chance(0.35) ? random.weighted(SPECIALTY_WEIGHTS) : first;
    const specialties = [...new Set([first, second])];
    const inCommittee = random.chance(0.4);
    const township = home.village.township;
    addMediator(person([1955, 1992], home), {
      fullTime: random.chance(0.2),
      specialties,
      status: status(),
      studio: i <= 4 ? BRAND_STUDIO : inCommittee && first === 'legal' ? '人民调解室' : null,
      organisationId:
        i <= 4
          ? organisations.get(BRAND_STUDIO).id
          : ((inCommittee ? organisations.get(COMMITTEE_OF[first]) : organisations.townships[township.index])?.id ??
            null),
      gridUnitIds: inCommittee ? [grid.county.id] : random.chance(0.5) ? [township.id] : [home.village.id],
    });
  }

  const panel: MadePerson[] = [];
  for (const [pool, count, bornBetween] of OTHER_POOLS) {
    for (let i = 0; i < count; i += 1) {
      const who = person(bornBetween);
      const specialties =
        pool === 'LAWYER'
          ? ['legal', random.pick(['labor', 'medical', 'traffic', 'property'])]
          : pool === 'PSYCHOLOGIST'
            ? ['psychology']
            : [];
      member(who, pool, { specialties, fullTime: pool === 'SUPERVISION_COMMISSIONER', status: status() });
      if (pool === 'RETIRED_CADRE' && i < 6)
        addMediator(who, { specialties: [random.weighted(SPECIALTY_WEIGHTS)], gridUnitIds: [grid.county.id] });
      if (['LAWYER', 'PSYCHOLOGIST', 'DEPUTY', 'RETIRED_CADRE'].includes(pool) && random.chance(0.3)) panel.push(who);
    }
  }
  for (const who of panel) member(who, 'EVERYONE_JUDGES');
  for (const village of grid.villages) {
    const home = grid.grids.find((g) => g.village === village) ?? random.pick(grid.grids);
    member(person([1960, 1995], home), 'LEGAL_UNDERSTANDING_PERSON', { gridUnitIds: [village.id] });
  }
  for (const township of grid.townships) {
    const org = organisations.townships[township.index];
    member(person([1968, 1992]), 'LEGAL_ADVISER', {
      specialties: ['legal'],
      organisationId: org?.id ?? null,
      gridUnitIds: [township.id],
    });
    for (let i = 0; i < 2; i += 1) {
      member(person([1960, 1990]), 'PROXY_AGENT', {
        organisationId: org?.id ?? null,
        gridUnitIds: [township.id],
        status: status(),
      });
    }
  }

  return {
    persons,
    mediators,
    brandMediator,
    membershipCount: rows.length,
    insert: () => insertPoolDetails(ctx, rows),
  };
}
