"""The board's running deadline and its clock text, without Qt."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from console.domain.closures import default_closures
from console.domain.overdue import ARRIVAL, DISPATCH, clock_text, running_deadline
from console.domain.reference import default_reference

T0 = datetime(2026, 11, 29, 2, 0, tzinfo=UTC)
DEADLINES = default_reference().deadlines


def _state(stage: str, *, priority: int = 1, dispatched: datetime | None = None,
           area: str | None = "urban", now: datetime):
    return running_deadline(DEADLINES, stage=stage, priority=priority, opened_at=T0,
                            dispatched_at=dispatched, area_type=area, now=now)


def test_intake_runs_the_dispatch_deadline_by_priority() -> None:
    state = _state("intake", priority=2, now=T0 + timedelta(seconds=100))
    assert state is not None and state.kind == DISPATCH
    assert state.due == T0 + DEADLINES.dispatch[2]
    assert not state.overdue
    assert state.remaining == DEADLINES.dispatch[2] - timedelta(seconds=100)


def test_dispatch_deadline_passed_says_by_how_much() -> None:
    state = _state("intake", priority=1, now=T0 + DEADLINES.dispatch[1] + timedelta(seconds=75))
    assert state is not None and state.overdue
    assert state.late_by == timedelta(seconds=75)


def test_exactly_at_the_deadline_is_not_yet_late() -> None:
    state = _state("intake", priority=1, now=T0 + DEADLINES.dispatch[1])
    assert state is not None and not state.overdue and state.late_by == timedelta(0)


@pytest.mark.parametrize("stage", ["dispatched", "en_route"])
@pytest.mark.parametrize("area", ["urban", "suburban", "rural"])
def test_arrival_deadline_counts_from_dispatch_by_area(stage: str, area: str) -> None:
    sent = T0 + timedelta(minutes=2)
    state = _state(stage, dispatched=sent, area=area, now=sent + timedelta(minutes=7))
    assert state is not None and state.kind == ARRIVAL
    assert state.due == sent + DEADLINES.arrival[area][1]
    assert state.overdue == (DEADLINES.arrival[area][1] < timedelta(minutes=7))


def test_urban_urgent_arrival_is_five_minutes() -> None:
    sent = T0
    late = _state("dispatched", dispatched=sent, now=sent + timedelta(minutes=5, seconds=1))
    assert late is not None and late.overdue and late.late_by == timedelta(seconds=1)


def test_unknown_area_falls_back_to_urban() -> None:
    state = _state("en_route", dispatched=T0, area=None, now=T0)
    assert state is not None and state.due == T0 + DEADLINES.arrival["urban"][1]


@pytest.mark.parametrize("stage", ["alert", "on_scene", "handled", "closed", "cancelled"])
def test_later_stages_run_no_board_deadline(stage: str) -> None:
    assert _state(stage, dispatched=T0, now=T0 + timedelta(days=1)) is None


def test_dispatched_without_a_dispatch_time_has_no_arrival_deadline() -> None:
    assert _state("dispatched", dispatched=None, now=T0) is None


@pytest.mark.parametrize(("seconds", "text"), [
    (0, "00:00"), (59, "00:59"), (61, "01:01"), (3599, "59:59"), (3600, "1:00"),
    (3661, "1:01"), (26 * 3600 + 5 * 60, "26:05"), (-30, "00:00"),
])
def test_clock_text(seconds: int, text: str) -> None:
    assert clock_text(timedelta(seconds=seconds)) == text


def test_closure_list_is_bilingual_with_unique_codes() -> None:
    closures = default_closures()
    assert len(closures) >= 5
    assert len({c.code for c in closures}) == len(closures)
    resolved = next(c for c in closures if c.code == "resolved")
    assert resolved.name("zh_CN") == "现场处置完毕" and resolved.name("en") == "Resolved on scene"
