"""What every run shares: a database with its operators, the save retried as a seat retries
it, and the checks of a file afterwards (integrity, tallies against a recount, the audit).
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from console.domain.calls import CallDraft
from console.domain.figures import Period
from console.store import DatabaseBusyError, Store
from console.store.records import SavedCall

PASSWORD = "Bench-Pass-2026!"  # passes every role's password rule
ROLE = "call_taker"


def seat_user(n: int) -> str:
    return f"stress{n:02d}"


def prepare(path: Path, seats: int) -> None:
    """A new database with one call-taker account per seat."""
    with Store.open(path) as store:
        for n in range(1, seats + 1):
            store.accounts.add_operator(seat_user(n), f"压测{n:02d}", ROLE, PASSWORD)


def log_in(path: Path, user: str) -> Store:
    """The store a seat works on: opened, and acting as the operator logged in."""
    store = Store.open(path, create=False)
    operator = store.accounts.authenticate(user, PASSWORD)
    if operator is None:
        raise SystemExit(f"{user} could not log in to {path}")
    store.actor = operator
    return store


# ---- the save, retried while the file is busy -----------------------------------------------
@dataclass(frozen=True)
class RetryPolicy:
    """How a save that meets another seat's write lock is tried again.

    A seat's writes run through the operation layer (console/ui/ops.py), which waits
    `busy_timeout_ms` inside SQLite on each try and tries again after `pause_s` until
    `patience_s` has passed; only then does the seat see "the database is busy". A
    process using the `Store` directly gets none of that by itself (one try, SQLite's
    5 s busy timeout), so the runs apply the same policy around each save."""

    busy_timeout_ms: int
    pause_s: float
    patience_s: float

    @classmethod
    def of_seats(cls) -> RetryPolicy:
        """The operation layer's policy (read from it, so the runs follow any change)."""
        from console.ui import ops  # Qt is imported here only, never in a saving process

        return cls(ops.LANE_BUSY_TIMEOUT_MS, ops.RETRY_PAUSE_S, ops.WRITE_PATIENCE_S)

    def args(self) -> list[str]:
        return ["--busy-timeout-ms", str(self.busy_timeout_ms), "--pause", str(self.pause_s),
                "--patience", str(self.patience_s)]


@dataclass
class Saved:
    call: SavedCall
    seconds: float  # from the first try to the commit, retries included
    retries: int  # tries that met a busy file and were made again


def save(store: Store, draft: CallDraft, policy: RetryPolicy, seat: str) -> Saved:
    """Save a call as a seat's write lane does; DatabaseBusyError only after the patience."""
    assert store.actor is not None
    started = time.perf_counter()
    retries = 0
    while True:
        try:
            saved = store.calls.log_call(draft, store.actor.id, seat)
        except DatabaseBusyError:
            if time.perf_counter() - started >= policy.patience_s:
                raise
            retries += 1
            time.sleep(policy.pause_s)
            continue
        return Saved(saved, time.perf_counter() - started, retries)


# ---- checks of a file -----------------------------------------------------------------------
def integrity(path: Path) -> str:
    """`PRAGMA integrity_check` as SQLite says it ('ok' for a sound file)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check(20)")]
    finally:
        conn.close()
    return "; ".join(rows)


# Each kept count table: its rows, the same counted from the rows themselves, key columns.
_RECOUNTS: dict[str, tuple[str, str, int]] = {
    "call_hours": (
        "SELECT day, hour, calls FROM call_hours",
        "SELECT day, substr(received_at, 1, 13), COUNT(*) FROM calls GROUP BY 1, 2", 2),
    "call_kinds": (
        "SELECT day, line, disposition, calls FROM call_kinds",
        "SELECT day, line, disposition, COUNT(*) FROM calls GROUP BY 1, 2, 3", 3),
    "incident_kinds": (
        "SELECT day, category_code, jurisdiction_code, incidents, closed, dv, enterprise,"
        " key_enterprise FROM incident_kinds",
        "SELECT day, COALESCE(category_code, ''), COALESCE(jurisdiction_code, ''), COUNT(*),"
        " SUM(stage IN ('closed', 'called_back')), SUM(is_dv), SUM(is_enterprise),"
        " SUM(enterprise_id IS NOT NULL) FROM incidents GROUP BY 1, 2, 3", 3),
}


def recount(path: Path) -> list[str]:
    """Where the kept counts and the summary's figures differ from counting the rows
    themselves (empty: they agree)."""
    differences: list[str] = []
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        for table, (kept_sql, counted_sql, keys) in _RECOUNTS.items():
            kept = {tuple(r[:keys]): tuple(r[keys:]) for r in conn.execute(kept_sql)}
            counted = {tuple(r[:keys]): tuple(r[keys:]) for r in conn.execute(counted_sql)}
            if kept != counted:
                wrong = sorted(k for k in kept.keys() | counted.keys()
                               if kept.get(k) != counted.get(k))
                differences.append(f"{table}: {len(wrong)} row(s) differ, first {wrong[0]}")
        span = conn.execute("SELECT MIN(day), MAX(day), COUNT(*) FROM calls").fetchone()
        incidents = conn.execute("SELECT COUNT(*) FROM incidents WHERE day BETWEEN ? AND ?",
                                 span[:2]).fetchone()[0]
    finally:
        conn.close()
    if span[0] is None:
        return differences
    with Store.open(path, create=False) as store:
        figures = store.figures.tallies(
            Period(date.fromisoformat(span[0]), date.fromisoformat(span[1]))).figures
    if figures["calls_total"] != span[2]:
        differences.append(f"summary: {figures['calls_total']} calls, recount {span[2]}")
    if figures["incidents_total"] != incidents:
        differences.append(f"summary: {figures['incidents_total']} incidents,"
                           f" recount {incidents}")
    return differences


def verify_audit(path: Path) -> tuple[bool, str]:
    """`console110 verify-audit` on the file: (sound, what it printed last)."""
    done = subprocess.run([sys.executable, "-m", "console", "verify-audit", "--db", str(path)],
                          capture_output=True, text=True, timeout=600, check=False)
    said = " | ".join((done.stdout + done.stderr).strip().splitlines()[:4])
    return done.returncode == 0, said.replace(f"audit trail of {path}: ", "")


@dataclass
class FileChecks:
    integrity: str
    recount: list[str]
    audit_ok: bool
    audit: str

    @property
    def ok(self) -> bool:
        return self.integrity == "ok" and not self.recount and self.audit_ok

    @classmethod
    def of(cls, path: Path) -> FileChecks:
        audit_ok, audit = verify_audit(path)
        return cls(integrity(path), recount(path), audit_ok, audit)

    def rows(self) -> list[tuple[str, str, bool | None]]:
        return [("PRAGMA integrity_check", self.integrity, self.integrity == "ok"),
                ("tallies = recount", "; ".join(self.recount) or "equal", not self.recount),
                ("console110 verify-audit", self.audit, self.audit_ok)]
