"""护企110专席: the enterprise desk's view (Ctrl+3)."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from console.ui.context import ViewContext
from console.ui.enterprise_desk.registry import RegistryPage


class EnterpriseDeskView(QWidget):
    """The desk's registry of key enterprises with each one's page."""

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.registry = RegistryPage(ctx, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.registry)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        focused = QApplication.focusWidget()
        if focused is None or not self.isAncestorOf(focused):
            self.registry.focus_table()
