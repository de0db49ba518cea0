"""The loop of an enterprise incident in the store: pushed to three, acknowledged, feedback,
handled, called back, closed — and the store refusing to close before the callback,
挂牌督办 until resolved, an overdue push rising to the supervisor."""

from __future__ import annotations

from dataclasses import replace

import pytest

from console.domain import credit_code
from console.domain.calls import CallDraft
from console.domain.clock import FixedClock
from console.domain.enterprise_loop import CallbackFacts, may_close
from console.domain.enterprises import EnterpriseDraft
from console.domain.lifecycle import Stage
from console.domain.queues import Level
from console.store import Store
from console.store.enterprise_loop import CallbackFirst
from console.store.errors import InputRefused
from console.store.records import Operator

BOTH_ENGINES = True
ADDRESS = "田家庵区洞山路18号"


def registered(store: Store) -> int:
    first17 = "91340400MA0000018"
    store.actor = None
    return store.registry.add(EnterpriseDraft(
        name="淮南市明达化工有限公司", credit_code=first17 + credit_code.check_digit(first17),
        address=ADDRESS, jurisdiction_code="340402", bureau_leader="王建国",
        bureau_leader_phone="13905540001", station_leader="刘海",
        station_leader_phone="13905540002", officer="陈亮", officer_phone="13905540003"))


@pytest.fixture
def desk(store: Store) -> Operator:
    registered(store)
    return store.accounts.add_operator("hq01", "赵敏", "enterprise_desk", "secret-110")


def enterprise_incident(store: Store, who: Operator, **changes: object) -> int:
    draft = replace(CallDraft(address=ADDRESS, jurisdiction_code="340402",
                              category_code="enterprise_security", disposition="incident",
                              summary="厂区有人盗窃电缆"), **changes)
    saved = store.calls.log_call(draft, who.id)
    assert saved.incident_id is not None
    return saved.incident_id


def steps(store: Store, incident_id: int) -> list[tuple[str, str, bool]]:
    return [(s.code, s.role, s.done) for s in store.enterprises.loop(incident_id)]


def test_may_close_rule() -> None:
    assert not may_close([], 3)
    assert not may_close([CallbackFacts("t", None)], 3)
    assert may_close([CallbackFacts("t", "t", "dissatisfied")], 3)
    assert not may_close([CallbackFacts("t", "t", "not_reached")] * 2, 3)
    assert may_close([CallbackFacts("t", "t", "not_reached")] * 3, 3)


def test_whole_loop(store: Store, desk: Operator) -> None:
    store.actor = desk
    iid = enterprise_incident(store, desk)
    pushes = store.enterprises.pushes(iid)
    assert [p["person"] for p in pushes] == ["王建国", "刘海", "陈亮"]
    assert steps(store, iid)[0] == ("pushed", "", True)
    assert [done for _, _, done in steps(store, iid)[1:]] == [False] * 7

    with pytest.raises(InputRefused):  # feedback comes after the acknowledgement
        store.enterprises.push_feedback(int(str(pushes[2]["id"])), "已到场", desk.id)
    for p in pushes:
        store.enterprises.acknowledge_push(int(str(p["id"])), desk.id)
    store.enterprises.push_feedback(int(str(pushes[2]["id"])), "民警已到厂区，嫌疑人已控制",
                                    desk.id)
    store.incidents.advance(iid, Stage.HANDLED, desk.id, result="嫌疑人已移交派出所")
    assert len(store.callbacks.callbacks_of(iid)) == 1  # the callback is due on handling

    with pytest.raises(CallbackFirst):
        store.incidents.finish(iid, Stage.CLOSED, desk.id, closure="resolved")
    assert store.incidents.incident(iid).stage == Stage.HANDLED.value  # type: ignore[union-attr]

    callback = store.callbacks.callbacks_of(iid)[0]
    store.callbacks.record_callback(int(str(callback["id"])), "satisfied", "企业表示感谢",
                                    desk.id)
    store.incidents.finish(iid, Stage.CLOSED, desk.id, closure="resolved")
    loop = store.enterprises.loop(iid)
    assert all(s.done for s in loop)
    assert [s.code for s in loop] == ["pushed", "acknowledged", "acknowledged", "acknowledged",
                                      "feedback", "handled", "callback", "closed"]
    feedback = next(s for s in loop if s.code == "feedback")
    assert (feedback.who, feedback.detail) == ("陈亮", "民警已到厂区，嫌疑人已控制")
    assert next(s for s in loop if s.code == "closed").who == "赵敏"
    assert len(store.callbacks.callbacks_of(iid)) == 1  # none more after closing


def test_flagged_but_unregistered_enterprise_is_called_back_too(store: Store,
                                                                desk: Operator) -> None:
    store.actor = desk
    iid = enterprise_incident(store, desk, address="大通区某工地", enterprise_flag=True)
    assert store.enterprises.pushes(iid) == []
    store.incidents.advance(iid, Stage.HANDLED, desk.id, result="已处理")
    with pytest.raises(CallbackFirst):
        store.incidents.finish(iid, Stage.CLOSED, desk.id, closure="resolved")


