"""Dispatch (派警): an incident still at intake (or reopened into it) waits for units.

Due from entering intake: the opening, or the reopening of an old incident. Finished on
the board, by dispatching units.
"""

from __future__ import annotations

from console.domain.clock import from_stored
from console.domain.queue_kinds import (
    INCIDENTS,
    ON_THE_BOARD,
    Context,
    Facts,
    QueueKind,
    incident_item,
)
from console.domain.queues import Kind, QueueItem

CODE = Kind.DISPATCH
INTAKE_STAGES = ("alert", "intake")


def derive(f: Facts, ctx: Context) -> QueueItem | None:
    stage = f["stage"]
    if stage not in INTAKE_STAGES:
        return None
    category = f["category_code"] or ""
    due = from_stored(f["stage_at"]) + ctx.rules.allowance(
        CODE, priority=f["priority"], tally_group=ctx.tally_group(category), category=category)
    iid = f["incident_id"]
    return incident_item(f, ctx, key=f"{CODE}:{iid}", kind=CODE, ref_id=iid, due=due,
                         created=from_stored(f["opened_at"]), desk=ctx.rules.desk(CODE),
                         detail=stage)


KIND = QueueKind(CODE, INCIDENTS, derive, action="units.dispatch", form=ON_THE_BOARD)
