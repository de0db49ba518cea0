"""The store's side of the enterprise loop: no enterprise incident closes before its callback.

`IncidentsService.move` asks `enterprise_stage_guard` before any stage change: closing an
enterprise incident whose callback is not recorded is refused (CallbackFirst), so the rule
holds for every seat and the CLI, not only the desk's view. An enterprise incident's
callback task is opened when it is handled (not when it closes, as for others).
"""

from __future__ import annotations

import sqlite3

from console.domain.enterprise_loop import CallbackFacts, may_close
from console.domain.lifecycle import Stage
from console.domain.problems import Problem
from console.domain.reference import Reference
from console.store.errors import InputRefused


class CallbackFirst(InputRefused):
    """Closing an enterprise incident before its callback (全量回访) is recorded."""

    def __init__(self) -> None:
        super().__init__([Problem("callback", "required_before_close")])


def callback_facts(conn: sqlite3.Connection, incident_id: int) -> list[CallbackFacts]:
    return [CallbackFacts(r["due_at"], r["done_at"], r["rating"], r["remarks"] or "",
                          r["display_name"] or "")
            for r in conn.execute(
                "SELECT c.due_at, c.done_at, c.rating, c.remarks, o.display_name"
                " FROM callbacks c LEFT JOIN operators o ON o.id = c.operator_id"
                " WHERE c.incident_id = ? ORDER BY c.id", [incident_id])]


def enterprise_stage_guard(conn: sqlite3.Connection, reference: Reference, incident_id: int,
                           target: Stage) -> bool:
    """Whether the incident concerns an enterprise; refuses closing one without its callback."""
    row = conn.execute("SELECT is_enterprise FROM incidents WHERE id = ?",
                       [incident_id]).fetchone()
    enterprise = bool(row and row[0])
    if enterprise and target is Stage.CLOSED and not may_close(
            callback_facts(conn, incident_id), reference.callbacks.attempts):
        raise CallbackFirst()
    return enterprise
