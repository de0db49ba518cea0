-- The anti-domestic-violence desk (反家暴专席): what the desk records beyond the call and the
-- incident. Every row here is a DV detail: the store returns it only to roles that may read DV
-- details (console/domain/access.py), and on PostgreSQL only console_dv_reader may select it
-- (console/store/pg/roles.sql).
--
-- dv_call_safety: the two questions asked before a DV call is saved (DASH practice: ask first
-- whether it is safe to talk, and which contact is safe). One row per DV call; answers are
-- 'yes', 'no' or 'unknown' (the caller could not say).
--
-- dv_assessments: risk assessments (db/reference/dv_risk.toml), append-only: a re-assessment
-- is a new row, so the history stays. answers = the codes of the questions answered yes,
-- space-separated; score = how many; level = standard / medium / high (DASH); colour = the
-- five-colour tier (red / orange / yellow / blue / white); raised = why the tier is above what
-- the count gives ('' none, 'critical' a critical item, 'judgement' the desk's, with reason);
-- checklist = the version of the data file it was made with.
--
-- The desk takes (签收) a new DV incident by becoming its owner (incident_owners), recorded
-- in the incident's event log as an 'owner' event (the tallies count them as dv_taken).

CREATE TABLE dv_call_safety (
    call_id      INTEGER PRIMARY KEY REFERENCES calls(id),
    safe_to_talk TEXT NOT NULL,
    safe_number  TEXT NOT NULL,
    asked_at     TEXT NOT NULL,
    asked_by     INTEGER REFERENCES operators(id)
);

CREATE TABLE dv_assessments (
    id          INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id),
    assessed_at TEXT NOT NULL,
    assessed_by INTEGER REFERENCES operators(id),
    answers     TEXT NOT NULL,
    score       INTEGER NOT NULL,
    level       TEXT NOT NULL,
    colour      TEXT NOT NULL,
    raised      TEXT NOT NULL DEFAULT '',
    reason      TEXT NOT NULL DEFAULT '',
    checklist   TEXT NOT NULL
);

CREATE INDEX dv_assessments_incident ON dv_assessments (incident_id, id);

CREATE TRIGGER dv_assessments_no_update BEFORE UPDATE ON dv_assessments
BEGIN
    SELECT RAISE(ABORT, 'dv_assessments is append-only');
END;

CREATE TRIGGER dv_assessments_no_delete BEFORE DELETE ON dv_assessments
BEGIN
    SELECT RAISE(ABORT, 'dv_assessments is append-only');
END;

-- dv_warnings: written warnings (家庭暴力告诫书, Anti-Domestic Violence Law art. 16–17). number =
-- the warning's number, unique (centre code, year, sequence); the parties, their relationship
-- and the facts as printed; address_key = the household's address (incidents.address_key):
-- a household with two or more warnings is flagged at intake (the flag only). Served on the
-- abuser and on the victim, and sent to the residents'/villagers' committee, each with its time
-- ('' until done).
CREATE TABLE dv_warnings (
    id                    INTEGER PRIMARY KEY,
    incident_id           INTEGER NOT NULL REFERENCES incidents(id),
    number                TEXT NOT NULL UNIQUE,
    issued_at             TEXT NOT NULL,
    issued_by             INTEGER REFERENCES operators(id),
    abuser_name           TEXT NOT NULL,
    victim_name           TEXT NOT NULL,
    relationship          TEXT NOT NULL,
    facts                 TEXT NOT NULL,
    address               TEXT NOT NULL,
    address_key           TEXT NOT NULL,
    committee             TEXT NOT NULL DEFAULT '',
    served_abuser_at      TEXT NOT NULL DEFAULT '',
    served_victim_at      TEXT NOT NULL DEFAULT '',
    committee_notified_at TEXT NOT NULL DEFAULT ''
);

CREATE INDEX dv_warnings_address ON dv_warnings (address_key);
CREATE INDEX dv_warnings_incident ON dv_warnings (incident_id);

-- dv_access_log: every read of a DV case's details through the desk's store (who, when, which
-- incident, what), and every attempt refused to a role that may not read them (allowed = 0).
-- Append-only. The DV desk and supervisors list it.
CREATE TABLE dv_access_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    operator_id INTEGER REFERENCES operators(id),
    role        TEXT NOT NULL,
    incident_id INTEGER,
    what        TEXT NOT NULL,
    allowed     INTEGER NOT NULL
);

CREATE INDEX dv_access_log_at ON dv_access_log (at);

