-- Audit trail: every write to people's data and decisions, every read of DV case details.
--
-- audit_log is append-only (guards below) and chained: each row carries the hash of the row
-- before it, hash = sha256(prev_hash || canonical row content) (console/domain/audit.py).
-- Its id is handed out from sqlite_sequence (AUTOINCREMENT), so rows removed from the end
-- leave a gap too. The AFTER INSERT/UPDATE/DELETE triggers audit_<table>_<op> of each
-- audited table write the row's content before/after (JSON, all columns but operators'
-- password_hash) into the view audit_append, whose INSTEAD OF trigger adds the time, the
-- acting operator and the hash. audit_actor(), audit_role(), audit_hash() and
-- audit_block_digest() are SQL functions the console registers on each connection
-- (console/store/audit.py): a connection without them cannot write an audited table.
--
-- op: insert / update / delete (row_id = the row's rowid); read (a DV incident's details
-- shown: row_id = incidents.id, after_json = {"view", "read_at"}); audit_start and
-- bulk_load (row_id NULL): one row per table vouching for its rows as they are, in blocks
-- of 256 row ids: after_json = {"columns": [...], "rows": n, "blocks": [[block, rows,
-- sha256 of the block's lines 'zero-padded rowid TAB row JSON', sorted, newline-ended]]}.
-- The rows a database already held when this migration ran are vouched for below.
--
-- audit_anchors: the chain's head stored with a day's sign-off (kind 'signoff', ref_id =
-- day_snapshots.id) or a shift handover note ('handover', ref_id = handover_notes.id), and
-- printed with them. `console110 verify-audit` checks all of it.
--
-- No index on (tbl, row_id): it would cost each save more than the rest of the audit;
-- verify-audit sorts the log once instead.
--
-- A later migration that changes an audited table's columns drops and re-creates that
-- table's three audit triggers as console.store.audit.trigger_sql makes them.

CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    at          TEXT NOT NULL,
    actor_id    INTEGER,
    actor_role  TEXT NOT NULL,
    tbl         TEXT NOT NULL,
    row_id      INTEGER,
    op          TEXT NOT NULL,
    before_json TEXT,
    after_json  TEXT,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
);
CREATE INDEX audit_log_reads ON audit_log(at) WHERE op = 'read';
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TABLE audit_anchors (
    id       INTEGER PRIMARY KEY,
    kind     TEXT NOT NULL,
    ref_id   INTEGER NOT NULL,
    audit_id INTEGER NOT NULL,
    hash     TEXT NOT NULL,
    at       TEXT NOT NULL
);
CREATE INDEX audit_anchors_ref ON audit_anchors(kind, ref_id, id);
CREATE TRIGGER audit_anchors_no_update BEFORE UPDATE ON audit_anchors
BEGIN
    SELECT RAISE(ABORT, 'audit_anchors is append-only');
END;
CREATE TRIGGER audit_anchors_no_delete BEFORE DELETE ON audit_anchors
BEGIN
    SELECT RAISE(ABORT, 'audit_anchors is append-only');
END;

CREATE VIEW audit_append (tbl, row_id, op, before_json, after_json, actor_id, actor_role) AS SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL WHERE 0;

CREATE TRIGGER audit_append_insert INSTEAD OF INSERT ON audit_append
BEGIN
    INSERT INTO audit_log (id, at, actor_id, actor_role, tbl, row_id, op, before_json,
                           after_json, prev_hash, hash)
    SELECT n, at, actor_id, actor_role, NEW.tbl, NEW.row_id, NEW.op, NEW.before_json,
           NEW.after_json, prev,
           audit_hash(prev, n, at, actor_id, actor_role, NEW.tbl, NEW.row_id, NEW.op,
                      NEW.before_json, NEW.after_json)
      FROM (SELECT COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'), 0) + 1
                       AS n,
                   strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS at,
                   CASE WHEN NEW.actor_role IS NULL THEN audit_actor() ELSE NEW.actor_id END
                       AS actor_id,
                   COALESCE(NEW.actor_role, audit_role()) AS actor_role,
                   COALESCE((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1),
                            '0000000000000000000000000000000000000000000000000000000000000000') AS prev);
END;

-- One trigger per audited table and operation.
CREATE TRIGGER audit_calls_insert AFTER INSERT ON calls
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('calls', NEW.rowid, 'insert',
            NULL,
            json_object('id', NEW."id", 'line', NEW."line", 'received_at', NEW."received_at",
            'logged_at', NEW."logged_at", 'day', NEW."day",
            'caller_number', NEW."caller_number", 'number_key', NEW."number_key",
            'caller_name', NEW."caller_name", 'address', NEW."address",
            'address_key', NEW."address_key", 'jurisdiction_code', NEW."jurisdiction_code",
            'category_code', NEW."category_code", 'priority', NEW."priority",
            'summary', NEW."summary", 'disposition', NEW."disposition",
            'incident_id', NEW."incident_id", 'transfer_ref', NEW."transfer_ref",
            'is_dv', NEW."is_dv", 'is_enterprise', NEW."is_enterprise",
            'incomplete', NEW."incomplete", 'operator_id', NEW."operator_id",
            'seat', NEW."seat", 'source', NEW."source"));
END;

CREATE TRIGGER audit_calls_update AFTER UPDATE ON calls
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('calls', NEW.rowid, 'update',
            json_object('id', OLD."id", 'line', OLD."line", 'received_at', OLD."received_at",
            'logged_at', OLD."logged_at", 'day', OLD."day",
            'caller_number', OLD."caller_number", 'number_key', OLD."number_key",
            'caller_name', OLD."caller_name", 'address', OLD."address",
            'address_key', OLD."address_key", 'jurisdiction_code', OLD."jurisdiction_code",
            'category_code', OLD."category_code", 'priority', OLD."priority",
            'summary', OLD."summary", 'disposition', OLD."disposition",
            'incident_id', OLD."incident_id", 'transfer_ref', OLD."transfer_ref",
            'is_dv', OLD."is_dv", 'is_enterprise', OLD."is_enterprise",
            'incomplete', OLD."incomplete", 'operator_id', OLD."operator_id",
            'seat', OLD."seat", 'source', OLD."source"),
            json_object('id', NEW."id", 'line', NEW."line", 'received_at', NEW."received_at",
            'logged_at', NEW."logged_at", 'day', NEW."day",
            'caller_number', NEW."caller_number", 'number_key', NEW."number_key",
            'caller_name', NEW."caller_name", 'address', NEW."address",
            'address_key', NEW."address_key", 'jurisdiction_code', NEW."jurisdiction_code",
            'category_code', NEW."category_code", 'priority', NEW."priority",
            'summary', NEW."summary", 'disposition', NEW."disposition",
            'incident_id', NEW."incident_id", 'transfer_ref', NEW."transfer_ref",
            'is_dv', NEW."is_dv", 'is_enterprise', NEW."is_enterprise",
            'incomplete', NEW."incomplete", 'operator_id', NEW."operator_id",
            'seat', NEW."seat", 'source', NEW."source"));
END;

CREATE TRIGGER audit_calls_delete AFTER DELETE ON calls
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('calls', OLD.rowid, 'delete',
            json_object('id', OLD."id", 'line', OLD."line", 'received_at', OLD."received_at",
            'logged_at', OLD."logged_at", 'day', OLD."day",
            'caller_number', OLD."caller_number", 'number_key', OLD."number_key",
            'caller_name', OLD."caller_name", 'address', OLD."address",
            'address_key', OLD."address_key", 'jurisdiction_code', OLD."jurisdiction_code",
            'category_code', OLD."category_code", 'priority', OLD."priority",
            'summary', OLD."summary", 'disposition', OLD."disposition",
            'incident_id', OLD."incident_id", 'transfer_ref', OLD."transfer_ref",
            'is_dv', OLD."is_dv", 'is_enterprise', OLD."is_enterprise",
            'incomplete', OLD."incomplete", 'operator_id', OLD."operator_id",
            'seat', OLD."seat", 'source', OLD."source"),
            NULL);
END;

CREATE TRIGGER audit_incidents_insert AFTER INSERT ON incidents
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('incidents', NEW.rowid, 'insert',
            NULL,
            json_object('id', NEW."id", 'number', NEW."number", 'day', NEW."day", 'seq', NEW."seq",
            'category_code', NEW."category_code", 'priority', NEW."priority",
            'jurisdiction_code', NEW."jurisdiction_code", 'address', NEW."address",
            'address_key', NEW."address_key", 'caller_number', NEW."caller_number",
            'summary', NEW."summary", 'stage', NEW."stage", 'stage_at', NEW."stage_at",
            'is_dv', NEW."is_dv", 'is_enterprise', NEW."is_enterprise",
            'enterprise_id', NEW."enterprise_id", 'opened_at', NEW."opened_at",
            'dispatched_at', NEW."dispatched_at", 'arrived_at', NEW."arrived_at",
            'handled_at', NEW."handled_at", 'closed_at', NEW."closed_at",
            'result', NEW."result", 'closure', NEW."closure", 'opened_by', NEW."opened_by",
            'updated_at', NEW."updated_at"));
END;

CREATE TRIGGER audit_incidents_update AFTER UPDATE ON incidents
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('incidents', NEW.rowid, 'update',
            json_object('id', OLD."id", 'number', OLD."number", 'day', OLD."day", 'seq', OLD."seq",
            'category_code', OLD."category_code", 'priority', OLD."priority",
            'jurisdiction_code', OLD."jurisdiction_code", 'address', OLD."address",
            'address_key', OLD."address_key", 'caller_number', OLD."caller_number",
            'summary', OLD."summary", 'stage', OLD."stage", 'stage_at', OLD."stage_at",
            'is_dv', OLD."is_dv", 'is_enterprise', OLD."is_enterprise",
            'enterprise_id', OLD."enterprise_id", 'opened_at', OLD."opened_at",
            'dispatched_at', OLD."dispatched_at", 'arrived_at', OLD."arrived_at",
            'handled_at', OLD."handled_at", 'closed_at', OLD."closed_at",
            'result', OLD."result", 'closure', OLD."closure", 'opened_by', OLD."opened_by",
            'updated_at', OLD."updated_at"),
            json_object('id', NEW."id", 'number', NEW."number", 'day', NEW."day", 'seq', NEW."seq",
            'category_code', NEW."category_code", 'priority', NEW."priority",
            'jurisdiction_code', NEW."jurisdiction_code", 'address', NEW."address",
            'address_key', NEW."address_key", 'caller_number', NEW."caller_number",
            'summary', NEW."summary", 'stage', NEW."stage", 'stage_at', NEW."stage_at",
            'is_dv', NEW."is_dv", 'is_enterprise', NEW."is_enterprise",
            'enterprise_id', NEW."enterprise_id", 'opened_at', NEW."opened_at",
            'dispatched_at', NEW."dispatched_at", 'arrived_at', NEW."arrived_at",
            'handled_at', NEW."handled_at", 'closed_at', NEW."closed_at",
            'result', NEW."result", 'closure', NEW."closure", 'opened_by', NEW."opened_by",
            'updated_at', NEW."updated_at"));
END;

CREATE TRIGGER audit_incidents_delete AFTER DELETE ON incidents
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('incidents', OLD.rowid, 'delete',
            json_object('id', OLD."id", 'number', OLD."number", 'day', OLD."day", 'seq', OLD."seq",
            'category_code', OLD."category_code", 'priority', OLD."priority",
            'jurisdiction_code', OLD."jurisdiction_code", 'address', OLD."address",
            'address_key', OLD."address_key", 'caller_number', OLD."caller_number",
            'summary', OLD."summary", 'stage', OLD."stage", 'stage_at', OLD."stage_at",
            'is_dv', OLD."is_dv", 'is_enterprise', OLD."is_enterprise",
            'enterprise_id', OLD."enterprise_id", 'opened_at', OLD."opened_at",
            'dispatched_at', OLD."dispatched_at", 'arrived_at', OLD."arrived_at",
            'handled_at', OLD."handled_at", 'closed_at', OLD."closed_at",
            'result', OLD."result", 'closure', OLD."closure", 'opened_by', OLD."opened_by",
            'updated_at', OLD."updated_at"),
            NULL);
END;

CREATE TRIGGER audit_incident_events_insert AFTER INSERT ON incident_events
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('incident_events', NEW.rowid, 'insert',
            NULL,
            json_object('id', NEW."id", 'incident_id', NEW."incident_id", 'at', NEW."at",
            'operator_id', NEW."operator_id", 'kind', NEW."kind", 'stage', NEW."stage",
            'unit_code', NEW."unit_code", 'detail', NEW."detail"));
END;

CREATE TRIGGER audit_incident_events_update AFTER UPDATE ON incident_events
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('incident_events', NEW.rowid, 'update',
            json_object('id', OLD."id", 'incident_id', OLD."incident_id", 'at', OLD."at",
            'operator_id', OLD."operator_id", 'kind', OLD."kind", 'stage', OLD."stage",
            'unit_code', OLD."unit_code", 'detail', OLD."detail"),
            json_object('id', NEW."id", 'incident_id', NEW."incident_id", 'at', NEW."at",
            'operator_id', NEW."operator_id", 'kind', NEW."kind", 'stage', NEW."stage",
            'unit_code', NEW."unit_code", 'detail', NEW."detail"));
END;

CREATE TRIGGER audit_incident_events_delete AFTER DELETE ON incident_events
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('incident_events', OLD.rowid, 'delete',
            json_object('id', OLD."id", 'incident_id', OLD."incident_id", 'at', OLD."at",
            'operator_id', OLD."operator_id", 'kind', OLD."kind", 'stage', OLD."stage",
            'unit_code', OLD."unit_code", 'detail', OLD."detail"),
            NULL);
END;

CREATE TRIGGER audit_assignments_insert AFTER INSERT ON assignments
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('assignments', NEW.rowid, 'insert',
            NULL,
            json_object('id', NEW."id", 'incident_id', NEW."incident_id", 'unit_code', NEW."unit_code",
            'dispatched_at', NEW."dispatched_at", 'en_route_at', NEW."en_route_at",
            'on_scene_at', NEW."on_scene_at", 'cleared_at', NEW."cleared_at",
            'dispatched_by', NEW."dispatched_by", 'officers', NEW."officers"));
END;

CREATE TRIGGER audit_assignments_update AFTER UPDATE ON assignments
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('assignments', NEW.rowid, 'update',
            json_object('id', OLD."id", 'incident_id', OLD."incident_id", 'unit_code', OLD."unit_code",
            'dispatched_at', OLD."dispatched_at", 'en_route_at', OLD."en_route_at",
            'on_scene_at', OLD."on_scene_at", 'cleared_at', OLD."cleared_at",
            'dispatched_by', OLD."dispatched_by", 'officers', OLD."officers"),
            json_object('id', NEW."id", 'incident_id', NEW."incident_id", 'unit_code', NEW."unit_code",
            'dispatched_at', NEW."dispatched_at", 'en_route_at', NEW."en_route_at",
            'on_scene_at', NEW."on_scene_at", 'cleared_at', NEW."cleared_at",
            'dispatched_by', NEW."dispatched_by", 'officers', NEW."officers"));
END;

CREATE TRIGGER audit_assignments_delete AFTER DELETE ON assignments
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('assignments', OLD.rowid, 'delete',
            json_object('id', OLD."id", 'incident_id', OLD."incident_id", 'unit_code', OLD."unit_code",
            'dispatched_at', OLD."dispatched_at", 'en_route_at', OLD."en_route_at",
            'on_scene_at', OLD."on_scene_at", 'cleared_at', OLD."cleared_at",
            'dispatched_by', OLD."dispatched_by", 'officers', OLD."officers"),
            NULL);
END;

CREATE TRIGGER audit_enterprise_pushes_insert AFTER INSERT ON enterprise_pushes
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('enterprise_pushes', NEW.rowid, 'insert',
            NULL,
            json_object('id', NEW."id", 'incident_id', NEW."incident_id",
            'enterprise_id', NEW."enterprise_id", 'role', NEW."role", 'person', NEW."person",
            'phone', NEW."phone", 'pushed_at', NEW."pushed_at", 'acked_at', NEW."acked_at",
            'acked_by', NEW."acked_by"));
END;

CREATE TRIGGER audit_enterprise_pushes_update AFTER UPDATE ON enterprise_pushes
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('enterprise_pushes', NEW.rowid, 'update',
            json_object('id', OLD."id", 'incident_id', OLD."incident_id",
            'enterprise_id', OLD."enterprise_id", 'role', OLD."role", 'person', OLD."person",
            'phone', OLD."phone", 'pushed_at', OLD."pushed_at", 'acked_at', OLD."acked_at",
            'acked_by', OLD."acked_by"),
            json_object('id', NEW."id", 'incident_id', NEW."incident_id",
            'enterprise_id', NEW."enterprise_id", 'role', NEW."role", 'person', NEW."person",
            'phone', NEW."phone", 'pushed_at', NEW."pushed_at", 'acked_at', NEW."acked_at",
            'acked_by', NEW."acked_by"));
END;

CREATE TRIGGER audit_enterprise_pushes_delete AFTER DELETE ON enterprise_pushes
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('enterprise_pushes', OLD.rowid, 'delete',
            json_object('id', OLD."id", 'incident_id', OLD."incident_id",
            'enterprise_id', OLD."enterprise_id", 'role', OLD."role", 'person', OLD."person",
            'phone', OLD."phone", 'pushed_at', OLD."pushed_at", 'acked_at', OLD."acked_at",
            'acked_by', OLD."acked_by"),
            NULL);
END;

CREATE TRIGGER audit_callbacks_insert AFTER INSERT ON callbacks
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('callbacks', NEW.rowid, 'insert',
            NULL,
            json_object('id', NEW."id", 'incident_id', NEW."incident_id", 'due_at', NEW."due_at",
            'done_at', NEW."done_at", 'operator_id', NEW."operator_id", 'rating', NEW."rating",
            'remarks', NEW."remarks"));
END;

CREATE TRIGGER audit_callbacks_update AFTER UPDATE ON callbacks
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('callbacks', NEW.rowid, 'update',
            json_object('id', OLD."id", 'incident_id', OLD."incident_id", 'due_at', OLD."due_at",
            'done_at', OLD."done_at", 'operator_id', OLD."operator_id", 'rating', OLD."rating",
            'remarks', OLD."remarks"),
            json_object('id', NEW."id", 'incident_id', NEW."incident_id", 'due_at', NEW."due_at",
            'done_at', NEW."done_at", 'operator_id', NEW."operator_id", 'rating', NEW."rating",
            'remarks', NEW."remarks"));
END;

CREATE TRIGGER audit_callbacks_delete AFTER DELETE ON callbacks
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('callbacks', OLD.rowid, 'delete',
            json_object('id', OLD."id", 'incident_id', OLD."incident_id", 'due_at', OLD."due_at",
            'done_at', OLD."done_at", 'operator_id', OLD."operator_id", 'rating', OLD."rating",
            'remarks', OLD."remarks"),
            NULL);
END;

CREATE TRIGGER audit_escalations_insert AFTER INSERT ON escalations
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('escalations', NEW.rowid, 'insert',
            NULL,
            json_object('id', NEW."id", 'incident_id', NEW."incident_id", 'level', NEW."level",
            'reason', NEW."reason", 'raised_at', NEW."raised_at", 'raised_by', NEW."raised_by",
            'resolved_at', NEW."resolved_at", 'resolved_by', NEW."resolved_by",
            'resolution', NEW."resolution"));
END;

CREATE TRIGGER audit_escalations_update AFTER UPDATE ON escalations
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('escalations', NEW.rowid, 'update',
            json_object('id', OLD."id", 'incident_id', OLD."incident_id", 'level', OLD."level",
            'reason', OLD."reason", 'raised_at', OLD."raised_at", 'raised_by', OLD."raised_by",
            'resolved_at', OLD."resolved_at", 'resolved_by', OLD."resolved_by",
            'resolution', OLD."resolution"),
            json_object('id', NEW."id", 'incident_id', NEW."incident_id", 'level', NEW."level",
            'reason', NEW."reason", 'raised_at', NEW."raised_at", 'raised_by', NEW."raised_by",
            'resolved_at', NEW."resolved_at", 'resolved_by', NEW."resolved_by",
            'resolution', NEW."resolution"));
END;

CREATE TRIGGER audit_escalations_delete AFTER DELETE ON escalations
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('escalations', OLD.rowid, 'delete',
            json_object('id', OLD."id", 'incident_id', OLD."incident_id", 'level', OLD."level",
            'reason', OLD."reason", 'raised_at', OLD."raised_at", 'raised_by', OLD."raised_by",
            'resolved_at', OLD."resolved_at", 'resolved_by', OLD."resolved_by",
            'resolution', OLD."resolution"),
            NULL);
END;

CREATE TRIGGER audit_incident_outcomes_insert AFTER INSERT ON incident_outcomes
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('incident_outcomes', NEW.rowid, 'insert',
            NULL,
            json_object('incident_id', NEW."incident_id", 'people_caught', NEW."people_caught",
            'assistance', NEW."assistance", 'mediated', NEW."mediated",
            'recorded_at', NEW."recorded_at", 'recorded_by', NEW."recorded_by"));
END;

CREATE TRIGGER audit_incident_outcomes_update AFTER UPDATE ON incident_outcomes
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('incident_outcomes', NEW.rowid, 'update',
            json_object('incident_id', OLD."incident_id", 'people_caught', OLD."people_caught",
            'assistance', OLD."assistance", 'mediated', OLD."mediated",
            'recorded_at', OLD."recorded_at", 'recorded_by', OLD."recorded_by"),
            json_object('incident_id', NEW."incident_id", 'people_caught', NEW."people_caught",
            'assistance', NEW."assistance", 'mediated', NEW."mediated",
            'recorded_at', NEW."recorded_at", 'recorded_by', NEW."recorded_by"));
END;

CREATE TRIGGER audit_incident_outcomes_delete AFTER DELETE ON incident_outcomes
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('incident_outcomes', OLD.rowid, 'delete',
            json_object('incident_id', OLD."incident_id", 'people_caught', OLD."people_caught",
            'assistance', OLD."assistance", 'mediated', OLD."mediated",
            'recorded_at', OLD."recorded_at", 'recorded_by', OLD."recorded_by"),
            NULL);
END;

CREATE TRIGGER audit_fraud_reports_insert AFTER INSERT ON fraud_reports
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('fraud_reports', NEW.rowid, 'insert',
            NULL,
            json_object('id', NEW."id", 'call_id', NEW."call_id", 'incident_id', NEW."incident_id",
            'victim_account', NEW."victim_account", 'victim_bank', NEW."victim_bank",
            'stop_payment_requested', NEW."stop_payment_requested",
            'accounts_frozen', NEW."accounts_frozen",
            'money_recovered_fen', NEW."money_recovered_fen", 'loss_fen', NEW."loss_fen",
            'updated_at', NEW."updated_at"));
END;

CREATE TRIGGER audit_fraud_reports_update AFTER UPDATE ON fraud_reports
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('fraud_reports', NEW.rowid, 'update',
            json_object('id', OLD."id", 'call_id', OLD."call_id", 'incident_id', OLD."incident_id",
            'victim_account', OLD."victim_account", 'victim_bank', OLD."victim_bank",
            'stop_payment_requested', OLD."stop_payment_requested",
            'accounts_frozen', OLD."accounts_frozen",
            'money_recovered_fen', OLD."money_recovered_fen", 'loss_fen', OLD."loss_fen",
            'updated_at', OLD."updated_at"),
            json_object('id', NEW."id", 'call_id', NEW."call_id", 'incident_id', NEW."incident_id",
            'victim_account', NEW."victim_account", 'victim_bank', NEW."victim_bank",
            'stop_payment_requested', NEW."stop_payment_requested",
            'accounts_frozen', NEW."accounts_frozen",
            'money_recovered_fen', NEW."money_recovered_fen", 'loss_fen', NEW."loss_fen",
            'updated_at', NEW."updated_at"));
END;

CREATE TRIGGER audit_fraud_reports_delete AFTER DELETE ON fraud_reports
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('fraud_reports', OLD.rowid, 'delete',
            json_object('id', OLD."id", 'call_id', OLD."call_id", 'incident_id', OLD."incident_id",
            'victim_account', OLD."victim_account", 'victim_bank', OLD."victim_bank",
            'stop_payment_requested', OLD."stop_payment_requested",
            'accounts_frozen', OLD."accounts_frozen",
            'money_recovered_fen', OLD."money_recovered_fen", 'loss_fen', OLD."loss_fen",
            'updated_at', OLD."updated_at"),
            NULL);
END;

CREATE TRIGGER audit_fraud_transfers_insert AFTER INSERT ON fraud_transfers
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('fraud_transfers', NEW.rowid, 'insert',
            NULL,
            json_object('id', NEW."id", 'report_id', NEW."report_id", 'amount_fen', NEW."amount_fen",
            'transferred_at', NEW."transferred_at", 'to_account', NEW."to_account",
            'to_name', NEW."to_name", 'to_bank', NEW."to_bank"));
END;

CREATE TRIGGER audit_fraud_transfers_update AFTER UPDATE ON fraud_transfers
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('fraud_transfers', NEW.rowid, 'update',
            json_object('id', OLD."id", 'report_id', OLD."report_id", 'amount_fen', OLD."amount_fen",
            'transferred_at', OLD."transferred_at", 'to_account', OLD."to_account",
            'to_name', OLD."to_name", 'to_bank', OLD."to_bank"),
            json_object('id', NEW."id", 'report_id', NEW."report_id", 'amount_fen', NEW."amount_fen",
            'transferred_at', NEW."transferred_at", 'to_account', NEW."to_account",
            'to_name', NEW."to_name", 'to_bank', NEW."to_bank"));
END;

CREATE TRIGGER audit_fraud_transfers_delete AFTER DELETE ON fraud_transfers
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('fraud_transfers', OLD.rowid, 'delete',
            json_object('id', OLD."id", 'report_id', OLD."report_id", 'amount_fen', OLD."amount_fen",
            'transferred_at', OLD."transferred_at", 'to_account', OLD."to_account",
            'to_name', OLD."to_name", 'to_bank', OLD."to_bank"),
            NULL);
END;

CREATE TRIGGER audit_queue_escalations_insert AFTER INSERT ON queue_escalations
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('queue_escalations', NEW.rowid, 'insert',
            NULL,
            json_object('id', NEW."id", 'item_key', NEW."item_key", 'kind', NEW."kind",
            'incident_id', NEW."incident_id", 'call_id', NEW."call_id",
            'escalation_id', NEW."escalation_id", 'level', NEW."level",
            'level_no', NEW."level_no", 'raised_at', NEW."raised_at",
            'resolved_at', NEW."resolved_at"));
END;

CREATE TRIGGER audit_queue_escalations_update AFTER UPDATE ON queue_escalations
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('queue_escalations', NEW.rowid, 'update',
            json_object('id', OLD."id", 'item_key', OLD."item_key", 'kind', OLD."kind",
            'incident_id', OLD."incident_id", 'call_id', OLD."call_id",
            'escalation_id', OLD."escalation_id", 'level', OLD."level",
            'level_no', OLD."level_no", 'raised_at', OLD."raised_at",
            'resolved_at', OLD."resolved_at"),
            json_object('id', NEW."id", 'item_key', NEW."item_key", 'kind', NEW."kind",
            'incident_id', NEW."incident_id", 'call_id', NEW."call_id",
            'escalation_id', NEW."escalation_id", 'level', NEW."level",
            'level_no', NEW."level_no", 'raised_at', NEW."raised_at",
            'resolved_at', NEW."resolved_at"));
END;

CREATE TRIGGER audit_queue_escalations_delete AFTER DELETE ON queue_escalations
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('queue_escalations', OLD.rowid, 'delete',
            json_object('id', OLD."id", 'item_key', OLD."item_key", 'kind', OLD."kind",
            'incident_id', OLD."incident_id", 'call_id', OLD."call_id",
            'escalation_id', OLD."escalation_id", 'level', OLD."level",
            'level_no', OLD."level_no", 'raised_at', OLD."raised_at",
            'resolved_at', OLD."resolved_at"),
            NULL);
END;

CREATE TRIGGER audit_call_followups_insert AFTER INSERT ON call_followups
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('call_followups', NEW.rowid, 'insert',
            NULL,
            json_object('id', NEW."id", 'call_id', NEW."call_id", 'action', NEW."action",
            'done_at', NEW."done_at", 'done_by', NEW."done_by", 'outcome', NEW."outcome",
            'remarks', NEW."remarks"));
END;

CREATE TRIGGER audit_call_followups_update AFTER UPDATE ON call_followups
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('call_followups', NEW.rowid, 'update',
            json_object('id', OLD."id", 'call_id', OLD."call_id", 'action', OLD."action",
            'done_at', OLD."done_at", 'done_by', OLD."done_by", 'outcome', OLD."outcome",
            'remarks', OLD."remarks"),
            json_object('id', NEW."id", 'call_id', NEW."call_id", 'action', NEW."action",
            'done_at', NEW."done_at", 'done_by', NEW."done_by", 'outcome', NEW."outcome",
            'remarks', NEW."remarks"));
END;

CREATE TRIGGER audit_call_followups_delete AFTER DELETE ON call_followups
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('call_followups', OLD.rowid, 'delete',
            json_object('id', OLD."id", 'call_id', OLD."call_id", 'action', OLD."action",
            'done_at', OLD."done_at", 'done_by', OLD."done_by", 'outcome', OLD."outcome",
            'remarks', OLD."remarks"),
            NULL);
END;

CREATE TRIGGER audit_incident_owners_insert AFTER INSERT ON incident_owners
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('incident_owners', NEW.rowid, 'insert',
            NULL,
            json_object('incident_id', NEW."incident_id", 'operator_id', NEW."operator_id",
            'assigned_at', NEW."assigned_at", 'assigned_by', NEW."assigned_by"));
END;

CREATE TRIGGER audit_incident_owners_update AFTER UPDATE ON incident_owners
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('incident_owners', NEW.rowid, 'update',
            json_object('incident_id', OLD."incident_id", 'operator_id', OLD."operator_id",
            'assigned_at', OLD."assigned_at", 'assigned_by', OLD."assigned_by"),
            json_object('incident_id', NEW."incident_id", 'operator_id', NEW."operator_id",
            'assigned_at', NEW."assigned_at", 'assigned_by', NEW."assigned_by"));
END;

CREATE TRIGGER audit_incident_owners_delete AFTER DELETE ON incident_owners
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('incident_owners', OLD.rowid, 'delete',
            json_object('incident_id', OLD."incident_id", 'operator_id', OLD."operator_id",
            'assigned_at', OLD."assigned_at", 'assigned_by', OLD."assigned_by"),
            NULL);
END;

CREATE TRIGGER audit_handover_notes_insert AFTER INSERT ON handover_notes
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('handover_notes', NEW.rowid, 'insert',
            NULL,
            json_object('id', NEW."id", 'desk', NEW."desk", 'shift_start', NEW."shift_start",
            'operator_id', NEW."operator_id", 'remarks', NEW."remarks",
            'saved_at', NEW."saved_at"));
END;

CREATE TRIGGER audit_handover_notes_update AFTER UPDATE ON handover_notes
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('handover_notes', NEW.rowid, 'update',
            json_object('id', OLD."id", 'desk', OLD."desk", 'shift_start', OLD."shift_start",
            'operator_id', OLD."operator_id", 'remarks', OLD."remarks",
            'saved_at', OLD."saved_at"),
            json_object('id', NEW."id", 'desk', NEW."desk", 'shift_start', NEW."shift_start",
            'operator_id', NEW."operator_id", 'remarks', NEW."remarks",
            'saved_at', NEW."saved_at"));
END;

CREATE TRIGGER audit_handover_notes_delete AFTER DELETE ON handover_notes
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('handover_notes', OLD.rowid, 'delete',
            json_object('id', OLD."id", 'desk', OLD."desk", 'shift_start', OLD."shift_start",
            'operator_id', OLD."operator_id", 'remarks', OLD."remarks",
            'saved_at', OLD."saved_at"),
            NULL);
END;

CREATE TRIGGER audit_day_snapshots_insert AFTER INSERT ON day_snapshots
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('day_snapshots', NEW.rowid, 'insert',
            NULL,
            json_object('id', NEW."id", 'day', NEW."day", 'jurisdiction_code', NEW."jurisdiction_code",
            'figures', NEW."figures", 'signed_by', NEW."signed_by",
            'signed_at', NEW."signed_at", 'note', NEW."note"));
END;

CREATE TRIGGER audit_day_snapshots_update AFTER UPDATE ON day_snapshots
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('day_snapshots', NEW.rowid, 'update',
            json_object('id', OLD."id", 'day', OLD."day", 'jurisdiction_code', OLD."jurisdiction_code",
            'figures', OLD."figures", 'signed_by', OLD."signed_by",
            'signed_at', OLD."signed_at", 'note', OLD."note"),
            json_object('id', NEW."id", 'day', NEW."day", 'jurisdiction_code', NEW."jurisdiction_code",
            'figures', NEW."figures", 'signed_by', NEW."signed_by",
            'signed_at', NEW."signed_at", 'note', NEW."note"));
END;

CREATE TRIGGER audit_day_snapshots_delete AFTER DELETE ON day_snapshots
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('day_snapshots', OLD.rowid, 'delete',
            json_object('id', OLD."id", 'day', OLD."day", 'jurisdiction_code', OLD."jurisdiction_code",
            'figures', OLD."figures", 'signed_by', OLD."signed_by",
            'signed_at', OLD."signed_at", 'note', OLD."note"),
            NULL);
END;

CREATE TRIGGER audit_enterprises_insert AFTER INSERT ON enterprises
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('enterprises', NEW.rowid, 'insert',
            NULL,
            json_object('id', NEW."id", 'name', NEW."name", 'address', NEW."address",
            'address_key', NEW."address_key", 'jurisdiction_code', NEW."jurisdiction_code",
            'industry', NEW."industry", 'contact_phone', NEW."contact_phone",
            'bureau_leader', NEW."bureau_leader",
            'bureau_leader_phone', NEW."bureau_leader_phone",
            'station_leader', NEW."station_leader",
            'station_leader_phone', NEW."station_leader_phone", 'officer', NEW."officer",
            'officer_phone', NEW."officer_phone", 'created_at', NEW."created_at"));
END;

CREATE TRIGGER audit_enterprises_update AFTER UPDATE ON enterprises
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('enterprises', NEW.rowid, 'update',
            json_object('id', OLD."id", 'name', OLD."name", 'address', OLD."address",
            'address_key', OLD."address_key", 'jurisdiction_code', OLD."jurisdiction_code",
            'industry', OLD."industry", 'contact_phone', OLD."contact_phone",
            'bureau_leader', OLD."bureau_leader",
            'bureau_leader_phone', OLD."bureau_leader_phone",
            'station_leader', OLD."station_leader",
            'station_leader_phone', OLD."station_leader_phone", 'officer', OLD."officer",
            'officer_phone', OLD."officer_phone", 'created_at', OLD."created_at"),
            json_object('id', NEW."id", 'name', NEW."name", 'address', NEW."address",
            'address_key', NEW."address_key", 'jurisdiction_code', NEW."jurisdiction_code",
            'industry', NEW."industry", 'contact_phone', NEW."contact_phone",
            'bureau_leader', NEW."bureau_leader",
            'bureau_leader_phone', NEW."bureau_leader_phone",
            'station_leader', NEW."station_leader",
            'station_leader_phone', NEW."station_leader_phone", 'officer', NEW."officer",
            'officer_phone', NEW."officer_phone", 'created_at', NEW."created_at"));
END;

CREATE TRIGGER audit_enterprises_delete AFTER DELETE ON enterprises
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('enterprises', OLD.rowid, 'delete',
            json_object('id', OLD."id", 'name', OLD."name", 'address', OLD."address",
            'address_key', OLD."address_key", 'jurisdiction_code', OLD."jurisdiction_code",
            'industry', OLD."industry", 'contact_phone', OLD."contact_phone",
            'bureau_leader', OLD."bureau_leader",
            'bureau_leader_phone', OLD."bureau_leader_phone",
            'station_leader', OLD."station_leader",
            'station_leader_phone', OLD."station_leader_phone", 'officer', OLD."officer",
            'officer_phone', OLD."officer_phone", 'created_at', OLD."created_at"),
            NULL);
END;

CREATE TRIGGER audit_operators_insert AFTER INSERT ON operators
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('operators', NEW.rowid, 'insert',
            NULL,
            json_object('id', NEW."id", 'username', NEW."username", 'display_name', NEW."display_name",
            'role', NEW."role", 'active', NEW."active", 'created_at', NEW."created_at"));
END;

CREATE TRIGGER audit_operators_update AFTER UPDATE ON operators
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('operators', NEW.rowid, 'update',
            json_object('id', OLD."id", 'username', OLD."username", 'display_name', OLD."display_name",
            'role', OLD."role", 'active', OLD."active", 'created_at', OLD."created_at"),
            json_object('id', NEW."id", 'username', NEW."username", 'display_name', NEW."display_name",
            'role', NEW."role", 'active', NEW."active", 'created_at', NEW."created_at"));
END;

CREATE TRIGGER audit_operators_delete AFTER DELETE ON operators
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('operators', OLD.rowid, 'delete',
            json_object('id', OLD."id", 'username', OLD."username", 'display_name', OLD."display_name",
            'role', OLD."role", 'active', OLD."active", 'created_at', OLD."created_at"),
            NULL);
END;

CREATE TRIGGER audit_settings_insert AFTER INSERT ON settings
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('settings', NEW.rowid, 'insert',
            NULL,
            json_object('key', NEW."key", 'value', NEW."value"));
END;

CREATE TRIGGER audit_settings_update AFTER UPDATE ON settings
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('settings', NEW.rowid, 'update',
            json_object('key', OLD."key", 'value', OLD."value"),
            json_object('key', NEW."key", 'value', NEW."value"));
END;

CREATE TRIGGER audit_settings_delete AFTER DELETE ON settings
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('settings', OLD.rowid, 'delete',
            json_object('key', OLD."key", 'value', OLD."value"),
            NULL);
END;

CREATE TRIGGER audit_audit_anchors_insert AFTER INSERT ON audit_anchors
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('audit_anchors', NEW.rowid, 'insert',
            NULL,
            json_object('id', NEW."id", 'kind', NEW."kind", 'ref_id', NEW."ref_id",
            'audit_id', NEW."audit_id", 'hash', NEW."hash", 'at', NEW."at"));
END;

CREATE TRIGGER audit_audit_anchors_update AFTER UPDATE ON audit_anchors
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('audit_anchors', NEW.rowid, 'update',
            json_object('id', OLD."id", 'kind', OLD."kind", 'ref_id', OLD."ref_id",
            'audit_id', OLD."audit_id", 'hash', OLD."hash", 'at', OLD."at"),
            json_object('id', NEW."id", 'kind', NEW."kind", 'ref_id', NEW."ref_id",
            'audit_id', NEW."audit_id", 'hash', NEW."hash", 'at', NEW."at"));
END;

CREATE TRIGGER audit_audit_anchors_delete AFTER DELETE ON audit_anchors
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('audit_anchors', OLD.rowid, 'delete',
            json_object('id', OLD."id", 'kind', OLD."kind", 'ref_id', OLD."ref_id",
            'audit_id', OLD."audit_id", 'hash', OLD."hash", 'at', OLD."at"),
            NULL);
END;

-- The rows already here when the audit begins (nothing for an empty table).
INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
SELECT 'calls', NULL, 'audit_start', NULL,
       json_object('columns', json('["id", "line", "received_at", "logged_at", "day", "caller_number", "number_key", "caller_name", "address", "address_key", "jurisdiction_code", "category_code", "priority", "summary", "disposition", "incident_id", "transfer_ref", "is_dv", "is_enterprise", "incomplete", "operator_id", "seat", "source"]'), 'rows', SUM(n),
                   'blocks', json_group_array(json_array(b, n, d)))
  FROM (SELECT rowid / 256 AS b, COUNT(*) AS n,
               audit_block_digest(group_concat(
                   printf('%012d', rowid) || char(9) ||
                   json_object('id', "id", 'line', "line", 'received_at', "received_at",
                        'logged_at', "logged_at", 'day', "day",
                        'caller_number', "caller_number", 'number_key', "number_key",
                        'caller_name', "caller_name", 'address', "address",
                        'address_key', "address_key", 'jurisdiction_code', "jurisdiction_code",
                        'category_code', "category_code", 'priority', "priority",
                        'summary', "summary", 'disposition', "disposition",
                        'incident_id', "incident_id", 'transfer_ref', "transfer_ref",
                        'is_dv', "is_dv", 'is_enterprise', "is_enterprise",
                        'incomplete', "incomplete", 'operator_id', "operator_id",
                        'seat', "seat", 'source', "source"), char(10))) AS d
          FROM calls GROUP BY rowid / 256)
HAVING COUNT(*) > 0;

INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
SELECT 'incidents', NULL, 'audit_start', NULL,
       json_object('columns', json('["id", "number", "day", "seq", "category_code", "priority", "jurisdiction_code", "address", "address_key", "caller_number", "summary", "stage", "stage_at", "is_dv", "is_enterprise", "enterprise_id", "opened_at", "dispatched_at", "arrived_at", "handled_at", "closed_at", "result", "closure", "opened_by", "updated_at"]'), 'rows', SUM(n),
                   'blocks', json_group_array(json_array(b, n, d)))
  FROM (SELECT rowid / 256 AS b, COUNT(*) AS n,
               audit_block_digest(group_concat(
                   printf('%012d', rowid) || char(9) ||
                   json_object('id', "id", 'number', "number", 'day', "day", 'seq', "seq",
                        'category_code', "category_code", 'priority', "priority",
                        'jurisdiction_code', "jurisdiction_code", 'address', "address",
                        'address_key', "address_key", 'caller_number', "caller_number",
                        'summary', "summary", 'stage', "stage", 'stage_at', "stage_at",
                        'is_dv', "is_dv", 'is_enterprise', "is_enterprise",
                        'enterprise_id', "enterprise_id", 'opened_at', "opened_at",
                        'dispatched_at', "dispatched_at", 'arrived_at', "arrived_at",
                        'handled_at', "handled_at", 'closed_at', "closed_at",
                        'result', "result", 'closure', "closure", 'opened_by', "opened_by",
                        'updated_at', "updated_at"), char(10))) AS d
          FROM incidents GROUP BY rowid / 256)
HAVING COUNT(*) > 0;

INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
SELECT 'incident_events', NULL, 'audit_start', NULL,
       json_object('columns', json('["id", "incident_id", "at", "operator_id", "kind", "stage", "unit_code", "detail"]'), 'rows', SUM(n),
                   'blocks', json_group_array(json_array(b, n, d)))
  FROM (SELECT rowid / 256 AS b, COUNT(*) AS n,
               audit_block_digest(group_concat(
                   printf('%012d', rowid) || char(9) ||
                   json_object('id', "id", 'incident_id', "incident_id", 'at', "at",
                        'operator_id', "operator_id", 'kind', "kind", 'stage', "stage",
                        'unit_code', "unit_code", 'detail', "detail"), char(10))) AS d
          FROM incident_events GROUP BY rowid / 256)
HAVING COUNT(*) > 0;

INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
SELECT 'assignments', NULL, 'audit_start', NULL,
       json_object('columns', json('["id", "incident_id", "unit_code", "dispatched_at", "en_route_at", "on_scene_at", "cleared_at", "dispatched_by", "officers"]'), 'rows', SUM(n),
                   'blocks', json_group_array(json_array(b, n, d)))
  FROM (SELECT rowid / 256 AS b, COUNT(*) AS n,
               audit_block_digest(group_concat(
                   printf('%012d', rowid) || char(9) ||
                   json_object('id', "id", 'incident_id', "incident_id", 'unit_code', "unit_code",
                        'dispatched_at', "dispatched_at", 'en_route_at', "en_route_at",
                        'on_scene_at', "on_scene_at", 'cleared_at', "cleared_at",
                        'dispatched_by', "dispatched_by", 'officers', "officers"), char(10))) AS d
          FROM assignments GROUP BY rowid / 256)
HAVING COUNT(*) > 0;

INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
SELECT 'enterprise_pushes', NULL, 'audit_start', NULL,
       json_object('columns', json('["id", "incident_id", "enterprise_id", "role", "person", "phone", "pushed_at", "acked_at", "acked_by"]'), 'rows', SUM(n),
                   'blocks', json_group_array(json_array(b, n, d)))
  FROM (SELECT rowid / 256 AS b, COUNT(*) AS n,
               audit_block_digest(group_concat(
                   printf('%012d', rowid) || char(9) ||
                   json_object('id', "id", 'incident_id', "incident_id",
                        'enterprise_id', "enterprise_id", 'role', "role", 'person', "person",
                        'phone', "phone", 'pushed_at', "pushed_at", 'acked_at', "acked_at",
                        'acked_by', "acked_by"), char(10))) AS d
          FROM enterprise_pushes GROUP BY rowid / 256)
HAVING COUNT(*) > 0;

INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
SELECT 'callbacks', NULL, 'audit_start', NULL,
       json_object('columns', json('["id", "incident_id", "due_at", "done_at", "operator_id", "rating", "remarks"]'), 'rows', SUM(n),
                   'blocks', json_group_array(json_array(b, n, d)))
  FROM (SELECT rowid / 256 AS b, COUNT(*) AS n,
               audit_block_digest(group_concat(
                   printf('%012d', rowid) || char(9) ||
                   json_object('id', "id", 'incident_id', "incident_id", 'due_at', "due_at",
                        'done_at', "done_at", 'operator_id', "operator_id", 'rating', "rating",
                        'remarks', "remarks"), char(10))) AS d
          FROM callbacks GROUP BY rowid / 256)
HAVING COUNT(*) > 0;

INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
SELECT 'escalations', NULL, 'audit_start', NULL,
       json_object('columns', json('["id", "incident_id", "level", "reason", "raised_at", "raised_by", "resolved_at", "resolved_by", "resolution"]'), 'rows', SUM(n),
                   'blocks', json_group_array(json_array(b, n, d)))
  FROM (SELECT rowid / 256 AS b, COUNT(*) AS n,
               audit_block_digest(group_concat(
                   printf('%012d', rowid) || char(9) ||
                   json_object('id', "id", 'incident_id', "incident_id", 'level', "level",
                        'reason', "reason", 'raised_at', "raised_at", 'raised_by', "raised_by",
                        'resolved_at', "resolved_at", 'resolved_by', "resolved_by",
                        'resolution', "resolution"), char(10))) AS d
          FROM escalations GROUP BY rowid / 256)
HAVING COUNT(*) > 0;

INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
SELECT 'incident_outcomes', NULL, 'audit_start', NULL,
       json_object('columns', json('["incident_id", "people_caught", "assistance", "mediated", "recorded_at", "recorded_by"]'), 'rows', SUM(n),
                   'blocks', json_group_array(json_array(b, n, d)))
  FROM (SELECT rowid / 256 AS b, COUNT(*) AS n,
               audit_block_digest(group_concat(
                   printf('%012d', rowid) || char(9) ||
                   json_object('incident_id', "incident_id", 'people_caught', "people_caught",
                        'assistance', "assistance", 'mediated', "mediated",
                        'recorded_at', "recorded_at", 'recorded_by', "recorded_by"), char(10))) AS d
          FROM incident_outcomes GROUP BY rowid / 256)
HAVING COUNT(*) > 0;

INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
SELECT 'fraud_reports', NULL, 'audit_start', NULL,
       json_object('columns', json('["id", "call_id", "incident_id", "victim_account", "victim_bank", "stop_payment_requested", "accounts_frozen", "money_recovered_fen", "loss_fen", "updated_at"]'), 'rows', SUM(n),
                   'blocks', json_group_array(json_array(b, n, d)))
  FROM (SELECT rowid / 256 AS b, COUNT(*) AS n,
               audit_block_digest(group_concat(
                   printf('%012d', rowid) || char(9) ||
                   json_object('id', "id", 'call_id', "call_id", 'incident_id', "incident_id",
                        'victim_account', "victim_account", 'victim_bank', "victim_bank",
                        'stop_payment_requested', "stop_payment_requested",
                        'accounts_frozen', "accounts_frozen",
                        'money_recovered_fen', "money_recovered_fen", 'loss_fen', "loss_fen",
                        'updated_at', "updated_at"), char(10))) AS d
          FROM fraud_reports GROUP BY rowid / 256)
HAVING COUNT(*) > 0;

INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
SELECT 'fraud_transfers', NULL, 'audit_start', NULL,
       json_object('columns', json('["id", "report_id", "amount_fen", "transferred_at", "to_account", "to_name", "to_bank"]'), 'rows', SUM(n),
                   'blocks', json_group_array(json_array(b, n, d)))
  FROM (SELECT rowid / 256 AS b, COUNT(*) AS n,
               audit_block_digest(group_concat(
                   printf('%012d', rowid) || char(9) ||
                   json_object('id', "id", 'report_id', "report_id", 'amount_fen', "amount_fen",
                        'transferred_at', "transferred_at", 'to_account', "to_account",
                        'to_name', "to_name", 'to_bank', "to_bank"), char(10))) AS d
          FROM fraud_transfers GROUP BY rowid / 256)
HAVING COUNT(*) > 0;

INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
SELECT 'queue_escalations', NULL, 'audit_start', NULL,
       json_object('columns', json('["id", "item_key", "kind", "incident_id", "call_id", "escalation_id", "level", "level_no", "raised_at", "resolved_at"]'), 'rows', SUM(n),
                   'blocks', json_group_array(json_array(b, n, d)))
  FROM (SELECT rowid / 256 AS b, COUNT(*) AS n,
               audit_block_digest(group_concat(
                   printf('%012d', rowid) || char(9) ||
                   json_object('id', "id", 'item_key', "item_key", 'kind', "kind",
                        'incident_id', "incident_id", 'call_id', "call_id",
                        'escalation_id', "escalation_id", 'level', "level",
                        'level_no', "level_no", 'raised_at', "raised_at",
                        'resolved_at', "resolved_at"), char(10))) AS d
          FROM queue_escalations GROUP BY rowid / 256)
HAVING COUNT(*) > 0;

INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
SELECT 'call_followups', NULL, 'audit_start', NULL,
       json_object('columns', json('["id", "call_id", "action", "done_at", "done_by", "outcome", "remarks"]'), 'rows', SUM(n),
                   'blocks', json_group_array(json_array(b, n, d)))
  FROM (SELECT rowid / 256 AS b, COUNT(*) AS n,
               audit_block_digest(group_concat(
                   printf('%012d', rowid) || char(9) ||
                   json_object('id', "id", 'call_id', "call_id", 'action', "action",
                        'done_at', "done_at", 'done_by', "done_by", 'outcome', "outcome",
                        'remarks', "remarks"), char(10))) AS d
          FROM call_followups GROUP BY rowid / 256)
HAVING COUNT(*) > 0;

INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
SELECT 'incident_owners', NULL, 'audit_start', NULL,
       json_object('columns', json('["incident_id", "operator_id", "assigned_at", "assigned_by"]'), 'rows', SUM(n),
                   'blocks', json_group_array(json_array(b, n, d)))
  FROM (SELECT rowid / 256 AS b, COUNT(*) AS n,
               audit_block_digest(group_concat(
                   printf('%012d', rowid) || char(9) ||
                   json_object('incident_id', "incident_id", 'operator_id', "operator_id",
                        'assigned_at', "assigned_at", 'assigned_by', "assigned_by"), char(10))) AS d
          FROM incident_owners GROUP BY rowid / 256)
HAVING COUNT(*) > 0;

INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
SELECT 'handover_notes', NULL, 'audit_start', NULL,
       json_object('columns', json('["id", "desk", "shift_start", "operator_id", "remarks", "saved_at"]'), 'rows', SUM(n),
                   'blocks', json_group_array(json_array(b, n, d)))
  FROM (SELECT rowid / 256 AS b, COUNT(*) AS n,
               audit_block_digest(group_concat(
                   printf('%012d', rowid) || char(9) ||
                   json_object('id', "id", 'desk', "desk", 'shift_start', "shift_start",
                        'operator_id', "operator_id", 'remarks', "remarks",
                        'saved_at', "saved_at"), char(10))) AS d
          FROM handover_notes GROUP BY rowid / 256)
HAVING COUNT(*) > 0;

INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
SELECT 'day_snapshots', NULL, 'audit_start', NULL,
       json_object('columns', json('["id", "day", "jurisdiction_code", "figures", "signed_by", "signed_at", "note"]'), 'rows', SUM(n),
                   'blocks', json_group_array(json_array(b, n, d)))
  FROM (SELECT rowid / 256 AS b, COUNT(*) AS n,
               audit_block_digest(group_concat(
                   printf('%012d', rowid) || char(9) ||
                   json_object('id', "id", 'day', "day", 'jurisdiction_code', "jurisdiction_code",
                        'figures', "figures", 'signed_by', "signed_by",
                        'signed_at', "signed_at", 'note', "note"), char(10))) AS d
          FROM day_snapshots GROUP BY rowid / 256)
HAVING COUNT(*) > 0;

INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
SELECT 'enterprises', NULL, 'audit_start', NULL,
       json_object('columns', json('["id", "name", "address", "address_key", "jurisdiction_code", "industry", "contact_phone", "bureau_leader", "bureau_leader_phone", "station_leader", "station_leader_phone", "officer", "officer_phone", "created_at"]'), 'rows', SUM(n),
                   'blocks', json_group_array(json_array(b, n, d)))
  FROM (SELECT rowid / 256 AS b, COUNT(*) AS n,
               audit_block_digest(group_concat(
                   printf('%012d', rowid) || char(9) ||
                   json_object('id', "id", 'name', "name", 'address', "address",
                        'address_key', "address_key", 'jurisdiction_code', "jurisdiction_code",
                        'industry', "industry", 'contact_phone', "contact_phone",
                        'bureau_leader', "bureau_leader",
                        'bureau_leader_phone', "bureau_leader_phone",
                        'station_leader', "station_leader",
                        'station_leader_phone', "station_leader_phone", 'officer', "officer",
                        'officer_phone', "officer_phone", 'created_at', "created_at"), char(10))) AS d
          FROM enterprises GROUP BY rowid / 256)
HAVING COUNT(*) > 0;

INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
SELECT 'operators', NULL, 'audit_start', NULL,
       json_object('columns', json('["id", "username", "display_name", "role", "active", "created_at"]'), 'rows', SUM(n),
                   'blocks', json_group_array(json_array(b, n, d)))
  FROM (SELECT rowid / 256 AS b, COUNT(*) AS n,
               audit_block_digest(group_concat(
                   printf('%012d', rowid) || char(9) ||
                   json_object('id', "id", 'username', "username", 'display_name', "display_name",
                        'role', "role", 'active', "active", 'created_at', "created_at"), char(10))) AS d
          FROM operators GROUP BY rowid / 256)
HAVING COUNT(*) > 0;

INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
SELECT 'settings', NULL, 'audit_start', NULL,
       json_object('columns', json('["key", "value"]'), 'rows', SUM(n),
                   'blocks', json_group_array(json_array(b, n, d)))
  FROM (SELECT rowid / 256 AS b, COUNT(*) AS n,
               audit_block_digest(group_concat(
                   printf('%012d', rowid) || char(9) ||
                   json_object('key', "key", 'value', "value"), char(10))) AS d
          FROM settings GROUP BY rowid / 256)
HAVING COUNT(*) > 0;
