"""The DV desk's follow-ups (查访) and protection orders in the shared queues: due by the tier
or the order's alert, the DV desk's until their deadline, then the supervisor's; never given
to a role that may not read DV details."""

from __future__ import annotations

from datetime import timedelta

import pytest

from console.domain.calls import CallDraft
from console.domain.clock import FixedClock, local_day
from console.domain.lifecycle import Stage
from console.domain.queues import Level
from console.store import Store
from console.store.records import Operator

BOTH_ENGINES = True  # each store test runs on SQLite and on PostgreSQL

VICTIM = "刘晓梅"
NUMBER = "13955501234"


@pytest.fixture
def desk(store: Store) -> Operator:
    return store.accounts.add_operator("fjb01", "王芳", "dv_desk", "secret-110")


@pytest.fixture
def incident(store: Store, operator: Operator, desk: Operator) -> int:
    """A DV call, taken and assessed red (weekly follow-up), then closed."""
    saved = store.calls.log_call(CallDraft(
        category_code="dv_threat", address="洞山中路1号", caller_number=NUMBER,
        caller_name=VICTIM, summary=f"{VICTIM}称丈夫殴打", priority=2), operator.id)
    assert saved.incident_id is not None
    iid = saved.incident_id
    store.dv.take(iid, desk.id)
    store.dv.assess(iid, ["strangulation"], operator_id=desk.id)
    store.incidents.advance(iid, Stage.HANDLED, desk.id, result="已告诫")
    store.incidents.advance(iid, Stage.CLOSED, desk.id, closure="resolved")
    return iid


def items(store: Store, kind: str) -> dict[str, object]:
    return {i.key: i for i in store.queues.queue_items() if i.kind == kind}


def test_an_overdue_follow_up_rises_to_the_supervisor(
        store: Store, incident: int, desk: Operator, supervisor: Operator,
        clock: FixedClock) -> None:
    key = f"dv_followup:{incident}"
    assert items(store, "dv_followup") == {}  # a week off: not yet in any queue
    clock.advance(days=6, hours=1)  # due within the day: the DV desk's
    [item] = items(store, "dv_followup").values()
    assert item.key == key and item.desk == "dv" and item.in_queue("dv")  # type: ignore[attr-defined]
    assert item.detail == "red" and item.due - store.now() == timedelta(hours=23)  # type: ignore[attr-defined]
    assert key not in store.escalation.escalate_due()

    clock.advance(hours=23, minutes=10)  # overdue: the pass hands it to the supervisor
    assert key in store.escalation.escalate_due()
    store.actor = supervisor
    [item] = items(store, "dv_followup").values()
    assert item.level == Level.SUPERVISOR and item.in_queue("supervisor")  # type: ignore[attr-defined]
    assert not item.in_queue("dv")  # type: ignore[attr-defined]

    # A missed visit is the supervisor's for a day, not the leadership's half an hour later
    # as a dispatch would be (the kind's own step in queue_rules.toml).
    clock.advance(hours=2)
    assert key not in store.escalation.escalate_due()
    [item] = items(store, "dv_followup").values()
    assert item.level == Level.SUPERVISOR  # type: ignore[attr-defined]

    store.actor = desk  # the desk catches up: the visit recorded from the queue
    store.queues.finish_queue_item("dv_followup", incident,
                                   {"kind": "visit", "note": "上门查访，双方情绪稳定"}, desk.id)
    assert items(store, "dv_followup") == {}  # the next visit a week off
    [resolved] = [e.detail for e in store.incidents.timeline(incident)
                  if e.kind == "escalation_resolved"]
    assert resolved["item"] == key
    assert key not in store.escalation.escalate_due()


def test_an_order_ending_in_three_days_is_a_dv_order_item_that_alerts(
        store: Store, incident: int, desk: Operator, clock: FixedClock) -> None:
    order = store.dv.apply_order(incident, True, "田家庵区人民法院", operator_id=desk.id)
    assert items(store, "dv_order") == {}  # the court has 24 hours
    clock.advance(hours=25)
    [waiting] = items(store, "dv_order").values()
    assert waiting.detail == "decision_overdue"  # type: ignore[attr-defined]
    today = local_day(store.now(), store.tz)
    store.dv.decide_order(order.id, "granted", today + timedelta(days=3), operator_id=desk.id)
    [item] = items(store, "dv_order").values()
    assert item.key == f"dv_order:{order.id}" and item.incident_id == incident  # type: ignore[attr-defined]
    assert item.detail == "expiring" and item.desk == "dv"  # type: ignore[attr-defined]
    assert store.queues.queue_rules.is_alert(item)  # type: ignore[arg-type]

    clock.advance(days=1, minutes=10)  # the desk's day passed: the supervisor's, for a day
    store.escalation.escalate_due()
    assert items(store, "dv_order")[item.key].level == Level.SUPERVISOR  # type: ignore[attr-defined]
    clock.advance(hours=2)
    store.escalation.escalate_due()
    assert items(store, "dv_order")[item.key].level == Level.SUPERVISOR  # type: ignore[attr-defined]

    clock.advance(days=4)  # ended: the same item, gone on to the leadership
    store.escalation.escalate_due()
    [ended] = items(store, "dv_order").values()
    assert ended.detail == "expired" and ended.level == Level.LEADERSHIP  # type: ignore[attr-defined]
    store.dv.apply_order(incident, False, operator_id=desk.id)  # a new application
    assert items(store, "dv_order") == {}  # the expired order replaced, the new one not due


