import { categoriesTable } from '@onedoor/db/cases';
import { isNotNull } from 'drizzle-orm';
import type { CaseClock } from '../../subgraphs/cases/src/generated/resolvers';
import { MONDAY_MORNING, TestClock } from '../support/clock';
import { type GraphQLResponse, startTestStack, type TestStack } from '../support/stack';

/** A schema type as the client reads it from JSON: moments arrive as ISO strings. */
type AsJson<T> = {
  [K in keyof Omit<T, '__typename'>]-?: T[K] extends Date
    ? string
    : T[K] extends Date | null | undefined
      ? string | null
      : T[K];
};

export const CASE_FIELDS = `id number version status deadlineAt warning repeat groupPetition lawRelated legalChannel finalityBarred final level
  handlingMode satisfaction outcome headCount responsibleUnit { id }
  clock { stage startedAt deadlineAt running overdue addedDays objectionWindowEndsAt }
  timeline { kind at reason note days satisfaction outcome legalChannel unit { id } }`;

export interface CaseView {
  id: string;
  number: string;
  version: number;
  status: string;
  deadlineAt: string;
  warning: string;
  repeat: boolean;
  groupPetition: boolean;
  lawRelated: boolean;
  legalChannel: string | null;
  finalityBarred: boolean;
  final: boolean;
  level: number;
  handlingMode: string;
  satisfaction: string | null;
  outcome: string | null;
  headCount: number;
  responsibleUnit: { id: string } | null;
  clock: AsJson<CaseClock>;
  timeline: {
    kind: string;
    at: string;
    reason: string | null;
    note: string | null;
    days: number | null;
    satisfaction: string | null;
    outcome: string | null;
    legalChannel: string | null;
    unit: { id: string } | null;
  }[];
}

/**
 * A seeded county on the test clock, with the ids a scenario needs and small steps that go through the
 * gateway like the back office does: register, then one mutation per transition.
 */
export async function startCaseScenarios(start = MONDAY_MORNING) {
  const clock = new TestClock(start);
  const stack = await startTestStack({ clock, now: start });
  const staff = await stack.login('staff');
  const leader = await stack.login('leader');
  const admin = await stack.login('admin');
  const ids = await lookups(stack, staff);
  const leaderPerson = await stack.gql<{ me: { person: { id: string } } }>('{ me { person { id } } }', {}, leader);

  async function must<T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
    const res = await stack.gql<T>(query, variables, token);
    if (res.errors) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(res.errors)}`);
    return res.data!;
  }

  /** Registers a case of the defaults below with `input` over them; returns the raw response. */
  function tryRegister(
    input: Record<string, unknown> = {},
    token = staff,
  ): Promise<GraphQLResponse<{ registerCase: CaseView }>> {
    return stack.gql<{ registerCase: CaseView }>(
      `mutation($i: RegisterCaseInput!) { registerCase(input: $i) { ${CASE_FIELDS} } }`,
      {
        i: {
          channel: 'VISIT',
          categoryId: ids.subCategories[0]!,
          title: '拖欠工资',
          description: '工地拖欠工资三个月。',
          petitionerIds: [ids.persons[0]!],
          gridUnitId: ids.grid,
          contactPhone: '13912345678',
          ...input,
        },
      },
      token,
    );
  }

  /** Like `tryRegister`, failing the test on any error. */
  async function register(input: Record<string, unknown> = {}, token = staff): Promise<CaseView> {
    const res = await tryRegister(input, token);
    if (res.errors) throw new Error(`registerCase: ${JSON.stringify(res.errors)}`);
    return res.data!.registerCase;
  }

  /** Runs a transition with the case's current version; returns the raw response. */
  async function act(
    mutation: string,
    caseId: string,
    input: Record<string, unknown> = {},
    token = staff,
    version?: number,
  ): Promise<GraphQLResponse<Record<string, CaseView>>> {
    const expectedVersion = version ?? (await read(caseId)).version;
    return stack.gql<Record<string, CaseView>>(
      `mutation($i: ${INPUTS[mutation]}!) { ${mutation}(input: $i) { ${CASE_FIELDS} } }`,
      { i: { caseId, expectedVersion, ...input } },
      token,
    );
  }

  /** Like `act`, failing the test on any error. */
  async function step(
    mutation: string,
    caseId: string,
    input: Record<string, unknown> = {},
    token = staff,
  ): Promise<CaseView> {
    const res = await act(mutation, caseId, input, token);
    if (res.errors) throw new Error(`${mutation}: ${JSON.stringify(res.errors)}`);
    return res.data![mutation]!;
  }

  async function read(caseId: string, token = staff): Promise<CaseView> {
    return (
      await must<{ case: CaseView }>(`query($id: ID!) { case(id: $id) { ${CASE_FIELDS} } }`, { id: caseId }, token)
    ).case;
  }

  let fresh = 10;
  /** A routed and accepted first-time case of a petitioner who has not come before: due 30 days after acceptance. */
  async function accepted(): Promise<CaseView> {
    fresh += 1;
    const c = await register({ petitionerIds: [ids.persons[fresh]!] });
    await step('routeCase', c.id, { leadUnitId: ids.humanResources, reason: '人社局职责' });
    return step('acceptCase', c.id);
  }

  return {
    stack,
    clock,
    staff,
    leader,
    admin,
    ids: { ...ids, leaderPerson: leaderPerson.data!.me.person.id },
    must,
    tryRegister,
    register,
    act,
    step,
    read,
    accepted,
  };
}

export type Scenarios = Awaited<ReturnType<typeof startCaseScenarios>>;

const INPUTS: Record<string, string> = {
  routeCase: 'RouteCaseInput',
  objectToRouting: 'ObjectToRoutingInput',
  acceptCase: 'AcceptCaseInput',
  declineCase: 'DeclineCaseInput',
  handOverToLegalChannel: 'HandOverInput',
  recordHandlingStep: 'HandlingStepInput',
  setHandlingMode: 'SetHandlingModeInput',
  assignMediator: 'AssignMediatorInput',
  extendDeadline: 'ExtendDeadlineInput',
  replyToCase: 'ReplyToCaseInput',
  recordFollowUp: 'FollowUpInput',
  reviewClosure: 'ReviewClosureInput',
  requestReexamination: 'RequestReopeningInput',
  requestReview: 'RequestReopeningInput',
  giveOpinion: 'GiveOpinionInput',
  recordHearing: 'RecordHearingInput',
};

async function lookups(stack: TestStack, token: string) {
  const res = await stack.gql<{
    persons: { nodes: { id: string }[] };
    gridUnits: { nodes: { id: string }[] };
    organisations: { nodes: { id: string; name: string; kind: string }[] };
  }>(
    `{ persons(first: 40) { nodes { id } } gridUnits(first: 1, filter: { level: GRID }) { nodes { id } }
       organisations(first: 200) { nodes { id name kind } } }`,
    {},
    token,
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  const orgs = res.data!.organisations.nodes;
  const org = (pattern: RegExp) => orgs.find((o) => pattern.test(o.name))!.id;
  const subs = await stack.db.select().from(categoriesTable).where(isNotNull(categoriesTable.parentId));
  subs.sort((a, b) => a.code.localeCompare(b.code));
  return {
    persons: res.data!.persons.nodes.map((p) => p.id),
    grid: res.data!.gridUnits.nodes[0]!.id,
    subCategories: subs.map((s) => s.id),
    humanResources: org(/人社局|人力资源/),
    arbitration: org(/仲裁院/),
    petitionOffice: org(/信访局/),
    housing: org(/住房和城乡建设局/),
  };
}
