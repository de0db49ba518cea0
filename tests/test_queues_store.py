"""Queues on a real database: items derived, deadlines passed, escalations written and resolved."""

from __future__ import annotations

import inspect
import json
import tomllib
from datetime import timedelta
from pathlib import Path

import pytest
from engines import another

from console.domain.calls import CallDraft
from console.domain.clock import FixedClock, from_stored
from console.domain.lifecycle import Stage
from console.domain.queue_kinds import (
    CALL_SOURCES,
    CALLS,
    NOTE,
    QueueKind,
    codes,
    kinds,
    queue_kind,
)
from console.domain.queues import Kind, Level, QueueRules, State, default_queue_rules
from console.domain.reference import default_reference
from console.paths import db_dir
from console.store import InputRefused, Store
from console.store.queues import _FACT_READS
from console.store.records import Operator
from console.store.store import SERVICES
from console.ui.queues import texts

BOTH_ENGINES = True  # each store test runs on SQLite and on PostgreSQL


def incident_call(store: Store, operator: Operator, **overrides: object) -> int:
    values: dict[str, object] = dict(
        caller_number="13900000001", address="田家庵区朝阳路1号", jurisdiction_code="340403",
        category_code="theft", priority=1, summary="电动车被盗", disposition="incident")
    values.update(overrides)
    saved = store.calls.log_call(CallDraft(**values), operator.id)  # type: ignore[arg-type]
    assert saved.incident_id is not None
    return saved.incident_id


def items_by_key(store: Store) -> dict[str, object]:
    return {i.key: i for i in store.queues.queue_items()}


def events(store: Store, incident_id: int, kind: str) -> list[dict[str, object]]:
    return [e.detail for e in store.incidents.timeline(incident_id) if e.kind == kind]


def add_enterprise(store: Store, address: str) -> int:
    from console.domain.addresses import address_key

    with store.write() as conn:
        cur = conn.execute(
            "INSERT INTO enterprises (name, address, address_key, jurisdiction_code,"
            " bureau_leader, bureau_leader_phone, station_leader, station_leader_phone,"
            " officer, officer_phone, created_at) VALUES (?, ?, ?, '340403', '王局', '1',"
            " '赵所', '2', '钱警官', '3', ?)",
            ["淮南市某某机械有限公司", address, address_key(address), store.now_text()])
    return int(cur.lastrowid or 0)


def close(store: Store, incident_id: int, operator: Operator) -> None:
    store.incidents.advance(incident_id, Stage.HANDLED, operator.id, result="处理完毕")
    store.incidents.advance(incident_id, Stage.CLOSED, operator.id, closure="resolved")


def test_new_incident_is_a_dispatch_item_that_escalates_desk_supervisor_leadership(
        store: Store, operator: Operator, clock: FixedClock) -> None:
    iid = incident_call(store, operator)
    item = items_by_key(store)[f"dispatch:{iid}"]
    assert item.kind is Kind.DISPATCH and item.desk == "dispatch"
    assert item.due - item.created == timedelta(seconds=60)  # priority 1: deadlines.toml
    assert item.in_queue("dispatch") and not item.in_queue("supervisor")
    assert store.escalation.escalate_due() == []

    clock.advance(seconds=61)
    assert item.state(clock.now()) is State.OVERDUE
    assert store.escalation.escalate_due() == [f"dispatch:{iid}"]
    assert store.escalation.escalate_due() == []  # idempotent
    item = items_by_key(store)[f"dispatch:{iid}"]
    assert item.level is Level.SUPERVISOR and item.state(clock.now()) is State.ESCALATED
    assert item.in_queue("supervisor") and not item.in_queue("dispatch")
    escalate = events(store, iid, "escalate")
    assert [e["level"] for e in escalate] == ["supervisor"]
    assert escalate[0]["item"] == f"dispatch:{iid}"
    rows = store.conn.execute("SELECT level, resolved_at FROM escalations WHERE incident_id = ?",
                              [iid]).fetchall()
    assert [tuple(r) for r in rows] == [("supervisor", None)]

    clock.advance(seconds=1800)
    assert store.escalation.escalate_due() == [f"dispatch:{iid}"]
    item = items_by_key(store)[f"dispatch:{iid}"]
    assert item.level is Level.LEADERSHIP and item.in_queue("leadership")
    assert [e["level"] for e in events(store, iid, "escalate")] == ["supervisor", "leadership"]

    # Dispatching on the board ends the item; the next run resolves its escalations.
    store.units.dispatch(iid, ["DS01"], operator.id)
    assert f"dispatch:{iid}" not in items_by_key(store)
    store.escalation.escalate_due()
    open_rows = store.conn.execute(
        "SELECT count(*) FROM escalations WHERE incident_id = ? AND resolved_at IS NULL",
        [iid]).fetchone()[0]
    assert open_rows == 0


