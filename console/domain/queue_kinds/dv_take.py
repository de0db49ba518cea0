"""New DV incident (反家暴签收): every DV incident reaches the DV desk at once, to be taken.

An open DV incident nobody answers for yet is an item of the DV desk, whether it was
logged as DV or re-categorised later; the desk takes it (签收) by becoming its owner
(`DvService.take`). It sounds the queue's alert whatever the incident's priority: a
victim may still be in danger.
"""

from __future__ import annotations

from console.domain.clock import from_stored
from console.domain.queue_kinds import (
    INCIDENTS,
    Context,
    Facts,
    Form,
    QueueKind,
    incident_item,
    note,
)
from console.domain.queues import QueueItem

CODE = "dv_take"
ALERT_PRIORITY = 1


def derive(f: Facts, ctx: Context) -> QueueItem | None:
    if not f["is_dv"] or f["owner_id"] is not None:
        return None
    iid = f["incident_id"]
    opened = from_stored(f["opened_at"])
    due = opened + ctx.rules.allowance(CODE, priority=f["priority"])
    item = incident_item(f, ctx, key=f"{CODE}:{iid}", kind=CODE, ref_id=iid, due=due,
                         created=opened, desk=ctx.rules.desk(CODE))
    return item._replace(priority=ALERT_PRIORITY)


KIND = QueueKind(CODE, INCIDENTS, derive, action="dv.take", form=Form((note("confirm"),)))
