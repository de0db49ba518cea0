"""警情清零: the supervisor's review of what earlier days still have open, and why.

Each incident shows its owner, age and reasons (stage, missing callback,
unacknowledged push, open escalation); the supervisor assigns it to an
operator, escalates it or annotates it, all written to the event log. Each day
says whether it is cleared.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.domain.queues import DayStatus, OpenIncident
from console.store import InputRefused, StoreError
from console.store.queues import ClearReview
from console.ui.context import ViewContext
from console.ui.queues import texts
from console.ui.queues.keyed import KeyedTableModel
from console.ui.queues.worker import StoreWorker

AnyIndex = QModelIndex | QPersistentModelIndex
IncidentRole = Qt.ItemDataRole.UserRole + 1
RELOAD_AFTER_CHANGE_MS = 500


class ReviewModel(KeyedTableModel[OpenIncident]):
    def __init__(self, ctx: ViewContext, parent: QObject | None = None):
        super().__init__(lambda o: o.incident_id, parent)
        self._ctx = ctx

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def headers(self) -> list[str]:
        return [self.tr("Day"), self.tr("Incident"), self.tr("Category"), self.tr("Stage"),
                self.tr("Why still open"), self.tr("Owner"), self.tr("Age"),
                self.tr("Escalated to")]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        row = self.row_at(index.row())
        if role == IncidentRole:
            return row.incident_id
        if role == Qt.ItemDataRole.BackgroundRole and row.escalation_level:
            return QBrush(QColor("#fff1c9"))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return row.day.isoformat()
        if column == 1:
            return row.number
        if column == 2:
            return texts.category_name(self._ctx.reference, row.category_code, self._ctx.lang)
        if column == 3:
            return texts.stage_name(row.stage)
        if column == 4:
            return self.tr(", ").join(texts.reason_name(r, row.stage, row.pending_pushes)
                                      for r in row.reasons)
        if column == 5:
            return row.owner_name or texts.desk_name(row.desk)
        if column == 6:
            return texts.span_text(row.age(self._ctx.store.now()))
        if column == 7:
            return texts.level_name_code(row.escalation_level)
        return None


class DaysModel(QAbstractListModel):
    """One line per day: "2026-11-28 已清零" or "2026-11-28 3 起未结"."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._days: list[DayStatus] = []

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._days)

    def set_days(self, days: list[DayStatus]) -> None:
        if days == self._days:
            return
        if len(days) == len(self._days):
            self._days = list(days)
            if days:
                self.dataChanged.emit(self.index(0), self.index(len(days) - 1))
            return
        self.beginResetModel()
        self._days = list(days)
        self.endResetModel()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._days):
            return None
        day = self._days[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.line(day)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#2e7d32" if day.cleared else "#c62828"))
        return None

    def line(self, day: DayStatus) -> str:
        if day.cleared:
            return self.tr("%1 cleared").replace("%1", day.day.isoformat())
        return self.tr("%1 %2 still open").replace("%1", day.day.isoformat()).replace(
            "%2", str(day.still_open))


class ClearToZeroView(QWidget):
    openIncident = Signal(int)
    loaded = Signal()

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._worker = StoreWorker(ctx.store, self)
        self._loaded = False
        self.review: ClearReview | None = None
        self.model = ReviewModel(ctx, self)
        self.days = DaysModel(self)
        self.summary = QLabel()
        self.summary.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.message = QLabel()
        self.message.setStyleSheet("color: #b71c1c;")
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(
            lambda index: self.openIncident.emit(self.model.row_at(index.row()).incident_id))
        self.day_list = QListView()
        self.day_list.setModel(self.days)
        self.day_list.setMaximumWidth(240)

        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        self.assign_action = self._button(bar, self.tr("Assign…"), "Ctrl+Shift+A",
                                          self._ask_assign)
        self.escalate_action = self._button(bar, self.tr("Escalate…"), "Ctrl+Shift+E",
                                            self._ask_escalate)
        self.annotate_action = self._button(bar, self.tr("Annotate…"), "Ctrl+Shift+N",
                                            self._ask_annotate)
        self._button(bar, self.tr("Reload"), "F5", self.reload)
        split = QSplitter()
        days_box = QWidget()
        days_layout = QVBoxLayout(days_box)
        days_layout.setContentsMargins(0, 0, 0, 0)
        days_layout.addWidget(QLabel(self.tr("Days")))
        days_layout.addWidget(self.day_list)
        split.addWidget(days_box)
        split.addWidget(self.table)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(split, 1)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(RELOAD_AFTER_CHANGE_MS)
        self._soon.timeout.connect(self.reload)
        ctx.changes.changed.connect(self._soon.start)
        self.reload()

    def _button(self, bar: QHBoxLayout, text: str, keys: str, slot: object) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        button = QPushButton(text)
        button.setToolTip(f"{text} ({action.shortcut().toString()})")
        button.clicked.connect(action.trigger)
        bar.addWidget(button)
        return action

    def busy(self) -> bool:
        return self._worker.busy()

    def is_loaded(self) -> bool:
        return self._loaded

    def reload(self) -> None:
        self._worker.run(lambda store: store.clear_review(), self._show_review,
                         lambda code: self.message.setText(
                             self.tr("The review could not be read (%1).").replace("%1", code)))

    def _show_review(self, review: ClearReview) -> None:
        self.review = review
        if self._loaded:
            self.model.replace_scope(review.incidents, lambda _row: True)
        else:
            self.model.reset(review.incidents)
            self._loaded = True
        self.days.set_days(review.days)
        count = len(review.incidents)
        if count:
            self.summary.setText(self.tr("%1 incident(s) from earlier days still open").replace(
                "%1", str(count)))
        else:
            self.summary.setText(self.tr("All earlier days are cleared"))
        self.loaded.emit()

    # -- actions --------------------------------------------------------------------------
    def selected(self) -> OpenIncident | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select_incident(self, incident_id: int) -> bool:
        row = self.model.row_of(incident_id)
        if row < 0:
            return False
        self.table.setCurrentIndex(self.model.index(row, 0))
        return True

    def assign_selected(self, operator_id: int) -> bool:
        return self._do(lambda row: self._ctx.store.assign_owner(
            row.incident_id, operator_id, self._ctx.operator.id))

    def escalate_selected(self, reason: str) -> bool:
        return self._do(lambda row: self._ctx.store.escalate_incident(
            row.incident_id, reason, self._ctx.operator.id))

    def annotate_selected(self, text: str) -> bool:
        return self._do(lambda row: self._ctx.store.annotate(
            row.incident_id, text, self._ctx.operator.id))

    def _do(self, write: Any) -> bool:
        row = self.selected()
        if row is None:
            self.message.setText(self.tr("Select an incident first."))
            return False
        try:
            write(row)
        except InputRefused:
            self.message.setText(self.tr("Please enter a text (at most 500 characters)."))
            return False
        except StoreError:
            self.message.setText(self.tr("The database is busy. Try again."))
            return False
        self.message.clear()
        self._ctx.changes.poke()
        self.reload()
        return True

    def _ask_assign(self) -> None:
        if self.selected() is None:
            self.message.setText(self.tr("Select an incident first."))
            return
        people = [o for o in self._ctx.store.operators() if o.active]
        names = [f"{o.display_name} ({self._ctx.reference.role(o.role).name(self._ctx.lang)})"
                 for o in people]
        name, ok = QInputDialog.getItem(self, self.tr("Assign"), self.tr("Owner:"), names, 0,
                                        False)
        if ok and name in names:
            self.assign_selected(people[names.index(name)].id)

    def _ask_escalate(self) -> None:
        if self.selected() is None:
            self.message.setText(self.tr("Select an incident first."))
            return
        reason, ok = QInputDialog.getText(self, self.tr("Escalate to the bureau leadership"),
                                          self.tr("Reason:"))
        if ok:
            self.escalate_selected(reason)

    def _ask_annotate(self) -> None:
        if self.selected() is None:
            self.message.setText(self.tr("Select an incident first."))
            return
        text, ok = QInputDialog.getMultiLineText(self, self.tr("Annotate"), self.tr("Note:"))
        if ok:
            self.annotate_selected(text)

    def now(self) -> datetime:
        return self._ctx.store.now()
