"""Bulk loading of generated rows (`console110 demo`): the SQL a loader needs, and only that.

The caller builds rows in id order (ids are known without reading back) and hands them
over table by table; a writer thread runs `executemany` while the next rows are built
(SQLite releases the GIL while it works). The event log of written incidents is derived
in SQL from their rows (`derive_events`), with the few events that no row describes
(escalations and their resolution) handed over ready-made through `EXTRA_EVENTS`.

The load is one transaction on a rollback journal with synchronous writes and foreign-key
checks off, the secondary indexes and the triggers of the loaded tables dropped (the
per-day counting triggers, the change log) and made again at the end, after one recount
of the per-day counts and the incident counters. The file is then back in WAL mode with
full synchronous commits. A failed load rolls back to the empty file.

The audit triggers go down with the others, so before they are made again one audit row
per audited table vouches for the rows the load leaves in it (`console.store.audit.vouch`:
block digests of the rows' content, which `console110 verify-audit` recomputes).
"""

from __future__ import annotations

import queue
import sqlite3
import threading
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from console.domain.audit import BULK_LOAD
from console.store.audit import AUDITED, vouch
from console.store.counters import refill_counters
from console.store.tallies import refill_tally_counts

if TYPE_CHECKING:
    from console.store.store import Store

Row = Sequence[object]

# The columns of each table a loader fills, in the order of the rows handed over.
COLUMNS: dict[str, tuple[str, ...]] = {
    "enterprises": (
        "id", "name", "address", "address_key", "jurisdiction_code", "industry",
        "contact_phone", "bureau_leader", "bureau_leader_phone", "station_leader",
        "station_leader_phone", "officer", "officer_phone", "created_at"),
    "calls": (
        "id", "line", "received_at", "logged_at", "day", "caller_number", "number_key",
        "caller_name", "address", "address_key", "jurisdiction_code", "category_code",
        "priority", "summary", "disposition", "incident_id", "transfer_ref", "is_dv",
        "is_enterprise", "incomplete", "operator_id", "seat", "source"),
    "incidents": (
        "id", "number", "day", "seq", "category_code", "priority", "jurisdiction_code",
        "address", "address_key", "caller_number", "summary", "enterprise_id", "opened_by",
        "is_dv", "is_enterprise", "opened_at", "stage", "stage_at", "dispatched_at",
        "arrived_at", "handled_at", "closed_at", "result", "closure", "updated_at"),
    "assignments": (
        "id", "incident_id", "unit_code", "dispatched_at", "en_route_at", "on_scene_at",
        "cleared_at", "dispatched_by", "officers"),
    "incident_outcomes": (
        "incident_id", "people_caught", "assistance", "mediated", "recorded_at",
        "recorded_by"),
    "callbacks": ("id", "incident_id", "due_at", "done_at", "operator_id", "rating", "remarks"),
    "escalations": (
        "id", "incident_id", "level", "reason", "raised_at", "raised_by", "resolved_at",
        "resolved_by", "resolution"),
    "enterprise_pushes": (
        "id", "incident_id", "enterprise_id", "role", "person", "phone", "pushed_at",
        "acked_at", "acked_by"),
    "fraud_reports": (
        "id", "call_id", "incident_id", "victim_account", "victim_bank",
        "stop_payment_requested", "accounts_frozen", "money_recovered_fen", "loss_fen",
        "updated_at"),
    "fraud_transfers": (
        "id", "report_id", "amount_fen", "transferred_at", "to_account", "to_name", "to_bank"),
    "call_followups": ("id", "call_id", "action", "done_at", "done_by", "outcome", "remarks"),
    "queue_escalations": (
        "id", "item_key", "kind", "incident_id", "call_id", "escalation_id", "level",
        "level_no", "raised_at", "resolved_at"),
}
# Ready-made events, merged into the derived log by time: (incident id, at, order among
# events at the same moment, tie-breaker, operator, kind, stage, unit, detail JSON).
EXTRA_EVENTS = "extra_events"
_EXTRA_COLUMNS = ("incident_id", "at", "ord", "sub", "operator_id", "kind", "stage",
                  "unit_code", "detail")
# Tables a load fills: a database with rows in any of them is not empty.
DATA_TABLES = ("operators", *COLUMNS, "incident_events")
# Tables whose triggers are dropped for the load and made again after it.
_TRIGGER_TABLES = (*DATA_TABLES, "units")


