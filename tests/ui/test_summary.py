"""The supervisor's summary: figures computed on the report lane, sign-off (written on the write
lane) and its differences, exports."""

from __future__ import annotations

import json
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from figures_dataset import Dataset, random_dataset
from PySide6.QtCharts import QBarCategoryAxis, QChartView
from PySide6.QtCore import (
    QCoreApplication,
    QPoint,
    QRectF,
    QSize,
    QStandardPaths,
    Qt,
    QTranslator,
)
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

import console.ui.summary.view as summary_view
from console.domain.calls import CallDraft
from console.domain.figures import FIGURES, Period, group_name
from console.paths import resources_dir
from console.store import Store
from console.store.records import Operator
from console.ui.changes import ChangeWatcher
from console.ui.context import ViewContext
from console.ui.shell import MainWindow
from console.ui.summary import BreakdownModel, FiguresModel, SummaryView
from console.ui.summary.models import CHANGED_ROLE, KEY_ROLE

DAY = date(2026, 11, 28)
WAIT_MS = 20_000
TEXT_ITEM = 8  # QGraphicsTextItem.type(): a chart's axis labels


@pytest.fixture
def data(store: Store) -> Dataset:
    return random_dataset(store, [date(2025, 11, 28), date(2026, 11, 27), DAY],
                          calls_per_day=60)


def _context(store: Store, who: Operator, lang: str = "en") -> Iterator[ViewContext]:
    watcher = ChangeWatcher(store, interval_ms=100)
    ctx = ViewContext(store, who, lang, watcher)
    yield ctx
    ctx.ops.shutdown()  # the lanes finish and close their connections before the file
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


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


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
    expected = ctx.store.figures.tallies(Period.day(DAY))
    assert view.cards["calls_total"].value.text() == f"{expected['calls_total']:,}"
    assert view.cards["incidents_total"].value.text() == f"{expected['incidents_total']:,}"
    model = view.figures_model
    qtmodeltester.check(model)
    assert model.rowCount() == len(FIGURES)
    row = _figure_row(model, "calls_total")
    assert model.index(row, FiguresModel.COL_FIGURE).data() == "Calls received"
    assert model.index(row, FiguresModel.COL_VALUE).data() == f"{expected['calls_total']:,}"
    last_year = ctx.store.figures.tallies(Period.day(date(2025, 11, 28)))["calls_total"]
    assert model.index(row, FiguresModel.COL_PREVIOUS).data() == f"{last_year:,}"
    qtmodeltester.check(view.category_model)
    qtmodeltester.check(view.jurisdiction_model)
    counts = [view.category_model.index(r, 1).data() for r in
              range(view.category_model.rowCount())]
    assert sum(int(c.replace(",", "")) for c in counts) == expected["incidents_total"]
    hourly = view.charts.hourly.chart().series()[0].barSets()[0]
    assert sum(hourly.at(i) for i in range(24)) == expected["calls_total"]
    assert view.signoff_banner.text() == "This day has not been signed off."


def test_the_latest_period_asked_wins(qtbot: QtBot, ctx: ViewContext, data: Dataset) -> None:
    view = _view(qtbot, ctx)
    shown: list[Period] = []

    def computed() -> None:
        assert view.result is not None
        shown.append(view.result.current.period)

    view.computed.connect(computed)
    for day in (date(2026, 11, 25), date(2026, 11, 26), date(2026, 11, 27), DAY):
        view.set_day(day)  # the operator steps through the days faster than they are counted
    qtbot.waitUntil(lambda: bool(shown) and view.busy.isHidden(), timeout=WAIT_MS)
    assert shown == [Period.day(DAY)]  # no earlier day flashes past, nothing arrives later
    expected = ctx.store.figures.tallies(Period.day(DAY))["calls_total"]
    assert view.cards["calls_total"].value.text() == f"{expected:,}"


def test_a_bug_while_counting_releases_the_view(qtbot: QtBot, ctx: ViewContext,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    view = _view(qtbot, ctx)
    reported: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, exc, tb: reported.append(exc))
    monkeypatch.setattr(summary_view, "compute_summary", lambda store, period: 1 / 0)
    view.refresh()
    assert not view.busy.isHidden()
    qtbot.waitUntil(lambda: bool(reported) and view.busy.isHidden(), timeout=WAIT_MS)
    assert isinstance(reported[0], ZeroDivisionError)  # to the crash reporter, as every bug
    assert "unexpected error" in view.status.text()


