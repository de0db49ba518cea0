"""The active-incident board: live rows, deadline marks, filters, detail and keyboard dispatch,
timeline sentences for every kind of event, and the board at the smallest screen.

Writes from the board run on the write lane: a test that acts through the board waits for
what the operator would see (a dialog closing, a row changing) before it looks at the file.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QBrush, QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel, QTreeWidget, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from console.domain.calls import CallDraft
from console.domain.clock import FixedClock
from console.domain.events import ALIASES, EVENT_KINDS, event_kind
from console.domain.fraud import FraudReport, Transfer
from console.domain.lifecycle import Stage
from console.domain.outcomes import Outcome
from console.paths import resources_dir
from console.store import Store
from console.store.records import Operator, TimelineEvent
from console.ui.board import BoardModel, BoardView, labels
from console.ui.board.detail import IncidentDetail
from console.ui.board.dialogs import DispatchDialog, TextActionDialog
from console.ui.board.model import (
    COL_ADDRESS,
    COL_CATEGORY,
    COL_DEADLINE,
    COL_NUMBER,
    COL_PRIORITY,
    COL_STAGE,
    COL_TIME,
    ID_ROLE,
    OVERDUE_BACKGROUND,
    OVERDUE_ROLE,
)
from console.ui.board.outcome import OutcomeDialog
from console.ui.board.proxy import BoardFilter
from console.ui.board.units_model import COL_STATUS, UnitsModel
from console.ui.changes import ChangeWatcher
from console.ui.context import ViewContext
from tests.ui.stalls import Watchdog, write_lock_held


def _log(store: Store, operator: Operator, **fields: object) -> int:
    draft = CallDraft(caller_number="13800001111", caller_name="王芳",
                      address="田家庵区舜耕路12号", jurisdiction_code="340403",
                      category_code="theft", priority=2, summary="电动车在楼下被盗",
                      disposition="incident")
    for key, value in fields.items():
        setattr(draft, key, value)
    saved = store.calls.log_call(draft, operator.id)
    assert saved.incident_id is not None
    return saved.incident_id


def _context(store: Store, operator: Operator) -> Iterator[ViewContext]:
    watcher = ChangeWatcher(store, interval_ms=100)
    ctx = ViewContext(store, operator, "en", watcher)
    yield ctx
    ctx.ops.shutdown()  # every write given has landed before the file is closed
    watcher.stop()


@pytest.fixture
def dispatcher(store: Store) -> Operator:
    return store.accounts.add_operator("dd01", "陈刚", "dispatcher", "secret-110")


@pytest.fixture
def ctx(store: Store, dispatcher: Operator) -> Iterator[ViewContext]:
    """The board as the dispatch seat sees it (a dispatcher may also cancel)."""
    yield from _context(store, dispatcher)


@pytest.fixture
def view(qtbot: QtBot, ctx: ViewContext) -> BoardView:
    board = BoardView(ctx)
    qtbot.addWidget(board)
    board.resize(1400, 850)
    board.show()
    qtbot.waitExposed(board)
    board.activateWindow()
    return board


def _cell(model: BoardModel, incident_id: int, column: int,
          role: int = Qt.ItemDataRole.DisplayRole) -> object:
    row = model.row_of(incident_id)
    assert row is not None, f"incident {incident_id} is not on the board"
    return model.data(model.index(row, column), role)


def _column(view: BoardView, column: int) -> list[object]:
    proxy = view.proxy
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


def _focused() -> QWidget:
    """Where the keyboard is now: keys go there, as they do for the operator."""
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def _gone(dialog: QWidget) -> bool:
    """The dialog has closed (once closed it is deleted, so ask Qt whether it still exists)."""
    return not isValid(dialog) or not dialog.isVisible()


def _timeline(detail: IncidentDetail) -> list[tuple[str, str, str]]:
    tree = detail.timeline
    return [tuple(tree.topLevelItem(i).text(c) for c in range(3))  # type: ignore[misc]
            for i in range(tree.topLevelItemCount())]


def test_models_pass_the_model_tester(qtmodeltester, store: Store, operator: Operator,
                                      ctx: ViewContext) -> None:
    first = _log(store, operator)
    _log(store, operator, priority=1, dv_flag=True)
    store.units.dispatch(first, ["DS01"], operator.id)
    model = BoardModel(ctx, live=False)
    qtmodeltester.check(model)
    proxy = BoardFilter(ctx.reference)
    proxy.setSourceModel(model)
    proxy.sort(COL_PRIORITY)
    qtmodeltester.check(proxy)
    places = {j.code: j.name("en") for j in ctx.reference.jurisdictions}
    units = UnitsModel(list(ctx.reference.units), store.units.unit_statuses(), {"DS01"}, places,
                       "en")
    qtmodeltester.check(units)


def test_board_lists_open_incidents_in_words(store: Store, operator: Operator,
                                             ctx: ViewContext, clock: FixedClock) -> None:
    waiting = _log(store, operator)
    sent = _log(store, operator, dv_flag=True, category_code="domestic_violence")
    store.units.dispatch(sent, ["DS01", "SP01"], operator.id)
    closed = _log(store, operator)
    store.incidents.advance(closed, "handled", operator.id, result="电话指导")
    store.incidents.finish(closed, "closed", operator.id, closure="assistance")
    clock.advance(minutes=2, seconds=5)

    model = BoardModel(ctx, live=False)
    assert model.rowCount() == 2 and model.row_of(closed) is None
    assert _cell(model, waiting, COL_CATEGORY) == "Theft"
    assert _cell(model, waiting, COL_STAGE) == "Intake"
    assert _cell(model, waiting, COL_TIME) == "02:05"
    assert _cell(model, sent, COL_STAGE) == "Dispatched"
    assert _cell(model, sent, COL_STAGE, Qt.ItemDataRole.ToolTipRole) == (
        "Units on this incident:\nTianjia'an Longhu Street Duty Station\n"
        "Tianjia'an Central Square Stationing Point")
    row = model.row_of(sent)
    assert row is not None
    flags = model.data(model.index(row, 1))
    assert flags == "DV"


def test_another_seat_shows_up_without_a_reset(qtbot: QtBot, view: BoardView, db_path: Path,
                                               clock: FixedClock, operator: Operator) -> None:
    model = view.model
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    other = Store.open(db_path, clock=clock)
    try:
        incident = _log(other, operator, address="大通区洞山路8号", jurisdiction_code="340402")
        qtbot.waitUntil(lambda: model.row_of(incident) is not None, timeout=3000)
        assert _cell(model, incident, COL_ADDRESS) == "大通区洞山路8号"
        assert view.count.text() == "1 open incident(s)"
        other.units.dispatch(incident, ["DS05"], operator.id)
        qtbot.waitUntil(lambda: _cell(model, incident, COL_STAGE) == "Dispatched",
                        timeout=3000)
        assert "Datong Central Street Duty Station" in str(
            _cell(model, incident, COL_STAGE, Qt.ItemDataRole.ToolTipRole))
    finally:
        other.close()
    assert inserted == [(0, 0)]
    assert resets == []


def test_dispatch_deadline_passing_marks_the_row(qtbot: QtBot, view: BoardView,
                                                  store: Store, operator: Operator,
                                                  clock: FixedClock) -> None:
    urgent = _log(store, operator, priority=1)
    store_changes = view._ctx.changes
    store_changes.poke()
    model = view.model
    qtbot.waitUntil(lambda: model.row_of(urgent) is not None)
    assert _cell(model, urgent, COL_NUMBER, OVERDUE_ROLE) is False
    assert _cell(model, urgent, COL_DEADLINE) == "01:00 left"

    row = model.row_of(urgent)
    with qtbot.waitSignal(model.dataChanged, timeout=3000,
                          check_params_cb=lambda top, bottom, *_: (
                              top.row() == row and top.column() == 0
                              and bottom.column() == model.columnCount() - 1)):
        clock.advance(seconds=75)
    assert _cell(model, urgent, COL_NUMBER, OVERDUE_ROLE) is True
    background = _cell(model, urgent, COL_ADDRESS, Qt.ItemDataRole.BackgroundRole)
    assert isinstance(background, QBrush) and background.color() == OVERDUE_BACKGROUND
    assert _cell(model, urgent, COL_DEADLINE) == "00:15 late"
    tooltip = str(_cell(model, urgent, COL_DEADLINE, Qt.ItemDataRole.ToolTipRole))
    assert tooltip.startswith("Dispatch deadline passed 00:15 ago")

    # Dispatching starts the arrival clock: urban, urgent = 5 minutes.
    store.units.dispatch(urgent, ["DS01"], operator.id)
    store_changes.poke()
    assert _cell(model, urgent, COL_NUMBER, OVERDUE_ROLE) is False
    clock.advance(minutes=5, seconds=1)
    qtbot.waitUntil(lambda: _cell(model, urgent, COL_DEADLINE) == "00:01 late", timeout=3000)
    tooltip = str(_cell(model, urgent, COL_DEADLINE, Qt.ItemDataRole.ToolTipRole))
    assert tooltip.startswith("Arrival deadline passed 00:01 ago")


def test_closing_an_incident_removes_its_row_and_keeps_the_detail(
        qtbot: QtBot, view: BoardView, store: Store, operator: Operator) -> None:
    keep = _log(store, operator)
    done = _log(store, operator, address="田家庵区洞山路1号")
    view.model.apply_changes([keep, done])
    assert view.select_incident(done)
    removed: list[int] = []
    view.model.rowsRemoved.connect(lambda _p, first, _last: removed.append(first))

    store.incidents.advance(done, "handled", operator.id, result="已调解")
    store.incidents.finish(done, "closed", operator.id, closure="mediated")
    view._ctx.changes.poke()

    assert view.model.row_of(done) is None and view.model.row_of(keep) is not None
    assert len(removed) == 1
    assert view.detail.incident_id == done
    assert view.detail.stage.text() == "Closed"
    assert view.detail.reopen_action.isEnabled()
    assert not view.detail.close_action.isEnabled()


def test_sorting_and_filtering(view: BoardView, store: Store, operator: Operator,
                               clock: FixedClock) -> None:
    routine = _log(store, operator, priority=3, address="田家庵区国庆路5号")
    clock.advance(seconds=10)
    urgent = _log(store, operator, priority=1, address="大通区大通街2号",
                  jurisdiction_code="340402", category_code="burglary")
    clock.advance(seconds=10)
    pressing = _log(store, operator, priority=2, address="谢家集区谢三村7号",
                    jurisdiction_code="340404")
    store.units.dispatch(pressing, ["DS07"], operator.id)
    view.model.apply_changes([routine, urgent, pressing])

    view.table.sortByColumn(COL_PRIORITY, Qt.SortOrder.AscendingOrder)
    assert [view.proxy.index(r, 0).data(ID_ROLE) for r in range(3)] == [
        urgent, pressing, routine]
    view.table.sortByColumn(COL_TIME, Qt.SortOrder.DescendingOrder)
    assert view.proxy.index(0, 0).data(ID_ROLE) == routine

    view.filter_text.setText("大通街")
    assert _column(view, COL_ADDRESS) == ["大通区大通街2号"]
    assert view.count.text() == "1 of 3 shown"
    view.filter_text.setText("burglary")
    assert _column(view, COL_CATEGORY) == ["Burglary"]
    view.filter_text.setText("")

    view.jurisdiction.setCurrentIndex(view.jurisdiction.findData("340404"))
    assert _column(view, COL_ADDRESS) == ["谢家集区谢三村7号"]
    view.jurisdiction.setCurrentIndex(0)
    view.stage.setCurrentIndex(view.stage.findData("intake"))
    assert sorted(map(str, _column(view, COL_ADDRESS))) == sorted(
        ["田家庵区国庆路5号", "大通区大通街2号"])
    view.stage.setCurrentIndex(0)
    view.priority.setCurrentIndex(view.priority.findData(3))
    assert _column(view, COL_ADDRESS) == ["田家庵区国庆路5号"]
    view.priority.setCurrentIndex(0)
    assert view.count.text() == "3 open incident(s)"


def test_ctrl_f_focuses_the_filter(qtbot: QtBot, view: BoardView) -> None:
    qtbot.waitUntil(view.table.hasFocus)  # where the board puts the operator
    qtbot.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.filter_text.hasFocus()
    qtbot.keyClicks(view.filter_text, "dxn")  # letters that are also board shortcuts
    assert view.filter_text.text() == "dxn"
    assert view.detail.dialog is None


def test_detail_shows_header_and_the_whole_timeline(
        view: BoardView, store: Store, operator: Operator, supervisor: Operator,
        clock: FixedClock) -> None:
    incident = _log(store, operator)
    (assignment,) = store.units.dispatch(incident, ["DS01"], operator.id)
    clock.advance(minutes=2)
    store.units.unit_progress(assignment, "on_scene", operator.id)
    store.incidents.add_note(incident, "嫌疑人已离开现场", supervisor.id)
    view.model.apply_changes([incident])
    assert view.select_incident(incident)

    detail = view.detail
    number = store.incidents.incident(incident).number  # type: ignore[union-attr]
    assert detail.number.text() == number
    assert detail.fields["caller"].text() == "13800001111 王芳"
    assert detail.fields["summary"].text() == "电动车在楼下被盗"
    assert detail.fields["address"].text() == "田家庵区舜耕路12号"
    lines = _timeline(detail)
    assert lines[0] == ("10:00:00", "张明", "Call taken at intake, routed to dispatch")
    assert lines[1][2] == "Unit dispatched: Tianjia'an Longhu Street Duty Station"
    assert lines[2][2] == "Now at stage “Dispatched”"
    assert lines[3] == ("10:02:00", "张明",
                        "Tianjia'an Longhu Street Duty Station arrived on scene")
    assert lines[4][2] == "Now at stage “On scene”"
    assert lines[5] == ("10:02:00", "李强", "Note: 嫌疑人已离开现场")
    assert detail.timeline.topLevelItem(0).toolTip(0) == "2026-11-29 10:00:00"
    assert detail.assignments.topLevelItem(0).text(0) == "Tianjia'an Longhu Street Duty Station"
    assert detail.assignments.topLevelItem(0).text(1) == "On scene"


def test_dv_details_stay_with_the_desk(view: BoardView, store: Store,
                                       operator: Operator) -> None:
    incident = _log(store, operator, dv_flag=True)
    view.model.apply_changes([incident])
    assert view.select_incident(incident)
    assert _cell(view.model, incident, 1) == "DV"
    assert view.detail.flags.text() == "DV"
    assert "13800001111" not in view.detail.fields["caller"].text()
    assert view.detail.fields["summary"].text() == "(kept by the anti-DV desk)"


def test_dispatch_dialog_by_keyboard(qtbot: QtBot, view: BoardView, store: Store,
                                     operator: Operator) -> None:
    incident = _log(store, operator)
    view.model.apply_changes([incident])
    assert view.select_incident(incident)

    qtbot.keyClick(_focused(), Qt.Key.Key_D)
    dialog = view.detail.dialog
    assert isinstance(dialog, DispatchDialog) and dialog.isVisible()
    qtbot.waitUntil(dialog.isActiveWindow)
    table = dialog.table
    first = dialog.model.unit_at(table.currentIndex().row())
    assert first.jurisdiction_code == "340403" and first.kind == "duty_station"
    qtbot.keyClick(table, Qt.Key.Key_Space)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Space)
    second = dialog.model.unit_at(table.currentIndex().row())
    qtbot.keyClick(table, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: _gone(dialog))  # closed once the dispatch is in the file
    assert [a.unit_code for a in store.units.assignments(incident)] == [first.code, second.code]
    assert _cell(view.model, incident, COL_STAGE) == "Dispatched"
    assert _cell(view.model, incident, COL_STAGE, Qt.ItemDataRole.ToolTipRole) == "\n".join(
        ["Units on this incident:", first.name_en, second.name_en])
    assert view.detail.assignments.topLevelItemCount() == 2
    assert store.units.unit_statuses()[first.code] == "dispatched"


def test_units_on_the_incident_cannot_be_sent_twice(qtbot: QtBot, view: BoardView,
                                                    store: Store, operator: Operator) -> None:
    incident = _log(store, operator)
    store.units.dispatch(incident, ["DS01"], operator.id)
    view.model.apply_changes([incident])
    assert view.select_incident(incident)
    view.detail.open_dispatch()
    dialog = view.detail.dialog
    assert isinstance(dialog, DispatchDialog)
    row = next(r for r in range(dialog.model.rowCount())
               if dialog.model.unit_at(r).code == "DS01")
    assert not dialog.model.flags(dialog.model.index(row, 0)) & Qt.ItemFlag.ItemIsSelectable
    assert dialog.model.data(dialog.model.index(row, COL_STATUS)) == "On this incident"
    cells = [str(dialog.model.data(dialog.model.index(r, c)) or "")
             for r in range(dialog.model.rowCount()) for c in range(dialog.model.columnCount())]
    assert not [c for c in cells if UNIT_CODE.search(c) or SNAKE_CASE.search(c)]
    assert dialog.model.unit_at(dialog.table.currentIndex().row()).code != "DS01"
    dialog.reject()


def test_unit_progress_keys_and_lifecycle_gating(qtbot: QtBot, view: BoardView,
                                                 store: Store, operator: Operator) -> None:
    incident = _log(store, operator)
    view.model.apply_changes([incident])
    assert view.select_incident(incident)
    detail = view.detail
    assert detail.dispatch_action.isEnabled() and detail.handled_action.isEnabled()
    assert not detail.close_action.isEnabled() and not detail.reopen_action.isEnabled()
    assert not detail.en_route_action.isEnabled()

    store.units.dispatch(incident, ["DS02"], operator.id)
    view._ctx.changes.poke()
    assert not detail.handled_action.isEnabled()
    qtbot.keyClick(_focused(), Qt.Key.Key_E)
    assert not detail.on_scene_action.isEnabled()  # nothing more while the write runs
    qtbot.waitUntil(lambda: _cell(view.model, incident, COL_STAGE) == "En route")
    qtbot.waitUntil(detail.on_scene_action.isEnabled)
    assert not detail.en_route_action.isEnabled()
    qtbot.keyClick(_focused(), Qt.Key.Key_A)
    qtbot.waitUntil(lambda: _cell(view.model, incident, COL_STAGE) == "On scene")
    assert store.units.unit_statuses()["DS02"] == "on_scene"
    qtbot.waitUntil(detail.handled_action.isEnabled)
    assert not detail.cancel_action.isEnabled()
    qtbot.keyClick(_focused(), Qt.Key.Key_C)
    qtbot.waitUntil(lambda: detail.assignments.topLevelItem(0).text(1) == "Cleared")
    assert store.units.unit_statuses()["DS02"] == "available"
    assert not detail.clear_action.isEnabled()


def test_handled_then_closed_through_the_dialogs(qtbot: QtBot, view: BoardView,
                                                 store: Store, operator: Operator) -> None:
    incident = _log(store, operator)
    view.model.apply_changes([incident])
    assert view.select_incident(incident)

    qtbot.keyClick(_focused(), Qt.Key.Key_H)
    dialog = view.detail.dialog
    assert isinstance(dialog, TextActionDialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.text.hasFocus()
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and dialog.error.isVisible()  # a result is required
    dialog.text.insertPlainText("电话指导后报警人找回车辆")  # as an input method commits it
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _gone(dialog))
    assert _cell(view.model, incident, COL_STAGE) == "Handled"

    view.activateWindow()  # the offscreen platform does not hand it back by itself
    qtbot.waitUntil(view.isActiveWindow)
    qtbot.keyClick(_focused(), Qt.Key.Key_K)
    dialog = view.detail.dialog
    assert isinstance(dialog, TextActionDialog) and dialog.choice is not None
    dialog.choice.setCurrentIndex(dialog.choice.findData("assistance"))
    dialog.accept()
    qtbot.waitUntil(lambda: view.model.row_of(incident) is None)
    row = store.incidents.incident(incident)
    assert row is not None and row.stage == "closed"
    last = store.incidents.timeline(incident)[-1]
    assert last.detail["closure"] == "assistance" and last.operator == "陈刚"
    texts = [view.detail.timeline.topLevelItem(i).text(2)
             for i in range(view.detail.timeline.topLevelItemCount())]
    assert texts[-1] == "Closed as “Assistance given”"


def test_refused_transition_keeps_what_was_typed(qtbot: QtBot, view: BoardView,
                                                 store: Store, operator: Operator,
                                                 db_path: Path, clock: FixedClock) -> None:
    incident = _log(store, operator)
    view.model.apply_changes([incident])
    assert view.select_incident(incident)
    view.detail.open_handled()
    dialog = view.detail.dialog
    assert isinstance(dialog, TextActionDialog)
    dialog.text.insertPlainText("已电话劝离")
    other = Store.open(db_path, clock=clock)  # meanwhile another seat dispatches it
    try:
        other.units.dispatch(incident, ["DS03"], operator.id)
    finally:
        other.close()
    dialog.accept()
    qtbot.waitUntil(dialog.error.isVisible)
    assert dialog.isVisible() and dialog.ok_button.isEnabled()  # ready to try again
    assert "cannot move" in dialog.error.text() and "Handled" in dialog.error.text()
    assert dialog.text.toPlainText() == "已电话劝离"
    assert store.incidents.incident(incident).stage == Stage.DISPATCHED  # type: ignore[union-attr]
    # nothing more
    assert [e.stage for e in store.incidents.timeline(incident)][-1] == Stage.DISPATCHED
    dialog.reject()


def test_a_refused_unit_report_is_said_in_the_panel_and_writes_nothing(
        qtbot: QtBot, view: BoardView, store: Store, operator: Operator, db_path: Path,
        clock: FixedClock) -> None:
    incident = _log(store, operator)
    store.units.dispatch(incident, ["DS02"], operator.id)
    view.model.apply_changes([incident])
    assert view.select_incident(incident)
    detail = view.detail
    assert detail.clear_action.isEnabled()
    other = Store.open(db_path, clock=clock)  # another seat clears the unit first
    try:
        (assignment,) = other.units.assignments(incident)
        other.units.unit_progress(assignment.id, "cleared", operator.id)
    finally:
        other.close()
    events = len(store.incidents.timeline(incident))

    qtbot.keyClick(_focused(), Qt.Key.Key_C)  # this panel has not heard of it yet
    qtbot.waitUntil(detail.message.isVisible)
    assert detail.message.text() == ("This unit has already cleared from this incident: "
                                     "nothing was changed.")
    assert len(store.incidents.timeline(incident)) == events
    assert detail.assignments.topLevelItem(0).text(1) == "Cleared"  # the panel re-read it
    assert not detail.clear_action.isEnabled()


def test_a_refusal_after_the_dialog_was_closed_is_said_in_the_panel(
        qtbot: QtBot, view: BoardView, store: Store, operator: Operator, db_path: Path,
        clock: FixedClock) -> None:
    incident = _log(store, operator)
    view.model.apply_changes([incident])
    assert view.select_incident(incident)
    dialog = _open_by_key(qtbot, view, "X")  # cancel the incident…
    assert isinstance(dialog, TextActionDialog)
    dialog.text.insertPlainText("报警人称已无需出警")
    other = Store.open(db_path, clock=clock)  # …while another seat sends a unit on scene
    try:
        (assignment,) = other.units.dispatch(incident, ["DS03"], operator.id)
        other.units.unit_progress(assignment, "on_scene", operator.id)
    finally:
        other.close()
    events = len(store.incidents.timeline(incident))
    gate = threading.Event()
    view._ctx.ops.write(lambda _store: gate.wait(5))  # an earlier write still holds the lane

    qtbot.keyClick(dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and not dialog.ok_button.isEnabled()  # saving
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(_focused(), Qt.Key.Key_Escape)  # the operator walks away meanwhile
    qtbot.waitUntil(lambda: _gone(dialog))
    gate.set()
    qtbot.waitUntil(view.detail.message.isVisible)
    assert "cannot move" in view.detail.message.text()
    assert "Cancelled" in view.detail.message.text()
    assert len(store.incidents.timeline(incident)) == events
    assert store.incidents.incident(incident).stage == Stage.ON_SCENE  # type: ignore[union-attr]


def test_a_dispatch_while_another_process_writes_never_freezes_the_board(
        qtbot: QtBot, view: BoardView, store: Store, operator: Operator,
        db_path: Path) -> None:
    incident = _log(store, operator)
    view.model.apply_changes([incident])
    assert view.select_incident(incident)
    with write_lock_held(db_path, 3):
        dialog = _open_by_key(qtbot, view, "D")
        assert isinstance(dialog, DispatchDialog)
        chosen = dialog.model.unit_at(dialog.table.currentIndex().row())
        watchdog = Watchdog()
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
        assert dialog.isVisible() and not dialog.dispatch_button.isEnabled()  # saving
        qtbot.waitUntil(lambda: _gone(dialog), timeout=20_000)
        waited = watchdog.stop()
    assert waited >= 1000  # it really waited for the other process's lock
    assert watchdog.longest < 100  # …and the board's event loop never stalled meanwhile
    assert [a.unit_code for a in store.units.assignments(incident)] == [chosen.code]
    assert _cell(view.model, incident, COL_STAGE) == "Dispatched"


def test_notes_with_n_and_ctrl_enter(qtbot: QtBot, view: BoardView, store: Store,
                                     operator: Operator) -> None:
    incident = _log(store, operator)
    view.model.apply_changes([incident])
    assert view.select_incident(incident)
    qtbot.keyClick(_focused(), Qt.Key.Key_N)
    note = view.detail.note
    assert note.hasFocus()
    note.insertPlainText("报警人称嫌疑人穿黑衣")
    qtbot.keyClick(note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: note.toPlainText() == "")  # cleared once the note is saved
    assert [e.detail["text"] for e in store.incidents.timeline(incident) if e.kind == "note"] == [
        "报警人称嫌疑人穿黑衣"]
    last = view.detail.timeline.topLevelItem(view.detail.timeline.topLevelItemCount() - 1)
    assert last.text(2) == "Note: 报警人称嫌疑人穿黑衣"

    note.setPlainText("含控制字符\x07")
    qtbot.keyClick(note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(view.detail.message.isVisible)
    assert note.toPlainText() == "含控制字符\x07"
    assert "control characters" in view.detail.message.text()
    assert view.detail.message.isVisible()


@pytest.fixture
def chinese() -> Iterator[None]:
    translator = QTranslator()
    path = resources_dir() / "translations" / "board_zh_CN.qm"
    assert translator.load(str(path)), path
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_board_in_chinese(chinese: None, store: Store, operator: Operator,
                          qtbot: QtBot) -> None:
    incident = _log(store, operator)
    store.units.dispatch(incident, ["DS01"], operator.id)
    for context in _context(store, operator):
        zh = ViewContext(store, operator, "zh_CN", context.changes)
        board = BoardView(zh)
        qtbot.addWidget(board)
        model = board.model
        assert model.headerData(COL_NUMBER, Qt.Orientation.Horizontal) == "警情编号"
        assert _cell(model, incident, COL_STAGE) == "派警"
        assert _cell(model, incident, COL_CATEGORY) == "盗窃"
        assert board.count.text() == "在办警情 1 起"
        assert board.select_incident(incident)
        assert board.detail.dispatch_action.text() == "派警…"
        assert model.index(0, 0).parent() == QModelIndex()


def test_results_of_a_fraud_case_by_keyboard(qtbot: QtBot, view: BoardView, store: Store,
                                             operator: Operator) -> None:
    incident = _log(store, operator, category_code="telecom_fraud",
                    fraud=FraudReport("6222000011112222", "某银行", [Transfer(20_000_00)]))
    view.model.apply_changes([incident])
    assert view.select_incident(incident)
    qtbot.keyClick(_focused(), Qt.Key.Key_O)
    dialog = view.detail.dialog
    assert isinstance(dialog, OutcomeDialog) and dialog.recovered is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClicks(dialog.caught, "2")
    qtbot.keyClick(dialog.caught, Qt.Key.Key_Tab)
    dialog.frozen.setValue(1)
    dialog.recovered.setText("12,000.5x")
    qtbot.keyClick(dialog.recovered, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert dialog.recovered.text() == "12,000.5x"  # kept for correcting
    dialog.recovered.setText("12,000.50")
    qtbot.keyClick(dialog.recovered, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _gone(dialog))
    outcome = store.incidents.outcome(incident)
    assert outcome is not None and outcome.people_caught == 2
    _, report = store.fraud.fraud_report_of_incident(incident)
    assert (report.accounts_frozen, report.money_recovered_fen) == (1, 12_000_50)


# --- the timeline speaks the operator's language -------------------------------------------

SNAKE_CASE = re.compile(r"\b[a-z]+_[a-z0-9_]+\b")  # dispute_neighbour, escalation_id, …
STORED_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T|\d{2}:\d{2}(:\d{2})?(\.\d+)?Z")
UNIT_CODE = re.compile(r"\b(DS|SP)\d{2}\b|\bPS-\d{6}-\d{2}\b")
PAIR = re.compile(r"\w\s*=\s*\S")
CJK = re.compile(r"[\u4e00-\u9fff]")


def _saved(store: Store, operator: Operator, **fields: object) -> tuple[int, int]:
    """Log a call that opens an incident: (incident id, call id)."""
    draft = CallDraft(caller_number="13800002222", caller_name="陈静",
                      address="田家庵区洞山中路18号", jurisdiction_code="340403",
                      category_code="dispute_neighbour", priority=2, summary="邻居噪音纠纷",
                      disposition="incident")
    for key, value in fields.items():
        setattr(draft, key, value)
    saved = store.calls.log_call(draft, operator.id)
    assert saved.incident_id is not None
    return saved.incident_id, saved.call_id


def _close(store: Store, incident_id: int, operator: Operator) -> None:
    store.incidents.advance(incident_id, Stage.HANDLED, operator.id, result="现场劝解，双方离开")
    store.incidents.finish(incident_id, Stage.CLOSED, operator.id, closure="mediated",
                           note="已告知双方")


def _every_kind_of_event(store: Store, operator: Operator, supervisor: Operator,
                         clock: FixedClock) -> list[int]:
    """Incidents whose logs hold every kind of event the store writes, through its own API."""
    store.enterprises.register_enterprise(
        "淮南市某某机械有限公司", "田家庵区工业路8号", "340403",
        bureau_leader="王局", station_leader="赵所", officer="钱警官")
    # An urgent call nobody dispatches in time: escalated by itself, then dispatched.
    late, late_call = _saved(store, operator, priority=1)
    clock.advance(seconds=61)
    store.escalation.escalate_due()
    (assignment,) = store.units.dispatch(late, ["DS01"], operator.id)
    store.escalation.escalate_due()  # the dispatch ended the item: its escalation is closed
    store.units.unit_progress(assignment, "en_route", operator.id)
    store.units.unit_progress(assignment, "on_scene", operator.id)
    store.incidents.add_note(late, "双方情绪激动", operator.id)
    store.queues.annotate(late, "清零评查：请当班跟进", supervisor.id)
    store.queues.assign_owner(late, supervisor.id, supervisor.id)
    store.incidents.record_results(late, Outcome(2, "returned", False), operator.id)
    escalation = store.escalation.escalate_incident(late, "群众多次来电催促", supervisor.id)
    store.escalation.resolve_escalation(escalation, "已督办到位", supervisor.id)
    store.queues.complete_call(late_call, "补录报警人姓名", operator.id)
    _close(store, late, operator)
    store.incidents.advance(late, Stage.INTAKE, supervisor.id, note="群众反映问题未解决")
    # Another call about it, and a silent call back on its first call.
    number = store.incidents.incident(late).number  # type: ignore[union-attr]
    store.calls.log_call(CallDraft(caller_number="13800003333", disposition="duplicate",
                                   duplicate_of=number), operator.id)
    store.queues.record_call_back(late_call, "reached", "报警人确认已无危险", operator.id)

    # An enterprise incident: pushed to three, acknowledged, closed, called back unhappy.
    firm, _ = _saved(store, operator, address="田家庵区工业路8号",
                     category_code="enterprise_security")
    first_push = int(str(store.enterprises.pushes(firm)[0]["id"]))
    store.enterprises.acknowledge_push(first_push, operator.id)
    store.enterprises.push_feedback(first_push, "已到企业了解情况", operator.id)
    store.incidents.advance(firm, Stage.HANDLED, operator.id, result="现场劝解，双方离开")
    callback = store.callbacks.callbacks_of(firm)[0]
    store.callbacks.record_callback(int(str(callback["id"])), "dissatisfied", "嫌出警慢",
                                    operator.id)
    store.incidents.finish(firm, Stage.CLOSED, operator.id, closure="mediated")
    # Another incident found later to concern the same enterprise, supervised by the bureau.
    linked, _ = _saved(store, operator)
    number = store.incidents.incident(linked).number  # type: ignore[union-attr]
    store.enterprises.link_incident(
        number, int(str(store.enterprises.pushes(firm)[0]["enterprise_id"])), operator.id)
    store.enterprises.supervise(linked, "企业反映多次报警未解决", "王副局长", operator.id)

    # A domestic-violence incident whose caller is never reached at the callback.
    home, _ = _saved(store, operator, category_code="domestic_violence", dv_flag=True)
    _close(store, home, operator)
    for _ in range(store.reference.callbacks.attempts):
        due = next(c for c in store.callbacks.callbacks_of(home) if not c["done_at"])
        store.callbacks.record_callback(int(str(due["id"])), "not_reached", "", operator.id)
    store.dv.assess(home, ["injury"], operator_id=supervisor.id)  # the desk's measure: the fact

    # A fraud case whose figures come later, and a call cancelled as a misunderstanding.
    fraud, _ = _saved(store, operator, category_code="telecom_fraud",
                      fraud=FraudReport("6222000011112222", "某银行", [Transfer(20_000_00)]))
    report_id, _report = store.fraud.fraud_report_of_incident(fraud)  # type: ignore[misc]
    store.incidents.record_results(fraud, Outcome(), operator.id, fraud_report_id=report_id,
                                   accounts_frozen=1, money_recovered_fen=12_000_50)
    cancelled, _ = _saved(store, operator)
    store.incidents.finish(cancelled, Stage.CANCELLED, operator.id, note="报警人误会，已说明")
    return [late, firm, linked, home, fraud, cancelled]


def _old_spellings(store: Store) -> list[TimelineEvent]:
    """Events as older databases (the demo loader's) spell them: other kinds and payloads."""
    payloads: dict[str, dict[str, object]] = {
        "ack": {"role": "officer", "push_id": 1},
        "resolve": {"escalation_id": 1, "level": "bureau", "resolution": "市局领导督办，已解决"},
    }
    assert set(payloads) == set(ALIASES)
    events = [TimelineEvent(0, "2026-11-29T02:00:00.000Z", "", kind, None, None, payload)
              for kind, payload in payloads.items()]
    events.append(TimelineEvent(0, "2026-11-29T02:00:00.000Z", "", "push", None, None,
                                {"role": "bureau_leader", "person": "王局", "push_id": 2}))
    events.append(TimelineEvent(0, "2026-11-29T02:00:00.000Z", "", "escalate", None, None,
                                {"escalation_id": 1, "level": "bureau", "reason": "回访不满意"}))
    events.append(TimelineEvent(0, "2026-11-29T02:00:00.000Z", "", "stage", "handled", None,
                                {"import": "huainan", "run": 1, "call_id": 9,
                                 "previous": "on_scene", "time_unknown": True}))
    return events


def _kinds_the_source_writes() -> set[str]:
    """Event kinds written as literals anywhere in the console's non-UI code."""
    root = Path(__file__).resolve().parents[2] / "console"
    patterns = [
        re.compile(r"_event\(\s*conn,[^,]+,[^,]+,\s*\"([a-z_]+)\""),
        re.compile(r"\.event\([^\"]*?\"([a-z_]+)\""),
        re.compile(r"INSERT INTO incident_events[^\]]*?VALUES \([^)]*'([a-z_]+)'"),
        re.compile(r"'([a-z_]+)' AS kind"),
    ]
    found: set[str] = set()
    for path in root.rglob("*.py"):
        if "ui" in path.relative_to(root).parts:
            continue
        text = path.read_text(encoding="utf-8")
        for pattern in patterns:
            found.update(pattern.findall(text))
    return found


def _check_sentence(text: str, lang: str) -> None:
    assert text, "an empty sentence"
    assert not PAIR.search(text), f"a key=value pair in {text!r}"
    assert not STORED_TIME.search(text), f"a stored UTC time in {text!r}"
    assert not SNAKE_CASE.search(text), f"an internal code in {text!r}"
    assert not UNIT_CODE.search(text), f"a unit code in {text!r}"
    assert "True" not in text and "False" not in text and "None" not in text, text
    if lang.startswith("zh"):  # translated: Chinese, and no English word left over
        assert CJK.search(text), f"no Chinese in {text!r}"
        assert not re.search(r"[A-Za-z]{3,}", text), f"English in {text!r}"
    else:
        assert re.search(r"[A-Za-z]{2,}", text), f"no English in {text!r}"


def test_the_store_writes_only_kinds_the_timeline_knows() -> None:
    found = _kinds_the_source_writes()
    assert len(found) >= 8, f"the scan of the store's source found too little: {found}"
    assert found <= EVENT_KINDS | set(ALIASES), found - EVENT_KINDS - set(ALIASES)


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_every_kind_of_event_reads_as_a_sentence(
        request: pytest.FixtureRequest, lang: str, qtbot: QtBot, store: Store,
        operator: Operator, supervisor: Operator, clock: FixedClock) -> None:
    if lang == "zh_CN":
        request.getfixturevalue("chinese")
    incidents = _every_kind_of_event(store, operator, supervisor, clock)
    written = {r[0] for r in store.conn.execute("SELECT DISTINCT kind FROM incident_events")}
    assert written == EVENT_KINDS, (  # every kind is covered, and nothing unknown was written
        f"not exercised: {EVENT_KINDS - written}; unknown: {written - EVENT_KINDS}")

    names = labels.EventNames(store.reference, lang, store.tz)
    events = [e for i in incidents for e in store.incidents.timeline(i)] + _old_spellings(store)
    for event in events:
        assert event_kind(event.kind) is not None, event.kind
        _check_sentence(labels.event_sentence(event, names), lang)
        _check_sentence(labels.operator_name(event), lang) if not event.operator else None

    # The same, as the detail shows them: local times, the operator or the system.
    for context in _context(store, operator):
        detail = IncidentDetail(ViewContext(store, operator, lang, context.changes))
        qtbot.addWidget(detail)
        for incident in incidents:
            detail.show_incident(incident)
            for when, who, what in _timeline(detail):
                assert re.fullmatch(r"(\d{2}-\d{2} )?\d{2}:\d{2}:\d{2}", when), when
                assert who, f"nobody did {what!r}"
                _check_sentence(what, lang)

    sentences = [labels.event_sentence(e, names) for e in store.incidents.timeline(incidents[0])]
    if lang == "en":
        assert sentences[1] == ("Dispatch overdue: escalated automatically to the duty "
                                "supervisor (deadline 11-29 10:01 passed)")
        assert "Results of handling: people caught: 2; lost property returned; not mediated" \
            in sentences
    else:
        assert sentences[1] == "派警超时，自动升级至值班长（期限 11-29 10:01 已过）"
        assert "记录处置结果：抓获 2 人；失物已返还；未调解" in sentences
        assert labels.operator_name(store.incidents.timeline(incidents[0])[1]) == "系统"


def _all_texts(widget: QWidget) -> list[str]:
    """Every text a person can read in a widget: labels, buttons, tree cells and headers."""
    texts = [label.text() for label in widget.findChildren(QLabel) if label.isVisible()]
    for tree in widget.findChildren(QTreeWidget):
        header = tree.headerItem()
        texts += [header.text(c) for c in range(tree.columnCount())]
        for i in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(i)
            texts += [item.text(c) for c in range(tree.columnCount())]
    return texts


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_detail_shows_no_codes(request: pytest.FixtureRequest, lang: str, qtbot: QtBot,
                                   store: Store, operator: Operator, supervisor: Operator,
                                   clock: FixedClock) -> None:
    if lang == "zh_CN":
        request.getfixturevalue("chinese")
    incidents = _every_kind_of_event(store, operator, supervisor, clock)
    for context in _context(store, supervisor):
        detail = IncidentDetail(ViewContext(store, supervisor, lang, context.changes))
        qtbot.addWidget(detail)
        detail.show()
        for incident in incidents:
            detail.show_incident(incident)
            texts = _all_texts(detail)
            for text in texts:
                assert not SNAKE_CASE.search(text), f"an internal code in {text!r}"
                assert not UNIT_CODE.search(text), f"a unit code in {text!r}"
                assert "dispute_neighbour" not in text and "代码" not in text
        detail.show_incident(incidents[0])
        category = "邻里纠纷" if lang == "zh_CN" else "Neighbour dispute"
        assert detail.fields["category"].text() == category


# --- the board on the smallest screen ------------------------------------------------------

def _busy_shift(store: Store, operator: Operator, clock: FixedClock) -> list[int]:
    """Thirty open incidents with the longest categories and addresses, flags, every stage."""
    longest = sorted((c for c in store.reference.taxonomy.categories if c.is_incident),
                     key=lambda c: -max(len(c.name_en), 2 * len(c.name_zh)))
    ids = []
    for n in range(30):
        category = longest[n % 6]
        incident, _ = _saved(
            store, operator, category_code=category.code, priority=1 + n % 3,
            address=f"凤台县经济开发区淮河大道与永幸河路交叉口东北角{n + 1}号楼下",
            jurisdiction_code="340421", dv_flag=n % 5 == 0, enterprise_flag=n % 7 == 0)
        ids.append(incident)
        if n % 3:
            (assignment,) = store.units.dispatch(incident, ["SP16"], operator.id)
            if n % 3 == 2:
                store.units.unit_progress(assignment, "on_scene", operator.id)
        clock.advance(seconds=20)
    clock.advance(hours=1, minutes=7)  # most are late now: bold numbers and warning marks
    return ids


@pytest.mark.parametrize(("lang", "width"), [("en", 1366), ("zh_CN", 1366), ("en", 1600),
                                             ("zh_CN", 1600)])
def test_the_board_fits_the_screen_with_whole_numbers(
        request: pytest.FixtureRequest, lang: str, width: int, qtbot: QtBot, store: Store,
        operator: Operator, clock: FixedClock, settings_dir: Path) -> None:
    from console.ui.shell import MainWindow

    if lang == "zh_CN":
        request.getfixturevalue("chinese")
    incidents = _busy_shift(store, operator, clock)
    window = MainWindow(store, operator, lang)
    qtbot.addWidget(window)
    window.resize(width, 768)
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(_focused(), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # the board
    board = window.views["board"]
    assert isinstance(board, BoardView)
    qtbot.waitUntil(lambda: board.table.hasFocus() and board.detail.incident_id is not None)
    assert board.proxy.rowCount() == len(incidents)
    assert window.width() == width

    table = board.table
    assert not table.horizontalScrollBar().isVisible()
    assert table.horizontalHeader().length() <= table.viewport().width()
    bold = table.font()
    bold.setBold(True)
    room = table.columnWidth(COL_NUMBER) - 8  # a cell's margins
    for row in range(board.proxy.rowCount()):
        number = str(board.proxy.index(row, COL_NUMBER).data())
        assert re.fullmatch(r"340400-\d{8}-\d{4}", number)
        assert QFontMetrics(bold).horizontalAdvance(number) <= room, number
    assert board.detail.number.text() == str(board.proxy.index(0, COL_NUMBER).data())
    for tree in (board.detail.assignments, board.detail.timeline):
        assert not tree.horizontalScrollBar().isVisible()


# --- every dialog: named, first field focused, Tab walks, Escape cancels, Enter confirms --

DIALOGS = [  # key, stage the incident must be at, dialog, first field, key that confirms
    ("D", Stage.INTAKE, DispatchDialog, "table", Qt.KeyboardModifier.NoModifier),
    ("H", Stage.INTAKE, TextActionDialog, "text", Qt.KeyboardModifier.ControlModifier),
    ("K", Stage.HANDLED, TextActionDialog, "choice", Qt.KeyboardModifier.NoModifier),
    ("X", Stage.INTAKE, TextActionDialog, "text", Qt.KeyboardModifier.ControlModifier),
    ("R", Stage.CLOSED, TextActionDialog, "text", Qt.KeyboardModifier.ControlModifier),
    ("O", Stage.INTAKE, OutcomeDialog, "caught", Qt.KeyboardModifier.NoModifier),
]


def _open_by_key(qtbot: QtBot, view: BoardView, key: str) -> Any:
    view.activateWindow()  # the offscreen platform does not hand it back by itself
    qtbot.waitUntil(view.isActiveWindow)
    qtbot.keyClick(_focused(), key)
    dialog = view.detail.dialog
    assert dialog is not None and dialog.isVisible(), f"{key} opened nothing"
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


@pytest.mark.parametrize(("key", "stage", "kind", "first", "confirm"), DIALOGS,
                         ids=[d[0] for d in DIALOGS])
def test_dialogs_by_keyboard(qtbot: QtBot, view: BoardView, store: Store, operator: Operator,
                             key: str, stage: Stage, kind: type, first: str,
                             confirm: Qt.KeyboardModifier) -> None:
    incident = _log(store, operator)
    view.model.apply_changes([incident])
    assert view.select_incident(incident)  # as the queues open it on the board
    if stage in (Stage.HANDLED, Stage.CLOSED):
        store.incidents.advance(incident, Stage.HANDLED, operator.id, result="电话指导")
    if stage is Stage.CLOSED:
        store.incidents.finish(incident, Stage.CLOSED, operator.id, closure="resolved")
    view._ctx.changes.poke()
    number = store.incidents.incident(incident).number  # type: ignore[union-attr]
    events = len(store.incidents.timeline(incident))

    dialog = _open_by_key(qtbot, view, key)
    assert isinstance(dialog, kind)
    assert number in dialog.windowTitle() and number in dialog.heading.text()
    field = getattr(dialog, first)
    assert _focused() is field, f"{key}: the first field does not have the keyboard"
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert _focused() is not field and dialog.isAncestorOf(_focused()), "Tab stayed put"
    if hasattr(field, "toPlainText"):
        assert "\t" not in field.toPlainText()
    qtbot.keyClick(_focused(), Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert len(store.incidents.timeline(incident)) == events, "Escape wrote something"

    dialog = _open_by_key(qtbot, view, key)
    field = getattr(dialog, first)
    assert _focused() is field
    if first == "text":
        field.insertPlainText("报警人已离开现场")  # as an input method commits it
    if first == "caught":
        qtbot.keyClicks(field, "2")
    qtbot.keyClick(field, Qt.Key.Key_Return, confirm)
    qtbot.waitUntil(lambda: _gone(dialog), timeout=3000)  # the confirming key confirmed
    assert len(store.incidents.timeline(incident)) > events


def test_a_call_taker_sees_cancel_greyed_out_and_the_store_refuses_it(
        qtbot: QtBot, store: Store, operator: Operator) -> None:
    incident = _log(store, operator)
    store.actor = operator  # logged in: the lanes act as the call-taker
    for ctx in _context(store, operator):  # the board at a call-taker's seat
        board = BoardView(ctx)
        qtbot.addWidget(board)
        board.show()
        qtbot.waitUntil(lambda board=board: board.model.row_of(incident) is not None)
        assert board.select_incident(incident)
        assert board.detail.handled_action.isEnabled()  # the work of every seat
        assert not board.detail.cancel_action.isEnabled()  # the dispatcher's or supervisor's
        with qtbot.waitSignal(ctx.ops.problem, timeout=5000) as said:
            ctx.ops.write(lambda s: s.incidents.finish(incident, Stage.CANCELLED, operator.id,
                                                       note="误报"))
        assert "may not" in str(said.args[0]) and "cancel incidents" in str(said.args[0])
        assert store.incidents.incident(incident).stage == Stage.INTAKE  # type: ignore[union-attr]
