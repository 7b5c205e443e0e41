import type { Role } from '@onedoor/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Scenarios, startCaseScenarios } from './support';

let s: Scenarios;

beforeAll(async () => {
  s = await startCaseScenarios();
});
afterAll(() => s?.stack.stop());

const ID = '00000000-0000-4000-8000-0000000000aa';
const ref = { caseId: ID, expectedVersion: 1 };

type Refusal = [string, Role, string, Record<string, unknown>];

/** A transition of the case `ref` refused to `role`: its mutation, taking `input` (of its input type) and the case. */
const transition = (mutation: string, role: Role, inputType: string, input: Record<string, unknown> = {}): Refusal => [
  mutation,
  role,
  `mutation($i: ${inputType}!) { ${mutation}(input: $i) { id } }`,
  { i: { ...ref, ...input } },
];

/** Every operation with a role it refuses; the allowed roles are exercised by the scenario suites. */
const REFUSED: Refusal[] = [
  transition('routeCase', 'HANDLER', 'RouteCaseInput', { leadUnitId: ID, reason: 'x' }),
  transition('objectToRouting', 'AUDITOR', 'ObjectToRoutingInput', { unitId: ID, reason: 'x' }),
  transition('acceptCase', 'MEDIATOR', 'AcceptCaseInput'),
  transition('declineCase', 'PARTNER', 'DeclineCaseInput', { reason: 'x' }),
  transition('handOverToLegalChannel', 'HANDLER', 'HandOverInput', {
    legalChannel: 'COURT_FILING',
    receivingUnitId: ID,
    reason: 'x',
  }),
  transition('recordHandlingStep', 'AUDITOR', 'HandlingStepInput', { step: 'OTHER', note: 'x' }),
  transition('setHandlingMode', 'CENTRE_STAFF', 'SetHandlingModeInput', { mode: 'TASK_FORCE', reason: 'x' }),
  transition('assignMediator', 'HANDLER', 'AssignMediatorInput', { mediatorId: ID }),
  transition('extendDeadline', 'CENTRE_STAFF', 'ExtendDeadlineInput', { days: 5, reason: 'x' }),
  transition('replyToCase', 'MEDIATOR', 'ReplyToCaseInput', { text: 'x' }),
  transition('urgeCase', 'HANDLER', 'UrgeCaseInput', { note: 'x' }),
  transition('recordFollowUp', 'HANDLER', 'FollowUpInput', { satisfaction: 'SATISFIED' }),
  transition('reviewClosure', 'CENTRE_STAFF', 'ReviewClosureInput', { decision: 'CLOSE', outcome: 'RESOLVED' }),
  transition('requestReexamination', 'HANDLER', 'RequestReopeningInput', { unitId: ID, reason: 'x' }),
  transition('requestReview', 'PARTNER', 'RequestReopeningInput', { unitId: ID, reason: 'x' }),
  transition('giveOpinion', 'CENTRE_STAFF', 'GiveOpinionInput', { text: 'x' }),
  transition('recordHearing', 'HANDLER', 'RecordHearingInput', { days: 2 }),
  [
    'registerCase',
    'AUDITOR',
    'mutation($i: RegisterCaseInput!) { registerCase(input: $i) { id } }',
    {
      i: {
        channel: 'VISIT',
        categoryId: ID,
        title: 'x',
        description: 'x',
        petitionerIds: [ID],
        gridUnitId: ID,
        contactPhone: '13912345678',
      },
    },
  ],
  [
    'setCalendarDay',
    'LEADER',
    'mutation($i: CalendarDayInput!) { setCalendarDay(input: $i) { date } }',
    { i: { date: '2026-10-01', kind: 'HOLIDAY', name: '国庆节' } },
  ],
  ['removeCalendarDay', 'CENTRE_STAFF', 'mutation { removeCalendarDay(date: "2026-10-01") }', {}],
  ['updateCaseRules', 'LEADER', 'mutation { updateCaseRules(input: { blueDays: 6 }) { blueDays } }', {}],
  ['createCategory', 'CENTRE_STAFF', 'mutation { createCategory(input: { code: "C99", name: "测试" }) { id } }', {}],
  ['renameCategory', 'LEADER', `mutation { renameCategory(id: "${ID}", name: "新名") { id } }`, {}],
  ['deactivateCategory', 'HANDLER', `mutation { deactivateCategory(id: "${ID}") { id } }`, {}],
  [
    'setCategoryRoutingUnits',
    'CENTRE_STAFF',
    'mutation($i: SetCategoryRoutingUnitsInput!) { setCategoryRoutingUnits(input: $i) { id } }',
    { i: { categoryId: ID, organisationIds: [] } },
  ],
  ['deadlineBoard', 'MEDIATOR', '{ deadlineBoard { red } }', {}],
  [
    'misroutingObjections',
    'HANDLER',
    '{ misroutingObjections(from: "2026-01-01T00:00:00Z", to: "2026-02-01T00:00:00Z") { count } }',
    {},
  ],
];

