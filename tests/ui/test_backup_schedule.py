"""The administrator's backup schedule: the dialog by keyboard, backups the console takes
by itself (checked, in rotation), a failure's message, and no such action for other roles."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from console.store import Store
from console.store.backup import backups, check_backup
from console.store.records import Operator
from console.ui.shell import MainWindow
from console.ui.shell.backup_dialog import BackupDialog
from console.ui.shell.backup_schedule import (
    EVERY_HOURS_KEY,
    FOLDER_KEY,
    KEEP_KEY,
    Schedule,
    load_schedule,
    run_backup,
    save_schedule,
)
from console.ui.shell.messages import MessageBox

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def admin(store: Store) -> Operator:
    return store.accounts.add_operator("ad01", "王芳", "admin", "admin-pass-110")


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of message boxes, read instead of blocking the test."""
    texts: list[str] = []

    def record(icon: QMessageBox.Icon, title: str, text: str,
               parent: QWidget | None = None) -> None:
        texts.append(text)

    monkeypatch.setattr(MessageBox, "show", staticmethod(record))
    return texts


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


def press_backups(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(focused() or window, Qt.Key.Key_B, CTRL_SHIFT)


def open_dialog(qtbot: QtBot, window: MainWindow) -> BackupDialog:
    window.activateWindow()  # the offscreen platform gives it back no activation by itself
    qtbot.waitUntil(window.isActiveWindow)
    press_backups(qtbot, window)
    qtbot.waitUntil(lambda: window.backup_dialog is not None
                    and window.backup_dialog.isVisible())
    dialog = window.backup_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: focused() is dialog.folder)  # the first field has the cursor
    return dialog


def test_the_administrator_sets_the_schedule_by_keyboard(
        qtbot: QtBot, store: Store, admin: Operator, tmp_path: Path) -> None:
    window = make_window(qtbot, store, admin)
    assert window.backup_action is not None
    assert window.backup_action.shortcut().toString() == "Ctrl+Shift+B"
    dialog = open_dialog(qtbot, window)
    assert "console110 backup" in dialog.findChild(QWidget, "backupNote").text()  # type: ignore[union-attr]

    qtbot.keyClicks(dialog.folder, "backups")  # not a full path: refused, text kept
    qtbot.keyClick(dialog.folder, Qt.Key.Key_Tab)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # past "Browse…"
    assert focused() is dialog.every
    qtbot.keyClicks(dialog.every, "6")
    qtbot.keyClick(dialog.every, Qt.Key.Key_Tab)
    assert focused() is dialog.keep
    qtbot.keyClicks(dialog.keep, "3")
    qtbot.keyClick(dialog.keep, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "full path" in dialog.message.text()
    assert dialog.folder.text() == "backups" and focused() is dialog.folder
    assert load_schedule() == Schedule("", 0, 14)  # nothing saved yet

    folder = tmp_path / "backups"  # missing, but its parent exists: the backup makes it
    dialog.folder.selectAll()
    qtbot.keyClicks(dialog.folder, str(folder))
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog.folder, Qt.Key.Key_Return)
    assert dialog.result() == BackupDialog.DialogCode.Accepted
    settings = QSettings()
    assert settings.value(FOLDER_KEY) == str(folder)
    assert int(settings.value(EVERY_HOURS_KEY)) == 6  # type: ignore[call-overload]
    assert int(settings.value(KEEP_KEY)) == 3  # type: ignore[call-overload]

    dialog = open_dialog(qtbot, window)  # shown again as saved; Esc leaves it unchanged
    assert dialog.folder.text() == str(folder)
    assert (dialog.every.value(), dialog.keep.value()) == (6, 3)
    qtbot.keyClicks(dialog.folder, "-other")
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog.folder, Qt.Key.Key_Escape)
    assert load_schedule() == Schedule(str(folder), 6, 3)


def test_back_up_now_from_the_dialog(
        qtbot: QtBot, store: Store, admin: Operator, tmp_path: Path) -> None:
    window = make_window(qtbot, store, admin)
    dialog = open_dialog(qtbot, window)
    folder = tmp_path / "now"
    qtbot.keyClicks(dialog.folder, str(folder))
    qtbot.keyClick(dialog.folder, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: "taken and checked" in dialog.message.text(), timeout=10000)
    [taken] = backups(folder, "console")
    check_backup(taken.path)
    assert taken.path.name in dialog.latest.text()
    assert load_schedule() == Schedule("", 0, 14)  # "Back up now" saves no schedule


def test_a_due_schedule_takes_a_checked_backup_in_rotation(
        qtbot: QtBot, store: Store, admin: Operator, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    for stamp in ("20200101-000000", "20200102-000000"):  # two old ones: keep 2 → one goes
        (folder / f"console-{stamp}.db").write_bytes(b"")
    save_schedule(Schedule(str(folder), 4, 2))
    window = make_window(qtbot, store, admin)

    assert window.backups.check()  # the newest is years old: due
    qtbot.waitUntil(lambda: "taken and checked" in window.status.currentMessage(),
                    timeout=10000)
    found = backups(folder, "console")
    assert [b.path.name for b in found][1:] == ["console-20200102-000000.db"]
    snapshot = check_backup(found[0].path)  # sound, of this console's schema
    assert snapshot.schema_version == store.schema_version()
    assert found[0].path.name in window.status.currentMessage()
    assert not window.backups.check()  # just taken: not due again for 4 hours


def test_a_failed_backup_says_where_why_and_what_to_do(
        qtbot: QtBot, store: Store, admin: Operator, tmp_path: Path,
        shown: list[str]) -> None:
    folder = tmp_path / "no" / "such" / "tree"
    save_schedule(Schedule(str(folder), 1, 5))
    window = make_window(qtbot, store, admin)
    assert window.backups.check()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    [text] = shown
    assert str(folder) in text and "does not exist" in text
    assert "Create it, or choose another folder" in text
    assert not (tmp_path / "no").exists()  # a mistyped tree is not made
    assert not window.backups.check()  # not again every minute with a message


def test_other_roles_have_no_backup_settings(
        qtbot: QtBot, store: Store, operator: Operator) -> None:
    window = make_window(qtbot, store, operator)
    assert window.backup_action is None
    assert all(a.objectName() != "backups" for a in window.findChildren(QAction))
    press_backups(qtbot, window)
    assert window.backup_dialog is None
    assert not any(isinstance(w, BackupDialog) for w in QApplication.topLevelWidgets())


def test_a_backup_running_when_the_console_closes_is_abandoned_without_a_trace(
        store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    closing = threading.Event()
    closing.set()  # as the window's close sets it while the copy runs
    outcome = run_backup(store, folder, 3, closing)
    assert outcome.report is None and outcome.problem == ""  # no failure message either
    assert list(folder.iterdir()) == []  # the part file removed, nothing named a backup
    assert run_backup(store, folder, 3).report is not None  # the next one is whole
