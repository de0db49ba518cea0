"""The audit trail: every write to people's data and decisions, every read of DV details.

`audit_log` (db/migrations/0009_audit.sql) is written by triggers, so no write path can
forget it: an AFTER INSERT/UPDATE/DELETE trigger on each table of `AUDITED` inserts the
row's content before and after (JSON) into the view `audit_append`, whose INSTEAD OF
trigger adds the time, the acting operator and the chain hash (`console.domain.audit`).
The operator and the hash come from SQL functions each connection of the console
registers (`register_functions`): a connection without them, a plain `sqlite3` shell,
cannot write those tables at all unless it drops the triggers — which `verify` reports.

Reads of DV case details are logged through `AuditService.note_dv_read`, which the store's
single-incident readers call: one small insert that never waits for another seat's lock
(if the file is busy, the read is kept and written with this connection's next write).

Rows written in bulk with the triggers down (the demo load) and the rows a database held
when its audit began are vouched for by one row per table (`vouch`): block digests of
the rows' content, recomputed by `verify`.

`verify` opens the file read-only and checks, in one snapshot: the chain, the triggers,
every audited row against its last logged state (and each change against the one
before it), each incident's stage against its event log, and the anchors stored with
sign-offs and handovers (and any printed ones given to it).
"""

from __future__ import annotations

import contextlib
import json
import re
import sqlite3
import time
import weakref
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from itertools import groupby
from pathlib import Path
from typing import TYPE_CHECKING

from console.domain.access import SYSTEM, Permission, may
from console.domain.audit import (
    BLOCK_ROWS,
    BULK_LOAD,
    CHANGES,
    DELETE,
    GENESIS,
    INSERT,
    READ,
    VOUCHES,
    Anchor,
    block_digest,
    block_digest_text,
    block_of,
    block_range,
    chain_hash,
    row_line,
    same_state,
)
from console.domain.clock import day_bounds, to_stored
from console.store.dialect import dialect_of
from console.store.errors import DatabaseBusyError
from console.store.redaction import discloses_dv
from console.store.service import Service

if TYPE_CHECKING:
    from console.store.store import Store

# The audited tables, and the columns each one keeps out of the log. The DV desk's tables
# (0014_dv_audit.sql) are logged for who decided what and when, never for what a person said
# or wrote: names, addresses, the safe number and contact, the facts, injuries, threats,
# reasons and notes stay out, so the log is no second copy of a DV case (it keeps the codes,
# tiers, times, decisions and the operators).
AUDITED: dict[str, frozenset[str]] = {
    "calls": frozenset(),
    "incidents": frozenset(),
    "incident_events": frozenset(),
    "assignments": frozenset(),
    "enterprise_pushes": frozenset(),
    "callbacks": frozenset(),
    "escalations": frozenset(),
    "incident_outcomes": frozenset(),
    "fraud_reports": frozenset(),
    "fraud_transfers": frozenset(),
    "queue_escalations": frozenset(),
    "call_followups": frozenset(),
    "incident_owners": frozenset(),
    "handover_notes": frozenset(),
    "day_snapshots": frozenset(),
    "enterprises": frozenset(),
    "operators": frozenset({"password_hash"}),
    "settings": frozenset(),
    "audit_anchors": frozenset(),
    "login_attempts": frozenset(),
    "enterprise_service": frozenset(),  # its triggers are 0011's
    "dv_call_safety": frozenset({"safe_number"}),
    "dv_assessments": frozenset({"reason"}),
    "dv_warnings": frozenset({"abuser_name", "victim_name", "facts", "address", "address_key",
                              "committee"}),
    "dv_orders": frozenset(),
    "dv_referrals": frozenset(),
    "dv_visits": frozenset({"note"}),
    "dv_cases": frozenset({"address", "address_key", "victim_name", "abuser_name", "injuries",
                           "threats", "safe_contact"}),
    "dv_case_incidents": frozenset(),
}
_OPS = {"insert": "INSERT", "update": "UPDATE", "delete": "DELETE"}
# Append-only guards (BEFORE UPDATE/DELETE ... RAISE) that must stay in place.
GUARDS = ("incident_events_no_update", "incident_events_no_delete",
          "day_snapshots_no_update", "day_snapshots_no_delete",
          "audit_log_no_update", "audit_log_no_delete",
          "audit_anchors_no_update", "audit_anchors_no_delete",
          "login_attempts_no_update", "login_attempts_no_delete",
          "dv_assessments_no_update", "dv_assessments_no_delete",
          "dv_visits_no_update", "dv_visits_no_delete",
          "dv_access_log_no_update", "dv_access_log_no_delete")
