-- The anti-domestic-violence desk's decisions in the audit trail (0009_audit.sql): the audit
-- triggers of its tables, made as console.store.audit.trigger_sql makes them, and one row per
-- table vouching for the rows they already held (op 'audit_start').
--
-- Who decided what and when is logged: the tier and its answers' codes, warnings issued and
-- served, orders applied for and ruled on, referrals and their status, follow-ups made, cases
-- opened and incidents linked to them, the intake's safe-to-talk answer. What a person said or
-- wrote is kept out of the log (console.store.audit.AUDITED): the parties' names, addresses,
-- the safe number and contact, the facts, injuries, threats, the reason for a judgement and
-- the notes. The log is no second copy of a DV case: those stay in the desk's own tables,
-- read only by DV readers and recorded when read (dv_access_log), and verify-audit checks
-- every other column of each row against its last logged state.

CREATE TRIGGER audit_dv_call_safety_insert AFTER INSERT ON dv_call_safety
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('dv_call_safety', NEW.rowid, 'insert',
            NULL,
            json_object('call_id', NEW."call_id", 'safe_to_talk', NEW."safe_to_talk",
            'asked_at', NEW."asked_at", 'asked_by', NEW."asked_by"));
END;

CREATE TRIGGER audit_dv_call_safety_update AFTER UPDATE ON dv_call_safety
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('dv_call_safety', NEW.rowid, 'update',
            json_object('call_id', OLD."call_id", 'safe_to_talk', OLD."safe_to_talk",
            'asked_at', OLD."asked_at", 'asked_by', OLD."asked_by"),
            json_object('call_id', NEW."call_id", 'safe_to_talk', NEW."safe_to_talk",
            'asked_at', NEW."asked_at", 'asked_by', NEW."asked_by"));
END;

CREATE TRIGGER audit_dv_call_safety_delete AFTER DELETE ON dv_call_safety
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('dv_call_safety', OLD.rowid, 'delete',
            json_object('call_id', OLD."call_id", 'safe_to_talk', OLD."safe_to_talk",
            'asked_at', OLD."asked_at", 'asked_by', OLD."asked_by"),
            NULL);
END;

CREATE TRIGGER audit_dv_assessments_insert AFTER INSERT ON dv_assessments
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('dv_assessments', NEW.rowid, 'insert',
            NULL,
            json_object('id', NEW."id", 'incident_id', NEW."incident_id", 'assessed_at', NEW."assessed_at",
            'assessed_by', NEW."assessed_by", 'answers', NEW."answers", 'score', NEW."score",
            'level', NEW."level", 'colour', NEW."colour", 'raised', NEW."raised",
            'checklist', NEW."checklist"));
END;

CREATE TRIGGER audit_dv_assessments_update AFTER UPDATE ON dv_assessments
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('dv_assessments', NEW.rowid, 'update',
            json_object('id', OLD."id", 'incident_id', OLD."incident_id", 'assessed_at', OLD."assessed_at",
            'assessed_by', OLD."assessed_by", 'answers', OLD."answers", 'score', OLD."score",
            'level', OLD."level", 'colour', OLD."colour", 'raised', OLD."raised",
            'checklist', OLD."checklist"),
            json_object('id', NEW."id", 'incident_id', NEW."incident_id", 'assessed_at', NEW."assessed_at",
            'assessed_by', NEW."assessed_by", 'answers', NEW."answers", 'score', NEW."score",
            'level', NEW."level", 'colour', NEW."colour", 'raised', NEW."raised",
            'checklist', NEW."checklist"));
END;

CREATE TRIGGER audit_dv_assessments_delete AFTER DELETE ON dv_assessments
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('dv_assessments', OLD.rowid, 'delete',
            json_object('id', OLD."id", 'incident_id', OLD."incident_id", 'assessed_at', OLD."assessed_at",
            'assessed_by', OLD."assessed_by", 'answers', OLD."answers", 'score', OLD."score",
            'level', OLD."level", 'colour', OLD."colour", 'raised', OLD."raised",
            'checklist', OLD."checklist"),
            NULL);
END;

