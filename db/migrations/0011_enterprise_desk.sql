-- The enterprise desk (护企110专席): its registry and the loop of an enterprise incident
-- (console/domain/enterprises.py, console/domain/enterprise_loop.py).
--
-- enterprises gains: credit_code, the unified social credit code (GB 32100-2015, checked with
-- its check digit before it is stored; '' for an entry made before this migration), unique
-- when given; contact_name, the enterprise's own contact (contact_phone is theirs);
-- status, 'active' or 'inactive' (an enterprise with incidents is never deleted, only made
-- inactive); updated_at, the last edit.
--
-- enterprise_pushes gains the responsible person's feedback (反馈) after acknowledging (签收):
-- what they reported, when it was recorded and by which operator.
--
-- escalations gains leader: the responsible leader of a 挂牌督办 (an enterprise incident not
-- resolved on the spot, escalated to the bureau leadership); '' for other escalations.
--
-- The audit triggers of these three tables are made again with the new columns, last as they
-- are in the tables.
--
-- enterprise_service: the enterprise's service file (一企一警), append-only: kind 'visit',
-- 'contact' or 'request', the local day it happened, the officer, what was done or asked;
-- when and by whom it was recorded. A correction is a new entry.

ALTER TABLE enterprises ADD COLUMN credit_code TEXT NOT NULL DEFAULT '';
ALTER TABLE enterprises ADD COLUMN contact_name TEXT NOT NULL DEFAULT '';
ALTER TABLE enterprises ADD COLUMN status TEXT NOT NULL DEFAULT 'active';
ALTER TABLE enterprises ADD COLUMN updated_at TEXT;
CREATE UNIQUE INDEX enterprises_credit_code ON enterprises(credit_code) WHERE credit_code <> '';

ALTER TABLE enterprise_pushes ADD COLUMN feedback TEXT NOT NULL DEFAULT '';
ALTER TABLE enterprise_pushes ADD COLUMN feedback_at TEXT;
ALTER TABLE enterprise_pushes ADD COLUMN feedback_by INTEGER REFERENCES operators(id);

ALTER TABLE escalations ADD COLUMN leader TEXT NOT NULL DEFAULT '';

DROP TRIGGER audit_enterprises_insert;
DROP TRIGGER audit_enterprises_update;
DROP TRIGGER audit_enterprises_delete;
DROP TRIGGER audit_enterprise_pushes_insert;
DROP TRIGGER audit_enterprise_pushes_update;
DROP TRIGGER audit_enterprise_pushes_delete;
DROP TRIGGER audit_escalations_insert;
DROP TRIGGER audit_escalations_update;
DROP TRIGGER audit_escalations_delete;

CREATE TRIGGER audit_enterprises_insert AFTER INSERT ON enterprises
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('enterprises', NEW.rowid, 'insert',
            NULL,
            json_object('id', NEW."id", 'name', NEW."name", 'address', NEW."address",
            'address_key', NEW."address_key",
            'jurisdiction_code', NEW."jurisdiction_code", 'industry', NEW."industry",
            'contact_phone', NEW."contact_phone", 'bureau_leader', NEW."bureau_leader",
            'bureau_leader_phone', NEW."bureau_leader_phone",
            'station_leader', NEW."station_leader",
            'station_leader_phone', NEW."station_leader_phone",
            'officer', NEW."officer", 'officer_phone', NEW."officer_phone",
            'created_at', NEW."created_at", 'credit_code', NEW."credit_code",
            'contact_name', NEW."contact_name", 'status', NEW."status",
            'updated_at', NEW."updated_at"));
END;

