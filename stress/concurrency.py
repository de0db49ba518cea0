"""Several seats saving flat out into one file, each a process of its own.

Every saver opens the file and logs in first; then all start together and each saves its
calls one after another, retried as a seat's write lane retries them (see
`RetryPolicy`). A save that still fails is a lock error a user would have seen.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from stress.common import FileChecks, RetryPolicy, prepare, seat_user


@dataclass
class ConcurrencyResult:
    seats: int
    saves_each: int
    saved: int = 0
    lost: int = 0  # acknowledged by a saver, not in the file
    lock_errors: int = 0  # saves that failed on the lock after every retry
    other_errors: list[str] = field(default_factory=list)
    retried: int = 0  # busy tries made again (unseen by the user)
    wall_s: float = 0.0
    times_ms: list[float] = field(default_factory=list)
    checks: FileChecks | None = None

    @property
    def throughput(self) -> float:
        return self.saved / self.wall_s if self.wall_s else 0.0

    def percentile(self, share: float) -> float:
        ordered = sorted(self.times_ms)
        return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))] if ordered else 0

    @property
    def ok(self) -> bool:
        return (self.saved == self.seats * self.saves_each and not self.lost
                and not self.lock_errors and not self.other_errors
                and self.checks is not None and self.checks.ok)


def run_concurrency(folder: Path, seats: int, saves_each: int,
                    policy: RetryPolicy | None = None) -> ConcurrencyResult:
    policy = policy or RetryPolicy.of_seats()
    path = folder / f"seats{seats}.db"
    prepare(path, seats)
    result = ConcurrencyResult(seats, saves_each)
    procs = [subprocess.Popen(
        [sys.executable, "-m", "stress.saver", "--db", str(path), "--user", seat_user(n),
         "--tag", f"s{n}", "--count", str(saves_each), "--go", "--report", *policy.args()],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        encoding="utf-8", cwd=Path(__file__).resolve().parents[1])
        for n in range(1, seats + 1)]
    for proc in procs:  # every seat open and logged in
        assert proc.stdout is not None
        ready = proc.stdout.readline().strip()
        if ready != "ready":
            result.other_errors.append(f"a saver did not start: {ready!r}")
    for proc in procs:
        assert proc.stdin is not None
        proc.stdin.write("go\n")
        proc.stdin.flush()
    acked: list[int] = []
    starts, ends = [], []
    for proc in procs:
        out, errors = proc.communicate(timeout=3600)
        report = None
        for line in out.splitlines():
            if line.startswith("ack "):
                acked.append(int(line.split()[1]))
            elif line.startswith("result "):
                report = json.loads(line[len("result "):])
        if proc.returncode != 0 or report is None:
            result.other_errors.append(f"a saver ended with {proc.returncode}:"
                                       f" {errors.strip().splitlines()[-1:]}")
            continue
        starts.append(report["started"])
        ends.append(report["ended"])
        result.times_ms += [t * 1000 for t in report["times"]]
        result.retried += report["retries"]
        for failure in report["failures"]:
            if failure.startswith("DatabaseBusyError"):
                result.lock_errors += 1
            else:
                result.other_errors.append(failure)
    result.saved = len(acked)
    result.wall_s = max(ends) - min(starts) if starts else 0.0
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        stored = {int(r[0]) for r in conn.execute("SELECT id FROM calls")}
    finally:
        conn.close()
    result.lost = sum(1 for call_id in acked if call_id not in stored)
    result.checks = FileChecks.of(path)
    return result


