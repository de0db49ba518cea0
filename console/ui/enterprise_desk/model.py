"""The registry as a table: one row per enterprise, the list the desk searches."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from console.domain.reference import Reference
from console.store.enterprise_registry import Enterprise
from console.ui.enterprise_desk import texts

AnyIndex = QModelIndex | QPersistentModelIndex
EnterpriseRole = Qt.ItemDataRole.UserRole + 1

NAME, CODE, JURISDICTION, OFFICER, PHONE, STATUS, INCIDENTS = range(7)
_INACTIVE = QColor("#8a8a8a")


class RegistryModel(QAbstractTableModel):
    """The entries a search found, in the order the store gave them (by name)."""

    def __init__(self, reference: Reference, lang: str, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[Enterprise] = []
        self._reference = reference
        self._lang = lang

    def set_rows(self, rows: list[Enterprise]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def entry(self, row: int) -> Enterprise | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, enterprise_id: int) -> int:
        return next((i for i, e in enumerate(self._rows) if e.id == enterprise_id), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = [self.tr("Enterprise"), self.tr("Credit code"), self.tr("Jurisdiction"),
                 self.tr("Officer"), self.tr("Officer's phone"), self.tr("Status"),
                 self.tr("Incidents")]
        return names[section] if 0 <= section < len(names) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.entry(index.row())
        if entry is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, index.column())
        if role == EnterpriseRole:
            return entry.id
        if role == Qt.ItemDataRole.ForegroundRole and entry.draft.status != "active":
            return QBrush(_INACTIVE)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == INCIDENTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, e: Enterprise, column: int) -> str:
        d = e.draft
        if column == JURISDICTION:
            jur = self._reference.jurisdiction(d.jurisdiction_code)
            return jur.name(self._lang) if jur else d.jurisdiction_code
        if column == STATUS:
            return texts.status_name(d.status)
        if column == INCIDENTS:
            return str(e.incidents)
        return {NAME: d.name, CODE: d.credit_code, OFFICER: d.officer,
                PHONE: d.officer_phone}.get(column, "")
