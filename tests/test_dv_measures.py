"""Protection orders and referrals: the court's ruling due within 72 hours (24 when urgent),
an order valid at most six months, the desk alerted when a ruling is overdue and before an
order ends; referrals with their status."""

from __future__ import annotations

from datetime import timedelta

import pytest

from console.domain.calls import CallDraft
from console.domain.clock import FixedClock, local_day
from console.store import InputRefused, Store
from console.store.records import Operator

BOTH_ENGINES = True  # each store test runs on SQLite and on PostgreSQL


@pytest.fixture
def desk(store: Store) -> Operator:
    return store.accounts.add_operator("fjb01", "王芳", "dv_desk", "secret-110")


@pytest.fixture
def incident(store: Store, operator: Operator, desk: Operator) -> int:
    store.actor = operator
    saved = store.calls.log_call(CallDraft(category_code="dv_threat", address="洞山中路1号"),
                                 operator.id)
    store.actor = desk
    assert saved.incident_id is not None
    return saved.incident_id


def test_an_urgent_ruling_is_due_in_24_hours_and_overdue_after(
        store: Store, desk: Operator, incident: int, clock: FixedClock) -> None:
    order = store.dv.apply_order(incident, True, "田家庵区人民法院", operator_id=desk.id)
    assert order.decision_due - order.applied_at == timedelta(hours=24)
    plain = store.dv.apply_order(incident, False, operator_id=desk.id)
    assert plain.decision_due - plain.applied_at == timedelta(hours=72)
    assert store.dv.order_alerts() == []
    clock.advance(hours=25)
    assert [(o.id, o.alert) for o in store.dv.order_alerts()] == [
        (order.id, "decision_overdue")]


def test_a_granted_order_alerts_before_it_ends(store: Store, desk: Operator, incident: int,
                                               clock: FixedClock) -> None:
    order = store.dv.apply_order(incident, True, operator_id=desk.id)
    today = local_day(store.now(), store.tz)
    granted = store.dv.decide_order(order.id, "granted", today + timedelta(days=30),
                                    operator_id=desk.id)
    assert granted.decision == "granted" and granted.alert == ""
    clock.advance(days=22)
    assert store.dv.order_alerts() == []
    clock.advance(days=2)  # the last week of the order
    [alert] = store.dv.order_alerts()
    assert (alert.id, alert.alert) == (order.id, "expiring")
    clock.advance(days=7)
    assert [o.alert for o in store.dv.order_alerts()] == ["expired"]
    clock.advance(days=7)
    assert store.dv.order_alerts() == []


def test_an_order_longer_than_six_months_or_without_its_end_is_refused(
        store: Store, desk: Operator, incident: int) -> None:
    order = store.dv.apply_order(incident, False, operator_id=desk.id)
    today = local_day(store.now(), store.tz)
    for until in (None, today + timedelta(days=200), today - timedelta(days=1)):
        with pytest.raises(InputRefused):
            store.dv.decide_order(order.id, "granted", until, operator_id=desk.id)
    refused = store.dv.decide_order(order.id, "refused", operator_id=desk.id)
    assert (refused.decision, refused.valid_until) == ("refused", None)
    with pytest.raises(InputRefused):
        store.dv.decide_order(order.id, "granted", today, operator_id=desk.id)


def test_referrals_keep_their_status(store: Store, desk: Operator, incident: int,
                                     clock: FixedClock) -> None:
    shelter = store.dv.refer(incident, "shelter", operator_id=desk.id)
    store.dv.refer(incident, "women_federation", operator_id=desk.id)
    clock.advance(hours=3)
    store.dv.referral_status(shelter.id, "accepted", operator_id=desk.id)
    found = {r.agency: r for r in store.dv.referrals(incident)}
    assert found["shelter"].status == "accepted"
    assert found["shelter"].status_at - found["shelter"].referred_at == timedelta(hours=3)
    assert found["women_federation"].status == "referred"
    with pytest.raises(InputRefused):
        store.dv.refer(incident, "hotel", operator_id=desk.id)


def test_the_dv_figures_count_the_desks_work(store: Store, desk: Operator, incident: int,
                                             operator: Operator) -> None:
    from console.domain.dv.warnings import WarningDraft
    from console.domain.figures import Period

    store.dv.take(incident, desk.id)
    store.dv.assess(incident, ["injury"], operator_id=desk.id)
    store.dv.assess(incident, ["strangulation"], operator_id=desk.id)  # latest: red
    store.dv.issue_warning(incident, WarningDraft("张某", "李某", "spouse", "殴打"),
                           operator_id=desk.id)
    today = local_day(store.now(), store.tz)
    granted = store.dv.apply_order(incident, True, operator_id=desk.id)
    store.dv.decide_order(granted.id, "granted", today + timedelta(days=90), operator_id=desk.id)
    store.dv.apply_order(incident, False, operator_id=desk.id)
    store.dv.refer(incident, "shelter", operator_id=desk.id)
    store.actor = operator
    other = store.calls.log_call(CallDraft(category_code="dv_threat"), operator.id)
    assert other.incident_id is not None
    f = store.figures.tallies(Period.day(today)).figures
    assert (f["dv_incidents"], f["dv_taken"], f["dv_assessed"], f["dv_high_risk"],
            f["dv_warnings_issued"], f["dv_orders_applied"], f["dv_orders_granted"],
            f["dv_referrals"]) == (2, 1, 1, 1, 1, 2, 1, 1)


def test_follow_ups_are_due_by_the_tier_and_keep_a_closed_case_in_the_desks_list(
        store: Store, desk: Operator, incident: int, operator: Operator,
        clock: FixedClock) -> None:
    from console.domain.lifecycle import Stage

    store.dv.assess(incident, ["strangulation"], operator_id=desk.id)  # red: weekly
    [row] = store.dv.desk_incidents()
    assert row.followup_due is not None
    assert row.followup_due - store.now() == timedelta(days=7)
    store.incidents.advance(incident, Stage.HANDLED, desk.id, result="已告诫")
    store.incidents.advance(incident, Stage.CLOSED, desk.id, closure="resolved")
    assert store.dv.desk_incidents() == []  # closed, and its follow-up a week off
    clock.advance(days=6, hours=1)
    [row] = store.dv.desk_incidents()  # due within the day: back in the list
    assert not row.is_open and not row.followup_overdue(store.now())
    clock.advance(days=1)
    [row] = store.dv.desk_incidents()
    assert row.followup_overdue(store.now())
    store.dv.record_visit(incident, "visit", "上门查访，双方情绪稳定", operator_id=desk.id)
    assert store.dv.desk_incidents() == []  # the next one a week after the visit
    store.dv.assess(incident, [], operator_id=desk.id)  # re-assessed white: one more only
    clock.advance(days=29, hours=1)
    [row] = store.dv.desk_incidents()
    store.dv.record_visit(incident, "call", operator_id=desk.id)
    assert store.dv.desk_incidents() == []
    with pytest.raises(InputRefused):
        store.dv.record_visit(incident, "letter", operator_id=desk.id)
