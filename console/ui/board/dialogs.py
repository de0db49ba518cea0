"""The board's dialogs: choose units to dispatch, and type a result, closure or reason.

A dialog's confirmation is one write on the write lane (`ctx.ops`), never on the
GUI thread: the confirming button is disabled while it runs, and the dialog stays
open with everything typed or chosen until the write has landed. A refusal is
shown in the dialog, the input kept. Closed meanwhile, the dialog leaves a refusal
to the panel that opened it (`refused_elsewhere`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from console.domain.closures import Closure
from console.domain.lifecycle import TransitionError
from console.domain.places import suggest_units
from console.store import InputRefused, Store, StoreError
from console.store.enterprise_loop import CallbackFirst
from console.store.records import IncidentRow
from console.ui.board import labels
from console.ui.board.units_model import COL_NAME, UnitsModel
from console.ui.context import ViewContext

REFUSALS = (TransitionError, InputRefused, StoreError)


def refusal_text(exc: BaseException) -> str:
    """A refused write in the operator's words, saying what to do next."""
    if isinstance(exc, CallbackFirst):
        return QCoreApplication.translate(
            "BoardRefusals",
            "Not closed: an enterprise incident is closed only after its callback. "
            "Call the enterprise back first and record the callback on the enterprise desk "
            "(B), then close the incident here.")
    return labels.refusal_text(exc)


def incident_line(ctx: ViewContext, incident: IncidentRow) -> str:
    """The incident a dialog is about, as the operator knows it: number, category, address."""
    category = ctx.reference.taxonomy.find(incident.category_code)
    parts = [incident.number, category.name(ctx.lang) if category else "", incident.address]
    return " · ".join(p for p in parts if p)


def heading_label(text: str) -> QLabel:
    """A bold line at the top of a dialog naming the incident it acts on."""
    label = QLabel(text)
    label.setObjectName("incidentHeading")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet("font-weight: bold; font-size: 13px; color: #1a4f8b;")
    return label


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #a30000; font-weight: bold;")
    label.hide()
    return label


