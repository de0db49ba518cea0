"""Units on incidents: dispatch, their progress, who is where."""

from __future__ import annotations

from console.domain.access import Permission
from console.domain.calls import Problem
from console.domain.lifecycle import (
    OPEN_STAGES,
    Stage,
    TransitionError,
)
from console.store.errors import InputRefused
from console.store.events import record_event
from console.store.incidents import UNIT_PROGRESS
from console.store.records import Assignment
from console.store.service import Service

# SQLite's default limit on bound parameters is 32766; stay far below it.
_CHUNK = 500


class UnitsService(Service):
    def active_units(self, incident_ids: list[int]) -> dict[int, list[str]]:
        """Units still on each incident (dispatched and not cleared), in dispatch order."""
        out: dict[int, list[str]] = {}
        for start in range(0, len(incident_ids), _CHUNK):
            chunk = incident_ids[start:start + _CHUNK]
            marks = ", ".join("?" for _ in chunk)
            for row in self.conn.execute(
                "SELECT incident_id, unit_code FROM assignments"
                f" WHERE cleared_at IS NULL AND incident_id IN ({marks}) ORDER BY id", chunk,
            ):
                out.setdefault(int(row[0]), []).append(str(row[1]))
        return out

    def dispatch(self, incident_id: int, unit_codes: list[str],
                 operator_id: int | None) -> list[int]:
        """Assign units; the first assignment moves the incident to 派警 dispatched."""
        self.require(Permission.DISPATCH, operator_id)
        if not unit_codes:
            raise InputRefused([Problem("units", "missing")])
        with self.write() as conn:
            now = self.now_text()
            row = conn.execute("SELECT stage FROM incidents WHERE id = ?", [incident_id]).fetchone()
            if row is None:
                raise KeyError(incident_id)
            if Stage(row[0]) not in OPEN_STAGES:
                raise TransitionError(Stage(row[0]), Stage.DISPATCHED)
            ids = []
            for code in unit_codes:
                cur = conn.execute(
                    "INSERT INTO assignments (incident_id, unit_code, dispatched_at,"
                    " dispatched_by) VALUES (?, ?, ?, ?)",
                    [incident_id, code, now, operator_id],
                )
                ids.append(int(cur.lastrowid or 0))
                conn.execute("UPDATE units SET status = 'dispatched', status_at = ? WHERE code = ?",
                             [now, code])
                record_event(conn, incident_id, operator_id, "assign", at=now, unit_code=code)
            stage = conn.execute("SELECT stage FROM incidents WHERE id = ?",
                                 [incident_id]).fetchone()[0]
            if stage == Stage.INTAKE.value:
                self.store.incidents.move(conn, incident_id, Stage.DISPATCHED, operator_id, now)
            else:
                conn.execute("UPDATE incidents SET updated_at = ? WHERE id = ?", [now, incident_id])
        return ids

    def unit_progress(self, assignment_id: int, status: str,
                      operator_id: int | None) -> None:
        """A unit reports en route, on scene or clear; the incident's stage follows.

        A report on an assignment already cleared is refused: it would put a
        free unit back on the road.
        """
        self.require(Permission.DISPATCH, operator_id)
        if status not in UNIT_PROGRESS:
            raise ValueError(status)
        with self.write() as conn:
            now = self.now_text()
            row = conn.execute("SELECT incident_id, unit_code, cleared_at FROM assignments"
                               " WHERE id = ?", [assignment_id]).fetchone()
            if row is None:
                raise KeyError(assignment_id)
            incident_id, unit = int(row[0]), str(row[1])
            if row[2] is not None:
                raise InputRefused([Problem("assignment", "already_cleared")])
            conn.execute(f"UPDATE assignments SET {status}_at = COALESCE({status}_at, ?)"
                         " WHERE id = ?", [now, assignment_id])
            if status == "cleared":
                conn.execute(
                    "UPDATE units SET status = 'available', status_at = ? WHERE code = ?"
                    " AND NOT EXISTS (SELECT 1 FROM assignments"
                    " WHERE unit_code = ? AND cleared_at IS NULL)", [now, unit, unit])
            else:
                conn.execute("UPDATE units SET status = ?, status_at = ? WHERE code = ?",
                             [status, now, unit])
            record_event(conn, incident_id, operator_id, "unit_status", at=now, unit_code=unit,
                         status=status)
            stage = Stage(conn.execute("SELECT stage FROM incidents WHERE id = ?",
                                       [incident_id]).fetchone()[0])
            if status == "en_route" and stage is Stage.DISPATCHED:
                self.store.incidents.move(conn, incident_id, Stage.EN_ROUTE, operator_id, now)
            elif status == "on_scene" and stage in (Stage.DISPATCHED, Stage.EN_ROUTE):
                self.store.incidents.move(conn, incident_id, Stage.ON_SCENE, operator_id, now)
            else:
                conn.execute("UPDATE incidents SET updated_at = ? WHERE id = ?", [now, incident_id])

    def assignments(self, incident_id: int) -> list[Assignment]:
        return [
            Assignment(r["id"], r["incident_id"], r["unit_code"], r["dispatched_at"],
                       r["en_route_at"], r["on_scene_at"], r["cleared_at"])
            for r in self.conn.execute(
                "SELECT * FROM assignments WHERE incident_id = ? ORDER BY id", [incident_id])
        ]

    def unit_statuses(self) -> dict[str, str]:
        return {r[0]: r[1] for r in self.conn.execute("SELECT code, status FROM units")}
