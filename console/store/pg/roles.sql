-- Database roles for the console's roles (console/domain/access.py), so that the server itself
-- keeps DV case details from those who may not read them: a call-taker's credentials in any SQL
-- client cannot read a DV call's caller name, number or account of events.
--
-- console_call_taker, console_dispatcher, console_enterprise_desk, console_dv_desk,
-- console_supervisor: seats (console_seat: read the console's tables, log calls, work incidents
-- and queues); console_dv_desk and console_supervisor also hold console_dv_reader (may read DV
-- details, READ_DV_DETAILS); console_admin manages operators. Operators log in as their own
-- roles holding one of these (console.store.pg.connect.create_login); none of them owns a table.
--
-- How: column privileges. A seat may select every column of calls, incidents and
-- incident_events but the ones that carry DV details (calls: caller_name, caller_number,
-- number_key, summary; incidents: caller_number, summary; incident_events: detail), and reads
-- those through the views calls_redacted, incidents_redacted and incident_events_redacted,
-- which show them for rows that are not DV, or to a DV reader, and blank them ('') otherwise, as
-- console/store/redaction.py does. console_dv_reader may select the whole tables. Row-level
-- security alone cannot do this: it hides whole rows, and a DV call's flag, address and times
-- must stay in sight of every seat (units are sent there). The audit log holds rows' content
-- and so DV details: only supervisors read it; everyone writes it only through the triggers
-- and the view audit_append.
--
-- Cluster-wide roles are created when missing; privileges are per database. Re-runnable;
-- console/store/pg/connect.py runs it with the schema when asked to (it needs CREATEROLE).

DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['console_seat', 'console_dv_reader', 'console_call_taker',
        'console_dispatcher', 'console_enterprise_desk', 'console_dv_desk',
        'console_supervisor', 'console_admin']
    LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', r);
        END IF;
    END LOOP;
END $$;

GRANT console_seat TO console_call_taker, console_dispatcher, console_enterprise_desk,
    console_dv_desk, console_supervisor;
GRANT console_dv_reader TO console_dv_desk, console_supervisor;

-- Start from nothing: functions are executable by PUBLIC by default.
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO console_seat, console_admin;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO console_seat, console_admin;
-- Functions the store's SQL calls itself; the triggers' functions need no grant to fire.
GRANT EXECUTE ON FUNCTION julianday(text), console_write_lock(),
    audit_hash(text, bigint, text, bigint, text, text, bigint, text, text, text),
    audit_canonical_int(bigint), audit_canonical_text(text), audit_actor(), audit_role()
    TO console_seat, console_admin;

-- What seats read whole and write.
GRANT SELECT ON settings, jurisdictions, categories, units, enterprises, assignments,
    enterprise_pushes, callbacks, escalations, fraud_reports, fraud_transfers,
    incident_outcomes, queue_escalations, call_followups, incident_owners, handover_notes,
    day_snapshots, import_runs, call_hours, call_kinds, incident_kinds, change_log, counters,
    leases, audit_anchors, console_schema, audit_head
    TO console_seat;
GRANT INSERT, UPDATE ON calls, incidents, assignments, enterprise_pushes, callbacks,
    escalations, fraud_reports, fraud_transfers, incident_outcomes, queue_escalations,
    call_followups, incident_owners, handover_notes, counters, leases, units
    TO console_seat;
GRANT INSERT ON incident_events, audit_anchors, audit_append TO console_seat;
-- Login attempts (0010): recorded by whichever seat or administrator logs in, never changed.
GRANT SELECT, INSERT ON login_attempts TO console_seat, console_admin;
GRANT DELETE ON leases TO console_seat;
-- The key-enterprise registry (0011): every seat reads it; those who manage it
-- (MANAGE_ENTERPRISES) edit entries, delete one without incidents, add to service files.
GRANT SELECT ON enterprise_service TO console_seat;
GRANT INSERT, UPDATE, DELETE ON enterprises
    TO console_enterprise_desk, console_supervisor, console_admin;
GRANT SELECT ON enterprises, enterprise_service TO console_admin;
GRANT INSERT ON enterprise_service
    TO console_enterprise_desk, console_supervisor, console_admin;
GRANT INSERT ON day_snapshots TO console_supervisor;
GRANT SELECT ON audit_log TO console_supervisor;

-- Operators: nobody but the owner reads password hashes; the administrator manages accounts.
GRANT SELECT ON settings, jurisdictions, categories, units TO console_admin;
GRANT INSERT, UPDATE ON operators TO console_admin;
GRANT INSERT ON audit_append TO console_admin;

-- DV details: column privileges, made from the tables as they are (a later column is granted
-- when this file runs again).
DO $$
DECLARE
    spec text[];
    cols text;
