"""The console's first window fits the seat's screen: a 1366×768 seat included."""

from __future__ import annotations

from PySide6.QtCore import QSize
from pytestqt.qtbot import QtBot

from console.store import Store
from console.store.records import Operator
from console.ui.shell.main_window import DEFAULT_SIZE, MainWindow

SMALL_SEAT = QSize(1366, 768)
FRAME = QSize(16, 40)  # what a window manager adds around the window


def test_the_first_window_asks_for_no_more_than_the_screen(qtbot: QtBot, store: Store,
                                                           operator: Operator) -> None:
    window = MainWindow(store, operator, "zh_CN")
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    free = window.screen().availableGeometry().size()
    assert free.width() < DEFAULT_SIZE.width()  # this screen is smaller than the default
    wanted = DEFAULT_SIZE.boundedTo(free - FRAME).expandedTo(window.minimumSizeHint())
    assert window.size() == wanted
    # …and on a 1366×768 seat, everything the window needs fits inside its frame.
    hint = window.minimumSizeHint()
    assert hint.width() <= (SMALL_SEAT - FRAME).width()
    assert hint.height() <= (SMALL_SEAT - FRAME).height()
