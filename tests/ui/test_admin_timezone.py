"""The administrator's time-zone setting: shown, changed on an empty database, refused with
the reason once calls are counted unless a recount is confirmed, then every day re-derived."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from console.domain.calls import CallDraft
from console.store import Store
from console.store.records import Operator
from console.ui.admin import TimezoneDialog
from console.ui.shell import MainWindow
from tests.ui.test_admin_import import ADMIN_PASSWORD, log_in

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def admin(store: Store) -> Operator:
    return store.accounts.add_operator("ad01", "王芳", "admin", ADMIN_PASSWORD)


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def open_timezone(qtbot: QtBot, window: MainWindow) -> TimezoneDialog:
    qtbot.keyClick(focused() or window, Qt.Key.Key_O, CTRL_SHIFT)
    qtbot.waitUntil(lambda: isinstance(window.tools.get("timezone"), TimezoneDialog))
    dialog = window.tools["timezone"]
    assert isinstance(dialog, TimezoneDialog)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: focused() in (dialog.zone, dialog.zone.lineEdit()))
    return dialog


def type_zone(qtbot: QtBot, dialog: TimezoneDialog, name: str) -> None:
    line = dialog.zone.lineEdit()
    qtbot.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(line, name)


def save(qtbot: QtBot, dialog: TimezoneDialog) -> None:
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20000)


def test_on_an_empty_database_the_zone_is_changed_and_stored(
        qtbot: QtBot, store: Store, admin: Operator) -> None:
    window = log_in(qtbot, store, "ad01", ADMIN_PASSWORD)
    action = window.findChild(QAction, "tool_timezone")
    assert action is not None and action.shortcut().toString() == "Ctrl+Shift+O"
    dialog = open_timezone(qtbot, window)
    assert dialog.current.text() == "Asia/Shanghai"
    type_zone(qtbot, dialog, "Mars/Olympus")  # not a zone: said, the text kept
    save(qtbot, dialog)
    assert "Mars/Olympus is not a time zone" in dialog.message.text()
    assert dialog.zone.currentText() == "Mars/Olympus" and store.setting("timezone") != \
        "Mars/Olympus"
    type_zone(qtbot, dialog, "America/Los_Angeles")
    save(qtbot, dialog)
    assert dialog.message.text() == ("The centre's time zone is now America/Los_Angeles; 0 "
                                     "calls and incidents moved to another day.")
    assert dialog.current.text() == "America/Los_Angeles"
    with Store.open(store.path) as again:  # stored: the next start counts by it
        assert again.setting("timezone") == "America/Los_Angeles"
        assert str(again.tz) == "America/Los_Angeles"


def test_with_calls_the_change_is_refused_until_a_recount_is_confirmed(
        qtbot: QtBot, store: Store, admin: Operator) -> None:
    clerk = store.accounts.add_operator("ct01", "张明", "call_taker", "secret-110")
    store.actor = clerk
    store.calls.log_call(CallDraft(  # 20:00 UTC: 04:00 the next day in Shanghai
        caller_number="13905549999", category_code="theft",
        received_at=datetime(2026, 11, 20, 20, 0, tzinfo=UTC)), clerk.id)
    store.actor = None
    assert store.conn.execute("SELECT day FROM calls").fetchone()[0] == "2026-11-21"
    window = log_in(qtbot, store, "ad01", ADMIN_PASSWORD)
    dialog = open_timezone(qtbot, window)
    assert not dialog.recount.isVisible()
    type_zone(qtbot, dialog, "America/Los_Angeles")
    save(qtbot, dialog)
    text = dialog.message.text()
    assert "The database holds 1 calls counted on the days of Asia/Shanghai" in text
    assert "Nothing was changed" in text
    assert store.setting("timezone") in (None, "Asia/Shanghai")
    assert store.conn.execute("SELECT day FROM calls").fetchone()[0] == "2026-11-21"
    assert dialog.recount.isVisible() and focused() is dialog.recount
    assert dialog.zone.currentText() == "America/Los_Angeles"  # what was typed stays

    qtbot.keyClick(dialog.recount, Qt.Key.Key_Space)  # confirm, then save again
    qtbot.keyClick(dialog.recount, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20000)
    assert dialog.message.text().startswith("The centre's time zone is now America/Los_Angeles;"
                                            " 2 calls and incidents moved")
    assert store.setting("timezone") == "America/Los_Angeles"
    assert store.conn.execute("SELECT day FROM calls").fetchone()[0] == "2026-11-20"


def test_a_supervisor_imports_but_has_no_time_zone_setting(
        qtbot: QtBot, store: Store) -> None:
    store.accounts.add_operator("zb01", "李强", "supervisor", "super-pass-110")
    window = log_in(qtbot, store, "zb01", "super-pass-110")
    assert window.findChild(QAction, "tool_timezone") is None
    assert window.findChild(QAction, "tool_import_calls") is not None
    qtbot.keyClick(focused() or window, Qt.Key.Key_O, CTRL_SHIFT)
    assert "timezone" not in window.tools
