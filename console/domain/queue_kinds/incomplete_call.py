"""Incomplete call (待补录): a call saved with fields missing is to be completed.

The form shows what is missing and asks what was completed.
"""

from __future__ import annotations

from console.domain.clock import from_stored
from console.domain.queue_kinds import (
    CALLS,
    Context,
    Facts,
    Form,
    QueueKind,
    call_item,
    followups_done,
    shown,
    text,
)
from console.domain.queues import Kind, QueueItem

CODE = Kind.INCOMPLETE_CALL
DONE = "completed"


def derive(f: Facts, ctx: Context) -> QueueItem | None:
    if not f["incomplete"] or DONE in followups_done(f):
        return None
    logged = from_stored(f["logged_at"])
    due = logged + ctx.rules.allowance(CODE, priority=f["priority"])
    return call_item(f, ctx, kind=CODE, due=due, created=logged, detail=f["incomplete"])


KIND = QueueKind(CODE, CALLS, derive, action="queues.complete_call",
                 form=Form((shown("missing", "detail"), text("remarks"))), call_followup=DONE)
