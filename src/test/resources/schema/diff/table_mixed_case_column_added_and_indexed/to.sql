-- A mixed-case table (with a serial whose sequence name needs quotes) gains a mixed-case column,
-- a unique index and a foreign key from a new table.
CREATE TABLE "UserAccounts" ("Id" serial PRIMARY KEY, "EmailAddress" text NOT NULL, "DisplayName" text);
CREATE UNIQUE INDEX "UserAccounts_EmailAddress_key" ON "UserAccounts" (lower("EmailAddress"));
CREATE TABLE "Sessions" ("Token" text PRIMARY KEY, "UserId" integer NOT NULL REFERENCES "UserAccounts" ("Id") ON DELETE CASCADE);