def test_a_range_and_a_jurisdiction(qtbot: QtBot, ctx: ViewContext, data: Dataset) -> None:
    view = _view(qtbot, ctx)
    with qtbot.waitSignal(view.computed, timeout=WAIT_MS):
        view.set_range(date(2026, 11, 27), DAY)
    assert not view.last_date.isHidden()
    both = ctx.store.figures.tallies(Period(date(2026, 11, 27), DAY))["calls_total"]
    assert view.cards["calls_total"].value.text() == f"{both:,}"
    assert not view.sign_button.isEnabled()
    with qtbot.waitSignal(view.computed, timeout=WAIT_MS):
        view.set_jurisdiction("340421")
    county = ctx.store.figures.tallies(Period(date(2026, 11, 27), DAY, "340421"))["calls_total"]
    assert county < both
    assert view.cards["calls_total"].value.text() == f"{county:,}"


def test_a_reversed_range_says_what_to_do(qtbot: QtBot, ctx: ViewContext) -> None:
    view = _view(qtbot, ctx)
    with qtbot.waitSignal(view.failed, timeout=WAIT_MS) as blocker:
        view.set_range(DAY, date(2026, 11, 1))
    assert "end date" in blocker.args[0]


def _answer_signoff(qtbot: QtBot, view: SummaryView, *keys: Qt.Key | str) -> None:
    """Open the sign-off dialog with its button, then type `keys` into whatever has focus."""
    qtbot.mouseClick(view.sign_button, Qt.MouseButton.LeftButton)
    dialog = view.signoff_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    for key in keys:
        if isinstance(key, str):
            qtbot.keyClicks(focused(), key)
        else:
            qtbot.keyClick(focused(), key)
    qtbot.waitUntil(lambda: view.signoff_dialog is None)


def test_sign_off_then_a_later_edit_shows_the_difference(
        qtbot: QtBot, ctx: ViewContext, data: Dataset, operator: Operator) -> None:
    view = _view(qtbot, ctx)
    _show_day(qtbot, view, DAY)
    with qtbot.waitSignal(view.computed, timeout=WAIT_MS):
        # Open incidents on the day: the note, then Tab to "Sign anyway" and Enter.
        _answer_signoff(qtbot, view, "checked", Qt.Key.Key_Tab, Qt.Key.Key_Return)
    assert view.signoff_banner.text().startswith("Signed off by 李强")
    assert "still match" in view.signoff_banner.text()
    before = ctx.store.signoff.day_snapshot(DAY)
    assert before is not None and before.note == "checked"

    ctx.store.calls.log_call(CallDraft(caller_number="13900001234", category_code="nuisance",
                                       received_at=datetime(2026, 11, 28, 4, tzinfo=UTC)),
                             operator.id)
    with qtbot.waitSignal(view.computed, timeout=WAIT_MS):
        view.refresh()
    after = ctx.store.signoff.day_snapshot(DAY)
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


def test_a_day_not_begun_is_refused_and_nothing_is_written(
        qtbot: QtBot, ctx: ViewContext, db_path: Path) -> None:
    view = _view(qtbot, ctx)
    _show_day(qtbot, view, date(2026, 11, 30))  # tomorrow, by the test clock
    with qtbot.waitSignal(view.failed, timeout=WAIT_MS) as blocker:
        _answer_signoff(qtbot, view, Qt.Key.Key_Return)
    assert "has not begun" in blocker.args[0]
    assert view.busy.isHidden() and view.sign_button.isEnabled()
    assert _snapshots(db_path) == []


