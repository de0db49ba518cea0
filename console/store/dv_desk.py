"""The anti-DV desk's store (`store.dv`): taking new DV incidents, the intake's safety
answers, risk assessments, the case ledger, measures and follow-ups.

Everything here but `take` and `mark_dv` is a DV detail: read only by roles that may read
DV details (`Permission.READ_DV_DETAILS`); a refused read raises `NotPermitted`. Each
measure is also an entry of the incident's one timeline (`record_dv_measure`): which
measure and who, never its content, since seats that may not read DV details read the
timeline too; the entry also tells every seat's views that something changed.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from console.domain.access import NotPermitted, Permission, may, sees_dv_details
from console.domain.addresses import address_key
from console.domain.clock import day_bounds, from_stored, local_day, to_stored
from console.domain.dv.cases import CaseDetails, reassessment_due
from console.domain.dv.followup import KINDS as FOLLOWUP_KINDS
from console.domain.dv.followup import NOTE_LIMIT, next_due
from console.domain.dv.measures import (
    AGENCIES,
    DECISIONS,
    REFERRAL_STATUSES,
    OrderState,
    decision_due,
    latest_valid_until,
    order_alert,
    order_ends,
)
from console.domain.dv.risk import Assessment, Checklist, default_checklist
from console.domain.dv.safety import SafetyAnswers
from console.domain.dv.warnings import PARTIES, WarningDraft, flagged, warning_number
from console.domain.problems import Problem
from console.store.errors import InputRefused
from console.store.events import finish_item, record_dv_measure, record_event
from console.store.incidents import OPEN_STAGES_SQL
from console.store.service import Service

TAKE_KIND = "dv_take"  # console/domain/queue_kinds/dv_take.py
log = logging.getLogger("console.store")
_LATEST = ("(SELECT a.{col} FROM dv_assessments a WHERE a.incident_id = i.id"
           " ORDER BY a.id DESC LIMIT 1)")
_SAFETY = ("(SELECT s.{col} FROM dv_call_safety s JOIN calls c ON c.id = s.call_id"
           " WHERE c.incident_id = i.id ORDER BY s.call_id DESC LIMIT 1)")


@dataclass(frozen=True)
class DeskIncident:
    """An open DV incident as the desk's list shows it (every field a DV detail)."""

    incident_id: int
    number: str
    category_code: str
    address: str
    caller_number: str
    summary: str
    stage: str
    opened_at: datetime
    owner_name: str  # who took it; "" while it waits to be taken
    colour: str  # the latest assessment's tier; "" before any
    level: str
    score: int | None
    safe_to_talk: str  # the intake's answers; "" when not asked
    safe_number: str
    is_open: bool = True
    followup_due: datetime | None = None  # the next 查访 by the latest tier; None: none asked
    reassess: bool = False  # a call to its known case came after the case's latest assessment

    @property
    def taken(self) -> bool:
        return bool(self.owner_name)

    def followup_overdue(self, now: datetime) -> bool:
        return self.followup_due is not None and now > self.followup_due


@dataclass(frozen=True)
class AccessRecord:
    """One recorded read of DV case details, or a refused attempt."""

    id: int
    at: datetime
    operator: str  # the display name; "" for the system
    role: str
    incident_id: int | None  # None: a list (the desk's, the log itself)
    incident_number: str
    what: str
    allowed: bool
    source: str = "desk"  # "desk": the desk's own record; "audit": the audit trail's reads


@dataclass(frozen=True)
class DvWarning:
    """A written warning as issued (a DV detail)."""

    id: int
    incident_id: int
    incident_number: str
    number: str
    issued_at: datetime
    issued_by: str
    abuser_name: str
    victim_name: str
    relationship: str
    facts: str
    address: str
    committee: str
    served_abuser_at: str  # stored times; "" until done
    served_victim_at: str
    committee_notified_at: str


_WARNING_SELECT = (
    "SELECT w.id, w.incident_id, i.number, w.number, w.issued_at, o.display_name,"
    " w.abuser_name, w.victim_name, w.relationship, w.facts, w.address, w.committee,"
    " w.served_abuser_at, w.served_victim_at, w.committee_notified_at FROM dv_warnings w"
    " JOIN incidents i ON i.id = w.incident_id LEFT JOIN operators o ON o.id = w.issued_by")
_SERVED_COLUMN = {"abuser": "served_abuser_at", "victim": "served_victim_at",
                  "committee": "committee_notified_at"}


def _warning(r: sqlite3.Row) -> DvWarning:
    return DvWarning(int(r[0]), int(r[1]), str(r[2]), str(r[3]), from_stored(r[4]),
                     str(r[5] or ""), str(r[6]), str(r[7]), str(r[8]), str(r[9]), str(r[10]),
                     str(r[11]), str(r[12]), str(r[13]), str(r[14]))


@dataclass(frozen=True)
class DvOrder:
    """A protection order the desk helped to apply for (a DV detail)."""

    id: int
    incident_id: int
    incident_number: str
    applied_at: datetime
    urgent: bool
    court: str
    decision_due: datetime
    decision: str  # "" while awaited, "granted", "refused"
    decided_at: str
    valid_until: date | None
    ends_at: datetime | None  # the end of its last valid day (local)
    alert: str = ""  # what the desk must notice now (console.domain.dv.measures)


