"""警情清零: the supervisor's review of what earlier days still have open, and why.

Each incident shows its owner, age and reasons (stage, missing callback,
unacknowledged push, open escalation); the supervisor assigns it to an
operator, escalates it or annotates it, all written to the event log. Each day
says whether it is cleared.

The review and an incident's notes are read on the read lane; assigning, escalating
and annotating are writes on the write lane (`ctx.ops`): the form stays open with what
was typed until its write has landed, and a refusal is said in the form.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from html import escape
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from console.domain.clock import from_stored
from console.domain.problems import Problem
from console.domain.queues import DayStatus, OpenIncident
from console.store import InputRefused, Store
from console.store.queues import ClearReview
from console.store.records import TimelineEvent
from console.ui.context import ViewContext
from console.ui.ops import error_text
from console.ui.queues import texts
from console.ui.queues.columns import Column, ColumnFit
from console.ui.queues.keyed import KeyedTableModel, keep_a_current_row
from console.ui.queues.review_dialog import ReviewDialog, choice_field, text_field

AnyIndex = QModelIndex | QPersistentModelIndex
IncidentRole = Qt.ItemDataRole.UserRole + 1
RELOAD_AFTER_CHANGE_MS = 500
NOTES_SHOWN = 3
DAY, NUMBER, CATEGORY, STAGE, REASONS, OWNER, AGE, ESCALATED = range(8)


class ReviewModel(KeyedTableModel[OpenIncident]):
    def __init__(self, ctx: ViewContext, parent: QObject | None = None):
        super().__init__(lambda o: o.incident_id, parent)
        self._ctx = ctx

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def headers(self) -> list[str]:
        return [self.tr("Day"), self.tr("Incident"), self.tr("Category"), self.tr("Stage"),
                self.tr("Why still open"), self.tr("Owner"), self.tr("Age"),
                self.tr("Escalated to")]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        row = self.row_at(index.row())
        if role == IncidentRole:
            return row.incident_id
        if role == Qt.ItemDataRole.BackgroundRole and row.escalation_level:
            return QBrush(QColor("#fff1c9"))
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (CATEGORY, REASONS, OWNER):
            return self.data(index)  # the whole text of a column that may be elided
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == DAY:
            return row.day.isoformat()
        if column == NUMBER:
            return row.number
        if column == CATEGORY:
            return self.category(row)
        if column == STAGE:
            return texts.stage_name(row.stage)
        if column == REASONS:
            return self.reasons(row)
        if column == OWNER:
            return row.owner_name or texts.desk_name(row.desk)
        if column == AGE:
            return texts.span_text(row.age(self._ctx.store.now()))
        if column == ESCALATED:
            return texts.level_name_code(row.escalation_level)
        return None

    def category(self, row: OpenIncident) -> str:
        return texts.category_name(self._ctx.reference, row.category_code, self._ctx.lang)

    def reasons(self, row: OpenIncident) -> str:
        return self.tr(", ").join(texts.reason_name(r, row.stage, row.pending_pushes)
                                  for r in row.reasons)


class DaysModel(QAbstractListModel):
    """One line per day: "2026-11-28 已清零" or "2026-11-28 3 起未结"."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._days: list[DayStatus] = []

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._days)

    def set_days(self, days: list[DayStatus]) -> None:
        if days == self._days:
            return
        if len(days) == len(self._days):
            self._days = list(days)
            if days:
                self.dataChanged.emit(self.index(0), self.index(len(days) - 1))
            return
        self.beginResetModel()
        self._days = list(days)
        self.endResetModel()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._days):
            return None
        day = self._days[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.line(day)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#2e7d32" if day.cleared else "#c62828"))
        return None

    def line(self, day: DayStatus) -> str:
        if day.cleared:
            return self.tr("%1 cleared").replace("%1", day.day.isoformat())
        return self.tr("%1 %2 still open").replace("%1", day.day.isoformat()).replace(
            "%2", str(day.still_open))


class ClearToZeroView(QWidget):
    openIncident = Signal(int)
    loaded = Signal()

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._loaded = False
        self._reading = False
        self._key = f"queues/review/{id(self)}"
        self.review: ClearReview | None = None
        self.current_dialog: ReviewDialog | None = None
        self.model = ReviewModel(ctx, self)
        self.days = DaysModel(self)
        self.summary = QLabel()
        self.summary.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.message = QLabel()
        self.message.setStyleSheet("color: #b71c1c;")
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.columns = ColumnFit(self.table, {
            DAY: Column(samples=lambda: ["2026-11-28"]),
            NUMBER: Column(number=True),
            CATEGORY: Column(content_cap=8),
            STAGE: Column(samples=texts.stage_names),
            OWNER: Column(samples=texts.desk_names, content_cap=6),
            AGE: Column(samples=texts.span_samples),
            ESCALATED: Column(samples=texts.level_names),
        }, stretch=REASONS)
        keep_a_current_row(self.table)
        self.table.activated.connect(
            lambda index: self.openIncident.emit(self.model.row_at(index.row()).incident_id))
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        self.detail = QLabel()
        self.detail.setObjectName("reviewDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.day_list = QListView()
        self.day_list.setModel(self.days)
        self.day_list.setMaximumWidth(self._days_width())

        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        self.assign_action = self._button(bar, self.tr("Assign…"), "Ctrl+Shift+A",
                                          self._ask_assign)
        self.escalate_action = self._button(bar, self.tr("Escalate…"), "Ctrl+Shift+E",
                                            self._ask_escalate)
        self.annotate_action = self._button(bar, self.tr("Annotate…"), "Ctrl+Shift+N",
                                            self._ask_annotate)
        self._button(bar, self.tr("Reload"), "F5", self.reload)
        split = QSplitter()
        days_box = QWidget()
        days_layout = QVBoxLayout(days_box)
        days_layout.setContentsMargins(0, 0, 0, 0)
        days_layout.addWidget(QLabel(self.tr("Days")))
        days_layout.addWidget(self.day_list)
        split.addWidget(days_box)
        table_box = QWidget()
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.table, 1)
        table_layout.addWidget(self.detail)
        split.addWidget(table_box)
        split.setStretchFactor(1, 1)
        split.setCollapsible(1, False)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(split, 1)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(RELOAD_AFTER_CHANGE_MS)
        self._soon.timeout.connect(self.reload)
        ctx.changes.changed.connect(self._soon.start)
        self.reload()

    def _days_width(self) -> int:
        """Wide enough for the longest day line, no wider: the table needs the room."""
        sample = self.days.line(DayStatus(date(2026, 11, 28), 9999, 9999))
        metrics = self.day_list.fontMetrics()
        frame = 2 * self.day_list.frameWidth()
        scroll = self.day_list.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return metrics.horizontalAdvance(sample) + frame + scroll + 16

    def _button(self, bar: QHBoxLayout, text: str, keys: str, slot: object) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        button = QPushButton(text)
        button.setToolTip(f"{text} ({action.shortcut().toString()})")
        button.clicked.connect(action.trigger)
        bar.addWidget(button)
        return action

    def busy(self) -> bool:
        return self._reading

    def is_loaded(self) -> bool:
        return self._loaded

    def reload(self) -> None:
        """Read the review on the read lane (latest wins)."""
        self._reading = True
        self._ctx.ops.read(lambda store: store.shift.clear_review(), success=self._show_review,
                           failure=self._not_read, key=self._key, owner=self)

    def _not_read(self, exc: BaseException) -> bool:
        self._reading = False
        self.message.setText(self.tr("The review could not be read (%1).").replace(
            "%1", texts.read_problem(exc)))
        return True

    def _show_review(self, review: ClearReview) -> None:
        self._reading = False
        self.review = review
        if self._loaded:
            self.model.replace_scope(review.incidents, lambda _row: True)
        else:
            self.model.reset(review.incidents)
            self._loaded = True
        self.days.set_days(review.days)
        count = len(review.incidents)
        if count:
            self.summary.setText(self.tr("%1 incident(s) from earlier days still open").replace(
                "%1", str(count)))
        else:
            self.summary.setText(self.tr("All earlier days are cleared"))
        self._show_detail()
        self.loaded.emit()

    # -- the incident chosen --------------------------------------------------------------
    def selected(self) -> OpenIncident | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select_incident(self, incident_id: int) -> bool:
        row = self.model.row_of(incident_id)
        if row < 0:
            return False
        self.table.setCurrentIndex(self.model.index(row, 0))
        return True

    def subject(self, row: OpenIncident) -> str:
        """The incident as dialogs name it: its number and category."""
        category = self.model.category(row)
        return f"{row.number} {category}" if category else row.number

    def _show_detail(self, *_: object) -> None:
        """Under the table: the chosen incident in full at once, its latest notes once read
        (on the read lane)."""
        row = self.selected()
        if row is None:
            self.detail.clear()
            return
        self.detail.setText(self._detail_html(row, None))
        incident_id = row.incident_id

        def notes(store: Store) -> list[TimelineEvent]:
            return [e for e in store.incidents.timeline(incident_id) if e.kind == "note"]

        def read(found: list[TimelineEvent]) -> None:
            chosen = self.selected()
            if chosen is not None and chosen.incident_id == incident_id:
                self.detail.setText(self._detail_html(chosen, found))

        self._ctx.ops.read(notes, success=read, failure=lambda _exc: True,
                           key=f"{self._key}/notes", owner=self)

    def _detail_html(self, row: OpenIncident, notes: list[TimelineEvent] | None) -> str:
        owner = row.owner_name or texts.desk_name(row.desk)
        lines = [f"<b>{escape(self.subject(row))}</b> · {escape(self.model.reasons(row))} · "
                 + escape(self.tr("owner: %1").replace("%1", owner))]
        if notes is None:
            return "<br>".join(lines)  # the notes follow once read
        for event in reversed(notes[-NOTES_SHOWN:]):
            at = from_stored(event.at).astimezone(self._ctx.store.tz)
            text = self.tr("Note %1 %2: %3").replace("%1", f"{at:%m-%d %H:%M}").replace(
                "%2", event.operator).replace("%3", str(event.detail.get("text", "")))
            lines.append(escape(text))
        if not notes:
            lines.append(escape(self.tr("No notes yet (Ctrl+Shift+N to annotate).")))
        return "<br>".join(lines)

    # -- actions --------------------------------------------------------------------------
    def assign_selected(self, operator_id: int) -> bool:
        """Make the operator answerable for the selected incident; False when none is
        selected, else True once the write is handed to the write lane."""
        if (row := self._chosen()) is None:
            return False
        incident_id, by = row.incident_id, self._ctx.operator.id
        self.write(lambda store: store.queues.assign_owner(incident_id, operator_id, by))
        return True

    def escalate_selected(self, reason: str) -> bool:
        if (row := self._chosen()) is None:
            return False
        incident_id, by = row.incident_id, self._ctx.operator.id
        self.write(lambda store: store.escalation.escalate_incident(incident_id, reason, by))
        return True

    def annotate_selected(self, text: str) -> bool:
        if (row := self._chosen()) is None:
            return False
        incident_id, by = row.incident_id, self._ctx.operator.id
        self.write(lambda store: store.queues.annotate(incident_id, text, by))
        return True

    def write(self, work: Callable[[Store], object], dialog: ReviewDialog | None = None) -> None:
        """Run `work(store)` on the write lane. Landed: the form closes and the review is
        read again; refused: said in the form (kept open with its input), else above the
        table. `work` captures plain values only: it runs on a worker."""
        def open_form() -> bool:
            return dialog is not None and isValid(dialog) and dialog.isVisible()

        def landed(_result: object) -> None:
            self.message.clear()
            if open_form():
                assert dialog is not None
                dialog.accept()
            self.reload()

        def refused(exc: BaseException) -> bool:
            text = self._refusal(exc)
            if open_form():
                assert dialog is not None
                dialog.show_problem(text)
            else:
                self.message.setText(text)
            return True

        self._ctx.ops.write(work, success=landed, failure=refused, owner=self,
                            disable=[dialog.ok] if dialog is not None else [])

    def _refusal(self, exc: BaseException) -> str:
        if isinstance(exc, InputRefused):
            return " ".join(self._problem(p) for p in exc.problems)
        return error_text(exc)

    def _problem(self, problem: Problem) -> str:
        if problem.code == "missing":
            return self.tr("Please enter a text.")
        if problem.code == "too_long":
            return self.tr("The text is too long (at most %1 characters).").replace(
                "%1", str(problem.limit))
        if problem.code == "control_chars":
            return self.tr("The text contains characters that cannot be saved.")
        return self.tr("This cannot be saved: %1.").replace("%1", problem.code)

    def _open(self, dialog: ReviewDialog, submit: Callable[[], None]) -> ReviewDialog:
        dialog.on_submit(submit)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda result: self._dialog_closed(dialog, result))
        self.current_dialog = dialog
        dialog.open()
        return dialog

    def _dialog_closed(self, dialog: ReviewDialog, result: int) -> None:
        if self.current_dialog is dialog:
            self.current_dialog = None
        if result != QDialog.DialogCode.Accepted:
            self.message.clear()  # what went wrong was said in the form, now gone
        self.table.setFocus()

    def _chosen(self) -> OpenIncident | None:
        row = self.selected()
        if row is None:
            self.message.setText(self.tr("Select an incident first."))
        return row

    def _ask_assign(self) -> None:
        if (row := self._chosen()) is None:
            return
        people = [o for o in self._ctx.store.accounts.operators() if o.active]
        choices = [(f"{o.display_name} ({self._ctx.reference.role(o.role).name(self._ctx.lang)})",
                    o.id) for o in people]
        field = choice_field(choices, row.owner_id)
        dialog = ReviewDialog(self.tr("Assign"), self.subject(row), self.model.reasons(row),
                              self.tr("Owner:"), field, self.tr("Assign"), self)
        incident_id, by = row.incident_id, self._ctx.operator.id

        def submit() -> None:
            owner_id = int(field.currentData())
            self.write(lambda store: store.queues.assign_owner(incident_id, owner_id, by), dialog)

        self._open(dialog, submit)

    def _ask_escalate(self) -> None:
        if (row := self._chosen()) is None:
            return
        field = text_field(self.tr("Why the bureau leadership must act"))
        dialog = ReviewDialog(self.tr("Escalate to the bureau leadership"), self.subject(row),
                              self.model.reasons(row), self.tr("Reason:"), field,
                              self.tr("Escalate"), self)
        incident_id, by = row.incident_id, self._ctx.operator.id

        def submit() -> None:
            reason = field.toPlainText()
            self.write(lambda store: store.escalation.escalate_incident(incident_id, reason, by),
                       dialog)

        self._open(dialog, submit)

    def _ask_annotate(self) -> None:
        if (row := self._chosen()) is None:
            return
        field = text_field(self.tr("Why it is still open, what was done, what comes next"))
        dialog = ReviewDialog(self.tr("Annotate"), self.subject(row), self.model.reasons(row),
                              self.tr("Note:"), field, self.tr("Save note"), self)
        incident_id, by = row.incident_id, self._ctx.operator.id

        def submit() -> None:
            text = field.toPlainText()
            self.write(lambda store: store.queues.annotate(incident_id, text, by), dialog)

        self._open(dialog, submit)

    def now(self) -> datetime:
        return self._ctx.store.now()
