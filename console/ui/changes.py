"""Tells every view what changed in the database, whichever seat changed it.

On SQLite, a light poll (every 500 ms) of `data_version` — which moves when
another connection commits — then of the change log past the last sequence
seen (written by every write transaction, see `console.store.change_log`).
On PostgreSQL the server tells the seat at once (LISTEN/NOTIFY: a socket turns
readable); while the server is out of reach the seat polls and listens again,
and reads the change log past its mark, so nothing committed meanwhile is missed.
Views refresh just the rows named, never the whole list; a log pruned past
this seat's mark asks every view to reload.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from console.store import Store, StoreError
from console.store.change_log import Changes
from console.store.listening import ChangeSource

log = logging.getLogger(__name__)

POLL_MS = 500
RELISTEN_EVERY = 10  # polls between two attempts to reach a lost server (about 5 s)


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
        self._polls_unheard = 0
        self._source: ChangeSource | None = None
        self._notifier: QSocketNotifier | None = None
        self._listen()

    @property
    def listening(self) -> bool:
        """Whether the server tells this seat of commits (PostgreSQL, connected)."""
        return self._notifier is not None

    def stop(self) -> None:
        self._timer.stop()
        self._unlisten()

    def _listen(self) -> None:
        try:
            self._source = self._store.listen()
        except StoreError as exc:
            log.warning("cannot listen for changes now: %s", exc)
            return
        if self._source is None:
            return  # SQLite: the poll serves
        self._notifier = QSocketNotifier(self._source.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._notified)

    def _unlisten(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._source is not None:
            self._source.close()
            self._source = None

    def _notified(self) -> None:
        assert self._source is not None
        try:
            self._source.drain()
        except StoreError:
            self._unlisten()  # the server is gone: poll until it is back
            return
        self._check()

    def poke(self) -> None:
        """Check now, whoever wrote (our own commits do not move data_version)."""
        self._check()

    def _poll(self) -> None:
        if self._notifier is not None:
            return  # told at once
        if self._store.url is not None and self._source is None:
            self._polls_unheard += 1
            if self._polls_unheard % RELISTEN_EVERY:
                return
            self._listen()  # the server again: listen, and read what was missed
            if self._notifier is not None:
                self._check()
            return
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
