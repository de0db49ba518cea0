"""A table model of rows named by a key, refreshed in place: changed rows are updated,
gone rows removed and new rows inserted, never a reset after the first load."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Row = TypeVar("Row")
AnyIndex = QModelIndex | QPersistentModelIndex


class KeyedTableModel(QAbstractTableModel, Generic[Row]):
    def __init__(self, key: Callable[[Row], Hashable], parent: QObject | None = None):
        super().__init__(parent)
        self._key = key
        self._rows: list[Row] = []
        self._index: dict[Hashable, int] = {}

    # -- access ---------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def rows(self) -> list[Row]:
        return list(self._rows)

    def row_of(self, key: Hashable) -> int:
        return self._index.get(key, -1)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # -- refresh --------------------------------------------------------------------------
    def reset(self, rows: Iterable[Row]) -> None:
        """The first load (or a reload the user asked for)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._reindex()
        self.endResetModel()

    def replace_scope(self, rows: Iterable[Row], in_scope: Callable[[Row], bool]) -> list[Row]:
        """Make the rows for which `in_scope` holds equal `rows`; returns the rows added."""
        fresh = {self._key(r): r for r in rows}
        gone = [i for i, r in enumerate(self._rows)
                if in_scope(r) and self._key(r) not in fresh]
        for start, count in reversed(_runs(gone)):
            self.beginRemoveRows(QModelIndex(), start, start + count - 1)
            del self._rows[start:start + count]
            self.endRemoveRows()
        if gone:
            self._reindex()
        last = self.columnCount() - 1
        added = []
        for key, row in fresh.items():
            at = self._index.get(key)
            if at is None:
                added.append(row)
                continue
            if self._rows[at] != row:
                self._rows[at] = row
                self.dataChanged.emit(self.index(at, 0), self.index(at, last))
        if added:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(added) - 1)
            for offset, row in enumerate(added):
                self._rows.append(row)
                self._index[self._key(row)] = start + offset
            self.endInsertRows()
        return added

    def _reindex(self) -> None:
        self._index = {self._key(r): i for i, r in enumerate(self._rows)}

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < self.columnCount():
            return self.headers()[section]
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def headers(self) -> list[str]:
        raise NotImplementedError


def _runs(indexes: list[int]) -> list[tuple[int, int]]:
    """Consecutive runs of sorted row numbers as (start, count)."""
    runs: list[tuple[int, int]] = []
    for i in indexes:
        if runs and runs[-1][0] + runs[-1][1] == i:
            runs[-1] = (runs[-1][0], runs[-1][1] + 1)
        else:
            runs.append((i, 1))
    return runs
