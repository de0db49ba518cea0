"""Incidents after intake: stages, dispatch, unit progress, notes, timeline, live changes."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from console.domain.access import Permission, stage_permission
from console.domain.calls import MAX_LENGTH, Problem, has_control_chars
from console.domain.clock import readable_stored
from console.domain.lifecycle import (
    OPEN_STAGES,
    ORDER,
    Stage,
    check_transition,
    is_reopen,
)
from console.domain.outcomes import Outcome
from console.store.callbacks import create_due_callback
from console.store.enterprise_loop import enterprise_stage_guard
from console.store.errors import ChangedMeanwhile, InputRefused
from console.store.events import record_event
from console.store.records import (
    CallerRow,
    IncidentRow,
    SkippedRow,
    TimelineEvent,
    skipped_row,
)
from console.store.redaction import redact, redact_all, redact_detail
from console.store.service import Service

if TYPE_CHECKING:
    pass

# Same order as the partial index `incidents_open`, so SQLite can prove it applies.
OPEN_STAGES_SQL = ", ".join(f"'{s.value}'" for s in ORDER if s in OPEN_STAGES)
_INCIDENT_COLUMNS = (
    "id, number, category_code, priority, jurisdiction_code, address, caller_number, summary,"
    " stage, stage_at, opened_at, dispatched_at, arrived_at, is_dv, is_enterprise, updated_at"
)
# The first time an incident reaches a stage is kept for the response-time figures.
_STAGE_TIME_COLUMN = {
    Stage.DISPATCHED: "dispatched_at",
    Stage.ON_SCENE: "arrived_at",
    Stage.HANDLED: "handled_at",
    Stage.CLOSED: "closed_at",
}
UNIT_PROGRESS = ("en_route", "on_scene", "cleared")
# Stages that end the work on an incident: its active units are cleared with it.
_RELEASING = frozenset({Stage.CLOSED, Stage.CANCELLED})


def _incident(row: sqlite3.Row) -> IncidentRow:
    return IncidentRow(
        row["id"], row["number"], row["category_code"], row["priority"],
        row["jurisdiction_code"], row["address"], row["caller_number"], row["summary"],
        row["stage"], row["stage_at"], row["opened_at"], row["dispatched_at"],
        row["arrived_at"], bool(row["is_dv"]), bool(row["is_enterprise"]), row["updated_at"],
    )


def _version_of(conn: sqlite3.Connection, incident_id: int) -> str:
    row = conn.execute(
        "SELECT updated_at, (SELECT MAX(id) FROM incident_events WHERE incident_id = ?)"
        " FROM incidents WHERE id = ?", [incident_id, incident_id]).fetchone()
    if row is None:
        raise KeyError(incident_id)
    return f"{row[0]}#{row[1] or 0}"


def check_text(field: str, text: str, limit: int = MAX_LENGTH["summary"]) -> None:
    problems = []
    if len(text) > limit:
        problems.append(Problem(field, "too_long", limit))
    if has_control_chars(text, multiline=True):
        problems.append(Problem(field, "control_chars"))
    if problems:
        raise InputRefused(problems)


@dataclass(frozen=True)
class ImportedUnit:
    """A unit another system's export lists on an imported incident, as it names it (not
    one of this centre's units, so never an assignment). Times are stored UTC text."""

    unit: str
    dispatched_at: str | None
    arrived_at: str | None


