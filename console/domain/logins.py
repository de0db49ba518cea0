"""Login attempts and what they lead to: an account locked for a while after repeated
wrong passwords, and the seat's screen lock after a time without input.

The lock is derived from the recorded attempts themselves (db table `login_attempts`),
never kept as a flag beside them: what the log says is what holds. It is kept per user
name as typed, known or not, so a lock message does not tell that an account exists.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

MAX_FAILURES = 5  # wrong passwords in a row that lock the name
FAILURE_WINDOW = timedelta(minutes=15)  # … within this time
LOCK_DURATION = timedelta(minutes=15)  # how long it stays locked
LOOKBACK = timedelta(days=1)  # attempts older than this never count
LOOKBACK_ROWS = 200  # at most this many of the latest attempts are read

IDLE_LOCK_MINUTES = 10  # the seat locks after this long without input (QSettings overrides)


class Outcome(StrEnum):
    """What one attempt came to (stored in `login_attempts.outcome`)."""

    OK = "ok"
    WRONG_PASSWORD = "wrong_password"  # a known user, a wrong password
    UNKNOWN_USER = "unknown_user"  # counted as a wrong password: names stay unknown
    INACTIVE = "inactive"  # a disabled account
    LOCKED = "locked"  # refused without a check while locked (does not prolong the lock)
    RESET = "reset"  # an administrator set a new password: earlier failures no longer count
    CHANGED = "changed"  # the operator changed their own password

    @property
    def failed(self) -> bool:
        return self in (Outcome.WRONG_PASSWORD, Outcome.UNKNOWN_USER, Outcome.INACTIVE)


@dataclass(frozen=True)
class Attempt:
    at: datetime
    outcome: Outcome


def locked_until(attempts: Iterable[Attempt], now: datetime) -> datetime | None:
    """Until when a name is locked by these attempts (oldest first), or None.

    `MAX_FAILURES` failures within `FAILURE_WINDOW`, with no success or reset between
    them, lock it for `LOCK_DURATION` from the last of them. Attempts refused while
    locked do not count; once the lock has run out, counting starts afresh. An
    administrator's reset ends a lock.
    """
    failures: list[datetime] = []
    until: datetime | None = None
    for attempt in attempts:
        if attempt.outcome == Outcome.RESET:
            failures.clear()
            until = None  # an administrator's new password ends a lock
            continue
        if until is not None and attempt.at < until:
            continue  # refused while locked (or a race): the lock stands as it was
        if not attempt.outcome.failed:
            if attempt.outcome != Outcome.LOCKED:
                failures.clear()  # a success, a reset or a change: start afresh
            continue
        failures = [at for at in failures if attempt.at - at < FAILURE_WINDOW]
        failures.append(attempt.at)
        if len(failures) >= MAX_FAILURES:
            until = attempt.at + LOCK_DURATION
            failures.clear()
    return until if until is not None and until > now else None
