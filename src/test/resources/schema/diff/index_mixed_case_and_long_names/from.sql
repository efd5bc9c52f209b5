CREATE TABLE "AuditTrail" ("EventId" integer PRIMARY KEY, "OccurredAt" timestamptz NOT NULL);