APPEND_TRIGGER = "audit_append_insert"
# Anchors are stored with these records (audit_anchors.kind -> the table of ref_id).
SIGNOFF, HANDOVER = "signoff", "handover"
# A DV incident read again by the same operator within this time is not logged again.
READ_WINDOW_S = 600.0
_NOW_SQL = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"

Actor = Callable[[], tuple[int | None, str]]


def _system() -> tuple[int | None, str]:
    return None, SYSTEM


# ---- the SQL functions -------------------------------------------------------------------
def register_functions(conn: sqlite3.Connection, actor: Actor = _system) -> None:
    """The functions the audit triggers call: without them nothing audited can be written."""

    def audit_actor() -> int | None:
        return actor()[0]

    def audit_role() -> str:
        return actor()[1]

    conn.create_function("audit_actor", 0, audit_actor)
    conn.create_function("audit_role", 0, audit_role)
    conn.create_function("audit_hash", 10, chain_hash)
    conn.create_function("audit_block_digest", 1, block_digest_text)


def store_actor(store: Store) -> Actor:
    """The store's acting operator, without keeping the store alive."""
    ref = weakref.ref(store)

    def actor() -> tuple[int | None, str]:
        found = ref()
        if found is None or found.actor is None:
            return None, SYSTEM
        return found.actor.id, found.actor.role

    return actor


# ---- the SQL the migration holds, made from the tables' columns ---------------------------
def logged_columns(conn: sqlite3.Connection, table: str) -> list[str]:
    """The columns of a table the log records (all but those `AUDITED` keeps out)."""
    left_out = AUDITED.get(table, frozenset())
    return [str(r[1]) for r in conn.execute(f'PRAGMA table_info("{table}")')
            if r[1] not in left_out]


def _json_object(prefix: str, columns: Sequence[str], indent: str) -> str:
    parts = [f"'{c}', {prefix}\"{c}\"" for c in columns]
    lines: list[str] = []
    line = ""
    for part in parts:
        piece = f"{part}, "
        if line and len(indent) + len(line) + len(piece) > 96:
            lines.append(line.rstrip())
            line = ""
        line += piece
    lines.append(line.rstrip().rstrip(","))
    return "json_object(" + f"\n{indent}".join(lines) + ")"


def trigger_sql(table: str, columns: Sequence[str], op: str) -> str:
    """The audit trigger of a table for one operation (insert, update, delete)."""
    indent = " " * 12
    before = "NULL" if op == INSERT else _json_object("OLD.", columns, indent)
    after = "NULL" if op == DELETE else _json_object("NEW.", columns, indent)
    row = "OLD.rowid" if op == DELETE else "NEW.rowid"
    return (f"CREATE TRIGGER audit_{table}_{op} AFTER {_OPS[op]} ON {table}\n"
            "BEGIN\n"
            "    INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)\n"
            f"    VALUES ('{table}', {row}, '{op}',\n"
            f"            {before},\n"
            f"            {after});\n"
            "END")


def trigger_statements(conn: sqlite3.Connection) -> dict[str, str]:
    """Every audit trigger the tables present need, by name."""
    present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    out: dict[str, str] = {}
    for table in AUDITED:
        if table not in present:
            continue
        columns = logged_columns(conn, table)
        for op in _OPS:
            out[f"audit_{table}_{op}"] = trigger_sql(table, columns, op)
    return out


APPEND_VIEW_SQL = (
    "CREATE VIEW audit_append (tbl, row_id, op, before_json, after_json, actor_id, actor_role)"
    " AS SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL WHERE 0")

APPEND_TRIGGER_SQL = f"""CREATE TRIGGER {APPEND_TRIGGER} INSTEAD OF INSERT ON audit_append
BEGIN
    INSERT INTO audit_log (id, at, actor_id, actor_role, tbl, row_id, op, before_json,
                           after_json, prev_hash, hash)
    SELECT n, at, actor_id, actor_role, NEW.tbl, NEW.row_id, NEW.op, NEW.before_json,
           NEW.after_json, prev,
           audit_hash(prev, n, at, actor_id, actor_role, NEW.tbl, NEW.row_id, NEW.op,
                      NEW.before_json, NEW.after_json)
      FROM (SELECT COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'), 0) + 1
                       AS n,
                   {_NOW_SQL} AS at,
                   CASE WHEN NEW.actor_role IS NULL THEN audit_actor() ELSE NEW.actor_id END
                       AS actor_id,
                   COALESCE(NEW.actor_role, audit_role()) AS actor_role,
                   COALESCE((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1),
                            '{GENESIS}') AS prev);
END"""


