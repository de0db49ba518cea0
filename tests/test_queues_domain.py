"""Queue rules without a database: deadlines, the escalation ladder, owners, shifts, review days."""

from __future__ import annotations

import tomllib
from datetime import UTC, date, datetime, timedelta

import pytest

from console.domain.clock import zone
from console.domain.queues import (
    DayStatus,
    Kind,
    Level,
    OpenIncident,
    QueueItem,
    QueueRules,
    State,
    callback_due,
    day_statuses,
    default_queue_rules,
    follow_up_due,
    format_span,
    queues_for_role,
    wants_callback,
)
from console.domain.reference import default_reference
from console.paths import db_dir

NOW = datetime(2026, 11, 29, 2, 0, tzinfo=UTC)


@pytest.fixture
def rules() -> QueueRules:
    return default_queue_rules()


def item(**overrides: object) -> QueueItem:
    values: dict[str, object] = dict(
        key="dispatch:1", kind=Kind.DISPATCH, ref_id=1, incident_id=1, incident_number="N1",
        call_id=None, desk="dispatch", due=NOW, created=NOW - timedelta(minutes=1))
    values.update(overrides)
    return QueueItem(**values)  # type: ignore[arg-type]


def test_named_deadlines_come_from_deadlines_toml(rules: QueueRules) -> None:
    assert rules.allowance(Kind.DISPATCH, priority=1) == timedelta(seconds=60)
    assert rules.allowance(Kind.DISPATCH, priority=3) == timedelta(seconds=600)
    assert rules.allowance(Kind.PUSH_ACK) == timedelta(seconds=600)
    assert rules.allowance(Kind.SILENT_CALLBACK) == timedelta(seconds=300)
    assert rules.allowance(Kind.INCOMPLETE_CALL) == timedelta(seconds=1800)
    assert rules.allowance(Kind.ESCALATION, priority=2) == timedelta(hours=4)


def test_overrides_by_tally_group_priority_and_phase(rules: QueueRules) -> None:
    assert rules.allowance(Kind.DISPATCH, priority=3,
                           tally_group="domestic_violence") == timedelta(seconds=60)
    assert rules.allowance(Kind.ESCALATION, priority=1) == timedelta(hours=1)
    normal = rules.allowance(Kind.FOLLOW_UP, priority=1, phase="handling")
    selfharm = rules.allowance(Kind.FOLLOW_UP, priority=1, phase="handling",
                               tally_group="assist_selfharm")
    assert selfharm == normal / 2
    # The override is for handling only: arrival is untouched.
    assert rules.allowance(Kind.FOLLOW_UP, priority=1, phase="arrival",
                           tally_group="assist_selfharm") == timedelta(minutes=5)


def test_follow_up_phase_and_area_type(rules: QueueRules) -> None:
    opened = NOW
    dispatched = NOW + timedelta(minutes=1)
    phase, due = follow_up_due(rules, "en_route", opened_at=opened, dispatched_at=dispatched,
                               arrived_at=None, priority=1, area_type="suburban")
    assert (phase, due) == ("arrival", dispatched + timedelta(minutes=10))
    phase, due = follow_up_due(rules, "handled", opened_at=opened, dispatched_at=dispatched,
                               arrived_at=None, priority=3)
    assert (phase, due) == ("closure", opened + timedelta(hours=24))
    assert rules.area_type(None, None) == "urban"
    assert rules.area_type("340421", "rural") == "rural"


def test_callback_due_by_desk_and_dv_override(rules: QueueRules) -> None:
    assert callback_due(rules, NOW, desk="default") == NOW + timedelta(days=1)
    assert callback_due(rules, NOW, desk="dv",
                        tally_group="domestic_violence") == NOW + timedelta(hours=12)


def test_ladder_one_level_when_overdue_and_another_after_a_step(rules: QueueRules) -> None:
    due = NOW
    assert rules.target_level(due, due) is Level.DESK
    assert rules.target_level(due, due + timedelta(seconds=1)) is Level.SUPERVISOR
    assert rules.target_level(due, due + rules.step) is Level.SUPERVISOR
    assert rules.target_level(due, due + rules.step + timedelta(seconds=1)) is Level.LEADERSHIP
    assert rules.target_level(due, due + timedelta(days=9)) is Level.LEADERSHIP
    # a missed DV follow-up is the supervisor's for a day (its kind's own step)
    late = due + rules.step + timedelta(hours=2)
    assert rules.target_level(due, late, kind="dv_followup") is Level.SUPERVISOR
    assert rules.target_level(due, due + timedelta(days=1, seconds=1),
                              kind="dv_followup") is Level.LEADERSHIP
    assert rules.target_level(due, due + timedelta(seconds=1),
                              Level.SUPERVISOR) is Level.LEADERSHIP


