"""The login dialog: who is at this seat (every change is attributed to them).

Checking a password is deliberately slow (scrypt, ~0.1 s), so it runs off the GUI
thread, on the read lane of the dialog's own small operation layer (its own
connection, never the GUI's: the main window and its operation layer do not exist
yet), and the dialog stays responsive; a wrong password keeps the
username and puts the cursor back in the password field. By keyboard: Tab
between the fields, Enter or Ctrl+Enter logs in, Escape cancels. While the
check runs the cursor stays in the field (read-only), so an impatient second
Enter does nothing instead of landing on Cancel. When the dialog closes, its
operation layer is shut down and its connection closed.

Every attempt is recorded by the store, which may lock the name after repeated wrong
passwords: the dialog then says so and until when. A password an administrator set
must be changed before the console opens (the change-password dialog, forced).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from console.domain.clock import local_text, to_stored
from console.store import Store, StoreError
from console.store.operators import LoginResult
from console.store.records import Operator
from console.ui.ops import Operations
from console.ui.shell.password import PasswordDialog

log = logging.getLogger(__name__)
LAST_USER_KEY = "login/last_username"  # the seat's last operator: only the password to type
DEMO_STYLE = ("background: #c62828; color: white; font-weight: bold; padding: 6px;"
              " border-radius: 3px;")


def locked_text(store: Store, result: LoginResult) -> str:
    """What a locked account is told (the login, the lock screen): until when, local time."""
    until = local_text(to_stored(result.locked_until), store.tz, seconds=False) \
        if result.locked_until is not None else ""
    return QCoreApplication.translate(
        "LoginDialog", "This account is locked until {time} after repeated wrong passwords. "
        "Try again then, or ask the administrator.").format(time=until)


class LoginDialog(QDialog):
    attempted = Signal(bool)  # after each check: True when logged in

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self._store = store
        self.ops = Operations(store, parent=self)
        self.ops.idle.connect(self._idle)
        self._attempt = 0
        self.operator: Operator | None = None
        self.setWindowTitle(self.tr("110 Console: log in"))
        self.setMinimumWidth(440)

        self.demo_banner = QLabel(self.tr("Demo data — not real incidents"))
        self.demo_banner.setObjectName("demoBanner")
        self.demo_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.demo_banner.setStyleSheet(DEMO_STYLE)
        self.demo_banner.setVisible(store.is_demo)

        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setObjectName("loginMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828;")
        self.message.hide()
        self.database = QLabel(store.label)
        self.database.setObjectName("databasePath")
        self.database.setWordWrap(True)
        self.database.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.database.setStyleSheet("color: #555;")

        form = QFormLayout()
        form.addRow(self.tr("&Username:"), self.username)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("Database:"), self.database)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.login_button = self.buttons.addButton(self.tr("&Log in"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.submit_action = QAction(self)
        self.submit_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.submit_action.triggered.connect(self._submit)
        self.addAction(self.submit_action)

        heading = QLabel(self.tr("<h2>110 Console</h2>"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.demo_banner)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.login_button.setDefault(True)  # Enter logs in (needs the dialog as parent)
        if not store.accounts.operators():
            self._say(self.tr(
                "This database has no operators yet. Add the first, an administrator, in a "
                "terminal with:\nconsole110 add-operator --db {path} USERNAME --role admin"
            ).format(path=store.label if store.url else store.path))
        last = QSettings().value(LAST_USER_KEY)
        if last:
            self.username.setText(str(last))
            self.password.setFocus()
        else:
            self.username.setFocus()

    @classmethod
    def ask(cls, store: Store, parent: QWidget | None = None) -> Operator | None:
        """Who logged in, or None when the operator cancelled."""
        dialog = cls(store, parent)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.operator if accepted else None
        finally:
            dialog.finish()

    def finish(self) -> None:
        """Wait for a running check and close its connection: the store may be closed
        right after."""
        self.ops.shutdown()

    def done(self, result: int) -> None:
        super().done(result)
        self.finish()  # accepted or cancelled: no more checks

    def busy(self) -> bool:
        return not self.login_button.isEnabled()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _submit(self) -> None:
        if self.busy():
            return
        username, password = self.username.text().strip(), self.password.text()
        if not username:
            self._say(self.tr("Enter your username."))
            self.username.setFocus()
            return
        if not password:
            self._say(self.tr("Enter your password."))
            self.password.setFocus()
            return
        self._attempt += 1
        attempt = self._attempt
        self._set_busy(True)

        def check(store: Store) -> LoginResult:  # on the read lane, its own connection
            return store.accounts.login(username, password)  # records the attempt

        self.ops.read(check, key="login", owner=self,
                      success=lambda result: self._checked(attempt, result, password),
                      failure=lambda error: self._failed(attempt, error))

    def _set_busy(self, busy: bool) -> None:
        for edit in (self.username, self.password):
            edit.setReadOnly(busy)  # not disabled: the cursor would move on to Cancel
        self.login_button.setEnabled(not busy)
        if busy:
            self._say(self.tr("Checking…"))

    def _checked(self, attempt: int, result: LoginResult, password: str) -> None:
        if attempt != self._attempt:
            return
        self._set_busy(False)
        operator = result.operator
        if result.ok and operator is not None:
            if result.must_change and not self._choose_password(operator, password):
                self._say(self.tr("Your password was set by the administrator: choose your "
                                  "own to log in."))
                self._again()
                return
            self.operator = operator
            self.message.hide()
            QSettings().setValue(LAST_USER_KEY, operator.username)
            self.attempted.emit(True)
            self.accept()
            return
        if result.locked_until is not None:
            self._say(locked_text(self._store, result))
        else:
            self._say(self.tr("Wrong username or password. Check them and try again."))
        self._again()

    def _choose_password(self, operator: Operator, current: str) -> bool:
        """An administrator set this password: its owner chooses a new one now."""
        self._store.actor = operator  # the change is the operator's own
        try:
            return PasswordDialog.ask(self.ops, operator, self, forced_old=current)
        finally:
            self._store.actor = None

    def _failed(self, attempt: int, error: BaseException) -> bool:
        """A database problem: said in the dialog, which stays open for another try."""
        if attempt != self._attempt:
            return True
        log.error("login check failed: %r", error)
        detail = error.detail if isinstance(error, StoreError) and error.detail else error
        self._could_not_check(str(detail))
        return True

    def _idle(self) -> None:
        """The check ended without an answer (a bug, sent to the crash reporter): the
        dialog must not stay read-only."""
        if self.busy() and not self.ops.busy():
            self._could_not_check(self.tr("unexpected error"))

    def _could_not_check(self, detail: str) -> None:
        self._set_busy(False)
        self._say(self.tr("The login could not be checked ({error}). Try again; if it "
                          "keeps failing, tell the administrator.").format(error=detail))
        self._again()

    def _again(self) -> None:
        self.password.clear()
        self.password.setFocus()
        self.attempted.emit(False)

