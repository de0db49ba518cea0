"""Incidents and their lifecycle: intake, dispatch, arrival, handling, closure.

Each step is timed as the reference year has it and kept within the deadline the queues
hold it to (db/reference/deadlines.toml, queue_rules.toml), but for the rare one done late
(mix.LATE_SHARE); the rows are then cut at the demo's "now". On the end day a few
incidents are held at each open stage (a unit slow to report, a closure not yet written),
so the board shows every stage and the queues some items overdue today.
"""

from __future__ import annotations

from collections import deque
from datetime import date, timedelta

from console.demo.callrow import CallRows
from console.demo.dice import accumulate
from console.demo.enterprises import Enterprise
from console.demo.escalation import Allowances, in_time
from console.demo.fraud import Fraud
from console.demo.loop import Attempt, Escalation, Loop
from console.demo.places import person_name
from console.demo.times import MIN, SEC
from console.demo.world import World
from console.domain import demo_mix as mix
from console.domain.addresses import address_key
from console.domain.queues import Kind

_A = Allowances
# The stage whose time ends the work on an incident held at the given stage.
FOLLOWING = {"intake": "dispatched", "dispatched": "en_route", "en_route": "on_scene",
             "on_scene": "handled", "handled": "closed"}
_STAGES = ("dispatched", "en_route", "on_scene", "handled", "closed", "called_back")
_CAUGHT_CUM = accumulate(mix.CAUGHT_WEIGHTS)
_HOUSEHOLD_CUM = accumulate(mix.DV_HOUSEHOLD_WEIGHTS)


class Incident:
    """An incident kept until no more duplicate calls can reach it, then written."""

    __slots__ = ("address", "akey", "category", "flags", "group", "handled", "id",
                 "jurisdiction", "last", "opened", "priority", "row", "summary")
    address: str
    akey: str
    category: str
    flags: tuple[int, int]  # (DV, enterprise)
    group: str
    handled: int | None
    id: int
    jurisdiction: str
    last: int  # the time of its last event so far
    opened: int
    priority: int
    row: list[object]
    summary: str


class Household:
    __slots__ = ("address", "jurisdiction", "key", "name", "number")
    address: str
    jurisdiction: str
    key: str
    name: str
    number: str

    def __init__(self, address: str, jurisdiction: str, number: str, name: str):
        self.address, self.key = address, address_key(address)
        self.jurisdiction, self.number, self.name = jurisdiction, number, name


