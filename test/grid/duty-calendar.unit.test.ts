import type { DutyShiftRow } from '@onedoor/db/grid';
import ICAL from 'ical.js';
import { expect, it } from 'vitest';
import { dutyCalendar } from '../../subgraphs/grid/src/services/duty-calendar';

const shift = (over: Partial<DutyShiftRow>): DutyShiftRow => ({
  id: '7d1f7a0e-0000-4000-8000-000000000001',
  kind: 'NIGHT',
  personId: 'p1',
  note: null,
  version: 1,
  startsAt: new Date('2026-12-31T09:30:00Z'),
  endsAt: new Date('2027-01-01T00:30:00Z'),
  createdAt: new Date(0),
  updatedAt: new Date(0),
  ...over,
});

it('folds long lines of Chinese text without splitting a character, and escapes commas and semicolons', () => {
  const note = '值班电话：0539-1234567；请保持手机畅通，遇突发事件立即报告带班领导并做好记录。'.repeat(3);
  const text = dutyCalendar(
    [shift({ note, version: 3 })],
    new Map([['p1', '欧阳明月']]),
    new Date('2026-12-01T00:00:00Z'),
  );
  for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  expect(text.endsWith('\r\n')).toBe(true);
  const calendar = ICAL.Component.fromString(text);
  ICAL.TimezoneService.register(new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone')!));
  const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
  expect(event.description).toBe(note);
  expect(event.summary).toBe('夜间值班：欧阳明月');
  expect(event.sequence).toBe(2);
  // New Year's Eve 17:30 to New Year's Day 08:30 in Shanghai.
  expect(event.startDate.toString()).toBe('2026-12-31T17:30:00');
  expect(event.endDate.toJSDate().toISOString()).toBe('2027-01-01T00:30:00.000Z');
});
