"""The live history beside the form: earlier calls, the flags, possible duplicates.

Domestic violence shows only as a flag: the summary of a DV call is never shown
here, whoever is at the seat (the DV desk has its own view).
"""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.domain.clock import local_text
from console.domain.reference import Reference
from console.store.history import HistoryFlags
from console.store.records import HistoryRow, IncidentRow
from console.ui.intake.messages import stage_name

AnyIndex = QModelIndex | QPersistentModelIndex
_DV_BRUSH = QBrush(QColor("#fde2e2"))
_OPEN_BRUSH = QBrush(QColor("#fff4d6"))
# Plain ints: the views ask data() for every cell and role many times per answer.
SIZING_ROWS = 20  # rows measured when the columns are fitted to an answer
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)


class HistoryModel(QAbstractTableModel):
    """Earlier calls from the number or at the address, newest first.

    Each answer's texts are made once, when it arrives: sizing the columns asks for
    every cell several times, and the panel must show within a few milliseconds.
    """

    def __init__(self, reference: Reference, lang: str, tz: tzinfo,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._ref, self._lang, self._tz = reference, lang, tz
        self._rows: list[HistoryRow] = []
        self._texts: list[tuple[str, ...]] = []
        self._tips: list[str | None] = []
        self._brushes: list[QBrush | None] = []

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Time"), self.tr("Matched"), self.tr("Number"), self.tr("Address"),
                self.tr("Category"), self.tr("Disposition"), self.tr("Incident"),
                self.tr("Summary"))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return str(section + 1)

    def set_rows(self, rows: list[HistoryRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._texts = [tuple(self._text(r, c) for c in range(8)) for r in self._rows]
        self._tips = [None if r.is_dv else r.summary for r in self._rows]
        self._brushes = [_DV_BRUSH if r.is_dv
                         else _OPEN_BRUSH if r.stage and r.stage not in (
                             "closed", "called_back", "cancelled")
                         else None for r in self._rows]
        self.endResetModel()

    def row_at(self, row: int) -> HistoryRow:
        return self._rows[row]

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> object:
        if not index.isValid():
            return None
        if role == _DISPLAY:
            return self._texts[index.row()][index.column()]
        if role == _TOOLTIP and index.column() == 7:
            return self._tips[index.row()]
        if role == _BACKGROUND:
            return self._brushes[index.row()]
        return None

    def _text(self, r: HistoryRow, column: int) -> str:
        if column == 0:
            return local_text(r.received_at, self._tz, seconds=False)
        if column == 1:
            return {"number": self.tr("number"), "address": self.tr("address"),
                    "both": self.tr("number + address")}.get(r.matched_on, r.matched_on)
        if column == 2:
            return r.caller_number
        if column == 3:
            return r.address
        if column == 4:
            cat = self._ref.taxonomy.find(r.category_code)
            return cat.name(self._lang) if cat else ""
        if column == 5:
            disp = self._ref.disposition(r.disposition)
            return disp.name(self._lang) if disp else r.disposition
        if column == 6:
            if not r.incident_number:
                return ""
            return f"{r.incident_number} ({stage_name(r.stage)})"
        marks = []
        if r.is_dv:
            marks.append(self.tr("[DV]"))
        if r.is_enterprise:
            marks.append(self.tr("[Enterprise]"))
        summary = self.tr("details at the DV desk only") if r.is_dv else r.summary
        return " ".join([*marks, summary.replace("\n", " ")])


class DuplicatesModel(QAbstractTableModel):
    """Open incidents the call may duplicate; Enter on one marks the call a duplicate."""

    def __init__(self, reference: Reference, lang: str, tz: tzinfo,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._ref, self._lang, self._tz = reference, lang, tz
        self._rows: list[IncidentRow] = []
        self._texts: list[tuple[str, ...]] = []

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return (self.tr("Incident"), self.tr("Opened"), self.tr("Category"),
                    self.tr("Address"), self.tr("Stage"))[section]
        return str(section + 1)

    def set_rows(self, rows: list[IncidentRow]) -> None:
        self.beginResetModel()
        self._rows = sorted(rows, key=lambda i: i.opened_at, reverse=True)
        self._texts = [self._row_texts(i) for i in self._rows]
        self.endResetModel()

    def _row_texts(self, i: IncidentRow) -> tuple[str, ...]:
        cat = self._ref.taxonomy.find(i.category_code)
        return (i.number, local_text(i.opened_at, self._tz, seconds=False),
                cat.name(self._lang) if cat else "", i.address, stage_name(i.stage))

    def numbers(self) -> list[str]:
        return [i.number for i in self._rows]

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> object:
        if not index.isValid() or role != _DISPLAY:
            return None
        return self._texts[index.row()][index.column()]


class _KeyTable(QTableView):
    """A table that reports Enter and Esc instead of editing or ignoring them, and text
    typed in it (which belongs in the form) instead of searching its rows."""

    chosen = Signal(int)
    left = Signal()
    typed = Signal(QKeyEvent)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        commands = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                    | Qt.KeyboardModifier.MetaModifier)
        if text and text.isprintable() and not event.modifiers() & commands:
            self.typed.emit(event)
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            if self.currentIndex().isValid():
                self.chosen.emit(self.currentIndex().row())
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.left.emit()
            event.accept()
            return
        super().keyPressEvent(event)


def _table(model: QAbstractTableModel, name: str) -> _KeyTable:
    view = _KeyTable()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    # Sized to the contents once per answer (see `show_result`), from the rows in
    # view and a few more: a size-to-contents mode measures every row on every layout
    # pass, which alone kept the panel from showing at the last digit.
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setResizeContentsPrecision(SIZING_ROWS)
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    return view


class HistoryPanel(QWidget):
    """Flags on top (what must be noticed), possible duplicates, then the history."""

    duplicateChosen = Signal(str)  # incident number
    backToForm = Signal()
    typed = Signal(QKeyEvent)  # text typed in a table, for the form

    def __init__(self, reference: Reference, lang: str, tz: tzinfo,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.model = HistoryModel(reference, lang, tz, self)
        self.duplicates = DuplicatesModel(reference, lang, tz, self)
        self.title = QLabel(self.tr("History (last 12 months)"))
        self.title.setObjectName("sectionTitle")
        self.dv_flag = self._flag("dvFlag", "#b00020")
        self.dv_warned_flag = self._flag("dvWarnedFlag", "#880e4f")
        self.enterprise_flag = self._flag("enterpriseFlag", "#0d47a1")
        self.repeat_flag = self._flag("repeatFlag", "#e65100")
        self.duplicate_flag = self._flag("duplicateFlag", "#6a1b9a")
        self.duplicate_table = _table(self.duplicates, "duplicates")
        self.duplicate_table.setMaximumHeight(120)
        self.duplicate_table.setVisible(False)
        self.table = _table(self.model, "history")
        self.empty = QLabel(self.tr("Type a caller number or an address to see earlier calls."))
        self.empty.setObjectName("historyEmpty")
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        for flag in (self.dv_flag, self.dv_warned_flag, self.enterprise_flag, self.repeat_flag,
                     self.duplicate_flag):
            layout.addWidget(flag)
        layout.addWidget(self.duplicate_table)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self.duplicate_table.chosen.connect(
            lambda row: self.duplicateChosen.emit(self.duplicates.numbers()[row]))
        self.table.chosen.connect(self._history_chosen)
        self.duplicate_table.left.connect(self.backToForm)
        self.table.left.connect(self.backToForm)
        self.duplicate_table.typed.connect(self.typed)
        self.table.typed.connect(self.typed)

    @staticmethod
    def _flag(name: str, colour: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setStyleSheet(f"QLabel {{ background: {colour}; color: white; font-weight: bold;"
                            " padding: 4px 8px; border-radius: 3px; }")
        label.setVisible(False)
        return label

    def _history_chosen(self, row: int) -> None:
        number = self.model.row_at(row).incident_number
        if number and number in self.duplicates.numbers():
            self.duplicateChosen.emit(number)

    def show_result(self, rows: list[HistoryRow], flags: HistoryFlags, *,
                    asked: bool) -> None:
        self.model.set_rows(rows)
        self.duplicates.set_rows(flags.possible_duplicates)
        self.empty.setVisible(not rows)
        self.empty.setText(self.tr("No earlier calls from this number or at this address.")
                           if asked else
                           self.tr("Type a caller number or an address to see earlier calls."))
        self.dv_flag.setText(self.tr("Earlier domestic violence at this number or address"))
        self.dv_flag.setVisible(flags.dv_before)
        self.dv_warned_flag.setText(self.tr(
            "Household warned twice or more for domestic violence — special attention"))
        self.dv_warned_flag.setVisible(flags.dv_warned)
        self.enterprise_flag.setText(
            self.tr("Registered key enterprise at this address: {name}")
            .format(name=flags.enterprise_name))
        self.enterprise_flag.setVisible(flags.enterprise_id is not None)
        self.repeat_flag.setText(
            self.tr("Repeat caller: %n earlier call(s) from this number today", "",
                    flags.calls_today))
        self.repeat_flag.setVisible(flags.calls_today > 0)
        self.duplicate_flag.setText(
            self.tr("Possible duplicate of %n open incident(s) — F3, then Enter to mark "
                    "this call a duplicate", "", len(flags.possible_duplicates)))
        self.duplicate_flag.setVisible(bool(flags.possible_duplicates))
        self.duplicate_table.setVisible(bool(flags.possible_duplicates))
        for table in (self.duplicate_table, self.table):
            if table.model().rowCount():
                for column in range(table.model().columnCount() - 1):  # the last stretches
                    table.resizeColumnToContents(column)

    def clear(self) -> None:
        self.show_result([], HistoryFlags(), asked=False)

    def focus_first(self) -> None:
        """F4: the duplicates if any, else the history; the first row selected."""
        table = (self.duplicate_table if self.duplicates.rowCount() else self.table)
        table.setFocus()
        if table.model().rowCount() and not table.currentIndex().isValid():
            table.setCurrentIndex(table.model().index(0, 0))