def _insert(table: str, columns: Sequence[str]) -> str:
    return (f"INSERT INTO {table} ({', '.join(columns)})"
            f" VALUES ({', '.join('?' * len(columns))})")


_INSERT = {table: _insert(table, cols) for table, cols in COLUMNS.items()}
_INSERT[EXTRA_EVENTS] = _insert(f"temp.{EXTRA_EVENTS}", _EXTRA_COLUMNS)

# The event log of incidents ?1..?2, derived from the rows just written: each stage change,
# push (one event for the three, as intake writes it) and acknowledgement, assignment, unit
# status, outcome edit, callback and duplicate call, with the ready-made events, in time order
# per incident (ids follow that order, as the timeline reads them). Details are those the
# store's own writes give.
_EVENTS_SQL = f"""
INSERT INTO incident_events (incident_id, at, operator_id, kind, stage, unit_code, detail)
SELECT incident_id, at, operator_id, kind, stage, unit_code, detail FROM (
    SELECT c.incident_id, c.logged_at AS at, 0 AS ord, c.id AS sub, c.operator_id,
           'stage' AS kind, 'intake' AS stage, NULL AS unit_code,
           json_object('call_id', c.id, 'desks', json(
               CASE WHEN c.is_dv <> 0 THEN '["dispatch","dv"]'
                    WHEN c.is_enterprise <> 0 THEN '["dispatch","enterprise"]'
                    ELSE '["dispatch"]' END))
           AS detail
      FROM calls c WHERE c.incident_id BETWEEN ?1 AND ?2 AND c.disposition = 'incident'
    UNION ALL
    SELECT p.incident_id, min(p.pushed_at), 1, 0,
           (SELECT i.opened_by FROM incidents i WHERE i.id = p.incident_id), 'push', NULL,
           NULL, json_object('enterprise_id', min(p.enterprise_id),
                             'pushes', json_group_array(p.id))
      FROM enterprise_pushes p WHERE p.incident_id BETWEEN ?1 AND ?2 GROUP BY p.incident_id
    UNION ALL
    SELECT a.incident_id, a.dispatched_at, 2, a.id, a.dispatched_by, 'assign', NULL,
           a.unit_code, '{{}}'
      FROM assignments a WHERE a.incident_id BETWEEN ?1 AND ?2
    UNION ALL
    SELECT a.incident_id, min(a.dispatched_at), 3, 0, min(a.dispatched_by), 'stage',
           'dispatched', NULL, '{{"previous":"intake"}}'
      FROM assignments a WHERE a.incident_id BETWEEN ?1 AND ?2 GROUP BY a.incident_id
    UNION ALL
    SELECT a.incident_id, a.en_route_at, 4, a.id, a.dispatched_by, 'unit_status', NULL,
           a.unit_code, '{{"status":"en_route"}}'
      FROM assignments a WHERE a.incident_id BETWEEN ?1 AND ?2 AND a.en_route_at IS NOT NULL
    UNION ALL
    SELECT a.incident_id, min(a.en_route_at), 5, 0, min(a.dispatched_by), 'stage', 'en_route',
           NULL, '{{"previous":"dispatched"}}'
      FROM assignments a WHERE a.incident_id BETWEEN ?1 AND ?2 AND a.en_route_at IS NOT NULL
     GROUP BY a.incident_id
    UNION ALL
    SELECT a.incident_id, a.on_scene_at, 6, a.id, a.dispatched_by, 'unit_status', NULL,
           a.unit_code, '{{"status":"on_scene"}}'
      FROM assignments a WHERE a.incident_id BETWEEN ?1 AND ?2 AND a.on_scene_at IS NOT NULL
    UNION ALL
    SELECT a.incident_id, min(a.on_scene_at), 7, 0, min(a.dispatched_by), 'stage', 'on_scene',
           NULL, '{{"previous":"en_route"}}'
      FROM assignments a WHERE a.incident_id BETWEEN ?1 AND ?2 AND a.on_scene_at IS NOT NULL
     GROUP BY a.incident_id
    UNION ALL
    SELECT i.id, i.handled_at, 8, 0,
           COALESCE((SELECT a.dispatched_by FROM assignments a WHERE a.incident_id = i.id
                     LIMIT 1), i.opened_by), 'stage', 'handled', NULL,
           json_object('previous', CASE WHEN i.dispatched_at IS NULL THEN 'intake'
                                        ELSE 'on_scene' END, 'result', i.result)
      FROM incidents i WHERE i.id BETWEEN ?1 AND ?2 AND i.handled_at IS NOT NULL
    UNION ALL
    SELECT a.incident_id, a.cleared_at, 9, a.id, a.dispatched_by, 'unit_status', NULL,
           a.unit_code, '{{"status":"cleared"}}'
      FROM assignments a WHERE a.incident_id BETWEEN ?1 AND ?2 AND a.cleared_at IS NOT NULL
    UNION ALL
    SELECT o.incident_id, o.recorded_at, 10, 0, o.recorded_by, 'edit', NULL, NULL,
           json_object('people_caught', o.people_caught, 'assistance', o.assistance,
                       'mediated', json(CASE WHEN o.mediated <> 0 THEN 'true' ELSE 'false' END))
      FROM incident_outcomes o WHERE o.incident_id BETWEEN ?1 AND ?2
    UNION ALL
    SELECT i.id, i.closed_at, 13, 0,
           COALESCE((SELECT a.dispatched_by FROM assignments a WHERE a.incident_id = i.id
                     LIMIT 1), i.opened_by), 'stage', 'closed', NULL,
           json_object('previous', 'handled', 'closure', i.closure)
      FROM incidents i WHERE i.id BETWEEN ?1 AND ?2 AND i.closed_at IS NOT NULL
    UNION ALL
    SELECT b.incident_id, b.done_at, 14, b.id, b.operator_id, 'callback', NULL, NULL,
           json_object('callback_id', b.id, 'rating', b.rating, 'remarks', b.remarks)
      FROM callbacks b WHERE b.incident_id BETWEEN ?1 AND ?2 AND b.done_at IS NOT NULL
    UNION ALL
    SELECT b.incident_id, b.done_at, 15, b.id, b.operator_id, 'stage', 'called_back', NULL,
           '{{"previous":"closed"}}'
      FROM callbacks b WHERE b.incident_id BETWEEN ?1 AND ?2 AND b.done_at IS NOT NULL
       AND b.rating <> 'not_reached'
    UNION ALL
    SELECT c.incident_id, c.logged_at, 16, c.id, c.operator_id, 'duplicate_call', NULL, NULL,
           json_object('call_id', c.id, 'desks', json('[]'))
      FROM calls c WHERE c.incident_id BETWEEN ?1 AND ?2 AND c.disposition = 'duplicate'
    UNION ALL
    SELECT p.incident_id, p.acked_at, 17, p.id, p.acked_by, 'push_ack', NULL, NULL,
           json_object('push_id', p.id, 'role', p.role, 'person', p.person)
      FROM enterprise_pushes p WHERE p.incident_id BETWEEN ?1 AND ?2 AND p.acked_at IS NOT NULL
    UNION ALL
    SELECT {", ".join(_EXTRA_COLUMNS)} FROM temp.{EXTRA_EVENTS}
     WHERE incident_id BETWEEN ?1 AND ?2
) ORDER BY incident_id, at, ord, sub
"""
# Indexes the event query needs while loading; every other secondary index is rebuilt after.
_LOAD_INDEXES = frozenset({"calls_incident", "assignments_incident", "callbacks_incident",
                           "enterprise_pushes_incident"})
