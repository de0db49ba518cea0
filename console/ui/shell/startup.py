"""Opening the database at start-up, with a clear word when it cannot be opened.

Every refusal says what happened and what to do, in the operator's language,
and the console exits with a non-zero code; nothing is changed in the file.

The first time the console opens a file it also has SQLite check every page of it
(`PRAGMA quick_check`) on a connection of its own. About a second on a one-year
database whose pages are in memory, but a quarter of a minute and more from a cold
disk, and ten times that for ten years: so the start waits for the answer only a
moment (`START_CHECK_WAIT_S`). Damage found by then stops the start; damage found
later is shown as soon as it is found.
"""

from __future__ import annotations

import atexit
import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox

from console.domain.clock import Clock
from console.store import CorruptDatabaseError, Store, StoreError
from console.store.connection import FileCheck, store_error_of
from console.store.locations import is_server_url
from console.ui.shell.messages import MessageBox

EXIT_NO_DATABASE = 2
START_CHECK_WAIT_S = 2.0
CRITICAL = QMessageBox.Icon.Critical
translate = QCoreApplication.translate
log = logging.getLogger(__name__)


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


def problem_title() -> str:
    return translate("Startup", "110 Console: problem with the database")


class _CheckReporter(QObject):
    """Carries damage found by a check running on after the start to the GUI thread."""

    found = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.found.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def _show(self, problem: StoreError) -> None:
        MessageBox.show(CRITICAL, problem_title(), store_error_text(problem))


class StartCheck:
    """`PRAGMA quick_check` of a file in a thread of its own; the opener waits a moment
    for the answer, after which damage is shown when found."""

    def __init__(self, path: Path, reporter: _CheckReporter):
        self.path = path
        self.check = FileCheck(path)
        self._reporter = reporter
        self._lock = threading.Lock()
        self._done = threading.Event()
        self._opener_waits = True
        self.problem: StoreError | None = None
        self.thread = threading.Thread(target=self._run, name="database-check", daemon=True)

    def start(self) -> StartCheck:
        self.thread.start()
        return self

    def _run(self) -> None:
        problem = self.check.run()
        if problem is not None and not isinstance(problem, CorruptDatabaseError):
            log.warning("the check of %s could not finish: %s", self.path, problem)
            problem = None  # not damage: the seat's own reads and writes say what it is
        with self._lock:
            self.problem = problem
            self._done.set()
            tell_later = not self._opener_waits
        if tell_later and problem is not None:
            self._reporter.found.emit(problem)

    def wait(self, timeout: float) -> StoreError | None:
        """Damage found within `timeout` seconds; after that, it is shown when found."""
        self._done.wait(timeout)
        with self._lock:
            self._opener_waits = False
            return self.problem if self._done.is_set() else None

    def cancel(self) -> None:
        self.check.cancel()


_checks: dict[Path, StartCheck] = {}
_check_reporter: _CheckReporter | None = None
_opened: Path | None = None  # the file the console works on: SQLite errors are about it


def _cancel_checks() -> None:
    for check in _checks.values():
        check.cancel()


atexit.register(_cancel_checks)


def start_check(path: Path) -> StartCheck | None:
    """The check of `path`, started at its first opening in this process (None after)."""
    global _check_reporter
    if path in _checks:
        return None
    if _check_reporter is None:
        _check_reporter = _CheckReporter()
    _checks[path] = StartCheck(path, _check_reporter).start()
    return _checks[path]


def _open_server(url: str, title: str, clock: Clock | None) -> Store | None:
    """A PostgreSQL database: no file to check here (the server keeps its own)."""
    try:
        return Store.open(url, clock=clock)
    except StoreError as exc:
        MessageBox.show(CRITICAL, title, store_error_text(exc))
    except Exception as exc:  # the server refused: address, password, rights
        text = translate("Startup", "The database server could not be reached or refused the"
                         " console: {detail}\nCheck the address in --db and that the server"
                         " runs; ask the administrator.")
        MessageBox.show(CRITICAL, title, text.format(detail=str(exc).strip()))
    return None


def open_store(path: Path | str, *, clock: Clock | None = None) -> Store | None:
    """The opened store, or None after telling the operator why not."""
    global _opened
    title = translate("Startup", "110 Console: cannot open the database")
    if is_server_url(path):
        return _open_server(str(path), title, clock)
    path = Path(path).absolute()  # the operator may have started the console anywhere
    if not path.exists():
        MessageBox.show(CRITICAL, title, missing_database_text(path))
        return None
    try:
        store = Store.open(path, clock=clock, create=False)
    except OSError as exc:
        text = translate("Startup", "{path} could not be opened: {detail}")
        MessageBox.show(CRITICAL, title, text.format(path=path, detail=exc.strerror or exc))
        return None
    except Exception as exc:  # a StoreError, or SQLite trouble met on the first reads
        known = store_error_of(exc, path)
        if known is None:
            raise
        MessageBox.show(CRITICAL, title, store_error_text(known))
        return None
    _opened = path
    check = start_check(path)
    damage = check.wait(START_CHECK_WAIT_S) if check is not None else None
    if damage is not None:
        store.close()
        MessageBox.show(CRITICAL, title, store_error_text(damage))
        return None
    return store


class _Reporter(QObject):
    """Carries an unexpected error to the GUI thread: a message box may only live there."""

    raised = Signal(str)
    known = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.raised.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self.known.connect(self._show_known, Qt.ConnectionType.QueuedConnection)

    def _show_known(self, problem: StoreError) -> None:
        MessageBox.show(CRITICAL, problem_title(), store_error_text(problem))

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
    GUI thread whichever thread raised, keep running. Trouble with the database file that
    reached no one's handler (a damaged page, a full disk) is told as what it is."""
    global _reporter
    traceback.print_exception(kind, exc, tb, file=sys.stderr)
    app = QCoreApplication.instance()
    if app is None:
        return
    if _reporter is None:
        _reporter = _Reporter()
        _reporter.moveToThread(app.thread())
    known = store_error_of(exc, _opened) if _opened is not None else None
    if known is None and isinstance(exc, StoreError):
        known = exc
    if known is not None:
        _reporter.known.emit(known)
        return
    _reporter.raised.emit(f"{kind.__name__}: {exc}")
