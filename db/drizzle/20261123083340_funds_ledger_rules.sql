-- The funds ledger's rules live in the database, so no code path (a bug, a script, a partner's
-- integration) can break them: entries balance, the ledger is append-only, a fund's cached balance
-- moves only with its ledger lines and never below zero.

-- Every journal entry's lines sum to zero and it has at least two, checked at commit (deferred), so an
-- entry's lines may be inserted one by one inside its transaction.
CREATE FUNCTION "funds"."check_entry_balanced"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  entry uuid;
  total numeric;
  lines integer;
BEGIN
  -- Each branch is planned only when it runs, so each table's NEW is read by its own column name.
  IF TG_TABLE_NAME = 'journal_entries' THEN
    entry := NEW.id;
  ELSE
    entry := NEW.entry_id;
  END IF;
  SELECT coalesce(sum(amount_fen), 0), count(*) INTO total, lines FROM "funds"."ledger_lines" WHERE entry_id = entry;
  IF total <> 0 OR lines < 2 THEN
    RAISE EXCEPTION 'Journal entry % does not balance: its % lines sum to % fen instead of 0.', entry, lines, total
      USING ERRCODE = '23514', CONSTRAINT = 'ledger_entry_balanced';
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "ledger_lines_balanced" AFTER INSERT ON "funds"."ledger_lines"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "funds"."check_entry_balanced"();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "journal_entries_balanced" AFTER INSERT ON "funds"."journal_entries"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "funds"."check_entry_balanced"();
--> statement-breakpoint

-- The fund's cached balance follows its lines in the same transaction. The UPDATE locks the fund's
-- row, so concurrent payments from one fund queue here and each sees the balance the previous left;
-- the CHECK funds_balance_not_negative then refuses the one that would overdraw.
CREATE FUNCTION "funds"."apply_line_to_balance"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.fund_id IS NOT NULL THEN
    UPDATE "funds"."funds" SET balance_fen = balance_fen + NEW.amount_fen, updated_at = now() WHERE id = NEW.fund_id;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "ledger_lines_apply_to_balance" AFTER INSERT ON "funds"."ledger_lines"
  FOR EACH ROW EXECUTE FUNCTION "funds"."apply_line_to_balance"();
--> statement-breakpoint

-- Existing data (a database migrated from the foundation) enters the ledger: each fund's money as an
-- opening allocation, each payment as its disbursement entry, so balances derive from the ledger.
DO $$
DECLARE
  f record;
  d record;
  entry uuid;
BEGIN
  FOR f IN
    SELECT fu.id, fu.balance_fen + coalesce(sum(di.amount_fen), 0) AS total,
      least(fu.created_at, min(di.paid_at)) AS opened
    FROM "funds"."funds" fu LEFT JOIN "funds"."disbursements" di ON di.fund_id = fu.id
    GROUP BY fu.id
  LOOP
    UPDATE "funds"."funds" SET balance_fen = 0 WHERE id = f.id;
    IF f.total > 0 THEN
      INSERT INTO "funds"."journal_entries" (kind, memo, occurred_at) VALUES ('ALLOCATION', 'Opening balance carried into the ledger', f.opened)
        RETURNING id INTO entry;
      INSERT INTO "funds"."ledger_lines" (entry_id, fund_id, external_account, amount_fen)
        VALUES (entry, f.id, NULL, f.total), (entry, NULL, 'BUDGET', -f.total);
    END IF;
  END LOOP;
  FOR d IN SELECT id, fund_id, amount_fen, purpose, paid_at, paid_by FROM "funds"."disbursements" ORDER BY paid_at, id LOOP
    INSERT INTO "funds"."journal_entries" (kind, memo, occurred_at, recorded_by) VALUES ('DISBURSEMENT', d.purpose, d.paid_at, d.paid_by)
      RETURNING id INTO entry;
    INSERT INTO "funds"."ledger_lines" (entry_id, fund_id, external_account, amount_fen)
      VALUES (entry, d.fund_id, NULL, -d.amount_fen), (entry, NULL, 'PAYEES', d.amount_fen);
    UPDATE "funds"."disbursements" SET journal_entry_id = entry WHERE id = d.id;
  END LOOP;
