CREATE SCHEMA "cases";
--> statement-breakpoint
CREATE SCHEMA "people";
--> statement-breakpoint
CREATE SCHEMA "grid";
--> statement-breakpoint
CREATE SCHEMA "funds";
--> statement-breakpoint
CREATE SCHEMA "audit";
--> statement-breakpoint
CREATE TABLE "cases"."case_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"at" timestamp (3) with time zone NOT NULL,
	"actor_account_id" uuid,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cases"."case_number_counters" (
	"year" integer PRIMARY KEY NOT NULL,
	"last" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cases"."case_petitioners" (
	"case_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "case_petitioners_case_id_person_id_pk" PRIMARY KEY("case_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "cases"."cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"tracking_code" text NOT NULL,
	"channel" text NOT NULL,
	"category_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"grid_unit_id" uuid NOT NULL,
	"responsible_organisation_id" uuid,
	"mediator_id" uuid,
	"status" text DEFAULT 'REGISTERED' NOT NULL,
	"head_count" integer DEFAULT 1 NOT NULL,
	"contact_phone_enc" text,
	"contact_phone_last4" text,
	"received_at" timestamp (3) with time zone NOT NULL,
	"deadline_at" timestamp (3) with time zone NOT NULL,
	"registered_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cases_number_unique" UNIQUE("number"),
	CONSTRAINT "cases_tracking_code_unique" UNIQUE("tracking_code")
);
--> statement-breakpoint
CREATE TABLE "cases"."categories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"parent_id" uuid,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "categories_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "people"."accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"username" text NOT NULL,
	"password_hash" text NOT NULL,
	"roles" text[] NOT NULL,
	"organisation_id" uuid,
	"disabled" boolean DEFAULT false NOT NULL,
	"failed_logins" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp (3) with time zone,
	"last_login_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "accounts_username_unique" UNIQUE("username")
);
--> statement-breakpoint
CREATE TABLE "people"."persons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"gender" text DEFAULT 'UNSPECIFIED' NOT NULL,
	"phone_enc" text,
	"phone_hash" text,
	"national_id_enc" text,
	"national_id_hash" text,
	"birth_date" date,
	"address" text,
	"vulnerabilities" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "people"."pool_memberships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"pool" text NOT NULL,
	"full_time" boolean DEFAULT false NOT NULL,
	"specialties" text[] DEFAULT '{}'::text[] NOT NULL,
	"studio" text,
	"organisation_id" uuid,
	"grid_unit_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"status" text DEFAULT 'ACTIVE' NOT NULL,
	"joined_on" date,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "grid"."grid_units" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"level" text NOT NULL,
	"parent_id" uuid,
	"path" text NOT NULL,
	"depth" integer NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "grid_units_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "grid"."organisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"parent_id" uuid,
	"grid_unit_id" uuid,
	"phone" text,
	"address" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisations_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "funds"."disbursements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"fund_id" uuid NOT NULL,
	"case_id" uuid,
	"person_id" uuid NOT NULL,
	"amount_fen" bigint NOT NULL,
	"purpose" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"paid_at" timestamp (3) with time zone NOT NULL,
	"paid_by" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "disbursements_idempotency_key_unique" UNIQUE("idempotency_key"),
	CONSTRAINT "disbursements_amount_positive" CHECK ("funds"."disbursements"."amount_fen" > 0)
);
--> statement-breakpoint
CREATE TABLE "funds"."funds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"owner_organisation_id" uuid,
	"balance_fen" bigint DEFAULT 0 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "funds_code_unique" UNIQUE("code"),
	CONSTRAINT "funds_balance_not_negative" CHECK ("funds"."funds"."balance_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "audit"."access_log" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"actor_account_id" uuid,
	"entity_type" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"field" text NOT NULL,
	"request_id" text
);
--> statement-breakpoint
CREATE TABLE "audit"."events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"subgraph" text NOT NULL,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" uuid,
	"actor_account_id" uuid,
	"request_id" text,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cases"."case_events" ADD CONSTRAINT "case_events_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "cases"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases"."case_petitioners" ADD CONSTRAINT "case_petitioners_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "cases"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD CONSTRAINT "cases_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "cases"."categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases"."categories" ADD CONSTRAINT "categories_parent_id_categories_id_fk" FOREIGN KEY ("parent_id") REFERENCES "cases"."categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people"."accounts" ADD CONSTRAINT "accounts_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "people"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people"."pool_memberships" ADD CONSTRAINT "pool_memberships_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "people"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grid"."grid_units" ADD CONSTRAINT "grid_units_parent_id_grid_units_id_fk" FOREIGN KEY ("parent_id") REFERENCES "grid"."grid_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grid"."organisations" ADD CONSTRAINT "organisations_parent_id_organisations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "grid"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grid"."organisations" ADD CONSTRAINT "organisations_grid_unit_id_grid_units_id_fk" FOREIGN KEY ("grid_unit_id") REFERENCES "grid"."grid_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funds"."disbursements" ADD CONSTRAINT "disbursements_fund_id_funds_id_fk" FOREIGN KEY ("fund_id") REFERENCES "funds"."funds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_events_case_idx" ON "cases"."case_events" USING btree ("case_id","at");--> statement-breakpoint
