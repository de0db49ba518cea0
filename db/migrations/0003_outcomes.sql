-- Handling outcomes that the daily tallies count: people caught, assistance results,
-- disputes mediated; and how many officers each assignment turned out (turnouts, person-times).

ALTER TABLE assignments ADD COLUMN officers INTEGER NOT NULL DEFAULT 2;

CREATE TABLE incident_outcomes (
    incident_id   INTEGER PRIMARY KEY REFERENCES incidents(id),
    people_caught INTEGER NOT NULL DEFAULT 0,
    assistance    TEXT NOT NULL DEFAULT '',
    mediated      INTEGER NOT NULL DEFAULT 0,
    recorded_at   TEXT NOT NULL,
    recorded_by   INTEGER REFERENCES operators(id)
);