_UNIT_STATUS = "UPDATE units SET status = ?, status_at = ? WHERE code = ?"


def is_empty(store: Store) -> bool:
    """Whether a database holds no data a load could clash with (and is no demo)."""
    tables = set(store.table_names())
    for table in DATA_TABLES:
        if table in tables and store.conn.execute(
                f'SELECT 1 FROM "{table}" LIMIT 1').fetchone():
            return False
    return store.setting("demo") is None


def add_operators(store: Store, rows: Iterable[Row]) -> None:
    """Operator accounts in one write: (id, username, display name, role, hash, created)."""
    with store.write() as conn:
        conn.executemany(
            "INSERT INTO operators (id, username, display_name, role, password_hash,"
            " created_at) VALUES (?, ?, ?, ?, ?, ?)", list(rows))


class Loader:
    """What a filling function hands rows to; the SQL runs on a writer thread."""

    def __init__(self, conn: sqlite3.Connection):
        self._conn = conn
        self._jobs: queue.Queue[tuple[str, Sequence[Row]] | None] = queue.Queue(4)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="bulk-writer", daemon=True)
        self.counts: dict[str, int] = dict.fromkeys(COLUMNS, 0)

    def _run(self) -> None:
        while (job := self._jobs.get()) is not None:
            if self._error is None:
                try:
                    self._conn.executemany(*job)
                except BaseException as exc:  # handed to the filling thread
                    self._error = exc

    def _put(self, sql: str, rows: Sequence[Row]) -> None:
        if self._error is not None:
            raise self._error
        self._jobs.put((sql, rows))

    def insert(self, table: str, rows: Sequence[Row]) -> None:
        """Rows of a table (columns as in COLUMNS); the list is the writer's from now on."""
        if rows:
            self._put(_INSERT[table], rows)
            self.counts[table] += len(rows)

    def extra_events(self, rows: Sequence[Row]) -> None:
        """Ready-made events (see EXTRA_EVENTS), before the derivation of their incidents."""
        if rows:
            self._put(_INSERT[EXTRA_EVENTS], rows)

    def derive_events(self, first_incident: int, last_incident: int) -> None:
        """The event log of incidents first..last, whose rows have all been handed over."""
        self._put(_EVENTS_SQL, [(first_incident, last_incident)])

    def unit_statuses(self, rows: Sequence[tuple[str, str, str]]) -> None:
        """(status, since, unit code) of units out on incidents at the end of the load."""
        self._put(_UNIT_STATUS, list(rows))

    def _start(self) -> None:
        self._thread.start()

    def _finish(self) -> None:
        self._jobs.put(None)
        self._thread.join()
        if self._error is not None:
            raise self._error