class Incidents:
    def __init__(self, world: World, calls: CallRows, enterprises: list[Enterprise]):
        self.w = world
        self.calls = calls
        self.enterprises = enterprises
        self.loop = Loop(world)
        self.fraud = Fraud(world)
        self.pending: deque[Incident] = deque()
        self.active_units: dict[str, tuple[int, str]] = {}
        self.dv_follow_ups: list[tuple[date, Household]] = []
        self.late = mix.LATE_SHARE
        weights = mix.incident_weights(world.calls_per_day)
        self.per_day = sum(weights.values())
        self.keys = tuple(weights)
        self.cum = tuple(accumulate(weights.values()))
        self.dv_codes = mix.cumulative(mix.CATEGORY_WEIGHTS["domestic_violence"])
        self.log_ms = (mix.LOG_SECONDS["incident"][0] * SEC,
                       (mix.LOG_SECONDS["incident"][1] - mix.LOG_SECONDS["incident"][0]) * SEC)
        self.today = world.first
        self.day_text = ""
        self.number_prefix = ""
        self.seq = 0

    def new_day(self, day: date) -> None:
        self.today, self.day_text, self.seq = day, day.isoformat(), 0
        self.number_prefix = f"{self.w.reference.centre_code}-{day:%Y%m%d}-"

    # --- intake --------------------------------------------------------------------------

    def open(self, received: int, jur: str, hold: str | None) -> None:
        """An incident call; `hold`: the stage it waits at, at "now" (end day only)."""
        w = self.w
        dice, random, places = w.dice, w.dice.random, w.places
        logged = received + self.log_ms[0] + int(random() * self.log_ms[1])
        if logged > w.now:
            return  # still being typed at "now": not saved yet
        household: Household | None = None
        follow = self.dv_follow_ups
        if follow and follow[0][0] <= self.today:  # a DV household calls again
            household = follow.pop(0)[1]
            group, code = "domestic_violence", str(dice.weighted(*self.dv_codes))
        else:
            group, code = dice.weighted(self.keys, self.cum)
        enterprise: Enterprise | None = None
        dv = 0
        if group == "enterprise":
            group = mix.ENTERPRISE_GROUP[code]
            listed = self.enterprises
            enterprise = listed[int(random() ** 1.5 * len(listed))]
            jur, address, at_home = enterprise.jurisdiction, enterprise.address, False
            number, name = places.caller()
        elif group == "domestic_violence":
            household = household or self.household(jur)
            jur, address, at_home, dv = household.jurisdiction, household.address, True, 1
            number, name = ((household.number, household.name) if random() < 0.8
                            else places.caller())
        else:
            address, at_home = places.place(jur, group)
            number, name = places.caller()
        category = w.category[code]
        priority = category.default_priority
        if random() < 0.1:
            priority = min(3, max(1, priority + (1 if random() < 0.5 else -1)))
        taker = w.staff.taker(received)
        self.seq += 1
        inc = Incident()
        inc.id = w.rows.new_id("incidents")
        inc.opened, inc.category, inc.group, inc.priority = received, code, group, priority
        inc.jurisdiction, inc.address = jur, address
        inc.akey = enterprise.key if enterprise else address_key(address)
        inc.summary = self.calls.summary_for(code, group)
        ent = 1 if enterprise else 0
        inc.flags = (dv, ent)
        call_id = self.calls.add(
            received, logged, self.calls.line_for(group), number, name, address, inc.akey, jur,
            code, priority, inc.summary, "incident", inc.id, dv=dv, ent=ent, taker=taker)
        # The number is format_incident_number(centre, day, seq), with the prefix made once a day.
        inc.row = [inc.id, f"{self.number_prefix}{self.seq:04d}", self.day_text, self.seq, code,
                   priority, jur, address, inc.akey, number, inc.summary,
                   enterprise.id if enterprise else None, taker[0], dv, ent,
                   w.times.text(received)]
        self.timeline(inc, logged, taker[0], at_home, enterprise, hold)
        if group == "telecom_fraud":
            self.fraud.report(call_id, inc.id, inc.opened, inc.handled)
        self.pending.append(inc)

    def household(self, jur: str) -> Household:
        """A new DV household, its later incidents (0–4) planned on the days ahead."""
        w = self.w
        number, name = w.places.caller()
        household = Household(w.places.home(jur), jur, number,
                              name or person_name(int(number[-6:])))
        size = int(w.dice.weighted(mix.DV_HOUSEHOLD_SIZES, _HOUSEHOLD_CUM))
        due = self.today
        # Gaps shrink in a short demo so that the repeats still fall inside it.
        longest = min(mix.DV_GAP_DAYS[1], max(1, (w.end - self.today).days // size))
        for _ in range(size - 1):
            due += timedelta(days=w.dice.between(mix.DV_GAP_DAYS[0], longest + 1))
            if due <= w.end:
                self.dv_follow_ups.append((due, household))
        self.dv_follow_ups.sort(key=lambda item: item[0])
        return household

    # --- the stages ----------------------------------------------------------------------

    def timeline(self, inc: Incident, logged: int, taker: int, at_home: bool,
                 enterprise: Enterprise | None, hold: str | None) -> None:
        """The times of every step from intake to callback, cut where the work stops.

        Only rows are made here; the event log is derived from them by the store's loader.
        """
        w = self.w
        dice, between, random, late = w.dice, w.dice.between, w.dice.random, self.late
        handling = mix.HANDLING[inc.group]
        dv, ent = inc.flags
        desk = "enterprise" if ent else "dv" if dv else "default"
        allow = w.allowances.of(inc.category, inc.priority, inc.jurisdiction, desk)
        dispatcher = taker if random() < 0.7 else w.staff.dispatcher
        times = {"intake": logged}
        inc.last = logged
        if enterprise is not None:
            inc.last = self.loop.pushes(inc.id, enterprise, logged, allow)
        units: list[list] = []  # type: ignore[type-arg]  # [unit, en route, on scene, clear, n]
        by_phone = random() < handling.by_phone and hold in (None, "handled")
        if by_phone:  # settled at intake: guidance, or the caller withdrew
            if random() < late["dispatch"]:
                handled = logged + allow[_A.DISPATCH] + between(30 * SEC, 5 * MIN)
            else:
                handled = logged + in_time(dice, between(20 * SEC, 10 * MIN),
                                           allow[_A.DISPATCH], 20 * SEC)
            handler = taker
        else:
            handled, handler = self.dispatch(inc, logged, at_home, dispatcher, times, units,
                                             allow)
        times["handled"] = handled
        for unit in units:
            unit[3] = handled + between(0, 10 * MIN)
        outcome = self.outcome(inc.group)
        recorded = handled + between(30 * SEC, 5 * MIN)
        escalations: list[Escalation] = []
        close_after = handled
        if ent and random() < mix.ENTERPRISE_ESCALATED:  # not resolved on the spot: to the bureau
            esc = self.loop.escalation("leadership", mix.ENTERPRISE_ESCALATION, handled + 5 * MIN,
                                       w.staff.enterprise_desk, allow, manual=True)
            escalations.append(esc)
            close_after = esc.resolved
        low, high = handling.close_min[0] * MIN, handling.close_min[1] * MIN
        limit = inc.opened + allow[_A.CLOSURE] * 97 // 100
        if random() < late["closure"]:
            closed = max(close_after + MIN,
                         inc.opened + allow[_A.CLOSURE] + between(10 * MIN, 90 * MIN))
        else:
            closed = close_after + between(low, high)
            if closed > limit:
                closed = (between(close_after + min(low, (limit - close_after) * 2 // 3), limit)
                          if limit > close_after + MIN else close_after + MIN)
        times["closed"] = closed
        closure = handling.closures[0] if random() < 0.7 else dice.pick(handling.closures)
        attempts = self.loop.callback_plan(inc.id, dv, ent, closed, allow, escalations)
        cut = w.now + 1
        if hold is not None:  # work stops after this stage
            cut = min(cut, times[FOLLOWING[hold]])
        self.rows(inc, cut, times, dice.pick(mix.RESULTS.get(inc.group, ("已处置",))),
                  closure, units, dispatcher, handler, (outcome, recorded) if outcome else None,
                  attempts, escalations, allow)

    def dispatch(self, inc: Incident, logged: int, at_home: bool, dispatcher: int,
                 times: dict[str, int], units: list[list],  # type: ignore[type-arg]
                 allow: tuple[int, ...]) -> tuple[int, int]:
        """Dispatch 1–2 units of the jurisdiction, en route, on scene; returns handled time."""
        w = self.w
        between, random, late, places = w.dice.between, w.dice.random, self.late, w.places
        handling = mix.HANDLING[inc.group]
        low, high = mix.DISPATCH_SECONDS.get(inc.priority, (60, 180))
        if random() < late["dispatch"]:
            span = allow[_A.DISPATCH] + between(20 * SEC, 3 * MIN)
        else:
            span = in_time(w.dice, between(low * SEC, high * SEC), allow[_A.DISPATCH],
                           low * SEC)
        dispatched = logged + span
        pool, cum = places.units[(inc.jurisdiction, at_home)]
        chosen = [str(w.dice.weighted(pool, cum))]
        if random() < handling.two_units:
            second = w.dice.pick(places.units_of[inc.jurisdiction])
            if second != chosen[0]:
                chosen.append(second)
        low_a, mode_a, high_a = mix.ARRIVAL_MINUTES[places.jur[inc.jurisdiction].area_type]
        factor = (mix.URGENT_ARRIVAL_FACTOR if inc.priority == 1 else 1.0) * MIN
        triangular = w.dice.rng.triangular
        for k, unit in enumerate(chosen):
            en_route = dispatched + between(10 * SEC, 90 * SEC) + k * between(0, 2 * MIN)
            travel = int(triangular(low_a, high_a, mode_a) * factor)
            if k == 0:  # the first on scene ends the arrival deadline
                if random() < late["arrival"]:
                    travel = allow[_A.ARRIVAL] + between(MIN, 12 * MIN)
                else:
                    travel = in_time(w.dice, travel, allow[_A.ARRIVAL], int(low_a * factor))
            on_scene = max(en_route + MIN, dispatched + travel + k * between(0, 5 * MIN))
            units.append([unit, en_route, on_scene, 0, self.officers()])
        times["dispatched"] = dispatched
        times["en_route"] = min(u[1] for u in units)
        arrived = times["on_scene"] = min(u[2] for u in units)
        last = max(u[2] for u in units)
        low_h, high_h = handling.on_scene_min
        if random() < late["handling"]:
            handled = arrived + allow[_A.HANDLING] + between(5 * MIN, 50 * MIN)
        else:
            span = last - arrived + between(low_h * MIN, high_h * MIN)
            handled = arrived + in_time(w.dice, span, allow[_A.HANDLING], low_h * MIN)
        return max(handled, last + MIN), dispatcher

    def officers(self) -> int:
        r = self.w.dice.random()
        if r < mix.OFFICERS_ONE_SHARE:
            return 1
        return 3 if r < mix.OFFICERS_ONE_SHARE + mix.OFFICERS_THREE_SHARE else 2

    def outcome(self, group: str) -> tuple[int, str, int] | None:
        """(people caught, assistance result, mediated) for the groups the tallies count."""
        if group in ("criminal", "public_order"):
            share = (mix.CAUGHT_CRIMINAL_SHARE if group == "criminal"
                     else mix.CAUGHT_PUBLIC_ORDER_SHARE)
            caught = 0
            if self.w.dice.random() < share:
                caught = int(self.w.dice.weighted(mix.CAUGHT_COUNTS, _CAUGHT_CUM))
            return caught, "", 0
        if group in mix.ASSISTANCE_RESULT:
            return 0, mix.ASSISTANCE_RESULT[group], 0
        if group in mix.MEDIATED_GROUPS:
            return 0, "", 1
        return None

    # --- rows ----------------------------------------------------------------------------

    def rows(self, inc: Incident, cut: int, times: dict[str, int], result: str, closure: str,
             units: list[list], dispatcher: int, handler: int,  # type: ignore[type-arg]
             outcome: tuple[tuple[int, str, int], int] | None, attempts: list[Attempt],
             escalations: list[Escalation], allow: tuple[int, ...]) -> None:
        """The rows that hang off an incident and its stage columns, as of its cut.

        `inc.last` follows every row that makes an event, for `updated_at`.
        """
        w = self.w
        text, maybe, rows, now, trails = w.times.text, w.times.maybe, w.rows, w.now, w.trails
        last = inc.last

        def seen(ms: int | None) -> int | None:
            return ms if ms is not None and ms < cut else None

        dispatched = seen(times.get("dispatched"))
        for unit, en_route, on_scene, cleared, officers in units:
            if dispatched is None:
                break
            en_route, on_scene, cleared = seen(en_route), seen(on_scene), seen(cleared)
            rows["assignments"].append((
                rows.new_id("assignments"), inc.id, unit, text(dispatched), maybe(en_route),
                maybe(on_scene), maybe(cleared), dispatcher, officers))
            last = max(last, dispatched, en_route or 0, on_scene or 0, cleared or 0)
            if cleared is None:  # the unit is still out: the board shows it busy
                status = "on_scene" if on_scene else "en_route" if en_route else "dispatched"
                moment = on_scene or en_route or dispatched
                held = self.active_units.get(unit)
                if held is None or held[0] <= moment:
                    self.active_units[unit] = (moment, status)
        handled, closed = seen(times["handled"]), seen(times["closed"])
        callback_ids: list[int] = []
        if closed is not None and attempts:
            reached, at = self.loop.callback_rows(inc.id, attempts, cut, callback_ids)
            last = max(last, at)
            if reached is not None:
                times["called_back"] = reached
        stage, stage_at = "intake", times["intake"]
        for name in _STAGES:
            if name not in times:
                continue  # not on this incident's path (settled by phone, not called back)
            reached_at = seen(times[name])
            if reached_at is None:
                break
            stage, stage_at = name, reached_at
        last = max(last, stage_at)
        inc.handled = handled
        if outcome is not None and seen(outcome[1]) is not None:
            (caught, assistance, mediated), recorded = outcome
            rows["incident_outcomes"].append(
                (inc.id, caught, assistance, mediated, text(recorded), handler))
            last = max(last, recorded)
        if escalations:
            last = max(last, self.loop.escalation_rows(inc.id, escalations, cut, callback_ids))
        # The queue items of the stages, overdue ones escalated as the pass would have.
        iid = inc.id
        arrived = seen(times.get("on_scene"))
        left_intake = dispatched if dispatched is not None else handled
        due = times["intake"] + allow[_A.DISPATCH]
        if (left_intake or now) > due:
            last = max(last, trails.item(f"dispatch:{iid}", Kind.DISPATCH, due, left_intake,
                                         incident_id=iid, ended=True))
        if dispatched is not None:
            due = dispatched + allow[_A.ARRIVAL]
            if (arrived or now) > due:
                last = max(last, trails.item(f"follow_up:{iid}:arrival", Kind.FOLLOW_UP, due,
                                             arrived, incident_id=iid, ended=True))
        if arrived is not None:
            due = arrived + allow[_A.HANDLING]
            if (handled or now) > due:
                last = max(last, trails.item(f"follow_up:{iid}:handling", Kind.FOLLOW_UP, due,
                                             handled, incident_id=iid, ended=True))
        if handled is not None:
            due = inc.opened + allow[_A.CLOSURE]
            if (closed or now) > due:
                last = max(last, trails.item(f"follow_up:{iid}:closure", Kind.FOLLOW_UP, due,
                                             closed, incident_id=iid, ended=True))
        inc.last = last
        inc.row += [stage, text(stage_at), maybe(dispatched), maybe(arrived), maybe(handled),
                    maybe(closed), result if handled else "", closure if closed else ""]

    def flush(self, inc: Incident) -> None:
        """Queue an incident's row once no more duplicate calls can reach it."""
        self.w.rows["incidents"].append((*inc.row, self.w.times.text(inc.last)))
        self.w.rows.flushed = inc.id

    def unit_statuses(self) -> list[tuple[str, str, str]]:
        text = self.w.times.text
        return [(status, text(moment), unit)
                for unit, (moment, status) in sorted(self.active_units.items())]

