"""The active-incident board (警情看板): filters, the live table, and the selected incident."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, QObject, Qt
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
    COL_CATEGORY,
    COL_DEADLINE,
    COL_FLAGS,
    COL_NUMBER,
    COL_PRIORITY,
    COL_STAGE,
    COL_TIME,
    ID_ROLE,
    BoardModel,
)
from console.ui.board.proxy import BoardFilter
from console.ui.context import ViewContext

_PADDING = 14  # a cell's margins either side of its text


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
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_ADDRESS, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(24)
        self._widths = self._column_widths()
        self._fit_columns()
        self.table.viewport().installEventFilter(self)
        self.table.installEventFilter(self)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(self._open_detail)

        self.detail = IncidentDetail(ctx, self)
        # The detail's one-key actions also work while the table has the focus, and are the
        # rows' context menu (the menu key, or a right click, which selects the row first).
        for action in self.detail.actions():
            self.addAction(action)
        self.table.addActions(self.detail.actions())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
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
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([960, 440])  # the board gets what the detail can spare
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self.proxy.rowsRemoved.connect(self._rows_left)
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved,
                       self.proxy.modelReset, self.proxy.layoutChanged):
            signal.connect(self._update_count)
        self._update_count()
        self.table.setFocus()

    def _column_widths(self) -> dict[int, int]:
        """What each short column needs for any value it can show, and for its header.

        Worked out once from every possible value (not from the rows now on the board), so
        a new row or a tick never makes a column jump or the board scroll sideways.
        """
        plain = QFontMetrics(self.table.font())
        bold_font = self.table.font()
        bold_font.setBold(True)
        bold = QFontMetrics(bold_font)
        icon = self.table.style().pixelMetric(self.table.style().PixelMetric.PM_SmallIconSize)
        model, reference, lang = self.model, self._ctx.reference, self._ctx.lang

        def widest(texts: Iterable[str], metrics: QFontMetrics = plain) -> int:
            return max((metrics.horizontalAdvance(t) for t in texts), default=0) + _PADDING

        needs = {column: widest(model.widest_texts(column))
                 for column in (COL_FLAGS, COL_PRIORITY, COL_STAGE, COL_TIME)}
        needs[COL_NUMBER] = widest([f"{reference.centre_code}-20261129-0000"], bold)
        needs[COL_DEADLINE] = widest(model.widest_texts(COL_DEADLINE), bold) + icon + 4
        needs[COL_CATEGORY] = widest(c.name(lang) for c in reference.taxonomy.categories
                                     if c.is_incident)
        header = self.table.horizontalHeader()
        return {column: max(need, header.sectionSizeHint(column))
                for column, need in needs.items()}

    def _fit_columns(self) -> None:
        """Short columns at their full width; the category and the address share the rest.

        The address column stretches into whatever the category leaves; long categories
        and addresses are elided (their tooltips show them whole).
        """
        widths = self._widths
        short = [c for c in widths if c != COL_CATEGORY]
        for column in short:
            self.table.setColumnWidth(column, widths[column])
        free = self.table.viewport().width() - sum(widths[c] for c in short)
        least = self.table.horizontalHeader().sectionSizeHint(COL_CATEGORY)
        self.table.setColumnWidth(COL_CATEGORY,
                                  min(widths[COL_CATEGORY], max(least, free * 2 // 5)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        elif watched is self.table and event.type() == QEvent.Type.FocusIn:
            self._select_current()
        return super().eventFilter(watched, event)

    def focus_filter(self) -> None:
        self.filter_text.setFocus()
        self.filter_text.selectAll()

    def take_focus(self) -> None:
        """The main window gives the board the keyboard: on the table, a row highlighted."""
        self._focus_table()

    def _focus_table(self) -> None:
        self.table.setFocus()
        self._select_current()

    def _select_current(self) -> None:
        """With nothing selected, the highlighted (or first) row is: whenever the table has
        the keyboard, the detail beside it shows an incident."""
        if self.table.selectionModel().hasSelection() or not self.proxy.rowCount():
            return
        current = self.table.currentIndex()
        self.table.selectRow(current.row() if current.isValid() else 0)

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

    def open_incident(self, incident_id: int) -> None:
        """Another view asked for this incident: its row, or, for one the board does not
        list (closed, or filtered out), its detail all the same."""
        if not self.select_incident(incident_id):
            self.table.clearSelection()
            self.detail.show_incident(incident_id)

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