def test_unreached_in_every_attempt_may_close(store: Store, desk: Operator) -> None:
    store.actor = desk
    iid = enterprise_incident(store, desk)
    store.incidents.advance(iid, Stage.HANDLED, desk.id, result="已处理")
    for _ in range(store.reference.callbacks.attempts):
        due = next(c for c in store.callbacks.callbacks_of(iid) if not c["done_at"])
        with pytest.raises(CallbackFirst):
            store.incidents.finish(iid, Stage.CLOSED, desk.id, closure="resolved")
        store.callbacks.record_callback(int(str(due["id"])), "not_reached", "", desk.id)
    store.incidents.finish(iid, Stage.CLOSED, desk.id, closure="resolved")


def test_other_incidents_close_as_before(store: Store, desk: Operator) -> None:
    store.actor = desk
    saved = store.calls.log_call(CallDraft(address="寿县寿春镇南街3号", category_code="fight",
                                           jurisdiction_code="340422", disposition="incident"),
                                 desk.id)
    iid = saved.incident_id
    assert iid is not None
    store.incidents.advance(iid, Stage.HANDLED, desk.id, result="已调解")
    store.incidents.finish(iid, Stage.CLOSED, desk.id, closure="mediated")


def test_supervision_open_until_resolved(store: Store, desk: Operator,
                                         supervisor: Operator) -> None:
    store.actor = desk
    iid = enterprise_incident(store, desk)
    with pytest.raises(InputRefused):
        store.enterprises.supervise(iid, "", "李副局长", desk.id)
    escalation = store.enterprises.supervise(iid, "涉企纠纷现场未能化解", "李副局长", desk.id)
    loop = store.enterprises.loop(iid)
    assert [(s.code, s.who, s.done) for s in loop[-2:]] == [
        ("escalated", "李副局长", True), ("resolved", "", False)]
    items = {i.key: i for i in store.queues.queue_items()}
    assert items[f"escalation:{escalation}"].level is Level.LEADERSHIP
    store.actor = supervisor
    store.escalation.resolve_escalation(escalation, "约谈双方，已达成协议", supervisor.id)
    resolved = store.enterprises.loop(iid)[-1]
    assert (resolved.done, resolved.who, resolved.detail) == (True, "李强", "约谈双方，已达成协议")
    assert f"escalation:{escalation}" not in {i.key for i in store.queues.queue_items()}


def test_overdue_push_rises_to_the_supervisor(store: Store, desk: Operator,
                                              clock: FixedClock) -> None:
    store.actor = desk
    iid = enterprise_incident(store, desk)
    key = f"push_ack:{store.enterprises.pushes(iid)[0]['id']}"
    assert {i.key: i for i in store.queues.queue_items()}[key].level is Level.DESK
    clock.advance(seconds=601)
    store.escalation.escalate_due()
    item = {i.key: i for i in store.queues.queue_items()}[key]
    assert item.level is Level.SUPERVISOR and item.in_queue("supervisor")


def test_desk_queue_overdue_first(store: Store, desk: Operator, clock: FixedClock) -> None:
    store.actor = desk
    first = enterprise_incident(store, desk)
    clock.advance(seconds=601)
    store.escalation.escalate_due()
    second = enterprise_incident(store, desk)
    rows = store.enterprises.desk_queue()
    assert [r.incident_id for r in rows] == [first, second]
    assert rows[0].level == Level.SUPERVISOR and rows[0].overdue
    assert (rows[1].next_step, rows[1].next_role) == ("acknowledged", "bureau_leader")
    assert rows[1].enterprise == "淮南市明达化工有限公司"
    assert "push_ack" in rows[1].kinds


def test_an_incident_linked_later_is_pushed_and_owes_its_callback(store: Store,
                                                                  desk: Operator) -> None:
    store.actor = desk
    saved = store.calls.log_call(CallDraft(address="大通区某路口", category_code="fight",
                                           jurisdiction_code="340402", disposition="incident"),
                                 desk.id)
    iid = saved.incident_id
    assert iid is not None
    number = store.incidents.incident(iid).number  # type: ignore[union-attr]
    enterprise = store.registry.search()[0].id
    with pytest.raises(InputRefused):
        store.enterprises.link_incident("340400-20990101-0001", enterprise, desk.id)
    assert store.enterprises.link_incident(number, enterprise, desk.id) == iid
    assert len(store.enterprises.pushes(iid)) == 3
    assert [e.id for e in store.registry.search() if e.incidents] == [enterprise]
    with pytest.raises(InputRefused):
        store.enterprises.link_incident(number, enterprise, desk.id)
    store.incidents.advance(iid, Stage.HANDLED, desk.id, result="已处理")
    with pytest.raises(CallbackFirst):
        store.incidents.finish(iid, Stage.CLOSED, desk.id, closure="resolved")


def test_an_inactive_enterprise_is_no_longer_pushed_to(store: Store, desk: Operator) -> None:
    store.actor = desk
    enterprise = store.registry.search()[0].id
    store.registry.set_status(enterprise, "inactive")
    iid = enterprise_incident(store, desk)
    assert store.enterprises.pushes(iid) == []
    assert store.registry.get(enterprise).incidents == 0
