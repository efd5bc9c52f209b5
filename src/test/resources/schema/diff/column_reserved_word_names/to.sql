-- Reserved words as table and column names: a column added, one dropped, an index and a check.
CREATE TABLE "order" ("user" integer NOT NULL, "select" text, "group" text DEFAULT 'all',
    CONSTRAINT "check" CHECK ("user" > 0));
CREATE INDEX "index" ON "order" ("user", "group");
