"""The units an imported incident's source listed (a run sheet's one row per unit).

They are the other system's units, named as it named them, not this centre's: the
incident page lists them apart from its own units, read only, with their times.
"""

from __future__ import annotations

from datetime import tzinfo
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from console.domain.clock import local_text
from console.store.incidents import ImportedUnit

COL_UNIT, COL_DISPATCHED, COL_ARRIVED = range(3)
COLUMN_COUNT = 3
_Index = QModelIndex | QPersistentModelIndex


class ImportedUnitsModel(QAbstractTableModel):
    """One row per listed unit; a time on a later day than the incident opened shows its date."""

    def __init__(self, tz: tzinfo, parent: QObject | None = None):
        super().__init__(parent)
        self._tz = tz
        self._units: list[ImportedUnit] = []
        self._opened_day = ""

    def set_units(self, units: list[ImportedUnit], opened_at: str) -> None:
        self.beginResetModel()
        self._units = list(units)
        self._opened_day = local_text(opened_at, self._tz)[:10]
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._units)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {COL_UNIT: self.tr("Unit"), COL_DISPATCHED: self.tr("Dispatched"),
                COL_ARRIVED: self.tr("Arrived")}.get(section)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._units):
            return None
        unit = self._units[index.row()]
        column = index.column()
        if column == COL_UNIT:
            return unit.unit if role in (Qt.ItemDataRole.DisplayRole,
                                         Qt.ItemDataRole.ToolTipRole) else None
        stored = unit.dispatched_at if column == COL_DISPATCHED else unit.arrived_at
        when = local_text(stored, self._tz)
        if role == Qt.ItemDataRole.ToolTipRole:
            return when or self.tr("Not in the source record")
        if role == Qt.ItemDataRole.DisplayRole:
            if not when:
                return "—"
            # The time of day; the date too when it falls past the day the incident opened.
            return when[11:] if when[:10] == self._opened_day else when[5:]
        return None
