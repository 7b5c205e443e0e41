CREATE TABLE "cases"."category_routing_units" (
	"category_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "category_routing_units_category_id_organisation_id_pk" PRIMARY KEY("category_id","organisation_id")
);
--> statement-breakpoint
ALTER TABLE "grid"."grid_units" ADD COLUMN "short_name" text;--> statement-breakpoint
ALTER TABLE "grid"."grid_units" ADD COLUMN "aliases" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "grid"."grid_units" ADD COLUMN "search_text" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "grid"."grid_units" ADD COLUMN "search_grams" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "grid"."organisations" ADD COLUMN "short_name" text;--> statement-breakpoint
ALTER TABLE "grid"."organisations" ADD COLUMN "aliases" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "grid"."organisations" ADD COLUMN "search_text" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "grid"."organisations" ADD COLUMN "search_grams" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "cases"."category_routing_units" ADD CONSTRAINT "category_routing_units_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "cases"."categories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "grid_units_search_idx" ON "grid"."grid_units" USING gin ("search_grams");--> statement-breakpoint
CREATE INDEX "organisations_search_idx" ON "grid"."organisations" USING gin ("search_grams");--> statement-breakpoint
-- Rows written before this migration stay found by name and code as before: their search text and grams are
-- the name and the code (lower case, no spaces), the single characters and neighbouring pairs of each, as
-- searchColumns() writes them. Pinyin, short names and aliases are added when a row's names are next set.
UPDATE "grid"."grid_units" AS u SET "search_text" = w.words[1] || ' ' || w.words[2],
  "search_grams" = array(
    SELECT DISTINCT substr(word, i, n) FROM unnest(w.words) AS word, generate_series(1, char_length(word)) AS i,
      (VALUES (1), (2)) AS len(n)
    WHERE i + n - 1 <= char_length(word))
FROM (SELECT id, array[lower(regexp_replace(name, '\s', '', 'g')), lower(regexp_replace(code, '\s', '', 'g'))] AS words
      FROM "grid"."grid_units") AS w
WHERE u.id = w.id;--> statement-breakpoint
UPDATE "grid"."organisations" AS o SET "search_text" = w.words[1] || ' ' || w.words[2],
  "search_grams" = array(
    SELECT DISTINCT substr(word, i, n) FROM unnest(w.words) AS word, generate_series(1, char_length(word)) AS i,
      (VALUES (1), (2)) AS len(n)
    WHERE i + n - 1 <= char_length(word))
FROM (SELECT id, array[lower(regexp_replace(name, '\s', '', 'g')), lower(regexp_replace(code, '\s', '', 'g'))] AS words
      FROM "grid"."organisations") AS w
WHERE o.id = w.id;
