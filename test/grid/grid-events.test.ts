import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onlyError } from '../support/client';
import { TestClock } from '../support/clock';
import { startTestStack, type TestStack } from '../support/stack';
import { countRows, ok, readById, refusedUnchanged, somePersons } from './helpers';

let stack: TestStack;
let staff: string;
let handler: string;
let grid: { id: string };
let categoryId: string;
let humanResources: { id: string };
const start = new Date('2026-11-20T02:00:00Z');
const clock = new TestClock(start);

interface Event {
  id: string;
  status: string;
  version: number;
  overdue: boolean;
  responseDueAt: string | null;
  case: { id: string } | null;
}
const EVENT = 'id status version overdue responseDueAt case { id }';
const REPORT = `mutation($i: ReportGridEventInput!) { reportGridEvent(input: $i) { ${EVENT} } }`;
const WHISTLE = `mutation($i: WhistleGridEventInput!) { whistleGridEvent(input: $i) { ${EVENT} } }`;
const LIST = `query($f: GridEventFilter) { gridEvents(filter: $f, first: 50) { totalCount nodes { id } } }`;

async function report(title = '河道垃圾堆积') {
  return ok(
    await stack.gql<{ reportGridEvent: Event }>(
      REPORT,
      {
        i: {
          gridUnitId: grid.id,
          categoryId,
          title,
          description: '巡查发现河道内垃圾堆积，影响周边群众生活。',
          place: '柳河桥下',
          longitude: 118.65,
          latitude: 34.95,
          photos: [{ url: 'docs://patrol/1.jpg', caption: '桥下', takenAt: start.toISOString() }],
        },
      },
      staff,
    ),
  ).reportGridEvent;
}

beforeAll(async () => {
  stack = await startTestStack({ clock, now: start });
  staff = await stack.login('staff');
  handler = await stack.login('handler');
  grid = ok(
    await stack.gql<{ gridUnits: { nodes: { id: string }[] } }>(
      '{ gridUnits(filter: { level: GRID }, first: 1) { nodes { id } } }',
      {},
      staff,
    ),
  ).gridUnits.nodes[0]!;
  const categories = ok(
    await stack.gql<{ categories: { children: { id: string }[] }[] }>('{ categories { children { id } } }', {}, staff),
  ).categories;
  categoryId = categories[0]!.children[0]!.id;
  humanResources = ok(
    await stack.gql<{ organisations: { nodes: { id: string }[] } }>(
      '{ organisations(filter: { search: "人力资源" }, first: 1) { nodes { id } } }',
      {},
      staff,
    ),
  ).organisations.nodes[0]!;
});
afterAll(() => stack?.stop());