def test_a_late_ruling_ends_what_the_overdue_ruling_rose_to(
        store: Store, incident: int, desk: Operator, clock: FixedClock) -> None:
    """The ruling came two days late, granting an order for three days: the new expiry
    alert is the desk's, not the supervisor's the overdue ruling had reached."""
    order = store.dv.apply_order(incident, True, operator_id=desk.id)
    key = f"dv_order:{order.id}"
    clock.advance(hours=49)  # the court's 24 hours, and the desk's day, passed
    assert key in store.escalation.escalate_due()
    assert items(store, "dv_order")[key].level == Level.SUPERVISOR  # type: ignore[attr-defined]

    store.dv.decide_order(order.id, "granted", local_day(store.now(), store.tz)
                          + timedelta(days=3), operator_id=desk.id)
    [item] = items(store, "dv_order").values()
    assert item.detail == "expiring" and item.level == Level.DESK  # type: ignore[attr-defined]
    assert store.conn.execute("SELECT COUNT(*) FROM escalations WHERE incident_id = ?"
                              " AND reason = 'overdue_dv_order' AND resolved_at IS NULL",
                              [incident]).fetchone()[0] == 0
    assert key not in store.escalation.escalate_due()  # the desk has its day


def test_a_call_takers_queue_read_carries_no_dv_case(
        store: Store, incident: int, operator: Operator, desk: Operator,
        clock: FixedClock) -> None:
    store.dv.apply_order(incident, False, operator_id=desk.id)
    clock.advance(days=8)  # the follow-up and the ruling both overdue
    store.escalation.escalate_due()
    assert {"dv_followup", "dv_order"} <= {i.kind for i in store.queues.queue_items()}

    store.actor = operator  # a call-taker
    seen = store.queues.queue_items()
    assert not {"dv_followup", "dv_order"} & {i.kind for i in seen}
    text = repr(seen) + repr(store.shift.handover("supervisor").items)
    for secret in (VICTIM, NUMBER, "red", "decision_overdue"):
        assert secret not in text
    store.actor = desk
    assert {"dv_followup", "dv_order"} <= {i.kind for i in store.queues.queue_items()}


def test_the_dv_queue_reads_scope_by_incident(store: Store, incident: int,
                                              clock: FixedClock) -> None:
    clock.advance(days=8)
    full = {i.key for i in store.queues.queue_items()}
    scoped = {i.key for i in store.queues.queue_items(incident_ids=[incident])}
    assert f"dv_followup:{incident}" in scoped and scoped <= full
    assert store.queues.queue_items(incident_ids=[incident + 1000]) == []


def test_a_missed_follow_up_leaves_its_cleared_day_cleared(
        store: Store, incident: int, desk: Operator, supervisor: Operator,
        clock: FixedClock) -> None:
    """警情清零 counts incidents brought to an end on their day; a DV household's visit a
    week later is the case's work, in the queues, not an incident of that day left open."""
    for cb in store.callbacks.callbacks_of(incident):
        store.callbacks.record_callback(int(cb["id"]), "satisfied", "", desk.id)
    store.actor = supervisor
    manual = store.calls.log_call(CallDraft(
        category_code="theft", address="洞山中路2号", caller_number="13955509999",
        summary="被盗", priority=2), supervisor.id).incident_id
    assert manual is not None
    store.incidents.advance(manual, Stage.HANDLED, supervisor.id, result="已处理")
    store.incidents.advance(manual, Stage.CLOSED, supervisor.id, closure="resolved")
    for cb in store.callbacks.callbacks_of(manual):
        store.callbacks.record_callback(int(cb["id"]), "satisfied", "", supervisor.id)
    store.escalation.escalate_incident(manual, "群众再次来电反映", supervisor.id)
    clock.advance(days=8)
    assert f"dv_followup:{incident}" in store.escalation.escalate_due()

    review = store.shift.clear_review()
    assert {o.incident_id: o.reasons for o in review.incidents} == \
        {manual: ("escalation",)}  # a 督办 raised by hand still holds its day open
