-- Logins: every attempt recorded, a forced password change after an administrator's reset.
--
-- login_attempts: one row per attempt to log in (the GUI, the lock screen, the command
-- line), successful or not, with the user name as typed (known or not), the account it
-- named if any, what came of it (console.domain.logins.Outcome), and the seat or host it
-- came from. An account's lock is derived from these rows (console.domain.logins), so
-- they are append-only, and written through the audit triggers like every audited table.
-- operators.reset_pending: set when an administrator sets someone's password;
-- cleared when its owner chooses a new one. The audit triggers of operators are made
-- again for the new column (console.store.audit.trigger_sql).

ALTER TABLE operators ADD COLUMN reset_pending INTEGER NOT NULL DEFAULT 0;

CREATE TABLE login_attempts (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    username    TEXT NOT NULL,
    operator_id INTEGER REFERENCES operators(id),
    outcome     TEXT NOT NULL,
    success     INTEGER NOT NULL,
    seat        TEXT NOT NULL DEFAULT ''
);

CREATE INDEX login_attempts_by_username ON login_attempts (username, id);

CREATE TRIGGER login_attempts_no_update BEFORE UPDATE ON login_attempts
BEGIN
    SELECT RAISE(ABORT, 'login_attempts is append-only');
END;

CREATE TRIGGER login_attempts_no_delete BEFORE DELETE ON login_attempts
BEGIN
    SELECT RAISE(ABORT, 'login_attempts is append-only');
END;

DROP TRIGGER audit_operators_insert;

CREATE TRIGGER audit_operators_insert AFTER INSERT ON operators
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('operators', NEW.rowid, 'insert',
            NULL,
            json_object('id', NEW."id", 'username', NEW."username", 'display_name', NEW."display_name",
            'role', NEW."role", 'active', NEW."active", 'created_at', NEW."created_at",
            'reset_pending', NEW."reset_pending"));
END;

DROP TRIGGER audit_operators_update;

CREATE TRIGGER audit_operators_update AFTER UPDATE ON operators
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('operators', NEW.rowid, 'update',
            json_object('id', OLD."id", 'username', OLD."username", 'display_name', OLD."display_name",
            'role', OLD."role", 'active', OLD."active", 'created_at', OLD."created_at",
            'reset_pending', OLD."reset_pending"),
            json_object('id', NEW."id", 'username', NEW."username", 'display_name', NEW."display_name",
            'role', NEW."role", 'active', NEW."active", 'created_at', NEW."created_at",
            'reset_pending', NEW."reset_pending"));
END;

DROP TRIGGER audit_operators_delete;

CREATE TRIGGER audit_operators_delete AFTER DELETE ON operators
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('operators', OLD.rowid, 'delete',
            json_object('id', OLD."id", 'username', OLD."username", 'display_name', OLD."display_name",
            'role', OLD."role", 'active', OLD."active", 'created_at', OLD."created_at",
            'reset_pending', OLD."reset_pending"),
            NULL);
END;

CREATE TRIGGER audit_login_attempts_insert AFTER INSERT ON login_attempts
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('login_attempts', NEW.rowid, 'insert',
            NULL,
            json_object('id', NEW."id", 'at', NEW."at", 'username', NEW."username",
            'operator_id', NEW."operator_id", 'outcome', NEW."outcome",
            'success', NEW."success", 'seat', NEW."seat"));
END;

CREATE TRIGGER audit_login_attempts_update AFTER UPDATE ON login_attempts
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('login_attempts', NEW.rowid, 'update',
            json_object('id', OLD."id", 'at', OLD."at", 'username', OLD."username",
            'operator_id', OLD."operator_id", 'outcome', OLD."outcome",
            'success', OLD."success", 'seat', OLD."seat"),
            json_object('id', NEW."id", 'at', NEW."at", 'username', NEW."username",
            'operator_id', NEW."operator_id", 'outcome', NEW."outcome",
            'success', NEW."success", 'seat', NEW."seat"));
END;

CREATE TRIGGER audit_login_attempts_delete AFTER DELETE ON login_attempts
BEGIN
    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)
    VALUES ('login_attempts', OLD.rowid, 'delete',
            json_object('id', OLD."id", 'at', OLD."at", 'username', OLD."username",
            'operator_id', OLD."operator_id", 'outcome', OLD."outcome",
            'success', OLD."success", 'seat', OLD."seat"),
            NULL);
END;
