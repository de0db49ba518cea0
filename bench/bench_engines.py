"""The same work on each engine, on the same data: a call saved, the caller-history look-up,
the daily summary and the whole span's.

The data is a demo database (the quick run: a month at a third of the load; the full run:
90 days at the default load, ≈250,000 calls), used as the file itself on SQLite and copied
to PostgreSQL by `console110 migrate`'s code. A PostgreSQL figure's floor is the same
figure on SQLite, so its ratio is what the server costs against the file on one host.
PostgreSQL is the tests' throw-away server (`bench.engines`: no fsync), and skipped, with
why, when none can be had.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench import common
from bench.common import Timing, measure, report, skipped
from bench.engines import ENGINES, FSYNC_NOTE, POSTGRESQL, SQLITE, Unavailable, drop, pg_database
from bench.fixtures import END, demo_db, small_db
from console.domain.calls import CallDraft
from console.domain.clock import FixedClock
from console.domain.figures import Period
from console.store import Store

PASSWORD = "Bench-Pass-2026!"  # passes every role's password rule
NOW = datetime(2026, 11, 29, 2, 0, tzinfo=UTC)


def _draft(n: int) -> CallDraft:
    return CallDraft(caller_number=f"1380000{n % 10000:04d}", caller_name="王芳",
                     address=f"田家庵区朝阳路{n % 500}号", jurisdiction_code="340403",
                     category_code="theft", summary="电动车被盗，车停在楼下",
                     disposition="incident", received_at=NOW)


def measure_engine(db: str, days: int, repeat: int) -> dict[str, Timing]:
    clock = FixedClock(NOW)
    with Store.open(db, clock=clock) as store:
        busiest = store.conn.execute(
            "SELECT number_key FROM calls GROUP BY number_key ORDER BY COUNT(*) DESC,"
            " number_key LIMIT 1").fetchone()[0]
        address = store.conn.execute(
            "SELECT address FROM calls ORDER BY id DESC LIMIT 1").fetchone()[0]
        day = Period.day(END - timedelta(days=1))
        span = Period(END - timedelta(days=days - 1), END)
        store.figures.tallies(day)  # the first read warms the caches, as a seat's would be
        out = {
            "history": measure(lambda: store.lookup.history(busiest, address), repeat * 2),
            "day": measure(lambda: store.figures.tallies(day), repeat),
            "span": measure(lambda: store.figures.tallies(span), max(3, repeat // 10)),
        }
        op = store.accounts.add_operator("benchseat", "压测", "call_taker", PASSWORD)
        store.actor = store.accounts.authenticate("benchseat", PASSWORD)
        counter = iter(range(10**9))
        out["save"] = measure(lambda: store.calls.log_call(_draft(next(counter)), op.id, "B1"),
                              repeat * 2)
    return out


def main() -> None:
    days, source = (30, small_db()) if common.QUICK else (90, demo_db(90))
    repeat = 50 if common.QUICK else 100
    size = f"{days} days of demo calls"
    names = {"save": ("save a call", 15.0), "history": ("caller history, busiest number", 5.0),
             "day": ("daily summary (a day's tallies)", 50.0),
             "span": (f"tallies over all {days} days", None)}
    sqlite_figures: dict[str, Timing] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for engine in ENGINES:
            label = engine + (f", {FSYNC_NOTE}" if engine == POSTGRESQL else "")
            url = ""
            try:
                if engine == SQLITE:
                    db = str(Path(tmp) / "copy.db")
                    shutil.copyfile(source, db)
                else:
                    url = db = pg_database("engines")
                    from console.store.pg.migrate import migrate

                    started = time.perf_counter()
                    migrate(source, url)
                    print(f"copied to PostgreSQL in {time.perf_counter() - started:.1f} s",
                          flush=True)
            except Unavailable as why:
                for name, target in names.values():
                    skipped(f"{name} ({engine}, {size})", str(why), target_ms=target)
                continue
            figures = measure_engine(db, days, repeat)
            if url:
                drop(url)
            for key, (name, target) in names.items():
                floor = sqlite_figures.get(key) if engine == POSTGRESQL else None
                report(f"{name} ({label}, {size})", figures[key], floor, target_ms=target,
                       note="floor: the same on SQLite" if floor is not None else "")
            if engine == SQLITE:
                sqlite_figures = figures


if __name__ == "__main__":
    main()
