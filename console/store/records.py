"""Plain records the store hands to the UI and CLI (no SQL rows leak out)."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field

from console.domain.calls import Problem
from console.domain.routing import Route


@dataclass(frozen=True)
class Operator:
    id: int
    username: str
    display_name: str
    role: str
    active: bool = True


@dataclass(frozen=True)
class SavedCall:
    call_id: int
    incident_id: int | None
    incident_number: str | None
    disposition: str
    route: Route
    warnings: list[Problem] = field(default_factory=list)

    @property
    def incomplete(self) -> bool:
        return bool(self.warnings)


@dataclass(frozen=True)
class IncidentRow:
    id: int
    number: str
    category_code: str | None
    priority: int
    jurisdiction_code: str | None
    address: str
    caller_number: str
    summary: str
    stage: str
    stage_at: str
    opened_at: str
    dispatched_at: str | None
    arrived_at: str | None
    is_dv: bool
    is_enterprise: bool
    updated_at: str


@dataclass(frozen=True)
class TimelineEvent:
    id: int
    at: str
    operator: str
    kind: str
    stage: str | None
    unit_code: str | None
    detail: dict[str, object]


@dataclass(frozen=True)
class HistoryRow:
    call_id: int
    received_at: str
    caller_number: str
    address: str
    category_code: str | None
    disposition: str
    incident_id: int | None
    incident_number: str | None
    stage: str | None
    is_dv: bool
    is_enterprise: bool
    summary: str
    matched_on: str  # "number", "address" or "both"


@dataclass(frozen=True)
class Assignment:
    id: int
    incident_id: int
    unit_code: str
    dispatched_at: str
    en_route_at: str | None
    on_scene_at: str | None
    cleared_at: str | None


@dataclass(frozen=True)
class CallerRow:
    """One call behind an incident, as its detail header lists them."""

    call_id: int
    received_at: str
    line: str
    caller_number: str
    caller_name: str
    disposition: str


@dataclass(frozen=True)
class SkippedRow:
    """A stored row a view could not read (a time that does not parse, say): the view
    leaves it out and goes on, and says how many it left out and which."""

    table: str
    row_id: int | None
    reason: str
    incident_id: int | None = None
    call_id: int | None = None

    def text(self) -> str:
        return f"{self.table} row {self.row_id}: {self.reason}"


def skipped_row(table: str, row: sqlite3.Row, exc: Exception, *, id_key: str = "id",
                incident_key: str | None = "incident_id",
                call_key: str | None = None) -> SkippedRow:
    """Record and log a row a view leaves out because it cannot be read."""
    keys = row.keys()

    def value(key: str | None) -> int | None:
        found = row[key] if key is not None and key in keys else None
        return found if isinstance(found, int) else None

    skipped = SkippedRow(table, value(id_key), f"{type(exc).__name__}: {exc}",
                         value(incident_key), value(call_key))
    logging.getLogger("console.store").warning("unreadable row left out of a view: %s",
                                               skipped.text())
    return skipped
