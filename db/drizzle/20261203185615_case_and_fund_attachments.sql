CREATE TABLE "funds"."attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"relief_application_id" uuid,
	"legal_aid_matter_id" uuid,
	"name" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"checksum" text NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "attachments_one_record" CHECK (num_nonnulls("funds"."attachments"."relief_application_id", "funds"."attachments"."legal_aid_matter_id") = 1)
);
--> statement-breakpoint
ALTER TABLE "cases"."case_attachments" ADD COLUMN "handling_step_id" uuid;--> statement-breakpoint
ALTER TABLE "cases"."case_attachments" ADD COLUMN "uploaded_by" uuid;--> statement-breakpoint
ALTER TABLE "cases"."case_attachments" ADD COLUMN "stored" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "funds"."attachments" ADD CONSTRAINT "attachments_relief_application_id_relief_applications_id_fk" FOREIGN KEY ("relief_application_id") REFERENCES "funds"."relief_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funds"."attachments" ADD CONSTRAINT "attachments_legal_aid_matter_id_legal_aid_matters_id_fk" FOREIGN KEY ("legal_aid_matter_id") REFERENCES "funds"."legal_aid_matters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "attachments_application_file_idx" ON "funds"."attachments" USING btree ("relief_application_id","checksum");--> statement-breakpoint
CREATE UNIQUE INDEX "attachments_matter_file_idx" ON "funds"."attachments" USING btree ("legal_aid_matter_id","checksum");--> statement-breakpoint
ALTER TABLE "cases"."case_attachments" ADD CONSTRAINT "case_attachments_handling_step_id_case_events_id_fk" FOREIGN KEY ("handling_step_id") REFERENCES "cases"."case_events"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_attachments_step_idx" ON "cases"."case_attachments" USING btree ("handling_step_id");--> statement-breakpoint
CREATE UNIQUE INDEX "case_attachments_stored_file_idx" ON "cases"."case_attachments" USING btree ("case_id","checksum") WHERE "cases"."case_attachments"."stored";