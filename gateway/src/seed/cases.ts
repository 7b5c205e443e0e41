import { beijingYear, DAY_MS, MINUTE_MS } from '@onedoor/db';
import { DEFAULT_CASE_RULES } from '@onedoor/cases/clock';
import {
  caseEventsTable,
  caseLinksTable,
  caseNumberCountersTable,
  casePetitionersTable,
  casesTable,
  type CaseStatus,
  caseUnitsTable,
  createCaseWorkflowRepository,
  type Channel,
} from '@onedoor/db/cases';
import { seedCaseEvents } from './case-events';
import type { SeededAccounts } from './accounts';
import type { SeededCategories, SeededSubCategory } from './categories';
import { caseText } from './case-texts';
import { insertAll, type SeedContext } from './context';
import type { SeededOrganisations } from './organisations';
import type { SeededMediator, SeededPeople, SeededPetitioner } from './people';
import type { Random } from './random';
import { CHANNEL_WEIGHTS, isSelfService, receivedAt, statusForAge, trackingCode, WORKED } from './timeline';

export const CASE_COUNT = 300;

export interface SeededCase {
  id: string;
  number: string;
  status: CaseStatus;
  receivedAt: Date;
  subCategory: SeededSubCategory;
  petitioners: SeededPetitioner[];
  mediator: SeededMediator | null;
}

interface Input {
  organisations: SeededOrganisations;
  categories: SeededCategories;
  people: SeededPeople;
  accounts: SeededAccounts;
}

interface Draft extends Omit<SeededCase, 'number'> {
  channel: Channel;
  organisationId: string | null;
  headCount: number;
  trackingCode: string;
}

/** ~300 cases over the last 120 days across every channel, category and status; numbered per year of receipt. */
export async function seedCases(ctx: SeedContext, input: Input): Promise<SeededCase[]> {
  const random = ctx.random('cases');
  const calendar = await createCaseWorkflowRepository(ctx.tx).calendar();
  const drafts = Array.from({ length: CASE_COUNT }, () => draftCase(random, ctx.now, input));
  drafts.sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime());
  const codes = new Set<string>();
  for (const draft of drafts) {
    while (codes.has(draft.trackingCode)) draft.trackingCode = trackingCode(random);
    codes.add(draft.trackingCode);
  }

  const lastByYear = new Map<number, number>();
  const cases: SeededCase[] = [];
  const caseRows: (typeof casesTable.$inferInsert)[] = [];
  const petitionerRows: (typeof casePetitionersTable.$inferInsert)[] = [];
  const eventRows: (typeof caseEventsTable.$inferInsert)[] = [];
  const unitRows: (typeof caseUnitsTable.$inferInsert)[] = [];
  const linkRows: (typeof caseLinksTable.$inferInsert)[] = [];
  const history: History = new Map();
  const upperUnitId = input.organisations.get('信访局').id;
  const { staff, leader } = input.accounts;
  for (const draft of drafts) {
    const year = beijingYear(draft.receivedAt);
    const sequence = (lastByYear.get(year) ?? 0) + 1;
    lastByYear.set(year, sequence);
    const number = `${year}-${String(sequence).padStart(6, '0')}`;
    const { channel, organisationId, headCount, ...seeded } = draft;
    cases.push({ ...seeded, number });

    const first = draft.petitioners[0] as SeededPetitioner;
    const place = first.home;
    const text = caseText(
      random,
      draft.subCategory.name,
      {
        township: place.village.township.name,
        village: place.village.name,
      },
      first.name,
      headCount,
    );
    const registeredBy = isSelfService(channel) ? null : staff.id;
    const received = draft.receivedAt.getTime();
    const routedAt = new Date(
      Math.max(received, Math.min(received + random.int(20, 300) * MINUTE_MS, ctx.now.getTime() - MINUTE_MS)),
    );
    const age = ctx.now.getTime() - received;
    const updatedAt =
      draft.status === 'REGISTERED'
        ? draft.receivedAt
        : draft.status === 'ROUTED'
          ? routedAt
          : new Date(Math.max(routedAt.getTime(), received + Math.floor(age * (0.3 + 0.65 * random.next()))));

    const earlier = screenRepeat(history, draft);
    const reopened = draft.status === 'REEXAMINING' || draft.status === 'REVIEWING';
    const { events, projection } = seedCaseEvents(random, {
      calendar,
      status: draft.status,
      receivedAt: draft.receivedAt,
      routedAt,
      updatedAt,
      organisationId,
      upperUnitId,
      legalKey: draft.subCategory.spec.legal ?? null,
      repeat: earlier.length > 0,
    });
    const responsible = reopened ? upperUnitId : organisationId;

    caseRows.push({
      id: draft.id,
      number,
      trackingCode: draft.trackingCode,
      channel,
      categoryId: draft.subCategory.id,
      title: text.title,
      description: text.description,
      gridUnitId: place.id,
      responsibleOrganisationId: responsible,
      mediatorId: draft.mediator?.id ?? null,
      status: draft.status,
      headCount,
      contactPhoneEnc: ctx.cipher.encrypt(first.phone),
      contactPhoneLast4: first.phone.slice(-4),
      receivedAt: draft.receivedAt,
      registeredBy,
      repeat: earlier.length > 0,
      groupPetition: headCount >= DEFAULT_CASE_RULES.groupHeadCount,
      handlingMode: earlier.length > 0 ? 'REPEAT_TEAM' : 'FIRST_TIME',
      lawRelated: draft.status === 'HANDED_OVER',
      legalChannel: draft.status === 'HANDED_OVER' ? (events.at(-1)!.data.legalChannel as 'COURT_FILING') : null,
      ...projection,
      version: 1,
      createdAt: draft.receivedAt,
      updatedAt,
    });
    draft.petitioners.forEach((p, position) => petitionerRows.push({ caseId: draft.id, personId: p.id, position }));
    events.forEach((e) =>
      eventRows.push({
        id: random.uuid(),
        caseId: draft.id,
        kind: e.kind,
        at: e.at,
        actorAccountId: e.kind === 'REGISTERED' ? registeredBy : leader.id,
        data: e.kind === 'REGISTERED' ? { channel } : e.data,
      }),
    );
    if (responsible) unitRows.push({ caseId: draft.id, organisationId: responsible, lead: true });
    if (reopened && organisationId && organisationId !== responsible)
      unitRows.push({ caseId: draft.id, organisationId, lead: false });
    earlier.forEach((earlierCaseId) => linkRows.push({ caseId: draft.id, earlierCaseId, kind: 'REPEAT' }));
  }

  await insertAll(ctx.tx, casesTable, caseRows);
  await insertAll(ctx.tx, casePetitionersTable, petitionerRows);
  await insertAll(ctx.tx, caseEventsTable, eventRows);
  await insertAll(ctx.tx, caseUnitsTable, unitRows);
  await insertAll(ctx.tx, caseLinksTable, linkRows);
  await insertAll(
    ctx.tx,
    caseNumberCountersTable,
    [...lastByYear].map(([year, last]) => ({ year, last })),
  );
  return cases;
}

