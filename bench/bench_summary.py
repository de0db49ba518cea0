"""Summary: the daily tallies and the yearly report on a one-year demo database (≈1 M calls).

Targets: a day's figures under 50 ms, a year's under 2 s. Floor: the very statements the
store runs (captured with sqlite3's trace callback, parameters bound) replayed on a plain
sqlite3 connection, so the ratio is what the console's layers add on top of SQLite.
Also the daily briefing's report build and the yearly report written as JSON and PDF.
`BENCH_SUMMARY_DB=<file>` measures another copy of the year database instead of the cached one
(opening a database migrates it, so a copy keeps the cached file as it is).
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.common import measure, report
from bench.fixtures import END, year_db
from console.domain.figures import Period
from console.reports import export, make_report
from console.store import Store


def captured(store: Store, period: Period) -> list[str]:
    """The statements `tallies` runs, with their parameters bound."""
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    try:
        store.figures.tallies(period)
    finally:
        store.conn.set_trace_callback(None)
    return [s for s in statements if s.lstrip().upper().startswith(("SELECT", "WITH"))]


def floor(path: Path, statements: list[str]):  # type: ignore[no-untyped-def]
    conn = sqlite3.connect(path)

    def run() -> None:
        for sql in statements:
            conn.execute(sql).fetchall()

    return conn, run


def main() -> None:
    path = Path(os.environ.get("BENCH_SUMMARY_DB") or year_db())
    store = Store.open(path)
    calls = store.count("calls")
    print(f"database {path.name}: {calls:,} calls, {store.count('incidents'):,} incidents",
          flush=True)
    day = Period.day(END - timedelta(days=1))
    year = Period(END - timedelta(days=364), END)
    for name, period, repeat, target in (("day", day, 30, 50.0), ("year", year, 5, 2000.0)):
        store.figures.tallies(period)  # warm the page cache
        timing = measure(lambda p=period: store.figures.tallies(p), repeat)
        conn, run = floor(path, captured(store, period))
        raw = measure(run, repeat)
        conn.close()
        figures = store.figures.tallies(period).figures
        report(f"tallies, {name} ({figures['calls_total']:,} calls,"
               f" {figures['incidents_total']:,} incidents)", timing, raw, target_ms=target)
    report("daily briefing (day + year earlier + sign-off, built)",
           measure(lambda: make_report(store, day), 20), target_ms=100.0)
    report("yearly report (year + year earlier, built)",
           measure(lambda: make_report(store, year), 3), target_ms=4000.0)
    yearly = make_report(store, year)
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in ("json", "xlsx", "pdf"):
            target = Path(tmp) / f"year.{fmt}"
            report(f"yearly report written as {fmt}",
                   measure(lambda f=fmt, t=target: export(yearly, f, t), 3))
    store.close()


if __name__ == "__main__":
    main()
