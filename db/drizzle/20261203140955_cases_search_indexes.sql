-- What the cases list's search box and clock filters run on. A title's words are found through its characters
-- and character pairs: a Chinese title has no spaces to split words on, its words are often two characters
-- (too short for trigrams), and pg_trgm keeps only what the locale calls letters, which leaves Chinese out under
-- the C locale (show_trgm('拖欠工资') is empty there) and needs an extension PGlite does not load. A search for 拖欠工资 asks
-- the GIN index for titles holding 拖欠, 欠工 and 工资, then checks the words themselves (ILIKE).
CREATE FUNCTION "cases"."title_grams"(title text) RETURNS text[]
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$
    SELECT coalesce(array_agg(DISTINCT substr(lower(title), i, n)), '{}')
    FROM generate_series(1, char_length(title)) AS i, (VALUES (1), (2)) AS g(n)
    WHERE i + n - 1 <= char_length(title)
  $$;
--> statement-breakpoint
CREATE INDEX "cases_external_order_number_idx" ON "cases"."cases" USING btree ("external_order_number");--> statement-breakpoint
CREATE INDEX "cases_status_deadline_idx" ON "cases"."cases" USING btree ("status","deadline_at");--> statement-breakpoint
CREATE INDEX "cases_title_grams_idx" ON "cases"."cases" USING gin ("cases"."title_grams"("title"));