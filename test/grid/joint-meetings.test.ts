import { auditEventsTable } from '@onedoor/db/audit';
import { gridSubgraph } from '@onedoor/grid';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onlyError } from '../support/client';
import { type SubgraphHarness, startSubgraphHarness } from '../support/subgraph';

let server: SubgraphHarness;
let leader: string;
let orgs: string[];

beforeAll(async () => {
  server = await startSubgraphHarness(gridSubgraph);
  const admin = await server.tokenFor(['ADMIN']);
  leader = await server.tokenFor(['LEADER']);
  orgs = [];
  for (const [code, name] of [
    ['RS', '县人社局'],
    ['ZJ', '县住建局'],
  ]) {
    const res = await server.gql<{ createOrganisation: { id: string } }>(
      'mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id } }',
      { i: { code, name, kind: 'DEPARTMENT' } },
      admin,
    );
    orgs.push(res.data!.createOrganisation.id);
  }
});
afterAll(() => server.stop());

describe('joint meetings (联席会议)', () => {
  it('schedules a meeting, records a decision with owner and due date, and follows it up to done', async () => {
    const meeting = await server.gql<{
      scheduleJointMeeting: { id: string; organisations: { id: string }[]; topics: { kind: string }[] };
    }>(
      `mutation($i: ScheduleJointMeetingInput!) { scheduleJointMeeting(input: $i) { id organisations { id } topics { kind } } }`,
      {
        i: {
          title: '第四季度联席会议',
          scheduledAt: '2026-12-10T09:00:00+08:00',
          organisationIds: orgs,
          topics: [
            { kind: 'HOT_CATEGORY', text: '拖欠农民工工资' },
            { kind: 'OVERDUE_CASES', text: '超期案件 12 件' },
          ],
        },
      },
      leader,
    );
    expect(meeting.errors).toBeUndefined();
    expect(meeting.data!.scheduleJointMeeting.organisations.map((o) => o.id)).toEqual(orgs);
    const meetingId = meeting.data!.scheduleJointMeeting.id;

    const decision = await server.gql<{
      recordMeetingDecision: { id: string; owner: { id: string }; overdue: boolean };
    }>(
      `mutation($i: RecordMeetingDecisionInput!) { recordMeetingDecision(input: $i) { id owner { id } overdue } }`,
      { i: { meetingId, text: '人社局牵头清欠', ownerOrganisationId: orgs[0], dueOn: '2020-01-31' } },
      leader,
    );
    expect(decision.data!.recordMeetingDecision).toMatchObject({ owner: { id: orgs[0] }, overdue: true });
    const id = decision.data!.recordMeetingDecision.id;

    const overdue = await server.gql<{ meetingDecisions: { nodes: { id: string }[] } }>(
      '{ meetingDecisions(filter: { overdue: true }) { nodes { id } } }',
      {},
      leader,
    );
    expect(overdue.data!.meetingDecisions.nodes).toEqual([{ id }]);

    // The owner's own handler reports progress; another organisation's handler may not.
    const own = await server.tokenFor(['HANDLER']);
    const FOLLOW = `mutation($i: RecordDecisionFollowUpInput!) { recordDecisionFollowUp(input: $i) { doneAt overdue followUps { note } } }`;
    expect(onlyError(await server.gql(FOLLOW, { i: { decisionId: id, note: '已清欠', done: true } }, own)).code).toBe(
      'FORBIDDEN',
    );
    const done = await server.gql<{
      recordDecisionFollowUp: { doneAt: string | null; overdue: boolean; followUps: { note: string }[] };
    }>(FOLLOW, { i: { decisionId: id, note: '已清欠 80 万元', done: true } }, leader);
    expect(done.data!.recordDecisionFollowUp).toMatchObject({
      overdue: false,
      followUps: [{ note: '已清欠 80 万元' }],
    });
    expect(done.data!.recordDecisionFollowUp.doneAt).not.toBeNull();

    const audits = await server.db.select().from(auditEventsTable).where(eq(auditEventsTable.entityId, id));
    expect(audits.map((a) => a.action).sort()).toEqual(['recordDecisionFollowUp', 'recordMeetingDecision']);
  });

  it('an unknown organisation is bad input naming its position, and writes nothing', async () => {
    const err = onlyError(
      await server.gql(
        `mutation($i: ScheduleJointMeetingInput!) { scheduleJointMeeting(input: $i) { id } }`,
        {
          i: {
            title: 't',
            scheduledAt: '2026-12-10T09:00:00+08:00',
            organisationIds: [orgs[0], '00000000-0000-4000-8000-000000000009'],
            topics: [],
          },
        },
        leader,
      ),
    );
    expect(err).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.organisationIds.1' });
    const list = await server.gql<{ jointMeetings: { totalCount: number } }>(
      '{ jointMeetings { totalCount } }',
      {},
      leader,
    );
    expect(list.data!.jointMeetings.totalCount).toBe(1);
  });
});
