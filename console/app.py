"""Start the console's GUI: language, database, login, main window.

`run_gui` is what `console110` runs without a subcommand. Each step that can
fail tells the operator why in their language and returns an exit code; no
traceback reaches the screen.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from console.fonts import install_application_font
from console.paths import resources_dir
from console.ui.collector import collect_on_gui_thread
from console.ui.shell.language import choose_language, install_translators
from console.ui.shell.login import LoginDialog
from console.ui.shell.main_window import MainWindow
from console.ui.shell.startup import EXIT_NO_DATABASE, install_error_reporter, open_store

ORGANISATION = "Console110"
APPLICATION = "console110"

log = logging.getLogger(__name__)


def application() -> QApplication:
    """The running QApplication (tests make their own), or a new one for the console."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "console110.svg")))
    collect_on_gui_thread(app)  # never on a database lane's thread (see the module)
    try:
        install_application_font(app)  # Chinese on a machine without a CJK font
    except OSError as exc:
        log.warning("%s: Chinese is left to the installed fonts", exc)
    return app


def run_gui(db_path: Path | str, lang: str | None) -> int:
    """Run the console until the operator quits; the process exit code."""
    app = application()
    lang = choose_language(lang)
    install_translators(app, lang)
    while True:
        store = open_store(db_path)
        if store is None:
            return EXIT_NO_DATABASE
        install_error_reporter()
        operator = LoginDialog.ask(store)
        if operator is None:
            store.close()
            return 0
        window = MainWindow(store, operator, lang)
        # The session ends when the main window closes, whatever else is open; a loop
        # of its own (not app.exec) leaves no pending quit behind for the next login.
        session = QEventLoop()
        window.closed.connect(session.quit)
        window.show()
        # Keys must reach the console at once after login, not the closed dialog.
        window.raise_()
        window.activateWindow()
        session.exec()
        switching = window.switch_requested
        # The window goes now, with its views and models (its store is closed already);
        # whatever else waits to be deleted goes in an event loop, as Qt means it to.
        window.deleteLater()
        QCoreApplication.sendPostedEvents(window, QEvent.Type.DeferredDelete)
        if not switching:
            return 0
