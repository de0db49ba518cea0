"""The robustness runs of `make stress`, reduced to run with the suite (stress/).

Real processes on real files: a saving seat killed with SIGKILL, seats saving together into
one file, fuzzed records through the store. What a user relies on must hold at any size:
no acknowledged call lost, no lock error reaching a user, no crash, no half-write, a sound
file (integrity, tallies equal to a recount, the audit trail verified).
"""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

from console.ui import ops
from stress.common import FileChecks, RetryPolicy, log_in, prepare, save, seat_user
from stress.concurrency import run_concurrency
from stress.drafts import mark, realistic
from stress.fuzz import run_fuzz
from stress.kills import run_kills
from tests.ui.stalls import write_lock_held


def _sound(checks: FileChecks | None) -> None:
    assert checks is not None
    assert checks.integrity == "ok"
    assert checks.recount == []
    assert checks.audit_ok, checks.audit


def test_killed_while_saving_loses_no_acknowledged_call(tmp_path: Path) -> None:
    result = run_kills(tmp_path, 10)
    assert result.kills == 10
    assert result.acknowledged > 10  # the kills came while it was saving
    assert result.lost == []
    assert result.saver_errors == []
    _sound(result.checks)


def test_two_seats_saving_together_see_no_lock_error(tmp_path: Path) -> None:
    result = run_concurrency(tmp_path, 2, 50)
    assert result.other_errors == []
    assert result.lock_errors == 0
    assert result.saved == 100
    assert result.lost == 0
    _sound(result.checks)


def test_fuzzed_records_are_saved_whole_or_refused(tmp_path: Path) -> None:
    result = run_fuzz(tmp_path, 300)
    assert result.records == 300
    assert result.saved > 0 and result.refused > 0  # both ways were tried
    assert dict(result.crashes) == {}, result.first_crash
    assert result.half_writes == []
    assert result.views == []
    _sound(result.checks)


def test_a_save_waits_out_another_program_holding_the_lock(tmp_path: Path) -> None:
    """The runs' saves retry as a seat's write lane does: a lock held longer than one
    try's busy timeout is waited out, not shown to the user."""
    assert RetryPolicy.of_seats() == RetryPolicy(
        ops.LANE_BUSY_TIMEOUT_MS, ops.RETRY_PAUSE_S, ops.WRITE_PATIENCE_S)
    path = tmp_path / "busy.db"
    prepare(path, seats=1)
    policy = RetryPolicy(busy_timeout_ms=100, pause_s=0.05, patience_s=30)
    store = log_in(path, seat_user(1))
    store.set_busy_timeout(policy.busy_timeout_ms)
    draft = realistic(random.Random(1), "busy", 1)
    try:
        with write_lock_held(path, 0.6):
            saved = save(store, draft, policy, "B1")
    finally:
        store.close()
    assert saved.retries >= 1
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT summary FROM calls WHERE id = ?",
                            [saved.call.call_id]).fetchone() == (mark("busy", 1),)
    finally:
        conn.close()