CREATE TRIGGER audit_dv_warnings_insert AFTER INSERT ON dv_warnings
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('dv_warnings', NEW.rowid, 'insert',
            NULL,
            json_object('id', NEW."id", 'incident_id', NEW."incident_id", 'number', NEW."number",
            'issued_at', NEW."issued_at", 'issued_by', NEW."issued_by",
            'relationship', NEW."relationship", 'served_abuser_at', NEW."served_abuser_at",
            'served_victim_at', NEW."served_victim_at",
            'committee_notified_at', NEW."committee_notified_at"));
END;

CREATE TRIGGER audit_dv_warnings_update AFTER UPDATE ON dv_warnings
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('dv_warnings', NEW.rowid, 'update',
            json_object('id', OLD."id", 'incident_id', OLD."incident_id", 'number', OLD."number",
            'issued_at', OLD."issued_at", 'issued_by', OLD."issued_by",
            'relationship', OLD."relationship", 'served_abuser_at', OLD."served_abuser_at",
            'served_victim_at', OLD."served_victim_at",
            'committee_notified_at', OLD."committee_notified_at"),
            json_object('id', NEW."id", 'incident_id', NEW."incident_id", 'number', NEW."number",
            'issued_at', NEW."issued_at", 'issued_by', NEW."issued_by",
            'relationship', NEW."relationship", 'served_abuser_at', NEW."served_abuser_at",
            'served_victim_at', NEW."served_victim_at",
            'committee_notified_at', NEW."committee_notified_at"));
END;

CREATE TRIGGER audit_dv_warnings_delete AFTER DELETE ON dv_warnings
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('dv_warnings', OLD.rowid, 'delete',
            json_object('id', OLD."id", 'incident_id', OLD."incident_id", 'number', OLD."number",
            'issued_at', OLD."issued_at", 'issued_by', OLD."issued_by",
            'relationship', OLD."relationship", 'served_abuser_at', OLD."served_abuser_at",
            'served_victim_at', OLD."served_victim_at",
            'committee_notified_at', OLD."committee_notified_at"),
            NULL);
END;

CREATE TRIGGER audit_dv_orders_insert AFTER INSERT ON dv_orders
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('dv_orders', NEW.rowid, 'insert',
            NULL,
            json_object('id', NEW."id", 'incident_id', NEW."incident_id", 'applied_at', NEW."applied_at",
            'applied_by', NEW."applied_by", 'urgent', NEW."urgent", 'court', NEW."court",
            'decision_due', NEW."decision_due", 'decision', NEW."decision",
            'decided_at', NEW."decided_at", 'valid_until', NEW."valid_until"));
END;

CREATE TRIGGER audit_dv_orders_update AFTER UPDATE ON dv_orders
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('dv_orders', NEW.rowid, 'update',
            json_object('id', OLD."id", 'incident_id', OLD."incident_id", 'applied_at', OLD."applied_at",
            'applied_by', OLD."applied_by", 'urgent', OLD."urgent", 'court', OLD."court",
            'decision_due', OLD."decision_due", 'decision', OLD."decision",
            'decided_at', OLD."decided_at", 'valid_until', OLD."valid_until"),
            json_object('id', NEW."id", 'incident_id', NEW."incident_id", 'applied_at', NEW."applied_at",
            'applied_by', NEW."applied_by", 'urgent', NEW."urgent", 'court', NEW."court",
            'decision_due', NEW."decision_due", 'decision', NEW."decision",
            'decided_at', NEW."decided_at", 'valid_until', NEW."valid_until"));
END;

CREATE TRIGGER audit_dv_orders_delete AFTER DELETE ON dv_orders
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('dv_orders', OLD.rowid, 'delete',
            json_object('id', OLD."id", 'incident_id', OLD."incident_id", 'applied_at', OLD."applied_at",
            'applied_by', OLD."applied_by", 'urgent', OLD."urgent", 'court', OLD."court",
            'decision_due', OLD."decision_due", 'decision', OLD."decision",
            'decided_at', OLD."decided_at", 'valid_until', OLD."valid_until"),
            NULL);
END;

