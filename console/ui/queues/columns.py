"""Tables that fit the screen: whole incident numbers, short columns sized to what they
hold, and one long text column taking the rest (elided, its whole text in the tooltip).

Widths come from samples of what a column can hold (the number format, every kind or
level name) measured as the view's delegate draws them, so they follow the font and the
language; columns of free text (owners, categories) follow their content up to a cap.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionViewItem, QTableView

NUMBER_DIGITS = (6, 8, 4)  # the incident number format: 340400-YYYYMMDD-NNNN
PAD = 8  # room between a column's text and the next column, in pixels


def number_sample(font: QFont) -> str:
    """The widest incident number the font can draw: every digit the widest one."""
    metrics = QFontMetrics(font)
    widest = max("0123456789", key=metrics.horizontalAdvance)
    return "-".join(widest * n for n in NUMBER_DIGITS)


def cell_width(table: QTableView, text: str, *, bold: bool = False) -> int:
    """The width a cell of `table` needs to show `text` whole, as its delegate draws it."""
    font = QFont(table.font())
    font.setBold(bold)
    option = QStyleOptionViewItem()
    option.initFrom(table)
    option.font = font
    option.fontMetrics = QFontMetrics(font)
    option.text = text
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay
    option.displayAlignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    option.widget = table
    size = table.style().sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, option,
                                          QSize(), table)
    return size.width() + (1 if table.showGrid() else 0)


@dataclass
class Column:
    """How one column is sized: by samples of what it holds, by its content (up to `cap`
    characters of the widest script), or both."""

    samples: Callable[[], Iterable[str]] = lambda: ()
    content_cap: int = 0  # 0: not sized by content
    bold: bool = False
    number: bool = False  # holds incident numbers: never narrower than the widest one


class ColumnFit(QObject):
    """Keeps a table's columns fitted; the `stretch` column takes what is left."""

    def __init__(self, table: QTableView, columns: dict[int, Column], stretch: int):
        super().__init__(table)
        self.table = table
        self.columns = columns
        self.stretch = stretch
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self._grow_only = True
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(lambda: self.fit(grow_only=self._grow_only))
        model = table.model()
        model.modelReset.connect(lambda: self.fit())
        model.rowsInserted.connect(self._grow)
        table.installEventFilter(self)
        self.fit()

    def width_of(self, column: int) -> int:
        """The width `column` should have now."""
        spec = self.columns[column]
        table = self.table
        widths = [table.horizontalHeader().sectionSizeHint(column)]
        widths += [cell_width(table, text, bold=spec.bold) + PAD for text in spec.samples()]
        if spec.number:
            sample = number_sample(table.font())
            widths.append(cell_width(table, sample, bold=spec.bold) + PAD)
        if spec.content_cap and table.model().rowCount():
            cap = cell_width(table, "中" * spec.content_cap, bold=spec.bold)
            widths.append(min(table.sizeHintForColumn(column), cap) + PAD)
        return max(widths)

    def _grow(self) -> None:
        self._later.start()

    def fit(self, grow_only: bool = False) -> None:
        """Set every column but the stretching one; `grow_only` never narrows one (rows
        arriving must not make the columns jump)."""
        self._grow_only = True
        for column in self.columns:
            if column == self.stretch:
                continue
            width = self.width_of(column)
            if grow_only:
                width = max(width, self.table.columnWidth(column))
            self.table.setColumnWidth(column, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() in (QEvent.Type.FontChange,
                                                        QEvent.Type.StyleChange):
            self._grow_only = False
            self._later.start()
        return False
