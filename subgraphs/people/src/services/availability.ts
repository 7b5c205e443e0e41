import { isoWeekday } from '@onedoor/db';

export interface AvailabilityFacts {
  weekdays: readonly number[];
  exceptions: readonly { fromDate: string; toDate: string }[];
}

/** Available on a date: one of the usual weekdays, and no leave or blocked days covering it. */
export function isAvailableOn(facts: AvailabilityFacts, date: string): boolean {
  if (!facts.weekdays.includes(isoWeekday(date))) return false;
  return !facts.exceptions.some((e) => e.fromDate <= date && date <= e.toDate);
}
