"""The seat's screen lock: after a time without input the window is covered until the
same operator types their password again.

Nothing underneath is touched: the views stay as they were, with what was typed in
them (the intake form keeps its text, a draft stays a draft), and go on updating. While
locked the window's own widgets are disabled and its shortcuts swallowed, so no key
reaches them; unlocking gives the keyboard back where it was.

The password is checked as a login (recorded, counting towards the account's lock). The
other way out is "Switch operator": the main window's own switch, which first writes the
intake form's draft to disk (restored at that operator's next login) and then ends the
session for the login dialog, so another operator can take the seat without the first
one's work being lost or shown.

Idle means no key press, click, wheel or mouse move in the application for the setting
`lock/idle_minutes` (`IDLE_LOCK_MINUTES` by default; 0 never locks).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.domain.logins import IDLE_LOCK_MINUTES
from console.store.operators import LoginResult
from console.store.records import Operator
from console.ui.context import ViewContext
from console.ui.shell.login import locked_text

IDLE_MINUTES_KEY = "lock/idle_minutes"
_INPUT = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.HoverMove})
_READ_AGAIN = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress})


def idle_minutes() -> float:
    """The seat's idle time before locking, in minutes (0: never)."""
    value = QSettings().value(IDLE_MINUTES_KEY, IDLE_LOCK_MINUTES)
    try:
        return max(0.0, float(value))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return float(IDLE_LOCK_MINUTES)


class ScreenLock(QFrame):
    """The cover over a main window, and the idle timer that raises it."""

    locked = Signal()
    unlocked = Signal()

    def __init__(self, window: QMainWindow, ctx: ViewContext, operator: Operator,
                 switch: Callable[[], bool]):
        super().__init__(window)
        self._window = window
        self._ctx = ctx
        self._operator = operator
        self._switch = switch
        self._disabled: list[QWidget] = []
        self._return_focus: QWidget | None = None
        self.setObjectName("screenLock")
        self.setAutoFillBackground(True)
        self.setStyleSheet("#screenLock { background: #263238; }"
                           " #screenLock QLabel { color: white; }")
        title = QLabel(self.tr("<h2>110 Console is locked</h2>"))
        who = QLabel(self.tr("{name} ({username}) was away. Type the password to go on: "
                             "everything is as it was left.")
                     .format(name=operator.display_name, username=operator.username))
        who.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setObjectName("unlockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Password"))
        self.password.returnPressed.connect(self.submit)
        self.message = QLabel()
        self.message.setObjectName("unlockMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #ffab91;")
        self.message.hide()
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setObjectName("unlock")
        self.unlock_button.clicked.connect(self.submit)
        self.switch_button = QPushButton(self.tr("&Switch operator…"))
        self.switch_button.setObjectName("lockSwitchOperator")
        self.switch_button.setToolTip(self.tr(
            "Keeps the call being typed as a draft of its operator and shows the login"))
        self.switch_button.clicked.connect(self.switch_operator)
        buttons = QHBoxLayout()
        buttons.addWidget(self.unlock_button)
        buttons.addWidget(self.switch_button)
        box = QWidget()
        box.setFixedWidth(480)  # a fixed width: the wrapped text gets its full height
        inner = QVBoxLayout(box)
        inner.addWidget(title)
        inner.addWidget(who)
        inner.addWidget(self.password)
        inner.addWidget(self.message)
        inner.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.hide()

        self._never = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.lock)
        window.installEventFilter(self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.restart()

    # -- idle ------------------------------------------------------------------------------
    def restart(self, *, reread: bool = True) -> None:
        """Input was seen: the idle time starts again (the setting is read again at a key
        press, a click and an unlock; a mouse move only restarts the count)."""
        if reread:
            minutes = idle_minutes()
            self._never = minutes <= 0
            self._timer.setInterval(max(1, int(minutes * 60_000)))
        if self._never or self.is_locked:
            self._timer.stop()
            return
        self._timer.start()

    def stop(self) -> None:
        """The window closes: no more locking, no more filtering."""
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    @property
    def is_locked(self) -> bool:
        return self.isVisible()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._window and kind == QEvent.Type.Resize:
            self.setGeometry(self._window.rect())
        if not self.is_locked:
            if kind in _INPUT:
                self.restart(reread=kind in _READ_AGAIN)
            return False
        # no shortcut of the window (F2, Ctrl+1, a menu) works while locked
        return kind in (QEvent.Type.Shortcut, QEvent.Type.ShortcutOverride) \
            and not self._mine(watched)

    def _mine(self, watched: QObject) -> bool:
        return isinstance(watched, QWidget) and (watched is self or self.isAncestorOf(watched))

    # -- locking ---------------------------------------------------------------------------
    def lock(self) -> None:
        if self.is_locked or not self._window.isVisible():
            return
        self._timer.stop()
        focused = QApplication.focusWidget()
        self._return_focus = focused if focused is not None and \
            self._window.isAncestorOf(focused) else None
        self._disabled = [w for w in (self._window.centralWidget(), self._window.menuBar(),
                                      *self._window.findChildren(QWidget, "mainToolBar"))
                          if w is not None and w.isEnabled()]
        for widget in self._disabled:
            widget.setEnabled(False)  # what was typed stays; no key reaches it
        self.message.hide()
        self.password.clear()
        self.setGeometry(self._window.rect())
        self.show()
        self.raise_()
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)
        self.locked.emit()

    def unlock(self) -> None:
        for widget in self._disabled:
            widget.setEnabled(True)
        self._disabled = []
        self.hide()
        back = self._return_focus
        self._return_focus = None
        if back is not None:
            back.setFocus(Qt.FocusReason.OtherFocusReason)
        self.restart()
        self.unlocked.emit()

    def busy(self) -> bool:
        return not self.unlock_button.isEnabled()

    def submit(self) -> None:
        if self.busy():
            return
        password = self.password.text()
        if not password:
            self._say(self.tr("Type your password."))
            return
        username = self._operator.username
        self._set_busy(True)
        self._ctx.ops.read(lambda store: store.accounts.login(username, password),
                           success=self._checked, failure=self._failed,
                           settled=lambda: self._set_busy(False), owner=self)

    def _set_busy(self, busy: bool) -> None:
        self.password.setReadOnly(busy)
        self.unlock_button.setEnabled(not busy)

    def _checked(self, result: LoginResult) -> None:
        self._set_busy(False)
        if result.ok and result.operator is not None \
                and result.operator.id == self._operator.id:
            self.unlock()
            return
        if result.locked_until is not None:
            self._say(locked_text(self._ctx.store, result) + " " + self.tr(
                "Another operator may take the seat with Switch operator."))
        else:
            self._say(self.tr("Wrong password. Try again."))
        self.password.clear()
        self.password.setFocus()

    def _failed(self, error: BaseException) -> bool:
        self._set_busy(False)
        self._say(self.tr("The password could not be checked ({error}). Try again.")
                  .format(error=getattr(error, "detail", "") or error))
        return True

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def switch_operator(self) -> None:
        """Write the draft and end the session for another operator; if a view may not
        close yet (a call still being saved), stay locked and say so."""
        for widget in self._disabled:
            widget.setEnabled(True)  # a view's can_close may need to show its notice
        if self._switch():
            return
        for widget in self._disabled:
            widget.setEnabled(False)
        self._say(self.tr("The seat cannot be handed over yet (a call is still being saved)."
                          " Try again in a moment."))
        self.password.setFocus()