def vouch_sql(table: str, columns: Sequence[str], op: str) -> str:
    """One audit row vouching for a table's rows: its block digests (nothing if empty)."""
    row = _json_object("", columns, " " * 24)
    names = json.dumps(list(columns))
    return (
        "INSERT INTO audit_append (tbl, row_id, op, before_json, after_json)\n"
        f"SELECT '{table}', NULL, '{op}', NULL,\n"
        f"       json_object('columns', json('{names}'), 'rows', SUM(n),\n"
        "                   'blocks', json_group_array(json_array(b, n, d)))\n"
        f"  FROM (SELECT rowid / {BLOCK_ROWS} AS b, COUNT(*) AS n,\n"
        "               audit_block_digest(group_concat(\n"
        "                   printf('%012d', rowid) || char(9) ||\n"
        f"                   {row}, char(10))) AS d\n"
        f"          FROM {table} GROUP BY rowid / {BLOCK_ROWS})\n"
        "HAVING COUNT(*) > 0")


def vouch(conn: sqlite3.Connection, tables: Iterable[str], op: str = BULK_LOAD) -> None:
    """Vouch for the rows of these tables as they are (inside the caller's write).

    The same digests as `vouch_sql` (which the migration runs), a block at a time: a
    range read per block needs no sort of the whole table.
    """
    if op not in VOUCHES:
        raise ValueError(op)
    for table in tables:
        if table not in AUDITED:
            continue
        columns = logged_columns(conn, table)
        row = _json_object("", columns, "")
        low = conn.execute(f"SELECT MIN(rowid) FROM {table}").fetchone()[0]
        if low is None:
            continue
        blocks: list[list[object]] = []
        total = 0
        start: int | None = int(low)
        while start is not None:  # block by block, skipping runs of ids never used
            first, last = block_range(block_of(start))
            count, digest = conn.execute(
                "SELECT COUNT(*), audit_block_digest(group_concat(printf('%012d', rowid)"
                f" || char(9) || {row}, char(10))) FROM {table}"
                " WHERE rowid BETWEEN ? AND ?", [first, last]).fetchone()
            blocks.append([block_of(start), int(count), str(digest)])
            total += int(count)
            following = conn.execute(f"SELECT MIN(rowid) FROM {table} WHERE rowid > ?",
                                     [last]).fetchone()[0]
            start = None if following is None else int(following)
        append(conn, table, None, op, {"columns": columns, "rows": total, "blocks": blocks})


def migration_text(conn: sqlite3.Connection) -> str:
    """The audit statements of db/migrations/0009_audit.sql for the tables as they are:
    what a later migration that changes an audited table's columns runs again for it."""
    parts = [sql + ";" for sql in trigger_statements(conn).values()]
    return "\n\n".join(parts) + "\n"


# ---- appending from Python: reads, anchors -----------------------------------------------
def append(conn: sqlite3.Connection, tbl: str, row_id: int | None, op: str,
           after: dict[str, object], actor: tuple[int | None, str] | None = None) -> None:
    """One audit row written by the console itself (a read of DV details, a vouch),
    chained as the triggers' rows are; `actor` None: the connection's acting operator."""
    who = actor or (None, None)
    conn.execute(
        "INSERT INTO audit_append (tbl, row_id, op, before_json, after_json, actor_id,"
        " actor_role) VALUES (?, ?, ?, NULL, ?, ?, ?)",
        [tbl, row_id, op, json.dumps(after, ensure_ascii=False, separators=(",", ":")),
         who[0], who[1]])


def head(conn: sqlite3.Connection) -> Anchor | None:
    """The chain's head: its last row."""
    row = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    return Anchor(int(row[0]), str(row[1])) if row else None


def record_anchor(conn: sqlite3.Connection, kind: str, ref_id: int) -> Anchor | None:
    """Store the head with a sign-off or handover note (inside the caller's write)."""
    found = head(conn)
    if found is not None:
        conn.execute(
            "INSERT INTO audit_anchors (kind, ref_id, audit_id, hash, at)"
            " VALUES (?, ?, ?, ?, ?)",
            [kind, ref_id, found.audit_id, found.hash, to_stored(datetime.now(UTC))])
    return found


