// The residency (入驻) and duty (值班) rosters.

import { index, integer, text, uuid } from 'drizzle-orm/pg-core';
import { day, id, partOf, ref, timeSpan, timestamps, version } from '../shared/columns';
import { gridSchema, organisationsTable } from './tree-tables';

export const RESIDENCY_MODES = ['PERMANENT', 'ROTATING', 'ON_CALL'] as const;
export type ResidencyMode = (typeof RESIDENCY_MODES)[number];

/** An organisation staffing the centre (入驻) for a span of days, at a window. */
export const residenciesTable = gridSchema.table(
  'residencies',
  {
    id: id(),
    organisationId: ref('organisation_id', () => organisationsTable.id),
    mode: text('mode').$type<ResidencyMode>().notNull(),
    window: text('window'),
    startsOn: day('starts_on').notNull(),
    /** Inclusive; null while it lasts. */
    endsOn: day('ends_on'),
    /** For a rotating residency chosen by the monthly plan: the case load it was chosen for. */
    caseLoad: integer('case_load'),
    ...timestamps,
  },
  (t) => [
    index('residencies_span_idx').on(t.startsOn, t.endsOn),
    index('residencies_organisation_idx').on(t.organisationId),
  ],
);

export const DUTY_SHIFT_KINDS = ['WORK_HOURS', 'NOON', 'NIGHT', 'WEEKEND_DAY', 'WEEKEND_LEADER'] as const;
export type DutyShiftKind = (typeof DUTY_SHIFT_KINDS)[number];

/** One person on duty (值班) from `starts_at` to `ends_at`. */
export const dutyShiftsTable = gridSchema.table(
  'duty_shifts',
  {
    id: id(),
    kind: text('kind').$type<DutyShiftKind>().notNull(),
    personId: uuid('person_id').notNull(),
    ...timeSpan(),
    note: text('note'),
    version: version(),
    ...timestamps,
  },
  (t) => [
    index('duty_shifts_span_idx').on(t.startsAt, t.endsAt),
    index('duty_shifts_person_idx').on(t.personId, t.startsAt),
  ],
);

/** A person's leave; a shift over it is a conflict. */
export const dutyLeavesTable = gridSchema.table(
  'duty_leaves',
  {
    id: id(),
    personId: uuid('person_id').notNull(),
    ...timeSpan(),
    reason: text('reason'),
    ...timestamps,
  },
  (t) => [index('duty_leaves_person_idx').on(t.personId, t.startsAt)],
);

/** Two shifts whose people changed places, and who approved it. */
export const dutySwapsTable = gridSchema.table(
  'duty_swaps',
  {
    id: id(),
    firstShiftId: partOf('first_shift_id', () => dutyShiftsTable.id),
    secondShiftId: partOf('second_shift_id', () => dutyShiftsTable.id),
    firstPersonId: uuid('first_person_id').notNull(),
    secondPersonId: uuid('second_person_id').notNull(),
    approvedByAccountId: uuid('approved_by_account_id').notNull(),
    reason: text('reason'),
    ...timestamps,
  },
  (t) => [index('duty_swaps_first_idx').on(t.firstShiftId), index('duty_swaps_second_idx').on(t.secondShiftId)],
);

export type ResidencyRow = typeof residenciesTable.$inferSelect;
export type DutyShiftRow = typeof dutyShiftsTable.$inferSelect;
export type DutyLeaveRow = typeof dutyLeavesTable.$inferSelect;
export type DutySwapRow = typeof dutySwapsTable.$inferSelect;
