"""The telecom-fraud sub-form: the victim's account, a table of transfers, outcomes.

Transfers are kept as typed text until the call is saved, so a malformed amount
stays in its cell with a message instead of being dropped or rounded.
"""

from __future__ import annotations

from datetime import date, tzinfo

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QFocusEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.domain.fraud import FraudReport, Transfer, format_amount, parse_amount
from console.domain.intake_form import parse_local_time
from console.domain.problems import Problem, has_control_chars

AnyIndex = QModelIndex | QPersistentModelIndex
COLUMNS = ("amount", "transfer_at", "to_account", "to_name", "to_bank")
_BAD = QBrush(QColor("#ffd6d6"))


class TransfersModel(QAbstractTableModel):
    """Rows of typed transfer text; cells named in `bad` are shown in red."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._rows: list[list[str]] = []
        self.bad: set[tuple[int, int]] = set()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Amount (yuan)"), self.tr("Time"), self.tr("Receiving account"),
                    self.tr("Receiving name"), self.tr("Receiving bank"))[section]
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        text = self._rows[index.row()][index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return text
        if role == Qt.ItemDataRole.BackgroundRole and (index.row(), index.column()) in self.bad:
            return _BAD
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable)

    def setData(self, index: AnyIndex, value: object,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        self._rows[index.row()][index.column()] = "" if value is None else str(value)
        self.bad.discard((index.row(), index.column()))
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole,
                                             Qt.ItemDataRole.EditRole,
                                             Qt.ItemDataRole.BackgroundRole])
        self.edited.emit()
        return True

    def add_row(self) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append([""] * len(COLUMNS))
        self.endInsertRows()
        self.edited.emit()
        return row

    def remove_row(self, row: int) -> None:
        if not 0 <= row < len(self._rows):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()
        self.bad = {(r if r < row else r - 1, c) for r, c in self.bad if r != row}
        self.edited.emit()

    def rows(self) -> list[list[str]]:
        return [list(r) for r in self._rows]

    def set_rows(self, rows: list[list[str]]) -> None:
        self.beginResetModel()
        self._rows = [([*map(str, r)] + [""] * len(COLUMNS))[:len(COLUMNS)] for r in rows]
        self.bad = set()
        self.endResetModel()

    def mark_bad(self, cells: set[tuple[int, int]]) -> None:
        self.bad = set(cells)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(COLUMNS) - 1),
                                  [Qt.ItemDataRole.BackgroundRole])


class TransfersTable(QTableView):
    """Tab walks the cells and leaves the table after the last one (Shift+Tab before the
    first), so the outcomes below are reached by keyboard; a Tab into an empty table
    starts its first row."""

    emptyEntered = Signal()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if (event.reason() == Qt.FocusReason.TabFocusReason
                and self.model().rowCount() == 0):
            self.emptyEntered.emit()

    def _at_end(self, forward: bool) -> bool:
        rows, columns = self.model().rowCount(), self.model().columnCount()
        current = self.currentIndex()
        if rows == 0 or not current.isValid():
            return True
        if forward:
            return current.row() == rows - 1 and current.column() == columns - 1
        return current.row() == 0 and current.column() == 0

    def _leave(self, forward: bool) -> bool:
        # Past the table's own Tab handling, on along the window's focus chain.
        return QWidget.focusNextPrevChild(self, forward)

    def focusNextPrevChild(self, forward: bool) -> bool:
        if self._at_end(forward):
            return self._leave(forward)
        return super().focusNextPrevChild(forward)

    def closeEditor(self, editor: QWidget,
                    hint: QAbstractItemDelegate.EndEditHint) -> None:
        forward = hint == QAbstractItemDelegate.EndEditHint.EditNextItem
        backward = hint == QAbstractItemDelegate.EndEditHint.EditPreviousItem
        if (forward or backward) and self._at_end(forward):
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self._leave(forward)
            return
        super().closeEditor(editor, hint)


class FraudForm(QGroupBox):
    """Shown for telecom-fraud categories; outcomes may be filled in later."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Telecom fraud"))
        self.victim_account = QLineEdit()
        self.victim_account.setObjectName("victim_account")
        self.victim_bank = QLineEdit()
        self.victim_bank.setObjectName("victim_bank")
        self.model = TransfersModel(self)
        self.table = TransfersTable()
        self.table.setObjectName("transfers")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.setTabKeyNavigation(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(90)
        self.stop_payment = QCheckBox(self.tr("Emergency stop-payment requested"))
        self.stop_payment.setObjectName("stop_payment")
        self.accounts_frozen = QLineEdit()
        self.accounts_frozen.setObjectName("accounts_frozen")
        self.accounts_frozen.setPlaceholderText(self.tr("may be filled in later"))
        self.money_recovered = QLineEdit()
        self.money_recovered.setObjectName("money_recovered")
        self.money_recovered.setPlaceholderText(self.tr("yuan; may be filled in later"))

        self.add_action = QAction(self.tr("Add transfer (Ctrl+T)"), self)
        self.add_action.setShortcut(QKeySequence("Ctrl+T"))
        self.add_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.add_action.triggered.connect(self.add_transfer)
        self.remove_action = QAction(self.tr("Remove transfer (Ctrl+Shift+T)"), self)
        self.remove_action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.remove_action.triggered.connect(self.remove_transfer)
        self.addActions([self.add_action, self.remove_action])

        form = QFormLayout()
        form.addRow(self.tr("Victim's account"), self.victim_account)
        form.addRow(self.tr("Victim's bank"), self.victim_bank)
        hint = QLabel(self.tr("Transfers — Ctrl+T adds a row, Ctrl+Shift+T removes the current "
                              "row; Tab moves between cells and on past the last one"))
        hint.setObjectName("hint")
        outcomes = QHBoxLayout()
        outcomes.addWidget(self.stop_payment)
        outcomes.addWidget(QLabel(self.tr("Accounts frozen")))
        outcomes.addWidget(self.accounts_frozen)
        outcomes.addWidget(QLabel(self.tr("Money recovered")))
        outcomes.addWidget(self.money_recovered)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.table)
        layout.addLayout(outcomes)

        for edit in (self.victim_account, self.victim_bank, self.accounts_frozen,
                     self.money_recovered):
            edit.textEdited.connect(self.edited)
        self.stop_payment.toggled.connect(self.edited)
        self.model.edited.connect(self.edited)
        self.table.emptyEntered.connect(self.add_transfer)

    def add_transfer(self) -> None:
        row = self.model.add_row()
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.setFocus()
        self.table.edit(index)

    def remove_transfer(self) -> None:
        current = self.table.currentIndex()
        row = current.row() if current.isValid() else self.model.rowCount() - 1
        self.model.remove_row(row)

    def clear(self) -> None:
        for edit in (self.victim_account, self.victim_bank, self.accounts_frozen,
                     self.money_recovered):
            edit.clear()
        self.stop_payment.setChecked(False)
        self.model.set_rows([])

    def state(self) -> dict[str, object]:
        """The typed text, for drafts: kept even when it does not parse yet."""
        return {
            "victim_account": self.victim_account.text(),
            "victim_bank": self.victim_bank.text(),
            "rows": self.model.rows(),
            "stop_payment": self.stop_payment.isChecked(),
            "accounts_frozen": self.accounts_frozen.text(),
            "money_recovered": self.money_recovered.text(),
        }

    def restore(self, state: dict[str, object]) -> None:
        self.victim_account.setText(str(state.get("victim_account", "")))
        self.victim_bank.setText(str(state.get("victim_bank", "")))
        rows = state.get("rows") or []
        self.model.set_rows([list(r) for r in rows])  # type: ignore[union-attr]
        self.stop_payment.setChecked(bool(state.get("stop_payment")))
        self.accounts_frozen.setText(str(state.get("accounts_frozen", "")))
        self.money_recovered.setText(str(state.get("money_recovered", "")))

    def report(self, tz: tzinfo, day: date) -> tuple[FraudReport, list[Problem]]:
        """Parse the typed text; what does not parse is a problem, its cell marked."""
        problems: list[Problem] = []
        bad: set[tuple[int, int]] = set()
        transfers: list[Transfer] = []
        for r, (amount, at, account, name, bank) in enumerate(self.model.rows()):
            if not any(v.strip() for v in (amount, at, account, name, bank)):
                continue
            fen = 0
            try:
                fen = parse_amount(amount)
            except ValueError:
                problems.append(Problem("amount", "bad_amount"))
                bad.add((r, 0))
            when = None
            try:
                when = parse_local_time(at, tz, day)
            except ValueError:
                problems.append(Problem("transfer_at", "bad_time"))
                bad.add((r, 1))
            transfers.append(Transfer(fen, when, account, name, bank))
        frozen: int | None = None
        text = self.accounts_frozen.text().strip()
        if text:
            if text.isdigit():
                frozen = int(text)
            else:
                problems.append(Problem("accounts_frozen", "bad_count"))
        recovered: int | None = None
        text = self.money_recovered.text().strip()
        if text:
            try:
                recovered = parse_amount(text)
            except ValueError:
                problems.append(Problem("money_recovered", "bad_amount"))
        self.model.mark_bad(bad)
        report = FraudReport(self.victim_account.text(), self.victim_bank.text(), transfers,
                             self.stop_payment.isChecked(), frozen, recovered)
        return report, problems

    def focus_problem(self, problem: Problem) -> bool:
        """Put the cursor where a problem is; True if it is in this sub-form."""
        simple = {"victim_account": self.victim_account, "victim_bank": self.victim_bank,
                  "accounts_frozen": self.accounts_frozen,
                  "money_recovered": self.money_recovered}
        if problem.field in simple:
            simple[problem.field].setFocus()
            return True
        column = {"amount": 0, "transfer_at": 1, "to_account": 2, "to_name": 3,
                  "to_bank": 4}.get(problem.field)
        if column is None:
            return False
        rows = self.model.rows()
        row = next((r for r, c in sorted(self.model.bad) if c == column), None)
        if row is None:
            row = next((i for i, values in enumerate(rows)
                        if (problem.code == "too_long" and len(values[column]) > problem.limit)
                        or (problem.code == "control_chars"
                            and has_control_chars(values[column], multiline=False))), 0)
        if rows:
            self.model.mark_bad(self.model.bad | {(row, column)})
            self.table.setCurrentIndex(self.model.index(row, column))
        self.table.setFocus()
        return True

    def total_text(self, report: FraudReport) -> str:
        return format_amount(report.total_fen)
