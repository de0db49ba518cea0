-- Tally speed: a year's figures are read from indexes alone, and the response-time percentiles
-- from indexes sorted by the duration itself (nearest rank = an offset into that order), so no
-- query sorts a year of rows. The duration expressions are the very ones in
-- console/store/tallies.py: SQLite uses an expression index only for the same expression.

-- Calls by day, disposition and line (jurisdiction for one-jurisdiction periods); replaces
-- calls_day, whose columns it starts with.
CREATE INDEX calls_tally ON calls(day, disposition, line, jurisdiction_code);
DROP INDEX calls_day;

-- Calls by day and UTC hour ('2026-11-29T03'): the hour breakdown groups in index order.
CREATE INDEX calls_tally_hour ON calls(day, substr(received_at, 1, 13), jurisdiction_code);

-- Intake time of the calls that opened an incident, in order.
CREATE INDEX calls_intake_time
    ON calls(ROUND((julianday(logged_at) - julianday(received_at)) * 86400.0, 3), day,
             jurisdiction_code)
    WHERE disposition = 'incident';

-- Every incident column a tally reads, by day; replaces incidents_day, whose columns it
-- starts with.
CREATE INDEX incidents_tally ON incidents(day, category_code, jurisdiction_code, stage, is_dv,
    is_enterprise, enterprise_id, address_key, priority, opened_at, dispatched_at, arrived_at);
DROP INDEX incidents_day;

-- Dispatch and arrival times, in order, with what their deadlines depend on.
CREATE INDEX incidents_dispatch_time
    ON incidents(ROUND((julianday(dispatched_at) - julianday(opened_at)) * 86400.0, 3), day,
                 jurisdiction_code, priority)
    WHERE dispatched_at IS NOT NULL;
CREATE INDEX incidents_arrival_time
    ON incidents(ROUND((julianday(arrived_at) - julianday(dispatched_at)) * 86400.0, 3), day,
                 jurisdiction_code, priority)
    WHERE dispatched_at IS NOT NULL AND arrived_at IS NOT NULL;

-- Turnouts: officers and unit of each assignment without reading the assignment rows.
CREATE INDEX assignments_turnout ON assignments(incident_id, unit_code, officers);

-- Calls counted per tally day and UTC hour ('2026-11-29T03'), and per tally day, line and
-- disposition, kept right by the triggers below in the same transaction as the call itself:
-- a year's call counts add up a few thousand rows instead of reading a million. Rows that
-- fall to zero are removed.
CREATE TABLE call_hours (
    day   TEXT NOT NULL,
    hour  TEXT NOT NULL,
    calls INTEGER NOT NULL,
    PRIMARY KEY (day, hour)
) WITHOUT ROWID;

CREATE TABLE call_kinds (
    day         TEXT NOT NULL,
    line        TEXT NOT NULL,
    disposition TEXT NOT NULL,
    calls       INTEGER NOT NULL,
    PRIMARY KEY (day, line, disposition)
) WITHOUT ROWID;

INSERT INTO call_hours (day, hour, calls)
SELECT day, substr(received_at, 1, 13), COUNT(*) FROM calls GROUP BY 1, 2;

INSERT INTO call_kinds (day, line, disposition, calls)
SELECT day, line, disposition, COUNT(*) FROM calls GROUP BY 1, 2, 3;

CREATE TRIGGER call_counts_insert AFTER INSERT ON calls
BEGIN
    INSERT INTO call_hours (day, hour, calls)
    VALUES (NEW.day, substr(NEW.received_at, 1, 13), 1)
    ON CONFLICT (day, hour) DO UPDATE SET calls = calls + 1;
    INSERT INTO call_kinds (day, line, disposition, calls)
    VALUES (NEW.day, NEW.line, NEW.disposition, 1)
    ON CONFLICT (day, line, disposition) DO UPDATE SET calls = calls + 1;
END;

CREATE TRIGGER call_counts_delete AFTER DELETE ON calls
BEGIN
    UPDATE call_hours SET calls = calls - 1
    WHERE day = OLD.day AND hour = substr(OLD.received_at, 1, 13);
    DELETE FROM call_hours
    WHERE day = OLD.day AND hour = substr(OLD.received_at, 1, 13) AND calls <= 0;
    UPDATE call_kinds SET calls = calls - 1
    WHERE day = OLD.day AND line = OLD.line AND disposition = OLD.disposition;
    DELETE FROM call_kinds
    WHERE day = OLD.day AND line = OLD.line AND disposition = OLD.disposition AND calls <= 0;
END;

CREATE TRIGGER call_hours_update AFTER UPDATE OF day, received_at ON calls
WHEN OLD.day IS NOT NEW.day OR substr(OLD.received_at, 1, 13) IS NOT substr(NEW.received_at, 1, 13)
BEGIN
    UPDATE call_hours SET calls = calls - 1
    WHERE day = OLD.day AND hour = substr(OLD.received_at, 1, 13);
    DELETE FROM call_hours
    WHERE day = OLD.day AND hour = substr(OLD.received_at, 1, 13) AND calls <= 0;
    INSERT INTO call_hours (day, hour, calls)
    VALUES (NEW.day, substr(NEW.received_at, 1, 13), 1)
    ON CONFLICT (day, hour) DO UPDATE SET calls = calls + 1;
END;

