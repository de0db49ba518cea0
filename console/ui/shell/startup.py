"""Opening the database at start-up, with a clear word when it cannot be opened.

Every refusal says what happened and what to do, in the operator's language,
and the console exits with a non-zero code; nothing is changed in the file.
"""

from __future__ import annotations

import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox

from console.domain.clock import Clock
from console.store import Store, StoreError
from console.ui.shell.messages import MessageBox

EXIT_NO_DATABASE = 2
CRITICAL = QMessageBox.Icon.Critical
translate = QCoreApplication.translate


def missing_database_text(path: Path) -> str:
    return translate(
        "Startup", "The database file {path} does not exist.\n\n"
        "To try the console with fictional demo data, create one with:\n"
        "    console110 demo --db {path} --days 30\n\n"
        "To start an empty database for real work:\n"
        "    console110 init --db {path}\n"
        "    console110 add-operator --db {path} USERNAME --role supervisor\n\n"
        "Then start the console again."
    ).format(path=path)


def store_error_text(exc: StoreError) -> str:
    """What went wrong with the file and what the operator can do about it."""
    texts = {
        "not_a_database": translate(
            "Startup", "{path} is not a 110 Console database (it is not an SQLite file).\n\n"
            "Check the path given with --db. Nothing was changed."),
        "newer_version": translate(
            "Startup", "{path} was made by a newer version of 110 Console ({detail}).\n\n"
            "Install the newer console to open it. Nothing was changed."),
        "read_only": translate(
            "Startup", "{path} cannot be written (the file or its folder is read-only).\n\n"
            "Copy it to a writable folder or ask the administrator to fix its "
            "permissions. Nothing was changed."),
        "busy": translate(
            "Startup", "{path} is locked by another program.\n\n"
            "Wait a moment and start the console again."),
        "disk_full": translate(
            "Startup", "The disk holding {path} is full.\n\n"
            "Free some space (or ask the administrator to) and start the console again. "
            "Nothing was changed."),
        "corrupt": translate(
            "Startup", "{path} is damaged ({detail}).\n\n"
            "Do not write to it: ask the administrator to restore the latest backup."),
        "unavailable": translate(
            "Startup", "{path} cannot be read just now ({detail}).\n\n"
            "Check the disk or network share and start the console again."),
    }
    fallback = translate("Startup", "{path} could not be opened: {detail}")
    return texts.get(exc.code, fallback).format(path=exc.path, detail=exc.detail)


def open_store(path: Path, *, clock: Clock | None = None) -> Store | None:
    """The opened store, or None after telling the operator why not."""
    path = path.absolute()  # the operator may have started the console anywhere
    title = translate("Startup", "110 Console: cannot open the database")
    if not path.exists():
        MessageBox.show(CRITICAL, title, missing_database_text(path))
        return None
    try:
        return Store.open(path, clock=clock, create=False)
    except StoreError as exc:
        MessageBox.show(CRITICAL, title, store_error_text(exc))
    except OSError as exc:
        text = translate("Startup", "{path} could not be opened: {detail}")
        MessageBox.show(CRITICAL, title, text.format(path=path, detail=exc.strerror or exc))
    return None


class _Reporter(QObject):
    """Carries an unexpected error to the GUI thread: a message box may only live there."""

    raised = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.raised.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def _show(self, error: str) -> None:
        MessageBox.show(
            QMessageBox.Icon.Warning,
            translate("Startup", "110 Console: unexpected error"),
            translate(
                "Startup", "Something went wrong: {error}\n\nWhat was saved is safe. If it "
                "happens again, tell the administrator (the details are in the console's error "
                "output)."
            ).format(error=error),
        )


_reporter: _Reporter | None = None


def install_error_reporter() -> None:
    """Call on the GUI thread: unexpected errors from now on reach the operator."""
    global _reporter
    if _reporter is None:
        _reporter = _Reporter()
    sys.excepthook = report_unexpected


def report_unexpected(kind: type[BaseException], exc: BaseException,
                      tb: TracebackType | None) -> None:
    """A bug in a slot or a worker (sys.excepthook): log it in full, tell the operator on the
    GUI thread whichever thread raised, keep running."""
    global _reporter
    traceback.print_exception(kind, exc, tb, file=sys.stderr)
    app = QCoreApplication.instance()
    if app is None:
        return
    if _reporter is None:
        _reporter = _Reporter()
        _reporter.moveToThread(app.thread())
    _reporter.raised.emit(f"{kind.__name__}: {exc}")
