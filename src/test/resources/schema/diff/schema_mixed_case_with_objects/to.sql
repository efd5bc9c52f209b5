-- A schema whose name needs quotes, with a table, an enum, a view and a function in it.
CREATE TABLE placeholder (id integer PRIMARY KEY);
CREATE SCHEMA "Billing";
CREATE TYPE "Billing"."Status" AS ENUM ('Open', 'Paid');
CREATE TABLE "Billing"."Invoice" ("Id" integer PRIMARY KEY, "Status" "Billing"."Status" NOT NULL DEFAULT 'Open');
CREATE VIEW "Billing"."OpenInvoices" AS SELECT "Id" FROM "Billing"."Invoice" WHERE "Status" = 'Open';
CREATE FUNCTION "Billing"."CountOpen"() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT count(*) FROM "Billing"."OpenInvoices" $$;
