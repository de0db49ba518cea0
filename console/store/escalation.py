"""Auto-escalation of overdue queue items: levels recorded once, raised, resolved.

An item whose row cannot be read (see `console.store.queues`) is left out of the pass,
and its open escalations are left as they are: not escalated further, not resolved as
ended (the item may well still be open).
"""

from __future__ import annotations

import sqlite3
from datetime import datetime

from console.domain.access import Permission
from console.domain.clock import to_stored
from console.domain.problems import Problem
from console.domain.queues import (
    LEVEL_CODES,
    QueueItem,
)
from console.store.errors import InputRefused
from console.store.events import finish_item, raise_escalation, record_event
from console.store.queues import _check_text
from console.store.service import Service


class EscalationService(Service):
    # -- escalation -----------------------------------------------------------------------
    def escalate_due(self, now: datetime | None = None) -> list[str]:
        """Move every overdue item up the levels it has reached; safe to run any number of
        times from any seat. Returns the keys of the items escalated."""
        self.require(Permission.RUN_ESCALATION)
        rules = self.store.queues.queue_rules
        escalated: list[str] = []
        if not self._anything_to_escalate(now or self.now()):
            return escalated  # every seat runs this often: no write lock when nothing is due
        with self.write() as conn:
            moment = now or self.now()
            at = to_stored(moment)
            items = self.store.queues.derive(conn, None, None)
            for item in items:
                target = rules.target_level(item.due, moment, item.base_level, item.kind)
                for level_no in range(int(item.level) + 1, int(target) + 1):
                    self._record_level(conn, item, level_no, at)
                if target > item.level:
                    escalated.append(item.key)
            self._resolve_stale(conn, {i.key for i in items}, at)
        return escalated

    def _unreadable(self) -> tuple[set[int], set[int]]:
        """Incidents and calls whose rows the last derivation could not read."""
        skipped = self.store.queues.last_skipped
        return ({s.incident_id for s in skipped if s.incident_id is not None},
                {s.call_id for s in skipped if s.call_id is not None})

    def _open_levels(self, conn: sqlite3.Connection,
                     live: set[str]) -> list[tuple[str, int | None]]:
        """Open escalations whose item is no longer derived, but not those whose row
        could not be read."""
        incidents, calls = self._unreadable()
        return [(r[0], r[1]) for r in conn.execute(
            "SELECT item_key, incident_id, call_id FROM queue_escalations"
            " INDEXED BY queue_escalations_open WHERE resolved_at IS NULL")
            if r[0] not in live and r[1] not in incidents and r[2] not in calls]

    def escalation_due(self, now: datetime | None = None) -> bool:
        """Whether a pass would write anything (a read: no lock is taken)."""
        return self._anything_to_escalate(now or self.now())

    def _anything_to_escalate(self, moment: datetime) -> bool:
        """A read-only look: an item due a higher level, or an escalation whose item ended."""
        rules = self.store.queues.queue_rules
        items = self.store.queues.derive(self.conn, None, None)
        if any(rules.target_level(i.due, moment, i.base_level, i.kind) > i.level for i in items):
            return True
        return bool(self._open_levels(self.conn, {i.key for i in items}))

    def _record_level(self, conn: sqlite3.Connection, item: QueueItem, level_no: int,
                      at: str) -> None:
        level = LEVEL_CODES[level_no]
        escalation_id = None
        if item.incident_id is not None and item.call_id is None:
            escalation_id = raise_escalation(
                conn, item.incident_id, level, f"overdue_{item.kind}", None, at,
                item=item.key, auto=True, due=to_stored(item.due))
        conn.execute(
            "INSERT INTO queue_escalations (item_key, kind, incident_id, call_id, escalation_id,"
            " level, level_no, raised_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [item.key, str(item.kind), item.incident_id, item.call_id, escalation_id, level,
             level_no, at])

    def _resolve_stale(self, conn: sqlite3.Connection, live: set[str], at: str) -> None:
        """Escalations of items that ended elsewhere (an incident dispatched on the board)."""
        stale = set(self._open_levels(conn, live))
        for key, incident_id in sorted(stale, key=lambda s: s[0]):
            finish_item(conn, key, None, at, incident_id=incident_id,
                        resolution="item_ended")

    # -- actions --------------------------------------------------------------------------
    def resolve_escalation(self, escalation_id: int, resolution: str,
                           operator_id: int | None) -> None:
        self.require(Permission.RESOLVE_ESCALATIONS, operator_id)
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
            record_event(conn, incident_id, operator_id, "escalation_resolved", at=now,
                         escalation_id=escalation_id, resolution=text)
            finish_item(conn, f"escalation:{escalation_id}", operator_id, now,
                        incident_id=incident_id, resolution=text)
            conn.execute("UPDATE incidents SET updated_at = ? WHERE id = ?", [now, incident_id])

    def escalate_incident(self, incident_id: int, reason: str, operator_id: int | None,
                          level: str = "leadership") -> int:
        """Escalate an open incident by hand (to the bureau leadership by default)."""
        self.require(Permission.WORK_INCIDENTS, operator_id)
        clean = _check_text("reason", reason, required=True)
        if level not in LEVEL_CODES[1:]:
            raise InputRefused([Problem("level", "unknown_code")])
        with self.write() as conn:
            if conn.execute("SELECT 1 FROM incidents WHERE id = ?", [incident_id]).fetchone() \
                    is None:
                raise KeyError(incident_id)
            return raise_escalation(conn, incident_id, level, clean, operator_id,
                                    self.now_text(), manual=True)
