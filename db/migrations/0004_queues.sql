-- Queues (待办), clear-to-zero review (警情清零) and shift handover.
-- Queue items themselves are derived, never stored; these tables keep only what the
-- derivation cannot read elsewhere.

-- Each level an overdue queue item reached (desk -> supervisor -> leadership). For an
-- incident's item the matching `escalations` row and 'escalate' event are written too
-- (escalation_id); a call-only item (silent call-back, incomplete call) has only this row.
CREATE TABLE queue_escalations (
    id            INTEGER PRIMARY KEY,
    item_key      TEXT NOT NULL,
    kind          TEXT NOT NULL,
    incident_id   INTEGER REFERENCES incidents(id),
    call_id       INTEGER REFERENCES calls(id),
    escalation_id INTEGER REFERENCES escalations(id),
    level         TEXT NOT NULL,
    level_no      INTEGER NOT NULL,
    raised_at     TEXT NOT NULL,
    resolved_at   TEXT
);
CREATE INDEX queue_escalations_open ON queue_escalations(item_key) WHERE resolved_at IS NULL;
CREATE INDEX queue_escalations_escalation ON queue_escalations(escalation_id)
    WHERE escalation_id IS NOT NULL;
CREATE INDEX queue_escalations_call ON queue_escalations(call_id) WHERE call_id IS NOT NULL;

-- What was done about a call that needed it: 'completed' (an incomplete call) or
-- 'called_back' (a silent or dropped call). One row per call and action.
CREATE TABLE call_followups (
    id      INTEGER PRIMARY KEY,
    call_id INTEGER NOT NULL REFERENCES calls(id),
    action  TEXT NOT NULL,
    done_at TEXT NOT NULL,
    done_by INTEGER REFERENCES operators(id),
    outcome TEXT NOT NULL DEFAULT '',
    remarks TEXT NOT NULL DEFAULT '',
    UNIQUE (call_id, action)
);

-- The operator who owns an open incident (assigned in the clear-to-zero review).
CREATE TABLE incident_owners (
    incident_id INTEGER PRIMARY KEY REFERENCES incidents(id),
    operator_id INTEGER NOT NULL REFERENCES operators(id),
    assigned_at TEXT NOT NULL,
    assigned_by INTEGER REFERENCES operators(id)
);

-- The outgoing operator's remarks for a desk's shift handover note.
CREATE TABLE handover_notes (
    id          INTEGER PRIMARY KEY,
    desk        TEXT NOT NULL,
    shift_start TEXT NOT NULL,
    operator_id INTEGER REFERENCES operators(id),
    remarks     TEXT NOT NULL DEFAULT '',
    saved_at    TEXT NOT NULL,
    UNIQUE (desk, shift_start)
);

CREATE INDEX enterprise_pushes_pending ON enterprise_pushes(pushed_at) WHERE acked_at IS NULL;
CREATE INDEX escalations_open ON escalations(raised_at) WHERE resolved_at IS NULL;
