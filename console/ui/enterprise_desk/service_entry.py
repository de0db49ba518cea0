"""Recording a visit, a contact or a request in an enterprise's service file (一企一警)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from console.domain.clock import local_day
from console.domain.enterprises import ENTRY_KINDS
from console.store.errors import InputRefused
from console.ui.context import ViewContext
from console.ui.enterprise_desk import texts
from console.ui.enterprise_desk.form_dialog import finish_form


class ServiceEntryDialog(QDialog):
    """Kind, date (today unless changed), officer (the enterprise's own), what was done."""

    def __init__(self, ctx: ViewContext, enterprise_id: int, name: str, officer: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._enterprise_id = enterprise_id
        self.setWindowTitle(self.tr("Service file: {name}").format(name=name))
        names = texts.field_names()
        self.kind = QComboBox()
        for kind in ENTRY_KINDS:
            self.kind.addItem(texts.entry_kind_name(kind), kind)
        self.day = QLineEdit(local_day(ctx.store.now(), ctx.store.tz).isoformat())
        self.officer = QLineEdit(officer)
        self.what = QPlainTextEdit()
        self.what.setTabChangesFocus(True)
        self.what.setPlaceholderText(self.tr("What was done or asked (Ctrl+Enter saves)"))
        form = QFormLayout()
        form.addRow(names["kind"], self.kind)
        form.addRow(names["day"], self.day)
        form.addRow(names["officer"], self.officer)
        form.addRow(names["what"], self.what)
        self.problems, self.save_button = finish_form(self, form, self.save)
        self.kind.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> None:
        kind = str(self.kind.currentData())
        day, officer, what = self.day.text(), self.officer.text(), self.what.toPlainText()
        target = self._enterprise_id
        self.save_button.setEnabled(False)
        self._ctx.ops.write(
            lambda store: store.registry.add_service_entry(target, kind, day, officer, what),
            success=lambda _: self.accept(), failure=self._refused,
            settled=lambda: self.save_button.setEnabled(True), owner=self)

    def _refused(self, error: BaseException) -> bool:
        if not isinstance(error, InputRefused):
            return False
        self.problems.setText("\n".join(texts.problem_text(p) for p in error.problems))
        self.problems.show()
        return True