CREATE TRIGGER audit_enterprises_update AFTER UPDATE ON enterprises
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('enterprises', NEW.rowid, 'update',
            json_object('id', OLD."id", 'name', OLD."name", 'address', OLD."address",
            'address_key', OLD."address_key",
            'jurisdiction_code', OLD."jurisdiction_code", 'industry', OLD."industry",
            'contact_phone', OLD."contact_phone", 'bureau_leader', OLD."bureau_leader",
            'bureau_leader_phone', OLD."bureau_leader_phone",
            'station_leader', OLD."station_leader",
            'station_leader_phone', OLD."station_leader_phone",
            'officer', OLD."officer", 'officer_phone', OLD."officer_phone",
            'created_at', OLD."created_at", 'credit_code', OLD."credit_code",
            'contact_name', OLD."contact_name", 'status', OLD."status",
            'updated_at', OLD."updated_at"),
            json_object('id', NEW."id", 'name', NEW."name", 'address', NEW."address",
            'address_key', NEW."address_key",
            'jurisdiction_code', NEW."jurisdiction_code", 'industry', NEW."industry",
            'contact_phone', NEW."contact_phone", 'bureau_leader', NEW."bureau_leader",
            'bureau_leader_phone', NEW."bureau_leader_phone",
            'station_leader', NEW."station_leader",
            'station_leader_phone', NEW."station_leader_phone",
            'officer', NEW."officer", 'officer_phone', NEW."officer_phone",
            'created_at', NEW."created_at", 'credit_code', NEW."credit_code",
            'contact_name', NEW."contact_name", 'status', NEW."status",
            'updated_at', NEW."updated_at"));
END;

CREATE TRIGGER audit_enterprises_delete AFTER DELETE ON enterprises
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('enterprises', OLD.rowid, 'delete',
            json_object('id', OLD."id", 'name', OLD."name", 'address', OLD."address",
            'address_key', OLD."address_key",
            'jurisdiction_code', OLD."jurisdiction_code", 'industry', OLD."industry",
            'contact_phone', OLD."contact_phone", 'bureau_leader', OLD."bureau_leader",
            'bureau_leader_phone', OLD."bureau_leader_phone",
            'station_leader', OLD."station_leader",
            'station_leader_phone', OLD."station_leader_phone",
            'officer', OLD."officer", 'officer_phone', OLD."officer_phone",
            'created_at', OLD."created_at", 'credit_code', OLD."credit_code",
            'contact_name', OLD."contact_name", 'status', OLD."status",
            'updated_at', OLD."updated_at"),
            NULL);
END;

CREATE TRIGGER audit_enterprise_pushes_insert AFTER INSERT ON enterprise_pushes
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('enterprise_pushes', NEW.rowid, 'insert',
            NULL,
            json_object('id', NEW."id", 'incident_id', NEW."incident_id",
            'enterprise_id', NEW."enterprise_id", 'role', NEW."role",
            'person', NEW."person", 'phone', NEW."phone", 'pushed_at', NEW."pushed_at",
            'acked_at', NEW."acked_at", 'acked_by', NEW."acked_by",
            'feedback', NEW."feedback", 'feedback_at', NEW."feedback_at",
            'feedback_by', NEW."feedback_by"));
END;

CREATE TRIGGER audit_enterprise_pushes_update AFTER UPDATE ON enterprise_pushes
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('enterprise_pushes', NEW.rowid, 'update',
            json_object('id', OLD."id", 'incident_id', OLD."incident_id",
            'enterprise_id', OLD."enterprise_id", 'role', OLD."role",
            'person', OLD."person", 'phone', OLD."phone", 'pushed_at', OLD."pushed_at",
            'acked_at', OLD."acked_at", 'acked_by', OLD."acked_by",
            'feedback', OLD."feedback", 'feedback_at', OLD."feedback_at",
            'feedback_by', OLD."feedback_by"),
            json_object('id', NEW."id", 'incident_id', NEW."incident_id",
            'enterprise_id', NEW."enterprise_id", 'role', NEW."role",
            'person', NEW."person", 'phone', NEW."phone", 'pushed_at', NEW."pushed_at",
            'acked_at', NEW."acked_at", 'acked_by', NEW."acked_by",
            'feedback', NEW."feedback", 'feedback_at', NEW."feedback_at",
            'feedback_by', NEW."feedback_by"));
END;

CREATE TRIGGER audit_enterprise_pushes_delete AFTER DELETE ON enterprise_pushes
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('enterprise_pushes', OLD.rowid, 'delete',
            json_object('id', OLD."id", 'incident_id', OLD."incident_id",
            'enterprise_id', OLD."enterprise_id", 'role', OLD."role",
            'person', OLD."person", 'phone', OLD."phone", 'pushed_at', OLD."pushed_at",
            'acked_at', OLD."acked_at", 'acked_by', OLD."acked_by",
            'feedback', OLD."feedback", 'feedback_at', OLD."feedback_at",
            'feedback_by', OLD."feedback_by"),
            NULL);
END;

