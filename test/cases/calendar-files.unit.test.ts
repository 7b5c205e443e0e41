import { describe, expect, it } from 'vitest';
import { readCalendarFile } from '../../subgraphs/cases/src/services/calendar-files';

const event = (start: string, end: string, summary: string) => [
  'BEGIN:VEVENT',
  `DTSTART;VALUE=DATE:${start}`,
  `DTEND;VALUE=DATE:${end}`,
  `SUMMARY:${summary}`,
  'END:VEVENT',
];
const ics = (...events: string[][]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', ...events.flat(), 'END:VCALENDAR'].join('\r\n');

describe('reading a holiday schedule file', () => {
  it('reads CSV rows in either date form and either language of kind, sorted, with default names', () => {
    expect(
      readCalendarFile('CSV', 'date,kind,name\n20270102,休,元旦\n2027-01-01,holiday,元旦\n2027-01-04,班,\n'),
    ).toEqual([
      { day: '2027-01-01', kind: 'HOLIDAY', name: '元旦' },
      { day: '2027-01-02', kind: 'HOLIDAY', name: '元旦' },
      { day: '2027-01-04', kind: 'WORKDAY', name: '调休上班' },
    ]);
  });

  it('spreads an all-day iCalendar event over its days (the end is exclusive) and names make-up days', () => {
    expect(
      readCalendarFile(
        'ICALENDAR',
        ics(event('20270101', '20270103', '元旦(休)'), event('20270104', '20270105', '元旦(班)')),
      ),
    ).toEqual([
      { day: '2027-01-01', kind: 'HOLIDAY', name: '元旦' },
      { day: '2027-01-02', kind: 'HOLIDAY', name: '元旦' },
      { day: '2027-01-04', kind: 'WORKDAY', name: '元旦调休上班' },
    ]);
  });

  it.each([
    ['CSV', '2027-13-01,HOLIDAY,x', /line 1/],
    ['CSV', '2027-01-01,PARTY,x', /HOLIDAY/],
    ['CSV', '# nothing here\n', /no day/],
    ['ICALENDAR', 'not a calendar', /iCalendar/],
    ['ICALENDAR', ics(event('20270101', '20270102', '元旦')), /neither/],
  ] as const)('refuses a %s file it cannot read: %s', (format, content, message) => {
    expect(() => readCalendarFile(format, content)).toThrow(message);
  });
});
