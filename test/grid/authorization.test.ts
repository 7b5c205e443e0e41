import type { Role } from '@onedoor/db';
import { gridSubgraph } from '@onedoor/grid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SubgraphHarness, startSubgraphHarness } from '../support/subgraph';

let server: SubgraphHarness;
beforeAll(async () => {
  server = await startSubgraphHarness(gridSubgraph);
});
afterAll(() => server.stop());

const ID = '00000000-0000-4000-8000-000000000001';
const ID2 = '00000000-0000-4000-8000-000000000002';
const AT = '"2026-12-01T00:00:00Z"';
const TO = '"2026-12-02T00:00:00Z"';

/** Each operation of the grid subgraph with one role it lets in and one it refuses. */
const OPERATIONS: [name: string, operation: string, allowed: Role, refused: Role][] = [
  ['residentsOn', `{ residentsOn(date: "2026-12-01") { id } }`, 'HANDLER', 'PARTNER'],
  ['onDutyNow', `{ onDutyNow { id } }`, 'MEDIATOR', 'PARTNER'],
  ['onDuty', `{ onDuty(at: ${AT}) { id } }`, 'AUDITOR', 'PARTNER'],
  ['dutyRosterCheck', `{ dutyRosterCheck(from: ${AT}, to: ${TO}) { gaps { startsAt } } }`, 'LEADER', 'PARTNER'],
  ['dutyCalendar', `{ dutyCalendar(from: ${AT}, to: ${TO}) }`, 'CENTRE_STAFF', 'PARTNER'],
  ['gridEvent', `{ gridEvent(id: "${ID}") { id } }`, 'AUDITOR', 'MEDIATOR'],
  ['gridEvents', `{ gridEvents { totalCount } }`, 'PARTNER', 'FUND_OFFICER'],
  ['jointMeetings', `{ jointMeetings { totalCount } }`, 'HANDLER', 'PARTNER'],
  ['meetingDecisions', `{ meetingDecisions { totalCount } }`, 'LEADER', 'MEDIATOR'],
  [
    'moveGridUnit',
    `mutation { moveGridUnit(input: { id: "${ID}", parentId: "${ID2}" }) { id } }`,
    'ADMIN',
    'CENTRE_STAFF',
  ],
  ['deleteGridUnit', `mutation { deleteGridUnit(id: "${ID}") { id } }`, 'ADMIN', 'LEADER'],
  [
    'setGridStaff',
    `mutation { setGridStaff(input: { gridUnitId: "${ID}", role: GRID_MEMBER, personIds: [] }) { id } }`,
    'CENTRE_STAFF',
    'HANDLER',
  ],
  [
    'setGridUnitBoundary',
    `mutation { setGridUnitBoundary(input: { gridUnitId: "${ID}", boundary: null }) { id } }`,
    'ADMIN',
    'CENTRE_STAFF',
  ],
  [
    'setGridUnitNames',
    `mutation { setGridUnitNames(input: { gridUnitId: "${ID}", aliases: [] }) { id } }`,
    'ADMIN',
    'LEADER',
  ],
  [
    'setOrganisationProfile',
    `mutation { setOrganisationProfile(input: { organisationId: "${ID}", channels: [], contacts: [] }) { id } }`,
    'ADMIN',
    'CENTRE_STAFF',
  ],
  [
    'addResidency',
    `mutation { addResidency(input: { organisationId: "${ID}", mode: ON_CALL, startsOn: "2026-12-01" }) { id } }`,
    'LEADER',
    'HANDLER',
  ],
  [
    'planMonthlyRotation',
    `mutation { planMonthlyRotation(input: { month: "2026-12" }) { id } }`,
    'CENTRE_STAFF',
    'HANDLER',
  ],
  [
    'generateDutyMonth',
    `mutation { generateDutyMonth(input: { month: "2026-12", workHours: [], noon: [], night: [], weekendDay: [], weekendLeaders: [] }) { id } }`,
    'CENTRE_STAFF',
    'LEADER',
  ],
  [
    'addDutyShift',
    `mutation { addDutyShift(input: { kind: NOON, personId: "${ID}", startsAt: ${AT}, endsAt: ${TO} }) { id } }`,
    'ADMIN',
    'MEDIATOR',
  ],
  [
    'updateDutyShift',
    `mutation { updateDutyShift(input: { id: "${ID}", version: 1 }) { id } }`,
    'CENTRE_STAFF',
    'AUDITOR',
  ],
  [
    'removeDutyShift',
    `mutation { removeDutyShift(input: { id: "${ID}", version: 1 }) { id } }`,
    'CENTRE_STAFF',
    'HANDLER',
  ],
  [
    'swapDutyShifts',
    `mutation { swapDutyShifts(input: { firstShiftId: "${ID}", secondShiftId: "${ID2}" }) { id } }`,
    'LEADER',
    'CENTRE_STAFF',
  ],
  [
    'recordDutyLeave',
    `mutation { recordDutyLeave(input: { personId: "${ID}", startsAt: ${AT}, endsAt: ${TO} }) { id } }`,
    'CENTRE_STAFF',
    'AUDITOR',
  ],
  [
    'reportGridEvent',
    `mutation { reportGridEvent(input: { gridUnitId: "${ID}", categoryId: "${ID2}", title: "t", description: "d" }) { id } }`,
    'HANDLER',
    'AUDITOR',
  ],
  [
    'disposeGridEvent',
    `mutation { disposeGridEvent(input: { id: "${ID}", version: 1, disposal: "d" }) { id } }`,
    'HANDLER',
    'LEADER',
  ],
  [
    'whistleGridEvent',
    `mutation { whistleGridEvent(input: { id: "${ID}", version: 1, organisationId: "${ID2}", respondWithinHours: 24 }) { id } }`,
    'CENTRE_STAFF',
    'PARTNER',
  ],
  [
    'respondToGridEvent',
    `mutation { respondToGridEvent(input: { id: "${ID}", version: 1, response: "r" }) { id } }`,
    'PARTNER',
    'MEDIATOR',
  ],
  [
    'recordGridEventFeedback',
    `mutation { recordGridEventFeedback(input: { id: "${ID}", version: 1, feedback: "f", satisfied: true }) { id } }`,
    'CENTRE_STAFF',
    'AUDITOR',
  ],
  [
    'escalateGridEvent',
    `mutation { escalateGridEvent(input: { id: "${ID}", version: 1, petitionerIds: ["${ID2}"], contactPhone: "13800001234" }) { id } }`,
    'CENTRE_STAFF',
    'HANDLER',
  ],
  [
    'scheduleJointMeeting',
    `mutation { scheduleJointMeeting(input: { title: "t", scheduledAt: ${AT}, organisationIds: ["${ID}"], topics: [] }) { id } }`,
    'LEADER',
    'HANDLER',
  ],
  [
    'recordMeetingDecision',
    `mutation { recordMeetingDecision(input: { meetingId: "${ID}", text: "t", ownerOrganisationId: "${ID2}", dueOn: "2026-12-31" }) { id } }`,
    'CENTRE_STAFF',
    'AUDITOR',
  ],
  [
    'recordDecisionFollowUp',
    `mutation { recordDecisionFollowUp(input: { decisionId: "${ID}", note: "n", done: false }) { id } }`,
    'HANDLER',
    'PARTNER',
  ],
];

describe('every operation declares its roles', () => {
  it.each(OPERATIONS)(
    '%s lets one role in and refuses another with FORBIDDEN',
    async (_name, operation, allowed, refused) => {
      const no = await server.gql(operation, {}, await server.tokenFor([refused]));
      expect(no.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const yes = await server.gql(operation, {}, await server.tokenFor([allowed]));
      // Let in: it may still fail on the made-up ids, but never on the role, and never before reaching the resolver.
      for (const e of yes.errors ?? [])
        expect(e.extensions?.code).not.toMatch(/FORBIDDEN|GRAPHQL_VALIDATION_FAILED|UNAUTHENTICATED/);
    },
  );

  it('without a token every root field is UNAUTHENTICATED', async () => {
    const res = await server.gql('{ onDutyNow { id } }');
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
