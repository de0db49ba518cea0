"""Before a DV call is saved: "safe to talk now?" and "is this number safe?", one key each.

DASH practice asks first whether the victim can talk and which contact is safe: a call
back to a number the abuser holds can put the victim in danger. The answers are saved
with the call and read only by the DV desk and supervisors. Y yes, N no, U the caller
could not say; Esc goes back to the form with nothing saved and everything kept.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from console.domain.dv.safety import NO, UNKNOWN, YES, SafetyAnswers

_KEYS = {Qt.Key.Key_Y: YES, Qt.Key.Key_N: NO, Qt.Key.Key_U: UNKNOWN}
_STYLE = ("QFrame#safetyPrompt { background: #fce4ec; border: 2px solid #ad1457; }"
          " QLabel#safetyQuestion { font-size: 16px; font-weight: bold; color: #880e4f; }")


class SafetyPrompt(QFrame):
    """Asks the two questions in turn; `answered` gives both, `cancelled` gives up."""

    answered = Signal(object)  # SafetyAnswers
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("safetyPrompt")
        self.setStyleSheet(_STYLE)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.question = QLabel()
        self.question.setObjectName("safetyQuestion")
        self.keys = QLabel(self.tr("Y yes · N no · U cannot say · Esc back to the form"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.keys)
        self._first: str | None = None
        self.setVisible(False)

    @property
    def asking(self) -> bool:
        return self.isVisible()

    def ask(self) -> None:
        """Show the first question and take the keyboard."""
        self._first = None
        self.question.setText(self.tr("Ask the caller: is it safe to talk now?"))
        self.setVisible(True)
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key == Qt.Key.Key_Escape:
            self.setVisible(False)
            self.cancelled.emit()
            return
        answer = _KEYS.get(key)
        if answer is None or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            event.accept()  # nothing else is typed here; the form keeps what it has
            return
        if self._first is None:
            self._first = answer
            self.question.setText(self.tr(
                "Is this number safe to call back (only the caller answers it)?"))
            return
        first, self._first = self._first, None
        self.setVisible(False)
        self.answered.emit(SafetyAnswers(first, answer))