CREATE TRIGGER audit_escalations_insert AFTER INSERT ON escalations
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('escalations', NEW.rowid, 'insert',
            NULL,
            json_object('id', NEW."id", 'incident_id', NEW."incident_id", 'level', NEW."level",
            'reason', NEW."reason", 'raised_at', NEW."raised_at",
            'raised_by', NEW."raised_by", 'resolved_at', NEW."resolved_at",
            'resolved_by', NEW."resolved_by", 'resolution', NEW."resolution",
            'leader', NEW."leader"));
END;

CREATE TRIGGER audit_escalations_update AFTER UPDATE ON escalations
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('escalations', NEW.rowid, 'update',
            json_object('id', OLD."id", 'incident_id', OLD."incident_id", 'level', OLD."level",
            'reason', OLD."reason", 'raised_at', OLD."raised_at",
            'raised_by', OLD."raised_by", 'resolved_at', OLD."resolved_at",
            'resolved_by', OLD."resolved_by", 'resolution', OLD."resolution",
            'leader', OLD."leader"),
            json_object('id', NEW."id", 'incident_id', NEW."incident_id", 'level', NEW."level",
            'reason', NEW."reason", 'raised_at', NEW."raised_at",
            'raised_by', NEW."raised_by", 'resolved_at', NEW."resolved_at",
            'resolved_by', NEW."resolved_by", 'resolution', NEW."resolution",
            'leader', NEW."leader"));
END;

CREATE TRIGGER audit_escalations_delete AFTER DELETE ON escalations
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('escalations', OLD.rowid, 'delete',
            json_object('id', OLD."id", 'incident_id', OLD."incident_id", 'level', OLD."level",
            'reason', OLD."reason", 'raised_at', OLD."raised_at",
            'raised_by', OLD."raised_by", 'resolved_at', OLD."resolved_at",
            'resolved_by', OLD."resolved_by", 'resolution', OLD."resolution",
            'leader', OLD."leader"),
            NULL);
END;

CREATE TABLE enterprise_service (
    id            INTEGER PRIMARY KEY,
    enterprise_id INTEGER NOT NULL REFERENCES enterprises(id),
    kind          TEXT NOT NULL,
    day           TEXT NOT NULL,
    officer       TEXT NOT NULL,
    what          TEXT NOT NULL,
    recorded_at   TEXT NOT NULL,
    recorded_by   INTEGER REFERENCES operators(id)
);
CREATE INDEX enterprise_service_enterprise ON enterprise_service(enterprise_id, day);

CREATE TRIGGER enterprise_service_no_update BEFORE UPDATE ON enterprise_service
BEGIN
    SELECT RAISE(ABORT, 'enterprise_service is append-only');
END;

CREATE TRIGGER enterprise_service_no_delete BEFORE DELETE ON enterprise_service
BEGIN
    SELECT RAISE(ABORT, 'enterprise_service is append-only');
END;

CREATE TRIGGER audit_enterprise_service_insert AFTER INSERT ON enterprise_service
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('enterprise_service', NEW.rowid, 'insert',
            NULL,
            json_object('id', NEW."id", 'enterprise_id', NEW."enterprise_id", 'kind', NEW."kind",
            'day', NEW."day", 'officer', NEW."officer", 'what', NEW."what",
            'recorded_at', NEW."recorded_at", 'recorded_by', NEW."recorded_by"));
END;

CREATE TRIGGER audit_enterprise_service_update AFTER UPDATE ON enterprise_service
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('enterprise_service', NEW.rowid, 'update',
            json_object('id', OLD."id", 'enterprise_id', OLD."enterprise_id", 'kind', OLD."kind",
            'day', OLD."day", 'officer', OLD."officer", 'what', OLD."what",
            'recorded_at', OLD."recorded_at", 'recorded_by', OLD."recorded_by"),
            json_object('id', NEW."id", 'enterprise_id', NEW."enterprise_id", 'kind', NEW."kind",
            'day', NEW."day", 'officer', NEW."officer", 'what', NEW."what",
            'recorded_at', NEW."recorded_at", 'recorded_by', NEW."recorded_by"));
END;

CREATE TRIGGER audit_enterprise_service_delete AFTER DELETE ON enterprise_service
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('enterprise_service', OLD.rowid, 'delete',
            json_object('id', OLD."id", 'enterprise_id', OLD."enterprise_id", 'kind', OLD."kind",
            'day', OLD."day", 'officer', OLD."officer", 'what', OLD."what",
            'recorded_at', OLD."recorded_at", 'recorded_by', OLD."recorded_by"),
            NULL);
END;
