"""Figures of imported history: only measured times, and the caller's wait from the call to
arrival whether the export gives a dispatch time or not. On both engines."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from console.domain.calls import CallDraft
from console.domain.figures import Period
from console.domain.mapping import load_mapping
from console.store import Store

BOTH_ENGINES = True  # each store test runs on SQLite and on PostgreSQL

MAPPING = """
name = "sector"
timezone = "Asia/Shanghai"
time_formats = ["%Y-%m-%d %H:%M:%S"]
finished_calls = true

[columns]
received = ["Received"]
queued = ["Queued"]
arrived = { names = ["Arrived"], optional = true }
type = ["Type"]

[fields]
received_at = "received"
arrived_at = "arrived"
category = "type"

[values.category]
default = "unmapped"
codes = { "THEFT" = "theft", "FIGHT" = "fight" }
"""
# Queue and arrival times, no dispatch time: 4, 8 and 30 minutes from the call to arrival.
ROWS = ["Received,Queued,Arrived,Type",
        "2026-11-20 10:00:00,2026-11-20 10:01:00,2026-11-20 10:04:00,THEFT",
        "2026-11-20 11:00:00,2026-11-20 11:02:00,2026-11-20 11:08:00,FIGHT",
        "2026-11-20 12:00:00,2026-11-20 12:05:00,2026-11-20 12:30:00,FIGHT",
        "2026-11-20 13:00:00,2026-11-20 13:05:00,,FIGHT"]
DAY = Period(date(2026, 11, 20), date(2026, 11, 20))


def _import(store: Store, tmp_path: Path) -> None:
    (tmp_path / "sector.toml").write_text(MAPPING, encoding="utf-8")
    (tmp_path / "calls.csv").write_text("\n".join(ROWS) + "\n", encoding="utf-8")
    store.imports.import_calls([tmp_path / "calls.csv"], load_mapping(tmp_path / "sector.toml"))


def test_imported_calls_are_absent_from_the_intake_figure(store: Store, operator,
                                                          tmp_path: Path):
    _import(store, tmp_path)
    figures = store.figures.tallies(DAY).figures
    assert figures["calls_total"] == 4
    assert (figures["intake_measured"], figures["intake_median_s"]) == (0, None)

    received = datetime(2026, 11, 20, 6, 0, tzinfo=UTC)  # a seat's call: its intake is timed
    store.clock.now = lambda: received + timedelta(seconds=75)  # type: ignore[method-assign]
    store.calls.log_call(CallDraft(category_code="theft", caller_number="13800000000",
                                   address="舜耕路1号", jurisdiction_code="340403",
                                   received_at=received), operator.id)
    figures = store.figures.tallies(DAY).figures
    assert (figures["intake_measured"], figures["intake_median_s"]) == (1, 75.0)


def test_call_to_arrival_is_a_figure_of_its_own_beside_dispatch_to_arrival(store: Store,
                                                                             tmp_path: Path):
    _import(store, tmp_path)
    figures = store.figures.tallies(DAY).figures
    assert figures["arrival_measured"] == 0  # no dispatch time in the export
    assert figures["reach_measured"] == 3
    assert (figures["reach_median_s"], figures["reach_p90_s"]) == (480.0, 1800.0)
    # by their categories' priorities (theft 2: 600 s, fight 1: 300 s), only the theft in time
    assert figures["reach_within_pct"] == 33.33
    year = store.figures.tallies(Period(date(2025, 12, 1), date(2026, 11, 30))).figures
    assert (year["reach_measured"], year["reach_median_s"]) == (3, 480.0)  # the long-period index
