"""What the tests of a frozen window share: another process holding the write lock, and a
watchdog that measures the event loop's longest pause meanwhile."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QTimer

_HOLD_LOCK = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("COMMIT")
"""


@contextmanager
def write_lock_held(db_path: Path, seconds: float) -> Iterator[None]:
    """Another process holds the database's write lock for `seconds` from entry."""
    with subprocess.Popen([sys.executable, "-c", _HOLD_LOCK, str(db_path), str(seconds)],
                          stdout=subprocess.PIPE, text=True) as holder:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        yield


class Watchdog:
    """The event loop's longest pause, seen by a timer that asks to run every 10 ms."""

    def __init__(self) -> None:
        self.longest = 0
        self.clock = QElapsedTimer()
        self.clock.start()
        self._last = self.clock.elapsed()
        self._timer = QTimer()
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        now = self.clock.elapsed()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def stop(self) -> int:
        """Stop watching; the milliseconds watched."""
        self._timer.stop()
        return self.clock.elapsed()