@dataclass(frozen=True)
class DvReferral:
    id: int
    incident_id: int
    agency: str
    referred_at: datetime
    status: str
    status_at: datetime


def open_orders_sql(alias: str) -> str:
    """The protection orders that may still ask something of the desk (SQL, on `dv_orders`
    as `alias`): awaiting a ruling, or granted and not replaced by a later application for
    the incident. One rule for the queue's `dv_order` items and the desk's list."""
    return (f"({alias}.decision = '' OR ({alias}.decision = 'granted' AND NOT EXISTS"
            f" (SELECT 1 FROM dv_orders n WHERE n.incident_id = {alias}.incident_id"
            f" AND n.id > {alias}.id)))")


_ORDER_SELECT = (
    "SELECT o.id, o.incident_id, i.number, o.applied_at, o.urgent, o.court, o.decision_due,"
    " o.decision, o.decided_at, o.valid_until FROM dv_orders o"
    " JOIN incidents i ON i.id = o.incident_id")


@dataclass(frozen=True)
class DvCase:
    """A household's ledger (a DV detail)."""

    id: int
    opened_at: datetime
    address: str
    details: CaseDetails
    incidents: tuple[tuple[int, str], ...]  # (id, number), oldest first


@dataclass(frozen=True)
class CaseMatch:
    """A known case a new incident may belong to, and why (the desk confirms)."""

    case_id: int
    address: str
    matched_on: tuple[str, ...]  # "number", "address", "name"


_CASE_COLUMNS = ("victim_name", "abuser_name", "relationship", "children_present", "injuries",
                 "weapons", "alcohol_drugs", "threats", "safe_contact")


def _case_values(details: CaseDetails) -> list[object]:
    return [details.victim_name.strip(), details.abuser_name.strip(), details.relationship,
            int(details.children_present), details.injuries.strip(), int(details.weapons),
            int(details.alcohol_drugs), details.threats.strip(), details.safe_contact.strip()]


@dataclass(frozen=True)
class StoredAssessment:
    id: int
    incident_id: int
    assessed_at: str
    assessed_by: str  # the operator's display name
    assessment: Assessment


def insert_safety(conn: sqlite3.Connection, call_id: int, answers: SafetyAnswers, at: str,
                  operator_id: int | None) -> None:
    """The intake's safety answers of a DV call, inside the call's own write."""
    conn.execute(
        "INSERT INTO dv_call_safety (call_id, safe_to_talk, safe_number, asked_at, asked_by)"
        " VALUES (?, ?, ?, ?, ?)",
        [call_id, answers.safe_to_talk, answers.safe_number, at, operator_id])