def test_escalating_twice_in_one_run_when_far_overdue(store: Store, operator: Operator,
                                                      clock: FixedClock) -> None:
    iid = incident_call(store, operator)
    clock.advance(hours=3)
    store.escalation.escalate_due()
    assert [e["level"] for e in events(store, iid, "escalate")] == ["supervisor", "leadership"]


def test_follow_up_uses_arrival_deadline_by_area_type(store: Store, operator: Operator) -> None:
    urban = incident_call(store, operator)
    rural = incident_call(store, operator, jurisdiction_code="340421", address="凤台县城关镇1号")
    store.units.dispatch(urban, ["DS01"], operator.id)
    store.units.dispatch(rural, ["DS01"], operator.id)
    items = items_by_key(store)
    u, r = items[f"follow_up:{urban}:arrival"], items[f"follow_up:{rural}:arrival"]
    dispatched = from_stored(store.incidents.incident(urban).dispatched_at or "")
    assert u.due - dispatched == timedelta(minutes=5)
    assert r.due - dispatched == timedelta(minutes=20)


def test_enterprise_incident_pushed_to_three_and_acknowledged(store: Store, operator: Operator,
                                                              clock: FixedClock) -> None:
    add_enterprise(store, "田家庵区工业路8号")
    iid = incident_call(store, operator, address="田家庵区工业路8号",
                        category_code="enterprise_security", priority=2)
    pushes = store.enterprises.pushes(iid)
    assert [p["role"] for p in pushes] == ["bureau_leader", "station_leader", "officer"]
    assert [p["person"] for p in pushes] == ["王局", "赵所", "钱警官"]
    keys = [f"push_ack:{p['id']}" for p in pushes]
    items = items_by_key(store)
    assert all(items[k].desk == "enterprise" and items[k].in_queue("enterprise") for k in keys)

    clock.advance(seconds=601)
    store.escalation.escalate_due()
    assert items_by_key(store)[keys[0]].level is Level.SUPERVISOR
    assert store.enterprises.acknowledge_push(int(pushes[0]["id"]), operator.id)
    assert not store.enterprises.acknowledge_push(int(pushes[0]["id"]), operator.id)
    items = items_by_key(store)
    assert keys[0] not in items and keys[1] in items
    acked = store.conn.execute(
        "SELECT count(*) FROM escalations WHERE incident_id = ? AND resolved_at IS NOT NULL",
        [iid]).fetchone()[0]
    assert acked == 1  # the first push's escalation is resolved, the others still open
    assert events(store, iid, "push_ack")[0]["person"] == "王局"


