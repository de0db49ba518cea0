"""Tells every view what changed in the database, whichever seat changed it.

A light poll (every 500 ms) of SQLite's `data_version` — which moves when
another connection commits — then of the change log past the last sequence
seen (written by every write transaction, see `console.store.change_log`).
Views refresh just the rows named, never the whole list; a log pruned past
this seat's mark asks every view to reload.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from console.store import Store, StoreError
from console.store.change_log import Changes

POLL_MS = 500


class ChangeWatcher(QObject):
    incidentsChanged = Signal(list)  # incident ids touched
    callsAdded = Signal(list)  # call ids logged or changed
    changed = Signal()  # anything at all (after the two above)
    reloadNeeded = Signal()  # the log no longer reaches back to our mark

    def __init__(self, store: Store, parent: QObject | None = None, interval_ms: int = POLL_MS):
        super().__init__(parent)
        self._store = store
        self._version = store.data_version()
        self._seq = store.changes.last_seq()
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
            changes = self._store.changes.since(self._seq)
        except StoreError:
            return  # the file is busy or briefly unreadable: the next poll tries again
        self.publish(changes)

    def publish(self, changes: Changes) -> None:
        """Tell the views; a batch already seen (by its sequence) is ignored."""
        if not changes or changes.seq <= self._seq:
            return
        self._seq = changes.seq
        if changes.truncated:
            self.reloadNeeded.emit()
        if changes.incidents:
            self.incidentsChanged.emit(list(changes.incidents))
        if changes.calls:
            self.callsAdded.emit(list(changes.calls))
        self.changed.emit()
