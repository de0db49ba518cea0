"""History look-ups off the GUI thread: debounced, latest request wins.

The form asks on every keystroke; a short pause (150 ms) collapses a burst of
typing into one request. A question that is complete — a whole mobile number, or
the cursor leaving the field — is asked at once instead, so the history shows as
the last digit is typed. One worker thread with its own database connection
(opened as the view opens, not on the first question) serves the requests one at
a time, drops any still waiting when a newer one comes, and the answer to
anything but the newest request is ignored.
"""

from __future__ import annotations

import contextlib
import traceback
from dataclasses import dataclass

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from console.store import Store, StoreError
from console.store.intake_lookup import IntakeLookup

DEBOUNCE_MS = 150


@dataclass(frozen=True)
class LookupRequest:
    number: str
    address: str
    category_code: str


class _LookupJob(QRunnable):
    def __init__(self, service: LookupService, seq: int, request: LookupRequest):
        super().__init__()
        self.setAutoDelete(False)
        self.service, self.seq, self.request = service, seq, request
        self.done = False

    def run(self) -> None:
        try:
            self.service._run(self.seq, self.request)
        finally:
            self.done = True


class _WarmJob(QRunnable):
    def __init__(self, service: LookupService):
        super().__init__()
        self.setAutoDelete(False)
        self.service = service
        self.done = False

    def run(self) -> None:
        try:
            with contextlib.suppress(StoreError, OSError, ValueError):
                self.service._open_worker_store()  # a failure shows at the first question
        finally:
            self.done = True


class LookupService(QObject):
    """Asks the store in a worker thread; `found` carries the newest answer only."""

    found = Signal(object, object)  # LookupRequest, IntakeLookup
    failed = Signal(str)
    _answered = Signal(int, object, object)  # sequence, request, result or error text

    def __init__(self, store: Store, parent: QObject | None = None,
                 debounce_ms: int | None = None):
        super().__init__(parent)
        self._main = store
        self._worker_store: Store | None = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._seq = 0
        self._pending: LookupRequest | None = None
        self._last: LookupRequest | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS if debounce_ms is None else debounce_ms)
        self._timer.timeout.connect(self._send)
        self._answered.connect(self._deliver)
        self._jobs: list[_LookupJob | _WarmJob] = []
        self._delivered: tuple[LookupRequest, IntakeLookup] | None = None

    def request(self, number: str, address: str, category_code: str, *,
                now: bool = False) -> None:
        """Ask again after the pause, or `now`; an identical question is not asked twice."""
        self._pending = LookupRequest(number.strip(), address.strip(), category_code)
        if now:
            self._timer.stop()
            self._send()
        else:
            self._timer.start()

    def warm(self) -> None:
        """Open the worker's connection ahead of the first question."""
        job = _WarmJob(self)
        self._jobs = [j for j in self._jobs if not j.done] + [job]  # alive until finished
        self._pool.start(job)

    def _open_worker_store(self) -> Store:
        """In the worker thread only."""
        if self._worker_store is None:
            self._worker_store = self._main.reopen()
        return self._worker_store

    def refresh(self) -> None:
        """Ask the last question again (the database changed)."""
        if self._last is not None:
            self._pending, self._last = self._last, None
            self._timer.start()

    def clear(self) -> None:
        self._delivered = None
        self._timer.stop()
        self._pending = None
        self._last = None
        self._seq += 1  # answers still on their way are now stale

    def _send(self) -> None:
        request = self._pending
        if request is None or request == self._last:
            return
        self._last = request
        self._seq += 1
        seq = self._seq
        self._pool.clear()  # requests not started yet are stale
        job = _LookupJob(self, seq, request)
        self._jobs = [j for j in self._jobs if not j.done] + [job]  # alive until finished
        self._pool.start(job)

    def _run(self, seq: int, request: LookupRequest) -> None:
        """In the worker thread: its own connection, opened on first use."""
        if seq != self._seq:
            return
        try:
            result: object = self._open_worker_store().intake_lookup(
                request.number, request.address, request.category_code)
        except (StoreError, OSError, ValueError) as exc:
            result = str(exc)
        except Exception as exc:  # a bug: the form keeps working, the error is logged
            traceback.print_exc()
            result = f"{type(exc).__name__}: {exc}"
        with contextlib.suppress(RuntimeError):  # the view was deleted meanwhile
            self._answered.emit(seq, request, result)

    def _deliver(self, seq: int, request: LookupRequest, result: object) -> None:
        if seq != self._seq:
            return
        if isinstance(result, IntakeLookup):
            if (request, result) == self._delivered:
                return  # another seat's save changed nothing here: keep the operator's place
            self._delivered = (request, result)
            self.found.emit(request, result)
        else:
            self._last = None  # let the same question be asked again
            self.failed.emit(str(result))

    def wait_idle(self, msecs: int = 5000) -> bool:
        return self._pool.waitForDone(msecs)

    def stop(self) -> None:
        """Finish the running look-up and close the worker's connection.

        A later request opens a new connection, so stopping is safe when a
        window close is still cancelled afterwards.
        """
        self.clear()
        self._pool.clear()
        self._pool.waitForDone()
        self._jobs = []
        if self._worker_store is not None:
            self._worker_store.close()
            self._worker_store = None
