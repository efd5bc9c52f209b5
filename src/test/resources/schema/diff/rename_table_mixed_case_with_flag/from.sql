CREATE TABLE "OrderLine" (id integer PRIMARY KEY, qty integer NOT NULL);
INSERT INTO "OrderLine" VALUES (1, 3);
