-- 110 Console schema, version 1. Times are UTC ISO-8601 text ('2026-11-29T03:45:12.123Z');
-- `day` columns are the centre's local calendar day ('2026-11-29'), the tally day.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE operators (
    id            INTEGER PRIMARY KEY,
    username      TEXT NOT NULL UNIQUE,
    display_name  TEXT NOT NULL,
    role          TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    active        INTEGER NOT NULL DEFAULT 1,
    created_at    TEXT NOT NULL
);

CREATE TABLE jurisdictions (
    code      TEXT PRIMARY KEY,
    name_zh   TEXT NOT NULL,
    name_en   TEXT NOT NULL,
    kind      TEXT NOT NULL,
    area_type TEXT NOT NULL
);

CREATE TABLE categories (
    code             TEXT PRIMARY KEY,
    name_zh          TEXT NOT NULL,
    name_en          TEXT NOT NULL,
    pinyin           TEXT NOT NULL,
    tally_group      TEXT NOT NULL,
    default_priority INTEGER NOT NULL,
    desk             TEXT NOT NULL,
    kind             TEXT NOT NULL
);

CREATE TABLE units (
    code              TEXT PRIMARY KEY,
    name_zh           TEXT NOT NULL,
    name_en           TEXT NOT NULL,
    kind              TEXT NOT NULL,
    jurisdiction_code TEXT NOT NULL REFERENCES jurisdictions(code),
    status            TEXT NOT NULL DEFAULT 'available',
    status_at         TEXT
);

CREATE TABLE enterprises (
    id                   INTEGER PRIMARY KEY,
    name                 TEXT NOT NULL,
    address              TEXT NOT NULL,
    address_key          TEXT NOT NULL,
    jurisdiction_code    TEXT REFERENCES jurisdictions(code),
    industry             TEXT NOT NULL DEFAULT '',
    contact_phone        TEXT NOT NULL DEFAULT '',
    bureau_leader        TEXT NOT NULL DEFAULT '',
    bureau_leader_phone  TEXT NOT NULL DEFAULT '',
    station_leader       TEXT NOT NULL DEFAULT '',
    station_leader_phone TEXT NOT NULL DEFAULT '',
    officer              TEXT NOT NULL DEFAULT '',
    officer_phone        TEXT NOT NULL DEFAULT '',
    created_at           TEXT NOT NULL
);
CREATE INDEX enterprises_address ON enterprises(address_key);

CREATE TABLE incidents (
    id                INTEGER PRIMARY KEY,
    number            TEXT NOT NULL UNIQUE,
    day               TEXT NOT NULL,
    seq               INTEGER NOT NULL,
    category_code     TEXT REFERENCES categories(code),
    priority          INTEGER NOT NULL,
    jurisdiction_code TEXT REFERENCES jurisdictions(code),
    address           TEXT NOT NULL DEFAULT '',
    address_key       TEXT NOT NULL DEFAULT '',
    caller_number     TEXT NOT NULL DEFAULT '',
    summary           TEXT NOT NULL DEFAULT '',
    stage             TEXT NOT NULL,
    stage_at          TEXT NOT NULL,
    is_dv             INTEGER NOT NULL DEFAULT 0,
    is_enterprise     INTEGER NOT NULL DEFAULT 0,
    enterprise_id     INTEGER REFERENCES enterprises(id),
    opened_at         TEXT NOT NULL,
    dispatched_at     TEXT,
    arrived_at        TEXT,
    handled_at        TEXT,
    closed_at         TEXT,
    result            TEXT NOT NULL DEFAULT '',
    closure           TEXT NOT NULL DEFAULT '',
    opened_by         INTEGER REFERENCES operators(id),
    updated_at        TEXT NOT NULL,
    UNIQUE (day, seq)
);
CREATE INDEX incidents_open ON incidents(stage_at)
    WHERE stage IN ('alert', 'intake', 'dispatched', 'en_route', 'on_scene', 'handled');
CREATE INDEX incidents_day ON incidents(day, category_code);
CREATE INDEX incidents_address ON incidents(address_key, opened_at) WHERE address_key <> '';

