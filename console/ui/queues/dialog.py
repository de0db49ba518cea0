"""The form that finishes a queue item: acknowledge a push, record a callback, resolve an
escalation, complete a call record, record a silent call's call-back.

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
from console.domain.queues import Kind, QueueItem
from console.store import InputRefused, Store
from console.ui.context import ViewContext
from console.ui.ops import error_text
from console.ui.queues import texts

FORM_KINDS = (Kind.PUSH_ACK, Kind.CALLBACK, Kind.ESCALATION, Kind.INCOMPLETE_CALL,
              Kind.SILENT_CALLBACK)


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
        self.choice = QComboBox()
        self.text = QPlainTextEdit()
        self.text.setMaximumHeight(110)
        self.text.setTabChangesFocus(True)  # Tab walks the form, as everywhere else
        self._build(form)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b71c1c;")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.addButton(self._ok_text(), QDialogButtonBox.ButtonRole.AcceptRole)
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
        """The first thing to fill in: the choice, else the text, else the button."""
        for field in (self.choice, self.text):
            if field.parent() is not None:
                return field
        return self.ok

    def _build(self, form: QFormLayout) -> None:
        kind = self.item.kind
        if kind is Kind.CALLBACK:
            rules = self._ctx.reference.callbacks
            for rating in rules.ratings:
                self.choice.addItem(rules.rating_name(rating, self._ctx.lang), rating)
            form.addRow(self.tr("Rating:"), self.choice)
            form.addRow(self.tr("Remarks:"), self.text)
        elif kind is Kind.SILENT_CALLBACK:
            self.choice.addItem(self.tr("Reached the caller"), "reached")
            self.choice.addItem(self.tr("Not reached"), "not_reached")
            form.addRow(self.tr("Outcome:"), self.choice)
            form.addRow(self.tr("Remarks:"), self.text)
        elif kind is Kind.ESCALATION:
            self.text.setPlaceholderText(self.tr("What was done to resolve it"))
            form.addRow(self.tr("Resolution:"), self.text)
        elif kind is Kind.INCOMPLETE_CALL:
            form.addRow(self.tr("Missing:"), QLabel(self.item.detail))
            self.text.setPlaceholderText(self.tr("What was completed, and how"))
            form.addRow(self.tr("Completed:"), self.text)
        elif kind is Kind.PUSH_ACK:
            form.addRow(QLabel(self.tr("Confirm that the person has received the push.")))

    def _ok_text(self) -> str:
        return {
            Kind.PUSH_ACK: self.tr("Acknowledge"),
            Kind.CALLBACK: self.tr("Record callback"),
            Kind.ESCALATION: self.tr("Resolve"),
            Kind.INCOMPLETE_CALL: self.tr("Mark completed"),
            Kind.SILENT_CALLBACK: self.tr("Record call-back"),
        }.get(self.item.kind, self.tr("OK"))

    def writing(self) -> bool:
        """The action was confirmed and has not landed yet (the button is disabled)."""
        return not self.ok.isEnabled()

    def submit(self) -> None:
        """Run the item's action on the write lane, once; landed, the form closes; refused,
        it says why and keeps what was typed."""
        if self.writing():
            return
        op, item = self._ctx.operator.id, self.item
        kind, ref, text, choice = item.kind, item.ref_id, self.text.toPlainText(), \
            str(self.choice.currentData())

        def work(store: Store) -> None:
            if kind is Kind.PUSH_ACK:
                store.acknowledge_push(ref, op)
            elif kind is Kind.CALLBACK:
                store.record_callback(ref, choice, text, op)
            elif kind is Kind.ESCALATION:
                store.resolve_escalation(ref, text, op)
            elif kind is Kind.INCOMPLETE_CALL:
                store.complete_call(ref, text, op)
            elif kind is Kind.SILENT_CALLBACK:
                store.record_call_back(ref, choice, text, op)

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
