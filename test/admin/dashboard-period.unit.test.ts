import { describe, expect, it } from 'vitest';
import { buckets, bucketSize, instants, periodDays } from '../../admin/src/dashboard/period';

/** 2026-11-23 01:30 in Beijing is still 2026-11-22 in UTC: the periods must follow Beijing's calendar. */
const NOW = new Date('2026-11-22T17:30:00Z');
const custom = { from: '2026-10-01', to: '2026-10-31' };

describe('dashboard periods', () => {
  it('reads this month, the last 30 days and this year in Beijing time', () => {
    expect(periodDays({ kind: 'month', custom }, NOW)).toEqual({ from: '2026-11-01', to: '2026-11-23' });
    expect(periodDays({ kind: 'last30', custom }, NOW)).toEqual({ from: '2026-10-25', to: '2026-11-23' });
    expect(periodDays({ kind: 'year', custom }, NOW)).toEqual({ from: '2026-01-01', to: '2026-11-23' });
    expect(periodDays({ kind: 'custom', custom: { from: '2026-10-31', to: '2026-10-01' } }, NOW)).toEqual(custom);
  });

  it("turns Beijing days into the API's half-open instants", () => {
    expect(instants({ from: '2026-11-01', to: '2026-11-23' })).toEqual({
      from: '2026-10-31T16:00:00.000Z',
      to: '2026-11-23T16:00:00.000Z',
    });
  });

  it('cuts a period into buckets that cover it exactly, without overlap', () => {
    for (const range of [
      custom,
      { from: '2026-08-10', to: '2026-11-23' },
      { from: '2026-01-15', to: '2026-11-23' },
      { from: '2022-03-01', to: '2026-11-23' },
    ]) {
      const slices = buckets(range);
      expect(slices[0]!.from).toBe(range.from);
      expect(slices.at(-1)!.to).toBe(range.to);
      for (let i = 1; i < slices.length; i++) expect(slices[i]!.start).toBe(slices[i - 1]!.end);
    }
    expect(bucketSize(custom)).toBe('day');
    expect(buckets(custom)).toHaveLength(31);
    expect(bucketSize({ from: '2026-08-10', to: '2026-11-23' })).toBe('week');
    const months = buckets({ from: '2026-01-15', to: '2026-11-23' });
    expect(months.map((b) => b.label)).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
    expect(months[0]).toMatchObject({ from: '2026-01-15', to: '2026-01-31' });
    expect(buckets({ from: '2022-03-01', to: '2026-11-23' }).map((b) => b.label)).toEqual([
      '2022',
      '2023',
      '2024',
      '2025',
      '2026',
    ]);
  });
});
