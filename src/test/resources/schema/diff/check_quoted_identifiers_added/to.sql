-- Upper-case table, columns and constraint name: quoted wherever they are written.
CREATE TABLE "Ledger" ("ID" integer PRIMARY KEY, "Debit" numeric, "Credit" numeric);
ALTER TABLE "Ledger" ADD CONSTRAINT "ONE_SIDE_ONLY" CHECK (("Debit" IS NULL) <> ("Credit" IS NULL));