def test_a_call_taker_cannot_sign(qtbot: QtBot, store: Store, operator: Operator) -> None:
    for ctx in _context(store, operator):
        view = _view(qtbot, ctx)
        assert view.sign_button.isHidden()
        view.sign_off()  # even when reached another way
        assert "Only a supervisor" in view.status.text()
        assert store.signoff.day_snapshot(DAY) is None


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
    figures = ctx.store.figures.tallies(Period.day(DAY))
    assert written["figures"]["calls_total"] == figures["calls_total"]
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
    ctx.store.calls.log_call(CallDraft(caller_number="13900001234", category_code="inquiry"),
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
            _show_day(qtbot, view, DAY)
            assert view.charts.groups.chart().title() == "分类别组警情（前10位）"
            view.sign_off()
            dialog = view.signoff_dialog
            assert dialog is not None
            assert dialog.windowTitle() == "日评查签核"
            assert (dialog.sign_button.text(), dialog.back_button.text()) == (
                "仍然签署(&S)", "返回(&B)")
            assert "起警情未结案" in dialog.warning.text()
            dialog.reject()
    finally:
        QCoreApplication.removeTranslator(translator)


def test_breakdown_model_orders_by_count(qtmodeltester) -> None:
    model = BreakdownModel()
    model.set_rows([("a", "甲", 1), ("b", "乙", 5), ("c", "丙", 0)])
    qtmodeltester.check(model)
    assert [model.index(r, 0).data() for r in range(3)] == ["乙", "甲", "丙"]
    assert model.index(0, 2).data() == "83.3%"


# -- as a supervisor meets it: logged in, Ctrl+6, keys to whatever has the focus ------------

TODAY = date(2026, 11, 29)  # the clock fixture: 10:00 in Huainan


def _logged_in(qtbot: QtBot, store: Store, who: Operator) -> SummaryView:
    """The main window after login at 1366×768, then Ctrl+6: the summary, figures shown."""
    window = MainWindow(store, who, "en")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(focused(), Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(window.views.get("summary"), SummaryView))
    view = window.views["summary"]
    assert isinstance(view, SummaryView)
    qtbot.waitUntil(lambda: view.result is not None and view.busy.isHidden(), timeout=WAIT_MS)
    assert window.size() == QSize(1366, 768)  # the console fits a 1366×768 screen
    _tab_to(qtbot, view.first_date)
    return view


def _tab_to(qtbot: QtBot, target: QWidget) -> None:
    """Press Tab until `target` has the keyboard, as a person looking at the screen would."""
    for _ in range(12):
        if focused() is target:
            return
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target!r}; it stopped at {focused()!r}")


def _type_date(qtbot: QtBot, view: SummaryView, typed: str, expected: date) -> None:
    """Type into the focused field; wait for the figures of the day typed (a digit on the way
    may show another day first, as it would to a person)."""
    qtbot.keyClicks(focused(), typed)
    qtbot.waitUntil(lambda: view.result is not None and view.busy.isHidden()
                    and view.result.current.period == Period.day(expected), timeout=WAIT_MS)


def _snapshots(db_path: Path) -> list[tuple[str, str]]:
    """Sign-offs as the SQLite file holds them, read past the console."""
    with closing(sqlite3.connect(db_path)) as conn:
        return conn.execute("SELECT day, note FROM day_snapshots ORDER BY id").fetchall()


def _axis_labels(view: QChartView, side: Qt.AlignmentFlag) -> list[QRectF]:
    """Where the visible category labels beside the plot are (text items of the scene)."""
    plot = view.chart().plotArea()
    found = []
    for item in view.scene().items():
        rect = item.sceneBoundingRect()
        if item.type() != TEXT_ITEM or not item.isVisible() or rect.width() < 4:
            continue
        if side == Qt.AlignmentFlag.AlignLeft and rect.right() <= plot.left() + 1 \
                and plot.top() <= rect.center().y() <= plot.bottom():
            found.append(rect)
        if side == Qt.AlignmentFlag.AlignBottom and rect.top() >= plot.bottom() - 1 \
                and plot.left() <= rect.center().x() <= plot.right():
            found.append(rect)
    return found


def _no_overlap(rects: list[QRectF]) -> bool:
    return not any(a.intersected(b).height() > 1 and a.intersected(b).width() > 1
                   for i, a in enumerate(rects) for b in rects[i + 1:])


def test_every_bar_has_its_label_at_1366x768(qtbot: QtBot, store: Store, supervisor: Operator,
                                             data: Dataset, settings_dir: Path) -> None:
    view = _logged_in(qtbot, store, supervisor)
    _type_date(qtbot, view, "20261128", date(2026, 11, 28))
    groups = view.charts.groups.chart()
    bars = groups.series()[0].barSets()[0].count()
    assert bars == 10  # the dataset has more groups than the chart shows
    qtbot.waitUntil(lambda: len(_axis_labels(view.charts.groups, Qt.AlignmentFlag.AlignLeft))
                    == bars)
    assert _no_overlap(_axis_labels(view.charts.groups, Qt.AlignmentFlag.AlignLeft))
    hours = _axis_labels(view.charts.hourly, Qt.AlignmentFlag.AlignBottom)
    assert len(hours) == 24 and _no_overlap(hours)
    axis = groups.axes(Qt.Orientation.Vertical)[0]
    assert isinstance(axis, QBarCategoryAxis) and axis.count() == bars
    groups = store.figures.tallies(Period.day(DAY)).breakdowns["incidents_by_group"]
    largest = max(groups, key=groups.__getitem__)
    assert axis.at(bars - 1) == group_name(largest, "en")  # the largest, at the top, named


