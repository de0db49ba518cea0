"""The form that finishes a queue item: acknowledge a push, record a callback, resolve an
escalation, complete a call record, record a silent call's call-back — whatever the item's
kind declares (`console.domain.queue_kinds`): its fields are rendered from that
description, their words come from `texts.kind_texts`, and confirming calls the kind's
action with the values (`QueuesService.finish_queue_item`).

Confirming runs the item's action on the write lane (`ctx.ops.write`): the button is
disabled meanwhile and the form stays open with what was typed until the write has
landed; a refusal is said in the form. Closed meanwhile, a refusal goes to the main
window's message bridge."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from console.domain.problems import Problem
from console.domain.queue_kinds import CHOICE, NOTE, SHOWN, TEXT, Field, queue_kind
from console.domain.queues import QueueItem
from console.store import InputRefused, Store
from console.ui.context import ViewContext
from console.ui.ops import error_text
from console.ui.queues import texts


def has_form(kind: str) -> bool:
    """Whether an item of this kind is finished in its own form (else on the board)."""
    return not queue_kind(kind).form.on_board


class ItemDialog(QDialog):
    """One item's form. Refused input shows a message and keeps what was typed."""

    finished_item = Signal(str)  # the item's key, once the store has recorded it

    def __init__(self, ctx: ViewContext, item: QueueItem, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.item = item
        self.setWindowTitle(f"{texts.kind_name(item.kind)} — {texts.reference_label(item)}")
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        heading = QLabel(f"<b>{texts.what_to_do(item)}</b>")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        form = QFormLayout()
        layout.addLayout(form)
        form.addRow(self.tr("Deadline:"), QLabel(texts.deadline_text(item, ctx.store.now())))
        form.addRow(self.tr("Owner:"), QLabel(texts.owner_text(item)))
        self.inputs: dict[str, QComboBox | QPlainTextEdit] = {}  # by the action's parameter
        self._words = texts.kind_texts(item.kind)
        for field in queue_kind(item.kind).form.fields:
            self._add(form, field)
        # The first choice and the first text (unplaced, empty, when the form has none).
        self.choice = next((w for w in self.inputs.values() if isinstance(w, QComboBox)),
                           QComboBox())
        self.text = next((w for w in self.inputs.values() if isinstance(w, QPlainTextEdit)),
                         QPlainTextEdit())
        self.message = QLabel()
        self.message.setStyleSheet("color: #b71c1c;")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.addButton(self._words.confirm or self.tr("OK"),
                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setDefault(True)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.ok.setToolTip("Ctrl+Enter")
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.submit)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.first_field().setFocus()

    def first_field(self) -> QWidget:
        """The first thing to fill in: the first choice or text, else the button."""
        return next(iter(self.inputs.values()), self.ok)

    def _add(self, form: QFormLayout, field: Field) -> None:
        """One line of the form, as its kind declares it."""
        label = self._words.labels.get(field.name, "")
        hint = self._words.hints.get(field.name, "")
        if field.type == CHOICE:
            box = QComboBox()
            for code, name in self._options(field):
                box.addItem(name, code)
            self.inputs[field.name] = box
            form.addRow(label, box)
        elif field.type == TEXT:
            edit = QPlainTextEdit()
            edit.setMaximumHeight(110)
            edit.setTabChangesFocus(True)  # Tab walks the form, as everywhere else
            edit.setPlaceholderText(hint)
            self.inputs[field.name] = edit
            form.addRow(label, edit)
        elif field.type == SHOWN:
            form.addRow(label, QLabel(str(getattr(self.item, field.shows, ""))))
        elif field.type == NOTE:
            note = QLabel(hint or label)
            note.setWordWrap(True)
            form.addRow(note)

    def _options(self, field: Field) -> list[tuple[str, str]]:
        """A choice's codes and their names (from the reference data, or the kind's words)."""
        if field.options_from == "callback_ratings":
            rules = self._ctx.reference.callbacks
            return [(r, rules.rating_name(r, self._ctx.lang)) for r in rules.ratings]
        return [(code, self._words.options.get(code, code)) for code in field.options]

    def values(self) -> dict[str, str]:
        """What the form gives the kind's action, by parameter."""
        return {name: str(w.currentData()) if isinstance(w, QComboBox) else w.toPlainText()
                for name, w in self.inputs.items()}

    def writing(self) -> bool:
        """The action was confirmed and has not landed yet (the button is disabled)."""
        return not self.ok.isEnabled()

    def submit(self) -> None:
        """Run the item's action on the write lane, once; landed, the form closes; refused,
        it says why and keeps what was typed."""
        if self.writing():
            return
        op, item = self._ctx.operator.id, self.item
        kind, ref, values = item.kind, item.ref_id, self.values()

        def work(store: Store) -> object:
            return store.queues.finish_queue_item(kind, ref, values, op)

        dialog = self

        def landed(_result: object) -> None:
            if isValid(dialog):
                dialog.finished_item.emit(item.key)
                if dialog.isVisible():
                    dialog.accept()

        def refused(exc: BaseException) -> bool:
            if not (isValid(dialog) and dialog.isVisible()):
                return False  # closed meanwhile: the main window says it
            if isinstance(exc, InputRefused):
                dialog._show(" ".join(dialog._problem(p) for p in exc.problems))
            else:
                dialog._show(error_text(exc))
            return True

        self._ctx.ops.write(work, success=landed, failure=refused, owner=self.parentWidget(),
                            disable=[self.ok])

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.first_field().setFocus()

    def _problem(self, problem: Problem) -> str:
        if problem.code == "missing":
            return self.tr("Please fill in the text before saving.")
        if problem.code == "too_long":
            return self.tr("The text is too long (at most %1 characters).").replace(
                "%1", str(problem.limit))
        if problem.code == "control_chars":
            return self.tr("The text contains characters that cannot be saved.")
        if problem.code == "already_done":
            return self.tr("Someone has already done this; the queue will update.")
        return self.tr("Please choose a valid option.")
