"""The enterprise desk's figures counted from what the store recorded."""

from __future__ import annotations

from test_enterprise_loop import enterprise_incident, registered

from console.domain.clock import FixedClock, local_day
from console.domain.figures import Period
from console.domain.lifecycle import Stage
from console.store import Store
from console.store.records import Operator

BOTH_ENGINES = True


def test_enterprise_figures(store: Store, supervisor: Operator, clock: FixedClock) -> None:
    ent = registered(store)
    store.actor = supervisor
    day = local_day(store.now(), store.tz).isoformat()
    store.registry.add_service_entry(ent, "visit", day, "陈亮", "走访")
    store.registry.add_service_entry(ent, "contact", day, "陈亮", "电话联系")
    store.registry.add_service_entry(ent, "visit", "2020-01-01", "陈亮", "早年走访")

    first = enterprise_incident(store, supervisor)
    pushes = store.enterprises.pushes(first)
    store.enterprises.acknowledge_push(int(str(pushes[0]["id"])), supervisor.id)  # in time
    clock.advance(seconds=601)
    store.enterprises.acknowledge_push(int(str(pushes[1]["id"])), supervisor.id)  # late
    store.incidents.advance(first, Stage.HANDLED, supervisor.id, result="已处理")
    callback = store.callbacks.callbacks_of(first)[0]
    store.callbacks.record_callback(int(str(callback["id"])), "basically_satisfied", "",
                                    supervisor.id)

    second = enterprise_incident(store, supervisor)
    store.enterprises.supervise(second, "现场未能化解", "李副局长", supervisor.id)
    third = enterprise_incident(store, supervisor)
    resolved = store.enterprises.supervise(third, "现场未能化解", "李副局长", supervisor.id)
    store.escalation.resolve_escalation(resolved, "已化解", supervisor.id)

    f = store.figures.tallies(Period.day(local_day(store.now(), store.tz))).figures
    assert f["enterprises_registered"] == 1
    assert f["enterprise_visits"] == 1
    assert (f["enterprise_pushes"], f["enterprise_pushes_acked"],
            f["enterprise_pushes_acked_in_time"]) == (9, 2, 1)
    assert (f["enterprise_callbacks_reached"], f["enterprise_callbacks_satisfied"],
            f["enterprise_satisfaction_pct"]) == (1, 1, 100.0)
    assert (f["enterprise_supervisions_open"], f["enterprise_supervisions_resolved"]) == (1, 1)
    other = store.figures.tallies(Period.day(local_day(store.now(), store.tz), "340421"))
    assert other.figures["enterprises_registered"] == 0
