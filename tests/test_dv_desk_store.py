"""The DV desk's store: every DV incident reaches the desk to be taken, the intake's safety
answers are kept for DV readers only, a DV silent call is called back by the desk, and risk
assessments follow the checklist in db/reference/dv_risk.toml and keep their history."""

from __future__ import annotations

import pytest

from console.domain.access import NotPermitted
from console.domain.calls import CallDraft
from console.domain.dv.risk import default_checklist
from console.domain.dv.safety import NO, YES, SafetyAnswers
from console.store import InputRefused, Store
from console.store.records import Operator

BOTH_ENGINES = True  # each store test runs on SQLite and on PostgreSQL


@pytest.fixture
def desk(store: Store) -> Operator:
    return store.accounts.add_operator("fjb01", "王芳", "dv_desk", "secret-110")


def _dv_call(store: Store, taker: Operator, **extra: object) -> int:
    store.actor = taker
    saved = store.calls.log_call(
        CallDraft(caller_number="13900001234", caller_name="刘女士", address="田家庵区淮舜南路8号",
                  category_code="dv_injury", jurisdiction_code="340402", summary="丈夫酒后殴打"),
        taker.id, **extra)  # type: ignore[arg-type]
    assert saved.incident_id is not None
    return saved.incident_id


def _items(store: Store, queue: str, kind: str) -> list[object]:
    return [i for i in store.queues.queue_items() if i.in_queue(queue) and i.kind == kind]


def test_a_dv_call_reaches_the_desk_at_once_with_an_alert_and_is_taken(
        store: Store, operator: Operator, desk: Operator) -> None:
    incident_id = _dv_call(store, operator)
    [item] = _items(store, "dv", "dv_take")
    assert item.incident_id == incident_id  # type: ignore[attr-defined]
    assert store.queues.queue_rules.is_alert(item)  # type: ignore[arg-type]
    assert not _items(store, "dispatch", "dv_take")

    store.actor = desk
    store.queues.finish_queue_item("dv_take", incident_id, {}, desk.id)
    assert not _items(store, "dv", "dv_take")
    owners = [e for e in store.incidents.timeline(incident_id) if e.kind == "owner"]
    assert [(e.operator, e.detail["owner"]) for e in owners] == [("王芳", "王芳")]
    with pytest.raises(InputRefused) as refused:
        store.dv.take(incident_id, desk.id)
    assert refused.value.problems[0].code == "already_taken"


def test_a_call_taker_cannot_take_a_dv_incident(store: Store, operator: Operator) -> None:
    incident_id = _dv_call(store, operator)
    with pytest.raises(NotPermitted):
        store.dv.take(incident_id, operator.id)
    assert _items(store, "dv", "dv_take")


def test_an_incident_recategorised_as_dv_reaches_the_desk(
        store: Store, operator: Operator) -> None:
    store.actor = operator
    saved = store.calls.log_call(
        CallDraft(caller_number="13900005678", address="洞山中路1号",
                  category_code="dispute_family", jurisdiction_code="340402",
                  summary="夫妻吵架"), operator.id)
    assert saved.incident_id is not None
    assert not _items(store, "dv", "dv_take")
    store.dv.mark_dv(saved.incident_id, operator.id)
    [item] = _items(store, "dv", "dv_take")
    assert item.incident_id == saved.incident_id  # type: ignore[attr-defined]
    # From now on its caller's details are hidden from the call-taker.
    assert store.calls.call(saved.call_id)["caller_number"] == ""  # type: ignore[index]
    # The timeline says it was re-categorised, and by whom.
    [marked] = [e for e in store.incidents.timeline(saved.incident_id)
                if e.kind == "dv_desk" and e.detail.get("action") == "marked_dv"]
    assert marked.operator == operator.display_name


def test_safety_answers_are_kept_for_dv_readers_only(
        store: Store, operator: Operator, desk: Operator) -> None:
    incident_id = _dv_call(store, operator, dv_safety=SafetyAnswers(NO, YES))
    with pytest.raises(NotPermitted):
        store.dv.incident_safety(incident_id)
    store.actor = desk
    assert store.dv.incident_safety(incident_id) == SafetyAnswers(NO, YES)


def test_an_unknown_safety_answer_is_refused_and_nothing_saved(
        store: Store, operator: Operator) -> None:
    store.actor = operator
    before = store.calls.last_call_id()
    with pytest.raises(InputRefused):
        store.calls.log_call(CallDraft(category_code="dv_injury"), operator.id,
                             dv_safety=SafetyAnswers("maybe", YES))
    assert store.calls.last_call_id() == before


