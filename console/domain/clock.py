"""Time: one stored form, the centre's local day, and a clock tests can move.

Times are stored as UTC ISO-8601 text with milliseconds and a `Z`
(`2026-11-29T03:45:12.123Z`), always 24 characters (a four-digit year, padded
with zeros: `strftime('%Y')` would write year 999 as `999`, which neither sorts
nor reads back): it sorts as text, SQLite's date functions read it, and a
supervisor can read it in the sqlite3 shell. Which times may be stored at all is
`console.domain.time_window`'s rule. A tally day is a local
calendar day in the centre's time zone (Asia/Shanghai by default).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Protocol
from zoneinfo import ZoneInfo

DEFAULT_TZ = "Asia/Shanghai"


class Clock(Protocol):
    def now(self) -> datetime:
        """The current time, timezone-aware."""
        ...


class SystemClock:
    """The real clock."""

    def now(self) -> datetime:
        return datetime.now(UTC)


@dataclass
class FixedClock:
    """A clock that only moves when told to: tests move time instead of waiting."""

    current: datetime = field(default_factory=lambda: datetime(2026, 11, 29, 2, 0, tzinfo=UTC))

    def now(self) -> datetime:
        return self.current

    def advance(self, **kwargs: float) -> datetime:
        self.current = self.current + timedelta(**kwargs)
        return self.current

    def set(self, moment: datetime) -> None:
        self.current = moment


def zone(name: str | None = None) -> tzinfo:
    return ZoneInfo(name or DEFAULT_TZ)


def to_stored(moment: datetime) -> str:
    """The stored text form of an aware datetime (UTC, milliseconds, `Z`)."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime: times must carry a time zone")
    u = moment.astimezone(UTC)
    return (f"{u.year:04d}-{u.month:02d}-{u.day:02d}T{u.hour:02d}:{u.minute:02d}:"
            f"{u.second:02d}.{u.microsecond // 1000:03d}Z")


def from_stored(text: str) -> datetime:
    """Read a stored time back as an aware UTC datetime.

    Anything that is not a stored time (NULL, a number, unpadded or garbled text)
    raises ValueError, so a reader that meets one bad row catches one error type.
    """
    if not isinstance(text, str):
        raise ValueError(f"not a stored time: {text!r}")
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        if moment.tzinfo is None:
            raise ValueError("no time zone")
        return moment.astimezone(UTC)
    except (ValueError, OverflowError) as exc:
        raise ValueError(f"not a stored time: {text!r}") from exc


def readable_stored(text: object) -> bool:
    """Whether a stored value reads back as a time (a reader skips a row that does not)."""
    try:
        from_stored(text)  # type: ignore[arg-type]
    except ValueError:
        return False
    return True


def local_day(moment: datetime, tz: tzinfo) -> date:
    """The tally day a moment belongs to."""
    return moment.astimezone(tz).date()


def day_start(day: date, tz: tzinfo) -> datetime:
    return datetime.combine(day, time(0), tzinfo=tz)


def day_bounds(first: date, last: date, tz: tzinfo) -> tuple[str, str]:
    """Stored-form bounds [start, end) of local days `first`..`last` inclusive."""
    return to_stored(day_start(first, tz)), to_stored(day_start(last + timedelta(days=1), tz))


def local_text(stored: str | None, tz: tzinfo, *, seconds: bool = True) -> str:
    """A stored time as local `YYYY-MM-DD HH:MM[:SS]` for display.

    A stored value that is not a time is shown as it is stored: one bad row shows
    its fault instead of breaking the view it is in.
    """
    if not stored:
        return ""
    try:
        local = from_stored(stored).astimezone(tz)
    except (ValueError, OverflowError):
        return str(stored)
    text = (f"{local.year:04d}-{local.month:02d}-{local.day:02d}"
            f" {local.hour:02d}:{local.minute:02d}")
    return text + f":{local.second:02d}" if seconds else text
