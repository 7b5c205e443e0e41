CREATE TABLE "people"."availability_exceptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"membership_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"from_date" date NOT NULL,
	"to_date" date NOT NULL,
	"note" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "people"."certifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"membership_id" uuid NOT NULL,
	"name" text NOT NULL,
	"expires_on" date,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "people"."mediation_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"membership_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"resolved" boolean NOT NULL,
	"satisfaction" smallint,
	"concluded_at" timestamp (3) with time zone NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "people"."membership_status_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"membership_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"reason" text,
	"actor_account_id" uuid,
	"at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DROP INDEX "people"."pool_memberships_person_idx";--> statement-breakpoint
ALTER TABLE "people"."persons" ADD COLUMN "merged_into_id" uuid;--> statement-breakpoint
ALTER TABLE "people"."persons" ADD COLUMN "merged_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "people"."pool_memberships" ADD COLUMN "languages" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "people"."pool_memberships" ADD COLUMN "weekdays" smallint[] DEFAULT '{1,2,3,4,5}'::smallint[] NOT NULL;--> statement-breakpoint
ALTER TABLE "people"."availability_exceptions" ADD CONSTRAINT "availability_exceptions_membership_id_pool_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "people"."pool_memberships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people"."certifications" ADD CONSTRAINT "certifications_membership_id_pool_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "people"."pool_memberships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people"."mediation_records" ADD CONSTRAINT "mediation_records_membership_id_pool_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "people"."pool_memberships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people"."membership_status_history" ADD CONSTRAINT "membership_status_history_membership_id_pool_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "people"."pool_memberships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "availability_exceptions_membership_idx" ON "people"."availability_exceptions" USING btree ("membership_id","from_date");--> statement-breakpoint
CREATE INDEX "certifications_membership_idx" ON "people"."certifications" USING btree ("membership_id");--> statement-breakpoint
CREATE INDEX "certifications_expires_idx" ON "people"."certifications" USING btree ("expires_on");--> statement-breakpoint
CREATE UNIQUE INDEX "mediation_records_member_case_idx" ON "people"."mediation_records" USING btree ("membership_id","case_id");--> statement-breakpoint
CREATE INDEX "membership_status_history_membership_idx" ON "people"."membership_status_history" USING btree ("membership_id","at");--> statement-breakpoint
CREATE INDEX "persons_merged_into_idx" ON "people"."persons" USING btree ("merged_into_id");--> statement-breakpoint
CREATE UNIQUE INDEX "pool_memberships_person_pool_idx" ON "people"."pool_memberships" USING btree ("person_id","pool");