def test_owners_by_flag(rules: QueueRules) -> None:
    assert rules.desk(Kind.CALLBACK, is_dv=True) == "dv"
    assert rules.desk(Kind.CALLBACK, is_enterprise=True) == "enterprise"
    assert rules.desk(Kind.CALLBACK) == "dispatch"
    assert rules.desk(Kind.DISPATCH, is_dv=True) == "dispatch"
    assert rules.desk(Kind.PUSH_ACK) == "enterprise"


def test_item_state_and_queues() -> None:
    fresh = item(due=NOW + timedelta(minutes=1))
    assert fresh.state(NOW) is State.OPEN and fresh.in_queue("dispatch")
    late = item(due=NOW - timedelta(seconds=1))
    assert late.state(NOW) is State.OVERDUE and late.in_queue("dispatch")
    up = item(level=Level.SUPERVISOR)
    assert up.state(NOW) is State.ESCALATED
    assert up.in_queue("supervisor") and not up.in_queue("dispatch")
    assert not up.in_queue("leadership")
    top = item(level=Level.LEADERSHIP)
    assert top.in_queue("leadership") and top.in_queue("supervisor")
    raised = item(kind=Kind.ESCALATION, desk="supervisor", base_level=Level.SUPERVISOR,
                  level=Level.SUPERVISOR, due=NOW + timedelta(hours=1))
    assert raised.state(NOW) is State.OPEN and raised.in_queue("supervisor")
    assert item(done=True).state(NOW) is State.DONE


def test_overdue_sorts_first_then_by_deadline() -> None:
    a = item(key="a", due=NOW + timedelta(minutes=5))
    b = item(key="b", due=NOW - timedelta(minutes=1))
    c = item(key="c", due=NOW + timedelta(minutes=1))
    assert [i.key for i in sorted([a, b, c], key=lambda i: i.sort_key(NOW))] == ["b", "c", "a"]


def test_roles_see_their_queues() -> None:
    assert queues_for_role("call_taker") == ("dispatch",)
    assert queues_for_role("dv_desk") == ("dv",)
    assert "leadership" in queues_for_role("supervisor")


def test_callback_sampling_is_deterministic_and_near_share() -> None:
    picked = [wants_callback(i, 0.3) for i in range(1, 5001)]
    assert 0.27 < sum(picked) / len(picked) < 0.33
    assert picked == [wants_callback(i, 0.3) for i in range(1, 5001)]
    assert all(wants_callback(i, 1.0) for i in range(1, 100))


def test_shift_bounds_around_midnight(rules: QueueRules) -> None:
    tz = zone()
    night = datetime(2026, 11, 29, 1, 30, tzinfo=tz)  # 01:30 local: the night shift
    start, end = rules.shift_bounds(night, tz)
    assert (start.day, start.hour, end.day, end.hour) == (28, 20, 29, 8)
    day = datetime(2026, 11, 29, 8, 0, tzinfo=tz)
    start, end = rules.shift_bounds(day, tz)
    assert (start.hour, end.hour) == (8, 20)


def test_day_statuses_newest_first_and_cleared() -> None:
    d1, d2 = date(2026, 11, 27), date(2026, 11, 28)
    older = date(2026, 11, 1)
    open_ = [OpenIncident(1, "N", d2, None, 2, "intake", NOW, "dispatch", ("stage",)),
             OpenIncident(2, "M", older, None, 2, "closed", NOW, "dv", ("callback",))]
    days = day_statuses([d1, d2], {d1: 10, d2: 12, older: 3}, open_)
    assert days == [DayStatus(d2, 12, 1), DayStatus(d1, 10, 0), DayStatus(older, 3, 1)]
    assert days[1].cleared and not days[0].cleared


def test_format_span() -> None:
    assert format_span(timedelta(seconds=75)) == "1:15"
    assert format_span(timedelta(hours=2, minutes=3, seconds=4)) == "2:03:04"
    assert format_span(timedelta(days=2, hours=1)) == "2d 1:00"
    assert format_span(-timedelta(seconds=5)) == "0:05"


def test_rules_file_missing_a_kind_is_refused() -> None:
    with (db_dir() / "reference" / "queue_rules.toml").open("rb") as handle:
        raw = tomllib.load(handle)
    del raw["kinds"]["callback"]
    with pytest.raises(ValueError, match="callback"):
        QueueRules.from_mapping(raw, default_reference().deadlines)
