"""The window an operator-given time must fall in: from 1990 to now, give or take a clock.

A receive time (typed, restored from a draft, or read from another system's export)
and every other time an operator or an import gives — dispatch, arrival, handling,
close, a fraud transfer — must be:

- on or after **1990-01-01 00:00 in the centre's time zone** (`EARLIEST_DAY`): no call of
  this centre is older, and an export's placeholder (`0001-01-01`, a time-only column
  read as 1900-01-01) is a mistake, not history;
- no later than **now plus `CLOCK_SKEW` (5 minutes)**: seats' clocks differ a little,
  a receive time further ahead is a typing mistake.

Anything outside is refused where it enters (the intake check, the store's save, the
import as a bad row with its file and line), so no stored time is ever unreadable or
out of order with the rest. The check never raises: a moment too far from UTC to be
converted (`0001-01-01T00:00+14:00`) is simply too early.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo

from console.domain.clock import zone

EARLIEST_DAY = date(1990, 1, 1)
CLOCK_SKEW = timedelta(minutes=5)

TOO_EARLY = "too_early"
IN_FUTURE = "in_future"
NAIVE = "bad_time"


def earliest(tz: tzinfo | None = None) -> datetime:
    """The first moment the window admits: 1990-01-01 00:00 in the centre's zone."""
    return datetime.combine(EARLIEST_DAY, time(0), tzinfo=tz or zone())


def time_problem(moment: object, *, now: datetime | None = None,
                 tz: tzinfo | None = None) -> str | None:
    """Why a time is refused (a `Problem` code), or None when it is in the window.

    Without `now` only the lower bound is checked (a pure check of old data).
    """
    if not isinstance(moment, datetime) or moment.tzinfo is None \
            or moment.utcoffset() is None:
        return NAIVE
    try:
        utc = moment.astimezone(UTC)
    except (OverflowError, ValueError):
        return TOO_EARLY if moment.year < EARLIEST_DAY.year else IN_FUTURE
    if utc < earliest(tz):
        return TOO_EARLY
    if now is not None and utc > now + CLOCK_SKEW:
        return IN_FUTURE
    return None


def window_text(tz: tzinfo | None = None) -> str:
    """The window in words, for a message naming a refused time."""
    return (f"from {earliest(tz):%Y-%m-%d} (local) to at most"
            f" {int(CLOCK_SKEW.total_seconds() // 60)} minutes from now")
