"""The active-incident board (警情看板): filters, the live table, and the selected incident."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QModelIndex, Qt
from PySide6.QtGui import QAction, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.domain.lifecycle import OPEN_STAGES, ORDER
from console.ui.board import labels
from console.ui.board.detail import IncidentDetail
from console.ui.board.model import (
    COL_ADDRESS,
    COL_DEADLINE,
    COL_FLAGS,
    COL_NUMBER,
    COL_UNITS,
    ID_ROLE,
    BoardModel,
)
from console.ui.board.proxy import BoardFilter
from console.ui.context import ViewContext

_LEAST_WIDTHS = {COL_FLAGS: 44, COL_UNITS: 60, COL_DEADLINE: 100}


class BoardView(QWidget):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.model = BoardModel(ctx, self)
        self.proxy = BoardFilter(ctx.reference, self)
        self.proxy.setSourceModel(self.model)

        self.filter_text = QLineEdit()
        self.filter_text.setClearButtonEnabled(True)
        self.filter_text.setPlaceholderText(
            self.tr("Filter by number, address or category (Ctrl+F)"))
        self.filter_text.textChanged.connect(self.proxy.set_text)
        self.filter_text.returnPressed.connect(self._focus_table)
        self.jurisdiction = QComboBox()
        self.jurisdiction.addItem(self.tr("All jurisdictions"), "")
        for place in ctx.reference.jurisdictions:
            self.jurisdiction.addItem(place.name(ctx.lang), place.code)
        self.jurisdiction.currentIndexChanged.connect(
            lambda _i: self.proxy.set_jurisdiction(self.jurisdiction.currentData()))
        self.stage = QComboBox()
        self.stage.addItem(self.tr("All stages"), "")
        for stage in ORDER:
            if stage in OPEN_STAGES:
                self.stage.addItem(labels.stage_name(stage), stage.value)
        self.stage.currentIndexChanged.connect(
            lambda _i: self.proxy.set_stage(self.stage.currentData()))
        self.priority = QComboBox()
        self.priority.addItem(self.tr("All priorities"), 0)
        for level in (1, 2, 3):
            self.priority.addItem(labels.priority_name(level), level)
        self.priority.currentIndexChanged.connect(
            lambda _i: self.proxy.set_priority(self.priority.currentData()))
        self.count = QLabel()
        self.count.setStyleSheet("font-weight: bold;")

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_ADDRESS, QHeaderView.ResizeMode.Stretch)
        self._fit_columns()
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(self._open_detail)

        self.detail = IncidentDetail(ctx, self)
        # The detail's one-key actions also work while the table has the focus.
        for action in self.detail.actions():
            self.addAction(action)
        find = QAction(self.tr("Find"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(self.focus_filter)
        self.addAction(find)
        back = QAction(self.tr("Back to the board"), self.filter_text)
        back.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        back.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        back.triggered.connect(self._focus_table)
        self.filter_text.addAction(back)

        filters = QHBoxLayout()
        filters.addWidget(self.filter_text, 2)
        filters.addWidget(self.jurisdiction)
        filters.addWidget(self.stage)
        filters.addWidget(self.priority)
        filters.addWidget(self.count)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([880, 520])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self.proxy.rowsRemoved.connect(self._rows_left)
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved,
                       self.proxy.modelReset, self.proxy.layoutChanged):
            signal.connect(self._update_count)
        self._update_count()
        self.table.setFocus()

    def _fit_columns(self) -> None:
        """Size columns to what is on the board now (once: ticks must not make them jump)."""
        self.table.resizeColumnsToContents()
        bold = self.table.font()
        bold.setBold(True)
        sample = QFontMetrics(bold).horizontalAdvance("340400-20261129-0000") + 16
        self.table.setColumnWidth(COL_NUMBER, max(sample, self.table.columnWidth(COL_NUMBER)))
        for column, least in _LEAST_WIDTHS.items():
            self.table.setColumnWidth(column, max(least, self.table.columnWidth(column)))

    def focus_filter(self) -> None:
        self.filter_text.setFocus()
        self.filter_text.selectAll()

    def _focus_table(self) -> None:
        self.table.setFocus()
        if not self.table.currentIndex().isValid() and self.proxy.rowCount():
            self.table.selectRow(0)

    def select_incident(self, incident_id: int) -> bool:
        """Highlight an incident's row (if it is on the board and passes the filters)."""
        row = self.model.row_of(incident_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, COL_NUMBER))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def _rows_left(self, *_: object) -> None:
        """The detail keeps a closed incident (it can be reopened); the table selects none."""
        shown = self.detail.incident_id
        if shown is not None and self.model.row_of(shown) is None:
            self.table.clearSelection()

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes and not self.model.removing:
            self.detail.show_incident(int(indexes[0].data(ID_ROLE)))

    def _open_detail(self, index: QModelIndex) -> None:
        """Enter on a row: the detail takes the focus, on the units of the incident."""
        if index.isValid():
            self.detail.show_incident(int(index.data(ID_ROLE)))
            self.detail.assignments.setFocus()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            self.count.setText(self.tr("%n open incident(s)", "", total))
        else:
            self.count.setText(self.tr("%1 of %2 shown").replace("%1", str(shown)).replace(
                "%2", str(total)))
