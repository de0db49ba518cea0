"""What the active-incident board needs beyond the incident operations.

Units on many incidents in one query (the board shows them per row), the
callers behind an incident (its detail header), and closing or cancelling an
incident with its units released in the same transaction: a unit still marked
on a closed incident would never be offered for dispatch again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from console.domain.lifecycle import Stage
from console.store.redaction import redact

if TYPE_CHECKING:
    from console.store.store import Store

# SQLite's default limit on bound parameters is 32766; stay far below it.
_CHUNK = 500
# Stages that end the work on an incident: its active units are cleared with it.
_RELEASING = frozenset({Stage.CLOSED, Stage.CANCELLED})


@dataclass(frozen=True)
class CallerRow:
    call_id: int
    received_at: str
    line: str
    caller_number: str
    caller_name: str
    disposition: str


class BoardMixin:
    def active_units(self: Store, incident_ids: list[int]) -> dict[int, list[str]]:
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

    def incident_callers(self: Store, incident_id: int) -> list[CallerRow]:
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
        self.note_dv_read(incident_id, "callers", is_dv=bool(dv and dv[0]))
        return callers

    def finish(self: Store, incident_id: int, target: Stage | str, operator_id: int | None,
               *, closure: str = "", note: str = "") -> None:
        """Close or cancel an incident; `advance` clears its active units in the same transaction.

        Refused (TransitionError, InputRefused) before anything is written.
        """
        stage = Stage(target)
        if stage not in _RELEASING:
            raise ValueError(f"finish() closes or cancels, not {stage}")
        self.advance(incident_id, stage, operator_id, closure=closure, note=note)
