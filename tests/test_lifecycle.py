"""The incident lifecycle: which stage moves are allowed, cancel and reopen."""

import pytest

from console.domain.lifecycle import (
    ORDER,
    Stage,
    TransitionError,
    allowed_next,
    check_transition,
    is_open,
    replay,
)


def test_the_normal_path_is_allowed_step_by_step():
    path = [Stage.INTAKE, Stage.DISPATCHED, Stage.EN_ROUTE, Stage.ON_SCENE, Stage.HANDLED,
            Stage.CLOSED, Stage.CALLED_BACK]
    assert replay(path) is Stage.CALLED_BACK


def test_stages_cannot_be_skipped_forward():
    with pytest.raises(TransitionError):
        check_transition(Stage.INTAKE, Stage.CLOSED)
    with pytest.raises(TransitionError):
        check_transition(Stage.DISPATCHED, Stage.HANDLED)


def test_stages_cannot_go_backwards_except_by_reopening():
    with pytest.raises(TransitionError):
        check_transition(Stage.ON_SCENE, Stage.DISPATCHED)
    check_transition(Stage.CLOSED, Stage.INTAKE)
    check_transition(Stage.CANCELLED, Stage.INTAKE)


def test_cancel_only_before_arrival():
    assert Stage.CANCELLED in allowed_next(Stage.EN_ROUTE)
    assert Stage.CANCELLED not in allowed_next(Stage.ON_SCENE)
    assert Stage.CANCELLED not in allowed_next(Stage.CLOSED)


def test_open_and_closed_stages():
    assert [s for s in ORDER if is_open(s)] == [
        Stage.ALERT, Stage.INTAKE, Stage.DISPATCHED, Stage.EN_ROUTE, Stage.ON_SCENE, Stage.HANDLED]
    assert not is_open("cancelled")


def test_a_settled_by_phone_incident_may_go_from_intake_to_handled():
    assert replay([Stage.INTAKE, Stage.HANDLED, Stage.CLOSED]) is Stage.CLOSED


def test_replay_reports_the_bad_step():
    with pytest.raises(TransitionError) as info:
        replay([Stage.INTAKE, Stage.DISPATCHED, Stage.CLOSED])
    assert info.value.current is Stage.DISPATCHED
    assert info.value.target is Stage.CLOSED
