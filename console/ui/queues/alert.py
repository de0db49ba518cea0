"""Making a new urgent item noticed: a beep, a flashing banner, a tray message if any."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QSystemTrayIcon, QWidget

FLASH_MS = 4000
_STYLE = ("QLabel { background: #c62828; color: white; font-weight: bold;"
          " padding: 4px 10px; border-radius: 3px; }")


class AlertBanner(QLabel):
    """A red line above the queue that shows the latest urgent item for a few seconds."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setStyleSheet(_STYLE)
        self.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self._tray: QSystemTrayIcon | None = None

    def raise_alert(self, text: str) -> None:
        self.setText(text)
        self.show()
        self._timer.start(FLASH_MS)
        QApplication.beep()
        if QSystemTrayIcon.isSystemTrayAvailable():
            if self._tray is None:
                self._tray = QSystemTrayIcon(QApplication.windowIcon(), self)
                self._tray.show()
            self._tray.showMessage(self.tr("110 Console"), text,
                                   QSystemTrayIcon.MessageIcon.Warning, FLASH_MS)