describe('every case operation declares its roles', () => {
  it.each(REFUSED)('%s is refused to %s with FORBIDDEN', async (_name, role, query, variables) => {
    const token = await s.stack.tokenFor([role], s.ids.humanResources);
    const res = await s.stack.gql(query, variables, token);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lets the signed-in read cases, categories, calendar and rules, and nobody without a token', async () => {
    const auditor = await s.stack.tokenFor(['AUDITOR']);
    const query =
      '{ categories { id } caseRules { handleDays } calendarDays(from: "2026-01-01", to: "2026-12-31") { date } cases(first: 1) { totalCount } }';
    const ok = await s.stack.gql<{ caseRules: { handleDays: number } }>(query, {}, auditor);
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.caseRules.handleDays).toBe(60);
    const anonymous = await s.stack.gql(query, {});
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('the category taxonomy, maintained by admins', () => {
  it('creates, renames and deactivates a sub-category; a deactivated one takes no new cases', async () => {
    const tops = await s.must<{ categories: { id: string }[] }>('{ categories { id } }', {}, s.staff);
    const created = await s.must<{ createCategory: { id: string; parent: { id: string } } }>(
      'mutation($i: CreateCategoryInput!) { createCategory(input: $i) { id parent { id } } }',
      { i: { code: 'C01-99', name: '新增小类', parentId: tops.categories[0]!.id } },
      s.admin,
    );
    expect(created.createCategory.parent.id).toBe(tops.categories[0]!.id);
    const dup = await s.stack.gql(
      'mutation($i: CreateCategoryInput!) { createCategory(input: $i) { id } }',
      { i: { code: 'C01-99', name: '重复' } },
      s.admin,
    );
    expect(dup.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const renamed = await s.must<{ renameCategory: { name: string } }>(
      'mutation($id: ID!) { renameCategory(id: $id, name: "改名小类") { name } }',
      { id: created.createCategory.id },
      s.admin,
    );
    expect(renamed.renameCategory.name).toBe('改名小类');
    const used = await s.register({ categoryId: created.createCategory.id });
    expect(used.id).toBeTruthy();
    const off = await s.must<{ deactivateCategory: { active: boolean } }>(
      'mutation($id: ID!) { deactivateCategory(id: $id) { active } }',
      { id: created.createCategory.id },
      s.admin,
    );
    expect(off.deactivateCategory.active).toBe(false);
    const refused = await s.stack.gql(
      `mutation($i: RegisterCaseInput!) { registerCase(input: $i) { id } }`,
      {
        i: {
          channel: 'VISIT',
          categoryId: created.createCategory.id,
          title: 'x',
          description: 'x',
          petitionerIds: [s.ids.persons[0]],
          gridUnitId: s.ids.grid,
          contactPhone: '13912345678',
        },
      },
      s.staff,
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.categoryId' });
  });
});