CREATE TRIGGER audit_dv_referrals_insert AFTER INSERT ON dv_referrals
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('dv_referrals', NEW.rowid, 'insert',
            NULL,
            json_object('id', NEW."id", 'incident_id', NEW."incident_id", 'agency', NEW."agency",
            'referred_at', NEW."referred_at", 'referred_by', NEW."referred_by",
            'status', NEW."status", 'status_at', NEW."status_at"));
END;

CREATE TRIGGER audit_dv_referrals_update AFTER UPDATE ON dv_referrals
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('dv_referrals', NEW.rowid, 'update',
            json_object('id', OLD."id", 'incident_id', OLD."incident_id", 'agency', OLD."agency",
            'referred_at', OLD."referred_at", 'referred_by', OLD."referred_by",
            'status', OLD."status", 'status_at', OLD."status_at"),
            json_object('id', NEW."id", 'incident_id', NEW."incident_id", 'agency', NEW."agency",
            'referred_at', NEW."referred_at", 'referred_by', NEW."referred_by",
            'status', NEW."status", 'status_at', NEW."status_at"));
END;

CREATE TRIGGER audit_dv_referrals_delete AFTER DELETE ON dv_referrals
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('dv_referrals', OLD.rowid, 'delete',
            json_object('id', OLD."id", 'incident_id', OLD."incident_id", 'agency', OLD."agency",
            'referred_at', OLD."referred_at", 'referred_by', OLD."referred_by",
            'status', OLD."status", 'status_at', OLD."status_at"),
            NULL);
END;

CREATE TRIGGER audit_dv_visits_insert AFTER INSERT ON dv_visits
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('dv_visits', NEW.rowid, 'insert',
            NULL,
            json_object('id', NEW."id", 'incident_id', NEW."incident_id", 'visited_at', NEW."visited_at",
            'visited_by', NEW."visited_by", 'kind', NEW."kind"));
END;

CREATE TRIGGER audit_dv_visits_update AFTER UPDATE ON dv_visits
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('dv_visits', NEW.rowid, 'update',
            json_object('id', OLD."id", 'incident_id', OLD."incident_id", 'visited_at', OLD."visited_at",
            'visited_by', OLD."visited_by", 'kind', OLD."kind"),
            json_object('id', NEW."id", 'incident_id', NEW."incident_id", 'visited_at', NEW."visited_at",
            'visited_by', NEW."visited_by", 'kind', NEW."kind"));
END;

CREATE TRIGGER audit_dv_visits_delete AFTER DELETE ON dv_visits
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('dv_visits', OLD.rowid, 'delete',
            json_object('id', OLD."id", 'incident_id', OLD."incident_id", 'visited_at', OLD."visited_at",
            'visited_by', OLD."visited_by", 'kind', OLD."kind"),
            NULL);
END;

CREATE TRIGGER audit_dv_cases_insert AFTER INSERT ON dv_cases
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('dv_cases', NEW.rowid, 'insert',
            NULL,
            json_object('id', NEW."id", 'opened_at', NEW."opened_at", 'opened_by', NEW."opened_by",
            'relationship', NEW."relationship", 'children_present', NEW."children_present",
            'weapons', NEW."weapons", 'alcohol_drugs', NEW."alcohol_drugs",
            'updated_at', NEW."updated_at"));
END;

CREATE TRIGGER audit_dv_cases_update AFTER UPDATE ON dv_cases
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('dv_cases', NEW.rowid, 'update',
            json_object('id', OLD."id", 'opened_at', OLD."opened_at", 'opened_by', OLD."opened_by",
            'relationship', OLD."relationship", 'children_present', OLD."children_present",
            'weapons', OLD."weapons", 'alcohol_drugs', OLD."alcohol_drugs",
            'updated_at', OLD."updated_at"),
            json_object('id', NEW."id", 'opened_at', NEW."opened_at", 'opened_by', NEW."opened_by",
            'relationship', NEW."relationship", 'children_present', NEW."children_present",
            'weapons', NEW."weapons", 'alcohol_drugs', NEW."alcohol_drugs",
            'updated_at', NEW."updated_at"));
END;

