import { beijingMoment, calendarFrom } from '@onedoor/db';
import { describe, expect, it } from 'vitest';
import { findConflicts, findGaps, monthPattern } from '../../subgraphs/grid/src/services/duty-rules';

const shift = (
  id: string,
  personId: string,
  from: string,
  to: string,
  kind: 'NOON' | 'NIGHT' | 'WEEKEND_LEADER' = 'NOON',
) => ({ id, personId, kind, startsAt: new Date(`${from}+08:00`), endsAt: new Date(`${to}+08:00`) });

describe('the shift pattern', () => {
  it.each(['2026-02', '2026-12', '2027-01', '2028-02'])(
    'covers %s without a gap from the 1st 08:30 to 08:30 after its last day',
    (month) => {
      const pattern = monthPattern(month).map((s, i) => ({ ...s, id: String(i), personId: String(i) }));
      const first = beijingMoment(`${month}-01`, '08:30');
      const last = pattern.filter((s) => s.kind !== 'WEEKEND_LEADER').at(-1)!.endsAt;
      expect(findGaps(pattern, { startsAt: first, endsAt: last })).toEqual([]);
      expect(new Date(last.getTime() + 8 * 3_600_000).toISOString().slice(8, 16)).toBe('01T08:30');
    },
  );
});

describe('the shift pattern on the working calendar', () => {
  // The 2026 Spring Festival as the State Council's schedule has it: 15–23 February off, Saturday 14 and 28 worked.
  const springFestival = calendarFrom([
    ...['15', '16', '17', '18', '19', '20', '21', '22', '23'].map((d) => ({
      day: `2026-02-${d}`,
      kind: 'HOLIDAY' as const,
    })),
    { day: '2026-02-14', kind: 'WORKDAY' },
    { day: '2026-02-28', kind: 'WORKDAY' },
  ]);
  const pattern = monthPattern('2026-02', springFestival, { coverFirstNight: true, lastNightEndsAtMidnight: true });
  const kindsOn = (day: string) =>
    pattern
      .filter((s) => s.day === day && s.startsAt.getTime() === beijingMoment(day, '08:30').getTime())
      .map((s) => s.kind);

  it('covers a month standing alone from its first minute to its last', () => {
    const shifts = pattern.map((s, i) => ({ ...s, id: String(i), personId: String(i) }));
    expect(findGaps(shifts, { startsAt: beijingMoment('2026-02-01'), endsAt: beijingMoment('2026-03-01') })).toEqual(
      [],
    );
    expect(pattern.at(-1)!.endsAt).toEqual(beijingMoment('2026-03-01'));
  });

  it('staffs holidays as rest days and make-up Saturdays as working days', () => {
    expect(kindsOn('2026-02-16').sort()).toEqual(['WEEKEND_DAY']); // Monday in the holiday, inside a leader's two days
    expect(kindsOn('2026-02-15').sort()).toEqual(['WEEKEND_DAY', 'WEEKEND_LEADER']);
    expect(kindsOn('2026-02-14')).toEqual(['WORK_HOURS']);
    expect(kindsOn('2026-02-28')).toEqual(['WORK_HOURS']);
    expect(kindsOn('2026-02-24')).toEqual(['WORK_HOURS']);
  });
});

describe('conflicts and gaps', () => {
  it('finds a double booking, a shift on leave and too little rest after a long shift', () => {
    const shifts = [
      shift('a', 'p', '2026-12-01T12:00:00', '2026-12-01T14:00:00'),
      shift('b', 'p', '2026-12-01T13:00:00', '2026-12-01T15:00:00'),
      shift('n', 'q', '2026-12-01T17:30:00', '2026-12-02T08:30:00', 'NIGHT'),
      shift('m', 'q', '2026-12-02T12:00:00', '2026-12-02T14:00:00'),
    ];
    const leave = {
      id: 'l',
      personId: 'q',
      startsAt: new Date('2026-12-02T13:00:00+08:00'),
      endsAt: new Date('2026-12-03T00:00:00+08:00'),
    };
    expect(findConflicts(shifts, [leave]).map((c) => [c.kind, ...c.shiftIds])).toEqual([
      ['DOUBLE_BOOKED', 'a', 'b'],
      ['TOO_LITTLE_REST', 'n', 'm'],
      ['ON_LEAVE', 'm'],
    ]);
  });

  it('shifts that only touch are neither a conflict nor a gap; the weekend leader is not cover', () => {
    const shifts = [
      shift('a', 'p', '2026-12-01T08:30:00', '2026-12-01T12:00:00'),
      shift('b', 'p', '2026-12-01T12:00:00', '2026-12-01T14:00:00'),
    ];
    expect(findConflicts(shifts, [])).toEqual([]);
    const range = { startsAt: new Date('2026-12-01T08:30:00+08:00'), endsAt: new Date('2026-12-01T16:00:00+08:00') };
    expect(
      findGaps([...shifts, shift('l', 'r', '2026-12-01T14:00:00', '2026-12-01T16:00:00', 'WEEKEND_LEADER')], range),
    ).toEqual([{ startsAt: new Date('2026-12-01T14:00:00+08:00'), endsAt: range.endsAt }]);
  });
});
