import { describe, expect, it } from 'vitest';
import { addMonths, dayOf, monthGrid, monthPeriod, timeOf, weekPeriod } from '../../admin/src/grid/roster/rosterTime';

describe('the duty roster calendar, in Beijing time', () => {
  /** A duty period from 08:30 Beijing (00:30 UTC) on its first day to 08:30 on the day after its last. */
  const period = (first: string, days: number, next: string) => ({
    first,
    days,
    from: `${first}T00:30:00.000Z`,
    to: `${next}T00:30:00.000Z`,
  });

  it('asks for a month from 08:30 on the first to 08:30 on the first of the next', () => {
    expect(monthPeriod('2026-02')).toEqual(period('2026-02-01', 28, '2026-03-01'));
    expect(monthPeriod('2026-12').to).toBe('2027-01-01T00:30:00.000Z');
  });

  it('starts a week on Monday', () => {
    expect(weekPeriod('2026-03-08')).toMatchObject(period('2026-03-02', 7, '2026-03-09'));
    expect(weekPeriod('2026-03-02').first).toBe('2026-03-02');
  });

  it('lays a month out in whole weeks, Monday first', () => {
    const weeks = monthGrid('2026-03'); // 1 March 2026 is a Sunday
    expect(weeks[0]).toEqual([null, null, null, null, null, null, '2026-03-01']);
    expect(weeks.flat().filter(Boolean)).toHaveLength(31);
    expect(weeks.every((w) => w.length === 7)).toBe(true);
  });

  it('puts a night shift on the evening it starts and reads times in Beijing', () => {
    expect(dayOf('2026-03-02T09:30:00Z')).toBe('2026-03-02');
    expect(timeOf('2026-03-02T09:30:00Z')).toBe('17:30');
    expect(dayOf('2026-03-02T16:30:00Z')).toBe('2026-03-03');
  });

  it('counts months across a year', () => {
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
  });
});
