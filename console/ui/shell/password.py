"""The change-password dialog: the operator's own password, by keyboard.

The cursor starts in the first field; Tab walks the fields, Enter changes the password,
Escape cancels. The change is a write on the operation layer (the store checks the
current password, which counts towards the account's lock, and the role's policy); a
refusal is said under the fields, which keep what was typed except the wrong password.
After an administrator's reset the dialog is forced: the current password is the one just
typed at the login, so only the new one is asked for.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from console.domain.passwords import min_length
from console.store import InputRefused
from console.store.records import Operator
from console.ui.ops import Operations


class PasswordDialog(QDialog):
    def __init__(self, ops: Operations, operator: Operator, parent: QWidget | None = None,
                 forced_old: str | None = None):
        super().__init__(parent)
        self._ops = ops
        self.operator = operator
        self.changed = False
        self.setWindowTitle(self.tr("Change password"))
        self.setMinimumWidth(420)
        self.old = QLineEdit()
        self.old.setObjectName("oldPassword")
        self.new = QLineEdit()
        self.new.setObjectName("newPassword")
        self.again = QLineEdit()
        self.again.setObjectName("newPasswordAgain")
        for edit in (self.old, self.new, self.again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        intro = QLabel(self.tr(
            "{name}: at least {limit} characters, not your user name, not digits only.")
            .format(name=operator.display_name, limit=min_length(operator.role)))
        intro.setObjectName("passwordRules")
        intro.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("passwordMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828;")
        self.message.hide()
        form = QFormLayout()
        if forced_old is None:
            form.addRow(self.tr("&Current password:"), self.old)
        else:
            self.old.setText(forced_old)
            self.old.hide()
            intro.setText(self.tr("Your password was set by the administrator: choose your "
                                  "own now.") + "\n" + intro.text())
        form.addRow(self.tr("&New password:"), self.new)
        form.addRow(self.tr("New password &again:"), self.again)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton(self.tr("&Change password"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.ok_button.setDefault(True)  # Enter in any field changes the password
        (self.new if forced_old is not None else self.old).setFocus(
            Qt.FocusReason.OtherFocusReason)

    @classmethod
    def ask(cls, ops: Operations, operator: Operator, parent: QWidget | None = None,
            forced_old: str | None = None) -> bool:
        """Whether the password was changed."""
        dialog = cls(ops, operator, parent, forced_old)
        dialog.exec()
        return dialog.changed

    def busy(self) -> bool:
        return not self.ok_button.isEnabled()

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def submit(self) -> None:
        if self.busy():
            return
        old, new = self.old.text(), self.new.text()
        if not old:
            self.say(self.tr("Enter your current password."))
            self.old.setFocus()
            return
        if new != self.again.text():
            self.say(self.tr("The two new passwords differ. Type them again."))
            self.again.clear()
            self.again.setFocus()
            return
        self._set_busy(True)
        self._ops.write(lambda store: store.accounts.change_password(old, new),
                        success=lambda _: self._done(), failure=self._refused,
                        settled=lambda: self._set_busy(False), owner=self)

    def _set_busy(self, busy: bool) -> None:
        for edit in (self.old, self.new, self.again):
            edit.setReadOnly(busy)
        self.ok_button.setEnabled(not busy)

    def _done(self) -> None:
        self.changed = True
        self.accept()

    def _refused(self, error: BaseException) -> bool:
        self._set_busy(False)
        if not isinstance(error, InputRefused):
            self.say(self.tr("The password could not be changed ({error}). Try again.")
                     .format(error=getattr(error, "detail", "") or error))
            return True
        lines = [self.problem_text(p.field, p.code, p.limit) for p in error.problems]
        self.say("\n".join(lines))
        if any(p.field == "old_password" for p in error.problems) and self.old.isVisible():
            self.old.clear()
            self.old.setFocus()
        else:
            self.new.selectAll()
            self.new.setFocus()
        return True

    def problem_text(self, field: str, code: str, limit: int) -> str:
        texts = {
            ("old_password", "wrong"): self.tr("The current password is wrong."),
            ("old_password", "locked"): self.tr(
                "Your account is locked after repeated wrong passwords. Try again later."),
            ("new_password", "too_short"): self.tr(
                "The new password needs at least {limit} characters."),
            ("new_password", "too_long"): self.tr(
                "The new password may have at most {limit} characters."),
            ("new_password", "same_as_username"): self.tr(
                "The new password must not be your user name."),
            ("new_password", "only_digits"): self.tr(
                "The new password must not be digits only."),
            ("new_password", "known_password"): self.tr(
                "That password is published with the demo: choose another."),
            ("new_password", "unchanged"): self.tr(
                "The new password must differ from the current one."),
        }
        return texts.get((field, code), f"{field}: {code}").format(limit=limit)
