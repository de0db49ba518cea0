"""Database work off the GUI thread: each task opens its own connection to the same file."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from shiboken6 import isValid

from console.store import Store, StoreError

log = logging.getLogger(__name__)


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(str)


class _Task(QRunnable):
    def __init__(self, store: Store, work: Callable[[Store], Any], signals: _Signals):
        super().__init__()
        self._store = store
        self._work = work
        self._signals = signals

    def run(self) -> None:
        try:
            with self._store.reopen() as store:
                result = self._work(store)
        except StoreError as exc:
            self._signals.failed.emit(exc.code)
            return
        except Exception as exc:  # a bug: report it, never kill the worker thread silently
            log.exception("queue task failed")
            self._signals.failed.emit(type(exc).__name__)
            return
        self._signals.done.emit(result)


class StoreWorker(QObject):
    """Runs store work one task at a time on its own thread and reports on the GUI thread."""

    def __init__(self, store: Store, parent: QObject | None = None):
        super().__init__(parent)
        self._store = store
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pending: set[_Signals] = set()

    def run(self, work: Callable[[Store], Any], on_done: Callable[[Any], None],
              on_failed: Callable[[str], None] | None = None) -> None:
        signals = _Signals()
        self._pending.add(signals)

        # A result may arrive after the view that asked for it was closed: drop it then.
        def finished(result: Any) -> None:
            self._pending.discard(signals)
            if isValid(self):
                on_done(result)

        def failed(code: str) -> None:
            self._pending.discard(signals)
            if on_failed is not None and isValid(self):
                on_failed(code)

        signals.done.connect(finished)
        signals.failed.connect(failed)
        self._pool.start(_Task(self._store, work, signals))

    def busy(self) -> bool:
        return bool(self._pending)

    def wait(self, msecs: int = 10000) -> bool:
        return self._pool.waitForDone(msecs)
