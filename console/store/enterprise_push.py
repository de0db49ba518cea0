"""一警三派: an enterprise incident is pushed to its three responsible persons at once.

`push_enterprise_incident` runs inside the intake transaction (`log_call`), so a
saved enterprise incident never lacks its pushes; each push is then
acknowledged, which ends its queue item and any escalation of it.
"""

from __future__ import annotations

import json
import sqlite3
from typing import TYPE_CHECKING

from console.domain.queues import Kind

if TYPE_CHECKING:
    from console.store.store import Store

# The three responsible persons of an enterprise: push role -> (name column, phone column).
PUSH_ROLES: dict[str, tuple[str, str]] = {
    "bureau_leader": ("bureau_leader", "bureau_leader_phone"),
    "station_leader": ("station_leader", "station_leader_phone"),
    "officer": ("officer", "officer_phone"),
}


def push_enterprise_incident(conn: sqlite3.Connection, incident_id: int | None,
                             enterprise_id: int | None, at: str,
                             operator_id: int | None) -> list[int]:
    """Push a new enterprise incident to the enterprise's three persons; returns push ids.

    Does nothing for a call without an incident or an enterprise not registered
    (the enterprise desk then finds the incident in its queue by its flag).
    """
    if incident_id is None or enterprise_id is None:
        return []
    row = conn.execute("SELECT * FROM enterprises WHERE id = ?", [enterprise_id]).fetchone()
    if row is None:
        return []
    names = row.keys()
    ids = []
    for role, (name_col, phone_col) in PUSH_ROLES.items():
        person = str(row[name_col]) if name_col in names else ""
        phone = str(row[phone_col]) if phone_col in names else ""
        cur = conn.execute(
            "INSERT INTO enterprise_pushes (incident_id, enterprise_id, role, person, phone,"
            " pushed_at) VALUES (?, ?, ?, ?, ?, ?)",
            [incident_id, enterprise_id, role, person, phone, at],
        )
        ids.append(int(cur.lastrowid or 0))
    conn.execute(
        "INSERT INTO incident_events (incident_id, at, operator_id, kind, detail)"
        " VALUES (?, ?, ?, 'push', ?)",
        [incident_id, at, operator_id,
         json.dumps({"enterprise_id": enterprise_id, "pushes": ids}, ensure_ascii=False)],
    )
    return ids


class EnterprisePushMixin:
    def acknowledge_push(self: Store, push_id: int, operator_id: int | None) -> bool:
        """Record that a responsible person acknowledged a push; False if it already was."""
        with self.write() as conn:
            row = conn.execute(
                "SELECT incident_id, role, person, acked_at FROM enterprise_pushes WHERE id = ?",
                [push_id]).fetchone()
            if row is None:
                raise KeyError(push_id)
            if row["acked_at"]:
                return False
            now = self.now_text()
            conn.execute("UPDATE enterprise_pushes SET acked_at = ?, acked_by = ? WHERE id = ?",
                         [now, operator_id, push_id])
            incident_id = int(row["incident_id"])
            self._event(conn, incident_id, operator_id, "push_ack", at=now, push_id=push_id,
                        role=row["role"], person=row["person"])
            self._finish_item(conn, f"{Kind.PUSH_ACK.value}:{push_id}", operator_id, now,
                              incident_id=incident_id)
            conn.execute("UPDATE incidents SET updated_at = ? WHERE id = ?", [now, incident_id])
        return True

    def pushes(self: Store, incident_id: int) -> list[dict[str, object]]:
        """The pushes of an incident, oldest first (for the desk and the handover)."""
        return [dict(r) for r in self.conn.execute(
            "SELECT * FROM enterprise_pushes WHERE incident_id = ? ORDER BY id", [incident_id])]
