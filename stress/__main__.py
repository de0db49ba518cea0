"""`python -m stress [--quick] [--only kills|seats|fuzz]`: the robustness runs and their figures.

The full runs (`make stress`): 200 SIGKILLs of a saving seat, 4 × 1,000 and 8 × 1,000
concurrent saves, 10,000 fuzzed records; `--quick` runs each at a tenth or less.
Exit status 1 when a figure that must be zero is not, or a file fails its checks.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from stress.common import FileChecks, RetryPolicy
from stress.concurrency import ConcurrencyResult, run_concurrency
from stress.fuzz import FuzzResult, run_fuzz
from stress.kills import KillResult, run_kills


@dataclass(frozen=True)
class Sizes:
    kills: int
    seats: tuple[tuple[int, int], ...]  # (processes, saves each)
    fuzz: int


FULL = Sizes(kills=200, seats=((4, 1000), (8, 1000)), fuzz=10_000)
QUICK = Sizes(kills=20, seats=((2, 100), (4, 100)), fuzz=1_000)

Row = tuple[str, str, bool | None]  # what, figure, verdict (None: a figure, no verdict)


def _zero(count: int) -> bool:
    return count == 0


def kill_rows(r: KillResult) -> list[Row]:
    rows: list[Row] = [
        ("SIGKILLs of a saving seat", f"{r.kills}", None),
        ("calls acknowledged", f"{r.acknowledged:,}", None),
        ("acknowledged calls lost", f"{len(r.lost)}", _zero(len(r.lost))),
        ("saved, killed before the acknowledgement", f"{r.unacknowledged}", None),
        ("savers that failed by themselves", f"{len(r.saver_errors)}",
         _zero(len(r.saver_errors))),
        ("time", f"{r.seconds:.0f} s", None),
    ]
    return rows + _checks(r.checks) + [(f"  lost: {x}", "", False) for x in r.lost[:5]] + [
        (f"  saver: {x}", "", False) for x in r.saver_errors[:5]]


def seat_rows(r: ConcurrencyResult) -> list[Row]:
    rows: list[Row] = [
        (f"{r.seats} seats × {r.saves_each:,} saves", f"{r.saved:,} saved", None),
        ("throughput", f"{r.throughput:,.0f} saves/s over {r.wall_s:.1f} s", None),
        ("save: median / p99 / longest",
         f"{r.percentile(0.5):.1f} / {r.percentile(0.99):.1f} / {max(r.times_ms, default=0):.0f}"
         " ms", None),
        ("busy tries made again (unseen by the user)", f"{r.retried:,}", None),
        ("lock errors reaching a user", f"{r.lock_errors}", _zero(r.lock_errors)),
        ("acknowledged calls lost", f"{r.lost}", _zero(r.lost)),
        ("other errors", f"{len(r.other_errors)}", _zero(len(r.other_errors))),
    ]
    return rows + _checks(r.checks) + [(f"  {x}", "", False) for x in r.other_errors[:5]]


def fuzz_rows(r: FuzzResult) -> list[Row]:
    rows: list[Row] = [
        ("fuzzed call records", f"{r.records:,}", None),
        ("saved whole / refused (InputRefused)", f"{r.saved:,} / {r.refused:,}", None),
        ("crashes", f"{r.crashes.total()}", _zero(r.crashes.total())),
        ("half-writes (refused yet written, or saved not whole)", f"{len(r.half_writes)}",
         _zero(len(r.half_writes))),
        ("views failing on the fuzzed file", f"{len(r.views)}", _zero(len(r.views))),
    ]
    rows += [(f"  crash: {where}", f"{n}×", False) for where, n in r.crashes.most_common(5)]
    rows += [(f"  {x}", "", False) for x in [*r.half_writes[:5], *r.views]]
    return rows + _checks(r.checks)


def _checks(checks: FileChecks | None) -> list[Row]:
    return [] if checks is None else checks.rows()


def print_table(title: str, rows: list[Row]) -> None:
    width = max(len(what) for what, _, _ in rows)
    print(f"\n{title}", flush=True)
    print("-" * len(title))
    for what, figure, verdict in rows:
        mark = "" if verdict is None else ("  ok" if verdict else "  FAIL")
        print(f"{what:<{width}}  {figure}{mark}", flush=True)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m stress", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="smaller runs (about a minute)")
    parser.add_argument("--only", choices=("kills", "seats", "fuzz"), action="append")
    args = parser.parse_args(argv)
    sizes = QUICK if args.quick else FULL
    wanted = args.only or ["kills", "seats", "fuzz"]
    policy = RetryPolicy.of_seats()
    print(f"retry policy of a seat's writes (console/ui/ops.py), applied by every saving"
          f" process: {policy.busy_timeout_ms} ms inside SQLite per try, again after"
          f" {policy.pause_s:g} s, for up to {policy.patience_s:g} s", flush=True)
    ok = True
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="stress-") as tmp:
        folder = Path(tmp)
        if "kills" in wanted:
            kills = run_kills(folder, sizes.kills, policy=policy)
            print_table("Crash: SIGKILL while saving", kill_rows(kills))
            ok &= kills.ok
        if "seats" in wanted:
            for seats, each in sizes.seats:
                result = run_concurrency(folder, seats, each, policy)
                print_table(f"Concurrency: {seats} processes on one file", seat_rows(result))
                ok &= result.ok
        if "fuzz" in wanted:
            fuzz = run_fuzz(folder, sizes.fuzz)
            print_table("Fuzz: call records through store.calls.log_call", fuzz_rows(fuzz))
            if fuzz.first_crash:
                print(f"first crash:\n{fuzz.first_crash}", flush=True)
            ok &= fuzz.ok
    print(f"\n{'all sound' if ok else 'FAILED'} ({time.perf_counter() - started:.0f} s)")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
