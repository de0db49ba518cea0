"""The queue view: one desk's (or the supervisor's) open items, overdue first, live.

Whenever the view shows, the table of its tab has the cursor; Ctrl+Tab and Ctrl+PgDown
(Ctrl+Shift+Tab, Ctrl+PgUp back) move between the queue and the clear-to-zero review.

Items come from the store's single derivation. The first load runs on a worker
thread; afterwards only the items of incidents and calls that changed are
re-read (from the change feed, and for call-only items from the store's own
feed) and patched into the model. A timer re-runs the idempotent
`escalate_due` on the worker every 15 s and shortly after any change.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from console.domain.queues import Kind, QueueItem, queue_for_role, queues_for_role
from console.store import Store, StoreError
from console.ui.context import ViewContext
from console.ui.queues import texts
from console.ui.queues.alert import AlertBanner
from console.ui.queues.clear import ClearToZeroView
from console.ui.queues.columns import Column, ColumnFit
from console.ui.queues.dialog import FORM_KINDS, ItemDialog
from console.ui.queues.handover import HandoverDialog
from console.ui.queues.keyed import keep_a_current_row
from console.ui.queues.model import (
    ACTION,
    DEADLINE,
    KIND,
    LEVEL,
    OWNER,
    REFERENCE,
    STATE,
    QueueModel,
)
from console.ui.queues.worker import StoreWorker

TICK_MS = 1000
ESCALATE_MS = 15000
ESCALATE_AFTER_CHANGE_MS = 1000


class QueuePage(QWidget):
    """The table of one queue with its actions."""

    countChanged = Signal(int)
    openIncident = Signal(int)
    loaded = Signal()

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._rules = ctx.store.queue_rules
        self._worker = StoreWorker(ctx.store, self)
        self._loaded = False
        self._pending: tuple[set[int], set[int]] = (set(), set())
        self._count = -1
        self._version = ctx.store.data_version()
        self._mark = ctx.store.queue_mark()
        self.current_dialog: ItemDialog | None = None

        self._all: dict[str, QueueItem] = {}
        self.model = QueueModel(ctx.store.now, queue_for_role(ctx.operator.role), self)

        self.queue_box = QComboBox()
        for queue in queues_for_role(ctx.operator.role):
            self.queue_box.addItem(texts.desk_name(queue), queue)
        self.queue_box.setCurrentIndex(max(0, self.queue_box.findData(
            queue_for_role(ctx.operator.role))))
        self.queue_box.setEnabled(self.queue_box.count() > 1)
        self.queue_box.currentIndexChanged.connect(self._queue_chosen)
        self.count_label = QLabel()
        self.banner = AlertBanner(self)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(False)
        self.table.verticalHeader().hide()
        # One line per item, the whole incident number visible: the queue is read at a glance.
        self.columns = ColumnFit(self.table, {
            KIND: Column(samples=texts.kind_names),
            REFERENCE: Column(samples=lambda: [texts.call_label_sample()], number=True),
            OWNER: Column(samples=lambda: texts.level_names() + texts.desk_names(),
                          content_cap=9),
            DEADLINE: Column(samples=texts.deadline_samples, bold=True),
            STATE: Column(samples=texts.state_names),
            LEVEL: Column(samples=texts.level_names),
        }, stretch=ACTION)
        keep_a_current_row(self.table)
        self.table.activated.connect(self._activated)

        self.open_action = self._action(self.tr("Open item"), "Return", self.open_current)
        self.handover_action = self._action(self.tr("Shift handover…"), "Ctrl+H",
                                            self.show_handover)
        self.refresh_action = self._action(self.tr("Reload"), "F5", self.reload)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Queue:")))
        top.addWidget(self.queue_box)
        top.addWidget(self.count_label, 1)
        for action in (self.open_action, self.handover_action, self.refresh_action):
            button = QPushButton(action.text())
            button.setToolTip(f"{action.text()} ({action.shortcut().toString()})")
            button.clicked.connect(action.trigger)
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)

        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.modelReset):
            signal.connect(self._count_moved)
        ctx.changes.incidentsChanged.connect(self._incidents_changed)
        ctx.changes.callsAdded.connect(self._calls_added)
        ctx.changes.changed.connect(self._schedule_escalation)

        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._on_tick)
        self._tick.start()
        self._escalate = QTimer(self)
        self._escalate.setInterval(ESCALATE_MS)
        self._escalate.timeout.connect(self.escalate_now)
        self._escalate.start()
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(ESCALATE_AFTER_CHANGE_MS)
        self._soon.timeout.connect(self.escalate_now)
        self._count_moved()
        self.reload()

    def _action(self, text: str, keys: str, slot: object) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # -- state ----------------------------------------------------------------------------
    def queue(self) -> str:
        return str(self.queue_box.currentData())

    def set_queue(self, queue: str) -> None:
        index = self.queue_box.findData(queue)
        if index >= 0:
            self.queue_box.setCurrentIndex(index)

    def count(self) -> int:
        return self.model.rowCount()

    def busy(self) -> bool:
        return self._worker.busy()

    def is_loaded(self) -> bool:
        return self._loaded

    def _queue_chosen(self) -> None:
        self.model.load(self._all.values(), self.queue())
        self._count_moved()

    def _count_moved(self, *_: object) -> None:
        count = self.model.rowCount()
        now = self.model.now()
        overdue = sum(1 for item in self.model.rows() if item.overdue(now))
        self.count_label.setText(self.tr("%1 item(s), %2 overdue").replace(
            "%1", str(count)).replace("%2", str(overdue)))
        if count != self._count:
            self._count = count
            self.countChanged.emit(count)

    # -- loading and live updates ---------------------------------------------------------
    def reload(self) -> None:
        """A full read on the worker thread (first load, or F5)."""
        def done(items: list[QueueItem]) -> None:
            self._all = {i.key: i for i in items}
            self.model.load(items, self.queue())
            self._loaded = True
            incidents, calls = self._pending
            self._pending = (set(), set())
            if incidents or calls:
                self.refresh(incidents, calls, alert=False)
            self.loaded.emit()

        self._worker.run(lambda store: store.queue_items(), done, self._failed)

    def refresh(self, incident_ids: Iterable[int] = (), call_ids: Iterable[int] = (),
                *, alert: bool = True) -> None:
        """Re-read only the items of these incidents and calls."""
        incidents, calls = set(incident_ids), set(call_ids)
        if not incidents and not calls:
            return
        if not self._loaded:
            self._pending[0].update(incidents)
            self._pending[1].update(calls)
            return
        try:
            items = self._ctx.store.queue_items(incident_ids=incidents, call_ids=calls)
        except StoreError:
            return
        for key in [k for k, i in self._all.items()
                    if i.call_id in calls or (i.call_id is None and i.incident_id in incidents)]:
            del self._all[key]
        self._all.update((i.key, i) for i in items)
        added = self.model.apply(items, incidents, calls)
        if alert:
            urgent = [i for i in added if self._rules.is_alert(i)]
            if urgent:
                self._alert(urgent[0])
        self._count_moved()

    def _incidents_changed(self, ids: list[int]) -> None:
        self.refresh(incident_ids=ids)

    def _calls_added(self, ids: list[int]) -> None:
        self.refresh(call_ids=ids)

    def _poll_call_items(self) -> None:
        """Call-only items changed by another seat (they have no incident event)."""
        try:
            version = self._ctx.store.data_version()
            if version == self._version:
                return
            self._version = version
            self._mark, calls = self._ctx.store.queue_calls_since(self._mark)
        except StoreError:
            return
        self.refresh(call_ids=calls)

    def _on_tick(self) -> None:
        self.model.tick()
        self._poll_call_items()
        self._count_moved()

    def _schedule_escalation(self) -> None:
        self._soon.start()

    def escalate_now(self) -> None:
        """Escalate overdue items (on the worker); the change feed brings the results back."""
        def done(keys: list[str]) -> None:
            if keys:
                self._ctx.changes.poke()
                self._poll_call_items()

        def work(store: Store) -> list[str]:
            return store.escalate_due()

        self._worker.run(work, done, self._failed)

    def _failed(self, code: str) -> None:
        self.count_label.setText(self.tr("The queue could not be read (%1). It will retry.")
                                 .replace("%1", code))

    def _alert(self, item: QueueItem) -> None:
        self.banner.raise_alert(self.tr("New urgent item: %1 — %2").replace(
            "%1", texts.reference_label(item)).replace("%2", texts.what_to_do(item)))

    # -- actions --------------------------------------------------------------------------
    def current_item(self) -> QueueItem | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def open_current(self) -> None:
        item = self.current_item()
        if item is not None:
            self.open_item(item)

    def _activated(self, index: QModelIndex) -> None:
        self.open_item(self.model.row_at(index.row()))

    def open_item(self, item: QueueItem) -> None:
        """Go straight to what finishes the item: the board for an incident to dispatch or
        follow up, otherwise the item's form."""
        if item.kind in FORM_KINDS:
            dialog = ItemDialog(self._ctx, item, self)
            dialog.finished_item.connect(lambda _key: self._written(item))
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.current_dialog = dialog
            dialog.open()
        elif item.incident_id is not None and item.kind in (Kind.DISPATCH, Kind.FOLLOW_UP):
            self.openIncident.emit(item.incident_id)

    def _written(self, item: QueueItem) -> None:
        self.current_dialog = None
        self.refresh([item.incident_id] if item.incident_id is not None else [],
                     [item.call_id] if item.call_id is not None else [], alert=False)
        self._ctx.changes.poke()

    def show_handover(self) -> HandoverDialog:
        dialog = HandoverDialog(self._ctx, self.queue(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog


class QueuesView(QWidget):
    """待办队列: the queue page, and for the supervisor the clear-to-zero review."""

    countChanged = Signal(int)
    openIncident = Signal(int)

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.page = QueuePage(ctx, self)
        self.page.countChanged.connect(self.countChanged)
        self.page.openIncident.connect(self.openIncident)
        self.clear_view: ClearToZeroView | None = None
        self.tabs: QTabWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        if len(queues_for_role(ctx.operator.role)) > 1:
            self.tabs = QTabWidget()
            self.tabs.addTab(self.page, self.tr("Queue"))
            self.clear_view = ClearToZeroView(ctx, self)
            self.clear_view.openIncident.connect(self.openIncident)
            self.tabs.addTab(self.clear_view, self.tr("Clear to zero"))
            for tab in range(self.tabs.count()):
                self.tabs.setTabToolTip(tab, self.tr("Ctrl+Tab / Ctrl+Shift+Tab: next or "
                                                     "previous tab"))
            layout.addWidget(self.tabs)
            # Whatever has the focus in the window (the navigation too), these keys move
            # between the tabs while the view shows, and the focus goes into the tab's table.
            for keys, step in ((("Ctrl+Tab", "Ctrl+PgDown"), 1),
                               (("Ctrl+Shift+Tab", "Ctrl+Shift+Backtab", "Ctrl+PgUp"), -1)):
                action = QAction(self)
                action.setShortcuts([QKeySequence(k) for k in keys])
                action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
                action.triggered.connect(lambda _=False, step=step: self.step_tab(step))
                self.addAction(action)
        else:
            layout.addWidget(self.page)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        focused = QApplication.focusWidget()
        if focused is None or not self.isAncestorOf(focused):
            self.take_focus()

    def take_focus(self) -> None:
        """Whenever the view shows, its table has the cursor: Enter opens an item at once."""
        self.focus_table()

    def step_tab(self, step: int) -> None:
        """Show the next (1) or previous (-1) tab, round, with the focus in its table."""
        if self.tabs is None:
            return
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())
        self.focus_table()

    def focus_table(self) -> None:
        """Put the focus in the table of the tab shown, on a row."""
        page = self.tabs.currentWidget() if self.tabs is not None else self.page
        table = page.table if isinstance(page, (QueuePage, ClearToZeroView)) else None
        if table is None:
            return
        table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not table.currentIndex().isValid() and table.model().rowCount():
            table.setCurrentIndex(table.model().index(0, 0))

    @property
    def model(self) -> QueueModel:
        return self.page.model

    def count(self) -> int:
        return self.page.count()

    def busy(self) -> bool:
        return self.page.busy() or (self.clear_view is not None and self.clear_view.busy())