describe('the whistle: "the grid blows the whistle, departments report"', () => {
  it('an event whistled to a department that misses its deadline shows as overdue, until the department responds', async () => {
    const event = await report();
    expect(event).toMatchObject({ status: 'REPORTED', overdue: false });
    const whistled = ok(
      await stack.gql<{ whistleGridEvent: Event }>(
        WHISTLE,
        {
          i: { id: event.id, version: event.version, organisationId: humanResources.id, respondWithinHours: 48 },
        },
        staff,
      ),
    ).whistleGridEvent;
    expect(whistled).toMatchObject({
      status: 'WHISTLED',
      overdue: false,
      responseDueAt: new Date(start.getTime() + 48 * 3_600_000).toISOString(),
    });
    expect(
      ok(await stack.gql<{ gridEvents: { nodes: { id: string }[] } }>(LIST, { f: { overdue: true } }, staff)).gridEvents
        .nodes,
    ).toEqual([]);

    clock.set(new Date(start.getTime() + 49 * 3_600_000));
    const late = await readById<Event>(stack, { field: 'gridEvent', selection: EVENT, id: event.id }, staff);
    expect(late.overdue).toBe(true);
    expect(
      ok(await stack.gql<{ gridEvents: { nodes: { id: string }[] } }>(LIST, { f: { overdue: true } }, staff)).gridEvents
        .nodes,
    ).toEqual([{ id: event.id }]);

    // The department's own handler sees it among its events, and answers it.
    const own = ok(await stack.gql<{ gridEvents: { nodes: { id: string }[] } }>(LIST, {}, handler)).gridEvents.nodes;
    expect(own.map((e) => e.id)).toContain(event.id);
    const answered = ok(
      await stack.gql<{ respondToGridEvent: Event }>(
        `mutation($i: RespondToGridEventInput!) { respondToGridEvent(input: $i) { ${EVENT} } }`,
        {
          i: { id: event.id, version: whistled.version, response: '已安排环卫人员清理。' },
        },
        handler,
      ),
    ).respondToGridEvent;
    expect(answered).toMatchObject({ status: 'RESPONDED', overdue: false });
    const closed = ok(
      await stack.gql<{ recordGridEventFeedback: Event }>(
        `mutation($i: RecordGridEventFeedbackInput!) { recordGridEventFeedback(input: $i) { ${EVENT} } }`,
        {
          i: { id: event.id, version: answered.version, feedback: '已清理干净', satisfied: true },
        },
        staff,
      ),
    ).recordGridEventFeedback;
    expect(closed.status).toBe('CLOSED');
    clock.set(start);
  });

  it('a handler does not see events of other departments', async () => {
    const event = await report('占道经营');
    const own = ok(await stack.gql<{ gridEvents: { nodes: { id: string }[] } }>(LIST, {}, handler)).gridEvents.nodes;
    expect(own.map((e) => e.id)).not.toContain(event.id);
    expect(
      ok(
        await stack.gql<{ gridEvent: unknown }>(
          'query($id: ID!) { gridEvent(id: $id) { id } }',
          { id: event.id },
          handler,
        ),
      ).gridEvent,
    ).toBeNull();
  });

  it('whistling to an unknown organisation is bad input on input.organisationId and writes nothing', async () => {
    const event = await report('噪音扰民');
    const err = await refusedUnchanged(
      () => countRows(stack, 'audit.events'),
      () =>
        stack.gql(
          WHISTLE,
          {
            i: {
              id: event.id,
              version: event.version,
              organisationId: '00000000-0000-4000-8000-000000000009',
              respondWithinHours: 24,
            },
          },
          staff,
        ),
    );
    expect(err).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.organisationId' });
    const same = await readById<Event>(stack, { field: 'gridEvent', selection: EVENT, id: event.id }, staff);
    expect(same).toMatchObject({ status: 'REPORTED', version: event.version });
  });

  it('an unknown category is bad input on input.categoryId', async () => {
    const err = onlyError(
      await stack.gql(REPORT, { i: { gridUnitId: grid.id, categoryId: grid.id, title: 't', description: 'd' } }, staff),
    );
    expect(err).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.categoryId' });
  });
});

describe('escalating a grid event into a case', () => {
  const ESCALATE = `mutation($i: EscalateGridEventInput!) { escalateGridEvent(input: $i) { ${EVENT} } }`;

  it('creates a case through the cases subgraph, linked both ways', async () => {
    const event = await report('土地承包纠纷');
    const [petitioner] = await somePersons(stack, staff, 1);
    const escalated = ok(
      await stack.gql<{ escalateGridEvent: Event }>(
        ESCALATE,
        {
          i: { id: event.id, version: event.version, petitionerIds: [petitioner!.id], contactPhone: '13800001234' },
        },
        staff,
      ),
    ).escalateGridEvent;
    expect(escalated.status).toBe('ESCALATED');
    expect(escalated.case).not.toBeNull();
    const linked = ok(
      await stack.gql<{
        case: {
          channel: string;
          title: string;
          place: { id: string };
          petitioners: { id: string }[];
          gridEvent: { id: string };
        };
      }>(
        'query($id: ID!) { case(id: $id) { channel title place { id } petitioners { id } gridEvent { id } } }',
        { id: escalated.case!.id },
        staff,
      ),
    ).case;
    expect(linked).toEqual({
      channel: 'GRID_REPORT',
      title: '土地承包纠纷',
      place: { id: grid.id },
      petitioners: [{ id: petitioner!.id }],
      gridEvent: { id: event.id },
    });
    expect(
      onlyError(
        await stack.gql(
          ESCALATE,
          {
            i: {
              id: event.id,
              version: escalated.version,
              petitionerIds: [petitioner!.id],
              contactPhone: '13800001234',
            },
          },
          staff,
        ),
      ).code,
    ).toBe('CONFLICT');
  });

  it('an unknown petitioner is bad input and leaves the event as it was', async () => {
    const event = await report('邻里纠纷');
    const err = onlyError(
      await stack.gql(
        ESCALATE,
        {
          i: {
            id: event.id,
            version: event.version,
            petitionerIds: ['00000000-0000-4000-8000-000000000009'],
            contactPhone: '13800001234',
          },
        },
        staff,
      ),
    );
    expect(err).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.petitionerIds.0' });
    const same = await readById<Event>(stack, { field: 'gridEvent', selection: EVENT, id: event.id }, staff);
    expect(same).toMatchObject({ status: 'REPORTED', version: event.version, case: null });
  });
});
