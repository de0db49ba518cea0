"""The small forms of the clear-to-zero review (assign, escalate, annotate), by keyboard:
the field has the focus, Tab walks, Ctrl+Enter confirms, Escape cancels. Each names the
incident it is about. Confirming hands the write to the view (`on_submit`), which runs it
on the write lane: the button is disabled meanwhile, the form closes once it has landed,
and refused input shows why and keeps what was typed."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

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

# What confirming does: read the field (on the GUI thread) and start the write.
Submit = Callable[[], None]


class ReviewDialog(QDialog):
    def __init__(self, title: str, subject: str, detail: str, label: str, field: QWidget,
                 ok_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.field = field
        self._submit: Submit = lambda: None
        self.setWindowTitle(f"{title} — {subject}")
        self.setMinimumWidth(480)
        heading = QLabel(f"<b>{escape(subject)}</b>")
        heading.setObjectName("reviewSubject")
        about = QLabel(detail)
        about.setWordWrap(True)
        about.setStyleSheet("color: #555;")
        if isinstance(field, QPlainTextEdit):
            field.setTabChangesFocus(True)  # Tab walks the form, as everywhere else
            field.setMaximumHeight(120)
        form = QFormLayout()
        form.addRow(label, field)
        self.message = QLabel()
        self.message.setObjectName("reviewMessage")
        self.message.setStyleSheet("color: #b71c1c;")
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setDefault(True)
        self.ok.setToolTip(f"{ok_text} (Ctrl+Enter)")
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.submit)

    def on_submit(self, submit: Submit) -> None:
        self._submit = submit

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.field.setFocus()

    def writing(self) -> bool:
        """A confirmed write has not landed yet (its button is disabled meanwhile)."""
        return not self.ok.isEnabled()

    def submit(self) -> None:
        """Ctrl+Enter or the button: start the write, once (a second press waits for it)."""
        if not self.writing():
            self._submit()

    def show_problem(self, text: str) -> None:
        """The write was refused: say why; what was typed stays, the field has the cursor."""
        self.message.setText(text)
        self.message.show()
        self.field.setFocus()


def text_field(placeholder: str) -> QPlainTextEdit:
    field = QPlainTextEdit()
    field.setPlaceholderText(placeholder)
    return field


def choice_field(choices: list[tuple[str, object]], current: object = None) -> QComboBox:
    field = QComboBox()
    for text, data in choices:
        field.addItem(text, data)
    if current is not None and (at := field.findData(current)) >= 0:
        field.setCurrentIndex(at)
    return field
