"""The operation layer: the one way the UI reaches the database for writes and slow reads.

A view hands an operation a function of a `Store` and what to do with its result.
The function runs on a *lane* — a thread with its own connection — never on the
GUI thread, so a seat never freezes while another seat or an import holds the
write lock. `success` and `failure` run back on the GUI thread.

- The **write lane** runs writes one at a time, in the order given. A write that
  meets a busy file is tried again by itself until `WRITE_PATIENCE_S` has passed;
  meanwhile the view shows that it is saving and keeps what was typed.
- The **bulk lane** runs long writes that commit in batches (an import), so this
  seat's own writes — a call being saved — go between the batches instead of
  waiting for the whole run.
- The **read lane** runs look-ups; the **report lane** runs long reads (summaries,
  exports), so a year's figures never delay a caller's history.
- A `key` makes an operation "latest wins": a newer one with the same key drops
  the older one if it has not started, and an older result arriving late is
  ignored. `debounce_ms` waits for a pause (typing) before starting.
- Widgets named in `disable` are disabled while the operation runs.
- Errors a user can act on (refused input, a busy, full or damaged file) go to
  `failure` if given, else to the `problem` signal (one message bridge); anything
  else is a bug and goes to the crash reporter.
- After each write the change feed is told at once: no view pokes it by hand.
"""

from __future__ import annotations

import itertools
import logging
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    Qt,
    QThread,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from console.domain.access import NotPermitted, Permission
from console.domain.lifecycle import TransitionError
from console.domain.problems import Problem
from console.store import InputRefused, Store, StoreError
from console.store.enterprise_loop import CallbackFirst
from console.store.errors import DatabaseBusyError
from console.store.importer import ImportRefused
from console.store.signoff import SignoffRefused
from console.ui.changes import ChangeWatcher

log = logging.getLogger(__name__)

WRITE_PATIENCE_S = 60.0  # how long a write waits for a busy file before giving up
LANE_BUSY_TIMEOUT_MS = 1000  # each try waits this long inside SQLite, then the lane retries
RETRY_PAUSE_S = 0.2

WRITE, READ, REPORT, BULK = "write", "read", "report", "bulk"
WRITES = (WRITE, BULK)

# Errors a user can act on: everything else raised by an operation is a bug.
KNOWN_ERRORS: tuple[type[BaseException], ...] = (
    StoreError, InputRefused, TransitionError, SignoffRefused, ImportRefused, NotPermitted)


@dataclass(eq=False)
class _Job:
    id: int
    lane: str
    work: Callable[[Store], Any]
    success: Callable[[Any], None] | None
    failure: Callable[[BaseException], bool | None] | None
    key: str | None
    owner: QObject | None
    disable: list[QWidget] = field(default_factory=list)
    settled: Callable[[], None] | None = None
    cancelled: bool = False


class _Relay(QObject):
    """Lives on the GUI thread: a lane's report crosses to it as a queued signal."""

    finished = Signal(int)  # job id: its outcome waits in the lane (see _Lane)
    retrying = Signal(int)  # job id: the file is busy, the lane tries again


class _Run(QRunnable):
    """One job on a lane's thread; the pool deletes it there. It carries only the job's id:
    a job holds widgets (its owner, the ones it disables, its callbacks), and the last
    reference to them must never be dropped on a worker thread while the GUI thread
    deletes them."""

    def __init__(self, lane: _Lane, job_id: int):
        super().__init__()
        self._lane = lane
        self._job_id = job_id

    def run(self) -> None:
        self._lane.run(self._job_id)


