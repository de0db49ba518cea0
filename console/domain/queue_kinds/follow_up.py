"""Follow-up (跟踪): an incident under way — arrival on scene, handling, then closure.

Which deadline holds depends on the stage (`follow_up_due`). Owned by the DV or the
enterprise desk for their incidents, else by dispatch. Finished on the board, as the
units report and the incident is closed.
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
from console.domain.queue_kinds.dispatch import INTAKE_STAGES
from console.domain.queues import Kind, QueueItem, follow_up_due

CODE = Kind.FOLLOW_UP


def derive(f: Facts, ctx: Context) -> QueueItem | None:
    stage = f["stage"]
    if stage in INTAKE_STAGES:
        return None
    rules = ctx.rules
    category = f["category_code"] or ""
    juris = f["jurisdiction_code"]
    dispatched, arrived = f["dispatched_at"], f["arrived_at"]
    opened = from_stored(f["opened_at"])
    phase, due = follow_up_due(
        rules, stage, opened_at=opened,
        dispatched_at=from_stored(dispatched) if dispatched else None,
        arrived_at=from_stored(arrived) if arrived else None,
        priority=f["priority"], tally_group=ctx.tally_group(category), category=category,
        area_type=rules.area_type(juris, ctx.area_types.get(juris or "")))
    iid = f["incident_id"]
    return incident_item(
        f, ctx, key=f"{CODE}:{iid}:{phase}", kind=CODE, ref_id=iid, due=due, created=opened,
        desk=rules.desk(CODE, is_dv=bool(f["is_dv"]), is_enterprise=bool(f["is_enterprise"])),
        detail=phase)


KIND = QueueKind(CODE, INCIDENTS, derive, action="incidents.advance", form=ON_THE_BOARD)
