import { BEIJING_OFFSET_MS } from '@onedoor/db';
import type { DutyShiftKind, DutyShiftRow } from '@onedoor/db/grid';

/** Chinese names of the shifts, as staff calendars show them. */
const SHIFT_NAMES: Record<DutyShiftKind, string> = {
  WORK_HOURS: '工作时间值班',
  NOON: '午间值班',
  NIGHT: '夜间值班',
  WEEKEND_DAY: '周末白班',
  WEEKEND_LEADER: '周末带班领导',
};

/** China Standard Time has had no daylight saving since 1991, so one STANDARD block describes it fully. */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Asia/Shanghai',
  'BEGIN:STANDARD',
  'DTSTART:19700101T000000',
  'TZOFFSETFROM:+0800',
  'TZOFFSETTO:+0800',
  'TZNAME:CST',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** Text values escape backslash, semicolon, comma and newlines (RFC 5545 3.3.11). */
const escapeText = (text: string) => text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');

const utcStamp = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
const localStamp = (d: Date) =>
  new Date(d.getTime() + BEIJING_OFFSET_MS)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, '');

/** Lines longer than 75 octets are folded: CRLF and a space, never inside a UTF-8 character. */
function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch);
    if (octets + size > (out.length === 0 ? 75 : 74)) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

/**
 * The shifts as an iCalendar (RFC 5545) file for staff calendars, times written in Asia/Shanghai with
 * its VTIMEZONE so every calendar shows the centre's wall-clock times.
 */
export function dutyCalendar(shifts: readonly DutyShiftRow[], names: ReadonlyMap<string, string>, stamp: Date): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//OneDoor//Duty roster//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'X-WR-TIMEZONE:Asia/Shanghai',
    ...VTIMEZONE,
  ];
  for (const s of shifts) {
    const who = names.get(s.personId) ?? s.personId;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${s.id}@duty.onedoor`,
      `DTSTAMP:${utcStamp(stamp)}`,
      `DTSTART;TZID=Asia/Shanghai:${localStamp(s.startsAt)}`,
      `DTEND;TZID=Asia/Shanghai:${localStamp(s.endsAt)}`,
      `SUMMARY:${escapeText(`${SHIFT_NAMES[s.kind]}：${who}`)}`,
      `CATEGORIES:${s.kind}`,
      `SEQUENCE:${s.version - 1}`,
      ...(s.note ? [`DESCRIPTION:${escapeText(s.note)}`] : []),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
