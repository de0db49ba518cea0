"""A small form for one step of the loop (feedback, handled, callback, 挂牌督办, resolution).

Fields are named by the caller; the save runs through the operation layer, and a refusal
is shown under the form with everything typed kept.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from console.store import Store
from console.store.errors import InputRefused
from console.ui.context import ViewContext
from console.ui.enterprise_desk import texts
from console.ui.enterprise_desk.form_dialog import finish_form


class LoopActionDialog(QDialog):
    """Fields: ('choice', label, [(text, value)…]), ('line', label, default) or
    ('text', label, placeholder); `work(store, values)` saves them."""

    def __init__(self, ctx: ViewContext, title: str,
                 spec: list[tuple[str, str, Any]],
                 work: Callable[[Store, list[str]], object],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._work = work
        self.setWindowTitle(title)
        self.fields: list[QWidget] = []
        form = QFormLayout()
        for kind, label, extra in spec:
            widget: QWidget
            if kind == "choice":
                box = QComboBox()
                for shown, value in extra:
                    box.addItem(shown, value)
                widget = box
            elif kind == "line":
                widget = QLineEdit(str(extra or ""))
            else:
                edit = QPlainTextEdit()
                edit.setTabChangesFocus(True)
                edit.setPlaceholderText(str(extra or ""))
                edit.setFixedHeight(80)
                widget = edit
            self.fields.append(widget)
            form.addRow(label, widget)
        self.problems, self.save_button = finish_form(self, form, self.save,
                                                      self.tr("Ctrl+Enter"))
        if self.fields:
            self.fields[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def values(self) -> list[str]:
        out = []
        for widget in self.fields:
            if isinstance(widget, QComboBox):
                out.append(str(widget.currentData()))
            elif isinstance(widget, QLineEdit):
                out.append(widget.text())
            elif isinstance(widget, QPlainTextEdit):
                out.append(widget.toPlainText())
        return out

    def save(self) -> None:
        values = self.values()
        work = self._work
        self.save_button.setEnabled(False)
        self._ctx.ops.write(lambda store: work(store, values), success=lambda _: self.accept(),
                            failure=self._refused,
                            settled=lambda: self.save_button.setEnabled(True), owner=self)

    def _refused(self, error: BaseException) -> bool:
        if not isinstance(error, InputRefused):
            return False
        self.problems.setText("\n".join(texts.problem_text(p) for p in error.problems))
        self.problems.show()
        return True
