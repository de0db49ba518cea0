"""The form of one registry entry: add or edit, saved through the operation layer.

A refused save keeps everything typed, says what is wrong under the form and puts
the cursor in the first field to correct.
"""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from console.domain.enterprises import STATUSES, EnterpriseDraft
from console.store.errors import InputRefused
from console.ui.context import ViewContext
from console.ui.enterprise_desk import texts
from console.ui.enterprise_desk.form_dialog import finish_form


class EnterpriseDialog(QDialog):
    """新增/编辑重点企业: every field of the entry, the three persons with their phones."""

    saved = Signal(int)  # the entry's id

    def __init__(self, ctx: ViewContext, enterprise_id: int | None = None,
                 draft: EnterpriseDraft | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.enterprise_id = enterprise_id
        self.setWindowTitle(self.tr("Edit key enterprise") if enterprise_id
                            else self.tr("New key enterprise"))
        names = texts.field_names()
        self.edits: dict[str, QWidget] = {}
        form = QFormLayout()
        for f in fields(EnterpriseDraft):
            widget: QWidget
            if f.name == "jurisdiction_code":
                box = QComboBox()
                box.addItem("", "")
                for jur in ctx.reference.jurisdictions:
                    box.addItem(jur.name(ctx.lang), jur.code)
                widget = box
            elif f.name == "status":
                box = QComboBox()
                for status in STATUSES:
                    box.addItem(texts.status_name(status), status)
                widget = box
            else:
                widget = QLineEdit()
            widget.setObjectName(f.name)
            self.edits[f.name] = widget
            form.addRow(names[f.name], widget)
        self.problems, self.save_button = finish_form(self, form, self.save,
                                                      self.tr("Enter or Ctrl+Enter"))
        if draft is not None:
            self.fill(draft)
        self.edits["name"].setFocus(Qt.FocusReason.OtherFocusReason)

    def fill(self, draft: EnterpriseDraft) -> None:
        for name, widget in self.edits.items():
            value = str(getattr(draft, name))
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value)))
            elif isinstance(widget, QLineEdit):
                widget.setText(value)

    def draft(self) -> EnterpriseDraft:
        values: dict[str, str] = {}
        for name, widget in self.edits.items():
            if isinstance(widget, QComboBox):
                values[name] = str(widget.currentData() or "")
            elif isinstance(widget, QLineEdit):
                values[name] = widget.text()
        return EnterpriseDraft(**values)

    def save(self) -> None:
        draft = self.draft()
        target = self.enterprise_id
        self.save_button.setEnabled(False)

        def work(store):  # type: ignore[no-untyped-def]
            if target is None:
                return store.registry.add(draft)
            store.registry.edit(target, draft)
            return target

        self._ctx.ops.write(work, success=self._saved, failure=self._refused,
                            settled=lambda: self.save_button.setEnabled(True), owner=self)

    def _saved(self, enterprise_id: object) -> None:
        self.enterprise_id = int(enterprise_id)  # type: ignore[call-overload]
        self.saved.emit(self.enterprise_id)
        self.accept()

    def _refused(self, error: BaseException) -> bool:
        if not isinstance(error, InputRefused):
            return False
        self.problems.setText("\n".join(texts.problem_text(p) for p in error.problems))
        self.problems.show()
        first = next((self.edits[p.field] for p in error.problems if p.field in self.edits),
                     None)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(first, QLineEdit):
                first.selectAll()
        return True
