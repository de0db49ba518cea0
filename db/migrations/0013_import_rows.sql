-- Imports that tell the truth about other systems' exports.
--
-- import_rows: the identity of every source row an import wrote (or read and left out), per
-- mapping: the value of the columns the mapping names as `identity`, else the SHA-256 of the
-- row's cells. Importing the same export again adds only the rows not listed here, so the
-- console can keep a ledger beside another system's daily exports. call_id is the call the
-- row became (NULL for a unit row that joined an incident another row opened).
CREATE TABLE import_rows (
    mapping  TEXT NOT NULL,
    identity TEXT NOT NULL,
    run_id   INTEGER NOT NULL REFERENCES import_runs(id),
    call_id  INTEGER REFERENCES calls(id),
    PRIMARY KEY (mapping, identity)
);

-- import_units: the responding units of an imported incident, as the source names them (a run
-- sheet with one row per unit); they are not this centre's units, so not assignments.
CREATE TABLE import_units (
    id            INTEGER PRIMARY KEY,
    incident_id   INTEGER NOT NULL REFERENCES incidents(id),
    unit          TEXT NOT NULL,
    dispatched_at TEXT,
    arrived_at    TEXT
);
CREATE INDEX import_units_incident ON import_units(incident_id);

-- The intake time is measured at a seat only: an imported call's logged_at is its receive
-- time, never a measurement. The condition is the very one in console/store/tallies.py.
DROP INDEX calls_intake_time;
CREATE INDEX calls_intake_time
    ON calls(ROUND((julianday(logged_at) - julianday(received_at)) * 86400.0, 3), day,
             jurisdiction_code)
    WHERE disposition = 'incident' AND source NOT LIKE 'import:%';

-- Received -> arrived (the time the caller waits for the police, whether a dispatch time is
-- known or not), in order, with what its deadline depends on.
CREATE INDEX incidents_reach_time
    ON incidents(ROUND((julianday(arrived_at) - julianday(opened_at)) * 86400.0, 3), day,
                 jurisdiction_code, priority)
    WHERE arrived_at IS NOT NULL;
