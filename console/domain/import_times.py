"""Times in other systems' exports: a date and a time of day in separate columns, and the
formats that hold a date at all.

An export that writes the call's date once and each stage's time of day beside it (dispatch
23:58, arrival 00:07) means the next day when a later stage's clock reads earlier: the times
of one row roll past midnight in lifecycle order. A format with no date part is useful only
with a date column beside it: read alone, `strptime` puts it on 1900-01-01.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo

# strptime directives that fix the calendar day (or the whole date and time).
_DATE_DIRECTIVES = ("%Y", "%y", "%m", "%d", "%j", "%b", "%B", "%c", "%x", "%G", "%s")
ONE_DAY = timedelta(days=1)


def has_date(fmt: str) -> bool:
    """Whether a time format says which day (`iso` always does)."""
    return fmt == "iso" or any(d in fmt for d in _DATE_DIRECTIVES)


def parse_date(text: str, formats: tuple[str, ...]) -> date | None:
    for fmt in formats:
        try:
            return (date.fromisoformat(text) if fmt == "iso"
                    else datetime.strptime(text, fmt).date())
        except ValueError:
            continue
    return None


def parse_time_of_day(text: str, formats: tuple[str, ...]) -> time | None:
    for fmt in formats:
        try:
            return (time.fromisoformat(text) if fmt == "iso"
                    else datetime.strptime(text, fmt).time())
        except ValueError:
            continue
    return None


def combine(day: date, clock: time, tz: tzinfo) -> datetime:
    """A date and a time of day in the source's zone, as one local (naive-zoned) moment."""
    return datetime.combine(day, clock, tzinfo=tz)


def roll_past(moment: datetime, previous: datetime | None) -> datetime:
    """A time of day read with the row's date, moved to the next day when its clock reads
    earlier than the stage before it (23:58 then 00:07)."""
    if previous is not None and moment < previous:
        return moment + ONE_DAY
    return moment
