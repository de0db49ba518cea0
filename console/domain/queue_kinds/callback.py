"""Callback (回访): a closed incident's caller is to be called back and their rating kept.

Due at the time stored on the callback; owned by the incident's desk.
"""

from __future__ import annotations

from console.domain.clock import from_stored
from console.domain.queue_kinds import (
    CALLBACKS,
    Context,
    Facts,
    Form,
    QueueKind,
    choice,
    incident_item,
    text,
)
from console.domain.queues import Kind, QueueItem

CODE = Kind.CALLBACK


def derive(f: Facts, ctx: Context) -> QueueItem | None:
    due = from_stored(f["due_at"])
    created = from_stored(f["closed_at"]) if f["closed_at"] else due
    desk = ctx.rules.desk(CODE, is_dv=bool(f["is_dv"]), is_enterprise=bool(f["is_enterprise"]))
    return incident_item(f, ctx, key=f"{CODE}:{f['id']}", kind=CODE, ref_id=f["id"], due=due,
                         created=created, desk=desk)


KIND = QueueKind(CODE, CALLBACKS, derive, action="callbacks.record_callback",
                 form=Form((choice("rating", options_from="callback_ratings"),
                            text("remarks"))))
