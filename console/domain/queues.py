"""Queue items (待办): who must do what by when, and how an overdue item climbs the ladder.

An item is never kept in step by hand: the store derives every item from the
incidents, calls, pushes, callbacks and escalations, and these rules give each
its owner desk, its deadline and the escalation level it should have reached.
The rules come from `db/reference/queue_rules.toml`; deadlines named there are
taken from `deadlines.toml`.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo
from enum import IntEnum, StrEnum
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from console.domain.deadlines import Deadlines, clamp_priority


class Kind(StrEnum):
    """Names of the kinds the console ships, for code that names one (the demo, the store's
    actions). What a kind is — its rule, derivation, action and form — is declared once,
    in its module of `console.domain.queue_kinds`; an item's kind is its code (a str), and
    a kind added there needs no name here."""

    DISPATCH = "dispatch"  # an incident still at intake: send units
    FOLLOW_UP = "follow_up"  # an incident under way: arrival, handling, closure
    PUSH_ACK = "push_ack"  # an enterprise push (一警三派) not acknowledged
    CALLBACK = "callback"  # a callback (回访) due
    ESCALATION = "escalation"  # an escalation to resolve
    INCOMPLETE_CALL = "incomplete_call"  # a call saved with missing fields
    SILENT_CALLBACK = "silent_callback"  # a silent / dropped call to call back


class Level(IntEnum):
    DESK = 0
    SUPERVISOR = 1
    LEADERSHIP = 2


LEVEL_CODES: tuple[str, ...] = ("desk", "supervisor", "leadership")

# One seat (or `console110 escalate`) at a time runs the escalation pass: whoever holds
# the escalation lease, taken for this long and renewed on each pass (every 15 s at a
# seat), so a holder that stops hands the pass on within this time.
ESCALATION_LEASE_TTL = timedelta(seconds=45)


class State(StrEnum):
    OPEN = "open"
    OVERDUE = "overdue"
    ESCALATED = "escalated"
    DONE = "done"


# Desks an item can belong to at level 0, and the queues a user can look at.
DESKS: tuple[str, ...] = ("dispatch", "enterprise", "dv", "supervisor")
QUEUES: tuple[str, ...] = ("dispatch", "enterprise", "dv", "supervisor", "leadership", "all")
FOLLOW_UP_PHASES: tuple[str, ...] = ("arrival", "handling", "closure")

# Which queue a role opens first, and which it may open.
_ROLE_QUEUE = {
    "call_taker": "dispatch",
    "dispatcher": "dispatch",
    "enterprise_desk": "enterprise",
    "dv_desk": "dv",
    "supervisor": "supervisor",
    "admin": "supervisor",
}


def queue_for_role(role: str) -> str:
    return _ROLE_QUEUE.get(role, "dispatch")


def queues_for_role(role: str) -> tuple[str, ...]:
    """A desk sees its own queue; the supervisor and administrator see them all."""
    own = queue_for_role(role)
    return QUEUES if own == "supervisor" else (own,)


def level_from_code(code: str) -> Level:
    return Level(LEVEL_CODES.index(code)) if code in LEVEL_CODES else Level.SUPERVISOR


class QueueItem(NamedTuple):
    """One thing someone must do. `key` names it stably across refreshes.

    A named tuple, not a dataclass: a queue builds ten thousand of them at once.
    """

    key: str
    kind: str  # the code of its kind (console.domain.queue_kinds); built-in ones are Kind's
    ref_id: int  # incident, push, callback, escalation or call id, by kind
    incident_id: int | None
    incident_number: str | None
    call_id: int | None
    desk: str  # the owning desk at level 0
    due: datetime
    created: datetime
    priority: int = 2
    level: Level = Level.DESK  # the level reached (recorded escalations included)
    base_level: Level = Level.DESK  # where the item starts (an escalation raised by hand)
    owner_id: int | None = None  # a person the item is assigned to
    owner_name: str = ""
    detail: str = ""  # a code saying more: the stage, the person pushed to, the phase
    category_code: str | None = None
    is_dv: bool = False
    is_enterprise: bool = False
    done: bool = False

    def state(self, now: datetime) -> State:
        if self.done:
            return State.DONE
        if self.level > self.base_level:
            return State.ESCALATED
        if now > self.due:
            return State.OVERDUE
        return State.OPEN

    def overdue(self, now: datetime) -> bool:
        return not self.done and now > self.due

    def owner_level(self) -> Level:
        """Who holds the item now: its desk, the supervisor or the bureau leadership."""
        return max(self.level, self.base_level)

    def in_queue(self, queue: str) -> bool:
        """Desk queues hold level-0 items of their desk; the supervisor holds everything
        escalated (leadership items included, since the supervisor tracks them)."""
        level = self.owner_level()
        if queue == "all":
            return True
        if queue == "leadership":
            return level >= Level.LEADERSHIP
        if queue == "supervisor":
            return level >= Level.SUPERVISOR or self.desk == "supervisor"
        return level == Level.DESK and self.desk == queue

    def sort_key(self, now: datetime) -> tuple[int, datetime, str]:
        """Overdue first, then by deadline."""
        return (0 if self.overdue(now) else 1, self.due, self.key)


@dataclass(frozen=True)
class Override:
    match: dict[str, Any]
    seconds: int | None = None
    factor: float | None = None

    def applies(self, facts: dict[str, Any]) -> bool:
        return all(facts.get(k) == v for k, v in self.match.items())

    def apply(self, base: timedelta) -> timedelta:
        if self.seconds is not None:
            return timedelta(seconds=self.seconds)
        return base * (self.factor if self.factor is not None else 1.0)


_MATCH_KEYS = ("kind", "phase", "tally_group", "category", "priority")


@dataclass(frozen=True)
class QueueRules:
    deadlines: Deadlines
    desks: dict[str, str]
    deadline_names: dict[str, str | int]
    overrides: tuple[Override, ...]
    step: timedelta
    kind_steps: dict[str, timedelta] = field(default_factory=dict)
    default_area: str = "urban"
    area_by_jurisdiction: dict[str, str] = field(default_factory=dict)
    call_lookback: timedelta = timedelta(hours=48)
    review_days: int = 7
    shift_starts: tuple[time, ...] = (time(8), time(20))
    alert_priorities: frozenset[int] = frozenset({1})
    alert_escalated: bool = True
    _allowances: dict[tuple[object, ...], timedelta] = field(
        default_factory=dict, compare=False, repr=False)

    @classmethod
    def from_mapping(cls, raw: dict[str, Any], deadlines: Deadlines) -> QueueRules:
        from console.domain.queue_kinds import codes  # the kinds import these rules

        kinds = raw["kinds"]
        missing = [code for code in codes() if code not in kinds]
        if missing:
            raise ValueError(f"queue_rules.toml: no [kinds.{missing[0]}] table")
        unknown = sorted(set(kinds) - set(codes()))
        if unknown:
            raise ValueError(f"queue_rules.toml: [kinds.{unknown[0]}] is no queue kind "
                             "(console/domain/queue_kinds)")
        overrides = tuple(
            Override(
                match={k: o[k] for k in _MATCH_KEYS if k in o},
                seconds=int(o["seconds"]) if "seconds" in o else None,
                factor=float(o["factor"]) if "factor" in o else None,
            )
            for o in raw.get("overrides", [])
        )
        area = raw.get("area", {})
        starts = tuple(
            time.fromisoformat(s) for s in raw.get("shifts", {}).get("starts", ["08:00", "20:00"])
        )
        alert = raw.get("alert", {})
        return cls(
            deadlines=deadlines,
            desks={k: str(v["desk"]) for k, v in kinds.items()},
            deadline_names={k: v["deadline"] for k, v in kinds.items()},
            overrides=overrides,
            step=timedelta(seconds=int(raw.get("levels", {}).get("step", 1800))),
            kind_steps={k: timedelta(seconds=int(v["step"])) for k, v in kinds.items()
                        if "step" in v},
            default_area=str(area.get("default", "urban")),
            area_by_jurisdiction=dict(area.get("jurisdictions", {})),
            call_lookback=timedelta(hours=float(raw.get("calls", {}).get("lookback_hours", 48))),
            review_days=int(raw.get("review", {}).get("days", 7)),
            shift_starts=tuple(sorted(starts)),
            alert_priorities=frozenset(int(p) for p in alert.get("priorities", [1])),
            alert_escalated=bool(alert.get("escalated", True)),
        )

    # -- owners -------------------------------------------------------------------------
    def desk(self, kind: str, *, is_dv: bool = False, is_enterprise: bool = False) -> str:
        desk = self.desks[kind]
        if desk != "by_flag":
            return desk
        if is_dv:
            return "dv"
        if is_enterprise:
            return "enterprise"
        return "dispatch"

    def area_type(self, jurisdiction_code: str | None, known: str | None) -> str:
        """The area type for arrival: a rules override, else the jurisdiction's, else default."""
        if jurisdiction_code and jurisdiction_code in self.area_by_jurisdiction:
            return str(self.area_by_jurisdiction[jurisdiction_code])
        return known or self.default_area

    # -- deadlines ----------------------------------------------------------------------
    def allowance(self, kind: str, *, priority: int = 2, tally_group: str = "",
                  category: str = "", area_type: str = "urban", phase: str = "",
                  desk: str = "default") -> timedelta:
        """How long an item of this kind may wait before it is overdue (memoised: the
        queue asks this for every item on every build)."""
        memo = (kind, priority, tally_group, category, area_type, phase, desk)
        found = self._allowances.get(memo)
        if found is None:
            found = self._allowances[memo] = self._allowance(
                kind, priority, tally_group, category, area_type, phase, desk)
        return found

    def _allowance(self, kind: str, priority: int, tally_group: str, category: str,
                   area_type: str, phase: str, desk: str) -> timedelta:
        name = self.deadline_names[kind]
        if name == "stage":
            name = phase or "closure"
        base = self._named(name, priority, area_type, desk)
        facts = {"kind": str(kind), "phase": phase, "tally_group": tally_group,
                 "category": category, "priority": priority}
        for rule in self.overrides:
            if rule.applies(facts):
                return rule.apply(base)
        return base

    def _named(self, name: str | int, priority: int, area_type: str, desk: str) -> timedelta:
        d = self.deadlines
        if isinstance(name, int):
            return timedelta(seconds=name)
        if name == "dispatch":
            return d.dispatch[clamp_priority(priority, d.dispatch)]
        if name == "arrival":
            table = d.arrival.get(area_type) or d.arrival["urban"]
            return table[clamp_priority(priority, table)]
        if name == "handling":
            return d.handling[clamp_priority(priority, d.handling)]
        if name == "closure":
            return d.closure[clamp_priority(priority, d.closure)]
        if name == "push_ack":
            return d.push_ack
        if name == "callback":
            return d.callback.get(desk, d.callback["default"])
        if name == "silent_callback":
            return d.silent_callback
        if name == "incomplete":
            return d.incomplete
        raise ValueError(f"queue_rules.toml: unknown deadline {name!r}")

    def target_level(self, due: datetime, now: datetime,
                     base: Level = Level.DESK, kind: str = "") -> Level:
        """The level an item should have reached: one up when overdue, one more a step later
        (the kind's own step where the rules give one: a missed weekly visit is not a
        dispatch missed by minutes)."""
        steps = 0
        if now > due:
            steps = 1
        if now > due + self.kind_steps.get(kind, self.step):
            steps = 2
        return Level(min(int(Level.LEADERSHIP), int(base) + steps))

    def is_alert(self, item: QueueItem) -> bool:
        """A new item that must be noticed at once."""
        if self.alert_escalated and item.owner_level() > Level.DESK:
            return True
        return item.priority in self.alert_priorities

    # -- shifts -------------------------------------------------------------------------
    def shift_bounds(self, moment: datetime, tz: tzinfo) -> tuple[datetime, datetime]:
        """The local shift [start, end) a moment belongs to."""
        local = moment.astimezone(tz)
        starts: list[datetime] = []
        for offset in (-1, 0, 1):
            day = local.date() + timedelta(days=offset)
            starts.extend(datetime.combine(day, t, tzinfo=tz) for t in self.shift_starts)
        starts.sort()
        start = max(s for s in starts if s <= local)
        end = min(s for s in starts if s > local)
        return start, end


