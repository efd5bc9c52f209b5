CREATE TABLE "order" ("user" integer NOT NULL, "select" text, "from" date);
INSERT INTO "order" VALUES (1, 'a', '2026-01-01');
