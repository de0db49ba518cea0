"""The idle screen lock, the change-password dialog and what the login says about locks."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from console.domain.logins import MAX_FAILURES
from console.store import Store
from console.store.records import Operator
from console.ui.shell import LoginDialog, MainWindow
from console.ui.shell.lock import IDLE_MINUTES_KEY
from console.ui.shell.password import PasswordDialog

SHORT_IDLE = 0.002  # minutes: 120 ms


def make_window(qtbot: QtBot, store: Store, operator: Operator) -> MainWindow:
    window = MainWindow(store, operator, "en")
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def test_the_seat_locks_when_idle_and_keeps_what_was_typed(
        qtbot: QtBot, store: Store, operator: Operator) -> None:
    window = make_window(qtbot, store, operator)
    lock = window.screen_lock
    intake = window.views["intake"]
    number = intake.form.caller_number  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: focused() is number)
    qtbot.keyClicks(number, "1380000111")
    QSettings().setValue(IDLE_MINUTES_KEY, SHORT_IDLE)  # read again at the next key
    qtbot.keyClicks(number, "1")
    assert not lock.is_locked
    qtbot.waitUntil(lambda: lock.is_locked, timeout=5000)  # no input: the cover is up
    assert lock.geometry() == window.rect()
    assert focused() is lock.password
    qtbot.keyClick(lock.password, Qt.Key.Key_F2)  # no shortcut of the window works
    qtbot.keyClicks(lock.password, "wrong-pass")
    with qtbot.waitSignal(lock.unlocked, timeout=5000, raising=False) as blocker:
        qtbot.keyClick(lock.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: lock.message.isVisible() and not lock.busy())
    assert not blocker.signal_triggered and lock.is_locked
    assert lock.message.text() == "Wrong password. Try again."
    assert number.text() == "13800001111"  # nothing typed reached the form
    QSettings().setValue(IDLE_MINUTES_KEY, 10)
    qtbot.keyClicks(lock.password, "secret-110")
    with qtbot.waitSignal(lock.unlocked, timeout=5000):
        qtbot.keyClick(lock.password, Qt.Key.Key_Return)
    assert not lock.is_locked and window.centralWidget().isEnabled()
    assert number.text() == "13800001111"  # the form kept its text
    assert focused() is number  # the keyboard is back where it was
    outcomes = [a.outcome for a in store.accounts.attempts("ct01")]
    assert outcomes == ["ok", "wrong_password"]


def test_ctrl_l_locks_at_once(qtbot: QtBot, store: Store, operator: Operator) -> None:
    window = make_window(qtbot, store, operator)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.screen_lock.is_locked and focused() is window.screen_lock.password
    assert not window.menuBar().isEnabled()


def test_a_locked_account_at_the_lock_screen_is_told_until_when(
        qtbot: QtBot, store: Store, operator: Operator) -> None:
    window = make_window(qtbot, store, operator)
    lock = window.screen_lock
    lock.lock()
    for _ in range(MAX_FAILURES):
        qtbot.keyClicks(lock.password, "wrong-pass")
        qtbot.keyClick(lock.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not lock.busy() and lock.password.text() == "")
    assert lock.message.text().startswith("This account is locked until 2026-11-29 10:15")
    assert "Switch operator" in lock.message.text()


def test_switch_operator_from_the_lock_keeps_the_draft(
        qtbot: QtBot, store: Store, operator: Operator) -> None:
    window = make_window(qtbot, store, operator)
    intake = window.views["intake"]
    number = intake.form.caller_number  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: focused() is number)
    qtbot.keyClicks(number, "13800002222")
    window.screen_lock.lock()
    with qtbot.waitSignal(window.closed, timeout=10000):
        qtbot.keyClick(window.screen_lock.switch_button, Qt.Key.Key_Space)
    assert window.switch_requested
    path = intake.drafts.path  # type: ignore[attr-defined]
    assert "13800002222" in path.read_text(encoding="utf-8")


def _while_modal(act: Callable[[PasswordDialog], None]) -> None:
    """Run `act` on the password dialog once it is up (it runs its own event loop)."""

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, PasswordDialog) and dialog.isVisible():
            act(dialog)
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)


def _type(dialog: PasswordDialog, *keys: str | Qt.Key) -> None:
    from PySide6.QtTest import QTest

    for key in keys:
        widget = dialog.focusWidget()
        assert isinstance(widget, QLineEdit)
        if isinstance(key, str):
            QTest.keyClicks(widget, key)
        else:
            QTest.keyClick(widget, key)


def test_the_password_is_changed_from_the_main_window_by_keys(
        qtbot: QtBot, store: Store, operator: Operator) -> None:
    window = make_window(qtbot, store, operator)
    seen: list[str] = []

    def act(dialog: PasswordDialog) -> None:
        seen.append(dialog.focusWidget().objectName())
        _type(dialog, "secret-110", Qt.Key.Key_Tab, "new-secret-1", Qt.Key.Key_Tab,
              "new-secret-2", Qt.Key.Key_Return)
        # the two differ: said, and the cursor goes back to the second

        def again() -> None:
            seen.append(dialog.message.text())
            _type(dialog, "new-secret-1", Qt.Key.Key_Return)

        QTimer.singleShot(0, again)

    _while_modal(act)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert seen == ["oldPassword", "The two new passwords differ. Type them again."]
    assert store.accounts.authenticate("ct01", "new-secret-1") is not None


def test_a_weak_new_password_is_refused_and_escape_cancels(
        qtbot: QtBot, store: Store, operator: Operator) -> None:
    window = make_window(qtbot, store, operator)
    seen: list[str] = []

    def act(dialog: PasswordDialog) -> None:
        _type(dialog, "secret-110", Qt.Key.Key_Tab, "12345678", Qt.Key.Key_Tab, "12345678",
              Qt.Key.Key_Return)

        def refused() -> None:
            if dialog.busy() or not dialog.message.isVisible():
                QTimer.singleShot(20, refused)
                return
            seen.append(dialog.message.text())
            _type(dialog, Qt.Key.Key_Escape)

        QTimer.singleShot(20, refused)

    _while_modal(act)
    assert window.change_password() is False
    assert seen == ["The new password must not be digits only."]
    assert store.accounts.authenticate("ct01", "secret-110") is not None


def test_after_an_administrators_reset_the_login_asks_for_a_new_password(
        qtbot: QtBot, store: Store, operator: Operator) -> None:
    store.actor = None
    admin = store.accounts.add_operator("admin1", "管理员", "admin", "admin-pass-1")
    store.actor = admin
    store.accounts.reset_password(operator.id, "given-by-admin")
    store.actor = None
    dialog = LoginDialog(store)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    seen: list[str] = []

    def act(change: PasswordDialog) -> None:
        seen.append(change.focusWidget().objectName())
        _type(change, "my-own-choice", Qt.Key.Key_Tab, "my-own-choice", Qt.Key.Key_Return)

    _while_modal(act)
    qtbot.keyClicks(dialog.username, "ct01")
    qtbot.keyClicks(dialog.password, "given-by-admin")
    with qtbot.waitSignal(dialog.attempted, timeout=10000) as blocker:
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert blocker.args == [True] and dialog.operator == operator
    assert seen == ["newPassword"]  # the current one was just typed: only the new is asked
    assert store.accounts.login("ct01", "my-own-choice").must_change is False
    assert store.actor is None


def test_the_login_says_an_account_is_locked_and_until_when(
        qtbot: QtBot, store: Store, operator: Operator) -> None:
    for _ in range(MAX_FAILURES):
        store.accounts.login("ct01", "wrong-pass")
    dialog = LoginDialog(store)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    qtbot.keyClicks(dialog.username, "ct01")
    qtbot.keyClicks(dialog.password, "secret-110")
    with qtbot.waitSignal(dialog.attempted) as blocker:
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert blocker.args == [False]
    assert dialog.message.text() == (
        "This account is locked until 2026-11-29 10:15 after repeated wrong passwords. "
        "Try again then, or ask the administrator.")


def test_the_lock_message_in_chinese(qtbot: QtBot, store: Store, operator: Operator,
                                     qapp: QApplication) -> None:
    from console.ui.shell.language import install_translators, remove_translators

    translators = install_translators(qapp, "zh_CN")
    try:
        for _ in range(MAX_FAILURES):
            store.accounts.login("ct01", "wrong-pass")
        dialog = LoginDialog(store)
        qtbot.addWidget(dialog)
        with qtbot.waitExposed(dialog):
            dialog.show()
        qtbot.keyClicks(dialog.username, "ct01")
        qtbot.keyClicks(dialog.password, "secret-110")
        with qtbot.waitSignal(dialog.attempted):
            qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        assert dialog.message.text() == (
            "该账号因多次密码错误已被锁定，至 2026-11-29 10:15 解锁。"
            "请届时再试，或联系系统管理员。")
    finally:
        remove_translators(qapp, translators)
