-- Daily sign-off (日评查): the figures of a tally day frozen as JSON when the supervisor signs.
-- Append-only: a later sign-off of the same day adds a row; the latest row is the one in force.

CREATE TABLE day_snapshots (
    id                INTEGER PRIMARY KEY,
    day               TEXT NOT NULL,
    jurisdiction_code TEXT NOT NULL DEFAULT '',
    figures           TEXT NOT NULL,
    signed_by         INTEGER NOT NULL REFERENCES operators(id),
    signed_at         TEXT NOT NULL,
    note              TEXT NOT NULL DEFAULT ''
);
CREATE INDEX day_snapshots_day ON day_snapshots(day, jurisdiction_code, id);
CREATE TRIGGER day_snapshots_no_update BEFORE UPDATE ON day_snapshots
BEGIN
    SELECT RAISE(ABORT, 'day_snapshots is append-only');
END;
CREATE TRIGGER day_snapshots_no_delete BEFORE DELETE ON day_snapshots
BEGIN
    SELECT RAISE(ABORT, 'day_snapshots is append-only');
END;
