-- Change log, counters and leases: what many seats (and a second engine) need.
--
-- change_log: one row per changed subject, written inside the same transaction as the
-- change (by the triggers below, so no write path can forget it). Seats follow it by its
-- own sequence instead of each table's MAX(id). Subjects: 'incident' (ref = incident id),
-- 'call' (ref = call id), 'queue' (ref = the queue table's row id), 'day' (a sign-off).
-- Bulk loads may drop the change_log_* triggers and create them again afterwards.
CREATE TABLE change_log (
    seq     INTEGER PRIMARY KEY AUTOINCREMENT,
    subject TEXT NOT NULL,
    ref_id  INTEGER NOT NULL
);

-- Named counters handed out with UPDATE ... RETURNING inside a write: the daily incident
-- sequence is 'incident:YYYY-MM-DD'. Right under any engine's concurrency, not only
-- under SQLite's single write lock.
CREATE TABLE counters (
    name  TEXT PRIMARY KEY,
    value INTEGER NOT NULL
);
INSERT INTO counters (name, value)
    SELECT 'incident:' || day, MAX(seq) FROM incidents GROUP BY day;

-- Leases: one seat at a time does a shared chore (the escalation pass); a lease whose
-- holder stopped renewing it expires and another seat takes it over.
CREATE TABLE leases (
    name       TEXT PRIMARY KEY,
    holder     TEXT NOT NULL,
    expires_at TEXT NOT NULL
);

CREATE TRIGGER change_log_incident_events_insert AFTER INSERT ON incident_events
BEGIN
    INSERT INTO change_log (subject, ref_id) VALUES ('incident', NEW.incident_id);
END;

CREATE TRIGGER change_log_incidents_insert AFTER INSERT ON incidents
BEGIN
    INSERT INTO change_log (subject, ref_id) VALUES ('incident', NEW.id);
END;

CREATE TRIGGER change_log_incidents_update AFTER UPDATE ON incidents
BEGIN
    INSERT INTO change_log (subject, ref_id) VALUES ('incident', NEW.id);
END;

CREATE TRIGGER change_log_assignments_insert AFTER INSERT ON assignments
BEGIN
    INSERT INTO change_log (subject, ref_id) VALUES ('incident', NEW.incident_id);
END;

CREATE TRIGGER change_log_assignments_update AFTER UPDATE ON assignments
BEGIN
    INSERT INTO change_log (subject, ref_id) VALUES ('incident', NEW.incident_id);
END;

CREATE TRIGGER change_log_enterprise_pushes_insert AFTER INSERT ON enterprise_pushes
BEGIN
    INSERT INTO change_log (subject, ref_id) VALUES ('incident', NEW.incident_id);
END;

CREATE TRIGGER change_log_enterprise_pushes_update AFTER UPDATE ON enterprise_pushes
BEGIN
    INSERT INTO change_log (subject, ref_id) VALUES ('incident', NEW.incident_id);
END;

CREATE TRIGGER change_log_callbacks_insert AFTER INSERT ON callbacks
BEGIN
    INSERT INTO change_log (subject, ref_id) VALUES ('incident', NEW.incident_id);
END;

CREATE TRIGGER change_log_callbacks_update AFTER UPDATE ON callbacks
BEGIN
    INSERT INTO change_log (subject, ref_id) VALUES ('incident', NEW.incident_id);
END;

CREATE TRIGGER change_log_escalations_insert AFTER INSERT ON escalations
BEGIN
    INSERT INTO change_log (subject, ref_id) VALUES ('incident', NEW.incident_id);
END;

CREATE TRIGGER change_log_escalations_update AFTER UPDATE ON escalations
BEGIN
    INSERT INTO change_log (subject, ref_id) VALUES ('incident', NEW.incident_id);
END;

CREATE TRIGGER change_log_incident_owners_insert AFTER INSERT ON incident_owners
BEGIN
    INSERT INTO change_log (subject, ref_id) VALUES ('incident', NEW.incident_id);
END;

CREATE TRIGGER change_log_incident_owners_update AFTER UPDATE ON incident_owners
BEGIN
    INSERT INTO change_log (subject, ref_id) VALUES ('incident', NEW.incident_id);
END;

CREATE TRIGGER change_log_incident_outcomes_insert AFTER INSERT ON incident_outcomes
BEGIN
    INSERT INTO change_log (subject, ref_id) VALUES ('incident', NEW.incident_id);
END;

CREATE TRIGGER change_log_incident_outcomes_update AFTER UPDATE ON incident_outcomes
BEGIN
    INSERT INTO change_log (subject, ref_id) VALUES ('incident', NEW.incident_id);
END;

CREATE TRIGGER change_log_calls_insert AFTER INSERT ON calls
BEGIN
    INSERT INTO change_log (subject, ref_id) VALUES ('call', NEW.id);
END;

CREATE TRIGGER change_log_calls_update AFTER UPDATE ON calls
BEGIN
    INSERT INTO change_log (subject, ref_id) VALUES ('call', NEW.id);
END;

CREATE TRIGGER change_log_call_followups_insert AFTER INSERT ON call_followups
BEGIN
    INSERT INTO change_log (subject, ref_id) VALUES ('call', NEW.call_id);
END;

CREATE TRIGGER change_log_call_followups_update AFTER UPDATE ON call_followups
BEGIN
    INSERT INTO change_log (subject, ref_id) VALUES ('call', NEW.call_id);
END;

CREATE TRIGGER change_log_queue_escalations_insert AFTER INSERT ON queue_escalations
BEGIN
    INSERT INTO change_log (subject, ref_id) VALUES ('queue', NEW.id);
END;

CREATE TRIGGER change_log_queue_escalations_update AFTER UPDATE ON queue_escalations
BEGIN
    INSERT INTO change_log (subject, ref_id) VALUES ('queue', NEW.id);
END;

CREATE TRIGGER change_log_handover_notes_insert AFTER INSERT ON handover_notes
BEGIN
    INSERT INTO change_log (subject, ref_id) VALUES ('queue', NEW.id);
END;

CREATE TRIGGER change_log_handover_notes_update AFTER UPDATE ON handover_notes
BEGIN
    INSERT INTO change_log (subject, ref_id) VALUES ('queue', NEW.id);
END;

CREATE TRIGGER change_log_day_snapshots_insert AFTER INSERT ON day_snapshots
BEGIN
    INSERT INTO change_log (subject, ref_id) VALUES ('day', NEW.id);
END;
