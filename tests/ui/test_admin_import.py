"""The administrator's import screen: opened from the menu by its shortcut after logging in,
driven by keys, the import run off the GUI thread with its progress, the report shown as the
store made it; other roles see no such action, and the store refuses them."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from console.domain.access import NotPermitted
from console.domain.mapping import load_mapping
from console.store import Store
from console.store.records import Operator
from console.ui.admin import ImportDialog
from console.ui.admin.progress import WRITE, Step
from console.ui.shell import LoginDialog, MainWindow
from tests.test_import import GOOD_ROWS, MAPPING, write_csv
from tests.ui.stalls import Watchdog

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
ADMIN_PASSWORD = "admin-pass-110"


@pytest.fixture
def admin(store: Store) -> Operator:
    return store.accounts.add_operator("ad01", "王芳", "admin", ADMIN_PASSWORD)


@pytest.fixture
def mapping_file(tmp_path: Path) -> Path:
    path = tmp_path / "test_city.toml"
    path.write_text(MAPPING, encoding="utf-8")
    return path


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def log_in(qtbot: QtBot, store: Store, username: str, password: str) -> MainWindow:
    """The login by keys, then the main window of whoever logged in."""
    login = LoginDialog(store)
    qtbot.addWidget(login)
    with qtbot.waitExposed(login):
        login.show()
    qtbot.keyClicks(login.username, username)
    qtbot.keyClicks(login.password, password)
    with qtbot.waitSignal(login.attempted):
        qtbot.keyClick(login.password, Qt.Key.Key_Return)
    assert login.operator is not None
    window = MainWindow(store, login.operator, "en")
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def open_import(qtbot: QtBot, window: MainWindow) -> ImportDialog:
    qtbot.keyClick(focused() or window, Qt.Key.Key_I, CTRL_SHIFT)
    qtbot.waitUntil(lambda: isinstance(window.tools.get("import_calls"), ImportDialog))
    dialog = window.tools["import_calls"]
    assert isinstance(dialog, ImportDialog)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: focused() is dialog.file)  # the file field has the cursor
    return dialog


def fill_in(qtbot: QtBot, dialog: ImportDialog, data: Path, mapping: Path, *,
            skip_bad: bool = False) -> None:
    """File, Tab past Browse to the mapping, Tab past its button to "skip bad rows"."""
    qtbot.keyClicks(dialog.file, str(data))
    qtbot.keyClick(dialog.file, Qt.Key.Key_Tab)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is dialog.mapping.lineEdit() or focused() is dialog.mapping
    dialog_line = dialog.mapping.lineEdit()
    qtbot.keyClick(dialog_line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog_line, str(mapping))
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is dialog.skip_bad
    if skip_bad:
        qtbot.keyClick(dialog.skip_bad, Qt.Key.Key_Space)


def run(qtbot: QtBot, dialog: ImportDialog) -> None:
    """Enter imports; wait for the report."""
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert dialog.running is not None  # started at once, on the bulk lane
    assert dialog.cancel_button.isEnabled() and not dialog.start_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.running is None, timeout=20000)
    assert dialog.start_button.isEnabled() and not dialog.cancel_button.isEnabled()


def test_the_administrator_imports_a_file_and_reads_its_report(
        qtbot: QtBot, store: Store, admin: Operator, tmp_path: Path,
        mapping_file: Path) -> None:
    window = log_in(qtbot, store, "ad01", ADMIN_PASSWORD)
    action = window.findChild(QAction, "tool_import_calls")
    assert action is not None and action.shortcut().toString() == "Ctrl+Shift+I"
    assert action in window.menuBar().findChild(QWidget, "adminMenu").actions()  # type: ignore[union-attr]
    dialog = open_import(qtbot, window)
    # a file whose last line has no newline, with one bad row among four
    data = tmp_path / "day.csv"
    data.write_text("\n".join([*GOOD_ROWS, "soon,,,,THEFT,B,N1,淮舜路1号,,R9"]),
                    encoding="utf-8")
    fill_in(qtbot, dialog, data, mapping_file)
    run(qtbot, dialog)
    # refused: nothing written, the bad row by its line, what was typed still there
    assert "1 bad row(s): nothing was imported" in dialog.message.text()
    assert 'day.csv, line 5: received time "soon"' in dialog.report.toPlainText()
    assert store.count("calls") == 0
    assert dialog.file.text() == str(data)

    qtbot.keyClick(dialog.file, Qt.Key.Key_Tab)  # to "skip bad rows" and tick it
    for _ in range(3):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is dialog.skip_bad
    qtbot.keyClick(dialog.skip_bad, Qt.Key.Key_Space)
    watchdog = Watchdog()
    run(qtbot, dialog)
    watchdog.stop()
    text = dialog.report.toPlainText()
    assert dialog.message.text() == "Import finished: 3 calls imported."
    figures = " ".join(text.split())
    assert ("Rows read 4 Calls imported 3 Incidents 2 Skipped as imported before 0"
            " Bad rows skipped 1 Calls in \"unmapped\" 0") in figures
    assert "its last line may be cut short" in text
    assert 'day.csv, line 5: received time "soon"' in text
    assert store.count("calls") == 3 and store.count("incidents") == 2
    assert dialog.bar.isVisible() and dialog.bar.value() == dialog.bar.maximum() == 4
    runs = store.imports.import_runs()
    assert runs[-1]["run_by"] == "ad01" and runs[-1]["operator_id"] == admin.id
    assert watchdog.longest < 1000  # the window went on painting meanwhile

    run(qtbot, dialog)  # the same file again: nothing new
    assert dialog.message.text() == "Import finished: 0 calls imported."
    assert "Rows imported before: skipped" in dialog.report.toPlainText()
    assert store.count("calls") == 3


def test_esc_cancels_an_import_and_the_report_says_what_was_kept(
        qtbot: QtBot, store: Store, admin: Operator, tmp_path: Path,
        mapping_file: Path) -> None:
    window = log_in(qtbot, store, "ad01", ADMIN_PASSWORD)
    dialog = open_import(qtbot, window)
    fill_in(qtbot, dialog, write_csv(tmp_path / "calls.csv", GOOD_ROWS), mapping_file)
    gate = threading.Event()  # the bulk lane busy with an earlier long write meanwhile
    window.ctx.ops.write(lambda store: gate.wait(10), bulk=True)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert dialog.running is not None and focused() is dialog.cancel_button
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)  # Esc while importing: stop, stay open
    assert dialog.isVisible() and dialog.status.text() == "Stopping after the batch being written…"
    gate.set()
    qtbot.waitUntil(lambda: dialog.running is None, timeout=20000)
    assert dialog.message.text() == "Import cancelled while checking: nothing was written."
    assert (store.count("calls"), store.count("import_runs")) == (0, 0)
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)  # now Esc closes it
    qtbot.waitUntil(lambda: "import_calls" not in window.tools)


def test_closing_the_console_stops_a_running_import_before_it_writes(
        qtbot: QtBot, store: Store, admin: Operator, tmp_path: Path, db_path: Path,
        mapping_file: Path) -> None:
    window = log_in(qtbot, store, "ad01", ADMIN_PASSWORD)
    dialog = open_import(qtbot, window)
    fill_in(qtbot, dialog, write_csv(tmp_path / "calls.csv", GOOD_ROWS), mapping_file)
    gate = threading.Event()
    window.ctx.ops.write(lambda store: gate.wait(10), bulk=True)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert dialog.running is not None
    threading.Timer(0.3, gate.set).start()  # the earlier write ends while the window closes
    with qtbot.waitSignal(window.closed):
        window.close()
    with Store.open(db_path) as after:
        assert (after.count("calls"), after.count("import_runs")) == (0, 0)


def test_the_progress_line_says_rows_rate_and_time_left() -> None:
    step = Step(WRITE, 1000, 4000, 2.0)
    assert step.text() == "Importing: 1,000 / 4,000 rows · 500 rows/s · about 6 s left"


def test_a_call_taker_has_no_import_and_the_store_refuses_one(
        qtbot: QtBot, store: Store, tmp_path: Path, mapping_file: Path) -> None:
    store.accounts.add_operator("ct01", "张明", "call_taker", "secret-110")
    window = log_in(qtbot, store, "ct01", "secret-110")
    assert window.findChild(QAction, "tool_import_calls") is None
    assert window.menuBar().findChild(QWidget, "adminMenu") is None
    qtbot.keyClick(focused() or window, Qt.Key.Key_I, CTRL_SHIFT)
    assert window.tools == {}
    assert not any(isinstance(w, ImportDialog) for w in QApplication.topLevelWidgets())
    data = write_csv(tmp_path / "calls.csv", GOOD_ROWS)
    with pytest.raises(NotPermitted):
        store.imports.import_calls([data], load_mapping(mapping_file))
    assert store.count("calls") == 0
