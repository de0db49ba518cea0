"""Queues (待办): every item derived in one place, auto-escalation, clear-to-zero, handover.

Items are read from incidents, pushes, callbacks, escalations, calls and the DV
desk's follow-ups and protection orders — never kept in step by hand. Each kind of
item declares its derivation, action and form once (`console.domain.queue_kinds`);
here is the SQL of the facts they derive from, one read per source (`_FACT_READS`),
and `finish_queue_item`, which runs a kind's action. What the derivation cannot read
elsewhere lives in the tables of `0004_queues.sql`: the levels overdue items reached, what was done
about a call, who owns an open incident, the handover remarks.

No one stored row may break a view for every seat: a row a derivation cannot read
(a time that does not parse, a NULL where a time belongs) is left out, logged as a
warning, and listed in `QueuesService.last_skipped` (and in a review's or handover's
`skipped`), so the UI can say that some rows could not be shown.
"""

from __future__ import annotations

import gc
import logging
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import TYPE_CHECKING

from console.domain.access import Permission, sees_dv_details
from console.domain.audit import Anchor
from console.domain.clock import to_stored
from console.domain.problems import Problem
from console.domain.queue_kinds import (
    CALL_SOURCES,
    CALLBACKS,
    CALLS,
    DV_FOLLOWUPS,
    DV_ORDERS,
    ESCALATIONS,
    INCIDENTS,
    PUSHES,
    Context,
    by_source,
    queue_kind,
)
from console.domain.queue_kinds import kinds as queue_kinds
from console.domain.queues import (
    DayStatus,
    Kind,
    OpenIncident,
    QueueItem,
    QueueRules,
    load_queue_rules,
)
from console.domain.reference import Reference
from console.paths import db_dir
from console.store.dialect import dialect_of
from console.store.dv_desk import open_orders_sql
from console.store.errors import InputRefused
from console.store.events import finish_item, record_event
from console.store.incidents import OPEN_STAGES_SQL
from console.store.records import SkippedRow, skipped_row
from console.store.service import Service

if TYPE_CHECKING:
    pass

TEXT_LIMIT = 500
# What reading a damaged row raises: a time or day that does not parse, a NULL or a
# wrong type where a value belongs.
UNREADABLE = (ValueError, TypeError, OverflowError, KeyError, IndexError)
log = logging.getLogger("console.store")



_RULES: dict[int, tuple[Reference, QueueRules]] = {}


def rules_for(reference: Reference) -> QueueRules:
    """`db/reference/queue_rules.toml` over this reference's deadlines (read once)."""
    cached = _RULES.get(id(reference))
    if cached is None or cached[0] is not reference:
        rules = load_queue_rules(db_dir() / "reference" / "queue_rules.toml",
                                 reference.deadlines)
        cached = _RULES[id(reference)] = (reference, rules)
    return cached[1]


@dataclass(frozen=True)
class ClearReview:
    """警情清零: what earlier days still have open, and which days are cleared."""

    today: date
    incidents: list[OpenIncident]
    days: list[DayStatus]
    skipped: tuple[SkippedRow, ...] = ()  # rows that could not be read: left out


@dataclass(frozen=True)
class Handover:
    desk: str
    shift_start: datetime
    shift_end: datetime
    items: list[QueueItem]
    remarks: str
    remarks_by: str
    anchor: Anchor | None = None  # the audit chain's head when the remarks were saved
    skipped: tuple[SkippedRow, ...] = ()  # rows that could not be read: left out


def _marks(ids: Iterable[int]) -> tuple[str, list[int]]:
    values = sorted({int(i) for i in ids})
    return ", ".join("?" for _ in values), values


