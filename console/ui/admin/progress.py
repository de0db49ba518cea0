"""An import's progress, told from the write lane to the import screen.

The importer calls back on the lane's thread; `ImportProgress` lives on the GUI thread, so its
signal reaches the screen queued, at most every `EVERY_S` seconds (and always at the end of
a pass): a million rows do not flood the event loop. `stop` is the screen's Cancel, asked by
the importer before each row and batch.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Signal

EVERY_S = 0.1
translate = QCoreApplication.translate
CHECK, WRITE = "check", "write"


@dataclass(frozen=True)
class Step:
    """How far a pass is, and how fast it goes."""

    phase: str  # CHECK: every row read and checked, nothing written; WRITE: rows written
    done: int
    total: int
    seconds: float  # since the pass began

    @property
    def rate(self) -> float:
        return self.done / self.seconds if self.seconds > 0 else 0.0

    @property
    def seconds_left(self) -> float | None:
        if not self.rate or self.total <= self.done:
            return None if not self.rate else 0.0
        return (self.total - self.done) / self.rate

    def text(self) -> str:
        """'Checking: 12,000 / 45,000 rows · 3,100 rows/s · about 11 s left'."""
        phase = (translate("ImportProgress", "Checking every row (nothing is written yet)")
                 if self.phase == CHECK else translate("ImportProgress", "Importing"))
        text = translate("ImportProgress", "{phase}: {done} / {total} rows").format(
            phase=phase, done=f"{self.done:,}", total=f"{self.total:,}")
        if self.rate:
            text += " · " + translate("ImportProgress", "{rate} rows/s").format(
                rate=f"{self.rate:,.0f}")
        left = self.seconds_left
        if left is not None and self.done < self.total:
            text += " · " + translate("ImportProgress", "about {seconds} s left").format(
                seconds=f"{left:,.0f}")
        return text


class ImportProgress(QObject):
    """The bridge: `checking` and `writing` are the importer's callbacks (any thread)."""

    advanced = Signal(object)  # Step

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.stopping = threading.Event()
        self._began: dict[str, float] = {}
        self._shown = 0.0

    def stop(self) -> bool:
        return self.stopping.is_set()

    def checking(self, done: int, total: int) -> None:
        self._tell(CHECK, done, total)

    def writing(self, done: int, total: int) -> None:
        self._tell(WRITE, done, total)

    def _tell(self, phase: str, done: int, total: int) -> None:
        now = time.monotonic()
        began = self._began.setdefault(phase, now)
        if done < total and now - self._shown < EVERY_S:
            return
        self._shown = now
        self.advanced.emit(Step(phase, done, total, now - began))
