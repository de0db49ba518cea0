"""Dispatch, unit progress, stage moves, notes and the append-only event log, on a real file."""

from __future__ import annotations

import pytest
from engines import REFUSED, another

from console.domain.calls import CallDraft
from console.domain.clock import FixedClock
from console.domain.lifecycle import Stage, TransitionError
from console.store import InputRefused, Store
from console.store.records import Operator

BOTH_ENGINES = True  # each store test runs on SQLite and on PostgreSQL


def _incident(store: Store, operator: Operator, **fields: object) -> int:
    draft = CallDraft(caller_number="13800001111", caller_name="王芳",
                      address="田家庵区舜耕路12号", jurisdiction_code="340403",
                      category_code="theft", priority=2, summary="电动车被盗",
                      disposition="incident")
    for key, value in fields.items():
        setattr(draft, key, value)
    saved = store.calls.log_call(draft, operator.id)
    assert saved.incident_id is not None
    return saved.incident_id


def _stage(store: Store, incident_id: int) -> str:
    row = store.incidents.incident(incident_id)
    assert row is not None
    return row.stage


def test_dispatch_moves_intake_to_dispatched_and_marks_units(
        store: Store, operator: Operator, clock: FixedClock) -> None:
    incident = _incident(store, operator)
    assert _stage(store, incident) == "intake"
    clock.advance(seconds=40)
    ids = store.units.dispatch(incident, ["DS01", "SP01"], operator.id)

    assert len(ids) == 2
    row = store.incidents.incident(incident)
    assert row is not None and row.stage == "dispatched"
    assert row.dispatched_at == "2026-11-29T02:00:40.000Z"
    statuses = store.units.unit_statuses()
    assert statuses["DS01"] == "dispatched" and statuses["SP01"] == "dispatched"
    assert store.units.active_units([incident]) == {incident: ["DS01", "SP01"]}


def test_unit_status_follows_its_assignment_through_to_clear(
        store: Store, operator: Operator, clock: FixedClock) -> None:
    incident = _incident(store, operator)
    (assignment,) = store.units.dispatch(incident, ["DS01"], operator.id)

    clock.advance(minutes=1)
    store.units.unit_progress(assignment, "en_route", operator.id)
    assert store.units.unit_statuses()["DS01"] == "en_route"
    assert _stage(store, incident) == "en_route"

    clock.advance(minutes=3)
    store.units.unit_progress(assignment, "on_scene", operator.id)
    assert store.units.unit_statuses()["DS01"] == "on_scene"
    row = store.incidents.incident(incident)
    assert row is not None and row.stage == "on_scene"
    assert row.arrived_at == "2026-11-29T02:04:00.000Z"

    store.units.unit_progress(assignment, "cleared", operator.id)
    assert store.units.unit_statuses()["DS01"] == "available"
    (done,) = store.units.assignments(incident)
    assert done.en_route_at and done.on_scene_at and done.cleared_at
    assert store.units.active_units([incident]) == {}


def test_on_scene_straight_from_dispatched(store: Store, operator: Operator) -> None:
    incident = _incident(store, operator)
    (assignment,) = store.units.dispatch(incident, ["DS02"], operator.id)
    store.units.unit_progress(assignment, "on_scene", operator.id)
    assert _stage(store, incident) == "on_scene"


def test_timeline_records_every_event_with_its_operator(
        store: Store, operator: Operator, supervisor: Operator, clock: FixedClock) -> None:
    incident = _incident(store, operator)
    (assignment,) = store.units.dispatch(incident, ["DS01"], operator.id)
    store.units.unit_progress(assignment, "en_route", operator.id)
    store.units.unit_progress(assignment, "on_scene", operator.id)
    store.incidents.add_note(incident, "嫌疑人已离开", supervisor.id)
    store.incidents.advance(incident, "handled", operator.id, result="已登记报案材料")
    store.units.unit_progress(assignment, "cleared", operator.id)
    store.incidents.finish(incident, "closed", supervisor.id, closure="resolved")

    events = store.incidents.timeline(incident)
    described = [(e.kind, e.stage, e.unit_code, e.operator) for e in events]
    assert described == [
        ("stage", "intake", None, "张明"),
        ("assign", None, "DS01", "张明"),
        ("stage", "dispatched", None, "张明"),
        ("unit_status", None, "DS01", "张明"),
        ("stage", "en_route", None, "张明"),
        ("unit_status", None, "DS01", "张明"),
        ("stage", "on_scene", None, "张明"),
        ("note", None, None, "李强"),
        ("stage", "handled", None, "张明"),
        ("unit_status", None, "DS01", "张明"),
        ("stage", "closed", None, "李强"),
    ]
    assert events[7].detail["text"] == "嫌疑人已离开"
    assert events[8].detail["result"] == "已登记报案材料"
    assert events[10].detail["closure"] == "resolved"
    assert all(e.at for e in events)


