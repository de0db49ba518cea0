"""DV protection order (人身安全保护令): a ruling overdue, or an order about to end.

An item while `console.domain.dv.measures.order_alert` raises one: the court has not
ruled within its 72 h (24 h urgent) limit, or a granted order ends within the notice
period (`EXPIRY_NOTICE`) or has just ended. It reaches the DV desk when the alert begins
(`alert_since`) and is due its rule's deadline later: a day to chase the court, or to
see the victim about a new order before this one ends; missed, it climbs to the
supervisor. It sounds the queue's alert whatever the incident's priority, as a new DV
incident does: a victim's protection is at stake.

What ends it is the desk's own record: the ruling entered, or a new application for the
incident (an order applied for after this one replaces it); an order that ended without
one leaves the queue when the alert does, a notice period after its end. A ruling (its
decision and last valid day, `dv.decide_order`) or a new application is made with the
case in view, on the DV desk's page, never as a one-line answer in a queue: so the item
opens its incident (`ON_THE_BOARD`), whose page shows the case, instead of a form.

The detail is the alert's code only; only roles that may read DV details get the item.
"""

from __future__ import annotations

from datetime import date

from console.domain.clock import from_stored
from console.domain.dv.measures import OrderState, alert_since, order_alert, order_ends
from console.domain.queue_kinds import (
    DV_ORDERS,
    ON_THE_DV_DESK,
    Context,
    Facts,
    QueueKind,
    incident_item,
)
from console.domain.queues import QueueItem

CODE = "dv_order"
ALERT_PRIORITY = 1


def derive(f: Facts, ctx: Context) -> QueueItem | None:
    until = f["valid_until"]
    ends = order_ends(date.fromisoformat(str(until)), ctx.tz) if until else None
    decided = f["decided_at"]
    state = OrderState(str(f["decision"]), from_stored(f["decision_due"]), ends,
                       from_stored(decided) if decided else None)
    alert = order_alert(state, ctx.now)
    since = alert_since(state, alert)
    if since is None:
        return None
    due = since + ctx.rules.allowance(CODE, priority=f["priority"])
    item = incident_item(f, ctx, key=f"{CODE}:{f['id']}", kind=CODE, ref_id=f["id"],
                         due=due, created=since, desk=ctx.rules.desk(CODE), detail=alert)
    return item._replace(priority=ALERT_PRIORITY)


KIND = QueueKind(CODE, DV_ORDERS, derive, action="dv.decide_order", form=ON_THE_DV_DESK,
                 confidential=True)