def test_a_dv_silent_call_is_called_back_by_the_desk_not_dispatch(
        store: Store, operator: Operator) -> None:
    store.actor = operator
    saved = store.calls.log_call(CallDraft(caller_number="13900009999", disposition="silent",
                                           category_code="silent", dv_flag=True), operator.id)
    key = f"silent_callback:{saved.call_id}"
    assert [i.key for i in _items(store, "dv", "silent_callback")] == [key]  # type: ignore[attr-defined]
    assert not _items(store, "dispatch", "silent_callback")


@pytest.mark.parametrize(("yes", "colour", "level", "raised"), [
    ((), "white", "none", ""),
    (("injury", "very_frightened", "isolated"), "blue", "standard", ""),
    (("injury", "very_frightened", "isolated", "depressed", "separated", "pregnant"),
     "yellow", "standard", ""),
    (("strangulation",), "red", "high", "critical"),
])
def test_the_checklist_gives_the_tier(yes: tuple[str, ...], colour: str, level: str,
                                      raised: str) -> None:
    result = default_checklist().assess(yes)
    assert (result.score, result.colour, result.level, result.raised) == (
        len(yes), colour, level, raised)


def test_dash_thresholds_from_the_data_file() -> None:
    checklist = default_checklist()
    plain = [q.code for q in checklist.questions if not q.critical]
    assert len(checklist.questions) == 24
    assert checklist.assess(plain[:9]).level == "standard"
    assert checklist.assess(plain[:10]).colour == "orange"
    assert checklist.assess(plain[:13]).level == "medium"
    assert (checklist.assess(plain[:14]).colour, checklist.assess(plain[:14]).level) == (
        "red", "high")


def test_assessments_keep_their_history_and_judgement_needs_a_reason(
        store: Store, operator: Operator, desk: Operator) -> None:
    incident_id = _dv_call(store, operator)
    store.actor = desk
    first = store.dv.assess(incident_id, ["injury", "very_frightened"], operator_id=desk.id)
    assert first.colour == "blue"
    with pytest.raises(InputRefused) as refused:
        store.dv.assess(incident_id, ["injury"], "orange", operator_id=desk.id)
    assert refused.value.problems[0].field == "reason"
    second = store.dv.assess(incident_id, ["injury"], "orange", "孩子在场，对方扬言报复",
                             operator_id=desk.id)
    assert (second.colour, second.raised) == ("orange", "judgement")
    history = store.dv.assessments(incident_id)
    assert [h.assessment.colour for h in history] == ["orange", "blue"]
    assert history[0].assessed_by == "王芳"
    assert history[0].assessment.reason == "孩子在场，对方扬言报复"
    store.actor = operator
    with pytest.raises(NotPermitted):
        store.dv.assessments(incident_id)
    with pytest.raises(NotPermitted):
        store.dv.assess(incident_id, ["injury"], operator_id=operator.id)


def test_a_call_taker_asking_for_case_details_gets_none_and_the_attempt_is_recorded(
        store: Store, operator: Operator, desk: Operator, supervisor: Operator) -> None:
    incident_id = _dv_call(store, operator, dv_safety=SafetyAnswers(NO, NO))
    store.actor = desk
    store.dv.assess(incident_id, ["injury"], operator_id=desk.id)
    store.actor = operator
    for ask in (store.dv.assessments, store.dv.warnings, store.dv.incident_safety):
        with pytest.raises(NotPermitted):
            ask(incident_id)
    with pytest.raises(NotPermitted):
        store.dv.desk_incidents()
    with pytest.raises(NotPermitted):
        store.dv.access_log()
    store.actor = desk
    assert [a.assessment.score for a in store.dv.assessments(incident_id)] == [1]
    store.actor = supervisor
    log = store.dv.access_log()
    assert log[0].what == "access_log" and log[0].operator == "李强"
    refused = [r for r in log if not r.allowed]
    assert [(r.operator, r.role, r.what) for r in reversed(refused)] == [
        ("张明", "call_taker", "assessments"), ("张明", "call_taker", "warnings"),
        ("张明", "call_taker", "safety"), ("张明", "call_taker", "desk_list"),
        ("张明", "call_taker", "access_log")]
    assert {r.incident_number for r in refused if r.incident_id is not None} == {
        store.incidents.incident(incident_id).number}  # type: ignore[union-attr]
    read = [r for r in log if r.allowed and r.what == "assessments"]
    assert [(r.operator, r.incident_id) for r in read] == [("王芳", incident_id)]
    assert [r.what for r in store.dv.access_log(refused_only=True)] == [
        "access_log", "desk_list", "safety", "warnings", "assessments"]