END $$;
--> statement-breakpoint
-- Check the carried-over entries now rather than at commit: pending deferred checks would make every
-- later ALTER TABLE of these tables in this migration run fail ("pending trigger events").
SET CONSTRAINTS "funds"."ledger_lines_balanced", "funds"."journal_entries_balanced" IMMEDIATE;
--> statement-breakpoint

-- A fund opens at zero and its balance changes only through the line trigger above (trigger depth 2).
CREATE FUNCTION "funds"."guard_fund_balance"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' AND NEW.balance_fen <> 0 THEN
    RAISE EXCEPTION 'A fund opens with a zero balance; put money in through a ledger entry (allocateToFund).'
      USING ERRCODE = '23514', CONSTRAINT = 'funds_balance_from_ledger';
  END IF;
  IF TG_OP = 'UPDATE' AND NEW.balance_fen IS DISTINCT FROM OLD.balance_fen AND pg_trigger_depth() < 2 THEN
    RAISE EXCEPTION 'A fund''s balance changes only through ledger lines; record a journal entry instead.'
      USING ERRCODE = '23514', CONSTRAINT = 'funds_balance_from_ledger';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER "funds_balance_from_ledger" BEFORE INSERT OR UPDATE ON "funds"."funds"
  FOR EACH ROW EXECUTE FUNCTION "funds"."guard_fund_balance"();
--> statement-breakpoint

-- Append-only: entries and lines are never changed or removed; a correction is a reversal entry.
CREATE FUNCTION "funds"."refuse_ledger_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'The ledger is append-only: % on funds.% is refused. Record a reversal entry instead.', TG_OP, TG_TABLE_NAME
    USING ERRCODE = '42501';
END $$;
--> statement-breakpoint
CREATE TRIGGER "journal_entries_append_only" BEFORE UPDATE OR DELETE ON "funds"."journal_entries"
  FOR EACH ROW EXECUTE FUNCTION "funds"."refuse_ledger_change"();
--> statement-breakpoint
CREATE TRIGGER "journal_entries_no_truncate" BEFORE TRUNCATE ON "funds"."journal_entries"
  FOR EACH STATEMENT EXECUTE FUNCTION "funds"."refuse_ledger_change"();
--> statement-breakpoint
CREATE TRIGGER "ledger_lines_append_only" BEFORE UPDATE OR DELETE ON "funds"."ledger_lines"
  FOR EACH ROW EXECUTE FUNCTION "funds"."refuse_ledger_change"();
--> statement-breakpoint
CREATE TRIGGER "ledger_lines_no_truncate" BEFORE TRUNCATE ON "funds"."ledger_lines"
  FOR EACH STATEMENT EXECUTE FUNCTION "funds"."refuse_ledger_change"();
--> statement-breakpoint

-- A payment's money facts never change once recorded, it is never deleted, and it is reversed at most
-- once; only the reversal columns may be filled in, once.
CREATE FUNCTION "funds"."guard_disbursement"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'A disbursement is never deleted; reverse it instead.' USING ERRCODE = '42501';
  END IF;
  IF NEW.fund_id IS DISTINCT FROM OLD.fund_id OR NEW.person_id IS DISTINCT FROM OLD.person_id
    OR NEW.amount_fen IS DISTINCT FROM OLD.amount_fen OR NEW.idempotency_key IS DISTINCT FROM OLD.idempotency_key
    OR NEW.journal_entry_id IS DISTINCT FROM OLD.journal_entry_id OR NEW.application_id IS DISTINCT FROM OLD.application_id
    OR (OLD.reversal_entry_id IS NOT NULL AND NEW.reversal_entry_id IS DISTINCT FROM OLD.reversal_entry_id) THEN
    RAISE EXCEPTION 'A disbursement''s money facts never change; reverse it (once) instead.' USING ERRCODE = '42501';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER "disbursements_guard" BEFORE UPDATE OR DELETE ON "funds"."disbursements"
  FOR EACH ROW EXECUTE FUNCTION "funds"."guard_disbursement"();
