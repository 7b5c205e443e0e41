CREATE TABLE "grid"."duty_leaves" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"starts_at" timestamp (3) with time zone NOT NULL,
	"ends_at" timestamp (3) with time zone NOT NULL,
	"reason" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "grid"."duty_shifts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"person_id" uuid NOT NULL,
	"starts_at" timestamp (3) with time zone NOT NULL,
	"ends_at" timestamp (3) with time zone NOT NULL,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "grid"."duty_swaps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"first_shift_id" uuid NOT NULL,
	"second_shift_id" uuid NOT NULL,
	"first_person_id" uuid NOT NULL,
	"second_person_id" uuid NOT NULL,
	"approved_by_account_id" uuid NOT NULL,
	"reason" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "grid"."grid_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"grid_unit_id" uuid NOT NULL,
	"category_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"place" text,
	"longitude" double precision,
	"latitude" double precision,
	"photos" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'REPORTED' NOT NULL,
	"occurred_at" timestamp (3) with time zone NOT NULL,
	"reported_at" timestamp (3) with time zone NOT NULL,
	"reported_by_account_id" uuid,
	"disposal" text,
	"disposed_at" timestamp (3) with time zone,
	"whistled_to_organisation_id" uuid,
	"whistled_at" timestamp (3) with time zone,
	"response_due_at" timestamp (3) with time zone,
	"response" text,
	"responded_at" timestamp (3) with time zone,
	"feedback" text,
	"satisfied" boolean,
	"closed_at" timestamp (3) with time zone,
	"case_id" uuid,
	"escalated_at" timestamp (3) with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "grid"."grid_staff" (
	"grid_unit_id" uuid NOT NULL,
	"role" text NOT NULL,
	"person_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "grid_staff_grid_unit_id_role_person_id_pk" PRIMARY KEY("grid_unit_id","role","person_id")
);
--> statement-breakpoint
CREATE TABLE "grid"."grid_unit_details" (
	"grid_unit_id" uuid PRIMARY KEY NOT NULL,
	"boundary" jsonb,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "grid"."joint_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"scheduled_at" timestamp (3) with time zone NOT NULL,
	"place" text,
	"topics" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"organisation_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "grid"."meeting_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"text" text NOT NULL,
	"owner_organisation_id" uuid NOT NULL,
	"due_on" date NOT NULL,
	"done_at" timestamp (3) with time zone,
	"follow_ups" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "grid"."organisation_profiles" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"channels" text[] DEFAULT '{}'::text[] NOT NULL,
	"contacts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "grid"."residencies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"mode" text NOT NULL,
	"window" text,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"case_load" integer,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "grid"."duty_swaps" ADD CONSTRAINT "duty_swaps_first_shift_id_duty_shifts_id_fk" FOREIGN KEY ("first_shift_id") REFERENCES "grid"."duty_shifts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grid"."duty_swaps" ADD CONSTRAINT "duty_swaps_second_shift_id_duty_shifts_id_fk" FOREIGN KEY ("second_shift_id") REFERENCES "grid"."duty_shifts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grid"."grid_events" ADD CONSTRAINT "grid_events_grid_unit_id_grid_units_id_fk" FOREIGN KEY ("grid_unit_id") REFERENCES "grid"."grid_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grid"."grid_events" ADD CONSTRAINT "grid_events_whistled_to_organisation_id_organisations_id_fk" FOREIGN KEY ("whistled_to_organisation_id") REFERENCES "grid"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grid"."grid_staff" ADD CONSTRAINT "grid_staff_grid_unit_id_grid_units_id_fk" FOREIGN KEY ("grid_unit_id") REFERENCES "grid"."grid_units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grid"."grid_unit_details" ADD CONSTRAINT "grid_unit_details_grid_unit_id_grid_units_id_fk" FOREIGN KEY ("grid_unit_id") REFERENCES "grid"."grid_units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grid"."meeting_decisions" ADD CONSTRAINT "meeting_decisions_meeting_id_joint_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "grid"."joint_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grid"."meeting_decisions" ADD CONSTRAINT "meeting_decisions_owner_organisation_id_organisations_id_fk" FOREIGN KEY ("owner_organisation_id") REFERENCES "grid"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grid"."organisation_profiles" ADD CONSTRAINT "organisation_profiles_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "grid"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grid"."residencies" ADD CONSTRAINT "residencies_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "grid"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "duty_leaves_person_idx" ON "grid"."duty_leaves" USING btree ("person_id","starts_at");--> statement-breakpoint
CREATE INDEX "duty_shifts_span_idx" ON "grid"."duty_shifts" USING btree ("starts_at","ends_at");--> statement-breakpoint
CREATE INDEX "duty_shifts_person_idx" ON "grid"."duty_shifts" USING btree ("person_id","starts_at");--> statement-breakpoint
CREATE INDEX "duty_swaps_first_idx" ON "grid"."duty_swaps" USING btree ("first_shift_id");--> statement-breakpoint
CREATE INDEX "duty_swaps_second_idx" ON "grid"."duty_swaps" USING btree ("second_shift_id");--> statement-breakpoint
CREATE INDEX "grid_events_reported_idx" ON "grid"."grid_events" USING btree ("reported_at","id");--> statement-breakpoint
CREATE INDEX "grid_events_grid_unit_idx" ON "grid"."grid_events" USING btree ("grid_unit_id");--> statement-breakpoint
CREATE INDEX "grid_events_whistled_idx" ON "grid"."grid_events" USING btree ("whistled_to_organisation_id","status","response_due_at");--> statement-breakpoint
CREATE INDEX "grid_events_case_idx" ON "grid"."grid_events" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "grid_staff_person_idx" ON "grid"."grid_staff" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "joint_meetings_scheduled_idx" ON "grid"."joint_meetings" USING btree ("scheduled_at","id");--> statement-breakpoint
CREATE INDEX "meeting_decisions_meeting_idx" ON "grid"."meeting_decisions" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "meeting_decisions_owner_idx" ON "grid"."meeting_decisions" USING btree ("owner_organisation_id","due_on");--> statement-breakpoint
CREATE INDEX "residencies_span_idx" ON "grid"."residencies" USING btree ("starts_on","ends_on");--> statement-breakpoint
CREATE INDEX "residencies_organisation_idx" ON "grid"."residencies" USING btree ("organisation_id");