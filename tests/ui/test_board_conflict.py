"""Results typed at one seat while another seat saved theirs: refused, shown, decided."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from engines import another
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from console.domain.calls import CallDraft
from console.domain.outcomes import Outcome
from console.store import Store
from console.store.records import Operator
from console.ui.board import BoardView
from console.ui.board.outcome import OutcomeDialog
from console.ui.changes import ChangeWatcher
from console.ui.context import ViewContext

BOTH_ENGINES = True  # the board on SQLite and on PostgreSQL


@pytest.fixture
def ctx(store: Store) -> Iterator[ViewContext]:
    dispatcher = store.accounts.add_operator("dd01", "陈刚", "dispatcher", "secret-110")
    store.accounts.add_operator("dd02", "李娜", "dispatcher", "secret-110")
    store.actor = dispatcher
    watcher = ChangeWatcher(store, interval_ms=100)
    context = ViewContext(store, dispatcher, "en", watcher)
    yield context
    context.ops.shutdown()
    watcher.stop()


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def test_results_saved_meanwhile_at_another_seat_are_not_overwritten(
        qtbot: QtBot, store: Store, ctx: ViewContext) -> None:
    operator: Operator = ctx.operator
    saved = store.calls.log_call(CallDraft(
        caller_number="13800001111", caller_name="王芳", address="田家庵区舜耕路12号",
        jurisdiction_code="340403", category_code="fight", priority=1, summary="有人打架",
        disposition="incident"), operator.id)
    incident = saved.incident_id
    assert incident is not None
    board = BoardView(ctx)
    qtbot.addWidget(board)
    board.show()
    qtbot.waitExposed(board)
    board.activateWindow()
    qtbot.waitUntil(board.isActiveWindow)
    board.model.apply_changes([incident])
    assert board.select_incident(incident)
    qtbot.keyClick(_focused(), Qt.Key.Key_O)
    dialog = board.detail.dialog
    assert isinstance(dialog, OutcomeDialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClicks(_focused(), "2")  # this seat's figure, typed …
    with another(store) as other:  # … while the other seat saves theirs
        other.actor = other.accounts.login("dd02", "secret-110").operator
        assert other.actor is not None
        other.incidents.record_outcome(incident, Outcome(people_caught=5), other.actor.id)
    qtbot.keyClick(_focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(dialog.error.isVisible)
    assert "李娜" in dialog.error.text() and "Nothing was saved" in dialog.error.text()
    assert dialog.caught.value() == 5  # the recorded figure, to decide on
    assert store.incidents.outcome(incident) == Outcome(people_caught=5)
    qtbot.keyClicks(_focused(), "7")  # the seat decides: 7, over what it has now seen
    qtbot.keyClick(_focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible())
    assert store.incidents.outcome(incident) == Outcome(people_caught=7)
