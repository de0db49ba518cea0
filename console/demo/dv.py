"""The anti-DV desk's work in the demo: open DV incidents taken, recent ones assessed, with
written warnings, protection orders and referrals in the shares a county desk sees.

Written through the store after the bulk load (as the enterprise registry's files are),
each at its own moment on the demo's clock, for the last `DESK_DAYS` days only. An
incident's log stays in time order: the desk's work on it comes after its latest event,
one step after another.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from console.demo.dice import Dice
from console.demo.places import person_name
from console.domain.clock import FixedClock, local_day
from console.domain.dv.followup import next_due
from console.domain.dv.measures import AGENCIES
from console.domain.dv.risk import default_checklist
from console.domain.dv.warnings import RELATIONSHIPS, WarningDraft
from console.store.store import Store

DESK_DAYS = 60
TAKE_AFTER = (1, 4)  # minutes after the call: the desk takes a new DV incident
FRESH = timedelta(minutes=5)  # newer than this at "now": left for the desk to take
# Shares of the period's DV incidents (per thousand).
ASSESSED, WARNED, WARNED_TWICE, ORDERED, REFERRED = 850, 250, 40, 80, 200
VISITS: tuple[str, ...] = (
    "上门查访，双方情绪稳定", "电话回访受害人，近期未再发生暴力", "会同社区网格员走访，已再次教育",
    "电话联系受害人，对方近期有饮酒滋事，已提醒")
FACTS: tuple[str, ...] = (
    "酒后与家人发生争执并动手殴打", "因家庭琐事推搡、殴打对方", "多次以言语威胁恐吓家庭成员",
    "砸毁家中物品并对家庭成员实施殴打")


def complete(store: Store, dice: Dice, now: datetime) -> int:
    """The desk's work on the DV incidents of the last `DESK_DAYS` days; returns how many
    incidents it worked on. The store's clock is moved along and left at `now`."""
    clock = store.clock
    assert isinstance(clock, FixedClock)
    desk = store.accounts.by_username("fanjiabao01")
    if desk is None:
        return 0
    checklist = default_checklist()
    plain = [q.code for q in checklist.questions if not q.critical]
    critical = [q.code for q in checklist.questions if q.critical]
    worked = 0
    for incident_id, latest, is_open, taken in store.dv.incidents_since(
            now - timedelta(days=DESK_DAYS)):
        if now - latest < FRESH:
            continue
        worked += 1
        cursor = [latest]

        def at(delta: timedelta, since: datetime | None = None,
               cursor: list[datetime] = cursor) -> bool:
            """Move the clock to `delta` after `since` (the latest step), never back."""
            moment = max((since or cursor[0]) + delta, cursor[0] + timedelta(seconds=1))
            if moment >= now:
                return False
            clock.set(moment)
            cursor[0] = moment
            return True

        if is_open and not taken and at(timedelta(minutes=dice.between(*TAKE_AFTER))):
            store.dv.take(incident_id, desk.id)
        assessed: tuple[str, datetime] | None = None
        if dice.between(0, 1000) < ASSESSED and at(timedelta(minutes=dice.between(10, 40))):
            yes = dice.rng.sample(plain, dice.between(0, 15))
            if dice.between(0, 10) == 0:
                yes.append(dice.pick(critical))
            assessed = (store.dv.assess(incident_id, yes, operator_id=desk.id).colour,
                        clock.now())
        if dice.between(0, 1000) < WARNED and at(timedelta(hours=dice.between(6, 48))):
            warnings = 2 if dice.between(0, 1000) < WARNED_TWICE * 1000 // WARNED else 1
            for n in range(warnings):
                if n and not at(timedelta(days=dice.between(10, 40))):
                    break
                warning = store.dv.issue_warning(incident_id, WarningDraft(
                    person_name(31 * incident_id + 7), person_name(37 * incident_id + 11),
                    dice.pick(RELATIONSHIPS), dice.pick(FACTS), "所在社区居委会"),
                    operator_id=desk.id)
                for party in ("abuser", "victim", "committee"):
                    if at(timedelta(hours=dice.between(1, 72))):
                        store.dv.record_served(warning.id, party, operator_id=desk.id)
        if dice.between(0, 1000) < ORDERED and at(timedelta(hours=dice.between(2, 24))):
            urgent = dice.between(0, 2) == 0
            order = store.dv.apply_order(incident_id, urgent, "淮南市田家庵区人民法院",
                                         operator_id=desk.id)
            if at(timedelta(hours=dice.between(30, 70))):
                if dice.between(0, 10) < 8:
                    until = local_day(clock.now(), store.tz) + timedelta(
                        days=dice.between(60, 180))
                    store.dv.decide_order(order.id, "granted", until, operator_id=desk.id)
                else:
                    store.dv.decide_order(order.id, "refused", operator_id=desk.id)
        if dice.between(0, 1000) < REFERRED and at(timedelta(hours=dice.between(1, 12))):
            referral = store.dv.refer(incident_id, dice.pick(AGENCIES), operator_id=desk.id)
            if at(timedelta(days=dice.between(1, 5))):
                store.dv.referral_status(referral.id, dice.pick(("accepted", "done")),
                                         operator_id=desk.id)
        _follow_ups(store, dice, incident_id, desk.id, at, now, assessed)
    clock.set(now)
    return worked


def _follow_ups(store: Store, dice: Dice, incident_id: int, desk_id: int,
                at: Callable[..., bool], now: datetime,
                assessed: tuple[str, datetime] | None) -> None:
    """Visits and calls on the tier's schedule, most on time, a few late but caught up (the
    demo's last day starts with no follow-up missed for days, as a kept desk would)."""
    if assessed is None:
        return
    checklist = default_checklist()
    colour, assessed_at = assessed
    visited: datetime | None = None
    for _ in range(60):
        due = next_due(checklist, colour, assessed_at, visited)
        if due is None or due >= now:
            return  # none asked, or not yet due
        early = -timedelta(hours=dice.between(0, 48))
        if dice.between(0, 100) < 6 and due + timedelta(hours=48) < now:
            early = timedelta(hours=dice.between(2, 48))  # late, caught up
        if not at(timedelta(0), due + early):
            return
        store.dv.record_visit(incident_id, dice.pick(("visit", "call")), dice.pick(VISITS),
                              operator_id=desk_id)
        visited = store.clock.now()
        if dice.between(0, 3) == 0:  # re-assessed as the visit reports back
            yes = dice.rng.sample([q.code for q in checklist.questions if not q.critical],
                                  dice.between(0, 8))
            colour = store.dv.assess(incident_id, yes, operator_id=desk_id).colour
            assessed_at = visited
