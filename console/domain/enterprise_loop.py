"""The closed loop of an enterprise incident (一警三派 → 回访 → 结案, or 挂牌督办 → 办结).

Each enterprise incident runs: pushed to its three responsible persons → each
acknowledges (签收) → feedback (反馈) → handled → callback (回访) → closed; one not
resolved on the spot is escalated to the bureau leadership with a responsible
leader (挂牌督办) and stays open until resolved with a result. Nothing is closed
before its callback: `may_close` is the rule the store applies when closing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

PUSH_ROLES = ("bureau_leader", "station_leader", "officer")
NOT_REACHED = "not_reached"


@dataclass(frozen=True)
class PushFacts:
    role: str
    person: str
    pushed_at: str
    acked_at: str | None = None
    acked_by: str = ""  # the operator who recorded the acknowledgement
    feedback: str = ""
    feedback_at: str | None = None
    feedback_by: str = ""


@dataclass(frozen=True)
class CallbackFacts:
    due_at: str
    done_at: str | None = None
    rating: str | None = None
    remarks: str = ""
    by: str = ""


@dataclass(frozen=True)
class EscalationFacts:
    raised_at: str
    reason: str
    leader: str
    raised_by: str = ""
    resolved_at: str | None = None
    resolution: str = ""
    resolved_by: str = ""


@dataclass(frozen=True)
class Step:
    """One step of the loop: done when `at` is set; `who` did it, `detail` says what."""

    code: str  # pushed, acknowledged, feedback, handled, callback, closed, escalated, resolved
    at: str | None
    who: str = ""
    detail: str = ""
    role: str = ""  # the responsible person's role, for acknowledged

    @property
    def done(self) -> bool:
        return self.at is not None


def may_close(callbacks: list[CallbackFacts], attempts: int) -> bool:
    """An enterprise incident closes once its caller was reached at a callback, or could not
    be reached in all the attempts the rules allow."""
    done = [c for c in callbacks if c.done_at]
    if any(c.rating != NOT_REACHED for c in done):
        return True
    return len(done) >= attempts > 0


def loop(pushes: list[PushFacts], handled: tuple[str | None, str],
         callbacks: list[CallbackFacts], closed: tuple[str | None, str],
         escalations: list[EscalationFacts]) -> list[Step]:
    """The steps in order, each with its time and person (None: not yet)."""
    steps: list[Step] = []
    first = min((p.pushed_at for p in pushes), default=None)
    steps.append(Step("pushed", first, "", "; ".join(f"{p.person}" for p in pushes)))
    by_role = {p.role: p for p in pushes}
    for role in PUSH_ROLES:
        p = by_role.get(role)
        steps.append(Step("acknowledged", p.acked_at if p else None,
                          p.person if p else "", p.acked_by if p else "", role=role))
    given = sorted((p for p in pushes if p.feedback_at), key=lambda p: p.feedback_at or "")
    steps.append(Step("feedback", given[0].feedback_at if given else None,
                      given[0].person if given else "",
                      "\n".join(p.feedback for p in given)))
    steps.append(Step("handled", handled[0], handled[1]))
    done = [c for c in callbacks if c.done_at]
    last = done[-1] if done else None
    steps.append(Step("callback", last.done_at if last else None, last.by if last else "",
                      f"{last.rating}|{last.remarks}" if last else ""))
    steps.append(Step("closed", closed[0], closed[1]))
    for e in escalations:
        steps.append(Step("escalated", e.raised_at, e.leader, e.reason))
        steps.append(Step("resolved", e.resolved_at, e.resolved_by, e.resolution))
    return steps


def open_steps(steps: list[Step]) -> list[Step]:
    """What is still to do."""
    return [s for s in steps if not s.done]


def next_step(steps: list[Step]) -> Step | None:
    """The first step still to do: an open 挂牌督办 before the rest (it is what the
    leadership watches), then the loop in order."""
    pending = open_steps(steps)
    resolving = [s for s in pending if s.code == "resolved"]
    if resolving:
        return resolving[0]
    return pending[0] if pending else None


@dataclass(frozen=True)
class DeskRow:
    """One incident in the desk's queue."""

    incident_id: int
    number: str
    enterprise: str
    stage: str
    opened_at: str
    next_step: str  # a Step code, '' when the loop is complete
    next_role: str
    due: datetime | None  # the earliest deadline of its queue items
    level: int  # the highest level its items reached (0 desk, 1 supervisor, 2 leadership)
    overdue: bool
    kinds: tuple[str, ...]  # the kinds of its queue items


def desk_order(rows: list[DeskRow]) -> list[DeskRow]:
    """Escalated and overdue first, then by deadline (none last), then the newest."""
    far = datetime.max.replace(tzinfo=None)

    def key(r: DeskRow) -> tuple[int, int, datetime, str]:
        due = r.due.replace(tzinfo=None) if r.due else far
        return (-r.level, 0 if r.overdue else 1, due, r.number)

    return sorted(rows, key=key)
