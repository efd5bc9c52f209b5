CREATE TABLE "größen" (id integer PRIMARY KEY, "breite_cm" integer);
INSERT INTO "größen" VALUES (1, 20);
