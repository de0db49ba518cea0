"""The status bar: which database, who is logged in, the centre's time, demo or not."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from console.store import Store
from console.store.records import Operator

TICK_MS = 1000


class ShellStatusBar(QStatusBar):
    def __init__(self, store: Store, operator: Operator, role_name: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._store = store
        self.database = QLabel(self.tr("Database: {path}").format(path=store.label))
        self.database.setObjectName("statusDatabase")
        self.database.setToolTip(store.label)
        self.operator = QLabel(self.tr("Operator: {name} ({role})").format(
            name=operator.display_name, role=role_name))
        self.operator.setObjectName("statusOperator")
        self.demo = QLabel(self.tr("DEMO"))
        self.demo.setObjectName("statusDemo")
        self.demo.setToolTip(self.tr("Demo data — not real incidents"))
        self.demo.setStyleSheet("background: #c62828; color: white; font-weight: bold;"
                                " padding: 1px 8px; border-radius: 3px;")
        self.demo.setVisible(store.is_demo)
        self.clock = QLabel()
        self.clock.setObjectName("statusClock")
        font = QFont(self.clock.font())
        font.setBold(True)
        self.clock.setFont(font)
        self.clock.setToolTip(self.tr("Time at the centre ({zone})").format(zone=store.tz))
        self.addWidget(self.database, 1)
        self.addPermanentWidget(self.demo)
        self.addPermanentWidget(self.operator)
        self.addPermanentWidget(self.clock)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)
        self._timer.start()
        self.tick()

    def tick(self) -> None:
        """Show the store clock's time in the centre's zone (tests move a FixedClock)."""
        local = self._store.now().astimezone(self._store.tz)
        self.clock.setText(local.strftime("%Y-%m-%d %H:%M:%S"))

    def stop(self) -> None:
        self._timer.stop()
