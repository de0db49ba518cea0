"""The desk's list of open DV incidents: new ones (to take) first, then those to re-assess
or overdue a follow-up, then by tier."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from console.domain.dv.risk import Checklist
from console.domain.reference import Reference
from console.store.dv_desk import DeskIncident
from console.ui.dv_desk.texts import TIER_COLOURS, TIER_TEXT, answer_name, tier_name

# The caller's number is on the incident's page, not in the list (one column less, and
# nothing more of the caller in sight than the desk needs).
COL_TIER, COL_NUMBER, COL_OPENED, COL_CATEGORY, COL_ADDRESS, COL_SAFE, COL_TAKEN, \
    COL_FOLLOWUP = range(8)
COLUMN_COUNT = 8
ID_ROLE = Qt.ItemDataRole.UserRole + 1
NEW_TEXT = QColor("#ad1457")

_Index = QModelIndex | QPersistentModelIndex


class DeskModel(QAbstractTableModel):
    def __init__(self, reference: Reference, checklist: Checklist, lang: str, tz: Any,
                 now: Callable[[], datetime], parent: QObject | None = None):
        super().__init__(parent)
        self._now = now
        self._reference = reference
        self._ranks = {c.code: c.rank for c in checklist.colours}
        self._lang = lang
        self._tz = tz
        self._rows: list[DeskIncident] = []

    # -- contents --------------------------------------------------------------------------
    def set_rows(self, rows: list[DeskIncident]) -> None:
        """The list as read; new ones first, then those to re-assess or overdue a follow-up,
        then the most serious tier, then newest."""
        now = self._now()
        ordered = sorted(rows, key=lambda r: (r.taken, not (r.reassess
                                                            or r.followup_overdue(now)),
                                              self._ranks.get(r.colour, 9),
                                              -r.opened_at.timestamp(), -r.incident_id))
        self.beginResetModel()
        self._rows = ordered
        self.endResetModel()

    def row_of(self, incident_id: int) -> int:
        return next((n for n, r in enumerate(self._rows) if r.incident_id == incident_id), -1)

    def incident(self, row: int) -> DeskIncident | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def counts(self) -> tuple[int, int, int, int]:
        """How many wait to be taken, are at the most serious tier, are to be re-assessed,
        are overdue a follow-up."""
        now = self._now()
        new = sum(1 for r in self._rows if r.is_open and not r.taken)
        high = sum(1 for r in self._rows if self._ranks.get(r.colour) == 1)
        reassess = sum(1 for r in self._rows if r.reassess)
        overdue = sum(1 for r in self._rows if r.followup_overdue(now))
        return new, high, reassess, overdue

    # -- the model -------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < COLUMN_COUNT:
            return None
        return (self.tr("Tier"), self.tr("Incident"), self.tr("Opened"), self.tr("Category"),
                self.tr("Address"), self.tr("Safe to talk / number"),
                self.tr("Taken by"), self.tr("Next follow-up"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == ID_ROLE:
            return r.incident_id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, col)
        if col == COL_TIER and r.reassess and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if col == COL_TIER and r.colour:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(TIER_COLOURS.get(r.colour, QColor("#eeeeee")))
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(TIER_TEXT.get(r.colour, QColor("#000000")))
        if col == COL_FOLLOWUP and r.followup_overdue(self._now()):
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(NEW_TEXT)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        if col == COL_TAKEN and r.is_open and not r.taken:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(NEW_TEXT)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_ADDRESS:
            return r.summary or None
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_TIER and r.reassess:
            return self.tr("The household of a known case called again after its latest "
                           "assessment: assess the risk again (A)")
        return None

    def _text(self, r: DeskIncident, col: int) -> str:
        if col == COL_TIER:
            if r.reassess:
                return self.tr("%1 · re-assess").replace("%1", tier_name(r.colour))
            return tier_name(r.colour)
        if col == COL_NUMBER:
            return r.number
        if col == COL_OPENED:
            return r.opened_at.astimezone(self._tz).strftime("%m-%d %H:%M")
        if col == COL_CATEGORY:
            category = self._reference.taxonomy.find(r.category_code)
            return category.name(self._lang) if category else r.category_code
        if col == COL_ADDRESS:
            return r.address
        if col == COL_SAFE:
            return f"{answer_name(r.safe_to_talk)} / {answer_name(r.safe_number)}"
        if col == COL_FOLLOWUP:
            if r.followup_due is None:
                return ""
            day = r.followup_due.astimezone(self._tz).strftime("%m-%d")
            return (self.tr("overdue since %1") if r.followup_overdue(self._now())
                    else self.tr("due %1")).replace("%1", day)
        if not r.is_open:
            return r.owner_name or self.tr("closed")
        return r.owner_name or self.tr("To take (Enter)")
