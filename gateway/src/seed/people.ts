import { personsTable, type Vulnerability } from '@onedoor/db/people';
import type { Specialty } from './categories';
import { insertAll, type SeedContext } from './context';
import type { SeededBaseGrid, SeededGrid } from './grid';
import { createPersonFactory, type MadePerson, type PersonFactory } from './identity';
import { COUNTY, ESTATES, ROADS } from './names';
import type { SeededOrganisations } from './organisations';
import { seedPools, type SeededMediator } from './pools';
import type { Random } from './random';

export const PETITIONER_COUNT = 430;

export interface SeededPetitioner {
  id: string;
  name: string;
  phone: string;
  home: SeededBaseGrid;
  vulnerabilities: Vulnerability[];
}

export interface SeededPeople {
  petitioners: SeededPetitioner[];
  mediators: SeededMediator[];
  /** The 老王调解工作室 mediator whom the demo `mediator` account logs in as. */
  brandMediator: SeededMediator;
  persons: number;
  memberships: number;
  /** Shared with the accounts, so identifiers stay unique across everyone seeded. */
  makePerson: PersonFactory;
}

/** Petitioners living across the county, then the pools (mediators, observers, lawyers …) with their memberships. */
export async function seedPeople(
  ctx: SeedContext,
  grid: SeededGrid,
  organisations: SeededOrganisations,
): Promise<SeededPeople> {
  const random = ctx.random('people');
  const makePerson = createPersonFactory(random, ctx.cipher, ctx.now);
  // A few townships bring far more petitions (demolition in the county seat, land in the growing towns).
  const townshipWeight = grid.townships.map(() => 0.4 + random.next() * 1.6);
  const gridsByWeight = grid.grids.map((g) => [g, townshipWeight[g.village.township.index] ?? 1] as const);

  const made: MadePerson[] = [];
  const petitioners: SeededPetitioner[] = [];
  for (let i = 0; i < PETITIONER_COUNT; i += 1) {
    const home = random.weighted(gridsByWeight);
    const gender = random.chance(0.6) ? 'MALE' : 'FEMALE';
    const bornBetween = [1938, 2003] as const;
    const vulnerabilities: Vulnerability[] = [];
    if (random.chance(0.04)) vulnerabilities.push('DISABLED');
    if (gender === 'FEMALE' && random.chance(0.08)) vulnerabilities.push('WOMAN_IN_HARDSHIP');
    if (random.chance(0.05)) vulnerabilities.push('EXTREME_HARDSHIP');
    const person = makePerson({
      gender,
      bornBetween,
      address: homeAddress(random, home),
      vulnerabilities,
      migrant: random.chance(0.06),
    });
    if (Number(person.row.birthDate?.slice(0, 4)) <= 1955) person.row.vulnerabilities?.push('ELDERLY');
    made.push(person);
    petitioners.push({
      id: person.id,
      name: person.name,
      phone: person.phone,
      home,
      vulnerabilities: person.row.vulnerabilities ?? [],
    });
  }

  const pools = seedPools({
    ctx,
    random,
    grid,
    organisations,
    makePerson,
    homeAddress: (home) => homeAddress(random, home),
  });
  made.push(...pools.persons);
  await insertAll(
    ctx.tx,
    personsTable,
    made.map((p) => p.row),
  );
  await pools.insert();
  return {
    petitioners,
    mediators: pools.mediators,
    brandMediator: pools.brandMediator,
    persons: made.length,
    memberships: pools.membershipCount,
    makePerson,
  };
}

/** A street address for a base grid: a flat in the county seat, a house number in a village. */
export function homeAddress(random: Random, home: SeededBaseGrid): string {
  const { township } = home.village;
  if (township.street) {
    const place = random.chance(0.6) ? random.pick(ESTATES) : `${random.pick(ROADS)}${random.int(1, 300)}号`;
    return `${COUNTY.name}${township.name}${home.village.name}${place}${random.int(1, 30)}号楼${random.int(1, 4)}单元`;
  }
  return `${COUNTY.name}${township.name}${home.village.name}${random.int(1, 320)}号`;
}

export type { SeededMediator, Specialty };
