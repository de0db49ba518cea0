"""Enterprise push (一警三派): a responsible person has not acknowledged a push yet.

The form asks only for the confirmation that the person has received it.
"""

from __future__ import annotations

from console.domain.clock import from_stored
from console.domain.queue_kinds import (
    PUSHES,
    Context,
    Facts,
    Form,
    QueueKind,
    incident_item,
    note,
)
from console.domain.queues import Kind, QueueItem

CODE = Kind.PUSH_ACK


def derive(f: Facts, ctx: Context) -> QueueItem | None:
    pushed = from_stored(f["pushed_at"])
    due = pushed + ctx.rules.allowance(CODE, priority=f["priority"])
    return incident_item(f, ctx, key=f"{CODE}:{f['id']}", kind=CODE, ref_id=f["id"], due=due,
                         created=pushed, desk=ctx.rules.desk(CODE),
                         detail=f"{f['role']}|{f['person']}")


KIND = QueueKind(CODE, PUSHES, derive, action="enterprises.acknowledge_push",
                 form=Form((note("confirm"),)))
