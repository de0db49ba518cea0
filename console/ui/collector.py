"""Python's cyclic garbage collection, on the GUI thread only.

Left automatic, the collector runs in whichever thread happens to allocate when a
threshold is passed — a database lane's worker included — and frees whatever cyclic
garbage it finds there. A Qt object kept only by a reference cycle (a dialog and the
lambda connected to it, a view and its helper) would then be deleted off the GUI
thread, which crashes Qt. So while the console's window runs, automatic collection
is off and a timer on the GUI thread collects each generation once its threshold is
passed, as the automatic collector would have. Reference counting, which frees
nearly everything, is not affected.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

CHECK_MS = 200  # short, so one collection never meets much young garbage at once


class GuiThreadCollector(QObject):
    """Owned by the application: collects on its thread for as long as it lives."""

    def __init__(self, app: QCoreApplication):
        super().__init__(app)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.collect)
        self._timer.start()

    def collect(self) -> int:
        """Collect the oldest generation whose count passed its threshold; the number of
        unreachable objects found."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            threshold = self._thresholds[generation]
            if threshold and counts[generation] > threshold:
                return gc.collect(generation)
        return 0


def collect_on_gui_thread(app: QCoreApplication) -> GuiThreadCollector:
    """Install the collector once for `app` (the same one if already there)."""
    found = app.findChild(GuiThreadCollector)
    return found if isinstance(found, GuiThreadCollector) else GuiThreadCollector(app)