def follow_up_phase(stage: str) -> str:
    """Which deadline an incident under way is held to."""
    if stage in ("dispatched", "en_route"):
        return "arrival"
    if stage == "on_scene":
        return "handling"
    return "closure"


def follow_up_due(rules: QueueRules, stage: str, *, opened_at: datetime,
                  dispatched_at: datetime | None, arrived_at: datetime | None,
                  priority: int, tally_group: str = "", category: str = "",
                  area_type: str = "urban") -> tuple[str, datetime]:
    """The phase and deadline of an incident under way."""
    phase = follow_up_phase(stage)
    start = {"arrival": dispatched_at, "handling": arrived_at}.get(phase) or opened_at
    if phase == "closure":
        start = opened_at
    allowance = rules.allowance(Kind.FOLLOW_UP, priority=priority, tally_group=tally_group,
                                category=category, area_type=area_type, phase=phase)
    return phase, start + allowance


def callback_due(rules: QueueRules, closed_at: datetime, *, desk: str, priority: int = 2,
                 tally_group: str = "", category: str = "") -> datetime:
    return closed_at + rules.allowance(Kind.CALLBACK, priority=priority,
                                       tally_group=tally_group, category=category, desk=desk)


def wants_callback(incident_id: int, share: float) -> bool:
    """Whether a closed incident is sampled for a callback: all of them at share 1.0.

    Deterministic (a hash of the id), so every seat and a re-run agree.
    """
    if share >= 1.0:
        return True
    if share <= 0.0:
        return False
    return (incident_id * 2654435761) % 1000 < round(share * 1000)


