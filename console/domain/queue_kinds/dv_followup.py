"""DV follow-up (查访): the next visit or call to a DV household, due by its tier.

Due when `console.domain.dv.followup.next_due` says (the latest assessment's colour in
`dv_risk.toml`, from the latest follow-up, else the assessment). The item reaches the DV
desk its rule's deadline ahead of that moment (a day, as the desk's own list shows it);
missed, it climbs the ladder to the supervisor like any other item. One item per
incident with a tier, open or closed: the follow-up goes on after the incident ends.

Finished from its form by recording the visit or call (`QueuesService.record_dv_followup`,
which writes it through the DV desk's `dv.record_visit` and resolves the item's
escalations in the same transaction): that is what the desk does when it has been to the
household or rung the victim. The re-assessment that should follow is made on the desk's
own page, where the case's answers are; until then the tier stays as it was.

The item carries the tier's colour as its detail, never a name, an address or a number,
and only roles that may read DV details get it (`confidential`).
"""

from __future__ import annotations

from console.domain.clock import from_stored
from console.domain.dv.followup import KINDS, next_due
from console.domain.dv.risk import default_checklist
from console.domain.queue_kinds import (
    DV_FOLLOWUPS,
    Context,
    Facts,
    Form,
    QueueKind,
    choice,
    incident_item,
    text,
)
from console.domain.queues import QueueItem

CODE = "dv_followup"


def derive(f: Facts, ctx: Context) -> QueueItem | None:
    colour = str(f["colour"])
    visited = from_stored(f["visited_at"]) if f["visited_at"] else None
    due = next_due(default_checklist(), colour, from_stored(f["assessed_at"]), visited)
    if due is None:
        return None
    shown_from = due - ctx.rules.allowance(CODE, priority=f["priority"])
    if ctx.now < shown_from:
        return None
    iid = f["incident_id"]
    return incident_item(f, ctx, key=f"{CODE}:{iid}", kind=CODE, ref_id=iid, due=due,
                         created=shown_from, desk=ctx.rules.desk(CODE), detail=colour)


KIND = QueueKind(CODE, DV_FOLLOWUPS, derive, action="queues.record_dv_followup",
                 form=Form((choice("kind", *KINDS), text("note"))), confidential=True)
