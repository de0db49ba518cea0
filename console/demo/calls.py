"""A day's calls: when they come, what they turn out to be, and what is done about them.

Calls follow the hourly curve and the dispositions of the reference year. Incident calls
open incidents (console/demo/incidents.py); a duplicate reports a recent incident; the
rest make no incident. A silent call is called back within minutes, and a call saved
incomplete is completed soon after, as the queues ask (silent_callback, incomplete_call).
"""

from __future__ import annotations

from datetime import date, tzinfo

from console.demo.callrow import CallRows
from console.demo.dice import accumulate
from console.demo.incidents import Incidents
from console.demo.times import HOUR, MIN, SEC, epoch_ms
from console.demo.world import World
from console.domain import demo_mix as mix
from console.domain.addresses import address_key
from console.domain.clock import day_start
from console.domain.queues import Kind

DUPLICATE_WINDOW = 90 * MIN  # a duplicate call reports an incident opened this recently
PENDING_WINDOW = 2 * HOUR  # incidents are written once no duplicate can reach them


class Days:
    def __init__(self, world: World, calls: CallRows, incidents: Incidents, tz: tzinfo):
        self.w = world
        self.calls = calls
        self.incidents = incidents
        self.tz = tz
        self.disp_keys, self.disp_cum = mix.cumulative(mix.disposition_shares(
            world.calls_per_day))
        self.call_cats = {d: mix.cumulative(w) for d, w in mix.CALL_CATEGORIES.items()}
        self.log_ms = {d: (low * SEC, (high - low) * SEC)
                       for d, (low, high) in mix.LOG_SECONDS.items()}
        self.hour_cum = (accumulate(mix.HOUR_WEIGHTS), accumulate(mix.WEEKEND_HOUR_WEIGHTS))
        self.jur_keys, self.jur_cum = mix.cumulative(
            {j.code: mix.JURISDICTION_WEIGHTS.get(j.code, 1.0)
             for j in world.reference.jurisdictions})
        self.silent_allowance = world.allowances.silent
        self.incomplete_allowance = world.allowances.incomplete
        self.today = world.first
        self.transfer_seq = 0

    def day(self, day: date) -> None:
        w = self.w
        rng = w.dice.rng
        start = epoch_ms(day_start(day, self.tz))
        load = mix.WEEKDAY_FACTORS[day.weekday()] * (1 + rng.gauss(0, mix.DAY_NOISE))
        n = max(1, round(w.calls_per_day * load))
        hours = rng.choices(range(24), cum_weights=self.hour_cum[day.weekday() >= 5], k=n)
        rand, now = w.dice.random, w.now
        moments = sorted(start + h * HOUR + int(rand() * HOUR) for h in hours)
        moments = [m for m in moments if m <= now]
        dispositions = rng.choices(self.disp_keys, cum_weights=self.disp_cum, k=len(moments))
        jurs = rng.choices(self.jur_keys, cum_weights=self.jur_cum, k=len(moments))
        holds = self.holds(moments, dispositions) if day == w.end else {}
        self.today = day
        self.calls.day_text = day.isoformat()
        self.incidents.new_day(day)
        self.transfer_seq = 0
        incidents = self.incidents
        pending, flush, open_incident = incidents.pending, incidents.flush, incidents.open
        for received, disposition, jur in zip(moments, dispositions, jurs, strict=True):
            while pending and pending[0].opened < received - PENDING_WINDOW:
                flush(pending.popleft())
            if disposition == "incident":
                open_incident(received, jur, holds.get(received) if holds else None)
            elif disposition == "duplicate":
                self.duplicate_call(received, jur)
            else:
                self.other_call(received, disposition, jur)

    def holds(self, moments: list[int], dispositions: list[str]) -> dict[int, str]:
        """End day: incident calls (by time received) held at each open stage at "now"."""
        w = self.w
        holds: dict[int, str] = {}
        count = max(1, round(mix.HOLDS_PER_STAGE * w.calls_per_day / mix.DEFAULT_CALLS_PER_DAY))
        for stage, (low, high) in mix.HOLD_WINDOWS.items():
            earliest, latest = w.now - high * MIN, w.now - low * MIN
            found = [m for m, d in zip(moments, dispositions, strict=True)
                     if d == "incident" and earliest <= m <= latest and m not in holds]
            for moment in w.dice.rng.sample(found, min(count, len(found))):
                holds[moment] = stage
        return holds

    def logged_at(self, received: int, disposition: str) -> int:
        low, span = self.log_ms[disposition]
        return received + low + int(self.w.dice.random() * span)

    def other_call(self, received: int, disposition: str, jur: str) -> None:
        """A call that makes no incident: inquiry, nuisance, silent, 12345, 119/120…"""
        w = self.w
        dice, places = w.dice, w.places
        logged = self.logged_at(received, disposition)
        if logged > w.now:
            return  # still being typed at "now": not saved yet
        keys, cum = self.call_cats[disposition]
        category = w.category[keys[0] if len(keys) == 1 else str(dice.weighted(keys, cum))]
        quiet = disposition in ("silent", "nuisance")
        number, name = places.caller(nuisance=disposition == "nuisance", named=not quiet)
        address = ""
        if disposition in ("handover_119", "handover_120"):
            address = places.place(jur, "fire" if disposition == "handover_119"
                                   else "assist_other")[0]
        elif disposition in ("inquiry", "complaint", "transfer_12345") and dice.random() < 0.3:
            address = places.place(jur, "dispute_economic")[0]
        transfer = ""
        if disposition == "transfer_12345":
            self.transfer_seq += 1
            transfer = f"GD{self.today:%Y%m%d}{self.transfer_seq:04d}"
        code: str | None = category.code
        incomplete = ""
        if (disposition == "inquiry" and self.today == w.end
                and dice.random() < mix.INCOMPLETE_SHARE_END_DAY):
            code, incomplete = None, "category_code:missing"  # for the call-taker to complete
        taker = w.staff.taker(received)
        call_id = self.calls.add(
            received, logged, self.calls.line_for(category.tally_group), number, name, address,
            address_key(address) if address else "", jur, code, category.default_priority,
            self.calls.summary_for(category.code, category.tally_group), disposition, None,
            transfer, incomplete=incomplete, taker=taker)
        if disposition == "silent":
            self.follow_up(call_id, logged, Kind.SILENT_CALLBACK, self.silent_allowance,
                           taker[0])
        elif incomplete:
            self.follow_up(call_id, logged, Kind.INCOMPLETE_CALL,
                           self.incomplete_allowance[category.default_priority], taker[0])

    def follow_up(self, call_id: int, logged: int, kind: Kind, allowance: int,
                  taker: int) -> None:
        """A silent call called back, an incomplete call completed: by its call-taker, in
        minutes (rarely late)."""
        w = self.w
        dice, between = w.dice, w.dice.between
        silent = kind is Kind.SILENT_CALLBACK
        if dice.chance(mix.LATE_SHARE[kind.value]):
            done: int | None = logged + allowance + between(MIN, 10 * MIN)
        else:
            low = 40 * SEC if silent else 2 * MIN
            done = logged + between(low, max(low + SEC, allowance * 9 // 10))
        assert done is not None
        due = logged + allowance
        if done > w.now:
            done = None
        else:
            rows = w.rows
            if silent:
                outcome = "reached" if dice.chance(mix.SILENT_REACHED) else "not_reached"
                remarks = dice.pick(mix.SILENT_REMARKS[outcome])
            else:
                outcome, remarks = "", dice.pick(mix.COMPLETED_REMARKS)
            rows["call_followups"].append((
                rows.new_id("call_followups"), call_id,
                "called_back" if silent else "completed", w.times.text(done), taker, outcome,
                remarks))
        if (done or w.now) > due:
            w.trails.item(f"{kind.value}:{call_id}", kind, due, done, incident_id=None,
                          call_id=call_id, by=taker)

    def duplicate_call(self, received: int, jur: str) -> None:
        """Another caller reporting a recent incident; with none recent, an inquiry."""
        w = self.w
        pending = self.incidents.pending
        rand = w.dice.random
        inc = pending[-1 - int(rand() ** 2 * min(len(pending), 15))] if pending else None
        if inc is None or inc.opened < received - DUPLICATE_WINDOW:
            self.other_call(received, "inquiry", jur)
            return
        logged = self.logged_at(received, "duplicate")
        if logged > w.now:
            return
        number, name = w.places.caller()
        taker = w.staff.taker(received)
        dv, ent = inc.flags
        self.calls.add(
            received, logged, self.calls.line_for(inc.group), number, name, inc.address,
            inc.akey, inc.jurisdiction, inc.category, inc.priority, "重复报警：" + inc.summary,
            "duplicate", inc.id, dv=dv, ent=ent, taker=taker)
        inc.last = max(inc.last, logged)  # its duplicate_call event
