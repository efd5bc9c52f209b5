-- Index names that need quotes, and one 63 characters long (the most PostgreSQL keeps).
CREATE TABLE "AuditTrail" ("EventId" integer PRIMARY KEY, "OccurredAt" timestamptz NOT NULL);
CREATE INDEX "AuditTrail_OccurredAt_Idx" ON "AuditTrail" ("OccurredAt");
CREATE INDEX audit_trail_occurred_at_event_id_covering_index_for_reports_xyz ON "AuditTrail" ("OccurredAt", "EventId");
