"""Which response deadline an open incident is racing, and by how much it is late.

The board shows one deadline per incident: while it waits at intake, the
dispatch deadline (from when it was opened, by priority); once units are
dispatched and until the first one arrives, the arrival deadline (from the
dispatch, by priority and the jurisdiction's area type). Later stages have no
board deadline: handling and closure are tracked by the queues.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from console.domain.deadlines import Deadlines

DISPATCH = "dispatch"
ARRIVAL = "arrival"

_WAITING_DISPATCH = frozenset({"intake"})
_WAITING_ARRIVAL = frozenset({"dispatched", "en_route"})


@dataclass(frozen=True)
class DeadlineState:
    """A running deadline: what it is for, when it falls due, and the time left."""

    kind: str  # DISPATCH or ARRIVAL
    due: datetime
    remaining: timedelta  # negative once passed

    @property
    def overdue(self) -> bool:
        return self.remaining < timedelta(0)

    @property
    def late_by(self) -> timedelta:
        return -self.remaining if self.overdue else timedelta(0)


def running_deadline(
    deadlines: Deadlines,
    *,
    stage: str,
    priority: int,
    opened_at: datetime,
    dispatched_at: datetime | None,
    area_type: str | None,
    now: datetime,
) -> DeadlineState | None:
    """The deadline an incident in `stage` is running against, or None."""
    if stage in _WAITING_DISPATCH:
        due = deadlines.dispatch_due(opened_at, priority)
        return DeadlineState(DISPATCH, due, due - now)
    if stage in _WAITING_ARRIVAL and dispatched_at is not None:
        due = deadlines.arrival_due(dispatched_at, priority, area_type or "urban")
        return DeadlineState(ARRIVAL, due, due - now)
    return None


def clock_text(delta: timedelta) -> str:
    """A duration as `mm:ss` under an hour and `h:mm` from an hour on (never negative)."""
    seconds = max(0, int(delta.total_seconds()))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}"
    return f"{minutes:02d}:{secs:02d}"