def test_closing_creates_due_callback_and_dissatisfied_is_escalated(
        store: Store, operator: Operator, supervisor: Operator, clock: FixedClock) -> None:
    iid = incident_call(store, operator, category_code="domestic_violence", dv_flag=True)
    close(store, iid, operator)
    callbacks = store.callbacks.callbacks_of(iid)
    assert len(callbacks) == 1
    due = from_stored(str(callbacks[0]["due_at"]))
    closed = from_stored(store.conn.execute("SELECT closed_at FROM incidents WHERE id = ?",
                                            [iid]).fetchone()[0])
    assert due - closed == timedelta(hours=12)  # DV override in queue_rules.toml
    item = items_by_key(store)[f"callback:{callbacks[0]['id']}"]
    assert item.desk == "dv" and item.in_queue("dv")

    with pytest.raises(InputRefused):
        store.callbacks.record_callback(int(callbacks[0]["id"]), "grumpy", "", operator.id)
    escalation_id = store.callbacks.record_callback(int(callbacks[0]["id"]), "dissatisfied",
                                                    "民警态度差",
                                                    operator.id)
    assert escalation_id is not None
    assert store.incidents.incident(iid).stage == "called_back"
    items = items_by_key(store)
    assert f"callback:{callbacks[0]['id']}" not in items
    esc = items[f"escalation:{escalation_id}"]
    assert esc.kind is Kind.ESCALATION and esc.in_queue("supervisor")
    assert esc.base_level is Level.SUPERVISOR

    with pytest.raises(InputRefused):
        store.escalation.resolve_escalation(escalation_id, "  ", supervisor.id)
    store.escalation.resolve_escalation(escalation_id, "已约谈民警并向报警人致歉", supervisor.id)
    assert f"escalation:{escalation_id}" not in items_by_key(store)
    resolved = events(store, iid, "escalation_resolved")
    assert resolved[-1]["resolution"] == "已约谈民警并向报警人致歉"


def test_enterprise_dissatisfied_goes_to_leadership(store: Store, operator: Operator) -> None:
    add_enterprise(store, "田家庵区工业路9号")
    iid = incident_call(store, operator, address="田家庵区工业路9号",
                        category_code="enterprise_dispute", priority=2)
    # an enterprise incident is called back once handled, and only then may close
    store.incidents.advance(iid, Stage.HANDLED, operator.id, result="处理完毕")
    cb = store.callbacks.callbacks_of(iid)[0]
    escalation_id = store.callbacks.record_callback(int(cb["id"]), "dissatisfied", "", operator.id)
    store.incidents.advance(iid, Stage.CLOSED, operator.id, closure="resolved")
    item = items_by_key(store)[f"escalation:{escalation_id}"]
    assert item.base_level is Level.LEADERSHIP and item.in_queue("leadership")


def test_cancelled_incident_gets_no_callback(store: Store, operator: Operator) -> None:
    iid = incident_call(store, operator, category_code="domestic_violence")
    store.incidents.advance(iid, Stage.CANCELLED, operator.id)
    assert store.callbacks.callbacks_of(iid) == []


def test_silent_call_back_escalates_in_own_table_and_ends(store: Store, operator: Operator,
                                                          clock: FixedClock) -> None:
    saved = store.calls.log_call(CallDraft(caller_number="13900000002", disposition="silent",
                                           category_code="silent"), operator.id)
    key = f"silent_callback:{saved.call_id}"
    assert items_by_key(store)[key].desk == "dispatch"
    clock.advance(seconds=301)
    assert key in store.escalation.escalate_due()
    row = store.conn.execute("SELECT call_id, level, escalation_id FROM queue_escalations"
                             " WHERE item_key = ?", [key]).fetchone()
    assert tuple(row) == (saved.call_id, "supervisor", None)
    assert items_by_key(store)[key].in_queue("supervisor")
    with pytest.raises(InputRefused):
        store.queues.record_call_back(saved.call_id, "maybe", "", operator.id)
    store.queues.record_call_back(saved.call_id, "reached", "误拨", operator.id)
    assert key not in items_by_key(store)
    assert store.conn.execute("SELECT resolved_at FROM queue_escalations WHERE item_key = ?",
                              [key]).fetchone()[0] is not None
    with pytest.raises(InputRefused):
        store.queues.record_call_back(saved.call_id, "reached", "again", operator.id)


def test_incomplete_call_is_completed(store: Store, operator: Operator) -> None:
    saved = store.calls.log_call(CallDraft(caller_number="13900000003", disposition="inquiry"),
                                 operator.id)
    key = f"incomplete_call:{saved.call_id}"
    item = items_by_key(store)[key]
    assert "category_code:missing" in item.detail
    with pytest.raises(InputRefused):
        store.queues.complete_call(saved.call_id, "", operator.id)
    store.queues.complete_call(saved.call_id, "补录：咨询户籍业务", operator.id)
    assert key not in items_by_key(store)


