"""The writes every service makes inside its own transaction.

An incident event (the incident's own log), a queue item finished (its levels and
escalations resolved) and an escalation raised: plain functions on the open
transaction's connection, so calls, units, callbacks, pushes and queues share them
without depending on one another.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from console.domain.events import DV_ACTIONS


def record_event(conn: sqlite3.Connection, incident_id: int, operator_id: int | None,
                 kind: str, *, at: str, stage: str | None = None, unit_code: str | None = None,
                 **detail: Any) -> None:
    conn.execute(
        "INSERT INTO incident_events (incident_id, at, operator_id, kind, stage, unit_code,"
        " detail) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [incident_id, at, operator_id, kind, stage, unit_code,
         json.dumps(detail, ensure_ascii=False)],
    )


def record_dv_measure(conn: sqlite3.Connection, incident_id: int, operator_id: int | None,
                    action: str, *, at: str, party: str | None = None) -> None:
    """A measure of the anti-DV desk on the incident's timeline: which one and who, never
    what it says (the timeline is read by seats that may not read DV details). The
    incident is marked changed, so every seat's views follow."""
    if action not in DV_ACTIONS:
        raise ValueError(f"not a measure of the anti-DV desk: {action!r}")
    detail: dict[str, Any] = {"action": action}
    if party is not None:
        detail["party"] = party
    record_event(conn, incident_id, operator_id, "dv_desk", at=at, **detail)
    conn.execute("UPDATE incidents SET updated_at = ? WHERE id = ?", [at, incident_id])


def finish_item(conn: sqlite3.Connection, key: str, operator_id: int | None,
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
        record_event(conn, incident_id, operator_id, "escalation_resolved", at=at,
                     item=key, resolution=resolution)


def raise_escalation(conn: sqlite3.Connection, incident_id: int, level: str,
                     reason: str, operator_id: int | None, at: str,
                     **detail: Any) -> int:
    cur = conn.execute(
        "INSERT INTO escalations (incident_id, level, reason, raised_at, raised_by)"
        " VALUES (?, ?, ?, ?, ?)", [incident_id, level, reason, at, operator_id])
    escalation_id = int(cur.lastrowid or 0)
    record_event(conn, incident_id, operator_id, "escalate", at=at, level=level,
                 reason=reason, escalation_id=escalation_id, **detail)
    conn.execute("UPDATE incidents SET updated_at = ? WHERE id = ?", [at, incident_id])
    return escalation_id