CREATE TRIGGER call_kinds_update AFTER UPDATE OF day, line, disposition ON calls
WHEN OLD.day IS NOT NEW.day OR OLD.line IS NOT NEW.line OR OLD.disposition IS NOT NEW.disposition
BEGIN
    UPDATE call_kinds SET calls = calls - 1
    WHERE day = OLD.day AND line = OLD.line AND disposition = OLD.disposition;
    DELETE FROM call_kinds
    WHERE day = OLD.day AND line = OLD.line AND disposition = OLD.disposition AND calls <= 0;
    INSERT INTO call_kinds (day, line, disposition, calls)
    VALUES (NEW.day, NEW.line, NEW.disposition, 1)
    ON CONFLICT (day, line, disposition) DO UPDATE SET calls = calls + 1;
END;

-- Incidents counted per tally day, category and jurisdiction ('' when unknown), with the
-- closed, domestic-violence, enterprise and key-enterprise counts the tallies add up; kept by
-- triggers like the call counts. Only changes that move a count touch it: most stage changes
-- do not.
CREATE TABLE incident_kinds (
    day               TEXT NOT NULL,
    category_code     TEXT NOT NULL,
    jurisdiction_code TEXT NOT NULL,
    incidents         INTEGER NOT NULL,
    closed            INTEGER NOT NULL,
    dv                INTEGER NOT NULL,
    enterprise        INTEGER NOT NULL,
    key_enterprise    INTEGER NOT NULL,
    PRIMARY KEY (day, category_code, jurisdiction_code)
) WITHOUT ROWID;

INSERT INTO incident_kinds (day, category_code, jurisdiction_code, incidents, closed, dv,
                            enterprise, key_enterprise)
SELECT day, COALESCE(category_code, ''), COALESCE(jurisdiction_code, ''), COUNT(*),
       SUM(stage IN ('closed', 'called_back')), SUM(is_dv), SUM(is_enterprise),
       SUM(enterprise_id IS NOT NULL)
FROM incidents GROUP BY 1, 2, 3;

CREATE TRIGGER incident_kinds_insert AFTER INSERT ON incidents
BEGIN
    INSERT INTO incident_kinds (day, category_code, jurisdiction_code, incidents, closed, dv,
                                enterprise, key_enterprise)
    VALUES (NEW.day, COALESCE(NEW.category_code, ''), COALESCE(NEW.jurisdiction_code, ''), 1,
            NEW.stage IN ('closed', 'called_back'), NEW.is_dv, NEW.is_enterprise,
            NEW.enterprise_id IS NOT NULL)
    ON CONFLICT (day, category_code, jurisdiction_code) DO UPDATE SET
        incidents = incidents + 1, closed = closed + excluded.closed, dv = dv + excluded.dv,
        enterprise = enterprise + excluded.enterprise,
        key_enterprise = key_enterprise + excluded.key_enterprise;
END;

CREATE TRIGGER incident_kinds_delete AFTER DELETE ON incidents
BEGIN
    UPDATE incident_kinds SET
        incidents = incidents - 1, closed = closed - (OLD.stage IN ('closed', 'called_back')),
        dv = dv - OLD.is_dv, enterprise = enterprise - OLD.is_enterprise,
        key_enterprise = key_enterprise - (OLD.enterprise_id IS NOT NULL)
    WHERE day = OLD.day AND category_code = COALESCE(OLD.category_code, '')
      AND jurisdiction_code = COALESCE(OLD.jurisdiction_code, '');
    DELETE FROM incident_kinds
    WHERE day = OLD.day AND category_code = COALESCE(OLD.category_code, '')
      AND jurisdiction_code = COALESCE(OLD.jurisdiction_code, '') AND incidents <= 0;
END;

CREATE TRIGGER incident_kinds_update AFTER UPDATE OF day, category_code, jurisdiction_code,
    stage, is_dv, is_enterprise, enterprise_id ON incidents
WHEN OLD.day IS NOT NEW.day
    OR COALESCE(OLD.category_code, '') IS NOT COALESCE(NEW.category_code, '')
    OR COALESCE(OLD.jurisdiction_code, '') IS NOT COALESCE(NEW.jurisdiction_code, '')
    OR (OLD.stage IN ('closed', 'called_back')) IS NOT (NEW.stage IN ('closed', 'called_back'))
    OR OLD.is_dv IS NOT NEW.is_dv OR OLD.is_enterprise IS NOT NEW.is_enterprise
    OR (OLD.enterprise_id IS NULL) IS NOT (NEW.enterprise_id IS NULL)
BEGIN
    UPDATE incident_kinds SET
        incidents = incidents - 1, closed = closed - (OLD.stage IN ('closed', 'called_back')),
        dv = dv - OLD.is_dv, enterprise = enterprise - OLD.is_enterprise,
        key_enterprise = key_enterprise - (OLD.enterprise_id IS NOT NULL)
    WHERE day = OLD.day AND category_code = COALESCE(OLD.category_code, '')
      AND jurisdiction_code = COALESCE(OLD.jurisdiction_code, '');
    DELETE FROM incident_kinds
    WHERE day = OLD.day AND category_code = COALESCE(OLD.category_code, '')
      AND jurisdiction_code = COALESCE(OLD.jurisdiction_code, '') AND incidents <= 0;
    INSERT INTO incident_kinds (day, category_code, jurisdiction_code, incidents, closed, dv,
                                enterprise, key_enterprise)
    VALUES (NEW.day, COALESCE(NEW.category_code, ''), COALESCE(NEW.jurisdiction_code, ''), 1,
            NEW.stage IN ('closed', 'called_back'), NEW.is_dv, NEW.is_enterprise,
            NEW.enterprise_id IS NOT NULL)
    ON CONFLICT (day, category_code, jurisdiction_code) DO UPDATE SET
        incidents = incidents + 1, closed = closed + excluded.closed, dv = dv + excluded.dv,
        enterprise = enterprise + excluded.enterprise,
        key_enterprise = key_enterprise + excluded.key_enterprise;
END;