def test_scoped_derivation_matches_full(store: Store, operator: Operator) -> None:
    a = incident_call(store, operator)
    b = incident_call(store, operator, category_code="domestic_violence")
    store.units.dispatch(b, ["DS01"], operator.id)
    full = {i.key: i for i in store.queues.queue_items() if i.incident_id == b}
    scoped = {i.key: i for i in store.queues.queue_items(incident_ids=[b])}
    assert scoped == full and all(i.incident_id != a for i in scoped.values())
    assert store.queues.queue_items(incident_ids=[], call_ids=[]) == []


def test_clear_review_lists_open_incidents_of_earlier_days(
        store: Store, operator: Operator, supervisor: Operator, clock: FixedClock) -> None:
    now = clock.now()
    yesterday, two_days = now - timedelta(days=1), now - timedelta(days=2)
    still_open = incident_call(store, operator, received_at=yesterday)
    no_callback = incident_call(store, operator, received_at=yesterday,
                                category_code="domestic_violence")
    close(store, no_callback, operator)
    cancelled = incident_call(store, operator, received_at=two_days)
    store.incidents.advance(cancelled, Stage.CANCELLED, operator.id)
    incident_call(store, operator)  # today: not in the review

    review = store.shift.clear_review()
    assert review.today.isoformat() == "2026-11-29"
    by_id = {o.incident_id: o for o in review.incidents}
    assert set(by_id) == {still_open, no_callback}
    assert by_id[still_open].reasons == ("stage",)
    assert by_id[no_callback].reasons == ("callback",) and by_id[no_callback].desk == "dv"
    assert by_id[still_open].age(clock.now()) == timedelta(days=1)
    days = {d.day.isoformat(): d for d in review.days}
    assert days["2026-11-28"].still_open == 2 and not days["2026-11-28"].cleared
    assert days["2026-11-27"].cleared and days["2026-11-27"].incidents == 1
    assert "2026-11-29" not in days

    store.queues.assign_owner(still_open, operator.id, supervisor.id)
    store.queues.annotate(still_open, "等待当事人到所", supervisor.id)
    store.escalation.escalate_incident(still_open, "超过一天未处结", supervisor.id)
    review = store.shift.clear_review()
    item = next(o for o in review.incidents if o.incident_id == still_open)
    assert item.owner_name == "张明" and item.escalation_level == "leadership"
    assert item.reasons == ("stage", "escalation")
    assert events(store, still_open, "owner")[0]["owner"] == "张明"
    assert events(store, still_open, "note")[0]["text"] == "等待当事人到所"
    assert items_by_key(store)[f"dispatch:{still_open}"].owner_name == "张明"


def test_handover_remarks_are_kept_per_desk_and_shift(store: Store, operator: Operator) -> None:
    incident_call(store, operator)
    note = store.shift.handover("dispatch")
    assert note.shift_start.hour == 8 and note.shift_end.hour == 20  # 10:00 local
    assert len(note.items) == 1 and note.remarks == ""
    store.shift.save_handover_remarks("dispatch", note.shift_start, "DS01 电台故障", operator.id)
    again = store.shift.handover("dispatch")
    assert again.remarks == "DS01 电台故障" and again.remarks_by == "张明"
    assert store.shift.handover("dv").remarks == ""


def test_other_seat_sees_call_item_changes(store: Store, operator: Operator, db_path: Path,
                                           clock: FixedClock) -> None:
    saved = store.calls.log_call(CallDraft(caller_number="13900000004", disposition="silent"),
                                 operator.id)
    mark = store.queues.queue_mark()
    with another(store) as other:
        other.queues.record_call_back(saved.call_id, "not_reached", "", operator.id)
    mark, calls = store.queues.queue_calls_since(mark)
    assert calls == [saved.call_id]
    assert store.queues.queue_calls_since(mark) == (mark, [])


