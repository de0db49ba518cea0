"""The queue views on a real database: live items, escalation, forms, clear-to-zero, handover.

The keyboard tests work as a person does: log in, open the queues with Ctrl+5, and send
every key to whatever has the focus."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QModelIndex, QSize, QStandardPaths, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QStyle,
    QWidget,
)

from console.domain.addresses import address_key
from console.domain.calls import CallDraft
from console.domain.clock import FixedClock
from console.domain.lifecycle import Stage
from console.domain.queues import Kind, Level
from console.store import Store
from console.store.leases import ESCALATION
from console.store.records import Operator
from console.ui.changes import ChangeWatcher
from console.ui.context import ViewContext
from console.ui.queues import ClearToZeroView, HandoverDialog, ItemDialog, QueuePage, QueuesView
from console.ui.queues.clear import CATEGORY as CLEAR_CATEGORY
from console.ui.queues.clear import ESCALATED, REASONS
from console.ui.queues.clear import NUMBER as CLEAR_NUMBER
from console.ui.queues.clear import OWNER as CLEAR_OWNER
from console.ui.queues.model import ACTION, DEADLINE, LEVEL, OWNER, REFERENCE, StateRole
from console.ui.queues.review_dialog import ReviewDialog
from console.ui.shell.login import LoginDialog
from console.ui.shell.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
D = TypeVar("D", bound=QDialog)


# --- as a person works: keys go to whatever has the focus ---------------------------------


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


def modal(qtbot, kind: type[D]) -> D:  # type: ignore[no-untyped-def]
    """The form that has just opened over the window."""
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, kind)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: focused().window() is dialog)
    return dialog


def closed(qtbot, view: QWidget) -> None:  # type: ignore[no-untyped-def]
    """A form has closed: the window manager gives the main window back its activation
    (the offscreen platform does not)."""
    window = view.window()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    if QApplication.activeWindow() is not window:
        window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def log_in(qtbot, store: Store, username: str) -> MainWindow:  # type: ignore[no-untyped-def]
    """The login dialog by keyboard, then the main window at 1366×768."""
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


def open_queues(qtbot, window: MainWindow) -> QueuesView:  # type: ignore[no-untyped-def]
    """Ctrl+5, and wait for the queue (and the review) to be read."""
    press(qtbot, Qt.Key.Key_5, CTRL)
    assert window.current_view() == "queues"
    view = window.views["queues"]
    assert isinstance(view, QueuesView)
    qtbot.waitUntil(lambda: view.page.is_loaded() and not view.busy()
                    and (view.clear_view is None or view.clear_view.is_loaded()))
    return view


def log_incident(store: Store, operator: Operator, **overrides: object) -> int:
    values: dict[str, object] = dict(
        caller_number="13900000001", address="田家庵区朝阳路1号", jurisdiction_code="340403",
        category_code="theft", priority=1, summary="电动车被盗", disposition="incident")
    values.update(overrides)
    saved = store.calls.log_call(CallDraft(**values), operator.id)  # type: ignore[arg-type]
    assert saved.incident_id is not None
    return saved.incident_id


@pytest.fixture
def watcher(store: Store) -> Iterator[ChangeWatcher]:
    w = ChangeWatcher(store, interval_ms=50)
    yield w
    w.stop()


def make_view(qtbot, store: Store, who: Operator, watcher: ChangeWatcher) -> QueuesView:  # type: ignore[no-untyped-def]
    view = QueuesView(ViewContext(store, who, "en", watcher))
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.page.is_loaded() and not view.busy())
    return view


def rows(view: QueuesView) -> dict[str, int]:
    model = view.model
    return {model.row_at(r).key: r for r in range(model.rowCount())}


def cell(view: QueuesView, key: str, column: int) -> str:
    return str(view.model.index(rows(view)[key], column).data())


def test_models_pass_the_model_tester(qtbot, qtmodeltester, store: Store, operator: Operator,  # type: ignore[no-untyped-def]
                                      supervisor: Operator, watcher: ChangeWatcher,
                                      clock: FixedClock) -> None:
    log_incident(store, operator, received_at=clock.now() - timedelta(days=1))
    log_incident(store, operator)
    store.calls.log_call(CallDraft(caller_number="13900000009", disposition="silent",
                                   category_code="silent"), operator.id)
    view = make_view(qtbot, store, supervisor, watcher)
    view.page.set_queue("all")
    assert view.model.rowCount() == 3
    qtmodeltester.check(view.model)
    clear = view.clear_view
    assert clear is not None
    qtbot.waitUntil(clear.is_loaded)
    qtmodeltester.check(clear.model)
    qtmodeltester.check(clear.days)


def test_item_escalates_to_supervisor_then_leadership_in_the_view(  # type: ignore[no-untyped-def]
        qtbot, store: Store, operator: Operator, supervisor: Operator, watcher: ChangeWatcher,
        clock: FixedClock) -> None:
    iid = log_incident(store, operator)
    view = make_view(qtbot, store, supervisor, watcher)
    key = f"dispatch:{iid}"
    assert view.page.queue() == "supervisor" and key not in rows(view)
    resets: list[bool] = []
    view.model.modelReset.connect(lambda: resets.append(True))
    counts: list[int] = []
    view.countChanged.connect(counts.append)

    clock.advance(seconds=90)
    view.page.escalate_now()
    qtbot.waitUntil(lambda: key in rows(view), timeout=3000)
    assert cell(view, key, LEVEL) == "Supervisor"
    assert cell(view, key, OWNER) == "Supervisor"
    assert view.model.index(rows(view)[key], 0).data(StateRole) == "escalated"
    assert cell(view, key, DEADLINE).startswith("overdue by")
    assert counts[-1] == 1
    assert view.page.banner.isVisibleTo(view.page)  # the alert for an escalated item

    clock.advance(minutes=31)
    view.page.escalate_now()
    qtbot.waitUntil(lambda: cell(view, key, LEVEL) == "Bureau leadership", timeout=3000)
    assert resets == []  # live changes patch rows in; only choosing a queue reloads
    view.page.set_queue("leadership")
    assert key in rows(view)


def test_a_seat_without_the_lease_never_escalates_but_shows_the_holders_pass(  # type: ignore[no-untyped-def]
        qtbot, store: Store, operator: Operator, supervisor: Operator, watcher: ChangeWatcher,
        db_path: Path, clock: FixedClock) -> None:
    iid = log_incident(store, operator)
    silent = store.calls.log_call(CallDraft(caller_number="13900000008", disposition="silent",
                                            category_code="silent"), operator.id)
    clock.advance(minutes=10)  # the dispatch and the call-back are overdue
    with Store.open(db_path, clock=clock) as other:
        assert other.leases.acquire(ESCALATION, "host:99:seat-2", timedelta(minutes=1))
        view = make_view(qtbot, store, supervisor, watcher)
        escalation = view.page.escalation
        with qtbot.waitSignal(escalation.ran) as ran:
            view.page.escalate_now()
        assert ran.args == [None]  # not the holder: this seat only read who holds it
        assert not escalation.holding and escalation.elsewhere == "host:99:seat-2"
        assert store.conn.execute("SELECT count(*) FROM queue_escalations").fetchone()[0] == 0
        assert rows(view) == {}  # nothing reached the supervisor

        escalated = other.escalation.escalate_due()  # the holder's pass, in another seat
        assert {f"dispatch:{iid}", f"silent_callback:{silent.call_id}"} <= set(escalated)
        call_key = f"silent_callback:{silent.call_id}"
        qtbot.waitUntil(lambda: {f"dispatch:{iid}", call_key} <= set(rows(view)),
                        timeout=3000)  # the incident's item and the call-only one
        assert cell(view, call_key, LEVEL) == "Supervisor"

        clock.advance(minutes=2)  # the holder stopped renewing: its lease lapsed
        with qtbot.waitSignal(escalation.ran) as ran:
            view.page.escalate_now()
        assert ran.args == [[]] and escalation.holding  # this seat runs the pass now
        assert not other.leases.acquire(ESCALATION, "host:99:seat-2", timedelta(minutes=1))


def test_an_item_form_stays_open_while_another_process_holds_the_file(  # type: ignore[no-untyped-def]
        qtbot, store: Store, operator: Operator, watcher: ChangeWatcher,
        db_path: Path) -> None:
    silent = store.calls.log_call(CallDraft(caller_number="13900000008", disposition="silent",
                                            category_code="silent"), operator.id)
    view = make_view(qtbot, store, operator, watcher)
    key = f"silent_callback:{silent.call_id}"
    item = view.model.row_at(rows(view)[key])
    dialog = ItemDialog(view.page._ctx, item, view)
    dialog.show()
    dialog.choice.setCurrentIndex(dialog.choice.findData("not_reached"))
    dialog.text.setPlainText("无人接听")
    lock = sqlite3.connect(str(db_path), isolation_level=None)
    try:
        lock.execute("BEGIN IMMEDIATE")  # another program writes just now
        dialog.submit()
        qtbot.waitUntil(lambda: view.page._ctx.ops.busy("write"))
        dialog.submit()  # a second Ctrl+Enter meanwhile does nothing
        assert dialog.isVisible() and dialog.writing() and not dialog.ok.isEnabled()
        assert dialog.text.toPlainText() == "无人接听"
    finally:
        lock.execute("COMMIT")
        lock.close()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
    qtbot.waitUntil(lambda: key not in rows(view), timeout=3000)
    assert store.conn.execute("SELECT count(*) FROM call_followups WHERE call_id = ?",
                              [silent.call_id]).fetchone()[0] == 1


def test_other_seat_change_shows_without_reset(qtbot, store: Store, operator: Operator,  # type: ignore[no-untyped-def]
                                               watcher: ChangeWatcher, db_path: Path,
                                               clock: FixedClock) -> None:
    view = make_view(qtbot, store, operator, watcher)
    assert view.page.queue() == "dispatch" and view.count() == 0
    resets: list[bool] = []
    view.model.modelReset.connect(lambda: resets.append(True))
    with Store.open(db_path, clock=clock) as other:
        iid = log_incident(other, operator, summary="另一席位登记")
        qtbot.waitUntil(lambda: f"dispatch:{iid}" in rows(view), timeout=3000)
        assert view.count() == 1
        other.units.dispatch(iid, ["DS01"], operator.id)
        # Once dispatched the item becomes a follow-up of the dispatch desk.
        qtbot.waitUntil(lambda: f"follow_up:{iid}:arrival" in rows(view), timeout=3000)
        assert f"dispatch:{iid}" not in rows(view)
        silent = other.calls.log_call(CallDraft(caller_number="13900000008", disposition="silent",
                                                category_code="silent"),
                                      operator.id)
        key = f"silent_callback:{silent.call_id}"
        qtbot.waitUntil(lambda: key in rows(view), timeout=3000)
        other.queues.record_call_back(silent.call_id, "reached", "", operator.id)
        qtbot.waitUntil(lambda: key not in rows(view), timeout=3000)
    assert resets == []


def test_enter_on_a_push_opens_its_form_and_acknowledges(  # type: ignore[no-untyped-def]
        qtbot, store: Store, operator: Operator) -> None:
    with store.write() as conn:
        conn.execute(
            "INSERT INTO enterprises (name, address, address_key, bureau_leader, station_leader,"
            " officer, created_at) VALUES ('淮南市某某化工有限公司', '大通区工业路3号', ?,"
            " '王局', '赵所', '钱警官', ?)", [address_key("大通区工业路3号"), store.now_text()])
    iid = log_incident(store, operator, address="大通区工业路3号", jurisdiction_code="340402",
                       category_code="enterprise_security", priority=2)
    store.accounts.add_operator("hq01", "孙丽", "enterprise_desk", "secret-110")
    view = open_queues(qtbot, log_in(qtbot, store, "hq01"))
    assert view.page.queue() == "enterprise" and view.tabs is None
    assert view.count() == 3
    first = view.model.row_at(0)
    assert first.kind is Kind.PUSH_ACK
    assert focused() is view.page.table and view.page.current_item() == first
    press(qtbot, Qt.Key.Key_Return)
    dialog = modal(qtbot, ItemDialog)
    assert dialog.item.key == first.key
    qtbot.waitUntil(lambda: focused() is dialog.ok)  # nothing to fill in: the button
    with qtbot.waitSignal(dialog.accepted):
        press(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: first.key not in rows(view), timeout=3000)
    assert view.count() == 2
    assert any(e.kind == "push_ack" for e in store.incidents.timeline(iid))


def test_dispatch_item_asks_for_the_board(qtbot, store: Store, operator: Operator,  # type: ignore[no-untyped-def]
                                          watcher: ChangeWatcher) -> None:
    iid = log_incident(store, operator)
    view = make_view(qtbot, store, operator, watcher)
    with qtbot.waitSignal(view.openIncident) as signal:
        view.page.open_item(view.model.row_at(0))
    assert signal.args == [iid]


def test_refused_resolution_keeps_the_text(qtbot, store: Store, operator: Operator,  # type: ignore[no-untyped-def]
                                           supervisor: Operator, watcher: ChangeWatcher) -> None:
    iid = log_incident(store, operator)
    store.escalation.escalate_incident(iid, "群众多次投诉", operator.id, level="supervisor")
    view = make_view(qtbot, store, supervisor, watcher)
    item = next(view.model.row_at(r) for r in range(view.count())
                if view.model.row_at(r).kind is Kind.ESCALATION)
    assert item.base_level is Level.SUPERVISOR
    dialog = ItemDialog(view.page._ctx, item)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.text.setPlainText("   ")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.message.text() == "Please fill in the text before saving.")
    assert dialog.isVisible() and not dialog.writing()
    dialog.text.setPlainText("已协调派出所处理" + "\x07")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.message.text()
                    == "The text contains characters that cannot be saved.")
    assert dialog.isVisible() and dialog.text.toPlainText() == "已协调派出所处理\x07"
    dialog.text.setPlainText("已协调派出所处理")
    with qtbot.waitSignal(dialog.accepted):
        dialog.submit()
    assert store.conn.execute("SELECT resolution FROM escalations WHERE incident_id = ?",
                              [iid]).fetchone()[0] == "已协调派出所处理"


def test_callback_form_records_a_rating(qtbot, store: Store, operator: Operator,  # type: ignore[no-untyped-def]
                                        watcher: ChangeWatcher) -> None:
    iid = log_incident(store, operator, category_code="domestic_violence")
    store.incidents.advance(iid, Stage.HANDLED, operator.id)
    store.incidents.advance(iid, Stage.CLOSED, operator.id)
    dv = store.accounts.add_operator("fjb01", "周敏", "dv_desk", "secret-110")
    view = make_view(qtbot, store, dv, watcher)
    item = view.model.row_at(0)
    assert item.kind is Kind.CALLBACK
    dialog = ItemDialog(view.page._ctx, item)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.choice.setCurrentIndex(dialog.choice.findData("dissatisfied"))
    dialog.text.setPlainText("出警慢")
    with qtbot.waitSignal(dialog.finished_item):
        dialog.submit()
    assert store.callbacks.callbacks_of(iid)[0]["rating"] == "dissatisfied"
    assert store.incidents.incident(iid).stage == "called_back"


def test_clear_to_zero_view_lists_earlier_open_and_cleared_days(  # type: ignore[no-untyped-def]
        qtbot, store: Store, operator: Operator, supervisor: Operator, watcher: ChangeWatcher,
        clock: FixedClock) -> None:
    old = log_incident(store, operator, received_at=clock.now() - timedelta(days=1))
    done = log_incident(store, operator, received_at=clock.now() - timedelta(days=2))
    store.incidents.advance(done, Stage.CANCELLED, operator.id)
    log_incident(store, operator)
    view = ClearToZeroView(ViewContext(store, supervisor, "en", watcher))
    qtbot.addWidget(view)
    qtbot.waitUntil(view.is_loaded)
    assert view.model.rowCount() == 1
    number = store.incidents.incident(old).number
    assert view.model.index(0, 1).data() == number
    assert view.model.index(0, 4).data() == "still at stage Intake"
    assert view.model.index(0, 5).data() == "Dispatch desk"
    assert view.model.index(0, 6).data() == "1d 0:00"
    lines = [view.days.index(r).data() for r in range(view.days.rowCount())]
    assert lines[0] == "2026-11-28 1 still open"
    assert "2026-11-27 cleared" in lines
    assert view.summary.text() == "1 incident(s) from earlier days still open"

    resets: list[bool] = []
    view.model.modelReset.connect(lambda: resets.append(True))
    assert view.selected() is not None  # the first row is current at once
    view.table.setCurrentIndex(QModelIndex())
    assert not view.assign_selected(operator.id)  # nothing selected
    assert view.message.text() == "Select an incident first."
    assert view.select_incident(old)
    assert view.assign_selected(operator.id)
    qtbot.waitUntil(lambda: view.model.index(0, 5).data() == "张明", timeout=3000)
    assert view.escalate_selected("超过一天未处结")
    qtbot.waitUntil(lambda: view.model.index(0, 7).data() == "Bureau leadership", timeout=3000)
    assert view.annotate_selected("已电话督促派出所")
    qtbot.waitUntil(lambda: "已电话督促派出所" in view.detail.text(), timeout=3000)
    kinds = [e.kind for e in store.incidents.timeline(old)]
    assert {"owner", "escalate", "note"} <= set(kinds)
    assert view.annotate_selected("  ")  # refused on the write lane: said above the table
    qtbot.waitUntil(lambda: view.message.text() == "Please enter a text.")

    store.incidents.advance(old, Stage.CANCELLED, supervisor.id)
    view.reload()
    qtbot.waitUntil(lambda: view.model.index(0, 4).data() == "open escalation", timeout=3000)
    escalation = store.conn.execute("SELECT id FROM escalations WHERE incident_id = ?",
                                    [old]).fetchone()[0]
    store.escalation.resolve_escalation(escalation, "局领导已督办", supervisor.id)
    view.reload()
    qtbot.waitUntil(lambda: view.model.rowCount() == 0, timeout=3000)
    assert view.summary.text() == "All earlier days are cleared"
    assert view.days.index(0).data() == "2026-11-28 cleared"
    assert resets == []
    qtbot.waitUntil(lambda: not view.busy())


def test_handover_note_saves_remarks_and_exports_pdf(qtbot, store: Store, operator: Operator,  # type: ignore[no-untyped-def]
                                                     watcher: ChangeWatcher, clock: FixedClock,
                                                     tmp_path: Path) -> None:
    iid = log_incident(store, operator)
    clock.advance(minutes=5)
    store.escalation.escalate_due()
    log_incident(store, operator, priority=3, summary="噪音")
    dialog = HandoverDialog(ViewContext(store, operator, "en", watcher), "dispatch")
    qtbot.addWidget(dialog)
    assert dialog.remarks.isReadOnly()  # until the note is read on the read lane
    qtbot.waitUntil(dialog.is_loaded)
    assert not dialog.remarks.isReadOnly()
    html = dialog.document().toPlainText()
    assert "Shift handover note — Dispatch desk" in html
    assert "Overdue and escalated (0)" in html  # the escalated one went to the supervisor
    assert "Open (1)" in html
    dialog.remarks.setPlainText("DS01 电台故障，已报修")
    with qtbot.waitSignal(dialog.saved):
        dialog.save_remarks()
    assert store.shift.handover("dispatch").remarks == "DS01 电台故障，已报修"
    assert "DS01 电台故障，已报修" in dialog.document().toPlainText()
    pdf = dialog.export_pdf(tmp_path / "handover.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    dialog.remarks.setPlainText("x" * 4001)  # refused: said, and the text kept
    dialog.save_remarks()
    qtbot.waitUntil(lambda: "kept here" in dialog.message.text())
    assert dialog.remarks.toPlainText() == "x" * 4001
    assert store.shift.handover("dispatch").remarks == "DS01 电台故障，已报修"

    sup = HandoverDialog(ViewContext(store, operator, "en", watcher), "supervisor")
    qtbot.addWidget(sup)
    qtbot.waitUntil(sup.is_loaded)
    text = sup.document().toPlainText()
    assert "Overdue and escalated (1)" in text
    assert store.incidents.incident(iid).number in text


def test_item_form_by_keyboard_tab_and_ctrl_enter(qtbot, store: Store,  # type: ignore[no-untyped-def]
                                                  operator: Operator) -> None:
    iid = log_incident(store, operator, category_code="domestic_violence")
    store.incidents.advance(iid, Stage.HANDLED, operator.id)
    store.incidents.advance(iid, Stage.CLOSED, operator.id)
    store.accounts.add_operator("fjb02", "周敏", "dv_desk", "secret-110")
    view = open_queues(qtbot, log_in(qtbot, store, "fjb02"))
    assert focused() is view.page.table
    item = view.page.current_item()
    assert item is not None and item.kind is Kind.CALLBACK
    press(qtbot, Qt.Key.Key_Return)
    dialog = modal(qtbot, ItemDialog)
    assert store.incidents.incident(iid).number in dialog.windowTitle()
    qtbot.waitUntil(lambda: focused() is dialog.choice)  # the first field: the rating
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.text
    type_text(qtbot, "ok")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is not dialog.text
    assert dialog.text.toPlainText() == "ok"  # Tab moved on, it typed no tab
    with qtbot.waitSignal(dialog.accepted):
        press(qtbot, Qt.Key.Key_Return, CTRL)
    assert store.callbacks.callbacks_of(iid)[0]["remarks"] == "ok"


def test_escape_closes_an_item_form_without_recording(qtbot, store: Store,  # type: ignore[no-untyped-def]
                                                      operator: Operator) -> None:
    iid = log_incident(store, operator, category_code="domestic_violence")
    store.incidents.advance(iid, Stage.HANDLED, operator.id)
    store.incidents.advance(iid, Stage.CLOSED, operator.id)
    store.accounts.add_operator("fjb03", "周敏", "dv_desk", "secret-110")
    view = open_queues(qtbot, log_in(qtbot, store, "fjb03"))
    press(qtbot, Qt.Key.Key_Return)
    dialog = modal(qtbot, ItemDialog)
    with qtbot.waitSignal(dialog.rejected):
        press(qtbot, Qt.Key.Key_Escape)
    assert store.callbacks.callbacks_of(iid)[0]["done_at"] is None
    closed(qtbot, view)
    qtbot.waitUntil(lambda: focused() is view.page.table)


# --- the clear-to-zero review by keyboard ---------------------------------------------------


def test_annotation_by_keyboard_names_the_incident_and_is_stored(  # type: ignore[no-untyped-def]
        qtbot, store: Store, operator: Operator, supervisor: Operator,
        clock: FixedClock) -> None:
    old = log_incident(store, operator, received_at=clock.now() - timedelta(days=1))
    number = store.incidents.incident(old).number
    view = open_queues(qtbot, log_in(qtbot, store, "sv01"))
    clear = view.clear_view
    assert clear is not None and view.tabs is not None
    press(qtbot, Qt.Key.Key_Tab, CTRL)
    assert view.tabs.currentWidget() is clear
    assert focused() is clear.table
    qtbot.waitUntil(lambda: clear.model.rowCount() == 1)
    chosen = clear.selected()
    assert chosen is not None and chosen.incident_id == old

    press(qtbot, Qt.Key.Key_N, CTRL | SHIFT)
    dialog = modal(qtbot, ReviewDialog)
    assert number in dialog.windowTitle() and "Theft" in dialog.windowTitle()
    subject = dialog.findChild(QLabel, "reviewSubject")
    assert subject is not None and number in subject.text() and "Theft" in subject.text()
    qtbot.waitUntil(lambda: focused() is dialog.field)
    type_text(qtbot, "已电话督促派出所")
    press(qtbot, Qt.Key.Key_Tab)  # on to the buttons: Tab types no tab
    assert focused() is not dialog.field
    assert isinstance(dialog.field, QPlainTextEdit)
    assert dialog.field.toPlainText() == "已电话督促派出所"
    with qtbot.waitSignal(dialog.accepted):
        press(qtbot, Qt.Key.Key_Return, CTRL)
    notes = [e.detail["text"] for e in store.incidents.timeline(old) if e.kind == "note"]
    assert notes == ["已电话督促派出所"]
    qtbot.waitUntil(lambda: "已电话督促派出所" in clear.detail.text(), timeout=3000)
    assert number in clear.detail.text()
    closed(qtbot, view)
    qtbot.waitUntil(lambda: focused() is clear.table)

    # An empty note is refused with a word and the form stays; Escape then cancels.
    press(qtbot, Qt.Key.Key_N, CTRL | SHIFT)
    dialog = modal(qtbot, ReviewDialog)
    qtbot.waitUntil(lambda: focused() is dialog.field)
    press(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: dialog.message.text() == "Please enter a text.")
    assert dialog.isVisible() and not dialog.writing()
    assert focused() is dialog.field
    type_text(qtbot, "不要")
    with qtbot.waitSignal(dialog.rejected):
        press(qtbot, Qt.Key.Key_Escape)
    assert len([e for e in store.incidents.timeline(old) if e.kind == "note"]) == 1
    closed(qtbot, view)
    qtbot.waitUntil(lambda: focused() is clear.table)
    assert clear.message.text() == ""


def test_assign_and_escalate_by_keyboard(qtbot, store: Store, operator: Operator,  # type: ignore[no-untyped-def]
                                         supervisor: Operator, clock: FixedClock) -> None:
    old = log_incident(store, operator, received_at=clock.now() - timedelta(days=1))
    number = store.incidents.incident(old).number
    view = open_queues(qtbot, log_in(qtbot, store, "sv01"))
    clear = view.clear_view
    assert clear is not None
    press(qtbot, Qt.Key.Key_PageDown, CTRL)
    qtbot.waitUntil(lambda: clear.model.rowCount() == 1)

    press(qtbot, Qt.Key.Key_A, CTRL | SHIFT)
    dialog = modal(qtbot, ReviewDialog)
    assert number in dialog.windowTitle()
    qtbot.waitUntil(lambda: focused() is dialog.field)
    choice = dialog.field
    assert isinstance(choice, QComboBox)
    for _ in range(choice.count()):
        if choice.currentData() == operator.id:
            break
        press(qtbot, Qt.Key.Key_Down)
    assert choice.currentData() == operator.id
    with qtbot.waitSignal(dialog.accepted):
        press(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: clear.model.index(0, CLEAR_OWNER).data() == "张明", timeout=3000)
    closed(qtbot, view)
    assert focused() is clear.table

    press(qtbot, Qt.Key.Key_E, CTRL | SHIFT)
    dialog = modal(qtbot, ReviewDialog)
    assert number in dialog.windowTitle()
    qtbot.waitUntil(lambda: focused() is dialog.field)
    type_text(qtbot, "超过一天未处结")
    press(qtbot, Qt.Key.Key_Tab)
    with qtbot.waitSignal(dialog.accepted):
        press(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: clear.model.index(0, ESCALATED).data() == "Bureau leadership",
                    timeout=3000)
    assert {"owner", "escalate"} <= {e.kind for e in store.incidents.timeline(old)}


def test_enter_on_a_closed_incident_in_the_review_shows_it_on_the_board(  # type: ignore[no-untyped-def]
        qtbot, store: Store, operator: Operator, supervisor: Operator,
        clock: FixedClock) -> None:
    """Closed yesterday with a 督办 still open: not on the board's list of open incidents,
    yet Enter in 警情清零 shows it there, in the detail, to act on."""
    old = log_incident(store, operator, received_at=clock.now() - timedelta(days=1))
    store.incidents.advance(old, Stage.HANDLED, operator.id, result="已处理")
    store.incidents.advance(old, Stage.CLOSED, operator.id, closure="resolved")
    store.escalation.escalate_incident(old, "群众再次来电反映", supervisor.id)
    number = store.incidents.incident(old).number
    window = log_in(qtbot, store, "sv01")
    view = open_queues(qtbot, window)
    clear = view.clear_view
    assert clear is not None
    press(qtbot, Qt.Key.Key_Tab, CTRL)
    qtbot.waitUntil(lambda: clear.model.rowCount() == 1)
    assert clear.selected().incident_id == old  # type: ignore[union-attr]
    press(qtbot, Qt.Key.Key_Return)
    assert window.current_view() == "board"
    board = window.views["board"]
    qtbot.waitUntil(lambda: board.detail.number.text() == number)  # type: ignore[attr-defined]
    assert board.model.row_of(old) is None  # type: ignore[attr-defined]


def test_ctrl_tab_and_ctrl_page_keys_switch_the_tabs(qtbot, store: Store,  # type: ignore[no-untyped-def]
                                                     supervisor: Operator) -> None:
    view = open_queues(qtbot, log_in(qtbot, store, "sv01"))
    tabs, clear = view.tabs, view.clear_view
    assert tabs is not None and clear is not None
    assert tabs.currentWidget() is view.page and focused() is view.page.table
    steps: list[tuple[Qt.Key, Qt.KeyboardModifier, QueuePage | ClearToZeroView]] = [
        (Qt.Key.Key_Tab, CTRL, clear),
        (Qt.Key.Key_Tab, CTRL, view.page),  # round again
        (Qt.Key.Key_Backtab, CTRL | SHIFT, clear),  # Ctrl+Shift+Tab as the keyboard sends it
        (Qt.Key.Key_Tab, CTRL | SHIFT, view.page),
        (Qt.Key.Key_PageDown, CTRL, clear),
        (Qt.Key.Key_PageUp, CTRL, view.page),
    ]
    for key, modifiers, page in steps:
        press(qtbot, key, modifiers)
        assert tabs.currentWidget() is page
        assert focused() is page.table


# --- tables that fit ----------------------------------------------------------------------


def test_tables_show_whole_numbers_and_fit_1366_by_768(  # type: ignore[no-untyped-def]
        qtbot, store: Store, operator: Operator, supervisor: Operator,
        clock: FixedClock) -> None:
    day = timedelta(days=1)
    for code in ("fraud_customer_service", "dv_order_breach", "theft"):
        iid = log_incident(store, operator, received_at=clock.now() - day, category_code=code,
                           summary="长" * 40)
        store.escalation.escalate_incident(iid,
                                           "企业多次反映问题未解决，群众不满意，请局领导督办" * 3,
                                           operator.id)
    log_incident(store, operator)
    clock.advance(minutes=40)
    store.escalation.escalate_due()
    window = log_in(qtbot, store, "sv01")
    assert window.size() == QSize(1366, 768)
    view = open_queues(qtbot, window)
    view.page.set_queue("all")
    clear = view.clear_view
    assert clear is not None
    qtbot.waitUntil(lambda: clear.model.rowCount() == 3)
    categories = {clear.model.index(r, CLEAR_CATEGORY).data() for r in range(3)}
    assert "Fraud impersonating e-commerce / courier customer service" in categories
    for table, column, long_text in ((view.page.table, REFERENCE, ACTION),
                                     (clear.table, CLEAR_NUMBER, REASONS)):
        if not table.isVisible():
            press(qtbot, Qt.Key.Key_Tab, CTRL)
        qtbot.waitUntil(table.isVisible)
        model = table.model()
        numbers = [str(model.index(r, column).data()) for r in range(model.rowCount())]
        assert any(n.startswith("340400-2026") for n in numbers)
        style = table.style()
        margins = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table)
                       + 1)
        widest = max(table.fontMetrics().horizontalAdvance(n) for n in numbers)
        assert table.columnWidth(column) >= widest + margins
        assert table.columnWidth(column) >= table.sizeHintForColumn(column)  # never elided
        header = table.horizontalHeader()
        assert header.sectionResizeMode(long_text) == QHeaderView.ResizeMode.Stretch
        assert sum(header.sectionSize(c) for c in range(header.count())) \
            <= table.viewport().width()
        assert not table.horizontalScrollBar().isVisible()
        # The long text is elided in its column and whole in its tooltip.
        first = model.index(0, long_text)
        assert first.data(Qt.ItemDataRole.ToolTipRole) == first.data()
    assert not clear.day_list.horizontalScrollBar().isVisible()


# --- the shift handover ---------------------------------------------------------------------


def test_handover_by_keyboard_and_its_pdf_folder(  # type: ignore[no-untyped-def]
        qtbot, store: Store, operator: Operator, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    log_incident(store, operator)
    view = open_queues(qtbot, log_in(qtbot, store, "ct01"))
    press(qtbot, Qt.Key.Key_H, CTRL)
    dialog = modal(qtbot, HandoverDialog)
    qtbot.waitUntil(lambda: focused() is dialog.remarks and dialog.is_loaded())
    type_text(qtbot, "DS01 电台故障")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is not dialog.remarks
    assert dialog.remarks.toPlainText() == "DS01 电台故障"
    press(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: dialog.message.text() == "Remarks saved.")
    assert store.shift.handover("dispatch").remarks == "DS01 电台故障"

    documents = Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation))
    first = dialog.suggested_path()
    assert first.parent == documents != Path.home()
    assert first.name == "handover-Dispatch_desk-2026-11-29-0800.pdf"
    asked: list[str] = []
    out = tmp_path / "exports"
    out.mkdir()

    def save_as(parent: object, caption: str, where: str, filters: str) -> tuple[str, str]:
        asked.append(where)
        return str(out / "shift"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    press(qtbot, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: asked != [])  # a button's shortcut clicks it a moment later
    assert asked == [str(first)]
    assert (out / "shift.pdf").read_bytes().startswith(b"%PDF")
    assert dialog.suggested_path().parent == out  # the folder used last, next time

    # Escape closes; what was typed since the last save is kept, not lost.
    for _ in range(10):
        if focused() is dialog.remarks:
            break
        press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.remarks
    type_text(qtbot, "，已报修")
    with qtbot.waitSignal(dialog.rejected):
        press(qtbot, Qt.Key.Key_Escape)
    assert store.shift.handover("dispatch").remarks == "DS01 电台故障，已报修"
    closed(qtbot, view)
    qtbot.waitUntil(lambda: focused() is view.page.table)
