"""Escalation (督办): an escalation raised by hand (or by a callback) waits to be resolved.

It starts at its own level; escalations the pass raised for overdue items are not items
of their own (the overdue item climbs instead).
"""

from __future__ import annotations

from console.domain.clock import from_stored
from console.domain.queue_kinds import (
    ESCALATIONS,
    Context,
    Facts,
    Form,
    QueueKind,
    incident_item,
    text,
)
from console.domain.queues import Kind, QueueItem, level_from_code

CODE = Kind.ESCALATION


def derive(f: Facts, ctx: Context) -> QueueItem | None:
    raised = from_stored(f["raised_at"])
    category = f["category_code"] or ""
    due = raised + ctx.rules.allowance(CODE, priority=f["priority"],
                                       tally_group=ctx.tally_group(category),
                                       category=category)
    return incident_item(f, ctx, key=f"{CODE}:{f['id']}", kind=CODE, ref_id=f["id"], due=due,
                         created=raised, desk=ctx.rules.desk(CODE), detail=f["reason"],
                         base=level_from_code(f["level"]))


KIND = QueueKind(CODE, ESCALATIONS, derive, action="escalation.resolve_escalation",
                 form=Form((text("resolution"),)))