def test_the_day_under_way_is_not_a_drop(qtbot: QtBot, store: Store, supervisor: Operator,
                                         data: Dataset, operator: Operator,
                                         settings_dir: Path) -> None:
    store.calls.log_call(CallDraft(caller_number="13900001234", category_code="inquiry",
                                   received_at=datetime(2026, 11, 29, 1, tzinfo=UTC)), operator.id)
    view = _logged_in(qtbot, store, supervisor)
    assert view.period() == Period.day(TODAY)
    trend = view.result.trend if view.result else []
    assert trend[-1][0] == TODAY and trend[-1][1] == 1
    chart = view.charts.trend.chart()
    solid = [s for s in chart.series() if s not in view.charts.trend_partial]
    assert all(point.x() < len(trend) - 1 for s in solid for point in s.points())
    assert len(view.charts.trend_partial) == 2  # calls and incidents, today so far
    calls = view.charts.trend_partial[0]
    assert calls.pen().style() == Qt.PenStyle.DashLine and calls.pointsVisible()
    assert calls.points()[-1].x() == len(trend) - 1 and calls.points()[-1].y() == 1
    assert "so far" in chart.title()
    # A day before today ends in solid lines only.
    _type_date(qtbot, view, "2026-11-28", date(2026, 11, 28))
    assert view.charts.trend_partial == []
    assert max(p.x() for s in view.charts.trend.chart().series() for p in s.points()) == 29