def sorted_items(items: list[QueueItem], now: datetime) -> list[QueueItem]:
    return sorted(items, key=lambda i: i.sort_key(now))


# -- the clear-to-zero review (警情清零) ---------------------------------------------------
REASONS: tuple[str, ...] = ("stage", "callback", "push", "escalation")


@dataclass(frozen=True)
class OpenIncident:
    """An incident of an earlier day that is not yet cleared, and why."""

    incident_id: int
    number: str
    day: date
    category_code: str | None
    priority: int
    stage: str
    opened_at: datetime
    desk: str
    reasons: tuple[str, ...]
    owner_id: int | None = None
    owner_name: str = ""
    pending_pushes: int = 0
    escalation_level: str = ""

    def age(self, now: datetime) -> timedelta:
        return now - self.opened_at


@dataclass(frozen=True)
class DayStatus:
    day: date
    incidents: int
    still_open: int

    @property
    def cleared(self) -> bool:
        return self.still_open == 0


def day_statuses(days: list[date], totals: dict[date, int],
                 open_incidents: list[OpenIncident]) -> list[DayStatus]:
    """One line per day, newest first: cleared, or how many are still open."""
    still: dict[date, int] = {}
    for item in open_incidents:
        still[item.day] = still.get(item.day, 0) + 1
    every = sorted(set(days) | set(still), reverse=True)
    return [DayStatus(d, totals.get(d, 0), still.get(d, 0)) for d in every]


def format_span(span: timedelta, day_unit: str = "d") -> str:
    """A duration as `h:mm:ss` or `m:ss` (days shown as `N<day_unit> h:mm`)."""
    seconds = int(abs(span).total_seconds())
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    if days:
        return f"{days}{day_unit} {hours}:{minutes:02d}"
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


def load_queue_rules(path: Path, deadlines: Deadlines) -> QueueRules:
    with path.open("rb") as handle:
        return QueueRules.from_mapping(tomllib.load(handle), deadlines)


@cache
def default_queue_rules() -> QueueRules:
    """The rules shipped with the console (read once per process)."""
    from console.domain.reference import default_reference
    from console.paths import db_dir

    return load_queue_rules(db_dir() / "reference" / "queue_rules.toml",
                            default_reference().deadlines)