class _Lane:
    """One worker at a time (a pool of one thread) with its own connection, opened on
    first use. A pool, unlike a bare QThread, waits for its work when it is destroyed.

    The GUI thread owns every job and every outcome: it puts a job in `_given`, the worker
    borrows its function, leaves the result or error in `_outcomes`, lets go of all it
    borrowed and only then signals the job's id. So whatever a job or its outcome refers to
    is released on the GUI thread."""

    def __init__(self, store: Store, name: str, relay: _Relay, parent: QObject):
        self.name = name
        self._source = store
        self._store: Store | None = None
        self._relay = relay
        self._lock = threading.Lock()
        self._given: dict[int, _Job] = {}
        self._outcomes: dict[int, tuple[Any, BaseException | None]] = {}
        self.pool = QThreadPool(parent)
        self.pool.setMaxThreadCount(1)
        self.pool.setExpiryTimeout(-1)

    def submit(self, job: _Job) -> None:
        with self._lock:
            self._given[job.id] = job
        self.pool.start(_Run(self, job.id))

    def take(self, job_id: int) -> tuple[Any, BaseException | None]:
        """On the GUI thread: a finished job's outcome (result, error), handed back."""
        with self._lock:
            self._given.pop(job_id, None)
            return self._outcomes.pop(job_id, (None, None))

    def run(self, job_id: int) -> None:
        with self._lock:
            job = self._given.get(job_id)
            work = job.work if job is not None and not job.cancelled else None
            del job
        outcome: tuple[Any, BaseException | None] = (None, None)
        if work is not None:
            outcome = self._attempt(job_id, work)
        with self._lock:
            self._outcomes[job_id] = outcome
        del work, outcome  # the GUI thread takes the last references
        self._relay.finished.emit(job_id)

    def _attempt(self, job_id: int,
                 work: Callable[[Store], Any]) -> tuple[Any, BaseException | None]:
        started = time.monotonic()
        retried = False
        while True:
            try:
                if self._store is None:
                    self._store = self._source.reopen()
                    self._store.set_busy_timeout(LANE_BUSY_TIMEOUT_MS)
                self._store.actor = self._source.actor  # whoever is logged in now
                return work(self._store), None
            except DatabaseBusyError as exc:
                if self.name == WRITE and time.monotonic() - started < WRITE_PATIENCE_S:
                    if not retried:
                        retried = True
                        self._relay.retrying.emit(job_id)
                    QThread.msleep(int(RETRY_PAUSE_S * 1000))  # a worker thread: the GUI runs on
                    continue
                return None, exc
            except BaseException as exc:  # reported on the GUI thread, never lost here
                return None, exc

    def stop(self) -> None:
        """Wait for every job given, then close the connection (no worker uses it now)."""
        self.pool.waitForDone()
        if self._store is not None:
            self._store.close()
            self._store = None


