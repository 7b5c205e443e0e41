-- Blind indexes of the last four phone digits and of the name, and the data key version a row's indexes
-- were computed with. The key never reaches the database, so the rows are filled in by the people subgraph
-- when it starts (index_key_version is null until then; see reindex-persons.ts), not here.
ALTER TABLE "people"."persons" ADD COLUMN "phone_last4_hash" text;--> statement-breakpoint
ALTER TABLE "people"."persons" ADD COLUMN "name_hash" text;--> statement-breakpoint
ALTER TABLE "people"."persons" ADD COLUMN "name_prefix_hash" text;--> statement-breakpoint
ALTER TABLE "people"."persons" ADD COLUMN "index_key_version" integer;--> statement-breakpoint
CREATE INDEX "persons_phone_last4_hash_idx" ON "people"."persons" USING btree ("phone_last4_hash");--> statement-breakpoint
CREATE INDEX "persons_name_hash_idx" ON "people"."persons" USING btree ("name_hash");--> statement-breakpoint
CREATE INDEX "persons_name_prefix_hash_idx" ON "people"."persons" USING btree ("name_prefix_hash");--> statement-breakpoint
CREATE INDEX "persons_index_key_version_idx" ON "people"."persons" USING btree ("index_key_version");