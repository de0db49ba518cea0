"""Deadlines per stage, priority and area type, read from `db/reference/deadlines.toml`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any


@dataclass(frozen=True)
class Deadlines:
    answer: timedelta
    dispatch: dict[int, timedelta]
    arrival: dict[str, dict[int, timedelta]]
    handling: dict[int, timedelta]
    closure: dict[int, timedelta]
    push_ack: timedelta
    callback: dict[str, timedelta]
    silent_callback: timedelta
    incomplete: timedelta

    @classmethod
    def from_mapping(cls, raw: dict[str, Any]) -> Deadlines:
        def by_priority(table: dict[str, Any]) -> dict[int, timedelta]:
            return {int(k): timedelta(seconds=int(v)) for k, v in table.items()}

        return cls(
            answer=timedelta(seconds=int(raw["answer"]["target"])),
            dispatch=by_priority(raw["dispatch"]),
            arrival={area: by_priority(t) for area, t in raw["arrival"].items()},
            handling=by_priority(raw.get("handling", raw["closure"])),
            closure=by_priority(raw["closure"]),
            push_ack=timedelta(seconds=int(raw["push_ack"]["target"])),
            callback={k: timedelta(seconds=int(v)) for k, v in raw["callback"].items()},
            silent_callback=timedelta(seconds=int(raw["silent_callback"]["target"])),
            incomplete=timedelta(seconds=int(raw["incomplete"]["target"])),
        )

    def dispatch_due(self, logged_at: datetime, priority: int) -> datetime:
        return logged_at + self.dispatch[clamp_priority(priority, self.dispatch)]

    def arrival_due(self, dispatched_at: datetime, priority: int, area_type: str) -> datetime:
        table = self.arrival.get(area_type) or self.arrival["urban"]
        return dispatched_at + table[clamp_priority(priority, table)]

    def callback_due(self, closed_at: datetime, desk: str) -> datetime:
        return closed_at + self.callback.get(desk, self.callback["default"])

    def is_overdue(self, due: datetime, now: datetime) -> bool:
        return now > due


def clamp_priority(priority: int, table: dict[int, timedelta]) -> int:
    """A priority the table has: out-of-range priorities take the nearest end."""
    if priority in table:
        return priority
    return max(table) if priority > max(table) else min(table)