def test_escalation_event_detail_is_json(store: Store, operator: Operator,
                                         clock: FixedClock) -> None:
    iid = incident_call(store, operator)
    clock.advance(minutes=2)
    store.escalation.escalate_due()
    raw = store.conn.execute("SELECT detail FROM incident_events WHERE kind = 'escalate'"
                             " AND incident_id = ?", [iid]).fetchone()[0]
    assert json.loads(raw)["auto"] is True


def test_an_escalated_silent_call_stays_queued_past_the_look_back(store, clock):
    from console.domain.calls import CallDraft

    saved = store.calls.log_call(CallDraft(disposition="silent", category_code="silent",
                                           caller_number="19900001111"), None)
    clock.advance(hours=3)
    store.escalation.escalate_due()
    clock.advance(hours=48)
    store.escalation.escalate_due()
    keys = [i.key for i in store.queues.queue_items()]
    assert f"silent_callback:{saved.call_id}" in keys


def test_a_reopened_incident_gets_a_fresh_dispatch_deadline(store, clock):
    from console.domain.calls import CallDraft

    saved = store.calls.log_call(CallDraft(category_code="theft", disposition="incident"), None)
    store.incidents.advance(saved.incident_id, "handled", None, result="电话劝解")
    store.incidents.advance(saved.incident_id, "closed", None)
    clock.advance(days=10)
    store.incidents.advance(saved.incident_id, "intake", None, note="报警人再次来电")
    assert store.escalation.escalate_due() == []


def test_a_callback_that_reaches_nobody_is_tried_again_then_escalated(store, clock):
    from console.domain.calls import CallDraft

    saved = store.calls.log_call(CallDraft(category_code="domestic_violence",
                                           disposition="incident"), None)
    store.incidents.advance(saved.incident_id, "handled", None, result="已制止")
    store.incidents.advance(saved.incident_id, "closed", None)
    for _ in range(3):
        [pending] = [c for c in store.callbacks.callbacks_of(saved.incident_id) if not c["done_at"]]
        escalation = store.callbacks.record_callback(pending["id"], "not_reached", "", None)
        clock.advance(hours=2)
    callbacks = store.callbacks.callbacks_of(saved.incident_id)
    assert [c["rating"] for c in callbacks] == ["not_reached"] * 3
    assert escalation is not None
    assert store.incidents.incident(saved.incident_id).stage == "closed"


@pytest.mark.sqlite_only  # SQLite's file lock
def test_escalating_with_nothing_due_takes_no_write_lock(store, db_path):
    import sqlite3

    from console.domain.calls import CallDraft

    store.calls.log_call(CallDraft(category_code="theft", disposition="incident"), None)
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another seat is saving right now
    try:
        # returns at once instead of waiting for the lock
        assert store.escalation.escalate_due() == []
    finally:
        other.execute("ROLLBACK")
        other.close()


# --- every queue kind declared once ---------------------------------------------------------


@pytest.mark.parametrize("kind", kinds(), ids=lambda k: k.code)
def test_every_kind_has_a_rule_a_derivation_an_action_a_form_and_a_label(
        kind: QueueKind) -> None:
    with (db_dir() / "reference" / "queue_rules.toml").open("rb") as handle:
        rule = tomllib.load(handle)["kinds"].get(kind.code)
    assert rule is not None, f"no [kinds.{kind.code}] line in queue_rules.toml"
    assert {"desk", "deadline"} <= set(rule)
    rules = default_queue_rules()
    assert rules.desk(kind.code) and rules.allowance(kind.code) > timedelta(0)

    assert callable(kind.derive) and kind.source in _FACT_READS  # a read of its facts

    service, _, method = kind.action.partition(".")
    action = getattr(SERVICES.get(service), method, None)  # what finishing it writes
    assert callable(action), f"{kind.code}: no store service method {kind.action}"
    words = texts.kind_texts(kind.code)
    if kind.form.on_board:  # finished on the board: its incident opens there
        assert kind.source not in CALL_SOURCES
    else:
        parameters = list(inspect.signature(action).parameters)
        assert parameters[2:] == [*kind.form.inputs(), "operator_id"], parameters
        assert words.confirm
        for field in kind.form.fields:  # every line of the form has its words
            if field.type == NOTE:
                assert words.hints.get(field.name)
            else:
                assert words.labels.get(field.name), (kind.code, field.name)
            assert all(code in words.options for code in field.options)
            assert field.options_from in ("", "callback_ratings")
    if kind.source == CALLS:
        assert kind.call_followup  # what the call's follow-up is recorded as

    assert kind.code in texts.KIND_TEXTS  # its label, translated in the UI
    assert words.name and words.name != kind.code


