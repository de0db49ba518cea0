"""The active-incident board: live rows, deadline marks, filters, detail and keyboard dispatch."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTranslator
from PySide6.QtGui import QBrush
from pytestqt.qtbot import QtBot

from console.domain.calls import CallDraft
from console.domain.clock import FixedClock
from console.domain.lifecycle import Stage
from console.paths import resources_dir
from console.store import Store
from console.store.records import Operator
from console.ui.board import BoardModel, BoardView
from console.ui.board.dialogs import DispatchDialog, TextActionDialog
from console.ui.board.model import (
    COL_ADDRESS,
    COL_CATEGORY,
    COL_DEADLINE,
    COL_NUMBER,
    COL_PRIORITY,
    COL_STAGE,
    COL_TIME,
    COL_UNITS,
    ID_ROLE,
    OVERDUE_BACKGROUND,
    OVERDUE_ROLE,
)
from console.ui.board.proxy import BoardFilter
from console.ui.board.units_model import UnitsModel
from console.ui.changes import ChangeWatcher
from console.ui.context import ViewContext


def _log(store: Store, operator: Operator, **fields: object) -> int:
    draft = CallDraft(caller_number="13800001111", caller_name="王芳",
                      address="田家庵区舜耕路12号", jurisdiction_code="340403",
                      category_code="theft", priority=2, summary="电动车在楼下被盗",
                      disposition="incident")
    for key, value in fields.items():
        setattr(draft, key, value)
    saved = store.log_call(draft, operator.id)
    assert saved.incident_id is not None
    return saved.incident_id


def _context(store: Store, operator: Operator) -> Iterator[ViewContext]:
    watcher = ChangeWatcher(store, interval_ms=100)
    yield ViewContext(store, operator, "en", watcher)
    watcher.stop()


@pytest.fixture
def ctx(store: Store, operator: Operator) -> Iterator[ViewContext]:
    yield from _context(store, operator)


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


def test_models_pass_the_model_tester(qtmodeltester, store: Store, operator: Operator,
                                      ctx: ViewContext) -> None:
    first = _log(store, operator)
    _log(store, operator, priority=1, dv_flag=True)
    store.dispatch(first, ["DS01"], operator.id)
    model = BoardModel(ctx, live=False)
    qtmodeltester.check(model)
    proxy = BoardFilter(ctx.reference)
    proxy.setSourceModel(model)
    proxy.sort(COL_PRIORITY)
    qtmodeltester.check(proxy)
    places = {j.code: j.name("en") for j in ctx.reference.jurisdictions}
    units = UnitsModel(list(ctx.reference.units), store.unit_statuses(), {"DS01"}, places,
                       "en")
    qtmodeltester.check(units)


def test_board_lists_open_incidents_in_words(store: Store, operator: Operator,
                                             ctx: ViewContext, clock: FixedClock) -> None:
    waiting = _log(store, operator)
    sent = _log(store, operator, dv_flag=True, category_code="domestic_violence")
    store.dispatch(sent, ["DS01", "SP01"], operator.id)
    closed = _log(store, operator)
    store.advance(closed, "handled", operator.id, result="电话指导")
    store.finish(closed, "closed", operator.id, closure="assistance")
    clock.advance(minutes=2, seconds=5)

    model = BoardModel(ctx, live=False)
    assert model.rowCount() == 2 and model.row_of(closed) is None
    assert _cell(model, waiting, COL_CATEGORY) == "Theft"
    assert _cell(model, waiting, COL_STAGE) == "Intake"
    assert _cell(model, waiting, COL_TIME) == "02:05"
    assert _cell(model, sent, COL_STAGE) == "Dispatched"
    assert _cell(model, sent, COL_UNITS) == "DS01, SP01"
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
        other.dispatch(incident, ["DS05"], operator.id)
        qtbot.waitUntil(lambda: _cell(model, incident, COL_STAGE) == "Dispatched",
                        timeout=3000)
        assert _cell(model, incident, COL_UNITS) == "DS05"
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
    store.dispatch(urgent, ["DS01"], operator.id)
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

    store.advance(done, "handled", operator.id, result="已调解")
    store.finish(done, "closed", operator.id, closure="mediated")
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
    store.dispatch(pressing, ["DS07"], operator.id)
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
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.filter_text.hasFocus()
    qtbot.keyClicks(view.filter_text, "dxn")  # letters that are also board shortcuts
    assert view.filter_text.text() == "dxn"
    assert view.detail.dialog is None


def test_detail_shows_header_and_the_whole_timeline(
        view: BoardView, store: Store, operator: Operator, supervisor: Operator,
        clock: FixedClock) -> None:
    incident = _log(store, operator)
    (assignment,) = store.dispatch(incident, ["DS01"], operator.id)
    clock.advance(minutes=2)
    store.unit_progress(assignment, "on_scene", operator.id)
    store.add_note(incident, "嫌疑人已离开现场", supervisor.id)
    view.model.apply_changes([incident])
    assert view.select_incident(incident)

    detail = view.detail
    number = store.incident(incident).number  # type: ignore[union-attr]
    assert detail.number.text() == number
    assert detail.fields["caller"].text() == "13800001111 王芳"
    assert detail.fields["summary"].text() == "电动车在楼下被盗"
    assert detail.fields["address"].text() == "田家庵区舜耕路12号"
    lines = [(detail.timeline.topLevelItem(i).text(0), detail.timeline.topLevelItem(i).text(1),
              detail.timeline.topLevelItem(i).text(2))
             for i in range(detail.timeline.topLevelItemCount())]
    assert lines[0] == ("2026-11-29 10:00:00", "张明", "Stage: Intake · routed to dispatch")
    assert lines[1][2] == "Unit assigned: DS01 Tianjia'an Longhu Street Duty Station"
    assert lines[2][2] == "Stage: Dispatched"
    assert lines[3] == ("2026-11-29 10:02:00", "张明",
                        "DS01 Tianjia'an Longhu Street Duty Station: On scene")
    assert lines[4][2] == "Stage: On scene"
    assert lines[5] == ("2026-11-29 10:02:00", "李强", "Note: 嫌疑人已离开现场")
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
    view.table.setFocus()

    qtbot.keyClick(view.table, Qt.Key.Key_D)
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

    assert not dialog.isVisible()
    assert [a.unit_code for a in store.assignments(incident)] == [first.code, second.code]
    assert _cell(view.model, incident, COL_STAGE) == "Dispatched"
    assert _cell(view.model, incident, COL_UNITS) == f"{first.code}, {second.code}"
    assert view.detail.assignments.topLevelItemCount() == 2
    assert store.unit_statuses()[first.code] == "dispatched"


def test_units_on_the_incident_cannot_be_sent_twice(qtbot: QtBot, view: BoardView,
                                                    store: Store, operator: Operator) -> None:
    incident = _log(store, operator)
    store.dispatch(incident, ["DS01"], operator.id)
    view.model.apply_changes([incident])
    assert view.select_incident(incident)
    view.detail.open_dispatch()
    dialog = view.detail.dialog
    assert isinstance(dialog, DispatchDialog)
    row = next(r for r in range(dialog.model.rowCount())
               if dialog.model.unit_at(r).code == "DS01")
    assert not dialog.model.flags(dialog.model.index(row, 0)) & Qt.ItemFlag.ItemIsSelectable
    assert dialog.model.data(dialog.model.index(row, 4)) == "On this incident"
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

    store.dispatch(incident, ["DS02"], operator.id)
    view._ctx.changes.poke()
    assert not detail.handled_action.isEnabled()
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_E)
    assert _cell(view.model, incident, COL_STAGE) == "En route"
    assert not detail.en_route_action.isEnabled()
    qtbot.keyClick(view.table, Qt.Key.Key_A)
    assert _cell(view.model, incident, COL_STAGE) == "On scene"
    assert store.unit_statuses()["DS02"] == "on_scene"
    assert detail.handled_action.isEnabled() and not detail.cancel_action.isEnabled()
    qtbot.keyClick(view.table, Qt.Key.Key_C)
    assert store.unit_statuses()["DS02"] == "available"
    assert not detail.clear_action.isEnabled()


def test_handled_then_closed_through_the_dialogs(qtbot: QtBot, view: BoardView,
                                                 store: Store, operator: Operator) -> None:
    incident = _log(store, operator)
    view.model.apply_changes([incident])
    assert view.select_incident(incident)
    view.table.setFocus()

    qtbot.keyClick(view.table, Qt.Key.Key_H)
    dialog = view.detail.dialog
    assert isinstance(dialog, TextActionDialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.text.hasFocus()
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and dialog.error.isVisible()  # a result is required
    dialog.text.insertPlainText("电话指导后报警人找回车辆")  # as an input method commits it
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    assert _cell(view.model, incident, COL_STAGE) == "Handled"

    view.activateWindow()  # the offscreen platform does not hand it back by itself
    qtbot.waitUntil(view.isActiveWindow)
    qtbot.keyClick(view.table, Qt.Key.Key_K)
    dialog = view.detail.dialog
    assert isinstance(dialog, TextActionDialog) and dialog.choice is not None
    dialog.choice.setCurrentIndex(dialog.choice.findData("assistance"))
    dialog.accept()
    assert view.model.row_of(incident) is None
    row = store.incident(incident)
    assert row is not None and row.stage == "closed"
    last = store.timeline(incident)[-1]
    assert last.detail["closure"] == "assistance" and last.operator == "张明"
    texts = [view.detail.timeline.topLevelItem(i).text(2)
             for i in range(view.detail.timeline.topLevelItemCount())]
    assert texts[-1] == "Stage: Closed · closure: Assistance given"


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
        other.dispatch(incident, ["DS03"], operator.id)
    finally:
        other.close()
    dialog.accept()
    assert dialog.isVisible()
    assert "cannot move" in dialog.error.text() and "Handled" in dialog.error.text()
    assert dialog.text.toPlainText() == "已电话劝离"
    assert store.incident(incident).stage == Stage.DISPATCHED  # type: ignore[union-attr]
    dialog.reject()


def test_notes_with_n_and_ctrl_enter(qtbot: QtBot, view: BoardView, store: Store,
                                     operator: Operator) -> None:
    incident = _log(store, operator)
    view.model.apply_changes([incident])
    assert view.select_incident(incident)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_N)
    note = view.detail.note
    assert note.hasFocus()
    note.insertPlainText("报警人称嫌疑人穿黑衣")
    qtbot.keyClick(note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert note.toPlainText() == ""
    assert [e.detail["text"] for e in store.timeline(incident) if e.kind == "note"] == [
        "报警人称嫌疑人穿黑衣"]
    last = view.detail.timeline.topLevelItem(view.detail.timeline.topLevelItemCount() - 1)
    assert last.text(2) == "Note: 报警人称嫌疑人穿黑衣"

    note.setPlainText("含控制字符\x07")
    qtbot.keyClick(note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
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
    store.dispatch(incident, ["DS01"], operator.id)
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
        assert board.detail.dispatch_action.text() == "派警"
        assert model.index(0, 0).parent() == QModelIndex()


def test_results_of_a_fraud_case_by_keyboard(qtbot: QtBot, view: BoardView, store: Store,
                                             operator: Operator) -> None:
    from console.domain.fraud import FraudReport, Transfer
    from console.ui.board.outcome import OutcomeDialog

    incident = _log(store, operator, category_code="telecom_fraud",
                    fraud=FraudReport("6222000011112222", "某银行", [Transfer(20_000_00)]))
    view.model.apply_changes([incident])
    assert view.select_incident(incident)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_O)
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
    assert not dialog.isVisible()
    outcome = store.outcome(incident)
    assert outcome is not None and outcome.people_caught == 2
    _, report = store.fraud_report_of_incident(incident)
    assert (report.accounts_frozen, report.money_recovered_fen) == (1, 12_000_50)
