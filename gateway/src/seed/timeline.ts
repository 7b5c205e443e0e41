import type { CaseStatus, Channel } from '@onedoor/db/cases';
import { DAY_MS, HOUR_MS, MINUTE_MS, startOfBeijingDay } from '@onedoor/db';
import type { Random } from './random';

/** The local first-time limit (初信初访 30 days) the demo's deadlines use. */
export const HANDLING_DAYS = 30;
/** How far back the demo's cases reach. */
export const HISTORY_DAYS = 120;

export const CHANNEL_WEIGHTS: readonly (readonly [Channel, number])[] = [
  ['VISIT', 30],
  ['PHONE', 12],
  ['ONLINE', 12],
  ['HOTLINE_12345', 12],
  ['LETTER', 6],
  ['WECHAT', 7],
  ['GRID_REPORT', 8],
  ['SMS', 2],
  ['VIDEO', 3],
  ['LEADER_MAILBOX', 3],
  ['ASSIGNED_BY_SUPERIOR', 3],
  ['PROXY_AGENT', 3],
];

/** Channels a citizen uses alone, at any hour; the rest pass through a person at the centre in office hours. */
const SELF_SERVICE: ReadonlySet<Channel> = new Set(['ONLINE', 'WECHAT', 'SMS', 'LEADER_MAILBOX', 'HOTLINE_12345']);

export const isSelfService = (channel: Channel) => SELF_SERVICE.has(channel);

/**
 * When a case came in, relative to `now`: a few today, the rest spread over the last 120 days, so the
 * demo always has fresh, due-soon and overdue cases. Staffed channels fall in office hours (08:30–17:30 CST).
 */
export function receivedAt(random: Random, now: Date, channel: Channel): Date {
  const ageDays = random.chance(0.08) ? random.next() : 1 + random.next() * (HISTORY_DAYS - 1);
  let at = now.getTime() - ageDays * DAY_MS;
  if (!isSelfService(channel)) {
    at = startOfBeijingDay(new Date(at)).getTime() + 8.5 * HOUR_MS + random.int(0, 9 * 60 - 1) * MINUTE_MS;
    if (at > now.getTime() - 10 * MINUTE_MS) at -= DAY_MS;
  }
  return new Date(Math.floor(at / 1000) * 1000);
}

/** Where a case of this age plausibly stands; only matters with a legal channel are handed over. */
export function statusForAge(random: Random, ageDays: number, legalChannel: boolean): CaseStatus {
  const handedOver = legalChannel ? 1.5 : 0;
  if (ageDays < 0.25)
    return random.weighted([
      ['REGISTERED', 7],
      ['ROUTED', 3],
    ]);
  if (ageDays < 1)
    return random.weighted([
      ['REGISTERED', 3],
      ['ROUTED', 5],
      ['ACCEPTED', 2],
    ]);
  if (ageDays < 5) {
    return random.weighted([
      ['REGISTERED', 0.4],
      ['ROUTED', 2],
      ['ACCEPTED', 4],
      ['IN_HANDLING', 4],
      ['HANDED_OVER', handedOver],
      ['NOT_ACCEPTED', 0.3],
    ]);
  }
  if (ageDays < HANDLING_DAYS) {
    return random.weighted([
      ['ACCEPTED', 1.5],
      ['IN_HANDLING', 5],
      ['REPLIED', 2.5],
      ['FOLLOWED_UP', 1],
      ['CLOSED', 1],
      ['HANDED_OVER', handedOver],
      ['NOT_ACCEPTED', 0.3],
    ]);
  }
  return random.weighted([
    ['ACCEPTED', 0.3],
    ['IN_HANDLING', 1.5],
    ['REPLIED', 1],
    ['FOLLOWED_UP', 1.5],
    ['CLOSED', 6],
    ['HANDED_OVER', handedOver * 0.6],
    ['NOT_ACCEPTED', 0.3],
  ]);
}

/** Statuses in which a mediator may already be working the case. */
export const WORKED: ReadonlySet<CaseStatus> = new Set([
  'ACCEPTED',
  'IN_HANDLING',
  'REPLIED',
  'FOLLOWED_UP',
  'CLOSED',
  'REEXAMINING',
  'REVIEWING',
]);

/** Tracking codes avoid 0/O and 1/I, which citizens misread over the phone. */
const TRACKING_ALPHABET = [...'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'];

export function trackingCode(random: Random): string {
  return Array.from({ length: 10 }, () => random.pick(TRACKING_ALPHABET)).join('');
}
