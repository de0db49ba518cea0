"""The stages of an incident (警情) and which moves between them are allowed.

预警 alert → 接警 intake → 派警 dispatched → 出警 en route → 到场 on scene →
处警 handled → 结案 closed → 回访 called back, plus cancel and reopen. The
current stage of an incident is the last stage its event log records.
"""

from __future__ import annotations

from enum import StrEnum


class Stage(StrEnum):
    ALERT = "alert"
    INTAKE = "intake"
    DISPATCHED = "dispatched"
    EN_ROUTE = "en_route"
    ON_SCENE = "on_scene"
    HANDLED = "handled"
    CLOSED = "closed"
    CALLED_BACK = "called_back"
    CANCELLED = "cancelled"


ORDER: tuple[Stage, ...] = (
    Stage.ALERT,
    Stage.INTAKE,
    Stage.DISPATCHED,
    Stage.EN_ROUTE,
    Stage.ON_SCENE,
    Stage.HANDLED,
    Stage.CLOSED,
    Stage.CALLED_BACK,
)

_FORWARD: dict[Stage, frozenset[Stage]] = {
    Stage.ALERT: frozenset({Stage.INTAKE}),
    # An incident can be settled by phone at intake (guidance, caller withdrew).
    Stage.INTAKE: frozenset({Stage.DISPATCHED, Stage.HANDLED}),
    Stage.DISPATCHED: frozenset({Stage.EN_ROUTE, Stage.ON_SCENE}),
    Stage.EN_ROUTE: frozenset({Stage.ON_SCENE}),
    Stage.ON_SCENE: frozenset({Stage.HANDLED}),
    Stage.HANDLED: frozenset({Stage.CLOSED}),
    Stage.CLOSED: frozenset({Stage.CALLED_BACK}),
    Stage.CALLED_BACK: frozenset(),
    Stage.CANCELLED: frozenset(),
}

OPEN_STAGES: frozenset[Stage] = frozenset(
    {Stage.ALERT, Stage.INTAKE, Stage.DISPATCHED, Stage.EN_ROUTE, Stage.ON_SCENE, Stage.HANDLED}
)
CANCELLABLE: frozenset[Stage] = frozenset(
    {Stage.ALERT, Stage.INTAKE, Stage.DISPATCHED, Stage.EN_ROUTE}
)
REOPENABLE: frozenset[Stage] = frozenset({Stage.CLOSED, Stage.CALLED_BACK, Stage.CANCELLED})


class TransitionError(ValueError):
    """A stage change the lifecycle does not allow."""

    def __init__(self, current: Stage, target: Stage):
        super().__init__(f"cannot move an incident from {current} to {target}")
        self.current = current
        self.target = target


def allowed_next(current: Stage) -> frozenset[Stage]:
    """Every stage reachable in one step, cancel and reopen included."""
    targets = set(_FORWARD[current])
    if current in CANCELLABLE:
        targets.add(Stage.CANCELLED)
    if current in REOPENABLE:
        targets.add(Stage.INTAKE)
    return frozenset(targets)


def check_transition(current: Stage, target: Stage) -> None:
    if target not in allowed_next(current):
        raise TransitionError(current, target)


def is_open(stage: Stage | str) -> bool:
    return Stage(stage) in OPEN_STAGES


def is_reopen(current: Stage, target: Stage) -> bool:
    return current in REOPENABLE and target is Stage.INTAKE


def replay(stages: list[Stage]) -> Stage:
    """The current stage after a sequence of recorded moves, checking each.

    The event log is the truth; this recomputes what the cached column says.
    """
    if not stages:
        raise ValueError("an incident has at least its first stage")
    current = stages[0]
    for target in stages[1:]:
        check_transition(current, target)
        current = target
    return current
