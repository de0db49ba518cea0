"""Tallies and exports off the GUI thread, each job on its own database connection."""

from __future__ import annotations

import traceback
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

from console.domain.figures import Period, Tallies
from console.reports import export, make_report
from console.store import Store, StoreError
from console.store.signoff import DaySnapshot

TREND_DAYS = 30


@dataclass(frozen=True)
class SummaryResult:
    generation: int
    current: Tallies
    previous: Tallies
    trend: list[tuple[date, int | None, int | None]]
    snapshot: DaySnapshot | None


class JobSignals(QObject):
    finished = Signal(object)
    failed = Signal(str)


class SummaryJob(QRunnable):
    """Tally the period, the same period a year earlier, a 30-day trend and the sign-off."""

    def __init__(self, source: Store, period: Period, generation: int):
        super().__init__()
        self.signals = JobSignals()
        self._source, self._period, self._generation = source, period, generation

    def run(self) -> None:
        try:
            with self._source.reopen() as store:
                period = self._period
                trend_period = Period(period.last - timedelta(days=TREND_DAYS - 1), period.last,
                                      period.jurisdiction)
                result = SummaryResult(
                    self._generation, store.tallies(period),
                    store.tallies(period.year_earlier()), store.daily_counts(trend_period),
                    store.day_snapshot(period.first, period.jurisdiction)
                    if period.is_day else None)
        except (StoreError, OSError) as exc:
            self.signals.failed.emit(str(exc))
            return
        except Exception as exc:  # a bug or a library's own error: report, release the view
            traceback.print_exc()
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        self.signals.finished.emit(result)


class ExportJob(QRunnable):
    """Build a report and write it in the chosen format."""

    def __init__(self, source: Store, period: Period, lang: str, fmt: str, path: Path):
        super().__init__()
        self.signals = JobSignals()
        self._source, self._period, self._lang = source, period, lang
        self._fmt, self._path = fmt, path

    def run(self) -> None:
        try:
            with self._source.reopen() as store:
                if store.owns_file(self._path):
                    raise OSError(f"{self._path} is the database itself")
                report = make_report(store, self._period, self._lang)
            written = export(report, self._fmt, self._path)
        except (StoreError, OSError) as exc:
            self.signals.failed.emit(str(exc))
            return
        except Exception as exc:  # a bug or a library's own error: report, release the view
            traceback.print_exc()
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        self.signals.finished.emit(str(written))
