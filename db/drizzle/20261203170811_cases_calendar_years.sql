CREATE TABLE "cases"."calendar_years" (
	"year" integer PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"maintained_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
