CREATE TABLE "Ledger" ("ID" integer PRIMARY KEY, "Debit" numeric, "Credit" numeric);
