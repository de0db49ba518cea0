"""Tells every view what changed in the database, whichever seat changed it.

A light poll (every 500 ms) of SQLite's `data_version` — which moves when
another connection commits — then of the append-only event log and the calls
table past the last ids seen. Views refresh just the rows named, never the
whole list. After its own writes a view calls `poke()` to hear at once.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from console.store import Store, StoreError

POLL_MS = 500


class ChangeWatcher(QObject):
    incidentsChanged = Signal(list)  # incident ids whose events moved
    callsAdded = Signal(list)  # new call ids
    changed = Signal()  # anything at all (after the two above)

    def __init__(self, store: Store, parent: QObject | None = None, interval_ms: int = POLL_MS):
        super().__init__(parent)
        self._store = store
        self._version = store.data_version()
        self._last_event = store.last_event_id()
        self._last_call = store.last_call_id()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def poke(self) -> None:
        """Check now, whoever wrote (our own commits do not move data_version)."""
        self._check()

    def _poll(self) -> None:
        try:
            version = self._store.data_version()
        except StoreError:
            return
        if version != self._version:
            self._version = version
            self._check()

    def _check(self) -> None:
        try:
            self._last_event, incidents = self._store.changed_since(self._last_event)
            self._last_call, calls = self._store.calls_since(self._last_call)
        except StoreError:
            return  # the file is busy or briefly unreadable: the next poll tries again
        if incidents:
            self.incidentsChanged.emit(incidents)
        if calls:
            self.callsAdded.emit(calls)
        if incidents or calls:
            self.changed.emit()
