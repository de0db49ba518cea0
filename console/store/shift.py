"""The shift's end: clear-to-zero review (警情清零) and the handover.

An incident whose row cannot be read (a day or an opening time that does not parse)
is left out of the review, logged, and listed in the review's `skipped`; the handover
lists what the queues left out (`console.store.queues`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import date, datetime, timedelta

from console.domain.access import Permission
from console.domain.clock import from_stored, local_day, to_stored
from console.domain.events import OVERDUE_PREFIX
from console.domain.problems import Problem
from console.domain.queues import (
    LEVEL_CODES,
    Kind,
    OpenIncident,
    day_statuses,
    level_from_code,
)
from console.domain.time_window import time_problem
from console.store.audit import HANDOVER, anchor_of, record_anchor
from console.store.errors import InputRefused
from console.store.incidents import OPEN_STAGES_SQL
from console.store.queues import (
    UNREADABLE,
    ClearReview,
    Handover,
    _marks,
    confidential_kinds,
)
from console.store.records import SkippedRow, skipped_row
from console.store.service import Service


class ShiftService(Service):
    def clear_review(self, now: datetime | None = None) -> ClearReview:
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
        # A DV case's missed follow-up or order alert is the case's work, weeks after its
        # incident was cleared: it rises in the queues, not in the incident's day.
        case_work = [f"{OVERDUE_PREFIX}{code}" for code in sorted(confidential_kinds())]
        marks = ", ".join("?" for _ in case_work) or "''"
        for r in conn.execute(
            "SELECT e.incident_id, e.level FROM escalations e INDEXED BY escalations_open"
            " JOIN incidents i ON i.id = e.incident_id WHERE e.resolved_at IS NULL"
            f" AND i.day < ? AND e.reason NOT IN ({marks})", [day_text, *case_work]):
            iid = int(r[0])
            escalated[iid] = max(escalated.get(iid, 0), int(level_from_code(r[1])))
        add(escalated, "escalation")
        skipped: list[SkippedRow] = []
        open_list = self._open_incidents(conn, reasons, pushes, escalated, skipped)
        first = today - timedelta(days=self.store.queues.queue_rules.review_days)
        totals: dict[date, int] = {}
        for r in conn.execute(
                "SELECT day, count(*) FROM incidents WHERE day >= ? AND day < ? GROUP BY day",
                [first.isoformat(), day_text]):
            try:
                totals[date.fromisoformat(r[0])] = int(r[1])
            except UNREADABLE:  # a malformed day between two real ones: no day of the window
                continue
        for item in open_list:
            if item.day not in totals:
                totals[item.day] = int(conn.execute(
                    "SELECT count(*) FROM incidents WHERE day = ?",
                    [item.day.isoformat()]).fetchone()[0])
        review_days = self.store.queues.queue_rules.review_days
        window = [first + timedelta(days=n) for n in range(review_days)]
        open_list.sort(key=lambda o: (o.day, o.opened_at))
        return ClearReview(today, open_list, day_statuses(window, totals, open_list),
                           tuple(skipped))

    def _open_incidents(self, conn: sqlite3.Connection, reasons: dict[int, list[str]],
                        pushes: dict[int, int], escalated: dict[int, int],
                        skipped: list[SkippedRow]) -> list[OpenIncident]:
        if not reasons:
            return []
        rules = self.store.queues.queue_rules
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
                try:
                    out.append(OpenIncident(
                        iid, r[1], date.fromisoformat(r[2]), r[3], int(r[4]), r[5],
                        from_stored(r[6]),
                        rules.desk(Kind.FOLLOW_UP, is_dv=bool(r[7]), is_enterprise=bool(r[8])),
                        tuple(reasons[iid]), r[9], r[10] or "", pushes.get(iid, 0),
                        LEVEL_CODES[level] if level is not None else ""))
                except UNREADABLE as exc:
                    skipped.append(skipped_row("incidents", r, exc, incident_key="id"))
        return out

    # -- shift handover -------------------------------------------------------------------
    def handover(self, desk: str, now: datetime | None = None) -> Handover:
        """What a desk hands to the next shift: its open items and the saved remarks."""
        moment = now or self.now()
        start, end = self.store.queues.queue_rules.shift_bounds(moment, self.tz)
        items = sorted((i for i in self.store.queues.queue_items() if i.in_queue(desk)),
                       key=lambda i: i.sort_key(moment))
        skipped = self.store.queues.last_skipped
        row = self.conn.execute(
            "SELECT h.remarks, op.display_name, h.id FROM handover_notes h"
            " LEFT JOIN operators op ON op.id = h.operator_id"
            " WHERE h.desk = ? AND h.shift_start = ?", [desk, to_stored(start)]).fetchone()
        return Handover(desk, start, end, items, row[0] if row else "",
                        (row[1] or "") if row else "",
                        anchor_of(self.conn, HANDOVER, int(row[2])) if row else None,
                        skipped)

    def save_handover_remarks(self, desk: str, shift_start: datetime, remarks: str,
                              operator_id: int | None) -> None:
        self.require(Permission.HANDOVER, operator_id)
        from console.store.incidents import check_text

        check_text("remarks", remarks, 4000)
        refused = time_problem(shift_start, now=self.now(), tz=self.tz)
        if refused:  # a shift from before 1990 or from the future is no shift of this desk
            raise InputRefused([Problem("shift_start", refused)])
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