BEGIN
    FOREACH spec SLICE 1 IN ARRAY ARRAY[
        ['calls', '{caller_name,caller_number,number_key,summary}', 'console_seat'],
        ['incidents', '{caller_number,summary}', 'console_seat'],
        ['incident_events', '{detail}', 'console_seat'],
        ['operators', '{password_hash}', 'console_seat'],
        ['operators', '{password_hash}', 'console_admin']]
    LOOP
        SELECT string_agg(quote_ident(column_name::text), ', ' ORDER BY ordinal_position)
          INTO cols
          FROM information_schema.columns
         WHERE table_schema = current_schema() AND table_name = spec[1]
           AND column_name::text <> ALL (spec[2]::text[]);
        EXECUTE format('REVOKE SELECT ON %I FROM %I', spec[1], spec[3]);
        EXECUTE format('GRANT SELECT (%s) ON %I TO %I', cols, spec[1], spec[3]);
    END LOOP;
END $$;
GRANT SELECT ON calls, incidents, incident_events TO console_dv_reader;

-- Whether the current role may read DV details (console.domain.access.sees_dv_details).
CREATE OR REPLACE FUNCTION console_sees_dv() RETURNS boolean
    LANGUAGE sql STABLE
    RETURN pg_has_role(current_user, 'console_dv_reader', 'MEMBER');
GRANT EXECUTE ON FUNCTION console_sees_dv() TO console_seat, console_admin;

-- The redacting views: every column, DV details blanked for those who may not read them. They
-- read the tables with their owner's rights (not security_invoker) and are security barriers.
CREATE OR REPLACE VIEW calls_redacted WITH (security_barrier) AS
    SELECT c.id, c.line, c.received_at, c.logged_at, c.day,
           CASE WHEN c.is_dv = 0 OR console_sees_dv() THEN c.caller_number ELSE '' END
               AS caller_number,
           CASE WHEN c.is_dv = 0 OR console_sees_dv() THEN c.number_key ELSE '' END
               AS number_key,
           CASE WHEN c.is_dv = 0 OR console_sees_dv() THEN c.caller_name ELSE '' END
               AS caller_name,
           c.address, c.address_key, c.jurisdiction_code, c.category_code, c.priority,
           CASE WHEN c.is_dv = 0 OR console_sees_dv() THEN c.summary ELSE '' END AS summary,
           c.disposition, c.incident_id, c.transfer_ref, c.is_dv, c.is_enterprise,
           c.incomplete, c.operator_id, c.seat, c.source
      FROM calls c;

CREATE OR REPLACE VIEW incidents_redacted WITH (security_barrier) AS
    SELECT i.id, i.number, i.day, i.seq, i.category_code, i.priority, i.jurisdiction_code,
           i.address, i.address_key,
           CASE WHEN i.is_dv = 0 OR console_sees_dv() THEN i.caller_number ELSE '' END
               AS caller_number,
           CASE WHEN i.is_dv = 0 OR console_sees_dv() THEN i.summary ELSE '' END AS summary,
           i.stage, i.stage_at, i.is_dv, i.is_enterprise, i.enterprise_id, i.opened_at,
           i.dispatched_at, i.arrived_at, i.handled_at, i.closed_at, i.result, i.closure,
           i.opened_by, i.updated_at, i.version
      FROM incidents i;

-- An event's detail of a DV incident without what was said or written (redaction.py's
-- _DV_EVENT_TEXT keys blanked).
CREATE OR REPLACE VIEW incident_events_redacted WITH (security_barrier) AS
    SELECT e.id, e.incident_id, e.at, e.operator_id, e.kind, e.stage, e.unit_code,
           CASE WHEN i.is_dv = 0 OR console_sees_dv() OR e.detail NOT LIKE '{%' THEN e.detail
                ELSE (SELECT COALESCE(jsonb_object_agg(d.key, CASE WHEN d.key IN
                          ('text', 'note', 'summary', 'caller_name', 'caller_number',
                           'remarks', 'reason') THEN '""'::jsonb ELSE d.value END), '{}')::text
                        FROM jsonb_each(e.detail::jsonb) AS d) END AS detail
      FROM incident_events e JOIN incidents i ON i.id = e.incident_id;

GRANT SELECT ON calls_redacted, incidents_redacted, incident_events_redacted
    TO console_seat, console_admin;

-- The DV desk's tables (0012): every column a DV detail, so only DV readers select them; every
-- seat records the safety answers of a DV call it logs, without reading them back.
GRANT SELECT, INSERT ON dv_call_safety, dv_assessments, dv_visits TO console_dv_reader;
GRANT SELECT, INSERT, UPDATE ON dv_warnings, dv_orders, dv_referrals, dv_cases,
    dv_case_incidents TO console_dv_reader;
GRANT INSERT ON dv_call_safety TO console_seat;
-- A household with two or more warnings is flagged at every seat's intake: the flag only.
GRANT SELECT (id, address_key) ON dv_warnings TO console_seat;
-- Reads of DV case details and refused attempts are recorded by whoever reads or tries;
-- only DV readers list them.
GRANT INSERT ON dv_access_log TO console_seat, console_admin;
GRANT SELECT ON dv_access_log TO console_dv_reader;