def test_the_registry_and_the_rules_file_name_the_same_kinds() -> None:
    with (db_dir() / "reference" / "queue_rules.toml").open("rb") as handle:
        assert set(tomllib.load(handle)["kinds"]) == set(codes())
    assert {str(k) for k in Kind} <= set(codes())
    assert set(texts.KIND_TEXTS) == set(codes())


def test_an_unknown_kind_in_the_rules_file_is_refused() -> None:
    with (db_dir() / "reference" / "queue_rules.toml").open("rb") as handle:
        raw = tomllib.load(handle)
    raw["kinds"]["lost_property"] = {"desk": "dispatch", "deadline": 600}
    with pytest.raises(ValueError, match="lost_property"):
        QueueRules.from_mapping(raw, default_reference().deadlines)


def test_every_kind_is_derived_and_finished_through_its_declaration(
        store: Store, operator: Operator, clock: FixedClock) -> None:
    earlier = incident_call(store, operator, category_code="domestic_violence")
    close(store, earlier, operator)
    store.callbacks.record_callback(store.callbacks.callbacks_of(earlier)[0]["id"],
                                    "satisfied", "", operator_id=operator.id)
    store.dv.assess(earlier, ["strangulation"], operator_id=operator.id)  # red: weekly visits
    store.dv.apply_order(earlier, True, operator_id=operator.id)  # the court rules in 24 h
    clock.advance(days=6, hours=1)  # the follow-up due within the day, the ruling overdue
    add_enterprise(store, "田家庵区工业路8号")
    incident_call(store, operator, address="田家庵区工业路8号",
                  category_code="enterprise_security", priority=2)  # dispatch, pushes
    under_way = incident_call(store, operator)
    store.units.dispatch(under_way, ["DS01"], operator.id)  # follow-up
    closed = incident_call(store, operator, category_code="domestic_violence")
    close(store, closed, operator)  # callback
    incident_call(store, operator, category_code="dv_threat")  # a new DV incident to take
    store.escalation.escalate_incident(under_way, "群众多次投诉", operator.id)  # escalation
    store.calls.log_call(CallDraft(caller_number="13900000003", disposition="inquiry"),
                         operator.id)  # incomplete call
    store.calls.log_call(CallDraft(caller_number="13900000002", disposition="silent",
                                   category_code="silent"), operator.id)  # silent call
    items = store.queues.queue_items()
    assert {i.kind for i in items} == set(codes())
    values = {"callback": {"rating": "satisfied", "remarks": ""},
              "escalation": {"resolution": "已督办"},
              "incomplete_call": {"remarks": "补录"},
              "silent_callback": {"outcome": "reached", "remarks": ""},
              "push_ack": {}, "dv_take": {}, "dv_followup": {"kind": "call", "note": ""}}
    for item in items:
        if queue_kind(item.kind).form.on_board:
            with pytest.raises(ValueError):
                store.queues.finish_queue_item(item.kind, item.ref_id, {}, operator.id)
        else:
            store.queues.finish_queue_item(item.kind, item.ref_id, values[item.kind], operator.id)
    assert {i.kind for i in store.queues.queue_items()} == {"dispatch", "follow_up",
                                                            "dv_order"}
    with pytest.raises(ValueError):  # the form's values, no more, no fewer
        store.queues.finish_queue_item("escalation", 1, {"text": "x"}, operator.id)
