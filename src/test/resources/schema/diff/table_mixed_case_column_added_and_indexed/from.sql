CREATE TABLE "UserAccounts" ("Id" serial PRIMARY KEY, "EmailAddress" text NOT NULL);
INSERT INTO "UserAccounts" ("EmailAddress") VALUES ('a@example.com');