CREATE TABLE calls (
    id                INTEGER PRIMARY KEY,
    line              TEXT NOT NULL,
    received_at       TEXT NOT NULL,
    logged_at         TEXT NOT NULL,
    day               TEXT NOT NULL,
    caller_number     TEXT NOT NULL DEFAULT '',
    number_key        TEXT NOT NULL DEFAULT '',
    caller_name       TEXT NOT NULL DEFAULT '',
    address           TEXT NOT NULL DEFAULT '',
    address_key       TEXT NOT NULL DEFAULT '',
    jurisdiction_code TEXT REFERENCES jurisdictions(code),
    category_code     TEXT REFERENCES categories(code),
    priority          INTEGER NOT NULL,
    summary           TEXT NOT NULL DEFAULT '',
    disposition       TEXT NOT NULL,
    incident_id       INTEGER REFERENCES incidents(id),
    transfer_ref      TEXT NOT NULL DEFAULT '',
    is_dv             INTEGER NOT NULL DEFAULT 0,
    is_enterprise     INTEGER NOT NULL DEFAULT 0,
    incomplete        TEXT NOT NULL DEFAULT '',
    operator_id       INTEGER REFERENCES operators(id),
    seat              TEXT NOT NULL DEFAULT '',
    source            TEXT NOT NULL DEFAULT 'intake'
);
CREATE INDEX calls_number ON calls(number_key, received_at) WHERE number_key <> '';
CREATE INDEX calls_address ON calls(address_key, received_at) WHERE address_key <> '';
CREATE INDEX calls_day ON calls(day, disposition);
CREATE INDEX calls_received ON calls(received_at);
CREATE INDEX calls_incident ON calls(incident_id) WHERE incident_id IS NOT NULL;

CREATE TABLE incident_events (
    id          INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id),
    at          TEXT NOT NULL,
    operator_id INTEGER REFERENCES operators(id),
    kind        TEXT NOT NULL,
    stage       TEXT,
    unit_code   TEXT REFERENCES units(code),
    detail      TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX incident_events_incident ON incident_events(incident_id, id);
CREATE TRIGGER incident_events_no_update BEFORE UPDATE ON incident_events
BEGIN
    SELECT RAISE(ABORT, 'incident_events is append-only');
END;
CREATE TRIGGER incident_events_no_delete BEFORE DELETE ON incident_events
BEGIN
    SELECT RAISE(ABORT, 'incident_events is append-only');
END;

CREATE TABLE assignments (
    id            INTEGER PRIMARY KEY,
    incident_id   INTEGER NOT NULL REFERENCES incidents(id),
    unit_code     TEXT NOT NULL REFERENCES units(code),
    dispatched_at TEXT NOT NULL,
    en_route_at   TEXT,
    on_scene_at   TEXT,
    cleared_at    TEXT,
    dispatched_by INTEGER REFERENCES operators(id)
);
CREATE INDEX assignments_incident ON assignments(incident_id);
CREATE INDEX assignments_active ON assignments(unit_code) WHERE cleared_at IS NULL;

CREATE TABLE enterprise_pushes (
    id            INTEGER PRIMARY KEY,
    incident_id   INTEGER NOT NULL REFERENCES incidents(id),
    enterprise_id INTEGER NOT NULL REFERENCES enterprises(id),
    role          TEXT NOT NULL,
    person        TEXT NOT NULL,
    phone         TEXT NOT NULL DEFAULT '',
    pushed_at     TEXT NOT NULL,
    acked_at      TEXT,
    acked_by      INTEGER REFERENCES operators(id)
);
CREATE INDEX enterprise_pushes_incident ON enterprise_pushes(incident_id);

CREATE TABLE callbacks (
    id          INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id),
    due_at      TEXT NOT NULL,
    done_at     TEXT,
    operator_id INTEGER REFERENCES operators(id),
    rating      TEXT,
    remarks     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX callbacks_incident ON callbacks(incident_id);
CREATE INDEX callbacks_pending ON callbacks(due_at) WHERE done_at IS NULL;

CREATE TABLE escalations (
    id          INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id),
    level       TEXT NOT NULL,
    reason      TEXT NOT NULL,
    raised_at   TEXT NOT NULL,
    raised_by   INTEGER REFERENCES operators(id),
    resolved_at TEXT,
    resolved_by INTEGER REFERENCES operators(id),
    resolution  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX escalations_incident ON escalations(incident_id);