def load(store: Store, fill: Callable[[Loader], None], settings: dict[str, str]) -> int:
    """Run `fill` with a loader inside one transaction; returns the number of events.

    The file's safety settings are restored afterwards, whatever happens.
    """
    conn = store.conn
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA journal_mode = DELETE")  # new pages need no journal; WAL would copy
    conn.execute("PRAGMA cache_size = -262144")
    try:
        with store.write():
            names = ", ".join(f"'{t}'" for t in DATA_TABLES)
            indexes = [(n, sql) for n, sql in conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
                f" AND tbl_name IN ({names}) ORDER BY name") if n not in _LOAD_INDEXES]
            for name, _ in indexes:
                conn.execute(f'DROP INDEX "{name}"')
            # Counting and change-log triggers fire per row; one recount at the end is cheaper,
            # and a new database has no change for a seat to follow.
            triggers = conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN"
                f" ({', '.join(repr(t) for t in _TRIGGER_TABLES)}) ORDER BY name").fetchall()
            for name, _ in triggers:
                conn.execute(f'DROP TRIGGER "{name}"')
            conn.execute(
                f"CREATE TEMP TABLE {EXTRA_EVENTS} (incident_id INTEGER NOT NULL, at TEXT"
                " NOT NULL, ord INTEGER NOT NULL, sub INTEGER NOT NULL, operator_id INTEGER,"
                " kind TEXT NOT NULL, stage TEXT, unit_code TEXT, detail TEXT NOT NULL)")
            conn.execute(f"CREATE INDEX temp.{EXTRA_EVENTS}_incident"
                         f" ON {EXTRA_EVENTS}(incident_id)")
            loader = Loader(conn)
            loader._start()
            try:
                fill(loader)
            finally:
                loader._finish()
            conn.execute(f"DROP TABLE temp.{EXTRA_EVENTS}")
            for _, sql in indexes:
                conn.execute(sql)
            refill_tally_counts(conn)
            refill_counters(conn)
            vouch(conn, [t for t in _TRIGGER_TABLES if t in AUDITED], BULK_LOAD)
            for _, sql in triggers:
                conn.execute(sql)
            conn.executemany(
                "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key)"
                " DO UPDATE SET value = excluded.value", sorted(settings.items()))
            return int(conn.execute(
                "SELECT COALESCE(MAX(id), 0) FROM incident_events").fetchone()[0])
    finally:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
