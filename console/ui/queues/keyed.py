"""A table model of rows named by a key, refreshed in place: changed rows are updated,
gone rows removed and new rows inserted, never a reset after the first load."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Hashable, Iterable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QTableView

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

    def replace_scope(self, rows: Iterable[Row], in_scope: Callable[[Row], bool],
                      order: Callable[[Row], Any] | None = None) -> list[Row]:
        """Make the rows for which `in_scope` holds equal `rows`; returns the rows added.

        With `order`, the rows are kept sorted by it: new rows go to their place and a row
        whose order changed moves (removed and inserted again).
        """
        fresh = {self._key(r): r for r in rows}

        def leaves(r: Row) -> bool:
            new = fresh.get(self._key(r))
            if new is None:
                return True
            return order is not None and order(new) != order(r)

        gone = [i for i, r in enumerate(self._rows) if in_scope(r) and leaves(r)]
        moved = {self._key(self._rows[i]) for i in gone} & fresh.keys()
        for start, count in reversed(_runs(gone)):
            self.beginRemoveRows(QModelIndex(), start, start + count - 1)
            del self._rows[start:start + count]
            self.endRemoveRows()
        if gone:
            self._reindex()
        last = self.columnCount() - 1
        pending = []
        for key, row in fresh.items():
            at = self._index.get(key)
            if at is None:
                pending.append(row)
            elif self._rows[at] != row:
                self._rows[at] = row
                self.dataChanged.emit(self.index(at, 0), self.index(at, last))
        added = [r for r in pending if self._key(r) not in moved]
        if order is not None:
            for row in sorted(pending, key=order):
                at = bisect.bisect_right(self._rows, order(row), key=order)
                self.beginInsertRows(QModelIndex(), at, at)
                self._rows.insert(at, row)
                self.endInsertRows()
        elif pending:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(pending) - 1)
            self._rows.extend(pending)
            self.endInsertRows()
        if pending:
            self._reindex()
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


def keep_a_current_row(table: QTableView) -> None:
    """Whenever rows arrive in a table with no current row, the first becomes current: Enter
    and the actions act on a row at once, without a click."""
    model = table.model()

    def ensure(*_: object) -> None:
        if not table.currentIndex().isValid() and model.rowCount():
            table.setCurrentIndex(model.index(0, 0))

    model.modelReset.connect(ensure)
    model.rowsInserted.connect(ensure)
