"""The open incidents as a table model that follows the event log row by row.

Rows change only where the event log says something happened: changed rows
are re-read and updated, new open incidents are inserted, incidents that left
the open stages are removed — never a full reset, so the operator's selection
and scroll position survive every update. A one-second tick refreshes the
time-in-stage and deadline columns from the store's clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QApplication, QStyle

from console.domain.clock import from_stored
from console.domain.lifecycle import is_open
from console.domain.overdue import DeadlineState, clock_text, running_deadline
from console.store.records import IncidentRow
from console.ui.board import labels
from console.ui.context import ViewContext

TICK_MS = 1000

# The jurisdiction is shown with the address (in front of it when the address does not
# already start with it): one column less, so the board fits beside the detail at 1366 px.
# The units on an incident are named in its stage's tooltip and in the detail beside the board.
COL_NUMBER, COL_FLAGS, COL_CATEGORY, COL_PRIORITY, COL_ADDRESS, COL_STAGE, COL_TIME, \
    COL_DEADLINE = range(8)
COLUMN_COUNT = 8

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the incident id (int)
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a value that sorts as the operator expects
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 3  # True when the running deadline has passed

OVERDUE_BACKGROUND = QColor("#ffd9d9")
OVERDUE_TEXT = QColor("#a30000")
URGENT_TEXT = QColor("#c0392b")

_Index = QModelIndex | QPersistentModelIndex


@dataclass
class _Row:
    """An incident with its times parsed once, not on every paint."""

    incident: IncidentRow
    units: list[str]
    opened: datetime
    stage_at: datetime
    dispatched: datetime | None
    area_type: str | None


class BoardModel(QAbstractTableModel):
    def __init__(self, ctx: ViewContext, parent: QObject | None = None, *,
                 live: bool = True):
        super().__init__(parent)
        self._ctx = ctx
        self._rows: list[_Row] = []
        self._row_of: dict[int, int] = {}
        self._overdue: list[bool] = []
        self.removing = False  # True while rows leave: views keep their detail meanwhile
        self._units = {u.code: u for u in ctx.reference.units}
        self._area = {j.code: j.area_type for j in ctx.reference.jurisdictions}
        self.reload()
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)
        if live:
            ctx.changes.incidentsChanged.connect(self.apply_changes)
            self._timer.start()

    # -- reading -------------------------------------------------------------------------

    def reload(self) -> None:
        """Read every open incident again (start-up only: changes arrive row by row)."""
        self.beginResetModel()
        incidents = self._ctx.store.incidents.open_incidents()
        units = self._ctx.store.units.active_units([i.id for i in incidents])
        self._rows = [self._make_row(i, units.get(i.id, [])) for i in incidents]
        self._reindex()
        self._overdue = [self._is_overdue(r) for r in self._rows]
        self.endResetModel()

    def _make_row(self, incident: IncidentRow, units: list[str]) -> _Row:
        return _Row(
            incident, units, from_stored(incident.opened_at), from_stored(incident.stage_at),
            from_stored(incident.dispatched_at) if incident.dispatched_at else None,
            self._area.get(incident.jurisdiction_code or ""),
        )

    def _reindex(self) -> None:
        self._row_of = {r.incident.id: n for n, r in enumerate(self._rows)}

    def incident_at(self, row: int) -> IncidentRow:
        return self._rows[row].incident

    def units_at(self, row: int) -> list[str]:
        return list(self._rows[row].units)

    def row_of(self, incident_id: int) -> int | None:
        return self._row_of.get(incident_id)

    def deadline_at(self, row: int) -> DeadlineState | None:
        return self._deadline(self._rows[row])

    def _deadline(self, row: _Row) -> DeadlineState | None:
        inc = row.incident
        return running_deadline(
            self._ctx.reference.deadlines, stage=inc.stage, priority=inc.priority,
            opened_at=row.opened, dispatched_at=row.dispatched, area_type=row.area_type,
            now=self._ctx.store.now(),
        )

    def _is_overdue(self, row: _Row) -> bool:
        state = self._deadline(row)
        return bool(state and state.overdue)

    # -- live updates ----------------------------------------------------------------------

    def apply_changes(self, incident_ids: list[int]) -> None:
        """Bring just these incidents up to date: update, insert or remove their rows."""
        if not incident_ids:
            return
        fresh = {i.id: i for i in self._ctx.store.incidents.incidents_by_id(list(incident_ids))}
        units = self._ctx.store.units.active_units(list(fresh))
        gone = []
        for incident_id in incident_ids:
            incident = fresh.get(incident_id)
            row = self._row_of.get(incident_id)
            if incident is None or not is_open(incident.stage):
                if row is not None:
                    gone.append(row)
                continue
            made = self._make_row(incident, units.get(incident_id, []))
            if row is None:
                end = len(self._rows)
                self.beginInsertRows(QModelIndex(), end, end)
                self._rows.append(made)
                self._overdue.append(self._is_overdue(made))
                self._row_of[incident_id] = end
                self.endInsertRows()
            else:
                self._rows[row] = made
                self._overdue[row] = self._is_overdue(made)
                self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))
        for row in sorted(gone, reverse=True):
            self.removing = True
            try:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                del self._overdue[row]
                self._reindex()
                self.endRemoveRows()
            finally:
                self.removing = False

    def tick(self) -> None:
        """The clock moved: refresh the time columns, and whole rows whose mark flipped."""
        if not self._rows:
            return
        last = len(self._rows) - 1
        for column in (COL_TIME, COL_DEADLINE):
            self.dataChanged.emit(self.index(0, column), self.index(last, column),
                                  [Qt.ItemDataRole.DisplayRole, SORT_ROLE,
                                   Qt.ItemDataRole.ToolTipRole])
        for n, row in enumerate(self._rows):
            overdue = self._is_overdue(row)
            if overdue != self._overdue[n]:
                self._overdue[n] = overdue
                self.dataChanged.emit(self.index(n, 0), self.index(n, COLUMN_COUNT - 1))

    # -- Qt model API ----------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                COL_TIME: self.tr("Time spent in the current stage"),
                COL_ADDRESS: self.tr("Jurisdiction and address"),
            }.get(section)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            COL_NUMBER: self.tr("Incident no."),
            COL_FLAGS: self.tr("Flags"),
            COL_CATEGORY: self.tr("Category"),
            COL_PRIORITY: self.tr("Priority"),
            COL_ADDRESS: self.tr("Address"),
            COL_STAGE: self.tr("Stage"),
            COL_TIME: self.tr("Time", "time spent in the current stage, column header"),
            COL_DEADLINE: self.tr("Deadline"),
        }.get(section)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return row.incident.id
        if role == OVERDUE_ROLE:
            return self._is_overdue(row)
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return self._value(row, column, sort=role == SORT_ROLE)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(OVERDUE_BACKGROUND) if self._is_overdue(row) else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == COL_DEADLINE and self._is_overdue(row):
                return QBrush(OVERDUE_TEXT)
            if column == COL_PRIORITY and row.incident.priority == 1:
                return QBrush(URGENT_TEXT)
            return None
        if role == Qt.ItemDataRole.FontRole:
            if column in (COL_NUMBER, COL_DEADLINE) and self._is_overdue(row):
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.DecorationRole and column == COL_DEADLINE:
            if self._is_overdue(row):
                style = QApplication.style()
                return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_TIME, COL_PRIORITY):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _value(self, row: _Row, column: int, *, sort: bool) -> Any:
        inc = row.incident
        lang = self._ctx.lang
        if column == COL_NUMBER:
            return inc.number
        if column == COL_FLAGS:
            return self.flags_text(inc)
        if column == COL_CATEGORY:
            category = self._ctx.reference.taxonomy.find(inc.category_code)
            return category.name(lang) if category else self.tr("(none)")
        if column == COL_PRIORITY:
            return inc.priority if sort else labels.priority_name(inc.priority)
        if column == COL_ADDRESS:
            return self.place_text(inc)
        if column == COL_STAGE:
            return _STAGE_ORDER.get(inc.stage, 99) if sort else labels.stage_name(inc.stage)
        if column == COL_TIME:
            spent = self._ctx.store.now() - row.stage_at
            return spent.total_seconds() if sort else clock_text(spent)
        if column == COL_DEADLINE:
            state = self._deadline(row)
            if sort:
                return state.remaining.total_seconds() if state else float("inf")
            if state is None:
                return ""
            if state.overdue:
                return self.tr("%1 late").replace("%1", clock_text(state.late_by))
            return self.tr("%1 left").replace("%1", clock_text(state.remaining))
        return None

    def _tooltip(self, row: _Row, column: int) -> str | None:
        if column == COL_STAGE and row.units:
            lang = self._ctx.lang
            names = [self._units[code].name(lang) for code in row.units if code in self._units]
            return "\n".join([self.tr("Units on this incident:"), *names])
        if column in (COL_CATEGORY, COL_ADDRESS):
            return str(self._value(row, column, sort=False) or "") or None
        if column in (COL_DEADLINE, COL_NUMBER):
            state = self._deadline(row)
            if state is None:
                return None
            due = state.due.astimezone(self._ctx.store.tz).strftime("%H:%M:%S")
            if state.overdue:
                return self.tr("%1 passed %2 ago (due %3)").replace(
                    "%1", labels.deadline_name(state.kind)).replace(
                    "%2", clock_text(state.late_by)).replace("%3", due)
            return self.tr("%1 in %2 (due %3)").replace(
                "%1", labels.deadline_name(state.kind)).replace(
                "%2", clock_text(state.remaining)).replace("%3", due)
        if column == COL_FLAGS and (row.incident.is_dv or row.incident.is_enterprise):
            flags = []
            if row.incident.is_dv:
                flags.append(self.tr("Domestic violence"))
            if row.incident.is_enterprise:
                flags.append(self.tr("Enterprise"))
            return "\n".join([*flags, self.tr("Details are kept by the desk concerned")])
        return None

    def widest_texts(self, column: int) -> list[str]:
        """The longest texts a short column can show, to size it once for good."""
        clock = clock_text(timedelta(hours=99, minutes=59))
        if column == COL_FLAGS:  # sized for one flag: both together are rare and elided
            return [self.tr("DV"), self.tr("Ent.", "enterprise flag, abbreviated")]
        if column == COL_PRIORITY:
            return [labels.priority_name(p) for p in (1, 2, 3)]
        if column == COL_STAGE:
            return [labels.stage_name(s) for s in _STAGE_ORDER]
        if column == COL_TIME:
            return [clock]
        if column == COL_DEADLINE:
            return [self.tr("%1 late").replace("%1", clock),
                    self.tr("%1 left").replace("%1", clock)]
        return []

    def place_text(self, incident: IncidentRow) -> str:
        """The address, led by its jurisdiction unless the address already names it."""
        address = (incident.address or "").strip()
        place = self._ctx.reference.jurisdiction(incident.jurisdiction_code or "")
        if place is None:
            return address or self.tr("(none)")
        name = place.name(self._ctx.lang)
        if address.startswith((place.name_zh, place.name_en)):
            return address
        return f"{name} {address}".strip()

    def flags_text(self, incident: IncidentRow) -> str:
        flags = []
        if incident.is_dv:
            flags.append(self.tr("DV"))
        if incident.is_enterprise:
            flags.append(self.tr("Ent.", "enterprise flag, abbreviated"))
        return " ".join(flags)


_STAGE_ORDER = {
    "alert": 0, "intake": 1, "dispatched": 2, "en_route": 3, "on_scene": 4, "handled": 5,
}
