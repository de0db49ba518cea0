"""The application shell: start-up errors, login, navigation by role, menus, closing."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QThread, QTimer, Signal
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

import console
from console.app import run_gui
from console.domain.clock import FixedClock
from console.store import DatabaseBusyError, Store
from console.store.operators import AccountsService, LoginResult
from console.store.records import Operator
from console.ui.context import ViewContext
from console.ui.shell import LoginDialog, MainWindow, views
from console.ui.shell.language import (
    install_translators,
    pick_language,
    remove_translators,
    saved_language,
)
from console.ui.shell.messages import MessageBox
from console.ui.shell.placeholder import UnavailableView
from console.ui.shell.startup import open_store

# --- stand-in views (the real ones live in other areas and are tested there) -------------


class RecordingIntake(QWidget):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.new_calls = 0
        self.may_close = True
        self.field = QLineEdit(self)

    def new_call(self) -> None:
        self.new_calls += 1

    def can_close(self) -> bool:
        return self.may_close


class CountingQueues(QWidget):
    countChanged = Signal(int)
    openIncident = Signal(int)

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None):
        super().__init__(parent)


class RecordingBoard(QWidget):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.shown: list[int] = []

    def show_incident(self, incident_id: int) -> None:
        self.shown.append(incident_id)


class BrokenView(QWidget):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None):
        raise RuntimeError("view bug")


HERE = __name__
Shown = list[tuple[QMessageBox.Icon, str, str]]


@pytest.fixture(autouse=True)
def stand_ins(monkeypatch: pytest.MonkeyPatch) -> None:
    """The registry, pointing at the stand-ins above (and at nothing for the desks)."""
    monkeypatch.setattr(views, "VIEWS", (
        views.ViewSpec("intake", "Ctrl+1", f"{HERE}:RecordingIntake"),
        views.ViewSpec("board", "Ctrl+2", f"{HERE}:RecordingBoard"),
        views.ViewSpec("desk_enterprise", "Ctrl+3", "console.ui.no_such_area:EnterpriseDeskView"),
        views.ViewSpec("desk_dv", "Ctrl+4", f"{HERE}:BrokenView"),
        views.ViewSpec("queues", "Ctrl+5", f"{HERE}:CountingQueues"),
        views.ViewSpec("summary", "Ctrl+6", f"{HERE}:NoSuchClass"),
    ))


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "zh_CN")
    assert translators, "no Chinese translations were found"
    yield
    remove_translators(qapp, translators)


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> Shown:
    shown: Shown = []

    def record(cls: type, icon: QMessageBox.Icon, title: str, text: str,
               parent: QWidget | None = None) -> None:
        shown.append((icon, title, text))

    monkeypatch.setattr(MessageBox, "show", classmethod(record))
    return shown


def make_window(qtbot: QtBot, store: Store, operator: Operator, lang: str = "en") -> MainWindow:
    window = MainWindow(store, operator, lang)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    return window


def nav_titles(window: MainWindow) -> list[str]:
    return [window.nav.item(i).text() for i in range(window.nav.count())]


# --- language ------------------------------------------------------------------------------


def test_language_from_command_line_then_saved_choice_then_system() -> None:
    assert pick_language("en", "zh_CN", "zh_CN") == "en"
    assert pick_language(None, "en", "zh_CN") == "en"
    assert pick_language(None, None, "zh_TW") == "zh_CN"
    assert pick_language(None, None, "de_DE") == "en"
    assert pick_language(None, "klingon", "C") == "zh_CN"  # no language named: the centre's


# --- opening the database ------------------------------------------------------------------


def test_a_file_that_is_not_a_database_is_explained(tmp_path: Path, messages: Shown) -> None:
    path = tmp_path / "notes.db"
    path.write_text("shopping list\n")
    assert open_store(path) is None
    [(icon, _title, text)] = messages
    assert icon == QMessageBox.Icon.Critical
    assert "is not a 110 Console database" in text
    assert str(path) in text
    assert path.read_text() == "shopping list\n"


def test_a_database_from_a_newer_console_is_explained(db_path: Path, messages: Shown) -> None:
    Store.open(db_path).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("PRAGMA user_version = 999")
    conn.close()
    assert open_store(db_path) is None
    [(_icon, _title, text)] = messages
    assert "newer version of 110 Console" in text
    assert "Install the newer console" in text


def test_errors_are_explained_in_chinese(tmp_path: Path, messages: Shown, chinese: None) -> None:
    path = tmp_path / "notes.db"
    path.write_text("not sqlite")
    assert open_store(path) is None
    [(_icon, title, text)] = messages
    assert title == "110接处警台：无法打开数据库"
    assert "不是110接处警台的数据库" in text


def test_a_missing_database_says_how_to_create_one_and_exits_2(
        tmp_path: Path, messages: Shown,
) -> None:
    path = tmp_path / "nowhere.db"
    assert run_gui(path, "en") == 2
    [(_icon, _title, text)] = messages
    assert f"console110 demo --db {path} --days 30" in text
    assert f"console110 init --db {path}" in text
    assert not path.exists()


def test_cancelling_the_login_exits_0_and_closes_the_database(
        db_path: Path, operator: Operator, monkeypatch: pytest.MonkeyPatch, messages: Shown,
) -> None:
    opened: list[Store] = []

    def cancel(cls: type, store: Store, parent: QWidget | None = None) -> None:
        opened.append(store)
        return None

    monkeypatch.setattr(LoginDialog, "ask", classmethod(cancel))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    assert run_gui(db_path, "en") == 0
    assert messages == []
    with pytest.raises(sqlite3.ProgrammingError):
        opened[0].schema_version()


def test_switching_operator_logs_in_again_on_the_same_database(
        qapp: QApplication, db_path: Path, operator: Operator, supervisor: Operator,
        monkeypatch: pytest.MonkeyPatch, messages: Shown,
) -> None:
    logins = [operator, supervisor, None]
    windows: list[MainWindow] = []

    def next_login(cls: type, store: Store, parent: QWidget | None = None) -> Operator | None:
        return logins.pop(0)

    def act() -> None:
        """Switch operator in the first window, quit in the second (each in its own loop)."""
        shown = [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not shown:
            QTimer.singleShot(10, act)
            return
        windows.append(shown[0])
        titles.append(shown[0].windowTitle())
        if len(windows) == 1:
            QTimer.singleShot(0, act)
            shown[0].switch_action.trigger()
        else:
            shown[0].quit_action.trigger()

    titles: list[str] = []
    monkeypatch.setattr(LoginDialog, "ask", classmethod(next_login))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    QTimer.singleShot(0, act)
    assert run_gui(db_path, "en") == 0
    assert titles == ["110 Console — 张明 (Call-taker)", "110 Console — 李强 (Duty supervisor)"]
    assert logins == [None]  # quitting does not ask for a login again
    assert messages == []
    assert not any(isValid(w) for w in windows)  # each operator's window is gone with them


# --- login ---------------------------------------------------------------------------------


def login_dialog(qtbot: QtBot, store: Store) -> LoginDialog:
    dialog = LoginDialog(store)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    return dialog


def test_login_with_enter(qtbot: QtBot, store: Store, operator: Operator) -> None:
    dialog = login_dialog(qtbot, store)
    qtbot.keyClicks(dialog.username, "ct01")
    qtbot.keyClicks(dialog.password, "secret-110")
    with qtbot.waitSignal(dialog.attempted) as blocker:
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert blocker.args == [True]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.operator == operator


def test_the_seat_remembers_the_last_username(
        qtbot: QtBot, store: Store, operator: Operator,
) -> None:
    first = login_dialog(qtbot, store)
    first.username.setText("ct01")
    first.password.setText("secret-110")
    with qtbot.waitSignal(first.attempted):
        first.login_button.click()
    again = login_dialog(qtbot, store)
    assert again.username.text() == "ct01"
    assert again.password.text() == ""
    assert again.focusWidget() is again.password


def test_wrong_password_keeps_the_username_and_says_so(
        qtbot: QtBot, store: Store, operator: Operator,
) -> None:
    dialog = login_dialog(qtbot, store)
    dialog.username.setText("ct01")
    dialog.password.setText("wrong-one")
    with qtbot.waitSignal(dialog.attempted) as blocker:
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert blocker.args == [False]
    assert dialog.isVisible()
    assert dialog.operator is None
    assert dialog.message.isVisible()
    assert dialog.message.text() == "Wrong username or password. Check them and try again."
    assert dialog.username.text() == "ct01"
    assert dialog.password.text() == ""
    assert dialog.focusWidget() is dialog.password


def test_wrong_password_message_in_chinese(
        qtbot: QtBot, store: Store, operator: Operator, chinese: None,
) -> None:
    dialog = login_dialog(qtbot, store)
    dialog.username.setText("nobody")
    dialog.password.setText("secret-110")
    with qtbot.waitSignal(dialog.attempted):
        dialog.login_button.click()
    assert dialog.message.text() == "用户名或密码错误，请检查后重试。"


def test_the_check_runs_off_the_gui_thread_on_its_own_connection(
        qtbot: QtBot, store: Store, operator: Operator, monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[tuple[object, Store]] = []
    login = AccountsService.login

    def recorded(self: Store, username: str, password: str) -> LoginResult:
        seen.append((QThread.currentThread(), self))
        return login(self, username, password)

    monkeypatch.setattr(AccountsService, "login", recorded)
    dialog = login_dialog(qtbot, store)
    dialog.username.setText("ct01")
    dialog.password.setText("wrong-one")
    with qtbot.waitSignal(dialog.attempted):
        dialog.login_button.click()
    dialog.password.setText("secret-110")
    with qtbot.waitSignal(dialog.attempted):
        dialog.login_button.click()
    [(thread, checker), (_, again)] = seen
    assert thread is not QThread.currentThread()
    assert checker is not store and checker.conn is not store.conn and again is checker
    assert dialog.operator == operator
    with pytest.raises(sqlite3.ProgrammingError):  # closed with the dialog
        checker.conn.execute("SELECT 1")
    assert store.accounts.operator(operator.id) == operator  # the GUI's connection is untouched


def test_a_database_problem_during_the_check_is_said_and_the_dialog_stays(
        qtbot: QtBot, store: Store, operator: Operator, monkeypatch: pytest.MonkeyPatch,
) -> None:
    def busy(self: Store, username: str, password: str) -> LoginResult:
        raise DatabaseBusyError(self.path, "database is locked")

    monkeypatch.setattr(AccountsService, "login", busy)
    dialog = login_dialog(qtbot, store)
    dialog.username.setText("ct01")
    dialog.password.setText("secret-110")
    with qtbot.waitSignal(dialog.attempted) as blocker:
        dialog.login_button.click()
    assert blocker.args == [False]
    assert dialog.message.text().startswith("The login could not be checked (database is locked)")
    assert not dialog.busy() and not dialog.password.isReadOnly()
    assert dialog.username.text() == "ct01" and dialog.isVisible()


def test_a_bug_during_the_check_never_leaves_the_dialog_read_only(
        qtbot: QtBot, store: Store, operator: Operator, monkeypatch: pytest.MonkeyPatch,
) -> None:
    reported: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, exc, tb: reported.append(exc))

    def broken(self: Store, username: str, password: str) -> LoginResult:
        raise KeyError("password_hash")

    monkeypatch.setattr(AccountsService, "login", broken)
    dialog = login_dialog(qtbot, store)
    dialog.username.setText("ct01")
    dialog.password.setText("secret-110")
    with qtbot.waitSignal(dialog.attempted) as blocker:
        dialog.login_button.click()
    assert blocker.args == [False]
    assert [type(e) for e in reported] == [KeyError]  # to the crash reporter
    assert not dialog.busy() and not dialog.username.isReadOnly()
    assert "could not be checked" in dialog.message.text()


def test_an_empty_field_is_asked_for_without_checking(
        qtbot: QtBot, store: Store, operator: Operator,
) -> None:
    dialog = login_dialog(qtbot, store)
    dialog.username.setText("ct01")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.message.text() == "Enter your password."
    assert not dialog.busy()
    assert dialog.focusWidget() is dialog.password


def test_escape_cancels(qtbot: QtBot, store: Store, operator: Operator) -> None:
    dialog = login_dialog(qtbot, store)
    dialog.username.setText("ct01")
    qtbot.keyClick(dialog.username, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not dialog.isVisible()
    assert dialog.operator is None


def test_login_shows_the_database_and_the_demo_banner(
        qtbot: QtBot, store: Store, operator: Operator,
) -> None:
    assert not login_dialog(qtbot, store).demo_banner.isVisible()
    store.set_setting("demo", "1")
    dialog = login_dialog(qtbot, store)
    assert dialog.database.text() == str(store.path)
    assert dialog.demo_banner.isVisible()
    assert dialog.demo_banner.text() == "Demo data — not real incidents"


def test_demo_banner_in_chinese(
        qtbot: QtBot, store: Store, operator: Operator, chinese: None,
) -> None:
    store.set_setting("demo", "1")
    assert login_dialog(qtbot, store).demo_banner.text() == "演示数据 — 非真实警情"


def test_a_database_without_operators_says_how_to_add_one(qtbot: QtBot, store: Store) -> None:
    dialog = login_dialog(qtbot, store)
    assert dialog.message.isVisible()
    assert f"console110 add-operator --db {store.path}" in dialog.message.text()


# --- main window ---------------------------------------------------------------------------


def test_a_call_taker_sees_only_their_views(qtbot: QtBot, store: Store, operator: Operator) -> None:
    window = make_window(qtbot, store, operator)
    assert nav_titles(window) == ["Intake", "Incident board", "Queues"]
    assert list(window.view_actions) == ["intake", "board", "queues"]
    assert not window.show_view("summary")
    assert window.current_view() == "intake"


def test_a_supervisor_sees_the_desks_and_the_summary(
        qtbot: QtBot, store: Store, supervisor: Operator,
) -> None:
    window = make_window(qtbot, store, supervisor)
    assert nav_titles(window) == ["Intake", "Incident board", "Enterprise desk", "DV desk",
                                  "Queues", "Supervisor summary"]
    assert window.show_view("summary")
    assert window.stack.currentWidget() is window.views["summary"].parentWidget()


def test_navigation_titles_in_chinese(
        qtbot: QtBot, store: Store, supervisor: Operator, chinese: None,
) -> None:
    window = make_window(qtbot, store, supervisor, "zh_CN")
    assert nav_titles(window) == ["接警登记", "警情看板", "护企专席", "反家暴专席", "待办队列",
                                  "值班长汇总"]
    assert window.windowTitle() == "110接处警台 — 李强（值班长）"
    assert window.menuBar().actions()[0].text() == "文件(&F)"


def test_views_switch_with_their_shortcuts(qtbot: QtBot, store: Store, operator: Operator) -> None:
    window = make_window(qtbot, store, operator)
    assert window.view_actions["board"].shortcut().toString() == "Ctrl+2"
    window.view_actions["board"].trigger()
    assert window.current_view() == "board"
    assert isinstance(window.views["board"], RecordingBoard)
    window.nav.setCurrentRow(2)
    assert window.current_view() == "queues"
    assert window.view_actions["queues"].isChecked()


def test_views_are_built_when_first_opened(
        qtbot: QtBot, store: Store, supervisor: Operator,
) -> None:
    window = make_window(qtbot, store, supervisor)
    assert "board" not in window.views
    qtbot.waitUntil(lambda: "queues" in window.views)  # built at once for its count
    window.show_view("board")
    assert "board" in window.views
    assert window.views["board"].findChildren(QWidget) == []


def test_a_missing_or_broken_view_shows_a_placeholder(
        qtbot: QtBot, store: Store, supervisor: Operator,
) -> None:
    window = make_window(qtbot, store, supervisor)
    for code in ("desk_enterprise", "summary"):
        window.show_view(code)
        page = window.views[code]
        assert isinstance(page, UnavailableView)
        assert page.message.text() == "This view is not available in this version of the console."
    window.show_view("desk_dv")
    broken = window.views["desk_dv"]
    assert isinstance(broken, UnavailableView)
    assert "could not be opened" in broken.message.text()
    assert window.isVisible()


def test_placeholder_in_chinese(
        qtbot: QtBot, store: Store, supervisor: Operator, chinese: None,
) -> None:
    window = make_window(qtbot, store, supervisor, "zh_CN")
    window.show_view("summary")
    assert window.views["summary"].message.text() == "此版本的接处警台尚未提供该界面。"


def test_title_and_status_bar_name_operator_database_and_demo(
        qtbot: QtBot, store: Store, operator: Operator,
) -> None:
    window = make_window(qtbot, store, operator)
    assert window.windowTitle() == "110 Console — 张明 (Call-taker)"
    assert window.status.operator.text() == "Operator: 张明 (Call-taker)"
    assert window.status.database.text() == f"Database: {store.path}"
    assert not window.status.demo.isVisible()


def test_a_demo_database_is_marked_in_title_and_status_bar(
        qtbot: QtBot, store: Store, operator: Operator,
) -> None:
    store.set_setting("demo", "1")
    window = make_window(qtbot, store, operator)
    assert window.windowTitle() == "110 Console — 张明 (Call-taker) — DEMO DATA"
    assert window.status.demo.isVisible()
    assert window.status.demo.text() == "DEMO"


def test_the_clock_shows_the_centres_time_and_runs(
        qtbot: QtBot, store: Store, operator: Operator, clock: FixedClock,
) -> None:
    window = make_window(qtbot, store, operator)
    assert window.status.clock.text() == "2026-11-29 10:00:00"  # 02:00 UTC in Huainan
    clock.advance(seconds=5)
    qtbot.waitUntil(lambda: window.status.clock.text() == "2026-11-29 10:00:05", timeout=3000)


def test_f2_goes_to_intake_and_starts_a_new_call(
        qtbot: QtBot, store: Store, operator: Operator,
) -> None:
    window = make_window(qtbot, store, operator)
    window.show_view("board")
    with qtbot.waitActive(window):
        window.activateWindow()
    assert window.new_call_action.shortcut().toString() == "F2"
    qtbot.keyClick(window.views["board"], Qt.Key.Key_F2)
    assert window.current_view() == "intake"
    assert window.views["intake"].new_calls == 1


def test_a_view_count_shows_in_the_navigation(
        qtbot: QtBot, store: Store, operator: Operator,
) -> None:
    window = make_window(qtbot, store, operator)
    qtbot.waitUntil(lambda: "queues" in window.views)
    window.views["queues"].countChanged.emit(3)
    assert nav_titles(window)[2] == "Queues (3)"
    window.views["queues"].countChanged.emit(0)
    assert nav_titles(window)[2] == "Queues"


def test_a_view_count_in_chinese(
        qtbot: QtBot, store: Store, operator: Operator, chinese: None,
) -> None:
    window = make_window(qtbot, store, operator, "zh_CN")
    qtbot.waitUntil(lambda: "queues" in window.views)
    window.views["queues"].countChanged.emit(3)
    assert nav_titles(window)[2] == "待办队列 (3)"


def test_an_incident_opened_from_a_queue_shows_on_the_board(
        qtbot: QtBot, store: Store, operator: Operator,
) -> None:
    window = make_window(qtbot, store, operator)
    qtbot.waitUntil(lambda: "queues" in window.views)
    window.views["queues"].openIncident.emit(42)
    assert window.current_view() == "board"
    assert window.views["board"].shown == [42]


def test_views_share_one_change_watcher(qtbot: QtBot, store: Store, operator: Operator) -> None:
    window = make_window(qtbot, store, operator)
    intake = window.views["intake"]
    assert intake.ctx.changes is window.changes
    assert intake.ctx.store is store
    assert intake.ctx.operator == operator
    assert intake.ctx.lang == "en"


def test_an_unknown_role_gets_a_clear_page(qtbot: QtBot, store: Store) -> None:
    window = make_window(qtbot, store, Operator(99, "ghost", "Ghost", "no_such_role"))
    assert window.nav.count() == 0
    assert "no views" in window.stack.currentWidget().text()
    assert not window.new_call_action.isEnabled()


# --- menus, settings and closing -----------------------------------------------------------


def test_the_last_view_is_opened_again(
        qtbot: QtBot, store: Store, db_path: Path, operator: Operator, clock: FixedClock,
) -> None:
    window = make_window(qtbot, store, operator)
    window.show_view("queues")
    assert window.close()
    assert QSettings().value("shell/geometry") is not None
    with Store.open(db_path, clock=clock) as again:
        assert make_window(qtbot, again, operator).current_view() == "queues"


def test_choosing_a_language_is_saved_for_the_next_start(
        qtbot: QtBot, store: Store, operator: Operator, messages: Shown,
) -> None:
    window = make_window(qtbot, store, operator, "zh_CN")
    window.language_actions["en"].trigger()
    assert saved_language() == "en"
    [(icon, _title, text)] = messages
    assert icon == QMessageBox.Icon.Information
    assert text == "The console will use English the next time it starts."
    assert window.language_actions["en"].isChecked()


def test_about_names_version_and_schema(
        qtbot: QtBot, store: Store, operator: Operator, messages: Shown,
) -> None:
    window = make_window(qtbot, store, operator)
    window.about_action.trigger()
    [(_icon, title, text)] = messages
    assert title == "About 110 Console"
    assert f"110 Console {console.__version__}" in text
    assert f"Database schema version: {store.schema_version()}" in text


def test_a_view_with_a_draft_can_refuse_to_close(
        qtbot: QtBot, store: Store, operator: Operator,
) -> None:
    window = make_window(qtbot, store, operator)
    window.views["intake"].may_close = False
    window.show_view("board")
    assert not window.close()
    assert window.isVisible()
    assert window.current_view() == "intake"
    assert store.schema_version() > 0  # still open
    window.views["intake"].may_close = True
    assert window.close()


def test_closing_stops_the_watcher_and_closes_the_store(
        qtbot: QtBot, store: Store, operator: Operator,
) -> None:
    window = make_window(qtbot, store, operator)
    with qtbot.waitSignal(window.closed, timeout=0):
        assert window.close()
    assert not window.changes._timer.isActive()
    with pytest.raises(sqlite3.ProgrammingError):
        store.schema_version()


def test_switch_operator_closes_for_a_new_login(
        qtbot: QtBot, store: Store, operator: Operator,
) -> None:
    window = make_window(qtbot, store, operator)
    window.views["intake"].may_close = False
    window.switch_action.trigger()
    assert window.isVisible()
    assert not window.switch_requested
    window.views["intake"].may_close = True
    window.switch_action.trigger()
    assert not window.isVisible()
    assert window.switch_requested


def type_keys(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Typed as on a keyboard: to the window, which hands the keys to its focus widget."""
    for ch in text:
        qtbot.keyClick(widget.windowHandle(), ch)


