"""What every screenshot script does first, and how it waits for the console.

The console's own application (its bundled CJK font), named apart from a real seat's so no
setting of a seat is read or written, in Chinese; settings in the script's throw-away folder;
and a wait for the operation layer's answers before a picture is taken.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from console.app import application
from console.ui.shell.language import install_translators


def shot_application() -> tuple[QApplication, list[QTranslator]]:
    """The application as the console starts it, in Chinese; keep the translators."""
    app = application()
    QCoreApplication.setOrganizationName("Console110Shots")
    QCoreApplication.setApplicationName("console110-shots")
    return app, install_translators(app, "zh_CN")


def own_settings(folder: Path | str) -> None:
    """Settings (QSettings, both formats) kept in `folder`."""
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))


def settle(app: QApplication, ready: Callable[[], bool], seconds: float = 20,
           rounds: int = 20) -> None:
    """Run the event loop until `ready()` (or `seconds` have passed), then `rounds` more."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and not ready():
        app.processEvents()
        time.sleep(0.02)
    for _ in range(rounds):
        app.processEvents()
