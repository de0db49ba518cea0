"""One incident in full: header, units on it (and those an imported incident's source listed),
the whole timeline, and what can be done next.

Every action is a QAction with a one-key shortcut, disabled when the lifecycle
forbids it. The panel re-reads its incident whenever the event log names it,
whichever seat wrote, and keeps showing it after it leaves the board (so a
just-closed incident can be reopened).

Every write goes to the write lane (`ctx.ops`): while one runs for the incident
shown, its actions are disabled; a refusal is said in the panel's message line.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.domain.access import Permission, may, sees_dv_details
from console.domain.clock import local_text
from console.domain.closures import default_closures
from console.domain.lifecycle import REOPENABLE, Stage, allowed_next, is_open
from console.store.incidents import ImportedUnit
from console.store.records import Assignment, IncidentRow
from console.ui.board import labels
from console.ui.board.dialogs import (
    REFUSALS,
    ConfirmDialog,
    DispatchDialog,
    TextActionDialog,
    closure_choices,
    incident_line,
    refusal_text,
)
from console.ui.board.imported_units import COL_UNIT, ImportedUnitsModel
from console.ui.board.outcome import OutcomeDialog
from console.ui.context import ViewContext

_DISPATCHABLE = frozenset({Stage.INTAKE, Stage.DISPATCHED, Stage.EN_ROUTE, Stage.ON_SCENE})
ASSIGNMENT_ROLE = Qt.ItemDataRole.UserRole + 1


class _WrappingDelegate(QStyledItemDelegate):
    """Rows tall enough for their text wrapped in the column's width (a tree does not)."""

    def __init__(self, view: QTreeWidget, column: int):
        super().__init__(view)
        self._view = view
        self._column = column

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        if index.column() != self._column:
            return hint
        width = max(40, self._view.header().sectionSize(self._column) - 10)
        text = str(index.data() or "")
        bounds = option.fontMetrics.boundingRect(
            QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, text)
        return QSize(hint.width(), max(hint.height(), bounds.height() + 4))


