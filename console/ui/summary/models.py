"""Item models of the summary: every figure with last year and the sign-off; a breakdown."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from console.domain.figures import (
    FIGURES,
    SECTIONS,
    Tallies,
    compared,
    format_growth,
    format_value,
    growth_pct,
)

Index = QModelIndex | QPersistentModelIndex
CHANGED_BACKGROUND = QColor("#FDE2E1")
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2
CHANGED_ROLE = Qt.ItemDataRole.UserRole + 3
_NUMERIC = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class FiguresModel(QAbstractTableModel):
    """One row per figure of the registry; a changed signed figure is marked."""

    COL_SECTION, COL_FIGURE, COL_VALUE, COL_PREVIOUS, COL_GROWTH, COL_SIGNED = range(6)

    def __init__(self, lang: str, parent=None):  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._lang = lang
        self._sections = {s.key: s.label(lang) for s in SECTIONS}
        self._current: Tallies | None = None
        self._previous: Tallies | None = None
        self._signed: Tallies | None = None

    def set_tallies(self, current: Tallies, previous: Tallies | None,
                    signed: Tallies | None) -> None:
        self.beginResetModel()
        self._current, self._previous, self._signed = current, previous, signed
        self.endResetModel()

    def changed_keys(self) -> list[str]:
        return [f.key for f in FIGURES if self._changed(f.key)]

    def _changed(self, key: str) -> bool:
        if self._signed is None or self._current is None:
            return False
        return self._signed.figures.get(key) != self._current.figures.get(key)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._current is None else len(FIGURES)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Section"), self.tr("Figure"), self.tr("Value"),
                self.tr("Same period last year"), self.tr("Year on year"),
                self.tr("Signed off"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self._current is None:
            return None
        fig = FIGURES[index.row()]
        col = index.column()
        value = self._current.figures.get(fig.key)
        previous = compared(self._previous, fig.key)  # None: last year has no data
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_SECTION:
                return self._sections[fig.section]
            if col == self.COL_FIGURE:
                return fig.label(self._lang)
            if col == self.COL_VALUE:
                return format_value(fig.unit, value, self._lang)
            if col == self.COL_PREVIOUS:
                return format_value(fig.unit, previous, self._lang) if fig.compare else ""
            if col == self.COL_GROWTH:
                return format_growth(growth_pct(value, previous)) if fig.compare else ""
            if self._signed is None:
                return ""
            return format_value(fig.unit, self._signed.figures.get(fig.key), self._lang)
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= self.COL_VALUE:
            return int(_NUMERIC)
        if role == Qt.ItemDataRole.BackgroundRole and self._changed(fig.key):
            return QBrush(CHANGED_BACKGROUND)
        if role == Qt.ItemDataRole.ToolTipRole:
            if self._changed(fig.key):
                return self.tr("Changed since the day was signed off")
            return fig.definition
        if role == KEY_ROLE:
            return fig.key
        if role == VALUE_ROLE:
            return value
        if role == CHANGED_ROLE:
            return self._changed(fig.key)
        return None


class BreakdownModel(QAbstractTableModel):
    """A breakdown (by category, by jurisdiction…) as label and count, largest first."""

    def __init__(self, parent=None):  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._rows: list[tuple[str, str, int]] = []
        self._total = 0

    def set_rows(self, rows: list[tuple[str, str, int]]) -> None:
        """(code, label, count) rows."""
        self.beginResetModel()
        self._rows = sorted(rows, key=lambda r: (-r[2], r[1]))
        self._total = sum(r[2] for r in rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Name"), self.tr("Count"), self.tr("Share"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        code, label, count = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return label
            if index.column() == 1:
                return f"{count:,}"
            return f"{100 * count / self._total:.1f}%" if self._total else ""
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(_NUMERIC)
        if role == KEY_ROLE:
            return code
        if role == VALUE_ROLE:
            return count
        return None
