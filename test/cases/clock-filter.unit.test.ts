import { DAY_MS } from '@onedoor/db';
import { describe, expect, it } from 'vitest';
import { clockConditions } from '../../subgraphs/cases/src/services/clock-filter';
import { MONDAY_MORNING } from '../support/clock';

/** The clock filters as ranges of the deadline projection, with the edges of the warning colours. */
const now = MONDAY_MORNING;
const rules = { blueDays: 7, yellowDays: 3 };
const at = (days: number, ms = 0) => new Date(now.getTime() + days * DAY_MS + ms);
const conditions = (filter: Parameters<typeof clockConditions>[0]['filter']) => clockConditions({ filter, now, rules });

describe('clock filters', () => {
  it('each colour is a range of running deadlines; none also takes stopped clocks', () => {
    expect(conditions({ warning: ['RED'] })).toEqual([{ windows: [{ to: now }], stopped: false }]);
    expect(conditions({ warning: ['YELLOW'] })).toEqual([{ windows: [{ from: now, to: at(3, 1) }], stopped: false }]);
    expect(conditions({ warning: ['BLUE'] })).toEqual([
      { windows: [{ from: at(3, 1), to: at(7, 1) }], stopped: false },
    ]);
    expect(conditions({ warning: ['NONE'] })).toEqual([{ windows: [{ from: at(7, 1) }], stopped: true }]);
  });

  it('colours that touch become one range, so one index range serves them', () => {
    expect(conditions({ warning: ['RED', 'YELLOW', 'BLUE'] })).toEqual([
      { windows: [{ to: at(7, 1) }], stopped: false },
    ]);
    expect(conditions({ warning: ['BLUE', 'RED'] })[0]!.windows).toHaveLength(2);
  });

  it('overdue, days left, and all of them at once', () => {
    expect(conditions({ overdue: false })).toEqual([{ windows: [{ from: now }], stopped: true }]);
    expect(conditions({ daysLeftAtMost: -2 })).toEqual([{ windows: [{ to: at(-2, 1) }], stopped: false }]);
    expect(conditions({ warning: ['RED'], overdue: true, daysLeftAtMost: 0 })).toHaveLength(3);
    expect(conditions({})).toEqual([]);
  });

  it('refuses days left that are not whole or beyond ten years', () => {
    expect(() => conditions({ daysLeftAtMost: 1.5 })).toThrow(/filter.daysLeftAtMost/);
    expect(() => conditions({ daysLeftAtMost: -4000 })).toThrow(/filter.daysLeftAtMost/);
  });
});
