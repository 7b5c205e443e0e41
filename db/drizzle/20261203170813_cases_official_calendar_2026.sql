-- The official 2026 schedule of public holidays and make-up working days (调休上班), as published in
-- 国务院办公厅关于2026年部分节假日安排的通知 (General Office of the State Council, 4 November 2025), the source
-- named in issue 18 and cross-checked in test/cases/official-calendar.test.ts against the maintained npm
-- package `chinese-days`. Days an admin already set are kept. Later years are added by admins when published
-- (importCalendar), never guessed here.
INSERT INTO "cases"."calendar_days" ("day", "kind", "name") VALUES
  ('2026-01-01', 'HOLIDAY', '元旦'),
  ('2026-01-02', 'HOLIDAY', '元旦'),
  ('2026-01-03', 'HOLIDAY', '元旦'),
  ('2026-02-15', 'HOLIDAY', '春节'),
  ('2026-02-16', 'HOLIDAY', '春节'),
  ('2026-02-17', 'HOLIDAY', '春节'),
  ('2026-02-18', 'HOLIDAY', '春节'),
  ('2026-02-19', 'HOLIDAY', '春节'),
  ('2026-02-20', 'HOLIDAY', '春节'),
  ('2026-02-21', 'HOLIDAY', '春节'),
  ('2026-02-22', 'HOLIDAY', '春节'),
  ('2026-02-23', 'HOLIDAY', '春节'),
  ('2026-04-04', 'HOLIDAY', '清明节'),
  ('2026-04-05', 'HOLIDAY', '清明节'),
  ('2026-04-06', 'HOLIDAY', '清明节'),
  ('2026-05-01', 'HOLIDAY', '劳动节'),
  ('2026-05-02', 'HOLIDAY', '劳动节'),
  ('2026-05-03', 'HOLIDAY', '劳动节'),
  ('2026-05-04', 'HOLIDAY', '劳动节'),
  ('2026-05-05', 'HOLIDAY', '劳动节'),
  ('2026-06-19', 'HOLIDAY', '端午节'),
  ('2026-06-20', 'HOLIDAY', '端午节'),
  ('2026-06-21', 'HOLIDAY', '端午节'),
  ('2026-09-25', 'HOLIDAY', '中秋节'),
  ('2026-09-26', 'HOLIDAY', '中秋节'),
  ('2026-09-27', 'HOLIDAY', '中秋节'),
  ('2026-10-01', 'HOLIDAY', '国庆节'),
  ('2026-10-02', 'HOLIDAY', '国庆节'),
  ('2026-10-03', 'HOLIDAY', '国庆节'),
  ('2026-10-04', 'HOLIDAY', '国庆节'),
  ('2026-10-05', 'HOLIDAY', '国庆节'),
  ('2026-10-06', 'HOLIDAY', '国庆节'),
  ('2026-10-07', 'HOLIDAY', '国庆节'),
  ('2026-01-04', 'WORKDAY', '元旦调休上班'),
  ('2026-02-14', 'WORKDAY', '春节调休上班'),
  ('2026-02-28', 'WORKDAY', '春节调休上班'),
  ('2026-05-09', 'WORKDAY', '劳动节调休上班'),
  ('2026-09-20', 'WORKDAY', '国庆节调休上班'),
  ('2026-10-10', 'WORKDAY', '国庆节调休上班')
ON CONFLICT ("day") DO NOTHING;
--> statement-breakpoint
INSERT INTO "cases"."calendar_years" ("year", "source") VALUES (2026, '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）')
ON CONFLICT ("year") DO NOTHING;