class DvService(Service):
    @property
    def checklist(self) -> Checklist:
        return default_checklist()

    # -- who reads DV case details -----------------------------------------------------------
    def _reading(self, incident_id: int | None, what: str) -> None:
        """Record a read of DV case details, or an attempt refused to a role that may not
        read them (then refuse it: `NotPermitted`). Written at once, before anything is
        shown: a read that cannot be recorded is not made. Like the audit's note of a read,
        it opens its own small transaction below `Store.write`: a read stays a read."""
        allowed = sees_dv_details(self.role)
        actor = self.actor.id if self.actor is not None else None
        with self._db.write() as conn:
            conn.execute(
                "INSERT INTO dv_access_log (at, operator_id, role, incident_id, what, allowed)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [self.now_text(), actor, self.role, incident_id, what, int(allowed)])
        if not allowed:
            raise NotPermitted(self.role, Permission.READ_DV_DETAILS)

    def access_log(self, since: date | None = None, until: date | None = None,
                   *, refused_only: bool = False) -> list[AccessRecord]:
        """Recorded reads of DV case details and refused attempts, newest first; days are
        the centre's. For the DV desk and supervisors (listing it is itself recorded)."""
        self._reading(None, "access_log")
        return self._access_rows(since, until, refused_only=refused_only)

    def reads(self, since: date | None = None, until: date | None = None) -> list[AccessRecord]:
        """Every recorded read of DV details in one list, oldest first: the desk's own record
        (its pages and lists, refused attempts too) and the audit trail's reads of DV
        incidents elsewhere (board, history, incident pages). The desk lead's page and
        `console110 audit-reads` both show this list. For the DV desk, supervisors and
        administrators; the desk's roles' listing is itself recorded."""
        if not sees_dv_details(self.role) and not may(self.role, Permission.MANAGE_OPERATORS):
            self._reading(None, "access_log")  # the refused attempt recorded, then refused
        audit = self.store.audit.audit_reads(since, until)
        desk = (self.access_log(since, until) if sees_dv_details(self.role)
                else self._access_rows(since, until))
        out = list(desk)
        for r in audit:
            try:
                at = from_stored(r.at)
            except ValueError:  # a row edited behind the console's back
                log.warning("audit read %s left out: no time", r.audit_id)
                continue
            out.append(AccessRecord(r.audit_id, at, r.operator, r.role, r.incident_id,
                                    r.incident_number, r.view, True, "audit"))
        return sorted(out, key=lambda a: (a.at, a.source, a.id))

    def _access_rows(self, since: date | None, until: date | None, *,
                     refused_only: bool = False) -> list[AccessRecord]:
        where, params = ["1 = 1"], []
        if since is not None:
            where.append("a.at >= ?")
            params.append(day_bounds(since, since, self.tz)[0])
        if until is not None:
            where.append("a.at < ?")
            params.append(day_bounds(until, until, self.tz)[1])
        if refused_only:
            where.append("a.allowed = 0")
        rows = self.conn.execute(
            "SELECT a.id, a.at, o.display_name, a.role, a.incident_id, i.number, a.what,"
            " a.allowed FROM dv_access_log a LEFT JOIN operators o ON o.id = a.operator_id"
            f" LEFT JOIN incidents i ON i.id = a.incident_id WHERE {' AND '.join(where)}"
            " ORDER BY a.id DESC", params).fetchall()
        return [AccessRecord(int(r[0]), from_stored(r[1]), str(r[2] or ""), str(r[3]),
                             None if r[4] is None else int(r[4]), str(r[5] or ""), str(r[6]),
                             bool(r[7])) for r in rows]

    # -- taking (签收) ------------------------------------------------------------------------
    def take(self, incident_id: int, operator_id: int | None) -> None:
        """The desk takes a new DV incident: the operator answers for it from now on."""
        self.require(Permission.WORK_DV_CASES, operator_id)
        if operator_id is None:
            raise InputRefused([Problem("operator", "missing")])
        with self.write() as conn:
            row = conn.execute(
                f"SELECT is_dv, stage IN ({OPEN_STAGES_SQL}) FROM incidents WHERE id = ?",
                [incident_id]).fetchone()
            if row is None:
                raise KeyError(incident_id)
            if not row[0] or not row[1]:
                raise InputRefused([Problem("incident", "not_open_dv")])
            now = self.now_text()
            added = conn.execute(
                "INSERT INTO incident_owners (incident_id, operator_id, assigned_at, assigned_by)"
                " VALUES (?, ?, ?, ?) ON CONFLICT (incident_id) DO NOTHING",
                [incident_id, operator_id, now, operator_id]).rowcount
            if added == 0:
                raise InputRefused([Problem("incident", "already_taken")])
            owner = conn.execute("SELECT display_name FROM operators WHERE id = ?",
                                 [operator_id]).fetchone()
            # The taker answers for the incident from now on: the event an owner gets.
            record_event(conn, incident_id, operator_id, "owner", at=now, owner_id=operator_id,
                         owner=str(owner[0]) if owner else "")
            conn.execute("UPDATE incidents SET updated_at = ? WHERE id = ?", [now, incident_id])
            finish_item(conn, f"{TAKE_KIND}:{incident_id}", operator_id, now,
                        incident_id=incident_id)

    def mark_dv(self, incident_id: int, operator_id: int | None) -> None:
        """An incident found to be domestic violence after intake: it and its calls get the
        DV flag (their details are hidden from then on), and it reaches the desk's queue.
        The timeline says who re-categorised it, and when."""
        self.require(Permission.WORK_INCIDENTS, operator_id)
        with self.write() as conn:
            found = conn.execute("SELECT is_dv FROM incidents WHERE id = ?",
                                 [incident_id]).fetchone()
            if found is None:
                raise KeyError(incident_id)
            if found[0]:
                return
            conn.execute("UPDATE incidents SET is_dv = 1 WHERE id = ?", [incident_id])
            conn.execute("UPDATE calls SET is_dv = 1 WHERE incident_id = ?", [incident_id])
            record_dv_measure(conn, incident_id, operator_id, "marked_dv",
                              at=to_stored(self.now()))

    # -- the desk's list -------------------------------------------------------------------
    def desk_incidents(self) -> list[DeskIncident]:
        """The desk's list, newest first: every open DV incident, and every other one whose
        follow-up (查访) is due within a day or overdue or whose protection order needs the
        desk (a ruling overdue, an order ending or just ended); with who took it, its latest
        tier, the intake's safety answers and the next follow-up. The read is logged."""
        self._reading(None, "desk_list")
        latest = ", ".join(_LATEST.format(col=c)
                           for c in ("colour", "level", "score", "assessed_at"))
        safety = ", ".join(_SAFETY.format(col=c) for c in ("safe_to_talk", "safe_number"))
        with self.reading() as conn:
            rows = conn.execute(
                "SELECT i.id, i.number, i.category_code, i.address, i.caller_number, i.summary,"
                f" i.stage, i.opened_at, op.display_name, {latest}, {safety},"
                f" i.stage IN ({OPEN_STAGES_SQL}),"
                " (SELECT MAX(v.visited_at) FROM dv_visits v WHERE v.incident_id = i.id)"
                " FROM incidents i LEFT JOIN incident_owners o ON o.incident_id = i.id"
                " LEFT JOIN operators op ON op.id = o.operator_id"
                f" WHERE i.is_dv <> 0 AND (i.stage IN ({OPEN_STAGES_SQL}) OR EXISTS"
                " (SELECT 1 FROM dv_assessments a WHERE a.incident_id = i.id) OR EXISTS"
                " (SELECT 1 FROM dv_orders d WHERE d.incident_id = i.id))"
                " ORDER BY i.opened_at DESC, i.id DESC").fetchall()
            ordered = self._alerting_orders(conn)
        soon = self.now() + timedelta(days=1)
        out: list[DeskIncident] = []
        for r in rows:
            try:
                due = None
                if r[12]:
                    due = next_due(self.checklist, str(r[9] or ""), from_stored(r[12]),
                                   from_stored(r[16]) if r[16] else None)
                if not r[15] and (due is None or due > soon) and int(r[0]) not in ordered:
                    continue
                out.append(DeskIncident(
                    int(r[0]), str(r[1]), str(r[2] or ""), str(r[3] or ""), str(r[4] or ""),
                    str(r[5] or ""), str(r[6]), from_stored(r[7]), str(r[8] or ""),
                    str(r[9] or ""), str(r[10] or ""), None if r[11] is None else int(r[11]),
                    str(r[13] or ""), str(r[14] or ""), bool(r[15]), due))
            except (ValueError, TypeError) as exc:  # a row edited behind the console's back
                log.warning("DV desk: incident %s left out: %s", r[0], exc)
        due_now = self._reassessments([d.incident_id for d in out])
        out = [replace(d, reassess=True) if d.incident_id in due_now else d for d in out]
        self.store.audit.note_dv_reads(((d.incident_id, True) for d in out), "dv_desk")
        return out

    def _reassessments(self, incident_ids: list[int]) -> set[int]:
        """The listed incidents whose household is a known case (linked, or matched by the
        caller's number or the address) called again after the case's latest assessment."""
        if not incident_ids:
            return set()
        marks = ", ".join("?" for _ in incident_ids)
        with self.reading() as conn:
            last_call = {int(r[0]): str(r[1]) for r in conn.execute(
                "SELECT incident_id, MAX(received_at) FROM calls"
                f" WHERE incident_id IN ({marks}) GROUP BY incident_id", incident_ids)}
            linked = {int(r[0]): int(r[1]) for r in conn.execute(
                "SELECT incident_id, case_id FROM dv_case_incidents"
                f" WHERE incident_id IN ({marks})", incident_ids)}
            cases: dict[int, set[int]] = {i: {c} for i, c in linked.items()}
            for sql in (  # not linked yet: the household's known cases by address, number
                    "SELECT i.id, k.id FROM incidents i JOIN dv_cases k"
                    " ON k.address_key = i.address_key AND k.address_key <> ''"
                    f" WHERE i.id IN ({marks})",
                    "SELECT DISTINCT c.incident_id, l.case_id FROM calls c JOIN calls o"
                    " ON o.number_key = c.number_key AND o.number_key <> ''"
                    " JOIN dv_case_incidents l ON l.incident_id = o.incident_id"
                    f" WHERE c.incident_id IN ({marks})"):
                for r in conn.execute(sql, incident_ids):
                    if int(r[0]) not in linked:
                        cases.setdefault(int(r[0]), set()).add(int(r[1]))
            if not cases:
                return set()
            case_ids = sorted({c for found in cases.values() for c in found})
            case_marks = ", ".join("?" for _ in case_ids)
            case_assessed = {int(r[0]): str(r[1]) for r in conn.execute(
                "SELECT l.case_id, MAX(a.assessed_at) FROM dv_assessments a"
                " JOIN dv_case_incidents l ON l.incident_id = a.incident_id"
                f" WHERE l.case_id IN ({case_marks}) GROUP BY l.case_id", case_ids)}
            own_assessed = {int(r[0]): str(r[1]) for r in conn.execute(
                "SELECT incident_id, MAX(assessed_at) FROM dv_assessments"
                f" WHERE incident_id IN ({marks}) GROUP BY incident_id", incident_ids)}
        due: set[int] = set()
        for incident_id, found in cases.items():
            assessed = [from_stored(case_assessed[c]) for c in found if c in case_assessed]
            if incident_id in own_assessed:
                assessed.append(from_stored(own_assessed[incident_id]))
            called = last_call.get(incident_id)
            if reassessment_due(from_stored(called) if called else None,
                                max(assessed, default=None)):
                due.add(incident_id)
        return due

    # -- the case ledger (一案一台账) ------------------------------------------------------------
    def open_case(self, incident_id: int, details: CaseDetails, *,
                  operator_id: int | None) -> int:
        """A new case for the household of a DV incident, the incident its first."""
        self.require(Permission.WORK_DV_CASES, operator_id)
        if details.problems():
            raise InputRefused(details.problems())
        with self.write() as conn:
            self._dv_incident(conn, incident_id)
            self._not_in_a_case(conn, incident_id)
            address = str(conn.execute("SELECT address FROM incidents WHERE id = ?",
                                       [incident_id]).fetchone()[0] or "")
            now = self.now_text()
            marks = ", ".join("?" for _ in _CASE_COLUMNS)
            cur = conn.execute(
                "INSERT INTO dv_cases (opened_at, opened_by, address, address_key,"
                f" {', '.join(_CASE_COLUMNS)}, updated_at) VALUES (?, ?, ?, ?, {marks}, ?)"
                " RETURNING id",
                [now, operator_id, address, address_key(address), *_case_values(details), now])
            case_id = int(cur.fetchone()[0])
            conn.execute("INSERT INTO dv_case_incidents (incident_id, case_id, linked_at,"
                         " linked_by) VALUES (?, ?, ?, ?)", [incident_id, case_id, now,
                                                             operator_id])
            record_dv_measure(conn, incident_id, operator_id, "case_opened", at=now)
        return case_id

    def link_case(self, incident_id: int, case_id: int, *, operator_id: int | None) -> None:
        """The desk confirms that a DV incident belongs to a known case."""
        self.require(Permission.WORK_DV_CASES, operator_id)
        with self.write() as conn:
            self._dv_incident(conn, incident_id)
            self._not_in_a_case(conn, incident_id)
            if conn.execute("SELECT 1 FROM dv_cases WHERE id = ?", [case_id]).fetchone() is None:
                raise InputRefused([Problem("case", "unknown_code")])
            now = self.now_text()
            conn.execute("INSERT INTO dv_case_incidents (incident_id, case_id, linked_at,"
                         " linked_by) VALUES (?, ?, ?, ?)", [incident_id, case_id, now,
                                                             operator_id])
            conn.execute("UPDATE dv_cases SET updated_at = ? WHERE id = ?", [now, case_id])
            record_dv_measure(conn, incident_id, operator_id, "case_linked", at=now)

    def update_case(self, case_id: int, details: CaseDetails, *,
                    operator_id: int | None) -> None:
        self.require(Permission.WORK_DV_CASES, operator_id)
        if details.problems():
            raise InputRefused(details.problems())
        with self.write() as conn:
            sets = ", ".join(f"{c} = ?" for c in _CASE_COLUMNS)
            changed = conn.execute(f"UPDATE dv_cases SET {sets}, updated_at = ? WHERE id = ?",
                                   [*_case_values(details), self.now_text(), case_id]).rowcount
            if not changed:
                raise KeyError(case_id)

    def case_of(self, incident_id: int) -> DvCase | None:
        """The case an incident belongs to (a DV detail), or None."""
        self._reading(incident_id, "case")
        row = self.conn.execute("SELECT case_id FROM dv_case_incidents WHERE incident_id = ?",
                                [incident_id]).fetchone()
        return self._case(int(row[0])) if row else None

    def _case(self, case_id: int) -> DvCase | None:
        row = self.conn.execute(
            f"SELECT id, opened_at, address, {', '.join(_CASE_COLUMNS)} FROM dv_cases"
            " WHERE id = ?", [case_id]).fetchone()
        if row is None:
            return None
        incidents = tuple((int(r[0]), str(r[1])) for r in self.conn.execute(
            "SELECT i.id, i.number FROM dv_case_incidents l JOIN incidents i"
            " ON i.id = l.incident_id WHERE l.case_id = ? ORDER BY i.opened_at, i.id",
            [case_id]))
        details = CaseDetails(str(row[3]), str(row[4]), str(row[5]), bool(row[6]),
                              str(row[7]), bool(row[8]), bool(row[9]), str(row[10]),
                              str(row[11]))
        return DvCase(int(row[0]), from_stored(row[1]), str(row[2]), details, incidents)

    def suggested_cases(self, incident_id: int) -> list[CaseMatch]:
        """Known cases this incident may belong to: the same caller's number, the same
        address, or a party's name among its callers' names; the desk confirms."""
        self._reading(incident_id, "case_matches")
        found: dict[int, list[str]] = {}
        queries = (
            ("number", "SELECT DISTINCT l.case_id FROM calls c JOIN calls o"
             " ON o.number_key = c.number_key AND o.number_key <> ''"
             " JOIN dv_case_incidents l ON l.incident_id = o.incident_id"
             " WHERE c.incident_id = ?"),
            ("address", "SELECT DISTINCT k.id FROM incidents i JOIN dv_cases k"
             " ON k.address_key = i.address_key AND k.address_key <> '' WHERE i.id = ?"),
            ("name", "SELECT DISTINCT k.id FROM calls c JOIN dv_cases k"
             " ON c.caller_name <> '' AND (k.victim_name = c.caller_name"
             " OR k.abuser_name = c.caller_name) WHERE c.incident_id = ?"),
        )
        for reason, sql in queries:
            for r in self.conn.execute(sql, [incident_id]):
                found.setdefault(int(r[0]), []).append(reason)
        out = []
        for case_id, reasons in sorted(found.items()):
            case = self._case(case_id)
            if case is not None and incident_id not in {i for i, _ in case.incidents}:
                out.append(CaseMatch(case_id, case.address, tuple(reasons)))
        return out

    @staticmethod
    def _not_in_a_case(conn: sqlite3.Connection, incident_id: int) -> None:
        if conn.execute("SELECT 1 FROM dv_case_incidents WHERE incident_id = ?",
                        [incident_id]).fetchone() is not None:
            raise InputRefused([Problem("case", "already_done")])

    # -- follow-up (查访) ----------------------------------------------------------------------
    def record_visit(self, incident_id: int, kind: str, note: str = "", *,
                     operator_id: int | None) -> None:
        """A follow-up visit or call made; the next is due by the tier (re-assess after it)."""
        self.require(Permission.WORK_DV_CASES, operator_id)
        problems = []
        if kind not in FOLLOWUP_KINDS:
            problems.append(Problem("kind", "unknown_code" if kind else "missing"))
        if len(note) > NOTE_LIMIT:
            problems.append(Problem("note", "too_long", NOTE_LIMIT))
        if problems:
            raise InputRefused(problems)
        with self.write() as conn:
            self._dv_incident(conn, incident_id)
            now = self.now_text()
            conn.execute("INSERT INTO dv_visits (incident_id, visited_at, visited_by, kind, note)"
                         " VALUES (?, ?, ?, ?, ?)", [incident_id, now, operator_id, kind,
                                                    note.strip()])
            record_dv_measure(conn, incident_id, operator_id, "followup", at=now)

    # -- written warnings (告诫书) -------------------------------------------------------------
    def issue_warning(self, incident_id: int, draft: WarningDraft, *,
                      operator_id: int | None) -> DvWarning:
        """A written warning about a DV incident, numbered in the year's sequence; served
        and notified later (`record_served`)."""
        self.require(Permission.WORK_DV_CASES, operator_id)
        problems = draft.problems()
        if problems:
            raise InputRefused(problems)
        with self.write() as conn:
            found = conn.execute("SELECT is_dv, address FROM incidents WHERE id = ?",
                                 [incident_id]).fetchone()
            if found is None:
                raise KeyError(incident_id)
            if not found[0]:
                raise InputRefused([Problem("incident", "not_dv")])
            now = self.now()
            year = now.astimezone(self.tz).year
            prefix = warning_number(self.reference.centre_code, year, 0)[:-4]
            seq = int(conn.execute("SELECT COUNT(*) FROM dv_warnings WHERE number LIKE ?",
                                   [prefix + "%"]).fetchone()[0]) + 1
            number = warning_number(self.reference.centre_code, year, seq)
            address = str(found[1] or "")
            at = self.now_text()
            cur = conn.execute(
                "INSERT INTO dv_warnings (incident_id, number, issued_at, issued_by,"
                " abuser_name, victim_name, relationship, facts, address, address_key,"
                " committee) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                [incident_id, number, at, operator_id, draft.abuser_name.strip(),
                 draft.victim_name.strip(), draft.relationship, draft.facts.strip(), address,
                 address_key(address), draft.committee.strip()])
            warning_id = int(cur.fetchone()[0])
            record_dv_measure(conn, incident_id, operator_id, "warning_issued", at=at)
        found_warning = self.warning(warning_id)
        assert found_warning is not None
        return found_warning

    def record_served(self, warning_id: int, party: str, *, operator_id: int | None) -> None:
        """The warning was served on the abuser or the victim, or sent to the committee."""
        self.require(Permission.WORK_DV_CASES, operator_id)
        if party not in PARTIES:
            raise InputRefused([Problem("party", "unknown_code")])
        column = _SERVED_COLUMN[party]
        with self.write() as conn:
            row = conn.execute(f"SELECT incident_id, {column} FROM dv_warnings WHERE id = ?",
                               [warning_id]).fetchone()
            if row is None:
                raise KeyError(warning_id)
            if row[1]:
                raise InputRefused([Problem("party", "already_done")])
            now = self.now_text()
            conn.execute(f"UPDATE dv_warnings SET {column} = ? WHERE id = ?", [now, warning_id])
            record_dv_measure(conn, int(row[0]), operator_id, "warning_served", at=now,
                            party=party)

    def warning(self, warning_id: int) -> DvWarning | None:
        found = self.conn.execute("SELECT incident_id FROM dv_warnings WHERE id = ?",
                                  [warning_id]).fetchone() if sees_dv_details(self.role) else None
        self._reading(int(found[0]) if found else None, "warning")
        row = self.conn.execute(f"{_WARNING_SELECT} WHERE w.id = ?", [warning_id]).fetchone()
        return _warning(row) if row else None

    def warnings(self, incident_id: int) -> list[DvWarning]:
        """The warnings issued about an incident, oldest first (a DV detail)."""
        self._reading(incident_id, "warnings")
        return [_warning(r) for r in self.conn.execute(
            f"{_WARNING_SELECT} WHERE w.incident_id = ? ORDER BY w.id", [incident_id])]

    def household_warned(self, address: str) -> bool:
        """Whether the household at this address has had two or more written warnings:
        a flag every seat sees (nothing else of the warnings)."""
        key = address_key(address)
        if not key:
            return False
        count = self.conn.execute(
            "SELECT COUNT(id) FROM dv_warnings WHERE address_key = ?", [key]).fetchone()[0]
        return flagged(int(count))

    # -- protection orders (人身安全保护令) and referrals ---------------------------------------
    def apply_order(self, incident_id: int, urgent: bool, court: str = "", *,
                    operator_id: int | None) -> DvOrder:
        """An application for a protection order, made with the desk's help: the court's
        ruling is due within 72 hours, 24 when urgent."""
        self.require(Permission.WORK_DV_CASES, operator_id)
        if len(court) > 100:
            raise InputRefused([Problem("court", "too_long", 100)])
        with self.write() as conn:
            self._dv_incident(conn, incident_id)
            now = self.now()
            cur = conn.execute(
                "INSERT INTO dv_orders (incident_id, applied_at, applied_by, urgent, court,"
                " decision_due) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
                [incident_id, to_stored(now), operator_id, int(urgent), court.strip(),
                 to_stored(decision_due(now, urgent))])
            order_id = int(cur.fetchone()[0])
            record_dv_measure(conn, incident_id, operator_id, "order_applied", at=to_stored(now))
        return self._order(order_id)

    def decide_order(self, order_id: int, decision: str, valid_until: date | None = None, *,
                     operator_id: int | None) -> DvOrder:
        """The court's ruling; a granted order runs to `valid_until` (at most six months)."""
        self.require(Permission.WORK_DV_CASES, operator_id)
        if decision not in DECISIONS:
            raise InputRefused([Problem("decision", "unknown_code" if decision else "missing")])
        today = local_day(self.now(), self.tz)
        if decision == "granted" and (valid_until is None or valid_until < today
                                      or valid_until > latest_valid_until(today)):
            raise InputRefused([Problem("valid_until",
                                        "missing" if valid_until is None else "out_of_range")])
        with self.write() as conn:
            row = conn.execute("SELECT incident_id, decision FROM dv_orders WHERE id = ?",
                               [order_id]).fetchone()
            if row is None:
                raise KeyError(order_id)
            if row[1]:
                raise InputRefused([Problem("decision", "already_done")])
            now = self.now_text()
            until = valid_until.isoformat() if decision == "granted" and valid_until else ""
            conn.execute("UPDATE dv_orders SET decision = ?, decided_at = ?, valid_until = ?"
                         " WHERE id = ?", [decision, now, until, order_id])
            record_dv_measure(conn, int(row[0]), operator_id, "order_decided", at=now)
            # The ruling ends the ruling's alert and what it rose to; an order granted for a
            # few days starts its expiry alert afresh at the desk.
            finish_item(conn, f"dv_order:{order_id}", operator_id, now,
                        incident_id=int(row[0]))
        return self._order(order_id)

    def _alerting_orders(self, conn: sqlite3.Connection) -> set[int]:
        """Incidents whose protection order needs the desk now, as the queue's `dv_order`
        items see them: awaiting a ruling, or granted and not replaced by a later
        application. A row that cannot be read is left out (and logged)."""
        found: set[int] = set()
        for r in conn.execute(f"{_ORDER_SELECT} WHERE {open_orders_sql('o')}"):
            try:
                order = self._order_of(r)
            except (ValueError, TypeError) as exc:
                log.warning("DV desk: order %s left out: %s", r[0], exc)
                continue
            if order.alert:
                found.add(order.incident_id)
        return found

    def orders(self, incident_id: int) -> list[DvOrder]:
        self._reading(incident_id, "orders")
        return [self._order_of(r) for r in self.conn.execute(
            f"{_ORDER_SELECT} WHERE o.incident_id = ? ORDER BY o.id", [incident_id])]

    def order_alerts(self) -> list[DvOrder]:
        """Orders the desk must act on now: a ruling overdue, an order ending within the
        notice period or just ended. Read for the desk's alert strip."""
        self._reading(None, "order_alerts")
        found = [self._order_of(r) for r in self.conn.execute(
            f"{_ORDER_SELECT} WHERE o.decision = '' OR o.decision = 'granted' ORDER BY o.id")]
        return [o for o in found if o.alert]

    def _order(self, order_id: int) -> DvOrder:
        row = self.conn.execute(f"{_ORDER_SELECT} WHERE o.id = ?", [order_id]).fetchone()
        return self._order_of(row)

    def _order_of(self, r: sqlite3.Row) -> DvOrder:
        until = date.fromisoformat(str(r[9])) if r[9] else None
        ends = order_ends(until, self.tz) if until is not None else None
        state = OrderState(str(r[7]), from_stored(r[6]), ends)
        return DvOrder(int(r[0]), int(r[1]), str(r[2]), from_stored(r[3]), bool(r[4]),
                       str(r[5]), from_stored(r[6]), str(r[7]), str(r[8]), until, ends,
                       order_alert(state, self.now()))

    def refer(self, incident_id: int, agency: str, *, operator_id: int | None) -> DvReferral:
        """A referral to the women's federation, a shelter, medical care or legal aid."""
        self.require(Permission.WORK_DV_CASES, operator_id)
        if agency not in AGENCIES:
            raise InputRefused([Problem("agency", "unknown_code" if agency else "missing")])
        with self.write() as conn:
            self._dv_incident(conn, incident_id)
            now = self.now_text()
            cur = conn.execute(
                "INSERT INTO dv_referrals (incident_id, agency, referred_at, referred_by, status,"
                " status_at) VALUES (?, ?, ?, ?, 'referred', ?) RETURNING id",
                [incident_id, agency, now, operator_id, now])
            referral_id = int(cur.fetchone()[0])
            record_dv_measure(conn, incident_id, operator_id, "referral_made", at=now)
        return DvReferral(referral_id, incident_id, agency, from_stored(now), "referred",
                          from_stored(now))

    def referral_status(self, referral_id: int, status: str, *,
                        operator_id: int | None) -> None:
        self.require(Permission.WORK_DV_CASES, operator_id)
        if status not in REFERRAL_STATUSES:
            raise InputRefused([Problem("status", "unknown_code" if status else "missing")])
        with self.write() as conn:
            row = conn.execute("SELECT incident_id FROM dv_referrals WHERE id = ?",
                               [referral_id]).fetchone()
            if row is None:
                raise KeyError(referral_id)
            now = self.now_text()
            conn.execute("UPDATE dv_referrals SET status = ?, status_at = ? WHERE id = ?",
                         [status, now, referral_id])
            record_dv_measure(conn, int(row[0]), operator_id, "referral_status", at=now)

    def referrals(self, incident_id: int) -> list[DvReferral]:
        self._reading(incident_id, "referrals")
        return [DvReferral(int(r[0]), int(r[1]), str(r[2]), from_stored(r[3]), str(r[4]),
                           from_stored(r[5])) for r in self.conn.execute(
            "SELECT id, incident_id, agency, referred_at, status, status_at FROM dv_referrals"
            " WHERE incident_id = ? ORDER BY id", [incident_id])]

    @staticmethod
    def _dv_incident(conn: sqlite3.Connection, incident_id: int) -> None:
        found = conn.execute("SELECT is_dv FROM incidents WHERE id = ?",
                             [incident_id]).fetchone()
        if found is None:
            raise KeyError(incident_id)
        if not found[0]:
            raise InputRefused([Problem("incident", "not_dv")])

    def incidents_since(self, since: datetime) -> list[tuple[int, datetime, bool, bool]]:
        """DV incidents opened since a moment, oldest first: (id, its latest event's time,
        open, taken)."""
        self.require(Permission.WORK_DV_CASES)
        rows = self.conn.execute(
            "SELECT i.id, (SELECT MAX(e.at) FROM incident_events e WHERE e.incident_id = i.id),"
            f" i.stage IN ({OPEN_STAGES_SQL}),"
            " EXISTS (SELECT 1 FROM incident_owners o WHERE o.incident_id = i.id)"
            " FROM incidents i WHERE i.is_dv <> 0 AND i.opened_at >= ? ORDER BY i.opened_at",
            [to_stored(since)]).fetchall()
        return [(int(r[0]), from_stored(r[1]), bool(r[2]), bool(r[3])) for r in rows]

    # -- the intake's safety answers -------------------------------------------------------
    def safety(self, call_id: int) -> SafetyAnswers | None:
        """What the caller said: safe to talk, safe number (a DV detail)."""
        found = self.conn.execute("SELECT incident_id FROM calls WHERE id = ?",
                                  [call_id]).fetchone()
        self._reading(int(found[0]) if found and found[0] is not None else None, "safety")
        row = self.conn.execute(
            "SELECT safe_to_talk, safe_number FROM dv_call_safety WHERE call_id = ?",
            [call_id]).fetchone()
        return SafetyAnswers(str(row[0]), str(row[1])) if row else None

    def incident_safety(self, incident_id: int) -> SafetyAnswers | None:
        """The answers of the incident's latest call that has them."""
        self._reading(incident_id, "safety")
        row = self.conn.execute(
            "SELECT s.safe_to_talk, s.safe_number FROM dv_call_safety s"
            " JOIN calls c ON c.id = s.call_id WHERE c.incident_id = ?"
            " ORDER BY s.call_id DESC LIMIT 1", [incident_id]).fetchone()
        return SafetyAnswers(str(row[0]), str(row[1])) if row else None

    # -- risk assessment ---------------------------------------------------------------------
    def assess(self, incident_id: int, answers: Iterable[str], judgement: str = "",
               reason: str = "", *, operator_id: int | None) -> Assessment:
        """A (re-)assessment of a DV incident's risk from the checklist; kept with the
        earlier ones (append-only), the newest in force."""
        self.require(Permission.WORK_DV_CASES, operator_id)
        yes = list(answers)
        problems = self.checklist.check(yes, judgement, reason)
        if problems:
            raise InputRefused(problems)
        result = self.checklist.assess(yes, judgement, reason)
        with self.write() as conn:
            found = conn.execute("SELECT is_dv FROM incidents WHERE id = ?",
                                 [incident_id]).fetchone()
            if found is None:
                raise KeyError(incident_id)
            if not found[0]:
                raise InputRefused([Problem("incident", "not_dv")])
            now = self.now_text()
            conn.execute(
                "INSERT INTO dv_assessments (incident_id, assessed_at, assessed_by, answers,"
                " score, level, colour, raised, reason, checklist)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [incident_id, now, operator_id, " ".join(result.answers), result.score,
                 result.level, result.colour, result.raised, result.reason, result.checklist])
            record_dv_measure(conn, incident_id, operator_id, "assessed", at=now)
        return result

    def assessments(self, incident_id: int) -> list[StoredAssessment]:
        """Every assessment of an incident, newest first (a DV detail)."""
        self._reading(incident_id, "assessments")
        rows = self.conn.execute(
            "SELECT a.id, a.incident_id, a.assessed_at, o.display_name, a.answers, a.score,"
            " a.level, a.colour, a.raised, a.reason, a.checklist FROM dv_assessments a"
            " LEFT JOIN operators o ON o.id = a.assessed_by WHERE a.incident_id = ?"
            " ORDER BY a.id DESC", [incident_id]).fetchall()
        return [StoredAssessment(
            int(r[0]), int(r[1]), str(r[2]), str(r[3] or ""),
            Assessment(tuple(str(r[4]).split()), int(r[5]), str(r[6]), str(r[7]), str(r[8]),
                       str(r[9]), str(r[10]))) for r in rows]
