"""The board re-categorises an incident as domestic violence (V, confirmed) for the seats that
may work on incidents: the anti-DV desk's queue has it at once, and the board hides its
details from then on from every role that may not read them. A close refused because an
enterprise incident's callback is missing says what to do, in both languages."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer, QTranslator
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from console.domain.calls import CallDraft
from console.domain.lifecycle import Stage
from console.paths import resources_dir
from console.store import Store
from console.store.records import Operator
from console.ui.board import BoardView
from console.ui.board.dialogs import ConfirmDialog, TextActionDialog
from console.ui.board.model import COL_FLAGS
from console.ui.changes import ChangeWatcher
from console.ui.context import ViewContext

CALLER, SUMMARY = "13800001111", "电动车在楼下被盗"


def _log(store: Store, operator: Operator, **fields: object) -> int:
    draft = CallDraft(caller_number=CALLER, caller_name="王芳", address="田家庵区舜耕路12号",
                      jurisdiction_code="340403", category_code="dispute_family", priority=2,
                      summary=SUMMARY, disposition="incident")
    for key, value in fields.items():
        setattr(draft, key, value)
    saved = store.calls.log_call(draft, operator.id)
    assert saved.incident_id is not None
    return saved.incident_id


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def _gone(dialog: QWidget) -> bool:
    return not isValid(dialog) or not dialog.isVisible()


def _board(qtbot: QtBot, store: Store, operator: Operator,
           lang: str = "en") -> Iterator[BoardView]:
    """The board at the seat of `operator`, logged in (the lanes act as them)."""
    store.actor = operator
    watcher = ChangeWatcher(store, interval_ms=100)
    ctx = ViewContext(store, operator, lang, watcher)
    board = BoardView(ctx)
    qtbot.addWidget(board)
    board.resize(1400, 850)
    board.show()
    qtbot.waitExposed(board)
    try:
        yield board
    finally:
        ctx.ops.shutdown()
        watcher.stop()


def _open_by_key(qtbot: QtBot, board: BoardView, key: Qt.Key) -> QWidget:
    board.activateWindow()  # the offscreen platform does not hand it back by itself
    qtbot.waitUntil(board.isActiveWindow)
    qtbot.keyClick(_focused(), key)
    dialog = board.detail.dialog
    assert dialog is not None and dialog.isVisible(), f"{key} opened nothing"
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _dv_items(store: Store, incident: int) -> list[object]:
    return [i for i in store.queues.queue_items()
            if i.kind == "dv_take" and i.in_queue("dv") and i.ref_id == incident]


@pytest.mark.parametrize(("role", "hidden"), [
    ("call_taker", True), ("dispatcher", True), ("supervisor", False)])
def test_v_re_categorises_an_incident_as_dv_once_confirmed(
        qtbot: QtBot, store: Store, role: str, hidden: bool) -> None:
    seat = store.accounts.add_operator("seat01", "周敏", role, "secret-110")
    incident = _log(store, seat)
    number = store.incidents.incident(incident).number  # type: ignore[union-attr]
    for board in _board(qtbot, store, seat):
        qtbot.waitUntil(lambda board=board: board.model.row_of(incident) is not None)
        assert board.select_incident(incident)
        detail = board.detail
        assert detail.fields["summary"].text() == SUMMARY and not detail.flags.isVisible()
        assert detail.dv_action.isEnabled()

        dialog = _open_by_key(qtbot, board, Qt.Key.Key_V)  # asked first …
        assert isinstance(dialog, ConfirmDialog)
        assert number in dialog.windowTitle() and number in dialog.heading.text()
        assert "anti-DV desk" in dialog.question.text()
        assert ("no longer see them here" in dialog.question.text()) is hidden
        qtbot.keyClick(_focused(), Qt.Key.Key_Escape)  # … and Esc leaves it as it was
        assert _gone(dialog)
        assert not store.incidents.incident(incident).is_dv  # type: ignore[union-attr]
        assert _dv_items(store, incident) == []

        dialog = _open_by_key(qtbot, board, Qt.Key.Key_V)
        qtbot.keyClick(_focused(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda dialog=dialog: _gone(dialog))
        assert len(_dv_items(store, incident)) == 1  # the desk's queue has it to take
        qtbot.waitUntil(lambda detail=detail: detail.flags.text() == "DV")
        qtbot.waitUntil(lambda board=board: board.model.data(board.model.index(
            board.model.row_of(incident) or 0, COL_FLAGS)) == "DV")
        kept = "(kept by the anti-DV desk)"
        assert (detail.fields["summary"].text() == kept) is hidden
        assert (CALLER not in detail.fields["caller"].text()) is hidden
        assert not detail.dv_action.isEnabled()  # once is enough
        assert not detail.message.isVisible()


def test_dv_stays_greyed_out_for_a_closed_or_already_dv_incident(
        qtbot: QtBot, store: Store, operator: Operator) -> None:
    dv = _log(store, operator, dv_flag=True)
    closed = _log(store, operator, category_code="theft")
    store.incidents.finish(closed, Stage.CANCELLED, None, note="误报")
    for board in _board(qtbot, store, operator):
        qtbot.waitUntil(lambda board=board: board.model.row_of(dv) is not None)
        assert board.select_incident(dv)
        assert not board.detail.dv_action.isEnabled()
        board.detail.show_incident(closed)  # as the panel keeps a just-closed incident
        assert not board.detail.dv_action.isEnabled()
        board.activateWindow()
        qtbot.waitUntil(board.isActiveWindow)
        qtbot.keyClick(_focused(), Qt.Key.Key_V)
        assert board.detail.dialog is None


@pytest.fixture
def chinese() -> Iterator[None]:
    translator = QTranslator()
    path = resources_dir() / "translations" / "board_zh_CN.qm"
    assert translator.load(str(path)), path
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_closing_an_enterprise_incident_before_its_callback_says_what_to_do(
        request: pytest.FixtureRequest, qtbot: QtBot, store: Store, operator: Operator,
        lang: str) -> None:
    if lang == "zh_CN":
        request.getfixturevalue("chinese")
    firm = _log(store, operator, category_code="enterprise_security", enterprise_flag=True)
    store.incidents.advance(firm, Stage.HANDLED, operator.id, result="现场劝解，双方离开")
    for board in _board(qtbot, store, operator, lang):
        qtbot.waitUntil(lambda board=board: board.model.row_of(firm) is not None)
        assert board.select_incident(firm)
        dialog = _open_by_key(qtbot, board, Qt.Key.Key_K)
        assert isinstance(dialog, TextActionDialog)
        qtbot.keyClick(_focused(), Qt.Key.Key_Tab)  # from the closure to the remarks
        assert _focused() is dialog.text
        dialog.text.insertPlainText("已回访")  # as an input method commits it
        qtbot.keyClick(_focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(dialog.error.isVisible)
        said = dialog.error.text()
        if lang == "en":
            assert "Call the enterprise back first" in said and "enterprise desk" in said
        else:
            assert "先回访企业" in said and "护企专席" in said
        assert "callback:" not in said and "required_before_close" not in said
        assert dialog.isVisible() and dialog.text.toPlainText() == "已回访"  # kept
        assert store.incidents.incident(firm).stage == Stage.HANDLED  # type: ignore[union-attr]
        dialog.reject()


def test_a_close_refused_after_the_operator_moved_on_names_the_incident(
        qtbot: QtBot, store: Store, operator: Operator) -> None:
    firm = _log(store, operator, category_code="enterprise_security", enterprise_flag=True)
    store.incidents.advance(firm, Stage.HANDLED, operator.id, result="现场劝解，双方离开")
    number = store.incidents.incident(firm).number  # type: ignore[union-attr]
    theft = _log(store, operator, category_code="theft")
    gate = threading.Event()
    for board in _board(qtbot, store, operator):
        qtbot.waitUntil(lambda board=board: board.model.row_of(theft) is not None)
        assert board.select_incident(firm)
        dialog = _open_by_key(qtbot, board, Qt.Key.Key_K)
        assert isinstance(dialog, TextActionDialog)
        board.detail._ctx.ops.write(lambda _store: gate.wait(5))  # the lane is still busy
        qtbot.keyClick(_focused(), Qt.Key.Key_Return)  # Enter on the closure confirms
        assert dialog.isVisible() and not dialog.ok_button.isEnabled()  # saving
        qtbot.keyClick(_focused(), Qt.Key.Key_Escape)  # the operator walks away meanwhile
        qtbot.waitUntil(lambda dialog=dialog: _gone(dialog))
        assert board.select_incident(theft)  # and on to another incident
        with qtbot.waitSignal(board.detail._ctx.ops.problem, timeout=5000) as said:
            gate.set()
        text = str(said.args[0])
        assert text.startswith(number) and "Call the enterprise back first" in text
        assert not board.detail.message.isVisible()  # not said about the incident shown
        assert store.incidents.incident(firm).stage == Stage.HANDLED  # type: ignore[union-attr]


def test_the_rows_context_menu_offers_the_incidents_actions(
        qtbot: QtBot, store: Store, operator: Operator) -> None:
    incident = _log(store, operator)
    offered: list[str] = []

    def look() -> None:  # runs inside the menu's own event loop, then closes it
        menu = QApplication.activePopupWidget()
        assert menu is not None, "no menu opened"
        offered.extend(a.text() for a in menu.actions() if a.isEnabled())
        menu.close()

    for board in _board(qtbot, store, operator):
        qtbot.waitUntil(lambda board=board: board.model.row_of(incident) is not None)
        assert board.select_incident(incident)
        board.activateWindow()
        qtbot.waitUntil(board.isActiveWindow)
        QTimer.singleShot(0, look)
        # What the menu key delivers to the widget with the keyboard (QTest has no way to
        # press it through the platform).
        table = _focused()
        assert table is board.table
        at = table.rect().center()
        QApplication.sendEvent(table, QContextMenuEvent(
            QContextMenuEvent.Reason.Keyboard, at, table.mapToGlobal(at)))
        assert "Domestic violence…" in offered and "Dispatch…" in offered
        assert "Close…" not in offered  # greyed out: not yet handled