@pytest.mark.parametrize("target", ["closed", "on_scene", "called_back", "en_route"])
def test_forbidden_transition_raises_and_changes_nothing(
        store: Store, operator: Operator, target: str) -> None:
    incident = _incident(store, operator)
    before_row = store.incidents.incident(incident)
    before_events = store.incidents.timeline(incident)
    with pytest.raises(TransitionError):
        store.incidents.advance(incident, target, operator.id)
    assert store.incidents.incident(incident) == before_row
    assert store.incidents.timeline(incident) == before_events


def test_refused_close_keeps_units_on_the_incident(store: Store, operator: Operator) -> None:
    incident = _incident(store, operator)
    store.units.dispatch(incident, ["DS01"], operator.id)
    with pytest.raises(TransitionError):
        store.incidents.finish(incident, "closed", operator.id, closure="resolved")
    assert _stage(store, incident) == "dispatched"
    assert store.units.unit_statuses()["DS01"] == "dispatched"
    assert store.units.active_units([incident]) == {incident: ["DS01"]}


def test_cancel_releases_the_units_in_the_same_step(store: Store, operator: Operator) -> None:
    incident = _incident(store, operator)
    store.units.dispatch(incident, ["DS01", "DS02"], operator.id)
    store.incidents.finish(incident, "cancelled", operator.id, note="报警人称误报")

    assert _stage(store, incident) == "cancelled"
    statuses = store.units.unit_statuses()
    assert statuses["DS01"] == "available" and statuses["DS02"] == "available"
    assert all(a.cleared_at for a in store.units.assignments(incident))
    assert [e.kind for e in store.incidents.timeline(incident)][-3:] == ["stage", "unit_status",
                                                                         "unit_status"]


def test_a_unit_still_on_another_incident_stays_busy(store: Store, operator: Operator) -> None:
    first = _incident(store, operator)
    second = _incident(store, operator, address="田家庵区洞山路3号")
    store.units.dispatch(first, ["DS01"], operator.id)
    store.units.dispatch(second, ["DS01"], operator.id)
    store.incidents.finish(first, "cancelled", operator.id)
    assert store.units.unit_statuses()["DS01"] == "dispatched"


def test_reopen_after_close_returns_to_intake(store: Store, operator: Operator) -> None:
    incident = _incident(store, operator)
    store.incidents.advance(incident, "handled", operator.id, result="电话指导")
    store.incidents.finish(incident, Stage.CLOSED, operator.id, closure="assistance")
    store.incidents.advance(incident, "intake", operator.id, note="报警人再次来电")
    assert _stage(store, incident) == "intake"
    assert incident in {i.id for i in store.incidents.open_incidents()}


def test_notes_are_appended_in_order(store: Store, operator: Operator,
                                     clock: FixedClock) -> None:
    incident = _incident(store, operator)
    store.incidents.add_note(incident, "第一条", operator.id)
    clock.advance(seconds=5)
    store.incidents.add_note(incident, "  第二条\n含换行  ", operator.id)
    notes = [e.detail["text"] for e in store.incidents.timeline(incident) if e.kind == "note"]
    assert notes == ["第一条", "第二条\n含换行"]


@pytest.mark.parametrize("text", ["", "   ", "x" * 2001, "bad\x07bell"])
def test_impossible_note_is_refused_and_nothing_written(
        store: Store, operator: Operator, text: str) -> None:
    incident = _incident(store, operator)
    before = store.incidents.timeline(incident)
    with pytest.raises(InputRefused):
        store.incidents.add_note(incident, text, operator.id)
    assert store.incidents.timeline(incident) == before


def test_event_log_refuses_update_and_delete(store: Store, operator: Operator) -> None:
    incident = _incident(store, operator)
    store.incidents.add_note(incident, "原始记录", operator.id)
    with pytest.raises(REFUSED, match="append-only"):
        store.conn.execute("UPDATE incident_events SET detail = '{}' WHERE incident_id = ?",
                           [incident])
    with pytest.raises(REFUSED, match="append-only"):
        store.conn.execute("DELETE FROM incident_events WHERE incident_id = ?", [incident])
    store.conn.rollback()
    notes = [e.detail.get("text") for e in store.incidents.timeline(incident) if e.kind == "note"]
    assert notes == ["原始记录"]


def test_incident_callers_lists_the_report_and_its_duplicates(
        store: Store, operator: Operator) -> None:
    incident = _incident(store, operator)
    row = store.incidents.incident(incident)
    assert row is not None
    store.calls.log_call(CallDraft(caller_number="13900002222", caller_name="李四",
                                   disposition="duplicate", duplicate_of=row.number,
                                   category_code="duplicate"), operator.id)
    callers = store.incidents.incident_callers(incident)
    assert [(c.caller_number, c.caller_name, c.disposition) for c in callers] == [
        ("13800001111", "王芳", "incident"), ("13900002222", "李四", "duplicate")]


def test_changed_since_names_incidents_written_by_another_connection(
        store: Store, operator: Operator, db_path, clock: FixedClock) -> None:
    incident = _incident(store, operator)
    mark = store.incidents.last_event_id()
    other = another(store)
    try:
        other.units.dispatch(incident, ["DS03"], operator.id)
    finally:
        other.close()
    _, changed = store.incidents.changed_since(mark)
    assert changed == [incident]
