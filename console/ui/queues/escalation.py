"""The escalation pass, run by one seat at a time: whoever holds the `ESCALATION` lease.

Every seat asks every `ESCALATE_MS` (and shortly after a change) who holds the lease,
on the read lane. A seat that holds it — or finds it free or run out — takes or renews
it and runs `escalate_due` on its write lane, in the same job; every other seat only
reads, and sees the escalated items through the change feed like any other change.
The lease is held for `LEASE_TTL` and renewed on each pass, so a seat that closes or
crashes hands the pass on to another seat (or `console110 escalate` from cron) within
that time. The pass itself is idempotent: should two ever run, the second finds
nothing more to escalate.
"""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QObject, QSettings, QSysInfo, QTimer, Signal

from console.domain.queues import ESCALATION_LEASE_TTL
from console.store import Store
from console.store.leases import ESCALATION
from console.ui.ops import Operations

log = logging.getLogger(__name__)

ESCALATE_MS = 15000  # how often a seat asks for (or renews) the lease and runs the pass
ESCALATE_AFTER_CHANGE_MS = 1000  # a change may make an item due: the holder looks soon
LEASE_TTL = ESCALATION_LEASE_TTL  # three missed renewals and another seat takes over


def seat_holder() -> str:
    """This process's name for the lease: `host:pid:seat` (the seat as intake names it)."""
    host = QSysInfo.machineHostName() or "localhost"
    seat = QSettings().value("seat", "") or host
    return f"{host}:{os.getpid()}:{seat}"


class EscalationPass(QObject):
    """Runs the pass on this seat's write lane while the seat holds the lease."""

    ran = Signal(object)  # the keys escalated by this seat's pass, or None: not the holder

    def __init__(self, ops: Operations, holder: str | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._ops = ops
        self.holder = holder or seat_holder()
        self.holding = False  # this seat held the lease at its last pass
        self.elsewhere: str | None = None  # who else held it when last asked
        self._running = False
        self._timer = QTimer(self)
        self._timer.setInterval(ESCALATE_MS)
        self._timer.timeout.connect(self.run)
        self._timer.start()
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(ESCALATE_AFTER_CHANGE_MS)
        self._soon.timeout.connect(self.run)
        ops.idle.connect(self._nothing_pending)

    def busy(self) -> bool:
        return self._running

    def after_change(self) -> None:
        """Something changed: unless another seat runs the pass, look again soon."""
        if self.elsewhere is None:
            self._soon.start()

    def run(self) -> None:
        """Ask who holds the lease (a read); if nobody else does, run the pass (a write)."""
        if self._running:
            return
        self._running = True
        holder = self.holder

        def who(store: Store) -> str | None:
            return store.leases.holder(ESCALATION)

        def asked(current: object) -> None:
            if current is not None and current != holder:
                self._done(None, str(current))
                return

            def escalate(store: Store) -> list[str] | None:
                """Take or renew the lease, then the pass; None: another holder has it."""
                if not store.leases.acquire(ESCALATION, holder, LEASE_TTL):
                    return None
                return store.escalation.escalate_due()

            self._ops.write(escalate, success=lambda keys: self._done(keys, None),
                            failure=self._failed, owner=self)

        self._ops.read(who, success=asked, failure=self._failed, owner=self)

    def _done(self, keys: object, elsewhere: str | None) -> None:
        self._running = False
        self.holding = keys is not None
        # Refused by the write though free at the look: taken meanwhile by another holder.
        self.elsewhere = None if self.holding else (elsewhere or "another holder")
        self.ran.emit(keys)

    def _nothing_pending(self) -> None:
        self._running = False  # whatever became of the last pass, it is over

    def _failed(self, exc: BaseException) -> bool:
        """A busy or unreadable file: the next pass tries again; nothing to tell the operator.

        (A bug is not handed here but to the crash reporter; the next pass runs once the
        lanes are idle.)"""
        self._running = False
        log.info("escalation pass not run: %s", exc)
        return True
