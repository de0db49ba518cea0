"""The enterprise desk's registry on a real database, by keyboard after a real login:
an entry refused for its check digit and then saved, found by pinyin initials, a
service-file entry, made inactive, a bad import refused whole, the model tested."""

from __future__ import annotations

import csv
import re
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLineEdit, QWidget

from console.domain import credit_code
from console.domain.enterprises import COLUMNS, INACTIVE, EnterpriseDraft
from console.store import Store
from console.store.records import Operator
from console.ui.changes import ChangeWatcher
from console.ui.context import ViewContext
from console.ui.enterprise_desk import EnterpriseDeskView
from console.ui.enterprise_desk.editor import EnterpriseDialog
from console.ui.enterprise_desk.model import RegistryModel
from console.ui.enterprise_desk.service_entry import ServiceEntryDialog
from console.ui.shell.login import LoginDialog
from console.ui.shell.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot, key: Qt.Key,  # type: ignore[no-untyped-def]
          modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifiers)


def type_text(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    """Latin text key by key; Chinese as the input method delivers it, a committed string."""
    for run in re.findall(r"[\x20-\x7e]+|[^\x20-\x7e]+", text):
        if run.isascii():
            qtbot.keyClicks(focused(), run)
        else:
            event = QInputMethodEvent()
            event.setCommitString(run)
            QApplication.sendEvent(focused(), event)


def modal(qtbot, kind: type[QDialog]) -> QDialog:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, kind)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: focused().window() is dialog)
    return dialog


def closed(qtbot, view: QWidget) -> None:  # type: ignore[no-untyped-def]
    window = view.window()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    if QApplication.activeWindow() is not window:
        window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def log_in(qtbot, store: Store, username: str) -> MainWindow:  # type: ignore[no-untyped-def]
    dialog = LoginDialog(store)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.username)
    type_text(qtbot, username)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "secret-110")
    with qtbot.waitSignal(dialog.attempted) as attempt:
        press(qtbot, Qt.Key.Key_Return)
    assert attempt.args == [True] and dialog.operator is not None
    window = MainWindow(store, dialog.operator, "en")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and QApplication.focusWidget().window() is window)
    return window


def code(n: int) -> str:
    first17 = f"91340400MA{n:07d}"
    return first17 + credit_code.check_digit(first17)


def draft(n: int, **changes: str) -> EnterpriseDraft:
    return replace(EnterpriseDraft(
        name=f"淮南市明达化工有限公司{n}", credit_code=code(n), address=f"田家庵区洞山路{n}号",
        jurisdiction_code="340402", contact_name="周涛", contact_phone="0554-6661234",
        bureau_leader="王建国", bureau_leader_phone="13905540001", station_leader="刘海",
        station_leader_phone="13905540002", officer="陈亮", officer_phone="13905540003"),
        **changes)


@pytest.fixture
def desk(store: Store) -> Operator:
    return store.accounts.add_operator("huqi01", "赵敏", "enterprise_desk", "secret-110")


def open_desk(qtbot, window: MainWindow) -> EnterpriseDeskView:  # type: ignore[no-untyped-def]
    """Ctrl+3 opens the desk on its queue; Ctrl+Tab moves to the registry."""
    press(qtbot, Qt.Key.Key_3, CTRL)
    assert window.current_view() == "desk_enterprise"
    view = window.views["desk_enterprise"]
    assert isinstance(view, EnterpriseDeskView)
    qtbot.waitUntil(lambda: view.queue.table.hasFocus())
    press(qtbot, Qt.Key.Key_Tab, CTRL)
    qtbot.waitUntil(lambda: view.registry.table.hasFocus())
    return view


def names(view: EnterpriseDeskView) -> list[str]:
    model = view.registry.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_registry_model_passes_the_model_tester(qtmodeltester, store: Store) -> None:  # type: ignore[no-untyped-def]
    store.registry.add(draft(1))
    store.registry.add(draft(2, status=INACTIVE))
    model = RegistryModel(store.reference, "zh_CN")
    model.set_rows(store.registry.search())
    qtmodeltester.check(model)


def test_add_refused_check_digit_then_saved_and_found(qtbot, store: Store,  # type: ignore[no-untyped-def]
                                                      desk: Operator) -> None:
    store.registry.add(draft(1, name="凤台县永安煤矿有限公司"))
    window = log_in(qtbot, store, "huqi01")
    view = open_desk(qtbot, window)
    qtbot.waitUntil(lambda: names(view) == ["凤台县永安煤矿有限公司"])

    press(qtbot, Qt.Key.Key_N, CTRL)
    dialog = modal(qtbot, EnterpriseDialog)
    wrong = code(2)[:17] + ("0" if code(2)[17] != "0" else "1")
    typed = draft(2, credit_code=wrong)
    for field in COLUMNS:
        value = str(getattr(typed, field))
        if isinstance(focused(), QLineEdit) and value:
            type_text(qtbot, value)
        press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: dialog.problems.isVisible())
    assert "check digit" in dialog.problems.text()
    assert focused() is dialog.edits["credit_code"]  # the field to correct, text selected
    assert dialog.edits["name"].text() == typed.name  # nothing typed was lost
    assert store.registry.search() and len(store.registry.search()) == 1

    type_text(qtbot, code(2))
    press(qtbot, Qt.Key.Key_Return, CTRL)
    closed(qtbot, view)
    saved = [e for e in store.registry.search() if e.draft.credit_code == code(2)]
    assert len(saved) == 1 and saved[0].draft.officer_phone == "13905540003"
    qtbot.waitUntil(lambda: len(names(view)) == 2)
    assert view.registry.current() is not None and view.registry.current().id == saved[0].id

    press(qtbot, Qt.Key.Key_F, CTRL)
    type_text(qtbot, "ftx")  # 凤台县 by its pinyin initials
    qtbot.waitUntil(lambda: names(view) == ["凤台县永安煤矿有限公司"])
    press(qtbot, Qt.Key.Key_Return)
    assert focused() is view.registry.table
    qtbot.waitUntil(lambda: "凤台县永安煤矿有限公司" in view.registry.page.toPlainText())


