-- Non-ASCII table, column, index and constraint names.
CREATE TABLE "größen" (id integer PRIMARY KEY, "breite_cm" integer, "höhe_cm" integer DEFAULT 10,
    "名前" text, CONSTRAINT "höhe_positiv" CHECK ("höhe_cm" > 0));
CREATE INDEX "größen_名前_idx" ON "größen" ("名前");
COMMENT ON COLUMN "größen"."名前" IS 'Name — ausgeschrieben';