class IncidentsService(Service):
    def incident_callers(self, incident_id: int) -> list[CallerRow]:
        """Every call about an incident (the first report, then duplicates), oldest first."""
        callers = [
            redact(CallerRow(int(r["id"]), r["received_at"], r["line"], r["caller_number"],
                             r["caller_name"], r["disposition"]), self.role, is_dv=bool(r["is_dv"]))
            for r in self.conn.execute(
                "SELECT id, received_at, line, caller_number, caller_name, disposition, is_dv"
                " FROM calls WHERE incident_id = ? ORDER BY received_at, id", [incident_id])
        ]
        dv = self.conn.execute("SELECT is_dv FROM incidents WHERE id = ?",
                               [incident_id]).fetchone()
        self.store.audit.note_dv_read(incident_id, "callers", is_dv=bool(dv and dv[0]))
        return callers

    def finish(self, incident_id: int, target: Stage | str, operator_id: int | None,
               *, closure: str = "", note: str = "") -> None:
        """Close or cancel an incident; `advance` clears its active units in the same transaction.

        Refused (TransitionError, InputRefused) before anything is written.
        """
        stage = Stage(target)
        if stage not in _RELEASING:
            raise ValueError(f"finish() closes or cancels, not {stage}")
        self.advance(incident_id, stage, operator_id, closure=closure, note=note)

    def move(self, conn: sqlite3.Connection, incident_id: int, target: Stage,
             operator_id: int | None, at: str, **detail: object) -> None:
        row = conn.execute("SELECT stage FROM incidents WHERE id = ?", [incident_id]).fetchone()
        if row is None:
            raise KeyError(incident_id)
        current = Stage(row[0])
        check_transition(current, target)
        enterprise = enterprise_stage_guard(conn, self.reference, incident_id, target)
        sets = ["stage = ?", "stage_at = ?", "updated_at = ?"]
        values: list[object] = [target.value, at, at]
        column = _STAGE_TIME_COLUMN.get(target)
        if column:
            sets.append(f"{column} = COALESCE({column}, ?)")
            values.append(at)
        if is_reopen(current, target):
            sets.append("closed_at = NULL")
        for key in ("result", "closure"):
            if detail.get(key):
                sets.append(f"{key} = ?")
                values.append(detail[key])
        conn.execute(f"UPDATE incidents SET {', '.join(sets)} WHERE id = ?",
                     [*values, incident_id])
        given: dict[str, Any] = {k: v for k, v in detail.items() if v}
        record_event(conn, incident_id, operator_id, "stage", at=at, stage=target.value,
                     previous=current.value, **given)
        # An enterprise incident is called back before it closes (全量回访), others after.
        if target is (Stage.HANDLED if enterprise else Stage.CLOSED):
            create_due_callback(conn, self.reference, incident_id, at)
        if target in (Stage.CLOSED, Stage.CANCELLED):
            self._release_units(conn, incident_id, operator_id, at)

    def _release_units(self, conn: sqlite3.Connection, incident_id: int,
                       operator_id: int | None, at: str) -> None:
        """A closed or cancelled incident frees its units (unless busy elsewhere)."""
        active = conn.execute(
            "SELECT id, unit_code FROM assignments WHERE incident_id = ?"
            " AND cleared_at IS NULL ORDER BY id", [incident_id]).fetchall()
        for assignment_id, unit in active:
            conn.execute("UPDATE assignments SET cleared_at = ? WHERE id = ?", [at, assignment_id])
            conn.execute(
                "UPDATE units SET status = 'available', status_at = ? WHERE code = ?"
                " AND NOT EXISTS (SELECT 1 FROM assignments"
                " WHERE unit_code = ? AND cleared_at IS NULL)", [at, unit, unit])
            record_event(conn, incident_id, operator_id, "unit_status", at=at, unit_code=unit,
                         status="cleared")

    def advance(self, incident_id: int, target: Stage | str, operator_id: int | None,
                *, result: str = "", closure: str = "", note: str = "") -> None:
        """Record a stage change; refused (TransitionError) if the lifecycle forbids it."""
        self.require(stage_permission(target), operator_id)
        for field, text in (("result", result), ("closure", closure), ("note", note)):
            check_text(field, text)
        with self.write() as conn:
            self.move(conn, incident_id, Stage(target), operator_id, self.now_text(),
                      result=result, closure=closure, note=note)

    def version(self, incident_id: int) -> str:
        """What a seat read the incident at: it changes with every change of the incident,
        whoever makes it (its last change time and its event log's last entry, which every
        change writes and nothing rewrites). Give it back with a write (`seen`) and the write
        is refused if the incident changed since."""
        return _version_of(self.conn, incident_id)

    def _check_seen(self, conn: sqlite3.Connection, incident_id: int, seen: str | None) -> None:
        if seen is None or _version_of(conn, incident_id) == seen:
            return
        row = conn.execute(
            "SELECT e.at, COALESCE(o.display_name, '') FROM incident_events e"
            " LEFT JOIN operators o ON o.id = e.operator_id WHERE e.incident_id = ?"
            " ORDER BY e.id DESC LIMIT 1", [incident_id]).fetchone()
        raise ChangedMeanwhile(incident_id, str(row[0]) if row else "",
                               str(row[1]) if row else "")

    def record_outcome(self, incident_id: int, outcome: Outcome,
                       operator_id: int | None, *, seen: str | None = None) -> None:
        """Record (or correct) what handling achieved; logged as an edit event. `seen`: the
        `version` the form was filled from (refused with `ChangedMeanwhile` if it moved)."""
        self.require(Permission.WORK_INCIDENTS, operator_id)
        with self.write() as conn:
            self._check_seen(conn, incident_id, seen)
            now = self.now_text()
            conn.execute(
                "INSERT INTO incident_outcomes (incident_id, people_caught, assistance, mediated,"
                " recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (incident_id) DO UPDATE SET people_caught = excluded.people_caught,"
                " assistance = excluded.assistance, mediated = excluded.mediated,"
                " recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by",
                [incident_id, outcome.people_caught, outcome.assistance, int(outcome.mediated),
                 now, operator_id],
            )
            record_event(conn, incident_id, operator_id, "edit", at=now,
                         people_caught=outcome.people_caught, assistance=outcome.assistance,
                         mediated=outcome.mediated)
            conn.execute("UPDATE incidents SET updated_at = ? WHERE id = ?", [now, incident_id])

    def record_results(self, incident_id: int, outcome: Outcome,
                       operator_id: int | None, *, fraud_report_id: int | None = None,
                       accounts_frozen: int | None = None,
                       money_recovered_fen: int | None = None,
                       seen: str | None = None) -> None:
        """What handling achieved and, for a fraud case, what was frozen and recovered:
        one user action, one transaction (`seen`: see `record_outcome`)."""
        self.require(Permission.WORK_INCIDENTS, operator_id)
        with self.write():
            self.record_outcome(incident_id, outcome, operator_id, seen=seen)
            if fraud_report_id is not None:
                self.store.fraud.update_fraud_outcome(fraud_report_id, operator_id,
                                                      accounts_frozen=accounts_frozen,
                                                      money_recovered_fen=money_recovered_fen)

    def outcome(self, incident_id: int) -> Outcome | None:
        row = self.conn.execute(
            "SELECT people_caught, assistance, mediated FROM incident_outcomes"
            " WHERE incident_id = ?", [incident_id]).fetchone()
        return Outcome(row[0], row[1], bool(row[2])) if row else None

    def add_note(self, incident_id: int, text: str, operator_id: int | None) -> None:
        self.require(Permission.WORK_INCIDENTS, operator_id)
        check_text("note", text)
        if not text.strip():
            raise InputRefused([Problem("note", "missing")])
        with self.write() as conn:
            now = self.now_text()
            record_event(conn, incident_id, operator_id, "note", at=now, text=text.strip())
            conn.execute("UPDATE incidents SET updated_at = ? WHERE id = ?", [now, incident_id])

    def incident(self, incident_id: int) -> IncidentRow | None:
        row = self.conn.execute(f"SELECT {_INCIDENT_COLUMNS} FROM incidents WHERE id = ?",
                                [incident_id]).fetchone()
        if row is None:
            return None
        self.store.audit.note_dv_read(int(row["id"]), "incident", is_dv=bool(row["is_dv"]))
        return redact(_incident(row), self.role)

    def incident_by_number(self, number: str) -> IncidentRow | None:
        row = self.conn.execute(f"SELECT {_INCIDENT_COLUMNS} FROM incidents WHERE number = ?",
                                [number.strip()]).fetchone()
        if row is None:
            return None
        self.store.audit.note_dv_read(int(row["id"]), "incident", is_dv=bool(row["is_dv"]))
        return redact(_incident(row), self.role)

    last_skipped: tuple[SkippedRow, ...] = ()  # what the last board read left out

    def _readable(self, rows: Iterable[sqlite3.Row]) -> Iterator[IncidentRow]:
        """Incidents whose times read; one damaged row is left out (logged and listed in
        `last_skipped`), never the board of every seat."""
        skipped: list[SkippedRow] = []
        for r in rows:
            bad = next((c for c in ("opened_at", "stage_at") if not readable_stored(r[c])), None)
            if bad is None and r["dispatched_at"] and not readable_stored(r["dispatched_at"]):
                bad = "dispatched_at"
            if bad is not None:
                skipped.append(skipped_row("incidents", r, ValueError(
                    f"{bad} {r[bad]!r} does not read"), incident_key="id"))
                continue
            yield _incident(r)
        self.last_skipped = tuple(skipped)

    def open_incidents(self) -> list[IncidentRow]:
        rows = list(self._readable(self.conn.execute(
            f"SELECT {_INCIDENT_COLUMNS} FROM incidents INDEXED BY incidents_open"
            f" WHERE stage IN ({OPEN_STAGES_SQL}) ORDER BY stage_at")))
        self.store.audit.note_dv_reads(((r.id, r.is_dv) for r in rows), "board")
        return redact_all(rows, self.role)

    def incidents_by_id(self, ids: list[int]) -> list[IncidentRow]:
        if not ids:
            return []
        marks = ", ".join("?" for _ in ids)
        rows = list(self._readable(self.conn.execute(
            f"SELECT {_INCIDENT_COLUMNS} FROM incidents WHERE id IN ({marks})", ids)))
        self.store.audit.note_dv_reads(((r.id, r.is_dv) for r in rows), "board")
        return redact_all(rows, self.role)

    def timeline(self, incident_id: int) -> list[TimelineEvent]:
        dv_row = self.conn.execute("SELECT is_dv FROM incidents WHERE id = ?",
                                   [incident_id]).fetchone()
        is_dv = bool(dv_row and dv_row[0])
        self.store.audit.note_dv_read(incident_id, "timeline", is_dv=is_dv)
        return [
            TimelineEvent(r["id"], r["at"], r["display_name"] or "", r["kind"], r["stage"],
                          r["unit_code"],
                          redact_detail(json.loads(r["detail"]), self.role, is_dv))
            for r in self.conn.execute(
                "SELECT e.*, o.display_name FROM incident_events e"
                " LEFT JOIN operators o ON o.id = e.operator_id"
                " WHERE e.incident_id = ? ORDER BY e.id", [incident_id])
        ]

    def imported_units(self, incident_id: int) -> list[ImportedUnit]:
        """The units an imported run sheet listed for the incident, in the source's order;
        none for an incident logged here."""
        with self.reading() as conn:
            rows = conn.execute(
                "SELECT unit, dispatched_at, arrived_at FROM import_units"
                " WHERE incident_id = ? ORDER BY id", [incident_id]).fetchall()
        return [ImportedUnit(str(r[0]), r[1], r[2]) for r in rows]

    def last_event_id(self) -> int:
        return int(self.conn.execute("SELECT COALESCE(MAX(id), 0) FROM incident_events")
                   .fetchone()[0])

    def changed_since(self, event_id: int) -> tuple[int, list[int]]:
        """Incidents touched after an event id, and the newest id: the board's live feed."""
        with self.reading() as conn:
            rows = conn.execute(
                "SELECT id, incident_id FROM incident_events WHERE id > ? ORDER BY id",
                [event_id]).fetchall()
        if not rows:
            return event_id, []
        return int(rows[-1][0]), sorted({int(r[1]) for r in rows})
