"""What the summary asks of the store: plain functions of a `Store`, no thread of their own.

The view runs them on the operation layer's report lane (`ctx.ops.read(..., report=True)`),
on that lane's own connection, so a year's figures or a PDF never hold up the GUI thread
or a caller's history. They touch no widget and return plain values.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from console.domain.figures import Period, Tallies
from console.reports import export, make_report
from console.store import Store
from console.store.signoff import DaySnapshot

TREND_DAYS = 30


@dataclass(frozen=True)
class SummaryResult:
    current: Tallies
    previous: Tallies
    trend: list[tuple[date, int | None, int | None]]
    snapshot: DaySnapshot | None


def compute_summary(store: Store, period: Period) -> SummaryResult:
    """Tally the period, the same period a year earlier, a 30-day trend and the sign-off."""
    trend_period = Period(period.last - timedelta(days=TREND_DAYS - 1), period.last,
                          period.jurisdiction)
    return SummaryResult(
        store.figures.tallies(period), store.figures.tallies(period.year_earlier()),
        store.figures.daily_counts(trend_period),
        store.signoff.day_snapshot(period.first, period.jurisdiction) if period.is_day else None)


@dataclass(frozen=True)
class ExportResult:
    path: str  # the file written; "" when nothing was
    problem: str = ""  # why nothing was written: the folder or file the operator chose


def export_figures(store: Store, period: Period, lang: str, fmt: str,
                   path: Path) -> ExportResult:
    """Build a report and write it in the chosen format. A file that cannot be written is
    an answer, not an error: the operator picks another folder or name."""
    try:
        if store.owns_file(path):
            raise OSError(f"{path} is the database itself")
        written = export(make_report(store, period, lang), fmt, path)
    except OSError as exc:
        return ExportResult("", str(exc))
    return ExportResult(str(written))