CREATE INDEX "case_petitioners_person_idx" ON "cases"."case_petitioners" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "cases_received_idx" ON "cases"."cases" USING btree ("received_at","id");--> statement-breakpoint
CREATE INDEX "cases_deadline_idx" ON "cases"."cases" USING btree ("deadline_at","id");--> statement-breakpoint
CREATE INDEX "cases_status_idx" ON "cases"."cases" USING btree ("status");--> statement-breakpoint
CREATE INDEX "cases_category_idx" ON "cases"."cases" USING btree ("category_id");--> statement-breakpoint
CREATE INDEX "cases_grid_unit_idx" ON "cases"."cases" USING btree ("grid_unit_id");--> statement-breakpoint
CREATE INDEX "cases_organisation_idx" ON "cases"."cases" USING btree ("responsible_organisation_id");--> statement-breakpoint
CREATE INDEX "cases_mediator_idx" ON "cases"."cases" USING btree ("mediator_id");--> statement-breakpoint
CREATE INDEX "categories_parent_idx" ON "cases"."categories" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "accounts_person_idx" ON "people"."accounts" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "persons_national_id_hash_idx" ON "people"."persons" USING btree ("national_id_hash");--> statement-breakpoint
CREATE INDEX "persons_phone_hash_idx" ON "people"."persons" USING btree ("phone_hash");--> statement-breakpoint
CREATE INDEX "persons_name_idx" ON "people"."persons" USING btree ("name");--> statement-breakpoint
CREATE INDEX "pool_memberships_person_idx" ON "people"."pool_memberships" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "pool_memberships_pool_status_idx" ON "people"."pool_memberships" USING btree ("pool","status");--> statement-breakpoint
CREATE INDEX "grid_units_parent_idx" ON "grid"."grid_units" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "grid_units_path_idx" ON "grid"."grid_units" USING btree ("path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "grid_units_level_idx" ON "grid"."grid_units" USING btree ("level");--> statement-breakpoint
CREATE INDEX "organisations_kind_idx" ON "grid"."organisations" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "organisations_parent_idx" ON "grid"."organisations" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "disbursements_case_idx" ON "funds"."disbursements" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "disbursements_person_idx" ON "funds"."disbursements" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "disbursements_fund_idx" ON "funds"."disbursements" USING btree ("fund_id","paid_at");--> statement-breakpoint
CREATE INDEX "access_log_entity_idx" ON "audit"."access_log" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "audit_events_entity_idx" ON "audit"."events" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "audit_events_at_idx" ON "audit"."events" USING btree ("at");