def test_no_data_last_year_shows_a_dash(qtbot: QtBot, store: Store, supervisor: Operator,
                                        data: Dataset, settings_dir: Path,
                                        qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    view = _logged_in(qtbot, store, supervisor)
    # 27 Nov 2025 has no call in the database
    _type_date(qtbot, view, "20261127", date(2026, 11, 27))
    model = view.figures_model
    row = _figure_row(model, "calls_total")
    assert model.index(row, FiguresModel.COL_VALUE).data() != "0"
    assert model.index(row, FiguresModel.COL_PREVIOUS).data() == "—"
    assert model.index(row, FiguresModel.COL_GROWTH).data() == "—"
    assert view.cards["calls_total"].change.text() == "Year on year: —"
    qtmodeltester.check(model)
    _type_date(qtbot, view, "20261128", date(2026, 11, 28))  # 28 Nov 2025 has data: a number
    last_year = store.figures.tallies(Period.day(date(2025, 11, 28)))["calls_total"]
    assert model.index(row, FiguresModel.COL_PREVIOUS).data() == f"{last_year:,}"


def test_typed_dates_change_the_date(qtbot: QtBot, store: Store, supervisor: Operator,
                                     settings_dir: Path) -> None:
    view = _logged_in(qtbot, store, supervisor)
    for typed, expected in (("20261204", date(2026, 12, 4)), ("2026-11-28", DAY),
                            ("2026/1/4", date(2026, 1, 4))):
        _type_date(qtbot, view, typed, expected)
        assert view.first_date.date().toPython() == expected, typed
        assert view.period() == Period.day(expected)
    # A click in the day selects it; a digit typed replaces it.
    text = view.first_date.lineEdit()
    x = text.fontMetrics().horizontalAdvance("2026-01-0") + 4
    qtbot.mouseClick(text, Qt.MouseButton.LeftButton, pos=QPoint(x, text.height() // 2))
    qtbot.waitUntil(lambda: text.selectedText() == "04")
    with qtbot.waitSignal(view.computed, timeout=WAIT_MS):
        qtbot.keyClicks(focused(), "9")
    assert view.first_date.date().toPython() == date(2026, 1, 9)
    # Up steps the selected part; F4 opens the calendar, Escape closes it.
    with qtbot.waitSignal(view.computed, timeout=WAIT_MS):
        qtbot.keyClick(focused(), Qt.Key.Key_Up)
    assert view.first_date.date().toPython() == date(2026, 1, 10)
    qtbot.keyClick(focused(), Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    assert view.first_date.date().toPython() == date(2026, 1, 10)


def test_open_incidents_are_shown_before_signing(qtbot: QtBot, store: Store,
                                                 supervisor: Operator, data: Dataset,
                                                 db_path: Path, settings_dir: Path) -> None:
    view = _logged_in(qtbot, store, supervisor)
    _type_date(qtbot, view, "20261128", date(2026, 11, 28))
    still_open = store.signoff.open_on_day(DAY)
    assert still_open.count > 5

    qtbot.mouseClick(view.sign_button, Qt.MouseButton.LeftButton)
    dialog = view.signoff_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    warning = dialog.warning.text()
    assert f"{still_open.count} incident(s) of this day are still open" in warning
    assert all(item.number in warning for item in still_open.first)
    assert f"and {still_open.count - 5} more" in warning
    assert dialog.back_button.isDefault() and not dialog.sign_button.isDefault()
    assert dialog.sign_button.text() == "&Sign anyway"
    assert dialog.note.hasFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: view.signoff_dialog is None)
    assert _snapshots(db_path) == []
    assert "not signed off" in view.status.text()

    _answer_signoff(qtbot, view, "looked at", Qt.Key.Key_Return)  # Enter: "Go back"
    assert _snapshots(db_path) == []
    # Ctrl+Enter does not sign past open incidents either.
    qtbot.mouseClick(view.sign_button, Qt.MouseButton.LeftButton)
    dialog = view.signoff_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert view.signoff_dialog is dialog and dialog.isVisible()  # still asking
    assert _snapshots(db_path) == []
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: view.signoff_dialog is None)
    assert _snapshots(db_path) == []

    with qtbot.waitSignal(view.signedOff, timeout=WAIT_MS):
        _answer_signoff(qtbot, view, "36 open, owners told", Qt.Key.Key_Tab, Qt.Key.Key_Return)
    assert _snapshots(db_path) == [("2026-11-28", "36 open, owners told")]


def test_a_day_with_nothing_open_signs_with_enter(qtbot: QtBot, store: Store,
                                                  supervisor: Operator, operator: Operator,
                                                  db_path: Path, settings_dir: Path) -> None:
    quiet = date(2026, 11, 26)
    store.calls.log_call(CallDraft(caller_number="13900001234", category_code="inquiry",
                                   received_at=datetime(2026, 11, 26, 3, tzinfo=UTC)), operator.id)
    view = _logged_in(qtbot, store, supervisor)
    _type_date(qtbot, view, "20261126", date(2026, 11, 26))
    qtbot.mouseClick(view.sign_button, Qt.MouseButton.LeftButton)
    dialog = view.signoff_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.warning.isHidden() and dialog.sign_button.isDefault()
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: view.signoff_dialog is None)
    assert _snapshots(db_path) == []
    with qtbot.waitSignal(view.signedOff, timeout=WAIT_MS):
        _answer_signoff(qtbot, view, "ok", Qt.Key.Key_Return)
    with qtbot.waitSignal(view.signedOff, timeout=WAIT_MS):
        qtbot.mouseClick(view.sign_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: view.signoff_dialog is not None
                        and view.signoff_dialog.isActiveWindow())
        qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert _snapshots(db_path) == [(quiet.isoformat(), "ok"), (quiet.isoformat(), "")]


def test_exports_start_in_documents_then_the_last_folder(
        qtbot: QtBot, store: Store, supervisor: Operator, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, settings_dir: Path) -> None:
    documents = Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation))
    documents.mkdir(parents=True, exist_ok=True)
    asked: list[str] = []
    chosen = tmp_path / "reports" / "mine.pdf"
    chosen.parent.mkdir()

    def ask(parent: QWidget, title: str, suggested: str, filter_text: str) -> str:
        asked.append(suggested)
        return str(chosen.with_suffix(Path(suggested).suffix))

    monkeypatch.setattr(SummaryView, "ask_path", staticmethod(ask))
    view = _logged_in(qtbot, store, supervisor)
    with qtbot.waitSignal(view.exported, timeout=WAIT_MS):
        view.export_actions["pdf"].trigger()
    assert asked[0] == str(documents / "110-2026-11-29.pdf")
    with qtbot.waitSignal(view.computed, timeout=WAIT_MS):
        view.set_range(date(2026, 11, 1), DAY)
    with qtbot.waitSignal(view.exported, timeout=WAIT_MS):
        view.export_actions["xlsx"].trigger()
    assert asked[1] == str(chosen.parent / "110-2026-11-01_2026-11-28.xlsx")
