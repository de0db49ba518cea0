"""Units offered for dispatch, best suited first, each with its current status."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from console.domain.places import Unit
from console.ui.board import labels

COL_NAME, COL_KIND, COL_PLACE, COL_STATUS = range(4)
COLUMN_COUNT = 4
CODE_ROLE = Qt.ItemDataRole.UserRole + 1  # the unit's code (for the store, never shown)

_AVAILABLE = QColor("#1e7d32")
_BUSY = QColor("#8a6d00")
_Index = QModelIndex | QPersistentModelIndex


class UnitsModel(QAbstractTableModel):
    """Read-only list; units already on the incident are shown but cannot be chosen."""

    def __init__(self, units: list[Unit], statuses: dict[str, str], on_incident: set[str],
                 place_names: dict[str, str], lang: str, parent: QObject | None = None):
        super().__init__(parent)
        self._units = units
        self._statuses = statuses
        self._on_incident = on_incident
        self._places = place_names
        self._lang = lang

    def unit_at(self, row: int) -> Unit:
        return self._units[row]

    def is_choosable(self, row: int) -> bool:
        return self._units[row].code not in self._on_incident

    def status_of(self, row: int) -> str:
        return self._statuses.get(self._units[row].code, "available")

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._units)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.is_choosable(index.row()):
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return Qt.ItemFlag.NoItemFlags

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            COL_NAME: self.tr("Unit"), COL_KIND: self.tr("Kind"),
            COL_PLACE: self.tr("Jurisdiction"), COL_STATUS: self.tr("Status"),
        }.get(section)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._units):
            return None
        unit = self._units[index.row()]
        column = index.column()
        if role == CODE_ROLE:
            return unit.code
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_NAME:
                return unit.name(self._lang)
            if column == COL_KIND:
                return self.kind_name(unit.kind)
            if column == COL_PLACE:
                return self._places.get(unit.jurisdiction_code, unit.jurisdiction_code)
            if column == COL_STATUS:
                if unit.code in self._on_incident:
                    return self.tr("On this incident")
                return labels.unit_status_name(self.status_of(index.row()))
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_STATUS:
            if unit.code in self._on_incident:
                return None
            busy = self.status_of(index.row()) != "available"
            return QBrush(_BUSY if busy else _AVAILABLE)
        return None

    def kind_name(self, kind: str) -> str:
        return {
            "duty_station": self.tr("Street duty station"),
            "stationing_point": self.tr("Stationing point"),
            "police_station": self.tr("Police station"),
            "special_patrol": self.tr("Special patrol"),
        }.get(kind, kind)
