"""The supervisor's summary: figures computed in a worker, sign-off and its differences, exports."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from figures_dataset import Dataset, random_dataset
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from pytestqt.qtbot import QtBot

from console.domain.calls import CallDraft
from console.domain.figures import FIGURES, Period
from console.paths import resources_dir
from console.store import Store
from console.store.records import Operator
from console.ui.changes import ChangeWatcher
from console.ui.context import ViewContext
from console.ui.summary import BreakdownModel, FiguresModel, SummaryView
from console.ui.summary.models import CHANGED_ROLE, KEY_ROLE

DAY = date(2026, 11, 28)
WAIT_MS = 20_000


@pytest.fixture
def data(store: Store) -> Dataset:
    return random_dataset(store, [date(2025, 11, 28), date(2026, 11, 27), DAY],
                          calls_per_day=60)


def _context(store: Store, who: Operator, lang: str = "en") -> Iterator[ViewContext]:
    watcher = ChangeWatcher(store, interval_ms=100)
    yield ViewContext(store, who, lang, watcher)
    watcher.stop()


@pytest.fixture
def ctx(store: Store, supervisor: Operator) -> Iterator[ViewContext]:
    yield from _context(store, supervisor)


def _view(qtbot: QtBot, ctx: ViewContext) -> SummaryView:
    view = SummaryView(ctx)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.computed, timeout=WAIT_MS):
        pass  # the view computes today's figures as soon as it is built
    return view


def _show_day(qtbot: QtBot, view: SummaryView, day: date) -> None:
    with qtbot.waitSignal(view.computed, timeout=WAIT_MS):
        view.set_day(day)
    qtbot.waitUntil(view.busy.isHidden, timeout=WAIT_MS)


def _figure_row(model: FiguresModel, key: str) -> int:
    return next(r for r in range(model.rowCount())
                if model.index(r, 0).data(KEY_ROLE) == key)


def test_figures_are_computed_in_a_worker_and_shown(qtbot: QtBot, ctx: ViewContext,
                                                    data: Dataset, qtmodeltester) -> None:
    view = _view(qtbot, ctx)
    assert view.busy.isHidden()
    with qtbot.waitSignal(view.computed, timeout=WAIT_MS):
        view.set_day(DAY)
        assert not view.busy.isHidden()  # the GUI thread is free while the worker counts
    expected = ctx.store.tallies(Period.day(DAY))
    assert view.cards["calls_total"].value.text() == f"{expected['calls_total']:,}"
    assert view.cards["incidents_total"].value.text() == f"{expected['incidents_total']:,}"
    model = view.figures_model
    qtmodeltester.check(model)
    assert model.rowCount() == len(FIGURES)
    row = _figure_row(model, "calls_total")
    assert model.index(row, FiguresModel.COL_FIGURE).data() == "Calls received"
    assert model.index(row, FiguresModel.COL_VALUE).data() == f"{expected['calls_total']:,}"
    last_year = ctx.store.tallies(Period.day(date(2025, 11, 28)))["calls_total"]
    assert model.index(row, FiguresModel.COL_PREVIOUS).data() == f"{last_year:,}"
    qtmodeltester.check(view.category_model)
    qtmodeltester.check(view.jurisdiction_model)
    counts = [view.category_model.index(r, 1).data() for r in
              range(view.category_model.rowCount())]
    assert sum(int(c.replace(",", "")) for c in counts) == expected["incidents_total"]
    hourly = view.charts.hourly.chart().series()[0].barSets()[0]
    assert sum(hourly.at(i) for i in range(24)) == expected["calls_total"]
    assert view.signoff_banner.text() == "This day has not been signed off."


def test_a_range_and_a_jurisdiction(qtbot: QtBot, ctx: ViewContext, data: Dataset) -> None:
    view = _view(qtbot, ctx)
    with qtbot.waitSignal(view.computed, timeout=WAIT_MS):
        view.set_range(date(2026, 11, 27), DAY)
    assert not view.last_date.isHidden()
    both = ctx.store.tallies(Period(date(2026, 11, 27), DAY))["calls_total"]
    assert view.cards["calls_total"].value.text() == f"{both:,}"
    assert not view.sign_button.isEnabled()
    with qtbot.waitSignal(view.computed, timeout=WAIT_MS):
        view.set_jurisdiction("340421")
    county = ctx.store.tallies(Period(date(2026, 11, 27), DAY, "340421"))["calls_total"]
    assert county < both
    assert view.cards["calls_total"].value.text() == f"{county:,}"


def test_a_reversed_range_says_what_to_do(qtbot: QtBot, ctx: ViewContext) -> None:
    view = _view(qtbot, ctx)
    with qtbot.waitSignal(view.failed, timeout=WAIT_MS) as blocker:
        view.set_range(DAY, date(2026, 11, 1))
    assert "end date" in blocker.args[0]


def test_sign_off_then_a_later_edit_shows_the_difference(
        qtbot: QtBot, ctx: ViewContext, data: Dataset, operator: Operator,
        monkeypatch: pytest.MonkeyPatch) -> None:
    view = _view(qtbot, ctx)
    _show_day(qtbot, view, DAY)
    monkeypatch.setattr(SummaryView, "ask_note", staticmethod(lambda *a: ("无异常", True)))
    with qtbot.waitSignal(view.computed, timeout=WAIT_MS):
        view.sign_button.click()
    assert view.signoff_banner.text().startswith("Signed off by 李强")
    assert "still match" in view.signoff_banner.text()
    before = ctx.store.day_snapshot(DAY)
    assert before is not None

    ctx.store.log_call(CallDraft(caller_number="13900001234", category_code="nuisance",
                                 received_at=datetime(2026, 11, 28, 4, tzinfo=UTC)),
                       operator.id)
    with qtbot.waitSignal(view.computed, timeout=WAIT_MS):
        view.refresh()
    after = ctx.store.day_snapshot(DAY)
    assert after is not None and after.tallies.figures == before.tallies.figures
    model = view.figures_model
    row = _figure_row(model, "calls_total")
    assert model.index(row, 0).data(CHANGED_ROLE) is True
    signed = before.tallies["calls_total"]
    assert model.index(row, FiguresModel.COL_SIGNED).data() == f"{signed:,}"
    assert model.index(row, FiguresModel.COL_VALUE).data() == f"{signed + 1:,}"
    assert model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "changed since then" in view.signoff_banner.text()
    assert "Calls received" in view.signoff_banner.text()
    untouched = _figure_row(model, "incidents_total")
    assert model.index(untouched, 0).data(CHANGED_ROLE) is False


def test_a_call_taker_cannot_sign(qtbot: QtBot, store: Store, operator: Operator) -> None:
    for ctx in _context(store, operator):
        view = _view(qtbot, ctx)
        assert view.sign_button.isHidden()
        view.sign_off()  # even when reached another way
        assert "Only a supervisor" in view.status.text()
        assert store.day_snapshot(DAY) is None


def test_export_runs_in_the_worker(qtbot: QtBot, ctx: ViewContext, data: Dataset,
                                   tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    view = _view(qtbot, ctx)
    _show_day(qtbot, view, DAY)
    target = tmp_path / "day.json"
    monkeypatch.setattr(SummaryView, "ask_path", staticmethod(lambda *a: str(target)))
    with qtbot.waitSignal(view.exported, timeout=WAIT_MS) as blocker:
        view.export_actions["json"].trigger()
    assert blocker.args == [str(target)]
    written = json.loads(target.read_text(encoding="utf-8"))
    assert written["figures"]["calls_total"] == ctx.store.tallies(Period.day(DAY))["calls_total"]
    assert written["lang"] == "en"
    assert str(target) in view.status.text()


def test_an_unwritable_export_says_so(qtbot: QtBot, ctx: ViewContext, tmp_path: Path) -> None:
    view = _view(qtbot, ctx)
    with qtbot.waitSignal(view.failed, timeout=WAIT_MS) as blocker:
        view.export_to("csv", str(tmp_path / "missing-folder" / "x.csv"))
    assert "Nothing was saved" in blocker.args[0]


def test_changes_from_other_seats_refresh_today(qtbot: QtBot, ctx: ViewContext,
                                                operator: Operator) -> None:
    view = _view(qtbot, ctx)
    shown = view.cards["calls_total"].value.text()
    assert shown == "0"
    ctx.store.log_call(CallDraft(caller_number="13900001234", category_code="inquiry"),
                       operator.id)
    with qtbot.waitSignal(view.computed, timeout=WAIT_MS):
        ctx.changes.poke()
    assert view.cards["calls_total"].value.text() == "1"


def test_the_view_speaks_chinese(qtbot: QtBot, store: Store, supervisor: Operator,
                                 data: Dataset) -> None:
    translator = QTranslator()
    assert translator.load(str(resources_dir() / "translations" / "summary_zh_CN.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        for ctx in _context(store, supervisor, "zh_CN"):
            view = _view(qtbot, ctx)
            assert view.sign_button.text() == "日评查签核…"
            assert view.tabs.tabText(0) == "图表"
            assert view.cards["calls_total"].title.text() == "接警总数"
            row = _figure_row(view.figures_model, "closure_rate_pct")
            assert view.figures_model.index(row, 1).data() == "结案率"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_breakdown_model_orders_by_count(qtmodeltester) -> None:
    model = BreakdownModel()
    model.set_rows([("a", "甲", 1), ("b", "乙", 5), ("c", "丙", 0)])
    qtmodeltester.check(model)
    assert [model.index(r, 0).data() for r in range(3)] == ["乙", "甲", "丙"]
    assert model.index(0, 2).data() == "83.3%"
