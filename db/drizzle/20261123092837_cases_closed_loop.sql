CREATE TABLE "cases"."calendar_days" (
	"day" date PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cases"."case_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"name" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"checksum" text NOT NULL,
	"storage_key" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cases"."case_links" (
	"case_id" uuid NOT NULL,
	"earlier_case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	CONSTRAINT "case_links_case_id_earlier_case_id_pk" PRIMARY KEY("case_id","earlier_case_id")
);
--> statement-breakpoint
CREATE TABLE "cases"."case_objections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cases"."case_rules" (
	"id" integer PRIMARY KEY NOT NULL,
	"rules" jsonb NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cases"."case_units" (
	"case_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"lead" boolean NOT NULL,
	CONSTRAINT "case_units_case_id_organisation_id_pk" PRIMARY KEY("case_id","organisation_id")
);
--> statement-breakpoint
ALTER TABLE "cases"."case_events" ADD COLUMN "sequence" bigserial NOT NULL;--> statement-breakpoint
ALTER TABLE "cases"."case_petitioners" ADD COLUMN "representative" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD COLUMN "external_order_number" text;--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD COLUMN "assigning_body" text;--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD COLUMN "assigning_deadline_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD COLUMN "proxy_agent_person_id" uuid;--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD COLUMN "repeat" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD COLUMN "group_petition" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD COLUMN "cross_level" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD COLUMN "law_related" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD COLUMN "legal_channel" text;--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD COLUMN "finality_barred" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD COLUMN "pending_below" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD COLUMN "handling_mode" text DEFAULT 'FIRST_TIME' NOT NULL;--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD COLUMN "owner_person_id" uuid;--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD COLUMN "work_fund_fen" bigint;--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD COLUMN "level" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD COLUMN "final" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD COLUMN "satisfaction" text;--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD COLUMN "outcome" text;--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD COLUMN "routed_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD COLUMN "replied_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD COLUMN "closed_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "cases"."case_attachments" ADD CONSTRAINT "case_attachments_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "cases"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases"."case_links" ADD CONSTRAINT "case_links_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "cases"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases"."case_links" ADD CONSTRAINT "case_links_earlier_case_id_cases_id_fk" FOREIGN KEY ("earlier_case_id") REFERENCES "cases"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases"."case_objections" ADD CONSTRAINT "case_objections_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "cases"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases"."case_units" ADD CONSTRAINT "case_units_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "cases"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_attachments_case_idx" ON "cases"."case_attachments" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_links_earlier_idx" ON "cases"."case_links" USING btree ("earlier_case_id");--> statement-breakpoint
CREATE INDEX "case_objections_organisation_idx" ON "cases"."case_objections" USING btree ("organisation_id","at");--> statement-breakpoint
CREATE INDEX "case_units_organisation_idx" ON "cases"."case_units" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "cases_organisation_deadline_idx" ON "cases"."cases" USING btree ("responsible_organisation_id","deadline_at");