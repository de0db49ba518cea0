"""Kill a saving seat with SIGKILL, again and again, and count the acknowledged calls lost.

Each round starts a saver (stress/saver.py) on the same file and kills it at a random
moment: most rounds a little after its first acknowledged save (mid-save, mid-commit),
one in eight while it is still opening the file. A call acknowledged on stdout was
reported saved to the call-taker; it must be in the file afterwards, whole.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from stress.common import FileChecks, RetryPolicy, prepare, seat_user
from stress.drafts import mark


@dataclass
class KillResult:
    kills: int = 0
    acknowledged: int = 0
    lost: list[str] = field(default_factory=list)  # acknowledged, missing or not whole
    unacknowledged: int = 0  # committed before the kill, not yet acknowledged: allowed
    saver_errors: list[str] = field(default_factory=list)  # savers that ended by themselves
    seconds: float = 0.0
    checks: FileChecks | None = None

    @property
    def ok(self) -> bool:
        return (not self.lost and not self.saver_errors and self.checks is not None
                and self.checks.ok)


def _saver(path: Path, tag: str, policy: RetryPolicy) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "stress.saver", "--db", str(path), "--user", seat_user(1),
         "--tag", tag, *policy.args()],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8",
        cwd=Path(__file__).resolve().parents[1])


def run_kills(folder: Path, rounds: int, *, seed: int = 110,
              policy: RetryPolicy | None = None) -> KillResult:
    policy = policy or RetryPolicy.of_seats()
    rnd = random.Random(seed)
    path = folder / "kills.db"
    prepare(path, seats=1)
    result = KillResult()
    acked: dict[int, str] = {}  # call id -> the summary the call was saved with
    started = time.perf_counter()
    for r in range(rounds):
        tag = f"k{r}"
        proc = _saver(path, tag, policy)
        assert proc.stdout is not None
        first = ""
        if rnd.random() < 1 / 8:
            time.sleep(rnd.uniform(0.0, 0.6))  # while it starts, opens, logs in
        else:
            first = proc.stdout.readline()  # its first save is acknowledged
            time.sleep(rnd.uniform(0.0, 0.25))
        os.kill(proc.pid, signal.SIGKILL)
        rest, errors = proc.communicate(timeout=60)
        result.kills += 1
        if proc.returncode != -signal.SIGKILL:
            result.saver_errors.append(f"round {r}: exit {proc.returncode}:"
                                       f" {errors.strip().splitlines()[-1:]}")
        for line in (first + rest).splitlines():
            words = line.split()  # one short write to a pipe: a kill never cuts it
            if len(words) == 3 and words[0] == "ack":
                acked[int(words[1])] = mark(tag, int(words[2]))
    result.seconds = time.perf_counter() - started
    result.acknowledged = len(acked)
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        stored = dict(conn.execute("SELECT id, summary FROM calls"))
    finally:
        conn.close()
    for call_id, summary in acked.items():
        if stored.get(call_id) != summary:
            result.lost.append(f"call {call_id} ({summary}): {stored.get(call_id)!r}")
    result.unacknowledged = sum(1 for call_id in stored if call_id not in acked)
    result.checks = FileChecks.of(path)
    return result
