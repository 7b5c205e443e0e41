-- A committed journal entry is sealed: its lines are written in the transaction that wrote it and no
-- other, so balancing lines appended later cannot rewrite what an entry moved. A BEFORE INSERT
-- trigger stamps the writing transaction on the entry whatever the insert says; the line trigger
-- compares it with the transaction inserting the line (txid_current() is the top-level transaction,
-- also inside a savepoint).
CREATE FUNCTION "funds"."stamp_entry_transaction"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.written_in_txid := txid_current();
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER "journal_entries_stamp_transaction" BEFORE INSERT ON "funds"."journal_entries"
  FOR EACH ROW EXECUTE FUNCTION "funds"."stamp_entry_transaction"();
--> statement-breakpoint
CREATE FUNCTION "funds"."refuse_lines_on_sealed_entry"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM "funds"."journal_entries" WHERE id = NEW.entry_id AND written_in_txid = txid_current()) THEN
    RAISE EXCEPTION 'Journal entry % is sealed: lines are written with their entry, in its transaction. Record a new entry instead.', NEW.entry_id
      USING ERRCODE = '42501';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER "ledger_lines_entry_sealed" BEFORE INSERT ON "funds"."ledger_lines"
  FOR EACH ROW EXECUTE FUNCTION "funds"."refuse_lines_on_sealed_entry"();
