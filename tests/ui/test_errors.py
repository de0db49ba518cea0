"""An unexpected error in a worker thread reaches the operator on the GUI thread."""

import sys
import threading

from PySide6.QtCore import QThread

from console.ui.shell import startup
from console.ui.shell.messages import MessageBox


def test_an_error_raised_off_the_gui_thread_is_shown_on_it(qtbot, monkeypatch):
    shown: list[tuple[str, bool]] = []

    def record(icon, title, text):  # type: ignore[no-untyped-def]
        shown.append((text, QThread.currentThread() is qtbot_app_thread()))

    def qtbot_app_thread():  # type: ignore[no-untyped-def]
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.instance().thread()

    monkeypatch.setattr(MessageBox, "show", staticmethod(record))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(sys, "stderr", sys.stderr)
    startup.install_error_reporter()

    def fail() -> None:
        try:
            raise RuntimeError("disk vanished")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())

    worker = threading.Thread(target=fail)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(shown))
    text, on_gui_thread = shown[0]
    assert "RuntimeError: disk vanished" in text and on_gui_thread