/** Earlier cases per petitioner, for repeat detection as intake screens it. */
type History = Map<string, { id: string; top: string; receivedAt: Date }[]>;

/** The earlier cases of the same petitioners under the same top-level category inside the look-back; records this one. */
function screenRepeat(history: History, draft: Draft): string[] {
  const top = draft.subCategory.code.slice(0, 3);
  const since = draft.receivedAt.getTime() - DEFAULT_CASE_RULES.repeatLookbackDays * DAY_MS;
  const earlier = [
    ...new Set(
      draft.petitioners.flatMap((p) =>
        (history.get(p.id) ?? []).filter((h) => h.top === top && h.receivedAt.getTime() >= since).map((h) => h.id),
      ),
    ),
  ];
  for (const p of draft.petitioners)
    history.set(p.id, [...(history.get(p.id) ?? []), { id: draft.id, top, receivedAt: draft.receivedAt }]);
  return earlier;
}

function draftCase(random: Random, now: Date, input: Input): Draft {
  const { organisations, categories, people } = input;
  const subCategory = random.weighted(categories.subCategories.map((s) => [s, s.spec.weight] as const));
  const { spec } = subCategory;
  const channel = random.weighted(CHANNEL_WEIGHTS);
  const at = receivedAt(random, now, channel);
  const aged = statusForAge(random, (now.getTime() - at.getTime()) / DAY_MS, Boolean(spec.legal));
  // A few closed cases are reopened one level up by an unsatisfied petitioner (复查 / 复核).
  const status: CaseStatus =
    aged === 'CLOSED'
      ? random.weighted([
          ['CLOSED', 90],
          ['REEXAMINING', 6],
          ['REVIEWING', 4],
        ])
      : aged;

  const group = random.chance(spec.group ?? 0.02);
  const petitioners = choosePetitioners(
    random,
    people.petitioners,
    group
      ? 3
      : random.weighted([
          [1, 80],
          [2, 15],
          [3, 5],
        ]),
  );
  const headCount = group ? random.int(6, 80) : petitioners.length;
  const township = (petitioners[0] as SeededPetitioner).home.village.township;

  let organisationId: string | null = null;
  let toCommittee = false;
  if (status === 'HANDED_OVER') organisationId = organisations.get(spec.legal ?? '法院').id;
  else if (status !== 'REGISTERED') {
    toCommittee = Boolean(spec.committee) && random.chance(0.3);
    const key = toCommittee
      ? (spec.committee as string)
      : random.chance(spec.township ?? 0)
        ? (organisations.townships[township.index]?.key ?? spec.unit)
        : spec.unit;
    organisationId = organisations.get(key).id;
  }

  let mediator: SeededMediator | null = null;
  if (spec.specialty && WORKED.has(status) && (toCommittee || random.chance(0.4))) {
    const { brandMediator } = people;
    const specialty = spec.specialty;
    const able = people.mediators.filter((m) => m.status === 'ACTIVE' && m.specialties.includes(specialty));
    mediator =
      brandMediator.specialties.includes(specialty) && random.chance(0.35)
        ? brandMediator
        : able.length > 0
          ? random.pick(able)
          : null;
  }

  return {
    id: random.uuid(),
    channel,
    subCategory,
    receivedAt: at,
    status,
    petitioners,
    headCount,
    organisationId,
    mediator,
    trackingCode: trackingCode(random),
  };
}

/** The first petitioner is sometimes a regular (a repeat petitioner); companions live in the same township. */
function choosePetitioners(random: Random, all: SeededPetitioner[], count: number): SeededPetitioner[] {
  // The first 25 petitioners come back again and again (重信重访), which the screening demo needs.
  const first = random.chance(0.2) ? random.pick(all.slice(0, 25)) : random.pick(all);
  const neighbours = all.filter((p) => p !== first && p.home.village.township === first.home.village.township);
  return [first, ...random.sample(neighbours.length >= count ? neighbours : all.filter((p) => p !== first), count - 1)];
}
