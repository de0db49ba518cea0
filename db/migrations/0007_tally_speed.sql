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
