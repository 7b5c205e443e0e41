CREATE TABLE "funds"."journal_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"memo" text NOT NULL,
	"occurred_at" timestamp (3) with time zone NOT NULL,
	"recorded_by" uuid,
	"reverses_entry_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "journal_entries_reverses_entry_id_unique" UNIQUE("reverses_entry_id")
);
--> statement-breakpoint
CREATE TABLE "funds"."ledger_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entry_id" uuid NOT NULL,
	"fund_id" uuid,
	"external_account" text,
	"amount_fen" bigint NOT NULL,
	CONSTRAINT "ledger_lines_amount_not_zero" CHECK ("funds"."ledger_lines"."amount_fen" <> 0),
	CONSTRAINT "ledger_lines_one_account" CHECK (("funds"."ledger_lines"."fund_id" is null) <> ("funds"."ledger_lines"."external_account" is null))
);
--> statement-breakpoint
CREATE TABLE "funds"."legal_aid_matters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"person_id" uuid NOT NULL,
	"case_id" uuid,
	"lawyer_id" uuid,
	"status" text DEFAULT 'ACCEPTED' NOT NULL,
	"summary" text NOT NULL,
	"documents_drafted" integer DEFAULT 0 NOT NULL,
	"recovered_fen" bigint DEFAULT 0 NOT NULL,
	"opened_at" timestamp (3) with time zone NOT NULL,
	"concluded_at" timestamp (3) with time zone,
	"opened_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "legal_aid_documents_not_negative" CHECK ("funds"."legal_aid_matters"."documents_drafted" >= 0),
	CONSTRAINT "legal_aid_recovered_not_negative" CHECK ("funds"."legal_aid_matters"."recovered_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "funds"."relief_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"fund_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"case_id" uuid,
	"township_id" uuid,
	"vulnerability" text,
	"amount_fen" bigint NOT NULL,
	"reason" text NOT NULL,
	"evidence" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'PROPOSED' NOT NULL,
	"proposed_by" uuid NOT NULL,
	"proposed_at" timestamp (3) with time zone NOT NULL,
	"first_approved_by" uuid,
	"first_approved_at" timestamp (3) with time zone,
	"second_approved_by" uuid,
	"second_approved_at" timestamp (3) with time zone,
	"rejected_by" uuid,
	"rejected_at" timestamp (3) with time zone,
	"rejection_reason" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "relief_applications_amount_positive" CHECK ("funds"."relief_applications"."amount_fen" > 0),
	CONSTRAINT "relief_applications_four_eyes" CHECK ("funds"."relief_applications"."first_approved_by" is null or "funds"."relief_applications"."first_approved_by" <> "funds"."relief_applications"."proposed_by"),
	CONSTRAINT "relief_applications_two_approvers" CHECK ("funds"."relief_applications"."second_approved_by" is null or ("funds"."relief_applications"."second_approved_by" <> "funds"."relief_applications"."first_approved_by" and "funds"."relief_applications"."second_approved_by" <> "funds"."relief_applications"."proposed_by"))
);
--> statement-breakpoint
CREATE TABLE "funds"."relief_follow_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"note" text NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "funds"."disbursements" ADD COLUMN "application_id" uuid;--> statement-breakpoint
ALTER TABLE "funds"."disbursements" ADD COLUMN "journal_entry_id" uuid;--> statement-breakpoint
ALTER TABLE "funds"."disbursements" ADD COLUMN "reversal_entry_id" uuid;--> statement-breakpoint
ALTER TABLE "funds"."disbursements" ADD COLUMN "reversed_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "funds"."disbursements" ADD COLUMN "reversed_by" uuid;--> statement-breakpoint
ALTER TABLE "funds"."disbursements" ADD COLUMN "reversal_reason" text;--> statement-breakpoint
ALTER TABLE "funds"."funds" ADD COLUMN "per_person_yearly_cap_fen" bigint;--> statement-breakpoint
ALTER TABLE "funds"."funds" ADD COLUMN "second_approval_above_fen" bigint;--> statement-breakpoint
ALTER TABLE "funds"."funds" ADD COLUMN "requires_vulnerability" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "funds"."journal_entries" ADD CONSTRAINT "journal_entries_reverses_entry_id_journal_entries_id_fk" FOREIGN KEY ("reverses_entry_id") REFERENCES "funds"."journal_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funds"."ledger_lines" ADD CONSTRAINT "ledger_lines_entry_id_journal_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "funds"."journal_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funds"."ledger_lines" ADD CONSTRAINT "ledger_lines_fund_id_funds_id_fk" FOREIGN KEY ("fund_id") REFERENCES "funds"."funds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funds"."relief_applications" ADD CONSTRAINT "relief_applications_fund_id_funds_id_fk" FOREIGN KEY ("fund_id") REFERENCES "funds"."funds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funds"."relief_follow_ups" ADD CONSTRAINT "relief_follow_ups_application_id_relief_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "funds"."relief_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "journal_entries_occurred_idx" ON "funds"."journal_entries" USING btree ("occurred_at");--> statement-breakpoint
CREATE INDEX "ledger_lines_entry_idx" ON "funds"."ledger_lines" USING btree ("entry_id");--> statement-breakpoint
CREATE INDEX "ledger_lines_fund_idx" ON "funds"."ledger_lines" USING btree ("fund_id","entry_id");--> statement-breakpoint
CREATE INDEX "legal_aid_matters_opened_idx" ON "funds"."legal_aid_matters" USING btree ("opened_at","id");--> statement-breakpoint
CREATE INDEX "legal_aid_matters_person_idx" ON "funds"."legal_aid_matters" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "legal_aid_matters_case_idx" ON "funds"."legal_aid_matters" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "relief_applications_fund_idx" ON "funds"."relief_applications" USING btree ("fund_id","proposed_at");--> statement-breakpoint
CREATE INDEX "relief_applications_person_idx" ON "funds"."relief_applications" USING btree ("person_id","fund_id");--> statement-breakpoint
CREATE INDEX "relief_applications_case_idx" ON "funds"."relief_applications" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "relief_follow_ups_application_idx" ON "funds"."relief_follow_ups" USING btree ("application_id","recorded_at");--> statement-breakpoint
ALTER TABLE "funds"."disbursements" ADD CONSTRAINT "disbursements_application_id_relief_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "funds"."relief_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funds"."disbursements" ADD CONSTRAINT "disbursements_journal_entry_id_journal_entries_id_fk" FOREIGN KEY ("journal_entry_id") REFERENCES "funds"."journal_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funds"."disbursements" ADD CONSTRAINT "disbursements_reversal_entry_id_journal_entries_id_fk" FOREIGN KEY ("reversal_entry_id") REFERENCES "funds"."journal_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funds"."disbursements" ADD CONSTRAINT "disbursements_application_id_unique" UNIQUE("application_id");--> statement-breakpoint
ALTER TABLE "funds"."disbursements" ADD CONSTRAINT "disbursements_journal_entry_id_unique" UNIQUE("journal_entry_id");--> statement-breakpoint
ALTER TABLE "funds"."disbursements" ADD CONSTRAINT "disbursements_reversal_entry_id_unique" UNIQUE("reversal_entry_id");