class Operations(QObject):
    """Every write and slow read of the UI goes through here (see the module text)."""

    problem = Signal(str)  # a known error nobody handled, in the user's language
    started = Signal(str)  # lane of an operation that began (for "saving…" marks)
    retrying = Signal(int)  # id of a write waiting for a busy file (it goes on trying)
    idle = Signal()  # nothing pending on any lane

    def __init__(self, store: Store, changes: ChangeWatcher | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._changes = changes
        self._ids = itertools.count(1)
        self._pending: dict[int, _Job] = {}
        self._latest: dict[str, int] = {}
        self._timers: dict[str, QTimer] = {}
        self._closed = False
        # The relay is made after the lanes' pools: children are destroyed in the order they
        # were made, so a pool waits for its running job while the relay still exists.
        relay = _Relay()
        self._lanes = {name: _Lane(store, name, relay, self)
                       for name in (WRITE, READ, REPORT, BULK)}
        relay.setParent(self)
        self._relay = relay
        relay.finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        relay.retrying.connect(self.retrying, Qt.ConnectionType.QueuedConnection)

    # -- submitting -------------------------------------------------------------------------

    def write(self, work: Callable[[Store], Any], *,
              success: Callable[[Any], None] | None = None,
              failure: Callable[[BaseException], bool | None] | None = None,
              settled: Callable[[], None] | None = None, bulk: bool = False,
              owner: QObject | None = None, disable: Sequence[QWidget] = ()) -> int:
        """Run a write on the write lane (`bulk`: on the bulk lane, for a long write that
        commits in batches); the change feed hears of it when it is done.

        `settled` runs last whatever the outcome (a bug included): for busy marks."""
        return self._submit(BULK if bulk else WRITE, work, success, failure, None, owner,
                            disable, settled)

    def read(self, work: Callable[[Store], Any], *,
             success: Callable[[Any], None] | None = None,
             failure: Callable[[BaseException], bool | None] | None = None,
             settled: Callable[[], None] | None = None,
             key: str | None = None, debounce_ms: int = 0, report: bool = False,
             owner: QObject | None = None, disable: Sequence[QWidget] = ()) -> int:
        """Run a read on the read lane (or the report lane for long ones)."""
        lane = REPORT if report else READ
        if debounce_ms > 0 and key is not None:
            return self._debounced(lane, work, success, failure, key, owner, disable,
                                   debounce_ms, settled)
        return self._submit(lane, work, success, failure, key, owner, disable, settled)

    def cancel(self, key: str) -> None:
        """Drop the operation under `key`: a waiting one never runs, a running one's
        answer is ignored."""
        timer = self._timers.get(key)
        if timer is not None:
            timer.stop()
        job = self._pending.get(self._latest.pop(key, -1))
        if job is not None:
            job.cancelled = True

    @property
    def closed(self) -> bool:
        """Shut down: no new work is taken."""
        return self._closed

    def _debounced(self, lane: str, work: Callable[[Store], Any],
                   success: Callable[[Any], None] | None,
                   failure: Callable[[BaseException], bool | None] | None, key: str,
                   owner: QObject | None, disable: Sequence[QWidget], delay: int,
                   settled: Callable[[], None] | None) -> int:
        timer = self._timers.get(key)
        if timer is None:
            timer = QTimer(self)
            timer.setSingleShot(True)
            self._timers[key] = timer
        else:
            timer.timeout.disconnect()
        job_id = next(self._ids)
        self._latest[key] = job_id  # a result of an earlier one is now stale
        timer.timeout.connect(
            lambda: self._submit(lane, work, success, failure, key, owner, disable, settled))
        timer.start(delay)
        return job_id

    def _submit(self, lane: str, work: Callable[[Store], Any],
                success: Callable[[Any], None] | None,
                failure: Callable[[BaseException], bool | None] | None, key: str | None,
                owner: QObject | None, disable: Sequence[QWidget],
                settled: Callable[[], None] | None = None) -> int:
        if self._closed:
            raise RuntimeError("the console is closing: no new database work")
        job = _Job(next(self._ids), lane, work, success, failure, key, owner, list(disable),
                   settled)
        if key is not None:
            timer = self._timers.get(key)
            if timer is not None and timer.isActive():
                timer.stop()  # asked at once: a paused request under the key is dropped
            earlier = self._pending.get(self._latest.get(key, -1))
            if earlier is not None:
                earlier.cancelled = True  # not started yet: skipped; started: result dropped
            self._latest[key] = job.id
        for widget in job.disable:
            widget.setEnabled(False)
        self._pending[job.id] = job
        self.started.emit(lane)
        self._lanes[lane].submit(job)
        return job.id

    # -- finishing --------------------------------------------------------------------------

    @Slot(int)
    def _finished(self, job_id: int) -> None:
        job = self._pending.pop(job_id, None)
        if job is None:
            return
        result, error = self._lanes[job.lane].take(job_id)
        for widget in job.disable:
            if isValid(widget):
                widget.setEnabled(True)
        if job.lane in WRITES and error is None and self._changes is not None:
            self._changes.poke()
        stale = job.cancelled or (job.key is not None and self._latest.get(job.key) != job.id)
        gone = job.owner is not None and not isValid(job.owner)
        if not stale and not gone:
            if error is None:
                if job.success is not None:
                    job.success(result)
            else:
                self._fail(job, error)
        elif error is not None and not isinstance(error, KNOWN_ERRORS):
            self._report_bug(error)  # a bug stays a bug even when nobody waits any more
        if job.settled is not None and not gone:
            job.settled()
        if not self._pending:
            self.idle.emit()

    def _fail(self, job: _Job, error: BaseException) -> None:
        if not isinstance(error, KNOWN_ERRORS):
            self._report_bug(error)
            return
        if job.failure is not None and job.failure(error):
            return
        self.problem.emit(error_text(error))

    @staticmethod
    def _report_bug(error: BaseException) -> None:
        log.error("operation failed", exc_info=error)
        sys.excepthook(type(error), error, error.__traceback__)

    # -- state and shutdown -----------------------------------------------------------------

    def busy(self, lane: str | None = None) -> bool:
        return any(lane is None or job.lane == lane for job in self._pending.values())

    def shutdown(self) -> None:
        """Finish every write already given (never lose a call), then close the lanes."""
        if self._closed:
            return
        self._closed = True
        for timer in self._timers.values():
            timer.stop()
        for job in self._pending.values():
            if job.lane not in WRITES:
                job.cancelled = True
        for lane in self._lanes.values():
            lane.stop()
        QCoreApplication.sendPostedEvents(self)  # deliver what the lanes reported last


translate = QCoreApplication.translate


def error_text(error: BaseException) -> str:
    """What a known error means to the operator and what to do: one text per kind."""
    if isinstance(error, CallbackFirst):
        return translate(
            "Operations", "An enterprise incident is closed after its callback: call the "
            "enterprise back and record it on the enterprise desk (B), then close it. "
            "Nothing was saved.")
    if isinstance(error, InputRefused):
        return translate(
            "Operations", "Some input cannot be saved: {fields}. Correct it and try again; "
            "nothing was lost.").format(fields=", ".join(_field(p) for p in error.problems))
    if isinstance(error, StoreError):
        texts = {
            "busy": translate(
                "Operations", "The database is busy (another seat or an import is writing). "
                "Nothing was saved yet and nothing you typed was lost: try again."),
            "disk_full": translate(
                "Operations", "The disk holding the database is full. Nothing was saved and "
                "nothing you typed was lost: tell the administrator to free space, then try "
                "again."),
            "corrupt": translate(
                "Operations", "The database file is damaged. Nothing more is written to it: "
                "tell the administrator to restore the latest backup."),
            "read_only": translate(
                "Operations", "The database cannot be written (read-only file or folder). "
                "Tell the administrator."),
            "unavailable": translate(
                "Operations", "The database cannot be read just now. Check the disk or "
                "network share, then try again."),
        }
        fallback = translate("Operations", "The database refused the action ({detail}). "
                             "Try again.")
        return texts.get(error.code, fallback).format(detail=error.detail)
    if isinstance(error, NotPermitted):
        if error.reason == "not_yourself":
            return translate("Operations", "An action is recorded under the operator logged in "
                             "at this seat only. Nothing was saved.")
        return translate("Operations", "Your role may not do this ({action}). Nothing was "
                         "saved: ask a supervisor.").format(
                             action=permission_name(error.permission))
    return translate("Operations", "The action was refused: {reason}").format(reason=str(error))


def permission_name(permission: Permission | None) -> str:
    """A permission in the operator's words."""
    names = {
        Permission.READ_DV_DETAILS: translate("Operations", "read DV case details"),
        Permission.LOG_CALLS: translate("Operations", "log calls"),
        Permission.DISPATCH: translate("Operations", "dispatch units"),
        Permission.WORK_INCIDENTS: translate("Operations", "work on incidents"),
        Permission.CLOSE_INCIDENTS: translate("Operations", "close incidents"),
        Permission.CANCEL_INCIDENTS: translate("Operations", "cancel incidents"),
        Permission.CALLBACKS: translate("Operations", "record callbacks"),
        Permission.ENTERPRISE_PUSHES: translate("Operations", "acknowledge enterprise pushes"),
        Permission.MANAGE_ENTERPRISES: translate("Operations", "edit the enterprise registry"),
        Permission.ASSIGN_OWNERS: translate("Operations", "assign incident owners"),
        Permission.RESOLVE_ESCALATIONS: translate("Operations", "resolve escalations"),
        Permission.RUN_ESCALATION: translate("Operations", "run the escalation pass"),
        Permission.HANDOVER: translate("Operations", "write handover remarks"),
        Permission.SIGN_OFF: translate("Operations", "sign off a day"),
        Permission.IMPORT_CALLS: translate("Operations", "import calls"),
        Permission.CHANGE_SETTINGS: translate("Operations", "change settings"),
        Permission.MANAGE_OPERATORS: translate("Operations", "manage operators"),
    }
    return names.get(permission, "") if permission is not None else ""


def _field(problem: Problem) -> str:
    return problem.field
