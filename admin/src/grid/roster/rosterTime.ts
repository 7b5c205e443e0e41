/**
 * Calendar arithmetic of the duty roster, in Beijing time whatever the browser's zone. The roster's day
 * runs from 08:30 to 08:30 (a night shift belongs to the evening it starts), so the periods asked of
 * the API start at 08:30 too: a fully generated month then shows no gap at its edges.
 */
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const OFFSET = 8 * HOUR;

/** `YYYY-MM-DD` plus n days. */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
}

/** 0 Monday … 6 Sunday. */
export function weekdayIndex(day: string): number {
  return (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
}

/** The instant of a Beijing wall-clock time, as ISO. */
export function beijing(day: string, time = '08:30'): string {
  return new Date(Date.parse(`${day}T${time}:00Z`) - OFFSET).toISOString();
}

/** The Beijing calendar day of an instant. */
export function dayOf(instant: string | Date): string {
  return new Date(new Date(instant).getTime() + OFFSET).toISOString().slice(0, 10);
}

/** `HH:mm` in Beijing. */
export function timeOf(instant: string | Date): string {
  return new Date(new Date(instant).getTime() + OFFSET).toISOString().slice(11, 16);
}

/** `MM-DD HH:mm` in Beijing. */
export function shortDateTime(instant: string | Date): string {
  return new Date(new Date(instant).getTime() + OFFSET).toISOString().slice(5, 16).replace('T', ' ');
}

/** `YYYY-MM-DDTHH:mm` for a datetime-local input, in Beijing. */
export function localInputValue(instant: string | Date): string {
  return new Date(new Date(instant).getTime() + OFFSET).toISOString().slice(0, 16);
}

export interface Period {
  /** First calendar day shown. */
  first: string;
  /** Number of days shown. */
  days: number;
  /** What to ask the API (08:30 of the first day to 08:30 after the last). */
  from: string;
  to: string;
}

export function monthPeriod(month: string): Period {
  const first = `${month}-01`;
  const next = `${addDays(first, 31).slice(0, 7)}-01`;
  const days = Math.round((Date.parse(next) - Date.parse(first)) / DAY);
  return { first, days, from: beijing(first), to: beijing(next) };
}

export function weekPeriod(anyDay: string): Period {
  const first = addDays(anyDay, -weekdayIndex(anyDay));
  return { first, days: 7, from: beijing(first), to: beijing(addDays(first, 7)) };
}

/** The days of a month laid out Monday-first in whole weeks; days outside the month are null. */
export function monthGrid(month: string): (string | null)[][] {
  const { first, days } = monthPeriod(month);
  const cells: (string | null)[] = [...Array<null>(weekdayIndex(first)).fill(null)];
  for (let i = 0; i < days; i += 1) cells.push(addDays(first, i));
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** The roster day a shift belongs to: the Beijing day it starts on. */
export const rosterDayOf = (shift: { startsAt: string }) => dayOf(shift.startsAt);

/** `YYYY-MM` plus n months. */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** A duration in hours and minutes, for gap lists. */
export function hoursBetween(from: string, to: string): number {
  return Math.round(((Date.parse(to) - Date.parse(from)) / HOUR) * 10) / 10;
}
