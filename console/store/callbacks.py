"""Callbacks (回访): created when an incident closes, recorded with a rating.

Every enterprise and DV incident is called back (全量回访), others are sampled,
per `db/reference/callbacks.toml`. `create_due_callback` runs inside the
closing transaction (`IncidentsService.move`), so no closed incident misses its
callback. A rating listed in `escalate_on` (dissatisfied) raises an escalation:
to the supervisor, or for an enterprise incident to the bureau leadership.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from console.domain.access import Permission
from console.domain.clock import from_stored, to_stored
from console.domain.lifecycle import Stage
from console.domain.problems import Problem
from console.domain.queues import Kind, callback_due, wants_callback
from console.domain.reference import Reference
from console.store.errors import InputRefused
from console.store.events import finish_item, raise_escalation, record_event
from console.store.service import Service

if TYPE_CHECKING:
    pass

REMARKS_LIMIT = 500


def callback_desk(is_dv: bool, is_enterprise: bool) -> str:
    if is_enterprise:
        return "enterprise"
    if is_dv:
        return "dv"
    return "default"


def create_due_callback(conn: sqlite3.Connection, reference: Reference, incident_id: int,
                        at: str) -> int | None:
    """Create the callback a closing incident is due, if the rules want one and none is pending."""
    row = conn.execute(
        "SELECT i.priority, i.is_dv, i.is_enterprise, i.category_code, c.tally_group"
        " FROM incidents i LEFT JOIN categories c ON c.code = i.category_code WHERE i.id = ?",
        [incident_id]).fetchone()
    if row is None:
        return None
    pending = conn.execute(
        "SELECT 1 FROM callbacks WHERE incident_id = ? AND done_at IS NULL", [incident_id]
    ).fetchone()
    if pending:
        return None
    from console.store.queues import rules_for

    desk = callback_desk(bool(row["is_dv"]), bool(row["is_enterprise"]))
    if not wants_callback(incident_id, reference.callbacks.share(desk)):
        return None
    due = callback_due(rules_for(reference), from_stored(at), desk=desk,
                       priority=int(row["priority"]), tally_group=row["tally_group"] or "",
                       category=row["category_code"] or "")
    cur = conn.execute("INSERT INTO callbacks (incident_id, due_at) VALUES (?, ?)",
                       [incident_id, to_stored(due)])
    return int(cur.lastrowid or 0)


class CallbacksService(Service):
    def record_callback(self, callback_id: int, rating: str, remarks: str,
                        operator_id: int | None) -> int | None:
        """Record a callback's outcome; returns the escalation id a dissatisfied rating raised."""
        self.require(Permission.CALLBACKS, operator_id)
        from console.store.incidents import check_text

        rules = self.reference.callbacks
        if rating not in rules.ratings:
            raise InputRefused([Problem("rating", "unknown_code" if rating else "missing")])
        check_text("remarks", remarks, REMARKS_LIMIT)
        escalation_id: int | None = None
        with self.write() as conn:
            row = conn.execute(
                "SELECT c.incident_id, c.done_at, i.stage, i.is_enterprise FROM callbacks c"
                " JOIN incidents i ON i.id = c.incident_id WHERE c.id = ?",
                [callback_id]).fetchone()
            if row is None:
                raise KeyError(callback_id)
            if row["done_at"]:
                raise InputRefused([Problem("callback", "already_done")])
            now = self.now_text()
            incident_id = int(row["incident_id"])
            conn.execute(
                "UPDATE callbacks SET done_at = ?, operator_id = ?, rating = ?, remarks = ?"
                " WHERE id = ?", [now, operator_id, rating, remarks.strip(), callback_id])
            record_event(conn, incident_id, operator_id, "callback", at=now,
                         callback_id=callback_id, rating=rating, remarks=remarks.strip())
            if rating != "not_reached" and row["stage"] == Stage.CLOSED.value:
                self.store.incidents.move(conn, incident_id, Stage.CALLED_BACK, operator_id, now)
            if rating in rules.escalate_on:
                level = "leadership" if row["is_enterprise"] else "supervisor"
                escalation_id = raise_escalation(
                    conn, incident_id, level, f"callback_{rating}", operator_id, now,
                    callback_id=callback_id)
            elif rating == "not_reached":
                tries = int(conn.execute(
                    "SELECT count(*) FROM callbacks WHERE incident_id = ? AND rating = ?",
                    [incident_id, "not_reached"]).fetchone()[0])
                if tries < rules.attempts:  # try again later: the loop stays open
                    conn.execute("INSERT INTO callbacks (incident_id, due_at) VALUES (?, ?)",
                                 [incident_id, to_stored(self.now() + rules.retry_after)])
                else:
                    escalation_id = raise_escalation(
                        conn, incident_id, "supervisor", "callback_not_reached", operator_id,
                        now, callback_id=callback_id, attempts=tries)
            finish_item(conn, f"{Kind.CALLBACK.value}:{callback_id}", operator_id, now,
                        incident_id=incident_id)
            conn.execute("UPDATE incidents SET updated_at = ? WHERE id = ?", [now, incident_id])
        return escalation_id

    def callbacks_of(self, incident_id: int) -> list[dict[str, object]]:
        return [dict(r) for r in self.conn.execute(
            "SELECT * FROM callbacks WHERE incident_id = ? ORDER BY id", [incident_id])]
