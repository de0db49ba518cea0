"""The closed loop (闭环) after the scene: 一警三派 pushes and their acknowledgements,
callbacks (回访) per db/reference/callbacks.toml, and the escalations they raise.

Everything is done in time as a working centre does it: pushes acknowledged within
minutes, callbacks made in office hours well before they are due, a caller not reached
tried again after the retry interval and, after the last try, the supervisor told; a
dissatisfied caller's escalation resolved within its allowance. A small share of items is
done late (mix.LATE_SHARE), with the escalations the overdue item raised.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from console.demo.dice import accumulate
from console.demo.enterprises import ROLES, Enterprise
from console.demo.escalation import ESCALATE_ORDER, RESOLVE_ORDER, Allowances, in_time
from console.demo.times import DAY, HOUR, MIN
from console.demo.world import World
from console.domain import demo_mix as mix
from console.domain.queues import Kind, level_from_code, wants_callback

_A = Allowances
_RATING_CUM = accumulate(mix.CALLBACK_RATING_WEIGHTS)


@dataclass
class Escalation:
    """An escalation raised by a person (or the callback rules) and its resolution."""

    level: str
    reason: str
    raised: int
    raised_by: int
    resolved: int
    resolved_by: int
    resolution: str
    allowance: int  # until the escalation's queue item is due
    callback: int | None = None  # the attempt (index) that raised it
    detail: dict[str, object] = field(default_factory=dict)  # more, as the store records it


@dataclass
class Attempt:
    """One callback row: due, done (by whom, with what rating)."""

    created: int
    due: int
    done: int
    by: int
    rating: str
    remarks: str


class Loop:
    def __init__(self, world: World):
        self.w = world
        self.rules = world.reference.callbacks
        self.shares = {d: self.rules.share(d) for d in ("enterprise", "dv", "default")}
        self.retry = round(self.rules.retry_after.total_seconds() * 1000)
        self.late = mix.LATE_SHARE

    # --- 一警三派 ----------------------------------------------------------------------------

    def pushes(self, incident_id: int, enterprise: Enterprise, logged: int,
               allowances: tuple[int, ...]) -> int:
        """One push per responsible person as the call is logged, each acknowledged within
        minutes; returns the time of the last event."""
        w = self.w
        text, maybe, between, rows = w.times.text, w.times.maybe, w.dice.between, w.rows
        allowance = allowances[_A.PUSH_ACK]
        desk, now, last = w.staff.enterprise_desk, w.now, logged
        for role, (person, phone) in zip(ROLES, enterprise.persons, strict=True):
            if w.dice.chance(self.late["push_ack"]):
                acked: int | None = logged + allowance + between(MIN, 20 * MIN)
            else:
                acked = logged + in_time(w.dice, between(MIN, 8 * MIN), allowance, MIN)
            if acked is not None and acked > now:
                acked = None
            push_id = rows.new_id("enterprise_pushes")
            rows["enterprise_pushes"].append((
                push_id, incident_id, enterprise.id, role, person, phone, text(logged),
                maybe(acked), desk if acked else None))
            due = logged + allowance
            if (acked or now) > due:
                last = max(last, w.trails.item(
                    f"push_ack:{push_id}", Kind.PUSH_ACK, due, acked, incident_id=incident_id,
                    by=desk))
            last = max(last, acked or 0)
        return last

    # --- 回访 ----------------------------------------------------------------------------

    def callback_plan(self, incident_id: int, dv: int, ent: int, closed: int,
                      allowances: tuple[int, ...], escalations: list[Escalation]
                      ) -> list[Attempt]:
        """The callbacks of an incident closed at `closed` (none if the rules sample it out);
        an escalation they raise is added to `escalations`."""
        desk = "enterprise" if ent else "dv" if dv else "default"
        if not wants_callback(incident_id, self.shares[desk]):
            return []
        w = self.w
        dice, between, staff = w.dice, w.dice.between, w.staff
        allowance = allowances[_A.CALLBACK]
        due = closed + allowance
        if dice.chance(self.late["callback"]):
            done = due + between(10 * MIN, 3 * HOUR)
        else:
            done = self.office_hours(closed + between(20 * MIN, 4 * HOUR))
            if done > closed + allowance * 97 // 100:
                done = closed + in_time(w.dice, done - closed, allowance, 20 * MIN)
        attempts: list[Attempt] = []
        created = closed
        not_reached = mix.CALLBACK_NOT_REACHED
        while True:
            who = (staff.enterprise_desk if ent else staff.dv_desk if dv
                   else staff.taker(done)[0])
            if dice.chance(not_reached):
                attempts.append(Attempt(created, due, done, who, "not_reached",
                                        dice.pick(mix.NOT_REACHED_REMARKS)))
                if len(attempts) >= self.rules.attempts:
                    escalations.append(self.escalation(
                        "supervisor", "callback_not_reached", done, who, allowances,
                        callback=len(attempts) - 1, attempts=len(attempts)))
                    return attempts
                created, due = done, done + self.retry
                done = created + between(self.retry * 3 // 4, self.retry * 49 // 50)
                not_reached = mix.CALLBACK_RETRY_NOT_REACHED
                continue
            rating = str(dice.weighted(mix.CALLBACK_RATINGS, _RATING_CUM))
            remarks = (dice.pick(mix.CALLBACK_REMARKS) if rating != "dissatisfied"
                       else dice.pick(mix.DISSATISFIED_REMARKS))
            attempts.append(Attempt(created, due, done, who, rating, remarks))
            if rating in self.rules.escalate_on:
                escalations.append(self.escalation(
                    "leadership" if ent else "supervisor", f"callback_{rating}", done, who,
                    allowances, callback=len(attempts) - 1))
            return attempts

    def office_hours(self, moment: int) -> int:
        """A callback is made between 08:00 and 21:00 local: later ones the next morning."""
        local = moment + self.w.tz_offset_ms
        hour = local % DAY // HOUR
        if mix.CALLBACK_HOURS[0] <= hour < mix.CALLBACK_HOURS[1]:
            return moment
        morning = local - local % DAY + mix.CALLBACK_HOURS[0] * HOUR - self.w.tz_offset_ms
        if hour >= mix.CALLBACK_HOURS[1]:
            morning += DAY
        return morning + self.w.dice.between(0, 3 * HOUR)

    def escalation(self, level: str, reason: str, raised: int, raised_by: int,
                   allowances: tuple[int, ...], callback: int | None = None,
                   **detail: object) -> Escalation:
        """An escalation raised at `raised`, resolved by the supervisor in time."""
        w = self.w
        allowance = allowances[_A.ESCALATION]
        span = in_time(w.dice, w.dice.between(20 * MIN, 3 * HOUR), allowance, 20 * MIN)
        return Escalation(level, reason, raised, raised_by, raised + span, w.staff.supervisor,
                          mix.ESCALATION_RESOLUTIONS[reason], allowance, callback, detail)

    def callback_rows(self, incident_id: int, attempts: list[Attempt], cut: int,
                      ids: list[int]) -> tuple[int | None, int]:
        """The callback rows as of `cut` (their ids added to `ids`); returns when the caller
        was reached (None: not yet) and the time of the last event."""
        w = self.w
        rows, text, maybe, now = w.rows, w.times.text, w.times.maybe, w.now
        reached, last = None, 0
        for attempt in attempts:
            if attempt.created >= cut:
                break
            done = attempt.done if attempt.done < cut else None
            callback_id = rows.new_id("callbacks")
            ids.append(callback_id)
            rows["callbacks"].append((
                callback_id, incident_id, text(attempt.due), maybe(done),
                attempt.by if done else None, attempt.rating if done else None,
                attempt.remarks if done else ""))
            if (done or now) > attempt.due:
                last = max(last, w.trails.item(
                    f"callback:{callback_id}", Kind.CALLBACK, attempt.due, done,
                    incident_id=incident_id, by=attempt.by))
            if done is None:
                break
            last = max(last, done)
            if attempt.rating != "not_reached":
                reached = done
        return reached, last

    def escalation_rows(self, incident_id: int, escalations: list[Escalation], cut: int,
                        callback_ids: list[int]) -> int:
        """Raised escalations as of `cut` and their resolution; returns the last event time.

        One raised by a callback is raised as that callback is recorded, so its callback
        row is made (`callback_ids`) whenever the escalation is.
        """
        w = self.w
        rows, text, now = w.rows, w.times.text, w.now
        last = 0
        for esc in escalations:
            if esc.raised >= cut:
                continue
            escalation_id = rows.new_id("escalations")
            resolved = esc.resolved if esc.resolved < cut else None
            raised_at = text(esc.raised)
            resolved_at = text(resolved) if resolved is not None else None
            rows["escalations"].append((
                escalation_id, incident_id, esc.level, esc.reason, raised_at, esc.raised_by,
                resolved_at, esc.resolved_by if resolved else None,
                esc.resolution if resolved else ""))
            detail: dict[str, object] = {
                "level": esc.level, "reason": esc.reason, "escalation_id": escalation_id}
            if esc.callback is not None:
                detail["callback_id"] = callback_ids[esc.callback]
            rows.event(incident_id, raised_at, ESCALATE_ORDER, esc.raised_by, "escalate",
                       json.dumps({**detail, **esc.detail}, ensure_ascii=False))
            last = max(last, esc.raised)
            if resolved_at is not None:
                rows.event(incident_id, resolved_at, RESOLVE_ORDER, esc.resolved_by,
                           "escalation_resolved", json.dumps(
                               {"escalation_id": escalation_id, "resolution": esc.resolution},
                               ensure_ascii=False))
                last = max(last, esc.resolved)
            due = esc.raised + esc.allowance
            if (resolved or now) > due:
                last = max(last, w.trails.item(
                    f"escalation:{escalation_id}", Kind.ESCALATION, due, resolved,
                    incident_id=incident_id, base=int(level_from_code(esc.level)),
                    by=esc.resolved_by, resolution=esc.resolution))
        return last