def test_login_by_keys_alone_with_ctrl_enter(
        qtbot: QtBot, store: Store, operator: Operator,
) -> None:
    dialog = login_dialog(qtbot, store)
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    window = dialog.windowHandle()
    type_keys(qtbot, dialog, "ct01")
    qtbot.keyClick(window, Qt.Key.Key_Tab)
    type_keys(qtbot, dialog, "secret-110")
    with qtbot.waitSignal(dialog.attempted) as blocker:
        qtbot.keyClick(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert blocker.args == [True]
    assert dialog.operator == operator


def test_a_second_enter_while_checking_does_not_cancel(
        qtbot: QtBot, store: Store, operator: Operator,
) -> None:
    dialog = login_dialog(qtbot, store)
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    window = dialog.windowHandle()
    type_keys(qtbot, dialog, "ct01")
    qtbot.keyClick(window, Qt.Key.Key_Tab)
    type_keys(qtbot, dialog, "secret-110")
    finished: list[int] = []
    dialog.finished.connect(finished.append)
    with qtbot.waitSignal(dialog.attempted) as blocker:
        qtbot.keyClick(window, Qt.Key.Key_Return)
        assert dialog.busy()
        qtbot.keyClick(window, Qt.Key.Key_Return)  # impatient: the check takes a moment
        assert dialog.focusWidget() is dialog.password
    assert blocker.args == [True]
    assert finished == [QDialog.DialogCode.Accepted.value]


def test_after_login_the_keys_reach_the_current_view(
        qapp: QApplication, db_path: Path, operator: Operator,
        monkeypatch: pytest.MonkeyPatch, messages: Shown,
) -> None:
    """As the console starts: log in, and what is typed lands in the view, not the navigation."""
    typed: list[str] = []

    def act() -> None:
        shown = [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not shown or not shown[0].isActiveWindow():
            QTimer.singleShot(10, act)
            return
        window = shown[0]
        for ch in "110":
            QTest.keyClick(window.windowHandle(), ch)
        typed.append(window.views["intake"].field.text())
        QTest.keyClick(window.windowHandle(), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClick(window.windowHandle(), Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClick(window.windowHandle(), "9")
        typed.append(window.views["intake"].field.text())
        typed.append(str(qapp.focusWidget() is window.nav))
        window.quit_action.trigger()

    monkeypatch.setattr(LoginDialog, "ask", classmethod(lambda cls, store, parent=None: operator))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    QTimer.singleShot(0, act)
    assert run_gui(db_path, "en") == 0
    assert typed == ["110", "1109", "False"]


def test_the_navigation_never_takes_the_keyboard(
        qtbot: QtBot, store: Store, operator: Operator,
) -> None:
    window = make_window(qtbot, store, operator)
    with qtbot.waitActive(window):
        window.activateWindow()
    assert window.nav.focusPolicy() == Qt.FocusPolicy.NoFocus
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.nav.visualItemRect(window.nav.item(1)).center())
    assert window.current_view() == "board"
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.windowHandle(), "7")
    assert window.views["intake"].field.text() == "7"