def _check_text(field: str, text: str, *, required: bool) -> str:
    from console.store.incidents import check_text

    check_text(field, text, TEXT_LIMIT)
    if required and not text.strip():
        raise InputRefused([Problem(field, "missing")])
    return text.strip()


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector held off while a whole desk's items are made.

    Ten thousand items are some hundred thousand new objects, none in a cycle: left on, the
    collector walks them again and again as they pile up, which is most of the build's
    slowest runs (a desk queue's p99). A collector already off is left off."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


class QueuesService(Service):
    last_skipped: tuple[SkippedRow, ...] = ()  # what the last derivation left out

    # -- rules ----------------------------------------------------------------------------
    @property
    def queue_rules(self) -> QueueRules:
        return rules_for(self.reference)

    # -- derivation -----------------------------------------------------------------------
    def queue_items(self, *, incident_ids: Iterable[int] | None = None,
                    call_ids: Iterable[int] | None = None,
                    sources: Iterable[str] | None = None) -> list[QueueItem]:
        """Every open item, or (when ids are given) only those of these incidents and calls,
        or (`sources`) only the items derived from these sources of facts.

        A row that cannot be read is left out and listed in `last_skipped`. A DV item's
        detail (an escalation's reason, a silent call's number) is blanked for a role that
        may not read DV details, as every record the store returns is; the items of a DV
        case's own record (its follow-ups and orders: `QueueKind.confidential`) are not
        given to such a role at all."""
        with _collector_paused():
            items = self.derive(self.conn, incident_ids, call_ids, sources)
        if sees_dv_details(self.role):
            return items
        hidden = confidential_kinds()
        return [i._replace(detail="") if i.is_dv and i.detail else i for i in items
                if i.kind not in hidden]

    def derive(self, conn: sqlite3.Connection, incident_ids: Iterable[int] | None,
               call_ids: Iterable[int] | None,
               sources: Iterable[str] | None = None) -> list[QueueItem]:
        """Each kind's derivation over the rows of its source, each source read once (only
        `sources`, when given)."""
        wanted = None if sources is None else frozenset(sources)
        scoped = incident_ids is not None or call_ids is not None
        inc = None if not scoped else sorted({int(i) for i in incident_ids or []})
        calls = None if not scoped else sorted({int(i) for i in call_ids or []})
        groups, areas = self._facts()
        ctx = Context(self.queue_rules, self.now(), self._recorded_levels(conn), groups, areas,
                      self.tz)
        items: list[QueueItem] = []
        skipped: list[SkippedRow] = []
        for source, kinds in by_source().items():
            ids = calls if source in CALL_SOURCES else inc
            if (ids is not None and not ids) or (wanted is not None and source not in wanted):
                continue
            derives = [kind.derive for kind in kinds]
            id_key = "incident_id" if source == INCIDENTS else "id"
            call_key = "id" if source in CALL_SOURCES else None
            for row in _FACT_READS[source](self, conn, ids):
                try:
                    found = [derive(row, ctx) for derive in derives]
                except UNREADABLE as exc:
                    skipped.append(skipped_row(source, row, exc, id_key=id_key,
                                               call_key=call_key))
                    continue
                items.extend(item for item in found if item is not None)
        self.last_skipped = tuple(skipped)
        return items

    def _recorded_levels(self, conn: sqlite3.Connection) -> dict[str, int]:
        return {r[0]: int(r[1]) for r in conn.execute(
            "SELECT item_key, MAX(level_no) FROM queue_escalations"
            " INDEXED BY queue_escalations_open WHERE resolved_at IS NULL GROUP BY item_key")}

    def _facts(self) -> tuple[dict[str, str], dict[str, str]]:
        groups = {c.code: c.tally_group for c in self.reference.taxonomy.categories}
        areas = {j.code: j.area_type for j in self.reference.jurisdictions}
        return groups, areas

    # The facts each source of `console.domain.queue_kinds` stands for: one read each.
    def _incident_facts(self, conn: sqlite3.Connection,
                        ids: list[int] | None) -> list[sqlite3.Row]:
        values: Sequence[object]
        if ids is None:
            source, where, values = "incidents i INDEXED BY incidents_open", "", []
        else:
            marks, values = _marks(ids)
            source, where = "incidents i", f" AND i.id IN ({marks})"
        return conn.execute(
            "SELECT i.id AS incident_id, i.number, i.category_code, i.priority,"
            " i.jurisdiction_code, i.stage, i.opened_at, i.dispatched_at, i.arrived_at,"
            " i.is_dv, i.is_enterprise, i.stage_at,"
            " o.operator_id AS owner_id, op.display_name AS owner_name"
            f" FROM {source} LEFT JOIN incident_owners o ON o.incident_id = i.id"
            " LEFT JOIN operators op ON op.id = o.operator_id"
            f" WHERE i.stage IN ({OPEN_STAGES_SQL}){where}", values).fetchall()

    def _joined(self, conn: sqlite3.Connection, select: str, source: str,
                where: str, ids: list[int] | None) -> list[sqlite3.Row]:
        values: list[int] = []
        if ids is not None:
            marks, values = _marks(ids)
            where += f" AND i.id IN ({marks})"
        return conn.execute(
            f"SELECT {select}, i.number, i.priority, i.category_code, i.is_dv, i.is_enterprise,"
            " o.operator_id AS owner_id, op.display_name AS owner_name"
            f" FROM {source} LEFT JOIN incident_owners o ON o.incident_id = i.id"
            f" LEFT JOIN operators op ON op.id = o.operator_id WHERE {where}", values,
        ).fetchall()

    def _push_facts(self, conn: sqlite3.Connection,
                    ids: list[int] | None) -> list[sqlite3.Row]:
        return self._joined(
            conn, "p.id, p.incident_id, p.role, p.person, p.pushed_at",
            "enterprise_pushes p INDEXED BY enterprise_pushes_pending"
            " JOIN incidents i ON i.id = p.incident_id", "p.acked_at IS NULL", ids)

    def _callback_facts(self, conn: sqlite3.Connection,
                        ids: list[int] | None) -> list[sqlite3.Row]:
        return self._joined(
            conn, "cb.id, cb.incident_id, cb.due_at, i.closed_at",
            "callbacks cb INDEXED BY callbacks_pending JOIN incidents i ON i.id = cb.incident_id",
            "cb.done_at IS NULL", ids)

    def _escalation_facts(self, conn: sqlite3.Connection,
                          ids: list[int] | None) -> list[sqlite3.Row]:
        return self._joined(
            conn, "e.id, e.incident_id, e.level, e.reason, e.raised_at",
            "escalations e INDEXED BY escalations_open JOIN incidents i ON i.id = e.incident_id",
            "e.resolved_at IS NULL AND NOT EXISTS (SELECT 1 FROM queue_escalations q"
            " WHERE q.escalation_id = e.id)", ids)

    def _call_facts(self, conn: sqlite3.Connection,
                    ids: list[int] | None) -> list[sqlite3.Row]:
        since = to_stored(self.now() - self.queue_rules.call_lookback)
        values: Sequence[object]
        where, values = "", []
        if ids is not None:
            marks, values = _marks(ids)
            where = f" AND c.id IN ({marks})"
        rows = self._call_rows(conn, f"c.received_at >= ?{where}", [since, *values])
        # Past the look-back window a call still counts while its escalation is open:
        # an escalated silent call is never dropped unanswered.
        escalated = [int(r[0]) for r in conn.execute(
            "SELECT DISTINCT call_id FROM queue_escalations INDEXED BY queue_escalations_open"
            " WHERE resolved_at IS NULL AND call_id IS NOT NULL")
            if ids is None or r[0] in ids]
        if escalated:
            marks, old = _marks(escalated)
            rows += self._call_rows(conn, f"c.id IN ({marks}) AND c.received_at < ?",
                                    [*old, since])
        return rows

    @staticmethod
    def _call_rows(conn: sqlite3.Connection, condition: str,
                   values: list[object]) -> list[sqlite3.Row]:
        """Calls that may need a follow-up (silent or incomplete), with those made."""
        return conn.execute(
            "SELECT c.id, c.logged_at, c.disposition, c.incomplete, c.priority, c.incident_id,"
            " c.category_code, c.caller_number, i.number, c.is_dv,"
            f" (SELECT {dialect_of(conn).joined('f.action', ' ')} FROM call_followups f"
            "   WHERE f.call_id = c.id) AS done"
            " FROM calls c LEFT JOIN incidents i ON i.id = c.incident_id"
            f" WHERE {condition} AND (c.incomplete <> '' OR c.disposition = 'silent')",
            values).fetchall()

    def _dv_followup_facts(self, conn: sqlite3.Connection,
                           ids: list[int] | None) -> list[sqlite3.Row]:
        """DV incidents with a tier, open or closed: the latest assessment's colour and
        time, and the latest follow-up's time. Nothing a person said or wrote."""
        return self._joined(
            conn, "i.id, a.incident_id, a.colour, a.assessed_at,"
            " (SELECT MAX(v.visited_at) FROM dv_visits v WHERE v.incident_id = i.id)"
            " AS visited_at",
            "dv_assessments a JOIN incidents i ON i.id = a.incident_id",
            "i.is_dv <> 0 AND a.id = (SELECT MAX(b.id) FROM dv_assessments b"
            " WHERE b.incident_id = a.incident_id)", ids)

    def _dv_order_facts(self, conn: sqlite3.Connection,
                        ids: list[int] | None) -> list[sqlite3.Row]:
        """Protection orders awaiting a ruling, and granted ones no later application for
        the incident replaced: the decision, its due time, the last valid day."""
        return self._joined(
            conn, "d.id, d.incident_id, d.decision, d.decision_due, d.decided_at,"
            " d.valid_until",
            "dv_orders d JOIN incidents i ON i.id = d.incident_id",
            f"i.is_dv <> 0 AND {open_orders_sql('d')}", ids)

    def complete_call(self, call_id: int, remarks: str, operator_id: int | None) -> None:
        """The call-taker completed an incomplete call (what was missing is in the remarks)."""
        self.require(Permission.LOG_CALLS, operator_id)
        self._call_followup(call_id, Kind.INCOMPLETE_CALL, "", remarks, operator_id,
                            required=True)

    def record_call_back(self, call_id: int, outcome: str, remarks: str,
                         operator_id: int | None) -> None:
        """A silent or dropped call was called back; outcome 'reached' or 'not_reached'."""
        self.require(Permission.LOG_CALLS, operator_id)
        if outcome not in ("reached", "not_reached"):
            raise InputRefused([Problem("outcome", "unknown_code" if outcome else "missing")])
        self._call_followup(call_id, Kind.SILENT_CALLBACK, outcome, remarks, operator_id)

    def _call_followup(self, call_id: int, kind: str, outcome: str, remarks: str,
                       operator_id: int | None, *, required: bool = False) -> None:
        """A call's item was done: the follow-up its kind declares is recorded."""
        text = _check_text("remarks", remarks, required=required)
        action = queue_kind(kind).call_followup
        with self.write() as conn:
            row = conn.execute("SELECT incident_id FROM calls WHERE id = ?", [call_id]).fetchone()
            if row is None:
                raise KeyError(call_id)
            now = self.now_text()
            added = conn.execute(
                "INSERT INTO call_followups (call_id, action, done_at, done_by, outcome,"
                " remarks) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (call_id, action) DO NOTHING",
                [call_id, action, now, operator_id, outcome, text]).rowcount
            if added == 0:
                raise InputRefused([Problem("call", "already_done")])
            incident_id = row[0]
            if incident_id is not None:
                record_event(conn, int(incident_id), operator_id, f"call_{action}", at=now,
                             call_id=call_id, outcome=outcome, remarks=text)
            finish_item(conn, f"{kind}:{call_id}", operator_id, now,
                        incident_id=incident_id)

    def record_dv_followup(self, incident_id: int, kind: str, note: str,
                           operator_id: int | None) -> None:
        """A DV follow-up item done from the queue: the visit or call recorded by the DV
        desk (`dv.record_visit`, which checks the role and the values), the item's
        escalations resolved by whoever made it, and the incident marked changed so
        every seat's queue follows, in one transaction."""
        self.require(Permission.WORK_DV_CASES, operator_id)
        with self.write() as conn:
            self.store.dv.record_visit(incident_id, kind, note, operator_id=operator_id)
            now = self.now_text()
            finish_item(conn, f"dv_followup:{incident_id}", operator_id, now,
                        incident_id=incident_id)
            conn.execute("UPDATE incidents SET updated_at = ? WHERE id = ?", [now, incident_id])

    def finish_queue_item(self, kind: str, ref_id: int, values: Mapping[str, str],
                          operator_id: int | None) -> object:
        """Do what finishes an item of this kind: its declared action, given the values of
        its form (`console.domain.queue_kinds`), in one transaction."""
        declared = queue_kind(kind)
        if declared.form.on_board:
            raise ValueError(f"{kind} items are finished on the board")
        if set(values) != set(declared.form.inputs()):
            raise ValueError(f"{kind} takes {declared.form.inputs()}, not {sorted(values)}")
        service, method = declared.action.split(".")
        with self.write():
            return getattr(getattr(self.store, service), method)(
                ref_id, **values, operator_id=operator_id)

    def queue_mark(self) -> tuple[int, int]:
        """Where the call-item change feed stands (see `queue_calls_since`)."""
        row = self.conn.execute(
            "SELECT (SELECT COALESCE(MAX(id), 0) FROM call_followups),"
            " (SELECT COALESCE(MAX(id), 0) FROM queue_escalations)").fetchone()
        return int(row[0]), int(row[1])

    def queue_calls_since(self, mark: tuple[int, int]) -> tuple[tuple[int, int],
                                                                list[int]]:
        """Calls whose items another seat finished or escalated since `mark`.

        Incident items travel on the event log (ChangeWatcher); call-only items
        have no incident, so their changes are read here.
        """
        new = self.queue_mark()
        if new == mark:
            return mark, []
        ids = {int(r[0]) for r in self.conn.execute(
            "SELECT call_id FROM call_followups WHERE id > ?", [mark[0]])}
        ids |= {int(r[0]) for r in self.conn.execute(
            "SELECT call_id FROM queue_escalations WHERE id > ? AND call_id IS NOT NULL",
            [mark[1]])}
        return new, sorted(ids)

    # -- the clear-to-zero review ---------------------------------------------------------
    def assign_owner(self, incident_id: int, owner_id: int,
                     operator_id: int | None) -> None:
        """Make an operator answerable for an open incident (清零 review)."""
        self.require(Permission.ASSIGN_OWNERS, operator_id)
        owner = self.store.accounts.operator(owner_id)
        if owner is None:
            raise InputRefused([Problem("owner", "unknown_code")])
        with self.write() as conn:
            now = self.now_text()
            conn.execute(
                "INSERT INTO incident_owners (incident_id, operator_id, assigned_at, assigned_by)"
                " VALUES (?, ?, ?, ?) ON CONFLICT (incident_id) DO UPDATE SET"
                " operator_id = excluded.operator_id, assigned_at = excluded.assigned_at,"
                " assigned_by = excluded.assigned_by",
                [incident_id, owner_id, now, operator_id])
            record_event(conn, incident_id, operator_id, "owner", at=now, owner_id=owner_id,
                         owner=owner.display_name)
            conn.execute("UPDATE incidents SET updated_at = ? WHERE id = ?", [now, incident_id])

    def annotate(self, incident_id: int, text: str, operator_id: int | None) -> None:
        """A review remark, kept in the incident's event log as a note."""
        self.require(Permission.WORK_INCIDENTS, operator_id)
        clean = _check_text("note", text, required=True)
        with self.write() as conn:
            now = self.now_text()
            record_event(conn, incident_id, operator_id, "note", at=now, text=clean,
                         review="clear_to_zero")
            conn.execute("UPDATE incidents SET updated_at = ? WHERE id = ?", [now, incident_id])


# The read behind each source of facts a kind can be derived from (the SQL stays here).
FactRead = Callable[["QueuesService", sqlite3.Connection, "list[int] | None"], list[sqlite3.Row]]
_FACT_READS: dict[str, FactRead] = {
    INCIDENTS: QueuesService._incident_facts,
    PUSHES: QueuesService._push_facts,
    CALLBACKS: QueuesService._callback_facts,
    ESCALATIONS: QueuesService._escalation_facts,
    CALLS: QueuesService._call_facts,
    DV_FOLLOWUPS: QueuesService._dv_followup_facts,
    DV_ORDERS: QueuesService._dv_order_facts,
}


@cache
def confidential_kinds() -> frozenset[str]:
    """The kinds whose items are a DV case's own record (`QueueKind.confidential`)."""
    return frozenset(k.code for k in queue_kinds() if k.confidential)
