"""The desk's queue as a table: one row per enterprise incident with something to do."""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from console.domain.clock import local_text, to_stored
from console.domain.enterprise_loop import DeskRow
from console.ui.enterprise_desk import loop_texts, texts

AnyIndex = QModelIndex | QPersistentModelIndex
NUMBER, ENTERPRISE, STAGE, NEXT, DEADLINE, LEVEL = range(6)
_OVERDUE = QColor("#fde2e1")
_ESCALATED = QColor("#fff1c9")


class DeskQueueModel(QAbstractTableModel):
    def __init__(self, tz: tzinfo, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[DeskRow] = []
        self._tz = tz

    def set_rows(self, rows: list[DeskRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def entry(self, row: int) -> DeskRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, incident_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.incident_id == incident_id), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = [self.tr("Incident"), self.tr("Enterprise"), self.tr("Stage"),
                 self.tr("Next step"), self.tr("Deadline"), self.tr("Level")]
        return names[section] if 0 <= section < len(names) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.entry(index.row())
        if r is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, index.column())
        if role == Qt.ItemDataRole.BackgroundRole:
            if r.level > 0:
                return QBrush(_ESCALATED)
            if r.overdue:
                return QBrush(_OVERDUE)
        return None

    def _display(self, r: DeskRow, column: int) -> str:
        if column == NUMBER:
            return r.number
        if column == ENTERPRISE:
            return r.enterprise
        if column == STAGE:
            return texts.stage_name(r.stage)
        if column == NEXT:
            return loop_texts.step_name(r.next_step, r.next_role)
        if column == DEADLINE:
            return self._deadline(r.due)
        if column == LEVEL:
            return loop_texts.level_name(r.level)
        return ""

    def _deadline(self, due: datetime | None) -> str:
        return local_text(to_stored(due), self._tz, seconds=False) if due else ""