CREATE TRIGGER dv_access_log_no_update BEFORE UPDATE ON dv_access_log
BEGIN
    SELECT RAISE(ABORT, 'dv_access_log is append-only');
END;

CREATE TRIGGER dv_access_log_no_delete BEFORE DELETE ON dv_access_log
BEGIN
    SELECT RAISE(ABORT, 'dv_access_log is append-only');
END;

-- dv_orders: personal-safety protection orders (人身安全保护令, art. 23–30) the desk helped to
-- apply for. The court rules within 72 hours, 24 when urgent (decision_due = applied_at + that);
-- decision '' until known, then 'granted' or 'refused'; a granted order is valid until
-- valid_until (a local day, at most six months on), and the desk is alerted before it ends.
CREATE TABLE dv_orders (
    id           INTEGER PRIMARY KEY,
    incident_id  INTEGER NOT NULL REFERENCES incidents(id),
    applied_at   TEXT NOT NULL,
    applied_by   INTEGER REFERENCES operators(id),
    urgent       INTEGER NOT NULL,
    court        TEXT NOT NULL DEFAULT '',
    decision_due TEXT NOT NULL,
    decision     TEXT NOT NULL DEFAULT '',
    decided_at   TEXT NOT NULL DEFAULT '',
    valid_until  TEXT NOT NULL DEFAULT ''
);

CREATE INDEX dv_orders_incident ON dv_orders (incident_id);

-- dv_referrals: referrals to the women's federation (妇联), a shelter, medical care or legal
-- aid, with their status ('referred', 'accepted', 'declined', 'done') and when it was set.
CREATE TABLE dv_referrals (
    id          INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id),
    agency      TEXT NOT NULL,
    referred_at TEXT NOT NULL,
    referred_by INTEGER REFERENCES operators(id),
    status      TEXT NOT NULL,
    status_at   TEXT NOT NULL
);

CREATE INDEX dv_referrals_incident ON dv_referrals (incident_id);

-- dv_visits: follow-up visits and calls (查访) to a DV household after an incident, append-only.
-- The next one is due by the tier of the incident's latest assessment (dv_risk.toml
-- [[colours]] visit_days, from the latest visit, else the assessment); kind 'visit' or 'call'.
CREATE TABLE dv_visits (
    id          INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id),
    visited_at  TEXT NOT NULL,
    visited_by  INTEGER REFERENCES operators(id),
    kind        TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT ''
);

CREATE INDEX dv_visits_incident ON dv_visits (incident_id, id);

CREATE TRIGGER dv_visits_no_update BEFORE UPDATE ON dv_visits
BEGIN
    SELECT RAISE(ABORT, 'dv_visits is append-only');
END;

CREATE TRIGGER dv_visits_no_delete BEFORE DELETE ON dv_visits
BEGIN
    SELECT RAISE(ABORT, 'dv_visits is append-only');
END;

-- dv_cases: the case ledger (一案一台账), one case per household or relationship, linking its
-- incidents over time (dv_case_incidents: an incident belongs to one case at most, linked when
-- the desk confirms a suggested match by number, address or name). What the desk knows of the
-- household: the parties and their relationship, children present, injuries, weapons, alcohol
-- or drugs, threats, and the safe contact. Every column a DV detail.
CREATE TABLE dv_cases (
    id               INTEGER PRIMARY KEY,
    opened_at        TEXT NOT NULL,
    opened_by        INTEGER REFERENCES operators(id),
    address          TEXT NOT NULL,
    address_key      TEXT NOT NULL,
    victim_name      TEXT NOT NULL DEFAULT '',
    abuser_name      TEXT NOT NULL DEFAULT '',
    relationship     TEXT NOT NULL DEFAULT '',
    children_present INTEGER NOT NULL DEFAULT 0,
    injuries         TEXT NOT NULL DEFAULT '',
    weapons          INTEGER NOT NULL DEFAULT 0,
    alcohol_drugs    INTEGER NOT NULL DEFAULT 0,
    threats          TEXT NOT NULL DEFAULT '',
    safe_contact     TEXT NOT NULL DEFAULT '',
    updated_at       TEXT NOT NULL
);

CREATE INDEX dv_cases_address ON dv_cases (address_key);

CREATE TABLE dv_case_incidents (
    incident_id INTEGER PRIMARY KEY REFERENCES incidents(id),
    case_id     INTEGER NOT NULL REFERENCES dv_cases(id),
    linked_at   TEXT NOT NULL,
    linked_by   INTEGER REFERENCES operators(id)
);

CREATE INDEX dv_case_incidents_case ON dv_case_incidents (case_id);