CREATE TRIGGER audit_dv_cases_delete AFTER DELETE ON dv_cases
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('dv_cases', OLD.rowid, 'delete',
            json_object('id', OLD."id", 'opened_at', OLD."opened_at", 'opened_by', OLD."opened_by",
            'relationship', OLD."relationship", 'children_present', OLD."children_present",
            'weapons', OLD."weapons", 'alcohol_drugs', OLD."alcohol_drugs",
            'updated_at', OLD."updated_at"),
            NULL);
END;

CREATE TRIGGER audit_dv_case_incidents_insert AFTER INSERT ON dv_case_incidents
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('dv_case_incidents', NEW.rowid, 'insert',
            NULL,
            json_object('incident_id', NEW."incident_id", 'case_id', NEW."case_id",
            'linked_at', NEW."linked_at", 'linked_by', NEW."linked_by"));
END;

CREATE TRIGGER audit_dv_case_incidents_update AFTER UPDATE ON dv_case_incidents
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('dv_case_incidents', NEW.rowid, 'update',
            json_object('incident_id', OLD."incident_id", 'case_id', OLD."case_id",
            'linked_at', OLD."linked_at", 'linked_by', OLD."linked_by"),
            json_object('incident_id', NEW."incident_id", 'case_id', NEW."case_id",
            'linked_at', NEW."linked_at", 'linked_by', NEW."linked_by"));
END;

CREATE TRIGGER audit_dv_case_incidents_delete AFTER DELETE ON dv_case_incidents
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('dv_case_incidents', OLD.rowid, 'delete',
            json_object('incident_id', OLD."incident_id", 'case_id', OLD."case_id",
            'linked_at', OLD."linked_at", 'linked_by', OLD."linked_by"),
            NULL);
END;

INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
SELECT 'dv_call_safety', NULL, 'audit_start', NULL,
       json_object('columns', json('["call_id", "safe_to_talk", "asked_at", "asked_by"]'), 'rows', SUM(n),
                   'blocks', json_group_array(json_array(b, n, d)))
  FROM (SELECT rowid / 256 AS b, COUNT(*) AS n,
               audit_block_digest(group_concat(
                   printf('%012d', rowid) || char(9) ||
                   json_object('call_id', "call_id", 'safe_to_talk', "safe_to_talk",
                        'asked_at', "asked_at", 'asked_by', "asked_by"), char(10))) AS d
          FROM dv_call_safety GROUP BY rowid / 256)
HAVING COUNT(*) > 0;

INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
SELECT 'dv_assessments', NULL, 'audit_start', NULL,
       json_object('columns', json('["id", "incident_id", "assessed_at", "assessed_by", "answers", "score", "level", "colour", "raised", "checklist"]'), 'rows', SUM(n),
                   'blocks', json_group_array(json_array(b, n, d)))
  FROM (SELECT rowid / 256 AS b, COUNT(*) AS n,
               audit_block_digest(group_concat(
                   printf('%012d', rowid) || char(9) ||
                   json_object('id', "id", 'incident_id', "incident_id", 'assessed_at', "assessed_at",
                        'assessed_by', "assessed_by", 'answers', "answers", 'score', "score",
                        'level', "level", 'colour', "colour", 'raised', "raised",
                        'checklist', "checklist"), char(10))) AS d
          FROM dv_assessments GROUP BY rowid / 256)
HAVING COUNT(*) > 0;

INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
SELECT 'dv_warnings', NULL, 'audit_start', NULL,
       json_object('columns', json('["id", "incident_id", "number", "issued_at", "issued_by", "relationship", "served_abuser_at", "served_victim_at", "committee_notified_at"]'), 'rows', SUM(n),
                   'blocks', json_group_array(json_array(b, n, d)))
  FROM (SELECT rowid / 256 AS b, COUNT(*) AS n,
               audit_block_digest(group_concat(
                   printf('%012d', rowid) || char(9) ||
                   json_object('id', "id", 'incident_id', "incident_id", 'number', "number",
                        'issued_at', "issued_at", 'issued_by', "issued_by",
                        'relationship', "relationship", 'served_abuser_at', "served_abuser_at",
                        'served_victim_at', "served_victim_at",
                        'committee_notified_at', "committee_notified_at"), char(10))) AS d
          FROM dv_warnings GROUP BY rowid / 256)
