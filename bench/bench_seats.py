"""Seats saving at once: 4 and 8 processes each saving calls flat out into one database.

Throughput (calls saved per second, all seats together), each save's p99 and the longest
save, retries included as a seat's write lane makes them; floor: one seat alone on the
same engine, whose median save is what a save costs without anyone else. Run on each
engine (`bench.engines`): the SQLite file (WAL, synchronous=FULL) and PostgreSQL, whose
figures are reported as skipped, with why, when no server can be had.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from bench import common
from bench.common import Timing, report, skipped
from bench.engines import ENGINES, FSYNC_NOTE, POSTGRESQL, ROOT, Unavailable, drop, pg_database
from console.store import Store
from stress.common import PASSWORD, RetryPolicy

ROLE = "call_taker"


def seat_user(n: int) -> str:
    return f"seat{n:02d}"


def prepare(db: str, seats: int) -> None:
    with Store.open(db) as store:
        for n in range(1, seats + 1):
            store.accounts.add_operator(seat_user(n), f"席位{n:02d}", ROLE, PASSWORD)


def run_seats(db: str, seats: int, saves_each: int) -> tuple[Timing, float, int, list[str]]:
    """Each save's milliseconds, the calls saved per second, retries, failures."""
    policy = RetryPolicy.of_seats()
    procs = [subprocess.Popen(
        [sys.executable, "-m", "bench.seat", "--db", db, "--user", seat_user(n),
         "--count", str(saves_each), *policy.args()],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        encoding="utf-8", cwd=ROOT) for n in range(1, seats + 1)]
    failures: list[str] = []
    for proc in procs:
        assert proc.stdout is not None
        if proc.stdout.readline().strip() != "ready":
            failures.append("a seat did not start")
    for proc in procs:
        assert proc.stdin is not None
        proc.stdin.write("go\n")
        proc.stdin.flush()
    times: list[float] = []
    starts, ends, retries = [], [], 0
    for proc in procs:
        out, errors = proc.communicate(timeout=3600)
        found = [json.loads(line[7:]) for line in out.splitlines() if line.startswith("result ")]
        if not found:
            failures.append(f"a seat ended with {proc.returncode}: {errors.strip()[-300:]}")
            continue
        result = found[0]
        starts.append(result["started"])
        ends.append(result["ended"])
        times += [t * 1000 for t in result["times"]]
        retries += result["retries"]
        failures += result["failures"]
    wall = max(ends) - min(starts) if starts else 0.0
    return Timing(times or [0.0]), len(times) / wall if wall else 0.0, retries, failures


def database(engine: str, folder: Path, seats: int) -> str:
    db = pg_database(f"seats{seats}") if engine == POSTGRESQL else str(folder / f"seats{seats}.db")
    prepare(db, seats)
    return db


def main() -> None:
    counts = (2, 4) if common.QUICK else (4, 8)
    saves_each = 100 if common.QUICK else 1000
    for engine in ENGINES:
        label = engine + (f", {FSYNC_NOTE}" if engine == POSTGRESQL else "")
        with tempfile.TemporaryDirectory() as tmp:
            try:
                db = database(engine, Path(tmp), 1)
            except Unavailable as why:
                for seats in counts:
                    skipped(f"{seats} seats saving at once ({engine}): save", str(why),
                            target_ms=15)
                continue
            alone, _, _, _ = run_seats(db, 1, saves_each // 2)
            if engine == POSTGRESQL:
                drop(db)
            for seats in counts:
                db = database(engine, Path(tmp), seats)
                timing, rate, retries, failures = run_seats(db, seats, saves_each)
                note = (f"{rate:,.0f} calls/s, longest {max(timing.samples_ms):,.0f} ms,"
                        f" {retries} tries again, {len(failures)} failed")
                if failures:
                    note += f" ({failures[0][:120]})"
                report(f"{seats} seats saving at once ({label}): save, {saves_each} each",
                       timing, alone, target_ms=15, note=note)
                common.FIGURES[-1]["throughput_per_s"] = round(rate, 1)
                common.FIGURES[-1]["longest"] = round(max(timing.samples_ms), 3)
                if engine == POSTGRESQL:
                    drop(db)


if __name__ == "__main__":
    main()
