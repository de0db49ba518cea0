-- Imports of historical calls from other systems' CSV exports (`console110 import-calls`):
-- one row per run, written with its first batch of calls and marked complete with the last
-- (a run commits in batches: db/README.md). The calls of a run
-- are the id range first_call_id..last_call_id (NULL when nothing was imported), all with
-- calls.source = 'import:<mapping>'.

CREATE TABLE import_runs (
    id            INTEGER PRIMARY KEY,
    mapping       TEXT NOT NULL,
    mapping_file  TEXT NOT NULL DEFAULT '',
    files         TEXT NOT NULL,
    rows          INTEGER NOT NULL,
    imported      INTEGER NOT NULL,
    incidents     INTEGER NOT NULL,
    skipped       INTEGER NOT NULL,
    unmapped      INTEGER NOT NULL,
    report        TEXT NOT NULL DEFAULT '{}',
    first_call_id INTEGER,
    last_call_id  INTEGER,
    operator_id   INTEGER REFERENCES operators(id),
    run_by        TEXT NOT NULL DEFAULT '',
    started_at    TEXT NOT NULL,
    finished_at   TEXT NOT NULL
);
CREATE INDEX import_runs_started ON import_runs(started_at);
