"""The console's first window fits the seat's screen, whatever its size."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from console.store import Store
from console.store.records import Operator
from console.ui.shell.main_window import DEFAULT_SIZE, MainWindow


def test_the_first_window_fits_the_screen(qtbot: QtBot, store: Store,
                                          operator: Operator) -> None:
    window = MainWindow(store, operator, "zh_CN")
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    free = window.screen().availableGeometry()
    assert free.width() < DEFAULT_SIZE.width()  # this screen is smaller than the default
    assert window.width() <= free.width() and window.height() <= free.height()
