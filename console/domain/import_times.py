"""Times in other systems' exports: a date and a time of day in separate columns, and the
formats that hold a date at all.

An export that writes the call's date once and each stage's time of day beside it (dispatch
23:58, arrival 00:07) means the next day when a later stage's clock reads earlier: the times
of one row roll past midnight in lifecycle order. A format with no date part is useful only
with a date column beside it: read alone, `strptime` puts it on 1900-01-01.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo

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


# ---- daylight-saving hours ----------------------------------------------------------------
#
# A local time in an hour the clocks repeat (set back in autumn: 01:00-02:00 twice) or skip
# (set forward in spring: 02:00-03:00 never shown) has two readings or none. The rule, the
# same for every mapping:
#   repeated: the first occurrence (still summer time), unless that puts it before an earlier
#             time of the same row: then the second (the clocks had gone back);
#   skipped:  the wall clock read as if it had not been set forward yet (02:30 becomes 03:30
#             summer time), the reading Python's zoneinfo gives.
# Every such time is counted and reported by the import.

REPEATED = "repeated"
REPEATED_SECOND = "repeated_second"
SKIPPED = "skipped"


def dst_kind(moment: datetime) -> str | None:
    """REPEATED or SKIPPED for a local time in a daylight-saving change's hour, else None."""
    early, late = moment.replace(fold=0), moment.replace(fold=1)
    if early.utcoffset() == late.utcoffset():
        return None
    tz = moment.tzinfo
    back = early.astimezone(UTC).astimezone(tz)
    if back.replace(tzinfo=None, fold=0) != moment.replace(tzinfo=None, fold=0):
        return SKIPPED
    return REPEATED


def resolve_dst(moment: datetime, earlier: datetime | None) -> tuple[datetime, str | None]:
    """A local time read by the rule above, and which case it was (None: no change's hour).
    `earlier` is the row's previous time, as an instant."""
    kind = dst_kind(moment)
    if kind == REPEATED:
        first, second = moment.replace(fold=0), moment.replace(fold=1)
        if earlier is not None and first.astimezone(UTC) < earlier <= second.astimezone(UTC):
            return second, REPEATED_SECOND
        return first, REPEATED
    return moment, kind


# A message's values by name, so that a report in another language can say it in its own
# words from its code (the English text is the command line's and the log's).
Params = tuple[tuple[str, str | int], ...]


def dst_texts(counts: dict[str, int]) -> list[tuple[str, Params]]:
    """What the import says about the daylight-saving hours it met: each text with its
    values (`kind` repeated or skipped, the counts) for a report in another language."""
    texts: list[tuple[str, Params]] = []
    repeated = counts.get(REPEATED, 0) + counts.get(REPEATED_SECOND, 0)
    if repeated:
        second = counts.get(REPEATED_SECOND, 0)
        texts.append((
            f"{repeated:,} time(s) in an hour the clocks repeat (set back): read as its first"
            f" occurrence (summer time), {second:,} of them as the"
            " second to keep their row's times in order",
            (("kind", "repeated"), ("count", repeated), ("second", second))))
    if counts.get(SKIPPED):
        texts.append((
            f"{counts[SKIPPED]:,} time(s) in an hour the clocks skip (set forward), which no"
            " clock showed: read as if not yet set forward (02:30 as 03:30 summer time)",
            (("kind", "skipped"), ("count", counts[SKIPPED]))))
    return texts
