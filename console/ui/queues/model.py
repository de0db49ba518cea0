"""One queue as a table: the items of a desk (or the supervisor, or all), in queue order."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from console.domain.queues import QueueItem, State
from console.ui.queues import texts
from console.ui.queues.keyed import KeyedTableModel

AnyIndex = QModelIndex | QPersistentModelIndex
ItemRole = Qt.ItemDataRole.UserRole + 1
StateRole = Qt.ItemDataRole.UserRole + 2

KIND, REFERENCE, ACTION, OWNER, DEADLINE, STATE, LEVEL = range(7)
_OVERDUE_BG = QColor("#fde2e1")
_ESCALATED_BG = QColor("#fff1c9")


class QueueModel(KeyedTableModel[QueueItem]):
    """One queue's items, keyed by `QueueItem.key` and kept in queue order; the clock
    decides overdue, so a tick refreshes only the deadline, state and level columns."""

    def __init__(self, now: Callable[[], datetime], queue: str = "all",
                 parent: QObject | None = None):
        super().__init__(lambda item: item.key, parent)
        self._now = now
        self._queue = queue

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headers(self) -> list[str]:
        return [self.tr("Kind"), self.tr("Incident / call"), self.tr("What to do"),
                self.tr("Owner"), self.tr("Deadline"), self.tr("State"), self.tr("Level")]

    def now(self) -> datetime:
        return self._now()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        item = self.row_at(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == ItemRole:
            return item
        if role == StateRole:
            return item.state(self.now()).value
        if role == Qt.ItemDataRole.BackgroundRole:
            state = item.state(self.now())
            if state is State.ESCALATED:
                return QBrush(_ESCALATED_BG)
            if state is State.OVERDUE:
                return QBrush(_OVERDUE_BG)
            return None
        if role == Qt.ItemDataRole.FontRole and column == DEADLINE and item.overdue(self.now()):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column in (DEADLINE, STATE):
            return self.tr("Due %1").replace("%1", item.due.strftime("%Y-%m-%d %H:%M:%S UTC"))
        if role == Qt.ItemDataRole.ToolTipRole and column in (ACTION, OWNER):
            return self._display(item, column)  # the whole text of a column that may be elided
        return None

    def _display(self, item: QueueItem, column: int) -> str:
        if column == KIND:
            return texts.kind_name(item.kind)
        if column == REFERENCE:
            return texts.reference_label(item)
        if column == ACTION:
            return texts.what_to_do(item)
        if column == OWNER:
            return texts.owner_text(item)
        if column == DEADLINE:
            return texts.deadline_text(item, self.now())
        if column == STATE:
            return texts.state_name(item.state(self.now()))
        if column == LEVEL:
            return texts.level_name(item.owner_level())
        return ""

    def tick(self) -> None:
        """The clock moved: deadlines count down, items turn overdue."""
        if self.rowCount():
            self.dataChanged.emit(self.index(0, DEADLINE), self.index(self.rowCount() - 1, LEVEL))

    # -- the queue shown ------------------------------------------------------------------
    def queue(self) -> str:
        return self._queue

    def load(self, items: Iterable[QueueItem], queue: str | None = None) -> None:
        """Show one queue from the full set of items (first load, or another queue chosen)."""
        if queue is not None:
            self._queue = queue
        self.reset(sorted((i for i in items if i.in_queue(self._queue)), key=queue_order))

    def apply(self, items: Iterable[QueueItem], incident_ids: Iterable[int] = (),
              call_ids: Iterable[int] = ()) -> list[QueueItem]:
        """Replace the items of these incidents and calls; returns those new to this queue."""
        incidents, calls = set(incident_ids), set(call_ids)

        def in_scope(item: QueueItem) -> bool:
            if item.call_id is not None:
                return item.call_id in calls
            return item.incident_id in incidents

        mine = [i for i in items if i.in_queue(self._queue)]
        return self.replace_scope(mine, in_scope, queue_order)


def queue_order(item: QueueItem) -> tuple[datetime, str]:
    """Overdue first, then by deadline: sorting by deadline does both, since an item is
    overdue exactly when its deadline has passed — so the order never changes with time."""
    return (item.due, item.key)
