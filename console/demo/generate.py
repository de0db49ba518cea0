"""`generate`: fill a new or empty database with days of fictional work, in one bulk load.

Deterministic: one `random.Random(seed)`, and with `end` given no wall clock is read — "now"
is then 20:00 local on the end day, or the given clock's time clamped to the end day.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from pathlib import Path

from console.demo import dv as dv_desk
from console.demo.accounts import EXTRA_CALL_TAKERS, Staff
from console.demo.callrow import CallRows
from console.demo.calls import Days
from console.demo.dice import Dice
from console.demo.enterprises import complete, registry
from console.demo.escalation import Allowances, Trails
from console.demo.incidents import Incidents
from console.demo.places import Places, person_name
from console.demo.rows import BATCH_ROWS, Rows
from console.demo.times import Times, epoch_ms
from console.demo.world import World
from console.domain import demo_mix as mix
from console.domain.clock import Clock, FixedClock, SystemClock, day_start, local_day, to_stored
from console.domain.closures import default_closures
from console.domain.reference import Reference
from console.store import bulk
from console.store.bulk import Loader
from console.store.store import Store

DEFAULT_END_HOUR = 20  # "now" on the end day when an end date is given without a clock


@dataclass(frozen=True)
class DemoSummary:
    """What a demo run made."""

    calls: int
    incidents: int
    events: int
    assignments: int
    callbacks: int
    enterprises: int
    operators: int
    first_day: date
    end: date
    now: datetime


def generate(path: Path | str, *, days: int = 30, seed: int = 110, calls_per_day: int = 2800,
             end: date | None = None, clock: Clock | None = None,
             progress: Callable[[int, int], None] | None = None) -> DemoSummary:
    """Fill a new or empty database with `days` days of fictional work ending on `end`.

    `end` defaults to today (local); the end day runs up to the clock's now. Raises
    ValueError, with a message for the user, if the database already holds data or the
    numbers make no sense; nothing is changed then. `progress(days_done, days)` is called
    after each day generated (a year takes most of a minute).
    """
    if not 1 <= days <= 36_600:
        raise ValueError(f"days must be between 1 and 36600, not {days}")
    if not 1 <= calls_per_day <= 200_000:
        raise ValueError(f"calls per day must be between 1 and 200000, not {calls_per_day}")
    fixed = FixedClock()
    store = Store.open(path, clock=fixed)
    try:
        if not bulk.is_empty(store):
            raise ValueError(f"{path} already holds data: demo data go only into a new or empty"
                             " database. Choose another file; nothing was changed.")
        _check_mix(store.reference)
        end, now = _resolve_now(end, clock, store.tz)
        fixed.set(now)
        first = end - timedelta(days=days - 1)
        dice = Dice(seed)
        places = Places(store.reference, dice)
        offset = now.astimezone(store.tz).utcoffset() or timedelta(0)
        offset_ms = int(offset.total_seconds() * 1000)
        staff = Staff(store, now, offset_ms,
                      [person_name(7919 * (n + 11)) for n in range(EXTRA_CALL_TAKERS)], dice.random)
        rows, times, now_ms = Rows(), Times(), epoch_ms(now)
        allowances = Allowances(store.queues.queue_rules, store.reference)
        world = World(
            reference=store.reference,
            category={c.code: c for c in store.reference.taxonomy.categories},
            dice=dice, times=times, rows=rows, staff=staff, places=places,
            allowances=allowances,
            trails=Trails(rows, times, dice, allowances.step, now_ms),
            first=first, end=end, now=now_ms, tz_offset_ms=offset_ms,
            calls_per_day=calls_per_day)
        enterprises, enterprise_rows = registry(
            store.reference, places, dice, to_stored(day_start(first, store.tz)))
        calls = CallRows(world)
        incidents = Incidents(world, calls, enterprises)
        calendar = Days(world, calls, incidents, store.tz)

        def fill(loader: Loader) -> None:
            rows.loader = loader
            loader.insert("enterprises", enterprise_rows)
            day = first
            while day <= end:
                calendar.day(day)
                if rows.size() >= BATCH_ROWS:
                    rows.write()
                day += timedelta(days=1)
                if progress is not None:
                    progress((day - first).days, days)
            while incidents.pending:
                incidents.flush(incidents.pending.popleft())
            rows.write()
            loader.unit_statuses(incidents.unit_statuses())

        events = bulk.load(store, fill, {
            "demo": "1", "demo_seed": str(seed), "demo_end": end.isoformat(),
            "demo_days": str(days), "demo_calls_per_day": str(calls_per_day),
            "demo_now": to_stored(now),
        })
        complete(store, enterprises, dice, first, end, now)  # registry files, loops' feedback
        dv_desk.complete(store, dice, now)  # taken, assessed, warnings, orders, referrals
        counts = rows.loader.counts if rows.loader else {}
        return DemoSummary(
            calls=counts.get("calls", 0), incidents=counts.get("incidents", 0), events=events,
            assignments=counts.get("assignments", 0), callbacks=counts.get("callbacks", 0),
            enterprises=len(enterprises), operators=staff.count, first_day=first, end=end,
            now=now)
    finally:
        store.close()


def _check_mix(reference: Reference) -> None:
    taxonomy = reference.taxonomy
    codes = {c for cats in mix.CATEGORY_WEIGHTS.values() for c in cats}
    codes |= set(mix.ENTERPRISE_WEIGHTS)
    codes |= {c for cats in mix.CALL_CATEGORIES.values() for c in cats}
    missing = sorted(c for c in codes if c not in taxonomy)
    if missing:
        raise ValueError(f"demo mix names unknown categories: {', '.join(missing)}")
    closures = {c.code for c in default_closures()}
    unknown = {c for h in mix.HANDLING.values() for c in h.closures} - closures
    if unknown:
        raise ValueError(f"demo mix names unknown closures: {', '.join(sorted(unknown))}")


def _resolve_now(end: date | None, clock: Clock | None, tz: tzinfo) -> tuple[date, datetime]:
    """The end day and the moment the demo runs up to (no wall clock when `end` is given)."""
    if end is None:
        now = (clock or SystemClock()).now()
        return local_day(now, tz), now
    start = day_start(end, tz)
    if clock is None:
        return end, start + timedelta(hours=DEFAULT_END_HOUR)
    latest = day_start(end + timedelta(days=1), tz) - timedelta(milliseconds=1)
    return end, min(max(clock.now(), start), latest)