class WritingDialog(QDialog):
    """A dialog confirmed by one write: `write` runs it on the write lane.

    Subclasses set `confirm_button` and place `error` in their layout. While the write
    runs the button is disabled (and a second confirmation ignored); once it has landed
    the dialog is accepted; refused, it stays open and says why in `error`.
    """

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.confirm_button: QPushButton | None = None
        self.error = _error_label()
        # Where a refusal goes when the dialog was closed before the answer came.
        self.refused_elsewhere: Callable[[BaseException], bool] | None = None

    def writing(self) -> bool:
        """True while a confirmed write is still running (its button is disabled)."""
        return self.confirm_button is not None and not self.confirm_button.isEnabled()

    def write(self, work: Callable[[Store], object],
              landed: Callable[[object], None] | None = None) -> None:
        """Run `work(store)` on the write lane; `landed(result)` then runs on the GUI thread
        before the dialog closes. `work` captures plain values only: it runs on a worker."""
        dialog, elsewhere = self, self.refused_elsewhere

        def success(result: object) -> None:
            if not isValid(dialog):
                return
            if landed is not None:
                landed(result)
            if dialog.isVisible():
                QDialog.accept(dialog)

        def failure(exc: BaseException) -> bool:
            if not isinstance(exc, REFUSALS):
                return False  # the main window's message bridge says it
            if isValid(dialog) and dialog.isVisible():
                dialog._show(dialog.refused(exc) or refusal_text(exc))
                return True
            return elsewhere(exc) if elsewhere is not None else False

        owner = self.parentWidget()  # the panel outlives the dialog: a late refusal reaches it
        self._ctx.ops.write(work, success=success, failure=failure, owner=owner,
                            disable=[self.confirm_button] if self.confirm_button else [])

    def refused(self, exc: BaseException) -> str | None:
        """A subclass's own words for a refusal (and its chance to show the fresh state)."""
        return None

    def _show(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


class DispatchDialog(WritingDialog):
    """Arrows move, Space picks several, Enter dispatches the picked (or highlighted) units."""

    dispatched = Signal(list)  # unit codes

    def __init__(self, ctx: ViewContext, incident: IncidentRow, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self._incident = incident
        self.setWindowTitle(self.tr("Dispatch units — %1").replace("%1", incident.number))
        on_incident = set(ctx.store.units.active_units([incident.id]).get(incident.id, []))
        units = suggest_units(list(ctx.reference.units), incident.jurisdiction_code)
        places = {j.code: j.name(ctx.lang) for j in ctx.reference.jurisdictions}
        self.model = UnitsModel(units, ctx.store.units.unit_statuses(), on_incident, places,
                                ctx.lang, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list for the buttons
        self.table.verticalHeader().hide()
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(
            COL_NAME, QHeaderView.ResizeMode.Stretch)
        hint = QLabel(self.tr("↑↓ move · Space picks several units · Enter dispatches the picked"
                              " units, or the highlighted one if none is picked · Esc cancels"))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.dispatch_button = buttons.addButton(self.tr("Dispatch"),
                                                 QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm_button = self.dispatch_button
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.heading = heading_label(incident_line(ctx, incident))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(hint)
        layout.addWidget(self.table)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.dispatch_button.setDefault(True)  # once inside the dialog, or Qt picks Cancel
        self.resize(760, 480)
        self._highlight_first_available()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.table.setFocus()

    def _highlight_first_available(self) -> None:
        rows = range(self.model.rowCount())
        first = next((r for r in rows if self.model.is_choosable(r)
                      and self.model.status_of(r) == "available"), None)
        if first is None:
            first = next((r for r in rows if self.model.is_choosable(r)), None)
        if first is not None:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(first, 0), QItemSelectionModel.SelectionFlag.NoUpdate)

    def chosen_codes(self) -> list[str]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        if not rows:
            current = self.table.currentIndex()
            if current.isValid() and self.model.is_choosable(current.row()):
                rows = [current.row()]
        return [self.model.unit_at(r).code for r in rows if self.model.is_choosable(r)]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter anywhere but on Cancel dispatches, whichever button Qt made the default."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accept()
            return
        super().keyPressEvent(event)

    def accept(self) -> None:
        if self.writing():
            return
        codes = self.chosen_codes()
        if not codes:
            self._show(self.tr("Pick at least one unit (Space), then press Enter."))
            return
        incident_id, operator_id = self._incident.id, self._ctx.operator.id
        self.write(lambda store: store.units.dispatch(incident_id, codes, operator_id),
                   lambda _assignments: self.dispatched.emit(codes))


class TextActionDialog(WritingDialog):
    """A text (and optionally a choice) to go with a stage change; Ctrl+Enter confirms.

    `confirmed(text, code)` asks the panel to write; it answers through `write`.
    """

    confirmed = Signal(str, str)  # the text (trimmed), the chosen code ("" without a choice)

    def __init__(self, ctx: ViewContext, title: str, prompt: str, *,
                 required: bool, choices: list[tuple[str, str]] | None = None,
                 confirm: str = "", about: str = "", parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self._required = required
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.heading = heading_label(about)
        self.heading.setVisible(bool(about))
        layout.addWidget(self.heading)
        self.choice: QComboBox | None = None
        if choices:
            self.choice = QComboBox()
            for code, name in choices:
                self.choice.addItem(name, code)
            layout.addWidget(QLabel(self.tr("Closure disposition:")))
            layout.addWidget(self.choice)
        layout.addWidget(QLabel(prompt))
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        layout.addWidget(self.text)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.addButton(confirm or self.tr("Confirm"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm_button = self.ok_button
        self.ok_button.setToolTip(self.tr("Ctrl+Enter"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # Enter on the choice confirms, never Cancel (only a button inside the dialog can be
        # made its default: Qt would otherwise pick the first button, Cancel).
        self.ok_button.setDefault(True)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.accept)
        self.resize(460, 300)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        (self.choice or self.text).setFocus()

    def accept(self) -> None:
        if self.writing():
            return
        text = self.text.toPlainText()
        if self._required and not text.strip():
            self._show(self.tr("Type the text first: it is kept with the incident."))
            self.text.setFocus()
            return
        code = str(self.choice.currentData()) if self.choice is not None else ""
        self.confirmed.emit(text.strip(), code)


class ConfirmDialog(WritingDialog):
    """A question about one incident: Enter confirms, Esc cancels, nothing to type.

    `confirmed` asks the panel to write; it answers through `write`.
    """

    confirmed = Signal()

    def __init__(self, ctx: ViewContext, title: str, question: str, confirm: str, *,
                 about: str = "", parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.heading = heading_label(about)
        self.heading.setVisible(bool(about))
        layout.addWidget(self.heading)
        self.question = QLabel(question)
        self.question.setWordWrap(True)
        layout.addWidget(self.question)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.addButton(confirm, QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm_button = self.ok_button
        self.ok_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(460, 200)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ok_button.setFocus()

    def accept(self) -> None:
        if not self.writing():
            self.confirmed.emit()


def closure_choices(closures: tuple[Closure, ...], lang: str) -> list[tuple[str, str]]:
    return [(c.code, c.name(lang)) for c in closures]
