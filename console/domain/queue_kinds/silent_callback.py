"""Silent call (无声电话回拨): a silent or dropped call is to be called back.

The form records whether the caller was reached. A DV call's call-back belongs to the
DV desk: the number is hidden from every other desk, and only the DV desk knows (from the
intake's safety answers) whether ringing it is safe.
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
    choice,
    followups_done,
    text,
)
from console.domain.queues import Kind, QueueItem

CODE = Kind.SILENT_CALLBACK
DONE = "called_back"


def derive(f: Facts, ctx: Context) -> QueueItem | None:
    if f["disposition"] != "silent" or DONE in followups_done(f):
        return None
    logged = from_stored(f["logged_at"])
    due = logged + ctx.rules.allowance(CODE, priority=f["priority"])
    item = call_item(f, ctx, kind=CODE, due=due, created=logged, detail=f["caller_number"])
    return item._replace(desk="dv") if item.is_dv else item


KIND = QueueKind(CODE, CALLS, derive, action="queues.record_call_back",
                 form=Form((choice("outcome", "reached", "not_reached"), text("remarks"))),
                 call_followup=DONE)
