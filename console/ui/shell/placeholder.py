"""The page shown for a view this version of the console does not have."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class UnavailableView(QWidget):
    def __init__(self, title: str, *, error: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("unavailableView")
        heading = QLabel(f"<h2>{title}</h2>")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if error:
            text = self.tr("This view could not be opened. The rest of the console works as "
                           "usual; please report the problem to the administrator.")
        else:
            text = self.tr("This view is not available in this version of the console.")
        self.message = QLabel(text)
        self.message.setObjectName("unavailableMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(heading)
        layout.addWidget(self.message)
        if error:
            detail = QLabel(error)
            detail.setObjectName("unavailableDetail")
            detail.setWordWrap(True)
            detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
            detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            detail.setStyleSheet("color: #777;")
            layout.addWidget(detail)
        layout.addStretch(2)
