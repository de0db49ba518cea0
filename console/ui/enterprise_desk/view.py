"""护企110专席: the enterprise desk's view (Ctrl+3): its queue with each incident's loop, and
the registry of key enterprises. Ctrl+Tab / Ctrl+Shift+Tab move between the two."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import QApplication, QTabWidget, QVBoxLayout, QWidget

from console.ui.context import ViewContext
from console.ui.enterprise_desk.queue import DeskQueuePage
from console.ui.enterprise_desk.registry import RegistryPage


class EnterpriseDeskView(QWidget):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.queue = DeskQueuePage(ctx, self)
        self.registry = RegistryPage(ctx, self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.queue, self.tr("Queue"))
        self.tabs.addTab(self.registry, self.tr("Key enterprises"))
        for tab in range(self.tabs.count()):
            self.tabs.setTabToolTip(tab, self.tr("Ctrl+Tab / Ctrl+Shift+Tab: next or previous "
                                                 "tab"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        for keys, step in ((("Ctrl+Tab", "Ctrl+PgDown"), 1),
                           (("Ctrl+Shift+Tab", "Ctrl+Shift+Backtab", "Ctrl+PgUp"), -1)):
            action = QAction(self)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False, step=step: self.step_tab(step))
            self.addAction(action)

    def step_tab(self, step: int) -> None:
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())
        self.focus_table()

    def focus_table(self) -> None:
        page = self.tabs.currentWidget()
        if isinstance(page, (DeskQueuePage, RegistryPage)):
            page.focus_table()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        focused = QApplication.focusWidget()
        if focused is None or not self.isAncestorOf(focused):
            self.focus_table()
