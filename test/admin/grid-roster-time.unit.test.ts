import { describe, expect, it } from 'vitest';
import { addMonths, dayOf, monthGrid, monthPeriod, timeOf, weekPeriod } from '../../admin/src/grid/roster/rosterTime';

describe('the duty roster calendar, in Beijing time', () => {
  it('asks for a month from 08:30 on the first to 08:30 on the first of the next', () => {
    expect(monthPeriod('2026-02')).toEqual({
      first: '2026-02-01',
      days: 28,
      from: '2026-02-01T00:30:00.000Z',
      to: '2026-03-01T00:30:00.000Z',
    });
    expect(monthPeriod('2026-12').to).toBe('2027-01-01T00:30:00.000Z');
  });

  it('starts a week on Monday', () => {
    expect(weekPeriod('2026-03-08')).toMatchObject({
      first: '2026-03-02',
      days: 7,
      from: '2026-03-02T00:30:00.000Z',
      to: '2026-03-09T00:30:00.000Z',
    });
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
