import { describe, expect, it } from 'vitest';
import { type DocumentNode, Kind, validate } from 'graphql';
import * as operations from '../../admin/src/cases/operations';
import { allowedActions, type CaseFacts, mayUrge } from '../../admin/src/cases/actions/allowed';
import { caseFilter } from '../../admin/src/cases/queries';
import { handlingStepInput } from '../../admin/src/cases/actions/handlingStep';
import { apiSchema } from './support/api-schema';

const isDocument = (v: unknown): v is DocumentNode =>
  !!v && typeof v === 'object' && (v as DocumentNode).kind === Kind.DOCUMENT;

describe('the cases screens ask the gateway only what the API offers', () => {
  const schema = apiSchema();
  const all: [string, DocumentNode][] = [
    ...Object.entries(operations).filter((e): e is [string, DocumentNode] => isDocument(e[1])),
    ...Object.entries(operations.TRANSITIONS),
  ];

  it('finds the documents', () => {
    expect(all.length).toBeGreaterThan(20);
  });

  for (const [name, doc] of all) {
    it(`${name} is valid against the committed API`, () => {
      expect(validate(schema, doc).map((e) => e.message)).toEqual([]);
    });
  }
});

describe('which actions the case page offers', () => {
  const routed: CaseFacts = {
    status: 'ROUTED',
    level: 0,
    units: [{ lead: true, unit: { id: 'u1' } }],
    timeline: [{ kind: 'REGISTERED' }, { kind: 'ROUTED' }],
    clock: { objectionWindowEndsAt: '2026-12-01T15:59:59.999Z' },
  };
  const viewer = (role: string, organisationId: string | null = null) => ({ roles: [role], organisationId });

  it('lets the centre route a registered case and hides routing from auditors and partners', () => {
    const registered = { ...routed, status: 'REGISTERED', units: [], clock: { objectionWindowEndsAt: null } };
    expect(allowedActions(registered, viewer('CENTRE_STAFF'))).toEqual([
      'routeCase',
      'declineCase',
      'handOverToLegalChannel',
      'urgeCase',
    ]);
    expect(allowedActions(registered, viewer('AUDITOR'))).toEqual([]);
    expect(allowedActions(registered, viewer('PARTNER'))).toEqual([]);
  });

  it('lets a handler object only for their own unit, and only inside the window', () => {
    expect(allowedActions(routed, viewer('HANDLER', 'u1'))).toContain('objectToRouting');
    expect(allowedActions(routed, viewer('HANDLER', 'u2'))).not.toContain('objectToRouting');
    expect(
      allowedActions({ ...routed, clock: { objectionWindowEndsAt: null } }, viewer('HANDLER', 'u1')),
    ).not.toContain('objectToRouting');
  });

  it('offers the one extension to approvers only, and only once', () => {
    const handling = { ...routed, status: 'IN_HANDLING' };
    expect(allowedActions(handling, viewer('LEADER'))).toContain('extendDeadline');
    expect(allowedActions(handling, viewer('CENTRE_STAFF'))).not.toContain('extendDeadline');
    expect(
      allowedActions({ ...handling, timeline: [...handling.timeline, { kind: 'EXTENDED' }] }, viewer('LEADER')),
    ).not.toContain('extendDeadline');
  });

  it('offers the urge (催办) to the centre on an unfinished case only, from the board too', () => {
    const handling = { ...routed, status: 'IN_HANDLING' };
    for (const role of ['ADMIN', 'CENTRE_STAFF', 'LEADER'])
      expect(allowedActions(handling, viewer(role))).toContain('urgeCase');
    for (const role of ['HANDLER', 'AUDITOR', 'MEDIATOR', 'PARTNER'])
      expect(allowedActions(handling, viewer(role, 'u1'))).not.toContain('urgeCase');
    for (const status of ['CLOSED', 'NOT_ACCEPTED', 'HANDED_OVER'])
      expect(allowedActions({ ...routed, status }, viewer('LEADER'))).not.toContain('urgeCase');
    expect(mayUrge('REPLIED', { roles: ['LEADER'] })).toBe(true);
    expect(mayUrge('CLOSED', { roles: ['LEADER'] })).toBe(false);
    expect(mayUrge('IN_HANDLING', { roles: ['AUDITOR'] })).toBe(false);
  });

  it('offers re-examination at level 0 and review at level 1', () => {
    const closed = { ...routed, status: 'CLOSED' };
    expect(allowedActions(closed, viewer('CENTRE_STAFF'))).toEqual(['requestReexamination']);
    expect(allowedActions({ ...closed, level: 1 }, viewer('CENTRE_STAFF'))).toEqual(['requestReview']);
  });
});

describe('form values to API input', () => {
  it('turns date filters into Beijing day boundaries, the end exclusive', () => {
    expect(caseFilter({ receivedFrom: '2026-11-01', receivedTo: '2026-11-30' })).toMatchObject({
      receivedFrom: '2026-10-31T16:00:00.000Z',
      receivedTo: '2026-11-30T16:00:00.000Z',
    });
  });

  it('sends the clock filters as the API takes them: colours as a list, days left as a whole number', () => {
    expect(caseFilter({ q: '138-0531-2468', warning: 'RED', overdue: false, daysLeftAtMost: '3' })).toMatchObject({
      search: '138-0531-2468',
      warning: ['RED'],
      overdue: false,
      daysLeftAtMost: 3,
    });
    expect(caseFilter({ daysLeftAtMost: '1.5', overdue: '' })).toMatchObject({
      daysLeftAtMost: undefined,
      overdue: undefined,
    });
  });

  it('sends only the fields of the chosen step, attendees split', () => {
    expect(
      handlingStepInput({
        step: 'JOINT_RECEPTION',
        note: 'n',
        attendees: '张三\n李四、王五',
        scheduledAt: '2026-11-24T09:30',
        appointmentKind: 'PHONE',
      }),
    ).toEqual({
      step: 'JOINT_RECEPTION',
      note: 'n',
      appointmentKind: null,
      mediationOutcome: null,
      dueAt: null,
      scheduledAt: '2026-11-24T01:30:00.000Z',
      place: null,
      attendees: ['张三', '李四', '王五'],
    });
  });
});