HAVING COUNT(*) > 0;

INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
SELECT 'dv_orders', NULL, 'audit_start', NULL,
       json_object('columns', json('["id", "incident_id", "applied_at", "applied_by", "urgent", "court", "decision_due", "decision", "decided_at", "valid_until"]'), 'rows', SUM(n),
                   'blocks', json_group_array(json_array(b, n, d)))
  FROM (SELECT rowid / 256 AS b, COUNT(*) AS n,
               audit_block_digest(group_concat(
                   printf('%012d', rowid) || char(9) ||
                   json_object('id', "id", 'incident_id', "incident_id", 'applied_at', "applied_at",
                        'applied_by', "applied_by", 'urgent', "urgent", 'court', "court",
                        'decision_due', "decision_due", 'decision', "decision",
                        'decided_at', "decided_at", 'valid_until', "valid_until"), char(10))) AS d
          FROM dv_orders GROUP BY rowid / 256)
HAVING COUNT(*) > 0;

INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
SELECT 'dv_referrals', NULL, 'audit_start', NULL,
       json_object('columns', json('["id", "incident_id", "agency", "referred_at", "referred_by", "status", "status_at"]'), 'rows', SUM(n),
                   'blocks', json_group_array(json_array(b, n, d)))
  FROM (SELECT rowid / 256 AS b, COUNT(*) AS n,
               audit_block_digest(group_concat(
                   printf('%012d', rowid) || char(9) ||
                   json_object('id', "id", 'incident_id', "incident_id", 'agency', "agency",
                        'referred_at', "referred_at", 'referred_by', "referred_by",
                        'status', "status", 'status_at', "status_at"), char(10))) AS d
          FROM dv_referrals GROUP BY rowid / 256)
HAVING COUNT(*) > 0;

INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
SELECT 'dv_visits', NULL, 'audit_start', NULL,
       json_object('columns', json('["id", "incident_id", "visited_at", "visited_by", "kind"]'), 'rows', SUM(n),
                   'blocks', json_group_array(json_array(b, n, d)))
  FROM (SELECT rowid / 256 AS b, COUNT(*) AS n,
               audit_block_digest(group_concat(
                   printf('%012d', rowid) || char(9) ||
                   json_object('id', "id", 'incident_id', "incident_id", 'visited_at', "visited_at",
                        'visited_by', "visited_by", 'kind', "kind"), char(10))) AS d
          FROM dv_visits GROUP BY rowid / 256)
HAVING COUNT(*) > 0;

INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
SELECT 'dv_cases', NULL, 'audit_start', NULL,
       json_object('columns', json('["id", "opened_at", "opened_by", "relationship", "children_present", "weapons", "alcohol_drugs", "updated_at"]'), 'rows', SUM(n),
                   'blocks', json_group_array(json_array(b, n, d)))
  FROM (SELECT rowid / 256 AS b, COUNT(*) AS n,
               audit_block_digest(group_concat(
                   printf('%012d', rowid) || char(9) ||
                   json_object('id', "id", 'opened_at', "opened_at", 'opened_by', "opened_by",
                        'relationship', "relationship", 'children_present', "children_present",
                        'weapons', "weapons", 'alcohol_drugs', "alcohol_drugs",
                        'updated_at', "updated_at"), char(10))) AS d
          FROM dv_cases GROUP BY rowid / 256)
HAVING COUNT(*) > 0;

INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
SELECT 'dv_case_incidents', NULL, 'audit_start', NULL,
       json_object('columns', json('["incident_id", "case_id", "linked_at", "linked_by"]'), 'rows', SUM(n),
                   'blocks', json_group_array(json_array(b, n, d)))
  FROM (SELECT rowid / 256 AS b, COUNT(*) AS n,
               audit_block_digest(group_concat(
                   printf('%012d', rowid) || char(9) ||
                   json_object('incident_id', "incident_id", 'case_id', "case_id",
                        'linked_at', "linked_at", 'linked_by', "linked_by"), char(10))) AS d
          FROM dv_case_incidents GROUP BY rowid / 256)
HAVING COUNT(*) > 0;
