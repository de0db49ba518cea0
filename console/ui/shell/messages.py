"""Message boxes of the shell in one place, so tests can read them instead of blocking."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


class MessageBox:
    @classmethod
    def show(cls, icon: QMessageBox.Icon, title: str, text: str,
             parent: QWidget | None = None) -> None:
        """A modal message with one OK button; its text can be selected and copied."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.exec()
