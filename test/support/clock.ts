import type { Clock } from '@onedoor/subgraph-kit';
import { DAY_MS } from '@onedoor/db';

/** Monday 2 March 2026, 09:00 in Beijing: scenarios start on a working Monday morning. */
export const MONDAY_MORNING = new Date('2026-03-02T01:00:00Z');

/**
 * The one test clock: it stands still unless the test moves it (`set`, `advance`, `advanceDays`), or, with
 * `tickMs`, moves on by that much at every reading so records made one after another have distinct, ordered
 * times. Lock-outs, deadlines and reports are tested without sleeping.
 */
export class TestClock implements Clock {
  private at: number;
  private readonly tickMs: number;

  constructor(start: Date = MONDAY_MORNING, options: { tickMs?: number } = {}) {
    this.at = start.getTime();
    this.tickMs = options.tickMs ?? 0;
  }

  now = (): Date => {
    this.at += this.tickMs;
    return new Date(this.at);
  };

  /** Moves to a moment; with `forwardOnly`, a moment in the past is a mistake in the test. */
  set(at: Date, { forwardOnly = false } = {}): void {
    if (forwardOnly && at.getTime() < this.at) throw new Error('the test clock only moves forward here');
    this.at = at.getTime();
  }

  advance(ms: number): void {
    this.at += ms;
  }

  advanceDays(days: number): void {
    this.at += days * DAY_MS;
  }
}