def anchor_of(conn: sqlite3.Connection, kind: str, ref_id: int) -> Anchor | None:
    """The latest anchor stored with a sign-off or handover note."""
    row = conn.execute(
        "SELECT audit_id, hash FROM audit_anchors WHERE kind = ? AND ref_id = ?"
        " ORDER BY id DESC LIMIT 1", [kind, ref_id]).fetchone()
    return Anchor(int(row[0]), str(row[1])) if row else None


@dataclass(frozen=True)
class AuditRead:
    """One logged read of a DV incident's details."""

    audit_id: int
    at: str  # when it was read (UTC, stored form)
    operator_id: int | None
    operator: str
    role: str
    incident_id: int
    incident_number: str
    view: str


@dataclass
class _PendingRead:
    incident_id: int
    view: str
    read_at: str
    actor: tuple[int | None, str]


class AuditService(Service):
    """The store's side of the audit: reads of DV details, anchors, the read log."""

    def __init__(self, store: Store) -> None:
        super().__init__(store)
        self._pending_reads: list[_PendingRead] = []
        self._reads_seen: dict[tuple[int | None, int], float] = {}
        if isinstance(store.conn, sqlite3.Connection):  # PostgreSQL's triggers are SQL
            register_functions(store.conn, store_actor(store))  # the triggers' operator

    def _acting(self) -> tuple[int | None, str]:
        return (self.actor.id, self.actor.role) if self.actor is not None else (None, SYSTEM)

    def audit_anchor(self) -> Anchor | None:
        """The chain's head now: what a printed page carries (see `Anchor.label`)."""
        with self._db.reading() as conn:
            return head(conn)

    def note_dv_read(self, incident_id: int, view: str, *, is_dv: bool) -> None:
        """Log that the acting operator sees a DV incident's details (caller, summary).

        Called by the readers that show one incident; a no-op when nothing confidential
        is shown. One operator's reads of one incident are logged once per
        `READ_WINDOW_S`. The write never waits: with the file busy, it goes with this
        connection's next write.
        """
        if self._note(incident_id, view, is_dv):
            self.flush_reads(wait=False)

    def note_dv_reads(self, incidents: Iterable[tuple[int, bool]], view: str) -> None:
        """`note_dv_read` for a list (the board, the history): its DV rows whose details
        are shown, logged in one write."""
        noted = [self._note(incident_id, view, is_dv) for incident_id, is_dv in incidents]
        if any(noted):
            self.flush_reads(wait=False)

    def _note(self, incident_id: int, view: str, is_dv: bool) -> bool:
        actor = self._acting()
        if not discloses_dv(is_dv, actor[1]):
            return False
        key = (actor[0], incident_id)
        moment = time.monotonic()
        seen = self._reads_seen.get(key)
        if seen is not None and moment - seen < READ_WINDOW_S:
            return False
        self._reads_seen[key] = moment
        read_at = to_stored(datetime.now(UTC))  # the host's clock, as the log's own times
        self._pending_reads.append(_PendingRead(incident_id, view, read_at, actor))
        return True

    def flush_reads(self, *, wait: bool = True) -> None:
        """Write the reads not yet logged; `wait=False` gives up at once if the file is busy."""
        if not self._pending_reads or self.conn.in_transaction:
            return  # inside a write: `Store.write` writes them before it commits
        if not isinstance(self.conn, sqlite3.Connection):  # a server's lock waits are short
            with self._db.write() as conn:
                self.write_reads(conn)
            return
        saved = int(self.conn.execute("PRAGMA busy_timeout").fetchone()[0])
        if not wait:
            self.conn.execute("PRAGMA busy_timeout = 0")
        try:
            with contextlib.suppress(DatabaseBusyError), self._db.write() as conn:
                self.write_reads(conn)
        finally:
            if not wait:
                self.conn.execute(f"PRAGMA busy_timeout = {saved:d}")

    def write_reads(self, conn: sqlite3.Connection) -> None:
        """Write the pending reads into the current transaction; they leave the list only
        once written (a rollback of the caller's write keeps them for the next)."""
        pending = list(self._pending_reads)
        for read in pending:
            append(conn, "incidents", read.incident_id, READ,
                   {"view": read.view, "read_at": read.read_at}, read.actor)
        del self._pending_reads[:len(pending)]

    def audit_reads(self, since: date | None = None,
                    until: date | None = None) -> list[AuditRead]:
        """Logged reads of DV details, oldest first; days are local (the centre's)."""
        role = self._acting()[1]
        if not (may(role, Permission.READ_DV_DETAILS) or may(role, Permission.MANAGE_OPERATORS)):
            raise PermissionError("not_allowed")
        where: list[str] = [f"a.op = '{READ}'"]  # a literal: the partial index's condition
        params: list[object] = []
        if since is not None:
            where.append("a.at >= ?")
            params.append(day_bounds(since, since, self.tz)[0])
        if until is not None:
            where.append("a.at < ?")
            params.append(day_bounds(until, until, self.tz)[1])
        sql = dialect_of(self.conn)
        with self._db.reading() as conn:
            rows = conn.execute(
                f"SELECT a.id, {sql.json_field('a.after_json', 'read_at')}, a.actor_id,"
                " o.display_name, a.actor_role, a.row_id, i.number,"
                f" {sql.json_field('a.after_json', 'view')} FROM audit_log a INDEXED BY"
                " audit_log_reads LEFT JOIN operators o ON o.id = a.actor_id"
                f" LEFT JOIN incidents i ON i.id = a.row_id WHERE {' AND '.join(where)}"
                " ORDER BY a.id", params).fetchall()
        return [AuditRead(int(r[0]), str(r[1] or ""), r[2], str(r[3] or ""), str(r[4]),
                          int(r[5]), str(r[6] or ""), str(r[7] or "")) for r in rows]



