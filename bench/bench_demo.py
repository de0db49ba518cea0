"""How long `console110 demo` takes for a year (≈1 million calls), beside a raw-sqlite3 floor.

The floor is plain sqlite3 doing the least part of the same work: `executemany` of as
many call rows (same columns, prepared in memory beforehand) into a table without
indexes, in one transaction with synchronous writes off. The generator does that and
also invents every row, the incidents with their events, assignments, callbacks and the
rest, and builds the indexes.
"""

from __future__ import annotations

import sqlite3
import tempfile
import time
from datetime import date
from pathlib import Path

from bench.common import Timing, report
from console.demo import generate

DAYS = 365
END_DAY = "2026-11-29"


def _floor(path: Path, calls: int) -> float:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute(
        "CREATE TABLE calls (id INTEGER PRIMARY KEY, line TEXT, received_at TEXT,"
        " logged_at TEXT, day TEXT, caller_number TEXT, number_key TEXT, caller_name TEXT,"
        " address TEXT, address_key TEXT, jurisdiction_code TEXT, category_code TEXT,"
        " priority INTEGER, summary TEXT, disposition TEXT, incident_id INTEGER,"
        " transfer_ref TEXT, is_dv INTEGER, is_enterprise INTEGER, incomplete TEXT,"
        " operator_id INTEGER, seat TEXT, source TEXT)")
    rows = [
        (n, "110", f"2026-11-29T03:{n % 60:02d}:{n % 59:02d}.{n % 1000:03d}Z",
         f"2026-11-29T03:{n % 60:02d}:{(n + 40) % 60:02d}.{n % 997:03d}Z", END_DAY,
         f"19900{n % 10**6:06d}", f"19900{n % 10**6:06d}", "张伟", f"田家庵区安平路{n % 300}号",
         f"田家庵区安平路{n % 300}号", "340403", "traffic_accident", 2, "两车刮擦，请求处理",
         "incident", n // 4 or None, "", 0, 0, "", 7, "S01", "demo")
        for n in range(1, calls + 1)
    ]
    started = time.perf_counter()
    with conn:
        conn.executemany("INSERT INTO calls VALUES (" + ", ".join("?" * 23) + ")", rows)
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "year.db"
        started, cpu = time.perf_counter(), time.process_time()
        summary = generate(path, days=DAYS, end=date.fromisoformat(END_DAY))
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        size = path.stat().st_size / 2**20
        floor = _floor(Path(tmp) / "floor.db", summary.calls)
    report(f"demo {DAYS} days, {summary.calls:,} calls", Timing([seconds]), Timing([floor]),
           unit="s")
    print(f"  {summary.calls / seconds:,.0f} calls/s, CPU {cpu:.1f} s (both threads),"
          f" {summary.incidents:,} incidents, {summary.events:,} events,"
          f" {summary.assignments:,} assignments, {summary.callbacks:,} callbacks,"
          f" file {size:,.0f} MiB; floor {summary.calls / floor:,.0f} rows/s", flush=True)


if __name__ == "__main__":
    main()
