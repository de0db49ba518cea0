"""Who read DV case details, and who tried and was refused (L on the desk's page): the
desk's own record and the audit trail's reads of DV incidents elsewhere in one list
(`store.dv.reads`, the same list `console110 audit-reads` prints), newest first, refused
attempts marked."""

from __future__ import annotations

from datetime import tzinfo
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QDialog, QLabel, QTableView, QVBoxLayout, QWidget

from console.store.dv_desk import AccessRecord
from console.ui.context import ViewContext

_Index = QModelIndex | QPersistentModelIndex
REFUSED = QColor("#b71c1c")


def what_name(what: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        "desk_list": QCoreApplication.translate("DvTexts", "the desk's list"),
        "dv_desk": QCoreApplication.translate("DvTexts", "the desk's list"),
        "case": QCoreApplication.translate("DvTexts", "the case ledger"),
        "case_matches": QCoreApplication.translate("DvTexts", "known cases it may belong to"),
        "orders": QCoreApplication.translate("DvTexts", "protection orders"),
        "order_alerts": QCoreApplication.translate("DvTexts", "the orders' alerts"),
        "referrals": QCoreApplication.translate("DvTexts", "referrals"),
        "board": QCoreApplication.translate("DvTexts", "the board"),
        "history": QCoreApplication.translate("DvTexts", "the intake's history"),
        "incident": QCoreApplication.translate("DvTexts", "the incident's details"),
        "timeline": QCoreApplication.translate("DvTexts", "the incident's timeline"),
        "callers": QCoreApplication.translate("DvTexts", "the incident's callers"),
        "assessments": QCoreApplication.translate("DvTexts", "risk assessments"),
        "warnings": QCoreApplication.translate("DvTexts", "written warnings"),
        "warning": QCoreApplication.translate("DvTexts", "a written warning"),
        "safety": QCoreApplication.translate("DvTexts", "safety answers"),
        "access_log": QCoreApplication.translate("DvTexts", "this record"),
    }.get(what, what)


class AccessModel(QAbstractTableModel):
    def __init__(self, tz: tzinfo, parent: QObject | None = None):
        super().__init__(parent)
        self._tz = tz
        self._rows: list[AccessRecord] = []

    def set_rows(self, rows: list[AccessRecord]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (self.tr("When"), self.tr("Who"), self.tr("Incident"), self.tr("What"),
                 self.tr("Outcome"))
        return names[section] if 0 <= section < len(names) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        r = self._rows[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole and not r.allowed:
            return QBrush(REFUSED)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (r.at.astimezone(self._tz).strftime("%Y-%m-%d %H:%M:%S"),
                f"{r.operator or self.tr('system')} ({r.role})", r.incident_number or "—",
                what_name(r.what),
                self.tr("read") if r.allowed else self.tr("refused"))[index.column()]


class AccessDialog(QDialog):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reads of DV case details"))
        self.model = AccessModel(ctx.store.tz, self)
        self.table = QTableView()
        self.table.setObjectName("accessLog")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        hints = QLabel(self.tr("Every read of a DV case's details and every refused attempt, "
                               "newest first · Esc closes"))
        layout = QVBoxLayout(self)
        layout.addWidget(hints)
        layout.addWidget(self.table, 1)
        self.resize(820, 480)
        ctx.ops.read(lambda store: store.dv.reads(), success=self._loaded, owner=self)

    def _loaded(self, rows: list[AccessRecord]) -> None:
        self.model.set_rows(rows[::-1])  # newest first
        self.table.resizeColumnsToContents()
