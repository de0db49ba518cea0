"""一警三派: an enterprise incident is pushed to its three responsible persons at once.

`push_enterprise_incident` runs inside the intake transaction (`log_call`), so a
saved enterprise incident never lacks its pushes; each push is then
acknowledged (签收), which ends its queue item and any escalation of it, and the
person's feedback (反馈) recorded. An incident not resolved on the spot is put under
the bureau leadership's supervision (挂牌督办) with a responsible leader. `loop`
reads the whole loop back (console/domain/enterprise_loop.py).
"""

from __future__ import annotations

import json
import sqlite3
from typing import TYPE_CHECKING

from console.domain.access import Permission
from console.domain.addresses import address_key
from console.domain.enterprise_loop import (
    DeskRow,
    EscalationFacts,
    PushFacts,
    Step,
    desk_order,
    loop,
    next_step,
)
from console.domain.problems import Problem
from console.domain.queues import Kind
from console.store.enterprise_loop import callback_facts
from console.store.errors import InputRefused
from console.store.events import finish_item, raise_escalation, record_event
from console.store.service import Service

FEEDBACK_LIMIT = 1000

if TYPE_CHECKING:
    pass

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


class EnterprisesService(Service):
    def enterprise_at(self, address: str) -> int | None:
        """The registered enterprise at this address, if any (an inactive one no longer is)."""
        key = address_key(address)
        if not key:
            return None
        row = self.conn.execute(
            "SELECT id FROM enterprises WHERE address_key = ? AND status = 'active'"
            " ORDER BY id LIMIT 1", [key]
        ).fetchone()
        return int(row[0]) if row else None

    def acknowledge_push(self, push_id: int, operator_id: int | None) -> bool:
        """Record that a responsible person acknowledged a push; False if it already was."""
        self.require(Permission.ENTERPRISE_PUSHES, operator_id)
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
            record_event(conn, incident_id, operator_id, "push_ack", at=now, push_id=push_id,
                         role=row["role"], person=row["person"])
            finish_item(conn, f"{Kind.PUSH_ACK.value}:{push_id}", operator_id, now,
                        incident_id=incident_id)
            conn.execute("UPDATE incidents SET updated_at = ? WHERE id = ?", [now, incident_id])
        return True

    def acknowledge_next(self, incident_id: int,
                         operator_id: int | None) -> dict[str, object] | None:
        """Acknowledge the incident's first push not yet acknowledged (bureau leader, station
        leader, officer in turn); returns it, or None when all three are. One transaction:
        two quick presses never acknowledge the same push twice."""
        self.require(Permission.ENTERPRISE_PUSHES, operator_id)
        with self.write():
            for push in self.pushes(incident_id):
                if not push["acked_at"] and self.acknowledge_push(int(str(push["id"])),
                                                                  operator_id):
                    return push
        return None

    def pushes(self, incident_id: int) -> list[dict[str, object]]:
        """The pushes of an incident, oldest first (for the desk and the handover)."""
        return [dict(r) for r in self.conn.execute(
            "SELECT * FROM enterprise_pushes WHERE incident_id = ? ORDER BY id", [incident_id])]

    def register_enterprise(self, name: str, address: str,
                            jurisdiction_code: str | None = None, *, industry: str = "",
                            contact_phone: str = "", bureau_leader: str = "",
                            bureau_leader_phone: str = "", station_leader: str = "",
                            station_leader_phone: str = "", officer: str = "",
                            officer_phone: str = "") -> int:
        """Add a key enterprise with its three responsible persons (一警三派)."""
        self.require(Permission.MANAGE_ENTERPRISES)
        if not name.strip() or not address_key(address):
            raise ValueError("an enterprise needs a name and an address")
        with self.write() as conn:
            cur = conn.execute(
                "INSERT INTO enterprises (name, address, address_key, jurisdiction_code,"
                " industry, contact_phone, bureau_leader, bureau_leader_phone, station_leader,"
                " station_leader_phone, officer, officer_phone, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [name.strip(), address.strip(), address_key(address), jurisdiction_code,
                 industry, contact_phone, bureau_leader, bureau_leader_phone, station_leader,
                 station_leader_phone, officer, officer_phone, self.now_text()],
            )
        return int(cur.lastrowid or 0)

    def link_incident(self, number: str, enterprise_id: int, operator_id: int | None) -> int:
        """Link an incident found later to concern a registered enterprise (not matched at
        intake): it becomes an enterprise incident, is pushed to the three persons, and owes
        its callback before closing. Returns the incident's id."""
        self.require(Permission.ENTERPRISE_PUSHES, operator_id)
        from console.store.callbacks import create_due_callback

        with self.write() as conn:
            row = conn.execute("SELECT id, stage, enterprise_id FROM incidents WHERE number = ?",
                               [number.strip()]).fetchone()
            if row is None:
                raise InputRefused([Problem("incident", "unknown")])
            firm = conn.execute("SELECT status FROM enterprises WHERE id = ?",
                                [enterprise_id]).fetchone()
            if firm is None or firm[0] != "active":
                raise InputRefused([Problem("enterprise", "unknown")])
            incident_id = int(row["id"])
            if row["enterprise_id"] is not None:
                raise InputRefused([Problem("incident", "linked_already")])
            now = self.now_text()
            conn.execute("UPDATE incidents SET is_enterprise = 1, enterprise_id = ?,"
                         " updated_at = ? WHERE id = ?", [enterprise_id, now, incident_id])
            record_event(conn, incident_id, operator_id, "enterprise_linked", at=now,
                         enterprise_id=enterprise_id)
            if row["stage"] not in ("closed", "called_back", "cancelled"):
                push_enterprise_incident(conn, incident_id, enterprise_id, now, operator_id)
            if row["stage"] == "handled":
                create_due_callback(conn, self.reference, incident_id, now)
        return incident_id

    def push_feedback(self, push_id: int, feedback: str, operator_id: int | None) -> None:
        """Record what a responsible person reported back (反馈) after acknowledging."""
        self.require(Permission.ENTERPRISE_PUSHES, operator_id)
        text = _checked("feedback", feedback, FEEDBACK_LIMIT)
        with self.write() as conn:
            row = conn.execute(
                "SELECT incident_id, role, person, acked_at, feedback_at FROM enterprise_pushes"
                " WHERE id = ?", [push_id]).fetchone()
            if row is None:
                raise KeyError(push_id)
            if not row["acked_at"]:
                raise InputRefused([Problem("feedback", "not_acknowledged")])
            if row["feedback_at"]:
                raise InputRefused([Problem("feedback", "already_done")])
            now = self.now_text()
            conn.execute("UPDATE enterprise_pushes SET feedback = ?, feedback_at = ?,"
                         " feedback_by = ? WHERE id = ?", [text, now, operator_id, push_id])
            incident_id = int(row["incident_id"])
            record_event(conn, incident_id, operator_id, "push_feedback", at=now,
                         push_id=push_id, role=row["role"], person=row["person"],
                         feedback=text)
            conn.execute("UPDATE incidents SET updated_at = ? WHERE id = ?", [now, incident_id])

    def supervise(self, incident_id: int, reason: str, leader: str,
                  operator_id: int | None) -> int:
        """挂牌督办: escalate an enterprise incident not resolved on the spot to the bureau
        leadership, with the reason and the responsible leader; open until resolved
        (`store.escalation.resolve_escalation`). Returns the escalation's id."""
        self.require(Permission.WORK_INCIDENTS, operator_id)
        why = _checked("reason", reason, FEEDBACK_LIMIT)
        who = _checked("leader", leader, 50)
        with self.write() as conn:
            row = conn.execute("SELECT is_enterprise FROM incidents WHERE id = ?",
                               [incident_id]).fetchone()
            if row is None:
                raise KeyError(incident_id)
            if not row[0]:
                raise InputRefused([Problem("incident", "not_enterprise")])
            escalation_id = raise_escalation(conn, incident_id, "leadership", why, operator_id,
                                             self.now_text(), leader=who, supervised=True)
            conn.execute("UPDATE escalations SET leader = ? WHERE id = ?", [who, escalation_id])
        return escalation_id

    def open_supervision(self, incident_id: int) -> int | None:
        """The incident's 挂牌督办 still open, if any (the latest)."""
        row = self.conn.execute(
            "SELECT id FROM escalations WHERE incident_id = ? AND leader <> ''"
            " AND resolved_at IS NULL ORDER BY id DESC", [incident_id]).fetchone()
        return int(row[0]) if row else None

    def loop(self, incident_id: int) -> list[Step]:
        """The incident's loop, step by step with time and person."""
        names = {int(r[0]): str(r[1]) for r in self.conn.execute(
            "SELECT id, display_name FROM operators")}

        def name(operator_id: object) -> str:
            return names.get(int(operator_id), "") if operator_id is not None else ""  # type: ignore[call-overload]

        pushes = [PushFacts(r["role"], r["person"], r["pushed_at"], r["acked_at"],
                            name(r["acked_by"]), r["feedback"] or "", r["feedback_at"],
                            name(r["feedback_by"]))
                  for r in self.conn.execute(
                      "SELECT * FROM enterprise_pushes WHERE incident_id = ? ORDER BY id",
                      [incident_id])]
        stages = {str(r["stage"]): (str(r["at"]), name(r["operator_id"])) for r in
                  self.conn.execute(
                      "SELECT stage, at, operator_id FROM incident_events"
                      " WHERE incident_id = ? AND kind = 'stage' ORDER BY id", [incident_id])}
        escalations = [EscalationFacts(r["raised_at"], r["reason"], r["leader"] or "",
                                       name(r["raised_by"]), r["resolved_at"],
                                       r["resolution"] or "", name(r["resolved_by"]))
                       for r in self.conn.execute(
                           "SELECT * FROM escalations WHERE incident_id = ? AND leader <> ''"
                           " ORDER BY id", [incident_id])]
        handled = stages.get("handled", (None, ""))
        closed = stages.get("closed", (None, ""))
        return loop(pushes, handled, callback_facts(self.conn, incident_id), closed,
                    escalations)


    def desk_queue(self) -> list[DeskRow]:
        """The desk's incidents: every enterprise incident still open or with something
        still to do (a push, a callback, a 挂牌督办), overdue and escalated first."""
        rows = {int(r["id"]): r for r in self.conn.execute(
            "SELECT i.id, i.number, i.stage, i.opened_at, e.name AS enterprise"
            " FROM incidents i LEFT JOIN enterprises e ON e.id = i.enterprise_id"
            " WHERE i.is_enterprise = 1 AND (i.stage NOT IN ('closed', 'called_back',"
            " 'cancelled') OR EXISTS (SELECT 1 FROM callbacks c WHERE c.incident_id = i.id"
            " AND c.done_at IS NULL) OR EXISTS (SELECT 1 FROM escalations x"
            " WHERE x.incident_id = i.id AND x.resolved_at IS NULL)"
            " OR EXISTS (SELECT 1 FROM enterprise_pushes p WHERE p.incident_id = i.id"
            " AND p.acked_at IS NULL))")}
        items = self.store.queues.queue_items(incident_ids=list(rows)) if rows else []
        now = self.now()
        found = []
        for incident_id, r in rows.items():
            mine = [i for i in items if i.incident_id == incident_id]
            step = next_step(self.loop(incident_id))
            found.append(DeskRow(
                incident_id, str(r["number"]), str(r["enterprise"] or ""), str(r["stage"]),
                str(r["opened_at"]), step.code if step else "", step.role if step else "",
                min((i.due for i in mine), default=None),
                max((i.owner_level() for i in mine), default=0),
                any(i.overdue(now) for i in mine), tuple(sorted({i.kind for i in mine}))))
        return desk_order(found)


    def acknowledged_without_feedback(self) -> list[tuple[int, str, str]]:
        """(push id, role, acknowledged at) of every push still waiting for its feedback."""
        return [(int(r[0]), str(r[1]), str(r[2])) for r in self.conn.execute(
            "SELECT id, role, acked_at FROM enterprise_pushes"
            " WHERE acked_at IS NOT NULL AND feedback_at IS NULL ORDER BY id")]

    def leadership_escalations(self) -> list[tuple[int, int]]:
        """(escalation id, enterprise id) of enterprise incidents' escalations to the bureau
        leadership that name no responsible leader yet."""
        return [(int(r[0]), int(r[1])) for r in self.conn.execute(
            "SELECT x.id, i.enterprise_id FROM escalations x JOIN incidents i"
            " ON i.id = x.incident_id WHERE x.level = 'leadership' AND x.leader = ''"
            " AND i.enterprise_id IS NOT NULL ORDER BY x.id")]

    def complete_loops(self, feedback: list[tuple[str, str, int]],
                       leaders: list[tuple[str, int]]) -> None:
        """Many pushes' feedback ((text, at, push id)) and escalations' responsible leaders
        ((leader, escalation id)) in one write, as a data load does (the demo)."""
        self.require(Permission.ENTERPRISE_PUSHES)
        with self.write() as conn:
            conn.executemany("UPDATE enterprise_pushes SET feedback = ?, feedback_at = ?"
                             " WHERE id = ?", feedback)
            conn.executemany("UPDATE escalations SET leader = ? WHERE id = ?", leaders)


def _checked(field: str, text: str, limit: int) -> str:
    from console.store.incidents import check_text

    clean = text.strip()
    if not clean:
        raise InputRefused([Problem(field, "required")])
    check_text(field, clean, limit)
    return clean
