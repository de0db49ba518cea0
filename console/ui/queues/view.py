"""The queue view: one desk's (or the supervisor's) open items, overdue first, live.

Whenever the view shows, the table of its tab has the cursor; Ctrl+Tab and Ctrl+PgDown
(Ctrl+Shift+Tab, Ctrl+PgUp back) move between the queue and the clear-to-zero review.

Items come from the store's single derivation, read on the read lane (`ctx.ops`, one
key: latest wins): the first load (and F5) reads them all; afterwards only the items
of incidents and calls the change feed names are re-read and patched into the model.
Call-only items escalated by the pass have no incident: after any change the read
also asks the store which calls' items were escalated since its mark. One read runs
at a time; what changes meanwhile is read next. Items that begin with the clock rather
than with a write (a DV follow-up coming due, a protection order's notice: the
`TIMED_SOURCES`) are read again every `TIMED_MS` for a role that may read them, and a
new urgent one sounds the alert as any other does. The escalation pass runs on one seat
only, the holder of the escalation lease (see `escalation`).
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass

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

from console.domain.access import Permission, may
from console.domain.queue_kinds import TIMED_SOURCES, by_source, queue_kind
from console.domain.queues import QueueItem, queue_for_role, queues_for_role
from console.store import Store
from console.ui.context import ViewContext
from console.ui.queues import texts
from console.ui.queues.alert import AlertBanner
from console.ui.queues.clear import ClearToZeroView
from console.ui.queues.columns import Column, ColumnFit
from console.ui.queues.dialog import ItemDialog, has_form
from console.ui.queues.escalation import EscalationPass
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
    queue_order,
)

TICK_MS = 1000
TIMED_MS = 60_000  # how often the items that begin with the clock are read again
RETRY_S = 5.0  # a read that failed (busy, unreadable file) is tried again after this
Mark = tuple[int, int]


@dataclass(frozen=True)
class _Read:
    """What one read of the lane brought back, and what it was asked for."""

    full: bool
    items: list[QueueItem]
    incidents: frozenset[int]
    calls: frozenset[int]  # asked for, and those the queue mark named
    mark: Mark


def _read_items(store: Store, full: bool, incidents: frozenset[int], calls: frozenset[int],
                mark: Mark | None) -> _Read:
    """Runs on the read lane: every item, or those of these incidents and calls."""
    if full or mark is None:
        new_mark = store.queues.queue_mark()  # before the items: nothing escalated between is lost
        return _Read(True, store.queues.queue_items(), incidents, calls, new_mark)
    new_mark, escalated = store.queues.queue_calls_since(mark)
    calls = calls | frozenset(escalated)
    items = (store.queues.queue_items(incident_ids=incidents, call_ids=calls)
             if incidents or calls else [])
    return _Read(False, items, incidents, calls, new_mark)


class QueuePage(QWidget):
    """The table of one queue with its actions."""

    countChanged = Signal(int)
    openIncident = Signal(int)
    openIncidentIn = Signal(str, int)  # the view that finishes the item, the incident
    loaded = Signal()

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._rules = ctx.store.queues.queue_rules
        self._loaded = False
        self._count = -1
        self.current_dialog: ItemDialog | None = None
        # What the next read asks for: everything, these incidents' and calls' items, and
        # (after any change) the calls whose items were escalated since the mark.
        self._want_full = True
        self._dirty_incidents: set[int] = set()
        self._dirty_calls: set[int] = set()
        self._check_mark = False
        self._mark: Mark | None = None
        self._reading = False
        self._retry_at: float | None = None
        self._read_key = f"queues/items/{id(self)}"
        self._timed_kinds = frozenset(k.code for source in TIMED_SOURCES
                                      for k in by_source().get(source, ()))

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
        self.escalation = EscalationPass(ctx.ops, parent=self)
        ctx.changes.incidentsChanged.connect(self._incidents_changed)
        ctx.changes.callsAdded.connect(self._calls_added)
        ctx.changes.changed.connect(self._changed)
        ctx.changes.reloadNeeded.connect(self.reload)

        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._on_tick)
        self._tick.start()
        self._timed = QTimer(self)
        self._timed.setInterval(TIMED_MS)
        self._timed.timeout.connect(self.refresh_timed)
        if may(ctx.operator.role, Permission.READ_DV_DETAILS):  # the timed kinds are DV work
            self._timed.start()
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
        """A read of the items is running or waiting to run."""
        return self._reading or self._want_full or bool(
            self._dirty_incidents or self._dirty_calls or self._check_mark)

    def is_loaded(self) -> bool:
        return self._loaded

    def _queue_chosen(self) -> None:
        self.model.load(self._all.values(), self.queue())
        self._count_moved()

    def _count_moved(self, *_: object) -> None:
        count = self.model.rowCount()
        now = self.model.now()
        overdue = sum(1 for item in self.model.rows() if item.overdue(now))
        if self._retry_at is None:  # else the line says why the queue is not up to date
            self.count_label.setText(self.tr("%1 item(s), %2 overdue").replace(
                "%1", str(count)).replace("%2", str(overdue)))
        if count != self._count:
            self._count = count
            self.countChanged.emit(count)

    # -- loading and live updates ---------------------------------------------------------
    def reload(self) -> None:
        """A full read on the read lane (first load, F5, a change log pruned past us); it
        starts at once, and a read still running is dropped (latest wins)."""
        self._want_full = True
        self._read(at_once=True)

    def refresh(self, incident_ids: Iterable[int] = (), call_ids: Iterable[int] = ()) -> None:
        """Re-read only the items of these incidents and calls."""
        self._dirty_incidents.update(incident_ids)
        self._dirty_calls.update(call_ids)
        self._read()

    def _incidents_changed(self, ids: list[int]) -> None:
        self._dirty_incidents.update(ids)  # read once the batch is complete (`changed`)

    def _calls_added(self, ids: list[int]) -> None:
        self._dirty_calls.update(ids)

    def _changed(self) -> None:
        """After the ids of a batch of changes (incidentsChanged, callsAdded): one read."""
        self._check_mark = True
        self._read()
        self.escalation.after_change()

    def _read(self, *, at_once: bool = False) -> None:
        """Hand the read lane what is to be read; while a read runs, wait for it (the rest
        is read when it lands) unless `at_once`."""
        if self._reading and not at_once:
            return
        full = self._want_full or self._mark is None
        incidents, calls = frozenset(self._dirty_incidents), frozenset(self._dirty_calls)
        if not (full or incidents or calls or self._check_mark):
            return
        self._check_mark = False
        self._reading = True
        self._retry_at = None
        mark = self._mark

        def work(store: Store) -> _Read:
            return _read_items(store, full, incidents, calls, mark)

        self._ctx.ops.read(work, success=self._landed, failure=self._failed,
                           key=self._read_key, owner=self)

    def _landed(self, read: _Read) -> None:
        self._reading = False
        self._mark = read.mark
        self._dirty_incidents -= read.incidents
        self._dirty_calls -= read.calls
        if read.full:
            self._want_full = False
            self._all = {i.key: i for i in read.items}
            self.model.load(read.items, self.queue())
            self._count_moved()
        else:
            self._apply(read.items, read.incidents, read.calls)
        first = not self._loaded
        self._loaded = True
        self._read()  # what changed while this read ran
        if first or read.full:
            self.loaded.emit()

    def _apply(self, items: list[QueueItem], incidents: frozenset[int],
               calls: frozenset[int]) -> None:
        """Patch the items of these incidents and calls in; a new urgent one is alerted."""
        if not incidents and not calls:
            return
        for key in [k for k, i in self._all.items()
                    if i.call_id in calls or (i.call_id is None and i.incident_id in incidents)]:
            del self._all[key]
        self._all.update((i.key, i) for i in items)
        added = self.model.apply(items, incidents, calls)
        urgent = [i for i in added if self._rules.is_alert(i)]
        if urgent:
            self._alert(urgent[0])
        self._count_moved()

    def refresh_timed(self) -> None:
        """Read again the items that begin with the clock (`TIMED_SOURCES`); the next
        full read brings them if none has landed yet."""
        if not self._loaded:
            return

        def work(store: Store) -> list[QueueItem]:
            return store.queues.queue_items(sources=TIMED_SOURCES)

        self._ctx.ops.read(work, success=self._timed_landed, failure=lambda _exc: True,
                           key=f"queues/timed/{id(self)}", owner=self)

    def _timed_landed(self, items: list[QueueItem]) -> None:
        """Patch the timed kinds' items in; a new urgent one is alerted. (A failed read
        says nothing: the next one comes within `TIMED_MS`.)"""
        kinds = self._timed_kinds
        for key in [k for k, i in self._all.items() if i.kind in kinds]:
            del self._all[key]
        self._all.update((i.key, i) for i in items)
        mine = [i for i in items if i.in_queue(self.model.queue())]
        added = self.model.replace_scope(mine, lambda i: i.kind in kinds, queue_order)
        urgent = [i for i in added if self._rules.is_alert(i)]
        if urgent:
            self._alert(urgent[0])
        self._count_moved()

    def _failed(self, exc: BaseException) -> bool:
        """The file was busy or unreadable: said in the count line, tried again shortly."""
        self._reading = False
        self._check_mark = True  # the mark was not moved: asked again next time
        self._retry_at = time.monotonic() + RETRY_S
        self.count_label.setText(self.tr("The queue could not be read (%1). It will retry.")
                                 .replace("%1", texts.read_problem(exc)))
        return True

    def _on_tick(self) -> None:
        self.model.tick()
        self._count_moved()
        if self._retry_at is not None and time.monotonic() >= self._retry_at:
            self._read()

    def escalate_now(self) -> None:
        """Run the escalation pass now if this seat holds (or may take) the lease; the
        change feed brings the escalated items back."""
        self.escalation.run()

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
        follow up, the DV desk's page for a protection order, otherwise the item's form."""
        if has_form(item.kind):
            dialog = ItemDialog(self._ctx, item, self)
            dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.current_dialog = dialog
            dialog.open()
        elif item.incident_id is not None:
            view = queue_kind(item.kind).form.view
            if view == "board":
                self.openIncident.emit(item.incident_id)
            else:
                self.openIncidentIn.emit(view, item.incident_id)

    def _dialog_closed(self, dialog: ItemDialog) -> None:
        if self.current_dialog is dialog:
            self.current_dialog = None

    def show_handover(self) -> HandoverDialog:
        dialog = HandoverDialog(self._ctx, self.queue(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog


class QueuesView(QWidget):
    """待办队列: the queue page, and for the supervisor the clear-to-zero review."""

    countChanged = Signal(int)
    openIncident = Signal(int)
    openIncidentIn = Signal(str, int)  # the view that finishes the item, the incident

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.page = QueuePage(ctx, self)
        self.page.countChanged.connect(self.countChanged)
        self.page.openIncident.connect(self.openIncident)
        self.page.openIncidentIn.connect(self.openIncidentIn)
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
