"""Cyclic garbage is collected on the GUI thread, never on a database lane's thread."""

from __future__ import annotations

import gc
import threading

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from console.ui.collector import GuiThreadCollector, collect_on_gui_thread


class _Cycle:
    """Garbage only the cyclic collector frees; notes the thread it is freed on."""

    def __init__(self, freed_on: list[threading.Thread]):
        self.me = self
        self._freed_on = freed_on

    def __del__(self) -> None:
        self._freed_on.append(threading.current_thread())


def test_garbage_made_busy_on_a_worker_is_collected_on_the_gui_thread(
        qapp: QApplication, qtbot: QtBot) -> None:
    collect_on_gui_thread(qapp)
    assert not gc.isenabled()
    freed_on: list[threading.Thread] = []
    _Cycle(freed_on)  # unreachable at once, kept by its cycle
    kept: list[list[int]] = []
    # Automatic collection would run inside this thread's allocations and free the cycle there.
    worker = threading.Thread(target=lambda: kept.extend([i] for i in range(20_000)))
    worker.start()
    worker.join()
    assert freed_on == []
    qtbot.waitUntil(lambda: bool(freed_on))
    assert freed_on == [threading.main_thread()]


def test_the_application_has_one_collector(qapp: QApplication) -> None:
    first = collect_on_gui_thread(qapp)
    assert collect_on_gui_thread(qapp) is first
    assert qapp.findChildren(GuiThreadCollector) == [first]