# ---- verification ------------------------------------------------------------------------
@dataclass(frozen=True)
class AuditProblem:
    """Something the audit trail does not vouch for; `code` says what kind."""

    code: str
    text: str
    audit_id: int | None = None
    at: str | None = None

    def line(self) -> str:
        where = ""
        if self.audit_id is not None:
            where = f"[audit row {self.audit_id}{', ' + self.at if self.at else ''}] "
        return where + self.text


@dataclass
class AuditReport:
    path: Path
    rows: int = 0
    head: Anchor | None = None
    problems: list[AuditProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def add(self, code: str, text: str, audit_id: int | None = None,
            at: str | None = None) -> None:
        self.problems.append(AuditProblem(code, text, audit_id, at))


def _normal(sql: str | None) -> str:
    return re.sub(r"\s+", " ", sql or "").strip().rstrip(";").strip()


@dataclass(frozen=True)
class _Entry:
    id: int
    at: str
    role: str
    op: str
    before: str | None
    after: str | None


@dataclass
class _Vouch:
    id: int
    at: str
    op: str
    columns: list[str]
    blocks: dict[int, tuple[int, str]]
    seen: dict[int, list[str]] = field(default_factory=dict)


_PRESENT, _DELETED, _ABSENT, _VOUCHED = "present", "deleted", "absent", "vouched"


class _Verifier:
    def __init__(self, conn: sqlite3.Connection, report: AuditReport):
        self.conn = conn
        self.report = report

    # -- the chain ------------------------------------------------------------------------
    def chain(self) -> None:
        prev_id, prev_hash, count = 0, GENESIS, 0
        for r in self.conn.execute(
                "SELECT id, at, actor_id, actor_role, tbl, row_id, op, before_json,"
                " after_json, prev_hash, hash FROM audit_log ORDER BY id"):
            audit_id, at = int(r[0]), str(r[1])
            count += 1
            if r[9] != prev_hash:
                if audit_id > prev_id + 1:
                    self.report.add("removed", f"{_rows(prev_id + 1, audit_id - 1)} removed"
                                    f" (the chain skips from row {prev_id} to this one)",
                                    audit_id, at)
                else:
                    self.report.add("inserted", "this row does not follow the row before it:"
                                    f" row {prev_id} was altered, or this row was inserted",
                                    audit_id, at)
            elif audit_id != prev_id + 1:
                self.report.add("renumbered", f"{_rows(prev_id + 1, audit_id - 1)} missing"
                                " though the chain runs on: rows were removed and the chain"
                                " rewritten", audit_id, at)
            expected = chain_hash(str(r[9]), audit_id, at, r[2], str(r[3]), str(r[4]), r[5],
                                  str(r[6]), r[7], r[8])
            if expected != r[10]:
                self.report.add("altered", f"this row was altered ({r[4]} row {r[5]}, {r[6]}):"
                                " its content no longer gives its hash", audit_id, at)
            prev_id, prev_hash = audit_id, str(r[10])
        self.report.rows = count
        self.report.head = Anchor(prev_id, prev_hash) if count else None
        seq = self.conn.execute(
            "SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'").fetchone()
        if seq is not None and int(seq[0]) > prev_id:
            self.report.add("removed", f"{_rows(prev_id + 1, int(seq[0]))} removed from the"
                            " end of the log")

    # -- the triggers ---------------------------------------------------------------------
    def triggers(self) -> None:
        found = {str(r[0]): (str(r[1]), r[2]) for r in self.conn.execute(
            "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger'")}
        tables = {str(r[0]) for r in self.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        for table in AUDITED:
            if table not in tables:
                self.report.add("table_missing", f"the audited table {table} is missing")
        expected = trigger_statements(self.conn)
        expected[APPEND_TRIGGER] = APPEND_TRIGGER_SQL
        for name, sql in expected.items():
            if name not in found:
                table = name.removeprefix("audit_").rsplit("_", 1)[0]
                self.report.add("trigger_missing", f"trigger {name} is missing (dropped?):"
                                f" such writes to {table} are not logged")
            elif _normal(found[name][1]) != _normal(sql):
                self.report.add("trigger_changed", f"trigger {name} is not the console's:"
                                " it was replaced, or its table's columns changed without it")
        for name in GUARDS:
            if name not in found or "RAISE(ABORT" not in _normal(found[name][1]).upper():
                self.report.add("trigger_missing", f"append-only guard {name} is missing")
        view = self.conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'view' AND name = 'audit_append'"
        ).fetchone()
        if view is None or _normal(view[0]) != _normal(APPEND_VIEW_SQL):
            self.report.add("trigger_changed", "the view audit_append is missing or changed")
        allowed = {*expected, *GUARDS}
        for name, (table, _sql) in found.items():
            if table in ("audit_log", "audit_anchors", "audit_append") and name not in allowed:
                self.report.add("trigger_changed", f"unexpected trigger {name} on {table}")

    # -- the rows -------------------------------------------------------------------------
    def tables(self) -> None:
        """Every audited row against the log, in one pass over the log sorted by row."""
        present = {str(r[0]) for r in self.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        vouches: dict[str, list[_Vouch]] = {}
        for r in self.conn.execute(
                "SELECT tbl, id, at, op, after_json FROM audit_log WHERE row_id IS NULL"
                f" AND op IN ({', '.join('?' for _ in VOUCHES)}) ORDER BY id", VOUCHES):
            body = json.loads(r[4])
            blocks = {int(b): (int(n), str(d)) for b, n, d in body["blocks"]}
            vouches.setdefault(str(r[0]), []).append(
                _Vouch(int(r[1]), str(r[2]), str(r[3]), list(body["columns"]), blocks))
        stream = self.conn.execute(
            "SELECT tbl, row_id, id, at, actor_role, op, before_json, after_json FROM audit_log"
            f" WHERE row_id IS NOT NULL AND op IN ({', '.join('?' for _ in CHANGES)})"
            " ORDER BY tbl, row_id, id", CHANGES)
        by_table = groupby(stream, key=lambda e: str(e[0]))
        group = next(by_table, None)
        for table in sorted(t for t in AUDITED if t in present):
            while group is not None and group[0] < table:
                group = next(by_table, None)
            mine = group is not None and group[0] == table
            self._table(table, group[1] if group is not None and mine else iter(()),
                        vouches.get(table, []))
            if mine:
                group = next(by_table, None)

    def _table(self, table: str, entries: Iterable[tuple[object, ...]],
               vouches: list[_Vouch]) -> None:
        columns = logged_columns(self.conn, table)
        existing = set(self._all_columns(table))
        # The current rows' content in the log's columns, and in each vouch's if they differ.
        shapes: dict[tuple[str, ...], int] = {tuple(columns): 0}
        for v in vouches:
            shapes.setdefault(tuple(v.columns), len(shapes))
        exprs = [_json_object("", [c for c in cols if c in existing], "") for cols in shapes]
        current = self.conn.execute(
            f"SELECT rowid, {', '.join(exprs)} FROM {table} ORDER BY rowid")
        logged = ((int(str(k)), [_Entry(int(str(e[2])), str(e[3]), str(e[4]), str(e[5]),
                                        _text(e[6]), _text(e[7])) for e in rows])
                  for k, rows in groupby(entries, key=lambda e: e[1]))
        for row_id, now_json, entry_list in _merge(current, logged):
            self._row(table, row_id, now_json, entry_list, vouches, shapes)
        for v in vouches:
            self._close_vouch(table, v)

    def _all_columns(self, table: str) -> list[str]:
        return [str(r[1]) for r in self.conn.execute(f'PRAGMA table_info("{table}")')]

    def _row(self, table: str, row_id: int, now: tuple[str, ...] | None,
             entries: list[_Entry], vouches: list[_Vouch],
             shapes: dict[tuple[str, ...], int]) -> None:
        current = now[0] if now is not None else None
        label = _label(table, row_id, current or (entries[-1].after or entries[-1].before
                                                  if entries else None))
        # The row as each vouch saw it.
        for v in vouches:
            seen = self._state_at(v, entries, now, shapes)
            if seen is not None:
                v.seen.setdefault(block_of(row_id), []).append(row_line(row_id, seen))
        first_vouch = vouches[0].id if vouches else None
        status = _ABSENT
        if first_vouch is not None and (not entries or entries[0].id > first_vouch):
            status = _VOUCHED
        state: str | None = None
        previous: _Entry | None = None
        for e in entries:
            if e.op == INSERT:
                if status == _PRESENT:
                    self.report.add("outside_log", f"{label}: logged as inserted while it"
                                    " existed (its deletion was never logged)", e.id, e.at)
                state, status = e.after, _PRESENT
            else:
                if status == _ABSENT:
                    self.report.add("outside_log", f"{label}: its {e.op} was logged but"
                                    " its insertion never was", e.id, e.at)
                elif status == _DELETED:
                    self.report.add("outside_log", f"{label}: logged as changed after its"
                                    " deletion", e.id, e.at)
                elif status == _PRESENT and not same_state(state, e.before):
                    since = f" after audit row {previous.id}" if previous else ""
                    self.report.add("outside_log", f"{label} was changed outside the log"
                                    f"{since}: {_diff(state, e.before)}", e.id, e.at)
                state, status = (None, _DELETED) if e.op == DELETE else (e.after, _PRESENT)
            previous = e
        if status == _PRESENT and previous is not None:
            if current is None:
                self.report.add("row_missing", f"{label} was removed outside the log (last"
                                f" logged as {previous.op} by {previous.role})",
                                previous.id, previous.at)
            elif not same_state(state, current):
                self.report.add("row_differs", f"{label} differs from its last logged state"
                                f" ({previous.op} by {previous.role}): {_diff(state, current)}",
                                previous.id, previous.at)
        elif status == _DELETED and current is not None and previous is not None:
            self.report.add("outside_log", f"{label} exists again though its deletion was"
                            " logged", previous.id, previous.at)
        elif status == _ABSENT and current is not None:
            self.report.add("outside_log", f"{label} is not in the log: it was written"
                            " outside it")

    def _state_at(self, v: _Vouch, entries: list[_Entry], now: tuple[str, ...] | None,
                  shapes: dict[tuple[str, ...], int]) -> str | None:
        before = [e for e in entries if e.id < v.id]
        if before:
            last = before[-1]
            return None if last.op == DELETE else self._shaped(last.after, v.columns)
        after = [e for e in entries if e.id > v.id]
        if after:
            first = after[0]
            return None if first.op == INSERT else self._shaped(first.before, v.columns)
        return now[shapes[tuple(v.columns)]] if now is not None else None

    def _shaped(self, state: str | None, columns: list[str]) -> str | None:
        """A logged row's content in a vouch's columns, as SQLite would write it."""
        if state is None:
            return None
        keys = list(json.loads(state))
        if keys == columns:
            return state
        expr = ", ".join(f"'{c}', json_extract(?1, '$.\"{c}\"')" for c in columns)
        return str(self.conn.execute(f"SELECT json_object({expr})", [state]).fetchone()[0])

    def _close_vouch(self, table: str, v: _Vouch) -> None:
        what = "the bulk load" if v.op == BULK_LOAD else "the start of the audit"
        for block in sorted(set(v.blocks) | set(v.seen)):
            lines = v.seen.get(block, [])
            vouched = v.blocks.get(block)
            if vouched is not None and vouched == (len(lines), block_digest(lines)):
                continue
            first, last = block_range(block)
            count = f"{len(lines)} row(s) now, {vouched[0] if vouched else 0} vouched for"
            self.report.add("vouch_differs", f"{table} rows {first}–{last} are not what"
                            f" {what} vouched for ({count}): changed outside the log",
                            v.id, v.at)

    # -- incidents against their event log --------------------------------------------------
    def stages(self) -> None:
        for r in self.conn.execute(
                "SELECT i.id, i.number, i.stage, (SELECT e.stage FROM incident_events e"
                " WHERE e.incident_id = i.id AND e.kind = 'stage' ORDER BY e.id DESC LIMIT 1)"
                " FROM incidents i ORDER BY i.id"):
            if r[3] is None:
                self.report.add("stage", f"incident {r[1]} (id {r[0]}) has no stage in its"
                                " event log")
            elif r[2] != r[3]:
                self.report.add("stage", f"incident {r[1]} (id {r[0]}) is '{r[2]}' but its"
                                f" event log says '{r[3]}'")

    # -- anchors --------------------------------------------------------------------------
    def anchors(self, printed: Sequence[Anchor]) -> None:
        stored = [(f"{r[1]} {r[2]}", Anchor(int(r[3]), str(r[4])), str(r[5])) for r in
                  self.conn.execute("SELECT id, kind, ref_id, audit_id, hash, at"
                                    " FROM audit_anchors ORDER BY id")]
        given = [(f"printed anchor {a.audit_id}", a, None) for a in printed]
        for what, anchor, at in [*stored, *given]:
            row = self.conn.execute("SELECT hash FROM audit_log WHERE id = ?",
                                    [anchor.audit_id]).fetchone()
            if row is None:
                self.report.add("anchor", f"the anchor of {what} names audit row"
                                f" {anchor.audit_id}, which is not in the log", None, at)
            elif row[0] != anchor.hash:
                self.report.add("anchor", f"the anchor of {what} does not match audit row"
                                f" {anchor.audit_id}: the log before it was rewritten",
                                anchor.audit_id, at)


def _merge(current: Iterable[tuple[object, ...]],
           logged: Iterable[tuple[int, list[_Entry]]]
           ) -> Iterator[tuple[int, tuple[str, ...] | None, list[_Entry]]]:
    """Current rows and logged rows side by side, by row id."""
    cur_it, log_it = iter(current), iter(logged)
    cur = next(cur_it, None)
    log = next(log_it, None)
    while cur is not None or log is not None:
        cur_id = int(str(cur[0])) if cur is not None else None
        log_id = log[0] if log is not None else None
        if log_id is None or (cur_id is not None and cur_id < log_id):
            assert cur is not None and cur_id is not None
            yield cur_id, tuple(str(x) for x in cur[1:]), []
            cur = next(cur_it, None)
        elif cur_id is None or log_id < cur_id:
            assert log is not None
            yield log_id, None, log[1]
            log = next(log_it, None)
        else:
            assert cur is not None and log is not None
            yield cur_id, tuple(str(x) for x in cur[1:]), log[1]
            cur, log = next(cur_it, None), next(log_it, None)


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _rows(first: int, last: int) -> str:
    return f"audit row {first} was" if first == last else f"audit rows {first}–{last} were"


def _label(table: str, row_id: int, state: str | None) -> str:
    data: dict[str, object] = {}
    if state:
        with contextlib.suppress(ValueError):
            loaded = json.loads(state)
            data = loaded if isinstance(loaded, dict) else {}
    if table == "incidents" and data.get("number"):
        return f"incident {data['number']} (id {row_id})"
    if table == "calls":
        return f"call {row_id}"
    if table == "incident_events":
        return (f"incident_events row {row_id} ({data.get('kind', '?')} of incident id"
                f" {data.get('incident_id', '?')})")
    return f"{table} row {row_id}"


def _diff(logged: str | None, current: str | None) -> str:
    if logged is None or current is None:
        return "logged as absent" if logged is None else "now absent"
    old, new = json.loads(logged), json.loads(current)
    changed = [f"{k}: {old.get(k)!r} -> {new.get(k)!r}"
               for k in old if k in new and old[k] != new[k]]
    return "; ".join(changed) if changed else "content differs"


def verify(path: Path | str, printed: Sequence[Anchor] = ()) -> AuditReport:
    """Check a database's audit trail, read-only, in one snapshot of the file."""
    path = Path(path)
    report = AuditReport(path)
    if not path.is_file():
        raise FileNotFoundError(str(path))
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        conn.execute("BEGIN")
        has_log = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table'"
                               " AND name = 'audit_log'").fetchone()
        if not has_log:
            report.add("no_audit", "this database has no audit trail: open it with the"
                       " console once to bring it up to date")
            return report
        checks = _Verifier(conn, report)
        checks.chain()
        checks.triggers()
        checks.tables()
        checks.stages()
        checks.anchors(printed)
        conn.execute("COMMIT")
    finally:
        conn.close()
    return report