class IncidentDetail(QWidget):
    """The selected incident; `dialog` holds the dialog opened last (tests drive it)."""

    written = Signal()

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._incident: IncidentRow | None = None
        self._assignments: list[Assignment] = []
        self._units = {u.code: u for u in ctx.reference.units}
        self._role = ctx.operator.role
        self._sees_dv = sees_dv_details(self._role)
        self._writing: set[int] = set()  # incidents with a write of this panel still running
        self.dialog: (DispatchDialog | TextActionDialog | OutcomeDialog | ConfirmDialog
                      | None) = None

        self.number = QLabel()
        big = QFont()
        big.setPointSize(16)
        big.setBold(True)
        self.number.setFont(big)
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.flags = QLabel()
        self.flags.setStyleSheet("color: white; background: #b03a2e; padding: 2px 6px;"
                                 " border-radius: 3px; font-weight: bold;")
        self.stage = QLabel()
        self.stage.setStyleSheet("font-size: 14px; font-weight: bold; color: #1a4f8b;")
        self.fields: dict[str, QLabel] = {}
        grid = QGridLayout()
        rows = [
            ("category", self.tr("Category")), ("priority", self.tr("Priority")),
            ("jurisdiction", self.tr("Jurisdiction")), ("address", self.tr("Address")),
            ("caller", self.tr("Caller")), ("summary", self.tr("Summary")),
            ("opened", self.tr("Opened")),
        ]
        for n, (key, title) in enumerate(rows):
            name = QLabel(title + self.tr(":"))
            name.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            name.setStyleSheet("color: #555;")
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(name, n, 0)
            grid.addWidget(value, n, 1)
            self.fields[key] = value
        grid.setColumnStretch(1, 1)

        self._make_actions()
        bar = QVBoxLayout()  # two rows: the panel stays narrow enough to sit beside the board
        bar.setSpacing(2)
        actions = self.actions()
        per_row = (len(actions) + 1) // 2
        for first in range(0, len(actions), per_row):
            row = QHBoxLayout()
            row.setSpacing(4)
            for action in actions[first:first + per_row]:
                button = QToolButton()
                button.setDefaultAction(action)
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
                button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
                row.addWidget(button)
            bar.addLayout(row)

        self.assignments = QTreeWidget()
        self.assignments.setRootIsDecorated(False)
        self.assignments.setHeaderLabels([
            self.tr("Unit"), self.tr("Status"), self.tr("Dispatched"), self.tr("En route"),
            self.tr("On scene"), self.tr("Cleared")])
        self.assignments.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.assignments.header().setStretchLastSection(False)
        for column in range(1, 6):
            self.assignments.header().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents)
        self.assignments.setMaximumHeight(90)
        self.assignments.currentItemChanged.connect(self._update_actions)

        # An imported incident's units as its source listed them (read on the read lane).
        self.imported_model = ImportedUnitsModel(ctx.store.tz, self)
        self.imported_units = QTableView()
        self.imported_units.setModel(self.imported_model)
        self.imported_units.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.imported_units.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.imported_units.setTabKeyNavigation(False)
        self.imported_units.verticalHeader().hide()
        self.imported_units.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.imported_units.horizontalHeader().setSectionResizeMode(
            COL_UNIT, QHeaderView.ResizeMode.Stretch)
        self.imported_units.setMaximumHeight(110)
        self.imported_title = QLabel(self.tr("Units in the imported record"))
        self.imported_title.setToolTip(self.tr(
            "The units the other system's export lists for this incident, as it names them"))
        self.imported_title.hide()
        self.imported_units.hide()
        self._imported_for: int | None = None  # whose units the list holds

        self.timeline = QTreeWidget()
        self.timeline.setRootIsDecorated(False)
        self.timeline.setHeaderLabels([self.tr("Time"), self.tr("Operator"),
                                       self.tr("What happened")])
        self.timeline.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.timeline.setWordWrap(True)
        self.timeline.setItemDelegateForColumn(2, _WrappingDelegate(self.timeline, 2))
        self.timeline.header().sectionResized.connect(
            lambda column, _old, _new: self.timeline.doItemsLayout() if column == 2 else None)
        self.timeline.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("Add a note… (Ctrl+Enter adds it)"))
        self.note.setMaximumHeight(56)
        self.note.setTabChangesFocus(True)
        self.add_note_button = QPushButton(self.tr("Add note"))
        self.add_note_button.setToolTip(self.tr("Ctrl+Enter"))
        self.add_note_button.clicked.connect(self.add_note)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self.note, activated=self.add_note,
                      context=Qt.ShortcutContext.WidgetShortcut)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a30000; font-weight: bold;")
        self.message.hide()
        self.empty = QLabel(self.tr("Select an incident on the board to see it here."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        head = QHBoxLayout()
        head.addWidget(self.number)
        head.addStretch(1)
        head.addWidget(self.stage)
        flag_row = QHBoxLayout()  # under the number: the panel stays narrow beside the board
        flag_row.addWidget(self.flags)
        flag_row.addStretch(1)
        note_row = QHBoxLayout()
        note_row.addWidget(self.note, 1)
        note_row.addWidget(self.add_note_button)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(head)
        body.addLayout(flag_row)
        body.addLayout(grid)
        body.addLayout(bar)
        body.addWidget(QLabel(self.tr("Units on this incident")))
        body.addWidget(self.assignments)
        body.addWidget(self.imported_title)
        body.addWidget(self.imported_units)
        body.addWidget(QLabel(self.tr("Timeline")))
        body.addWidget(self.timeline, 1)
        body.addLayout(note_row)
        body.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.body)
        self.body.hide()
        self._update_actions()
        ctx.changes.incidentsChanged.connect(self._on_changes)
        ctx.ops.idle.connect(self._nothing_pending)

    # -- actions ---------------------------------------------------------------------------

    def _make_actions(self) -> None:
        def make(text: str, key: str, slot) -> QAction:  # type: ignore[no-untyped-def]
            action = QAction(text, self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            native = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text} ({native})")
            action.triggered.connect(slot)
            self.addAction(action)
            return action

        self.dispatch_action = make(self.tr("Dispatch…"), "D", self.open_dispatch)
        self.en_route_action = make(self.tr("En route"), "E",
                                    lambda: self.progress("en_route"))
        self.on_scene_action = make(self.tr("On scene"), "A",
                                    lambda: self.progress("on_scene"))
        self.clear_action = make(self.tr("Clear unit"), "C", lambda: self.progress("cleared"))
        self.handled_action = make(self.tr("Handled…"), "H", self.open_handled)
        self.close_action = make(self.tr("Close…"), "K", self.open_close)
        self.cancel_action = make(self.tr("Cancel incident…"), "X", self.open_cancel)
        self.reopen_action = make(self.tr("Reopen…"), "R", self.open_reopen)
        self.note_action = make(self.tr("Note"), "N", self.focus_note)
        self.results_action = make(self.tr("Results…"), "O", self.open_results)
        self.dv_action = make(self.tr("Domestic violence…"), "V", self.open_mark_dv)

    def _update_actions(self, *_: object) -> None:
        incident = self._incident
        if incident is not None and incident.id in self._writing:
            incident = None  # nothing more until the write under way has landed
        stage = Stage(incident.stage) if incident else None
        allowed = allowed_next(stage) if stage else frozenset()
        assignment = self.current_assignment() if incident is not None else None
        self.dispatch_action.setEnabled(stage in _DISPATCHABLE
                                        and may(self._role, Permission.DISPATCH))
        live = assignment is not None and assignment.cleared_at is None
        self.en_route_action.setEnabled(
            live and assignment is not None and not assignment.en_route_at
            and not assignment.on_scene_at)
        self.on_scene_action.setEnabled(
            live and assignment is not None and not assignment.on_scene_at)
        self.clear_action.setEnabled(live)
        self.handled_action.setEnabled(Stage.HANDLED in allowed)
        # What the role may not do stays greyed out; the store refuses it anyway.
        self.close_action.setEnabled(Stage.CLOSED in allowed
                                     and may(self._role, Permission.CLOSE_INCIDENTS))
        self.cancel_action.setEnabled(Stage.CANCELLED in allowed
                                      and may(self._role, Permission.CANCEL_INCIDENTS))
        self.reopen_action.setEnabled(stage in REOPENABLE and Stage.INTAKE in allowed)
        self.note_action.setEnabled(self._incident is not None)
        self.results_action.setEnabled(incident is not None)
        self.dv_action.setEnabled(incident is not None and not incident.is_dv
                                  and is_open(incident.stage)
                                  and may(self._role, Permission.WORK_INCIDENTS))
        self.note.setEnabled(self._incident is not None)  # typing goes on while a note saves
        self.add_note_button.setEnabled(incident is not None)

    def current_assignment(self) -> Assignment | None:
        """The highlighted unit, or the only unit still on the incident."""
        item = self.assignments.currentItem()
        if item is not None:
            wanted = item.data(0, ASSIGNMENT_ROLE)
            return next((a for a in self._assignments if a.id == wanted), None)
        live = [a for a in self._assignments if a.cleared_at is None]
        return live[0] if len(live) == 1 else None

    # -- showing ---------------------------------------------------------------------------

    @property
    def incident_id(self) -> int | None:
        return self._incident.id if self._incident else None

    def show_incident(self, incident_id: int | None) -> None:
        if incident_id != self.incident_id:
            self.message.hide()
        self._incident = self._ctx.store.incidents.incident(incident_id) if incident_id else None
        self.empty.setVisible(self._incident is None)
        self.body.setVisible(self._incident is not None)
        if self._incident is not None:
            self._fill(self._incident)
        self._update_actions()

    def _on_changes(self, incident_ids: list[int]) -> None:
        if self._incident is not None and self._incident.id in incident_ids:
            self.show_incident(self._incident.id)

    def _fill(self, inc: IncidentRow) -> None:
        ctx, lang, tz = self._ctx, self._ctx.lang, self._ctx.store.tz
        self.number.setText(inc.number)
        flags = []
        if inc.is_dv:
            flags.append(self.tr("DV"))
        if inc.is_enterprise:
            flags.append(self.tr("Enterprise"))
        self.flags.setText(" · ".join(flags))
        self.flags.setVisible(bool(flags))
        self.stage.setText(labels.stage_name(inc.stage))
        category = ctx.reference.taxonomy.find(inc.category_code)
        place = ctx.reference.jurisdiction(inc.jurisdiction_code or "")
        hidden = inc.is_dv and not self._sees_dv
        restricted = self.tr("(kept by the anti-DV desk)")
        self.fields["category"].setText(category.name(lang) if category else self.tr("(none)"))
        self.fields["priority"].setText(labels.priority_name(inc.priority))
        self.fields["jurisdiction"].setText(place.name(lang) if place else self.tr("(none)"))
        self.fields["address"].setText(inc.address or self.tr("(none)"))
        if hidden:
            self.fields["caller"].setText(restricted)
            self.fields["summary"].setText(restricted)
        else:
            callers = ctx.store.incidents.incident_callers(inc.id)
            names = [" ".join(p for p in (c.caller_number, c.caller_name) if p)
                     for c in callers]
            names = [n for n in names if n] or [inc.caller_number or self.tr("(none)")]
            self.fields["caller"].setText(
                self.tr("; ", "list separator").join(dict.fromkeys(names)))
            self.fields["summary"].setText(inc.summary or self.tr("(none)"))
        self.fields["opened"].setText(local_text(inc.opened_at, tz))

        current = self.assignments.currentItem()
        keep = current.data(0, ASSIGNMENT_ROLE) if current is not None else None
        self._assignments = ctx.store.units.assignments(inc.id)
        statuses = ctx.store.units.unit_statuses()
        self.assignments.clear()
        for a in self._assignments:
            status = "cleared" if a.cleared_at else statuses.get(a.unit_code, "")
            item = QTreeWidgetItem([
                self._unit_name(a.unit_code), labels.unit_status_name(status),
                *(local_text(t, tz)[11:] if t else "" for t in (
                    a.dispatched_at, a.en_route_at, a.on_scene_at, a.cleared_at)),
            ])
            item.setData(0, ASSIGNMENT_ROLE, a.id)
            item.setToolTip(0, item.text(0))
            self.assignments.addTopLevelItem(item)
            if a.id == keep:
                self.assignments.setCurrentItem(item)

        self._read_imported_units(inc)

        self.timeline.clear()
        wording = labels.EventNames(ctx.reference, lang, tz)
        opened_day = local_text(inc.opened_at, tz)[:10]
        for event in ctx.store.incidents.timeline(inc.id):
            text = labels.event_sentence(event, wording)
            when = local_text(event.at, tz)
            # The time of day; the date too once the incident runs past the day it opened.
            shown = when[11:] if when[:10] == opened_day else when[5:]
            item = QTreeWidgetItem([shown, labels.operator_name(event), text])
            item.setToolTip(0, when)
            item.setToolTip(2, text)
            self.timeline.addTopLevelItem(item)
        for column in (0, 1):
            self.timeline.resizeColumnToContents(column)
        self.timeline.scrollToBottom()

    def _read_imported_units(self, inc: IncidentRow) -> None:
        """The units an imported incident's source listed, read on the read lane; another
        incident's stay listed no moment longer than it is shown."""
        incident_id, opened_at = inc.id, inc.opened_at

        def show(units: list[ImportedUnit]) -> None:
            if incident_id != self.incident_id:
                return
            self._imported_for = incident_id
            self.imported_model.set_units(units, opened_at)
            self.imported_title.setVisible(bool(units))
            self.imported_units.setVisible(bool(units))

        if self._imported_for != incident_id:
            self._imported_for = None
            self.imported_model.set_units([], opened_at)
            self.imported_title.hide()
            self.imported_units.hide()
        self._ctx.ops.read(lambda store: store.incidents.imported_units(incident_id),
                           success=show, key=f"board-imported-units-{id(self)}", owner=self)

    def _unit_name(self, code: str | None) -> str:
        unit = self._units.get(code or "")
        return unit.name(self._ctx.lang) if unit else ""

    # -- writing ---------------------------------------------------------------------------

    def writing(self, incident_id: int | None = None) -> bool:
        """True while a write of this panel for the incident (shown) is still running."""
        wanted = self.incident_id if incident_id is None else incident_id
        return wanted in self._writing

    def _begin(self, incident_id: int) -> None:
        self._writing.add(incident_id)
        self._update_actions()

    def _landed(self, incident_id: int) -> None:
        """A write of this panel is in the file; the change feed has already re-read it."""
        self._writing.discard(incident_id)
        if incident_id == self.incident_id:
            self.message.hide()
        self._update_actions()
        self.written.emit()

    def _failed(self, incident_id: int, exc: BaseException) -> bool:
        """A write was refused: said here if its incident is still shown, else by the window."""
        self._writing.discard(incident_id)
        self._update_actions()
        if not isinstance(exc, REFUSALS) or incident_id != self.incident_id:
            return False
        self._refused(exc)
        return True

    def _nothing_pending(self) -> None:
        """Nothing runs on any lane: no write of ours is left (even one that met a bug)."""
        if self._writing:
            self._writing.clear()
            self._update_actions()

    def _after_write(self) -> None:
        """A dialog's write has landed (the change feed has re-read the incident)."""
        self.message.hide()
        self.written.emit()

    def _refused(self, exc: BaseException) -> None:
        self.message.setText(refusal_text(exc))
        self.message.show()
        if self._incident is not None:
            self.show_incident(self._incident.id)  # nothing changed here: what is it now?
            self.message.show()

    def _refused_after_close(self, incident: IncidentRow) -> Callable[[BaseException], bool]:
        """Where a dialog's refusal goes when the dialog was closed before it came: this
        panel while it shows the incident, else the window's message line, naming it."""
        incident_id, number = incident.id, incident.number

        def show(exc: BaseException) -> bool:
            if incident_id != self.incident_id:
                self._ctx.ops.problem.emit(self.tr("%1: %2").replace("%1", number).replace(
                    "%2", refusal_text(exc)))
                return True
            self._refused(exc)
            return True
        return show

    def open_dispatch(self) -> None:
        if self._incident is None or not self.dispatch_action.isEnabled():
            return
        self._open(DispatchDialog(self._ctx, self._incident, self))

    def progress(self, status: str) -> None:
        assignment = self.current_assignment()
        incident = self._incident
        if incident is None or assignment is None or self.writing():
            return
        incident_id, assignment_id = incident.id, assignment.id
        operator_id = self._ctx.operator.id
        self._begin(incident_id)
        self._ctx.ops.write(
            lambda store: store.units.unit_progress(assignment_id, status, operator_id),
            success=lambda _result: self._landed(incident_id),
            failure=lambda exc: self._failed(incident_id, exc), owner=self)

    def _text_dialog(self, incident: IncidentRow, title: str, prompt: str, confirm: str, *,
                     required: bool, choices: list[tuple[str, str]] | None = None
                     ) -> TextActionDialog:
        return TextActionDialog(
            self._ctx, title.replace("%1", incident.number), prompt, required=required,
            choices=choices, confirm=confirm, about=incident_line(self._ctx, incident),
            parent=self)

    def open_handled(self) -> None:
        incident = self._incident
        if incident is None or not self.handled_action.isEnabled():
            return
        incident_id, operator_id = incident.id, self._ctx.operator.id
        dialog = self._text_dialog(
            incident, self.tr("Handled — %1"), self.tr("What did handling achieve? (required)"),
            self.tr("Mark handled"), required=True)
        dialog.confirmed.connect(lambda text, _code: dialog.write(
            lambda store: store.incidents.advance(incident_id, Stage.HANDLED, operator_id,
                                                  result=text)))
        self._open(dialog)

    def open_close(self) -> None:
        incident = self._incident
        if incident is None or not self.close_action.isEnabled():
            return
        incident_id, operator_id = incident.id, self._ctx.operator.id
        dialog = self._text_dialog(
            incident, self.tr("Close — %1"), self.tr("Remarks (optional):"),
            self.tr("Close incident"), required=False,
            choices=closure_choices(default_closures(), self._ctx.lang))
        dialog.confirmed.connect(lambda text, code: dialog.write(
            lambda store: store.incidents.finish(incident_id, Stage.CLOSED, operator_id,
                                                 closure=code,
                                                 note=text)))
        self._open(dialog)

    def open_cancel(self) -> None:
        incident = self._incident
        if incident is None or not self.cancel_action.isEnabled():
            return
        incident_id, operator_id = incident.id, self._ctx.operator.id
        dialog = self._text_dialog(
            incident, self.tr("Cancel — %1"),
            self.tr("Why is this incident cancelled? (required) Its units are released."),
            self.tr("Cancel incident"), required=True)
        dialog.confirmed.connect(lambda text, _code: dialog.write(
            lambda store: store.incidents.finish(incident_id, Stage.CANCELLED, operator_id,
                                                 note=text)))
        self._open(dialog)

    def open_reopen(self) -> None:
        incident = self._incident
        if incident is None or not self.reopen_action.isEnabled():
            return
        incident_id, operator_id = incident.id, self._ctx.operator.id
        dialog = self._text_dialog(
            incident, self.tr("Reopen — %1"), self.tr("Why is this incident reopened? (required)"),
            self.tr("Reopen"), required=True)
        dialog.confirmed.connect(lambda text, _code: dialog.write(
            lambda store: store.incidents.advance(incident_id, Stage.INTAKE, operator_id,
                                                  note=text)))
        self._open(dialog)

    def open_results(self) -> None:
        if self._incident is None or not self.results_action.isEnabled():
            return
        self._open(OutcomeDialog(self._ctx, self._incident, self))

    def open_mark_dv(self) -> None:
        """Re-categorise as domestic violence, once confirmed: its details are hidden from
        every role but the anti-DV desk's and the supervisor's, and the desk is told."""
        incident = self._incident
        if incident is None or not self.dv_action.isEnabled():
            return
        incident_id, operator_id = incident.id, self._ctx.operator.id
        if self._sees_dv:
            question = self.tr(
                "Mark this incident as domestic violence? The anti-DV desk is told at once to "
                "take it. From then on its callers and summary are shown only to the anti-DV "
                "desk and supervisors. This cannot be undone at the board.")
        else:
            question = self.tr(
                "Mark this incident as domestic violence? The anti-DV desk is told at once to "
                "take it. From then on its callers and summary are shown only to the anti-DV "
                "desk and supervisors: you will no longer see them here. This cannot be undone "
                "at the board.")
        dialog = ConfirmDialog(
            self._ctx, self.tr("Domestic violence — %1").replace("%1", incident.number),
            question, self.tr("Mark as domestic violence"),
            about=incident_line(self._ctx, incident), parent=self)
        dialog.confirmed.connect(lambda: dialog.write(
            lambda store: store.dv.mark_dv(incident_id, operator_id)))
        self._open(dialog)

    def _open(self, dialog: DispatchDialog | TextActionDialog | OutcomeDialog
              | ConfirmDialog) -> None:
        self.dialog = dialog
        if self._incident is not None:
            dialog.refused_elsewhere = self._refused_after_close(self._incident)
        dialog.accepted.connect(self._after_write)  # accepted once its write has landed
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def focus_note(self) -> None:
        if self._incident is not None:
            self.note.setFocus()

    def add_note(self) -> None:
        incident = self._incident
        if incident is None or self.writing():
            return
        text = self.note.toPlainText()
        incident_id, operator_id = incident.id, self._ctx.operator.id

        def landed(_result: object) -> None:
            if self.note.toPlainText() == text:  # what was typed meanwhile stays
                self.note.clear()
            self._landed(incident_id)

        self._begin(incident_id)
        self._ctx.ops.write(
            lambda store: store.incidents.add_note(incident_id, text, operator_id),
            success=landed, failure=lambda exc: self._failed(incident_id, exc), owner=self,
            disable=[self.add_note_button])
