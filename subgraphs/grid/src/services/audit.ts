import type { Transaction } from '@onedoor/db';
import { auditTrail } from '@onedoor/subgraph-kit';
import type { GridContext } from '../context';

/** Every change the grid makes, as its mutation is named, and the kind of entity it changes (the audit's type). */
const ENTITY_TYPES = {
  createGridUnit: 'GridUnit',
  moveGridUnit: 'GridUnit',
  deleteGridUnit: 'GridUnit',
  setGridStaff: 'GridUnit',
  setGridUnitBoundary: 'GridUnit',
  setGridUnitNames: 'GridUnit',
  createOrganisation: 'Organisation',
  setOrganisationProfile: 'Organisation',
  addResidency: 'Residency',
  planMonthlyRotation: 'Residency',
  generateDutyMonth: 'DutyShift',
  addDutyShift: 'DutyShift',
  updateDutyShift: 'DutyShift',
  removeDutyShift: 'DutyShift',
  swapDutyShifts: 'DutySwap',
  recordDutyLeave: 'DutyLeave',
  reportGridEvent: 'GridEvent',
  disposeGridEvent: 'GridEvent',
  whistleGridEvent: 'GridEvent',
  respondToGridEvent: 'GridEvent',
  recordGridEventFeedback: 'GridEvent',
  escalateGridEvent: 'GridEvent',
  scheduleJointMeeting: 'JointMeeting',
  recordMeetingDecision: 'MeetingDecision',
  recordDecisionFollowUp: 'MeetingDecision',
} as const;
export type GridAction = keyof typeof ENTITY_TYPES;

const auditedTransaction = auditTrail('grid');

/** What a change returns to its caller and what its audit event records (besides who, when and the request). */
export interface GridChange<T> {
  result: T;
  entityId: string | null;
  data: Record<string, unknown>;
}

/** Makes one grid change as an audited transaction, its audit event typed by the action's entity. */
export function changeGrid<T>(
  ctx: GridContext,
  action: GridAction,
  change: (tx: Transaction) => Promise<GridChange<T>>,
): Promise<T> {
  return auditedTransaction({ ctx, action, entityType: ENTITY_TYPES[action] }, change);
}