def test_service_entry_and_inactive(qtbot, store: Store, desk: Operator) -> None:  # type: ignore[no-untyped-def]
    ent = store.registry.add(draft(3))
    window = log_in(qtbot, store, "huqi01")
    view = open_desk(qtbot, window)
    qtbot.waitUntil(lambda: len(names(view)) == 1)

    press(qtbot, Qt.Key.Key_R, CTRL)
    dialog = modal(qtbot, ServiceEntryDialog)
    for _ in range(3):  # kind (a visit), date (today), officer (the enterprise's)
        press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "走访企业，检查监控和门卫值守")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    closed(qtbot, view)
    entries = store.registry.service_file(ent)
    assert [(s.kind, s.officer, s.what) for s in entries] == [
        ("visit", "陈亮", "走访企业，检查监控和门卫值守")]
    assert dialog.result() == QDialog.DialogCode.Accepted
    qtbot.waitUntil(lambda: "检查监控" in view.registry.page.toPlainText())

    press(qtbot, Qt.Key.Key_D, CTRL)
    qtbot.waitUntil(lambda: store.registry.get(ent).draft.status == INACTIVE)
    qtbot.waitUntil(lambda: view.registry.model.index(0, 5).data() == "Inactive")


def test_bad_import_refused_whole(qtbot, store: Store, desk: Operator, tmp_path: Path,  # type: ignore[no-untyped-def]
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "registry.csv"
    with open(path, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(COLUMNS)
        writer.writerow([getattr(draft(4), c) for c in COLUMNS])
        writer.writerow([getattr(draft(5, officer_phone=""), c) for c in COLUMNS])
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))
    window = log_in(qtbot, store, "huqi01")
    view = open_desk(qtbot, window)
    press(qtbot, Qt.Key.Key_I, CTRL)
    qtbot.waitUntil(lambda: "Nothing was imported" in view.registry.message.text())
    assert "registry.csv, line 3: Officer's phone is required" in view.registry.message.text()
    assert store.registry.search() == []


def test_view_on_its_own(qtbot, store: Store, desk: Operator) -> None:  # type: ignore[no-untyped-def]
    store.registry.add(draft(6))
    watcher = ChangeWatcher(store, interval_ms=50)
    view = EnterpriseDeskView(ViewContext(store, desk, "zh_CN", watcher))
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: len(names(view)) == 1)
    watcher.stop()


def test_export_what_the_list_shows(qtbot, store: Store, desk: Operator, tmp_path: Path,  # type: ignore[no-untyped-def]
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    store.registry.add(draft(7))
    store.registry.add(draft(8, name="凤台县永安煤矿有限公司"))
    out = tmp_path / "shown.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(out), "")))
    window = log_in(qtbot, store, "huqi01")
    view = open_desk(qtbot, window)
    press(qtbot, Qt.Key.Key_F, CTRL)
    type_text(qtbot, "永安")
    qtbot.waitUntil(lambda: names(view) == ["凤台县永安煤矿有限公司"])
    press(qtbot, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: "written" in view.registry.message.text())
    with open(out, encoding="utf-8-sig", newline="") as src:
        rows = list(csv.reader(src))
    assert [r[0] for r in rows] == ["name", "凤台县永安煤矿有限公司"]


def test_link_an_incident_later(qtbot, store: Store, desk: Operator) -> None:  # type: ignore[no-untyped-def]
    from console.domain.calls import CallDraft
    from console.ui.enterprise_desk.action_dialog import LoopActionDialog

    ent = store.registry.add(draft(9))
    saved = store.calls.log_call(CallDraft(address="大通区某路口", category_code="fight",
                                           jurisdiction_code="340402", disposition="incident"),
                                 None)
    assert saved.incident_id is not None
    number = store.incidents.incident(saved.incident_id).number  # type: ignore[union-attr]
    window = log_in(qtbot, store, "huqi01")
    view = open_desk(qtbot, window)
    qtbot.waitUntil(lambda: len(names(view)) == 1)
    press(qtbot, Qt.Key.Key_J, CTRL)
    modal(qtbot, LoopActionDialog)
    type_text(qtbot, "340400-20990101-0001")  # no such incident: refused, text kept
    press(qtbot, Qt.Key.Key_Return, CTRL)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, LoopActionDialog)
    qtbot.waitUntil(lambda: dialog.problems.isVisible())
    assert "Incident is not one the console knows" in dialog.problems.text()
    focused().selectAll()  # type: ignore[attr-defined]
    type_text(qtbot, number)
    press(qtbot, Qt.Key.Key_Return, CTRL)
    closed(qtbot, view)
    assert len(store.enterprises.pushes(saved.incident_id)) == 3
    assert store.registry.get(ent).incidents == 1
    qtbot.waitUntil(lambda: number in view.registry.page.toPlainText())
    assert "Linked to" in view.registry.message.text()
