"""Sorting and the board's filters: jurisdiction, stage, priority and free text."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from console.domain.reference import Reference
from console.ui.board.model import SORT_ROLE, BoardModel


class BoardFilter(QSortFilterProxyModel):
    def __init__(self, reference: Reference, parent: QObject | None = None):
        super().__init__(parent)
        self._reference = reference
        self._jurisdiction: str | None = None
        self._stage: str | None = None
        self._priority: int | None = None
        self._text = ""
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_jurisdiction(self, code: str | None) -> None:
        self.beginFilterChange()
        self._jurisdiction = code or None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_stage(self, stage: str | None) -> None:
        self.beginFilterChange()
        self._stage = stage or None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_priority(self, priority: int | None) -> None:
        self.beginFilterChange()
        self._priority = priority or None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, BoardModel) or source_parent.isValid():
            return True
        incident = model.incident_at(source_row)
        if self._jurisdiction and incident.jurisdiction_code != self._jurisdiction:
            return False
        if self._stage and incident.stage != self._stage:
            return False
        if self._priority and incident.priority != self._priority:
            return False
        if not self._text:
            return True
        category = self._reference.taxonomy.find(incident.category_code)
        haystack = [incident.number, incident.address]
        if category is not None:
            haystack += [category.name_zh, category.name_en, category.pinyin]
        return any(self._text in part.casefold() for part in haystack)
