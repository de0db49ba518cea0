"""Queues (待办): every item derived in one place, auto-escalation, clear-to-zero, handover.

Items are read from incidents, pushes, callbacks, escalations and calls — never
kept in step by hand. Each kind of item declares its derivation, action and form
once (`console.domain.queue_kinds`); here is the SQL of the facts they derive from,
one read per source (`_FACT_READS`), and `finish_queue_item`, which runs a kind's
action. What the derivation cannot read elsewhere lives in the
tables of `0004_queues.sql`: the levels overdue items reached, what was done
about a call, who owns an open incident, the handover remarks.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from console.domain.audit import Anchor
from console.domain.clock import from_stored, local_day, to_stored
from console.domain.problems import Problem
from console.domain.queue_kinds import (
    CALL_SOURCES,
    CALLBACKS,
    CALLS,
    ESCALATIONS,
    INCIDENTS,
    PUSHES,
    Context,
    by_source,
    queue_kind,
)
from console.domain.queues import (
    LEVEL_CODES,
    DayStatus,
    Kind,
    OpenIncident,
    QueueItem,
    QueueRules,
    day_statuses,
    level_from_code,
    load_queue_rules,
)
from console.domain.reference import Reference
from console.paths import db_dir
from console.store.audit import HANDOVER, anchor_of, record_anchor
from console.store.callbacks import CallbacksMixin
from console.store.enterprise_push import EnterprisePushMixin
from console.store.errors import InputRefused
from console.store.incidents import OPEN_STAGES_SQL

if TYPE_CHECKING:
    from console.store.store import Store

TEXT_LIMIT = 500

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


@dataclass(frozen=True)
class Handover:
    desk: str
    shift_start: datetime
    shift_end: datetime
    items: list[QueueItem]
    remarks: str
    remarks_by: str
    anchor: Anchor | None = None  # the audit chain's head when the remarks were saved


def _marks(ids: Iterable[int]) -> tuple[str, list[int]]:
    values = sorted({int(i) for i in ids})
    return ", ".join("?" for _ in values), values


def _check_text(field: str, text: str, *, required: bool) -> str:
    from console.store.incidents import check_text

    check_text(field, text, TEXT_LIMIT)
    if required and not text.strip():
        raise InputRefused([Problem(field, "missing")])
    return text.strip()


class QueuesMixin(CallbacksMixin, EnterprisePushMixin):
    """Queues, with the enterprise pushes and callbacks whose items they derive."""

    # -- rules ----------------------------------------------------------------------------
    @property
    def queue_rules(self: Store) -> QueueRules:
        return rules_for(self.reference)

    # -- derivation -----------------------------------------------------------------------
    def queue_items(self: Store, *, incident_ids: Iterable[int] | None = None,
                    call_ids: Iterable[int] | None = None) -> list[QueueItem]:
        """Every open item, or (when ids are given) only those of these incidents and calls."""
        return self._derive(self.conn, incident_ids, call_ids)

    def _derive(self: Store, conn: sqlite3.Connection, incident_ids: Iterable[int] | None,
                call_ids: Iterable[int] | None) -> list[QueueItem]:
        """Each kind's derivation over the rows of its source, each source read once."""
        scoped = incident_ids is not None or call_ids is not None
        inc = None if not scoped else sorted({int(i) for i in incident_ids or []})
        calls = None if not scoped else sorted({int(i) for i in call_ids or []})
        groups, areas = self._facts()
        ctx = Context(self.queue_rules, self.now(), self._recorded_levels(conn), groups, areas)
        items: list[QueueItem] = []
        for source, kinds in by_source().items():
            ids = calls if source in CALL_SOURCES else inc
            if ids is not None and not ids:
                continue
            derives = [kind.derive for kind in kinds]
            for row in _FACT_READS[source](self, conn, ids):
                for derive in derives:
                    item = derive(row, ctx)
                    if item is not None:
                        items.append(item)
        return items

    def _recorded_levels(self: Store, conn: sqlite3.Connection) -> dict[str, int]:
        return {r[0]: int(r[1]) for r in conn.execute(
            "SELECT item_key, MAX(level_no) FROM queue_escalations"
            " INDEXED BY queue_escalations_open WHERE resolved_at IS NULL GROUP BY item_key")}

    def _facts(self: Store) -> tuple[dict[str, str], dict[str, str]]:
        groups = {c.code: c.tally_group for c in self.reference.taxonomy.categories}
        areas = {j.code: j.area_type for j in self.reference.jurisdictions}
        return groups, areas

    # The facts each source of `console.domain.queue_kinds` stands for: one read each.
    def _incident_facts(self: Store, conn: sqlite3.Connection,
                        ids: list[int] | None) -> list[sqlite3.Row]:
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

    def _joined(self: Store, conn: sqlite3.Connection, select: str, source: str,
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

    def _push_facts(self: Store, conn: sqlite3.Connection,
                    ids: list[int] | None) -> list[sqlite3.Row]:
        return self._joined(
            conn, "p.id, p.incident_id, p.role, p.person, p.pushed_at",
            "enterprise_pushes p INDEXED BY enterprise_pushes_pending"
            " JOIN incidents i ON i.id = p.incident_id", "p.acked_at IS NULL", ids)

    def _callback_facts(self: Store, conn: sqlite3.Connection,
                        ids: list[int] | None) -> list[sqlite3.Row]:
        return self._joined(
            conn, "cb.id, cb.incident_id, cb.due_at, i.closed_at",
            "callbacks cb INDEXED BY callbacks_pending JOIN incidents i ON i.id = cb.incident_id",
            "cb.done_at IS NULL", ids)

    def _escalation_facts(self: Store, conn: sqlite3.Connection,
                          ids: list[int] | None) -> list[sqlite3.Row]:
        return self._joined(
            conn, "e.id, e.incident_id, e.level, e.reason, e.raised_at",
            "escalations e INDEXED BY escalations_open JOIN incidents i ON i.id = e.incident_id",
            "e.resolved_at IS NULL AND NOT EXISTS (SELECT 1 FROM queue_escalations q"
            " WHERE q.escalation_id = e.id)", ids)

    def _call_facts(self: Store, conn: sqlite3.Connection,
                    ids: list[int] | None) -> list[sqlite3.Row]:
        since = to_stored(self.now() - self.queue_rules.call_lookback)
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
            " c.category_code, c.caller_number, i.number,"
            " (SELECT group_concat(f.action, ' ') FROM call_followups f"
            "   WHERE f.call_id = c.id) AS done"
            " FROM calls c LEFT JOIN incidents i ON i.id = c.incident_id"
            f" WHERE {condition} AND (c.incomplete <> '' OR c.disposition = 'silent')",
            values).fetchall()

    # -- escalation -----------------------------------------------------------------------
    def escalate_due(self: Store, now: datetime | None = None) -> list[str]:
        """Move every overdue item up the levels it has reached; safe to run any number of
        times from any seat. Returns the keys of the items escalated."""
        rules = self.queue_rules
        escalated: list[str] = []
        if not self._anything_to_escalate(now or self.now()):
            return escalated  # every seat runs this often: no write lock when nothing is due
        with self.write() as conn:
            moment = now or self.now()
            at = to_stored(moment)
            items = self._derive(conn, None, None)
            for item in items:
                target = rules.target_level(item.due, moment, item.base_level)
                for level_no in range(int(item.level) + 1, int(target) + 1):
                    self._record_level(conn, item, level_no, at)
                if target > item.level:
                    escalated.append(item.key)
            self._resolve_stale(conn, {i.key for i in items}, at)
        return escalated

    def escalation_due(self: Store, now: datetime | None = None) -> bool:
        """Whether a pass would write anything (a read: no lock is taken)."""
        return self._anything_to_escalate(now or self.now())

    def _anything_to_escalate(self: Store, moment: datetime) -> bool:
        """A read-only look: an item due a higher level, or an escalation whose item ended."""
        rules = self.queue_rules
        items = self._derive(self.conn, None, None)
        if any(rules.target_level(i.due, moment, i.base_level) > i.level for i in items):
            return True
        live = {i.key for i in items}
        return any(r[0] not in live for r in self.conn.execute(
            "SELECT item_key FROM queue_escalations INDEXED BY queue_escalations_open"
            " WHERE resolved_at IS NULL"))

    def _record_level(self: Store, conn: sqlite3.Connection, item: QueueItem, level_no: int,
                      at: str) -> None:
        level = LEVEL_CODES[level_no]
        escalation_id = None
        if item.incident_id is not None and item.call_id is None:
            escalation_id = self._raise_escalation(
                conn, item.incident_id, level, f"overdue_{item.kind}", None, at,
                item=item.key, auto=True, due=to_stored(item.due))
        conn.execute(
            "INSERT INTO queue_escalations (item_key, kind, incident_id, call_id, escalation_id,"
            " level, level_no, raised_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [item.key, str(item.kind), item.incident_id, item.call_id, escalation_id, level,
             level_no, at])

    def _raise_escalation(self: Store, conn: sqlite3.Connection, incident_id: int, level: str,
                          reason: str, operator_id: int | None, at: str,
                          **detail: object) -> int:
        cur = conn.execute(
            "INSERT INTO escalations (incident_id, level, reason, raised_at, raised_by)"
            " VALUES (?, ?, ?, ?, ?)", [incident_id, level, reason, at, operator_id])
        escalation_id = int(cur.lastrowid or 0)
        self._event(conn, incident_id, operator_id, "escalate", at=at, level=level,
                    reason=reason, escalation_id=escalation_id, **detail)
        conn.execute("UPDATE incidents SET updated_at = ? WHERE id = ?", [at, incident_id])
        return escalation_id

    def _finish_item(self: Store, conn: sqlite3.Connection, key: str, operator_id: int | None,
                     at: str, *, incident_id: int | None = None,
                     resolution: str = "done") -> None:
        """An item's action is done: its recorded levels and escalations are resolved."""
        rows = conn.execute(
            "SELECT id, escalation_id FROM queue_escalations INDEXED BY queue_escalations_open"
            " WHERE item_key = ? AND resolved_at IS NULL", [key]).fetchall()
        for row in rows:
            conn.execute("UPDATE queue_escalations SET resolved_at = ? WHERE id = ?",
                         [at, row[0]])
            if row[1] is not None:
                conn.execute(
                    "UPDATE escalations SET resolved_at = ?, resolved_by = ?, resolution = ?"
                    " WHERE id = ? AND resolved_at IS NULL",
                    [at, operator_id, resolution, row[1]])
        if rows and incident_id is not None:
            self._event(conn, incident_id, operator_id, "escalation_resolved", at=at,
                        item=key, resolution=resolution)

    def _resolve_stale(self: Store, conn: sqlite3.Connection, live: set[str], at: str) -> None:
        """Escalations of items that ended elsewhere (an incident dispatched on the board)."""
        stale = {(r[0], r[1]) for r in conn.execute(
            "SELECT item_key, incident_id FROM queue_escalations"
            " INDEXED BY queue_escalations_open WHERE resolved_at IS NULL")
            if r[0] not in live}
        for key, incident_id in sorted(stale, key=lambda s: s[0]):
            self._finish_item(conn, key, None, at, incident_id=incident_id,
                              resolution="item_ended")

    # -- actions --------------------------------------------------------------------------
    def resolve_escalation(self: Store, escalation_id: int, resolution: str,
                           operator_id: int | None) -> None:
        text = _check_text("resolution", resolution, required=True)
        with self.write() as conn:
            row = conn.execute("SELECT incident_id, resolved_at FROM escalations WHERE id = ?",
                               [escalation_id]).fetchone()
            if row is None:
                raise KeyError(escalation_id)
            if row[1]:
                raise InputRefused([Problem("escalation", "already_done")])
            now = self.now_text()
            incident_id = int(row[0])
            conn.execute(
                "UPDATE escalations SET resolved_at = ?, resolved_by = ?, resolution = ?"
                " WHERE id = ?", [now, operator_id, text, escalation_id])
            self._event(conn, incident_id, operator_id, "escalation_resolved", at=now,
                        escalation_id=escalation_id, resolution=text)
            self._finish_item(conn, f"escalation:{escalation_id}", operator_id, now,
                              incident_id=incident_id, resolution=text)
            conn.execute("UPDATE incidents SET updated_at = ? WHERE id = ?", [now, incident_id])

    def complete_call(self: Store, call_id: int, remarks: str, operator_id: int | None) -> None:
        """The call-taker completed an incomplete call (what was missing is in the remarks)."""
        self._call_followup(call_id, Kind.INCOMPLETE_CALL, "", remarks, operator_id,
                            required=True)

    def record_call_back(self: Store, call_id: int, outcome: str, remarks: str,
                         operator_id: int | None) -> None:
        """A silent or dropped call was called back; outcome 'reached' or 'not_reached'."""
        if outcome not in ("reached", "not_reached"):
            raise InputRefused([Problem("outcome", "unknown_code" if outcome else "missing")])
        self._call_followup(call_id, Kind.SILENT_CALLBACK, outcome, remarks, operator_id)

    def _call_followup(self: Store, call_id: int, kind: str, outcome: str, remarks: str,
                       operator_id: int | None, *, required: bool = False) -> None:
        """A call's item was done: the follow-up its kind declares is recorded."""
        text = _check_text("remarks", remarks, required=required)
        action = queue_kind(kind).call_followup
        with self.write() as conn:
            row = conn.execute("SELECT incident_id FROM calls WHERE id = ?", [call_id]).fetchone()
            if row is None:
                raise KeyError(call_id)
            now = self.now_text()
            try:
                conn.execute(
                    "INSERT INTO call_followups (call_id, action, done_at, done_by, outcome,"
                    " remarks) VALUES (?, ?, ?, ?, ?, ?)",
                    [call_id, action, now, operator_id, outcome, text])
            except sqlite3.IntegrityError as exc:
                raise InputRefused([Problem("call", "already_done")]) from exc
            incident_id = row[0]
            if incident_id is not None:
                self._event(conn, int(incident_id), operator_id, f"call_{action}", at=now,
                            call_id=call_id, outcome=outcome, remarks=text)
            self._finish_item(conn, f"{kind}:{call_id}", operator_id, now,
                              incident_id=incident_id)

    def finish_queue_item(self: Store, kind: str, ref_id: int, values: Mapping[str, str],
                          operator_id: int | None) -> object:
        """Do what finishes an item of this kind: its declared action, given the values of
        its form (`console.domain.queue_kinds`), in one transaction."""
        declared = queue_kind(kind)
        if declared.form.on_board:
            raise ValueError(f"{kind} items are finished on the board")
        if set(values) != set(declared.form.inputs()):
            raise ValueError(f"{kind} takes {declared.form.inputs()}, not {sorted(values)}")
        with self.write():
            return getattr(self, declared.action)(ref_id, **values, operator_id=operator_id)

    def queue_mark(self: Store) -> tuple[int, int]:
        """Where the call-item change feed stands (see `queue_calls_since`)."""
        row = self.conn.execute(
            "SELECT (SELECT COALESCE(MAX(id), 0) FROM call_followups),"
            " (SELECT COALESCE(MAX(id), 0) FROM queue_escalations)").fetchone()
        return int(row[0]), int(row[1])

    def queue_calls_since(self: Store, mark: tuple[int, int]) -> tuple[tuple[int, int],
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
    def assign_owner(self: Store, incident_id: int, owner_id: int,
                     operator_id: int | None) -> None:
        """Make an operator answerable for an open incident (清零 review)."""
        owner = self.operator(owner_id)
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
            self._event(conn, incident_id, operator_id, "owner", at=now, owner_id=owner_id,
                        owner=owner.display_name)
            conn.execute("UPDATE incidents SET updated_at = ? WHERE id = ?", [now, incident_id])

    def annotate(self: Store, incident_id: int, text: str, operator_id: int | None) -> None:
        """A review remark, kept in the incident's event log as a note."""
        clean = _check_text("note", text, required=True)
        with self.write() as conn:
            now = self.now_text()
            self._event(conn, incident_id, operator_id, "note", at=now, text=clean,
                        review="clear_to_zero")
            conn.execute("UPDATE incidents SET updated_at = ? WHERE id = ?", [now, incident_id])

    def escalate_incident(self: Store, incident_id: int, reason: str, operator_id: int | None,
                          level: str = "leadership") -> int:
        """Escalate an open incident by hand (to the bureau leadership by default)."""
        clean = _check_text("reason", reason, required=True)
        if level not in LEVEL_CODES[1:]:
            raise InputRefused([Problem("level", "unknown_code")])
        with self.write() as conn:
            if conn.execute("SELECT 1 FROM incidents WHERE id = ?", [incident_id]).fetchone() \
                    is None:
                raise KeyError(incident_id)
            return self._raise_escalation(conn, incident_id, level, clean, operator_id,
                                          self.now_text(), manual=True)

    def clear_review(self: Store, now: datetime | None = None) -> ClearReview:
        """Every incident of an earlier day still open, why, and who owns it."""
        moment = now or self.now()
        today = local_day(moment, self.tz)
        day_text = today.isoformat()
        conn = self.conn
        reasons: dict[int, list[str]] = {}

        def add(ids: Iterable[int], reason: str) -> None:
            for iid in ids:
                reasons.setdefault(int(iid), []).append(reason)

        add((r[0] for r in conn.execute(
            f"SELECT id FROM incidents INDEXED BY incidents_open WHERE stage IN ({OPEN_STAGES_SQL})"
            " AND day < ?", [day_text])), "stage")
        add((r[0] for r in conn.execute(
            "SELECT DISTINCT cb.incident_id FROM callbacks cb INDEXED BY callbacks_pending"
            " JOIN incidents i ON i.id = cb.incident_id WHERE cb.done_at IS NULL AND i.day < ?",
            [day_text])), "callback")
        pushes = {int(r[0]): int(r[1]) for r in conn.execute(
            "SELECT p.incident_id, count(*) FROM enterprise_pushes p"
            " INDEXED BY enterprise_pushes_pending JOIN incidents i ON i.id = p.incident_id"
            " WHERE p.acked_at IS NULL AND i.day < ? GROUP BY p.incident_id", [day_text])}
        add(pushes, "push")
        escalated: dict[int, int] = {}
        for r in conn.execute(
            "SELECT e.incident_id, e.level FROM escalations e INDEXED BY escalations_open"
            " JOIN incidents i ON i.id = e.incident_id WHERE e.resolved_at IS NULL"
            " AND i.day < ?", [day_text]):
            iid = int(r[0])
            escalated[iid] = max(escalated.get(iid, 0), int(level_from_code(r[1])))
        add(escalated, "escalation")
        open_list = self._open_incidents(conn, reasons, pushes, escalated)
        first = today - timedelta(days=self.queue_rules.review_days)
        totals = {date.fromisoformat(r[0]): int(r[1]) for r in conn.execute(
            "SELECT day, count(*) FROM incidents WHERE day >= ? AND day < ? GROUP BY day",
            [first.isoformat(), day_text])}
        for item in open_list:
            if item.day not in totals:
                totals[item.day] = int(conn.execute(
                    "SELECT count(*) FROM incidents WHERE day = ?",
                    [item.day.isoformat()]).fetchone()[0])
        window = [first + timedelta(days=n) for n in range(self.queue_rules.review_days)]
        open_list.sort(key=lambda o: (o.day, o.opened_at))
        return ClearReview(today, open_list, day_statuses(window, totals, open_list))

    def _open_incidents(self: Store, conn: sqlite3.Connection, reasons: dict[int, list[str]],
                        pushes: dict[int, int], escalated: dict[int, int]) -> list[OpenIncident]:
        if not reasons:
            return []
        rules = self.queue_rules
        out = []
        ids = sorted(reasons)
        for start in range(0, len(ids), 500):
            marks, values = _marks(ids[start:start + 500])
            for r in conn.execute(
                "SELECT i.id, i.number, i.day, i.category_code, i.priority, i.stage,"
                " i.opened_at, i.is_dv, i.is_enterprise, o.operator_id, op.display_name"
                " FROM incidents i LEFT JOIN incident_owners o ON o.incident_id = i.id"
                " LEFT JOIN operators op ON op.id = o.operator_id"
                f" WHERE i.id IN ({marks})", values,
            ):
                iid = int(r[0])
                level = escalated.get(iid)
                out.append(OpenIncident(
                    iid, r[1], date.fromisoformat(r[2]), r[3], int(r[4]), r[5],
                    from_stored(r[6]),
                    rules.desk(Kind.FOLLOW_UP, is_dv=bool(r[7]), is_enterprise=bool(r[8])),
                    tuple(reasons[iid]), r[9], r[10] or "", pushes.get(iid, 0),
                    LEVEL_CODES[level] if level is not None else ""))
        return out

    # -- shift handover -------------------------------------------------------------------
    def handover(self: Store, desk: str, now: datetime | None = None) -> Handover:
        """What a desk hands to the next shift: its open items and the saved remarks."""
        moment = now or self.now()
        start, end = self.queue_rules.shift_bounds(moment, self.tz)
        items = sorted((i for i in self.queue_items() if i.in_queue(desk)),
                       key=lambda i: i.sort_key(moment))
        row = self.conn.execute(
            "SELECT h.remarks, op.display_name, h.id FROM handover_notes h"
            " LEFT JOIN operators op ON op.id = h.operator_id"
            " WHERE h.desk = ? AND h.shift_start = ?", [desk, to_stored(start)]).fetchone()
        return Handover(desk, start, end, items, row[0] if row else "",
                        (row[1] or "") if row else "",
                        anchor_of(self.conn, HANDOVER, int(row[2])) if row else None)

    def save_handover_remarks(self: Store, desk: str, shift_start: datetime, remarks: str,
                              operator_id: int | None) -> None:
        from console.store.incidents import check_text

        check_text("remarks", remarks, 4000)
        with self.write() as conn:
            now = self.now_text()
            conn.execute(
                "INSERT INTO handover_notes (desk, shift_start, operator_id, remarks, saved_at)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (desk, shift_start) DO UPDATE SET"
                " operator_id = excluded.operator_id, remarks = excluded.remarks,"
                " saved_at = excluded.saved_at",
                [desk, to_stored(shift_start), operator_id, remarks.rstrip(), now])
            note_id = conn.execute(
                "SELECT id FROM handover_notes WHERE desk = ? AND shift_start = ?",
                [desk, to_stored(shift_start)]).fetchone()[0]
            record_anchor(conn, HANDOVER, int(note_id))


# The read behind each source of facts a kind can be derived from (the SQL stays here).
FactRead = Callable[["Store", sqlite3.Connection, "list[int] | None"], list[sqlite3.Row]]
_FACT_READS: dict[str, FactRead] = {
    INCIDENTS: QueuesMixin._incident_facts,
    PUSHES: QueuesMixin._push_facts,
    CALLBACKS: QueuesMixin._callback_facts,
    ESCALATIONS: QueuesMixin._escalation_facts,
    CALLS: QueuesMixin._call_facts,
}
