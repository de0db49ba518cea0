"""History look-ups through the operation layer: debounced, the newest question wins.

The form asks on every keystroke; a short pause (150 ms) collapses a burst of
typing into one question. A question that is complete — a whole mobile number, or
the cursor leaving the field — is asked at once instead, so the history shows as
the last digit is typed. The questions run on the operation layer's read lane under
one key: a newer question drops an older one still waiting, and an older answer
arriving late is ignored. The lane's connection is opened as the view opens
(`warm`), not on the first question.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from console.store import Store, StoreError
from console.store.history import IntakeLookup
from console.ui.ops import Operations

DEBOUNCE_MS = 150
KEY = "intake-history"


@dataclass(frozen=True)
class LookupRequest:
    number: str
    address: str
    category_code: str


class HistoryLookup(QObject):
    """Asks the store on the read lane; `found` carries the newest answer only."""

    found = Signal(object, object)  # LookupRequest, IntakeLookup
    failed = Signal(str)

    def __init__(self, ops: Operations, parent: QObject | None = None,
                 debounce_ms: int | None = None):
        super().__init__(parent)
        self._ops = ops
        self._pending: LookupRequest | None = None
        self._last: LookupRequest | None = None
        self._generation = 0  # answers of an earlier generation are stale (`clear`)
        self._delivered: tuple[LookupRequest, IntakeLookup] | None = None
        self.asked = 0  # questions sent so far
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS if debounce_ms is None else debounce_ms)
        self._timer.timeout.connect(self._send)

    def warm(self) -> None:
        """Open the read lane's connection ahead of the first question."""
        self._ops.read(_nothing, owner=self)

    def request(self, number: str, address: str, category_code: str, *,
                now: bool = False) -> None:
        """Ask again after the pause, or `now`; an identical question is not asked twice."""
        self._pending = LookupRequest(number.strip(), address.strip(), category_code)
        if now:
            self._timer.stop()
            self._send()
        else:
            self._timer.start()

    def refresh(self) -> None:
        """Ask the last question again (the database changed)."""
        if self._last is not None:
            self._pending, self._last = self._last, None
            self._timer.start()

    def clear(self) -> None:
        """Forget the question: nothing waiting is asked, no answer on its way is shown."""
        self._delivered = None
        self._timer.stop()
        self._pending = None
        self._last = None
        self._generation += 1

    @property
    def waiting(self) -> bool:
        """A question waits for the pause in typing."""
        return self._timer.isActive()

    def _send(self) -> None:
        request = self._pending
        if request is None or request == self._last:
            return
        self._last = request
        self.asked += 1
        generation = self._generation

        def ask(store: Store) -> IntakeLookup:  # on the read lane: plain values only
            return store.lookup.intake_lookup(request.number, request.address,
                                              request.category_code)

        self._ops.read(ask, key=KEY, owner=self,
                       success=lambda result: self._answered(generation, request, result),
                       failure=lambda error: self._refused(generation, error))

    def _answered(self, generation: int, request: LookupRequest, result: IntakeLookup) -> None:
        if generation != self._generation:
            return
        if (request, result) == self._delivered:
            return  # another seat's save changed nothing here: keep the operator's place
        self._delivered = (request, result)
        self.found.emit(request, result)

    def _refused(self, generation: int, error: BaseException) -> bool:
        if generation == self._generation:
            self._last = None  # let the same question be asked again
            detail = error.detail if isinstance(error, StoreError) and error.detail else error
            self.failed.emit(str(detail))
        return True  # shown in place (or stale): never a message box for a look-up


def _nothing(_store: Store) -> None:
    return None
