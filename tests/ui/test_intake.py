"""The intake view, driven from the keyboard as a call-taker would: F2, typing, Tab, Ctrl+Enter.

Chinese text arrives the way an input method delivers it (a committed string);
everything else is typed key by key into whichever widget has the focus, so the
tab order itself is under test.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTranslator
from PySide6.QtGui import QGuiApplication, QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from console.domain.calls import CallDraft
from console.paths import resources_dir
from console.store import (
    CorruptDatabaseError,
    DatabaseBusyError,
    ReadOnlyDatabaseError,
    Store,
)
from console.store.calls import CallsService
from console.ui.changes import ChangeWatcher
from console.ui.context import ViewContext
from console.ui.intake import IntakeView
from console.ui.intake.drafts import draft_path
from console.ui.intake.form import CategoryMatches
from console.ui.intake.fraud import TransfersModel
from console.ui.intake.history import DuplicatesModel, HistoryModel
from tests.ui.stalls import Watchdog, write_lock_held

ADDRESS = "田家庵区朝阳路18号"
NUMBER = "13800001111"


# ---- driving the keyboard -----------------------------------------------------------------
def focused() -> QWidget:
    _reactivate()
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def _reactivate() -> None:
    """Hand activation back to the window once a completion list has closed.

    A window manager does this; the offscreen platform leaves the closed list
    as the active window, and focus could then not move within the view.
    """
    active = QApplication.activeWindow()
    if active is not None and active.isHidden() and QApplication.activePopupWidget() is None:
        for widget in QApplication.topLevelWidgets():
            is_view = isinstance(widget, IntakeView) or widget.findChild(IntakeView)
            if widget.isVisible() and is_view:
                widget.activateWindow()
                QApplication.processEvents()


def type_text(qtbot, text: str) -> None:
    """Type into the focused widget; Chinese is committed as an input method does."""
    if text.isascii():
        qtbot.keyClicks(focused(), text)
    else:
        event = QInputMethodEvent("", [])
        event.setCommitString(text)
        QApplication.sendEvent(focused(), event)


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(focused(), key, modifier)


def tab(qtbot, times: int = 1) -> None:
    press(qtbot, Qt.Key.Key_Tab, times=times)


def save(qtbot) -> None:
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def paste(qtbot, text: str) -> None:
    QGuiApplication.clipboard().setText(text)
    press(qtbot, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


# ---- fixtures -----------------------------------------------------------------------------
@pytest.fixture
def ctx(store, operator) -> Iterator[ViewContext]:
    changes = ChangeWatcher(store)
    context = ViewContext(store, operator, "zh_CN", changes)
    yield context
    context.ops.shutdown()
    changes.stop()


def open_view(qtbot, ctx: ViewContext) -> IntakeView:
    view = IntakeView(ctx)
    qtbot.addWidget(view)
    view.resize(1400, 850)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    view.setFocus()
    return view


@pytest.fixture
def view(qtbot, ctx) -> IntakeView:
    return open_view(qtbot, ctx)


def fill_caller(qtbot, view: IntakeView, number: str = NUMBER, name: str = "王芳",
                address: str = ADDRESS) -> None:
    """F2, then number · name · address · (district filled from the address)."""
    press(qtbot, Qt.Key.Key_F2)
    assert focused() is view.form.caller_number
    type_text(qtbot, number)
    tab(qtbot)
    type_text(qtbot, name)
    tab(qtbot)
    type_text(qtbot, address)
    tab(qtbot)
    assert focused() is view.form.jurisdiction.lineEdit() or focused() is view.form.jurisdiction


def category(qtbot, view: IntakeView, typed: str) -> None:
    """From the district field: Tab into the category, type, Tab to settle it and go on
    to the summary (the disposition and priority follow the category)."""
    tab(qtbot)
    assert focused() is view.form.category
    type_text(qtbot, typed)
    tab(qtbot)
    assert focused() is view.form.summary


def saved_id(qtbot, view: IntakeView) -> int:
    with qtbot.waitSignal(view.saved, timeout=3000) as blocker:
        save(qtbot)
    return int(blocker.args[0])


def log_incident(qtbot, view: IntakeView, *, number: str = NUMBER,
                 summary: str = "两车相撞，无人受伤") -> int:
    fill_caller(qtbot, view, number=number)
    category(qtbot, view, "jtsg")
    type_text(qtbot, summary)
    return saved_id(qtbot, view)


def board_model(ctx: ViewContext):  # type: ignore[no-untyped-def]
    try:
        from console.ui.board import BoardModel
    except ImportError:
        return None
    return BoardModel(ctx)


# ---- logging calls ------------------------------------------------------------------------
def test_an_incident_is_logged_from_the_keyboard_and_reaches_the_board(qtbot, view, ctx,
                                                                      store, operator):
    board = board_model(ctx)
    call_id = log_incident(qtbot, view)

    call = store.calls.call(call_id)
    assert call["caller_number"] == NUMBER and call["caller_name"] == "王芳"
    assert call["address"] == ADDRESS and call["jurisdiction_code"] == "340403"
    assert call["category_code"] == "traffic_accident" and call["priority"] == 2
    assert call["disposition"] == "incident" and call["incomplete"] == ""
    assert call["operator_id"] == operator.id and call["received_at"] == "2026-11-29T02:00:00.000Z"
    [incident] = store.incidents.open_incidents()
    assert incident.id == call["incident_id"] and incident.category_code == "traffic_accident"
    assert incident.number in view.confirmation.text()
    assert view.confirmation.isVisible() and not view.warnings.isVisible()
    # Cleared and idle for the next call, the cursor where the next call starts.
    assert view.form.caller_number.text() == "" and view.form.summary.toPlainText() == ""
    assert view.received_at is None and view.timer_label.text() == "--:--"
    assert focused() is view.form.caller_number
    if board is not None:
        assert board.row_of(incident.id) is not None


def test_typing_without_f2_starts_the_call_at_the_first_keystroke(qtbot, view, clock, store):
    clock.advance(seconds=30)
    view.form.caller_number.setFocus()
    type_text(qtbot, NUMBER)
    assert view.received_at == clock.now()
    clock.advance(seconds=75)
    qtbot.waitUntil(lambda: view.timer_label.text() == "01:15")
    call_id = saved_id(qtbot, view)
    assert store.calls.call(call_id)["received_at"] == "2026-11-29T02:00:30.000Z"


def test_a_duplicate_is_marked_from_the_history_panel(qtbot, view, store, clock):
    first = log_incident(qtbot, view)
    number = store.calls.call(first)["incident_id"]
    clock.advance(minutes=10)
    press(qtbot, Qt.Key.Key_F2)
    type_text(qtbot, NUMBER)
    qtbot.waitUntil(lambda: view.history.duplicates.rowCount() == 1)
    assert view.history.duplicate_flag.isVisible()
    press(qtbot, Qt.Key.Key_F3)
    assert focused() is view.history.duplicate_table
    press(qtbot, Qt.Key.Key_Return)
    incident = store.incidents.incidents_by_id([number])[0]
    assert view.form.disposition.currentData() == "duplicate"
    assert view.form.duplicate_of.currentText() == incident.number
    call_id = saved_id(qtbot, view)

    call = store.calls.call(call_id)
    assert call["disposition"] == "duplicate" and call["incident_id"] == incident.id
    assert [i.id for i in store.incidents.open_incidents()] == [incident.id]
    assert f"{incident.number}" in view.confirmation.text()


def test_a_silent_call_is_saved_for_a_call_back(qtbot, view, store):
    press(qtbot, Qt.Key.Key_F2)
    type_text(qtbot, "13912345678")
    tab(qtbot, 4)  # name, address, district → category
    assert focused() is view.form.category
    type_text(qtbot, "wszddh")  # 无声/中断电话
    tab(qtbot)
    assert view.form.disposition.currentData() == "silent"
    assert view.form.callback_hint.isVisible()
    call_id = saved_id(qtbot, view)

    call = store.calls.call(call_id)
    assert call["disposition"] == "silent" and call["incident_id"] is None
    assert call["caller_number"] == "13912345678"
    assert store.incidents.open_incidents() == []
    assert "call the number back" in view.confirmation.text()


def test_a_12345_transfer_keeps_its_ticket_reference(qtbot, view, store):
    fill_caller(qtbot, view, number="13700001234", address="大通区洛河路8号")
    category(qtbot, view, "szss")  # 市政设施 → 转12345
    assert view.form.disposition.currentData() == "transfer_12345"
    type_text(qtbot, "路灯不亮")
    tab(qtbot)  # the field the disposition needs comes right after the summary
    assert focused() is view.form.transfer_ref
    type_text(qtbot, "GD-20261129-0042")
    call_id = saved_id(qtbot, view)

    call = store.calls.call(call_id)
    assert call["disposition"] == "transfer_12345" and call["transfer_ref"] == "GD-20261129-0042"
    assert call["jurisdiction_code"] == "340402" and call["incident_id"] is None
    assert "12345 hotline" in view.confirmation.text()


def test_the_disposition_is_chosen_by_its_digit(qtbot, view, store):
    press(qtbot, Qt.Key.Key_F2)
    type_text(qtbot, "13600000000")
    view.form.disposition.setFocus()
    type_text(qtbot, "3")  # 3 咨询 inquiry
    call_id = saved_id(qtbot, view)
    assert store.calls.call(call_id)["disposition"] == "inquiry"


def test_a_fraud_call_with_one_transfer(qtbot, view, store):
    fill_caller(qtbot, view, number="13500006666", name="李华", address="谢家集区东风路3号")
    category(qtbot, view, "sdflzp")  # 刷单返利诈骗
    assert view.form.fraud.isVisible()
    type_text(qtbot, "网上刷单被骗")
    tab(qtbot)  # the fraud details come right after the summary
    assert focused() is view.form.fraud.victim_account
    type_text(qtbot, "6222020000001234")
    tab(qtbot)
    type_text(qtbot, "工商银行")
    tab(qtbot)  # into the empty table: its first row is started
    assert view.form.fraud.model.rowCount() == 1
    type_text(qtbot, "5000")
    tab(qtbot)
    type_text(qtbot, "09:30")
    tab(qtbot)
    type_text(qtbot, "6217000099998888")
    tab(qtbot)
    type_text(qtbot, "赵某")
    tab(qtbot)
    type_text(qtbot, "建设银行")
    call_id = saved_id(qtbot, view)

    call = store.calls.call(call_id)
    assert call["category_code"] == "fraud_rebate" and call["priority"] == 1
    _, report = store.fraud.fraud_report(call_id)
    assert report.victim_account == "6222020000001234" and report.victim_bank == "工商银行"
    [transfer] = report.transfers
    assert transfer.amount_fen == 500_000 and transfer.to_name == "赵某"
    assert transfer.to_account == "6217000099998888" and transfer.to_bank == "建设银行"
    assert transfer.at == datetime(2026, 11, 29, 1, 30, tzinfo=UTC)  # 09:30 in Huainan


def test_a_malformed_amount_is_refused_and_kept_in_its_cell(qtbot, view, store):
    fill_caller(qtbot, view)
    category(qtbot, view, "dxwlzp")
    view.form.fraud.victim_account.setFocus()
    press(qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "5k")
    save(qtbot)

    assert store.count("calls") == 0
    assert "Transfer amount is not an amount of money" in view.errors.text()
    model = view.form.fraud.model
    assert model.data(model.index(0, 0)) == "5k"
    assert (0, 0) in model.bad and model.data(model.index(0, 0),
                                              Qt.ItemDataRole.BackgroundRole) is not None
    assert view.form.caller_number.text() == NUMBER  # the rest of the form is kept too


# ---- refusals and warnings ----------------------------------------------------------------
def test_a_control_character_is_refused_and_the_text_kept(qtbot, view, store):
    press(qtbot, Qt.Key.Key_F2)
    type_text(qtbot, NUMBER)
    tab(qtbot)
    paste(qtbot, "王\x07芳")
    save(qtbot)

    qtbot.waitUntil(view.errors.isVisible)
    assert store.count("calls") == 0
    assert "Caller name contains invisible control characters" in view.errors.text()
    assert view.form.caller_name.text() == "王\x07芳"
    assert view.form.caller_name.property("problem") is True
    assert focused() is view.form.caller_name


def test_an_over_long_summary_is_refused_in_chinese_and_kept(qtbot, ctx, store):
    translator = QTranslator()
    assert translator.load("intake_zh_CN", str(resources_dir() / "translations"))
    QCoreApplication.installTranslator(translator)
    try:
        view = open_view(qtbot, ctx)
        press(qtbot, Qt.Key.Key_F2)
        type_text(qtbot, NUMBER)
        view.form.summary.setFocus()
        paste(qtbot, "甲" * 2001)
        save(qtbot)
        qtbot.waitUntil(view.errors.isVisible)
        assert store.count("calls") == 0
        assert "摘要超过 2000 字" in view.errors.text()
        assert view.form.summary.toPlainText() == "甲" * 2001
        assert view.form.marked_fields() == ["summary"]
        assert focused() is view.form.summary
    finally:
        QCoreApplication.removeTranslator(translator)


def test_missing_fields_save_the_call_marked_incomplete(qtbot, view, store):
    press(qtbot, Qt.Key.Key_F2)
    type_text(qtbot, NUMBER)
    call_id = saved_id(qtbot, view)

    call = store.calls.call(call_id)
    assert "address:missing" in call["incomplete"] and "category_code:missing" in call["incomplete"]
    text = view.warnings.text()
    assert view.warnings.isVisible()
    assert "Address is not filled in." in text and "Category is not filled in." in text


def test_f2_on_an_unsaved_call_asks_for_a_second_press(qtbot, view):
    press(qtbot, Qt.Key.Key_F2)
    type_text(qtbot, NUMBER)
    press(qtbot, Qt.Key.Key_F2)
    assert view.form.caller_number.text() == NUMBER
    assert "press F2 again" in view.notice.text()
    press(qtbot, Qt.Key.Key_F2)
    assert view.form.caller_number.text() == ""


# ---- drafts -------------------------------------------------------------------------------
def test_a_draft_is_restored_after_the_view_dies_unsaved(qtbot, ctx, store, clock, operator):
    window = QWidget()  # the view dies inside it, as in a killed console
    qtbot.addWidget(window)
    view = IntakeView(ctx, window)
    window.resize(1400, 850)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    view.setFocus()
    fill_caller(qtbot, view)
    category(qtbot, view, "jtsg")
    received = view.received_at
    path = draft_path(store.path, operator.username)
    qtbot.waitUntil(lambda: path.exists() and ADDRESS in path.read_text(encoding="utf-8"))
    shiboken6.delete(view)  # no close, no can_close, no save
    window.close()

    clock.advance(minutes=2)
    again = open_view(qtbot, ctx)
    assert again.form.caller_number.text() == NUMBER
    assert again.form.address.text() == ADDRESS
    assert again.form.category.text() == "交通事故"
    assert again.received_at == received
    assert again.notice.isVisible() and "Restored draft" in again.notice.text()
    assert again.timer_label.text() == "02:00"
    again.form.summary.setFocus()
    call_id = saved_id(qtbot, again)
    assert store.calls.call(call_id)["received_at"] == "2026-11-29T02:00:00.000Z"
    assert not path.exists()


def test_can_close_writes_the_draft_at_once(qtbot, view, store, operator):
    press(qtbot, Qt.Key.Key_F2)
    type_text(qtbot, NUMBER)
    assert view.can_close() is True
    data = json.loads(draft_path(store.path, operator.username).read_text(encoding="utf-8"))
    assert CallDraft.from_dict(data).caller_number == NUMBER


# ---- history ------------------------------------------------------------------------------
def _earlier(store, clock, **kw) -> None:
    base = dict(caller_number="13000000000", address=ADDRESS, jurisdiction_code="340403",
                category_code="noise", disposition="incident", summary="楼上吵闹")
    base.update(kw)
    store.calls.log_call(CallDraft(**base), None)


def test_history_shows_earlier_calls_with_dv_enterprise_and_repeat_flags(qtbot, view, store,
                                                                         clock):
    _earlier(store, clock, category_code="domestic_violence", summary="丈夫动手打人")
    clock.advance(days=3)
    store.incidents.advance(1, "handled", None, result="已调解")
    store.incidents.advance(1, "closed", None)
    store.enterprises.register_enterprise(
        "淮南市某某机械有限公司", ADDRESS, "340403",
        bureau_leader="刘局", station_leader="陈所", officer="周警官")
    _earlier(store, clock, caller_number=NUMBER, address="大通区洛河路8号",
             category_code="inquiry", disposition="inquiry", summary="咨询户籍")
    clock.advance(hours=4)

    fill_caller(qtbot, view)
    qtbot.waitUntil(lambda: view.history.model.rowCount() == 2)
    model = view.history.model
    summaries = [model.data(model.index(r, 7)) for r in range(2)]
    assert "咨询户籍" in summaries[0]  # newest first
    assert "丈夫动手打人" not in " ".join(summaries)  # DV shows as a flag only
    assert view.history.dv_flag.isVisible()
    assert view.history.enterprise_flag.isVisible()
    assert "淮南市某某机械有限公司" in view.history.enterprise_flag.text()
    assert view.history.repeat_flag.isVisible() and "1 earlier call" in \
        view.history.repeat_flag.text()
    assert not view.history.duplicate_flag.isVisible()


def test_the_newest_question_wins(qtbot, view, store, clock):
    _earlier(store, clock, caller_number="13100000001", address="寿县一号路", summary="甲")
    _earlier(store, clock, caller_number="13100000002", address="寿县二号路", summary="乙")
    press(qtbot, Qt.Key.Key_F2)
    type_text(qtbot, "13100000001")
    press(qtbot, Qt.Key.Key_Backspace)
    type_text(qtbot, "2")
    qtbot.waitUntil(lambda: view.history.model.rowCount() == 1)
    qtbot.waitUntil(lambda: not view.lookup.waiting and not view.ctx.ops.busy())
    assert view.history.model.row_at(0).caller_number == "13100000002"  # no later answer


def test_earlier_addresses_are_offered_by_prefix(qtbot, view, store, clock):
    _earlier(store, clock)
    _earlier(store, clock, address="田家庵区朝阳路20号")
    _earlier(store, clock, address="大通区洛河路8号")
    expected = ["田家庵区朝阳路18号", "田家庵区朝阳路20号"]
    assert store.lookup.address_suggestions("田家庵区 朝阳") == expected
    press(qtbot, Qt.Key.Key_F2)
    view.form.address.setFocus()
    type_text(qtbot, "田家庵区朝阳")
    qtbot.waitUntil(lambda: view.form.address_model.rowCount() == 2)
    assert view.form.address_model.stringList() == expected


# ---- category search ----------------------------------------------------------------------
@pytest.mark.parametrize(("typed", "expected"), [("jtsg", "交通事故"), ("交通", "交通事故"),
                                                 ("traffic acc", "交通事故"), ("jtbl", "家庭暴力")])
def test_categories_are_found_by_pinyin_chinese_or_english(qtbot, view, typed, expected):
    press(qtbot, Qt.Key.Key_F2)
    view.form.category.setFocus()
    type_text(qtbot, typed)
    matches = view.form.category_matches
    assert matches.data(matches.index(0, 0), Qt.ItemDataRole.EditRole) == expected
    assert view.form.category_completer.popup().isVisible()
    tab(qtbot)
    assert view.form.category.text() == expected


def test_a_dv_category_ticks_the_dv_flag_and_routes_to_the_dv_desk(qtbot, view, store):
    fill_caller(qtbot, view)
    category(qtbot, view, "jtbl")
    assert view.form.dv.isChecked() and view.form.priority.currentData() == 1
    save(qtbot)  # a DV call asks first: safe to talk now? safe number? (one key each)
    assert focused() is view.safety_prompt
    press(qtbot, Qt.Key.Key_Y)
    assert focused() is view.safety_prompt
    with qtbot.waitSignal(view.saved, timeout=3000) as blocker:
        press(qtbot, Qt.Key.Key_N)
    call_id = int(blocker.args[0])
    assert store.calls.call(call_id)["is_dv"] == 1
    assert "anti-DV desk" in view.confirmation.text()
    assert not view.safety_prompt.isVisible()
    saved = store.calls.call(call_id)
    store.actor = store.accounts.add_operator("fjb01", "王芳", "dv_desk", "secret-110")
    answers = store.dv.incident_safety(saved["incident_id"])  # type: ignore[index]
    assert (answers.safe_to_talk, answers.safe_number) == ("yes", "no")  # type: ignore[union-attr]


def test_esc_at_the_safety_question_goes_back_with_nothing_saved(qtbot, view, store):
    fill_caller(qtbot, view)
    category(qtbot, view, "jtbl")
    type_text(qtbot, "丈夫酒后动手")
    save(qtbot)
    assert focused() is view.safety_prompt
    press(qtbot, Qt.Key.Key_Escape)
    assert focused() is view.form.summary
    assert view.form.summary.toPlainText() == "丈夫酒后动手"
    assert store.calls.last_call_id() == 0


# ---- models -------------------------------------------------------------------------------
def test_every_model_passes_the_model_tester(qtbot, qtmodeltester, store, clock, ctx):
    _earlier(store, clock, caller_number=NUMBER, category_code="domestic_violence")
    _earlier(store, clock, caller_number=NUMBER)
    _earlier(store, clock, caller_number=NUMBER, address="大通区洛河路8号")
    rows = store.lookup.history(NUMBER)
    assert len(rows) == 3
    flags = store.lookup.history_flags(NUMBER, ADDRESS, "noise", rows=rows)
    history = HistoryModel(ctx.reference, "zh_CN", store.tz)
    history.set_rows(rows)
    qtmodeltester.check(history)
    duplicates = DuplicatesModel(ctx.reference, "zh_CN", store.tz)
    duplicates.set_rows(flags.possible_duplicates)
    assert duplicates.rowCount() == 2
    qtmodeltester.check(duplicates)
    matches = CategoryMatches(ctx.reference, "zh_CN")
    matches.search("jt")
    qtmodeltester.check(matches)
    transfers = TransfersModel()
    transfers.add_row()
    transfers.setData(transfers.index(0, 0), "100")
    qtmodeltester.check(transfers)


def test_the_receive_time_is_the_store_clock_not_the_wall_clock(qtbot, view, clock):
    clock.set(datetime(2030, 1, 1, 0, 0, tzinfo=UTC))
    press(qtbot, Qt.Key.Key_F2)
    assert view.received_at == clock.now()
    assert "2030-01-01 08:00:00" in view.received_label.text()
    clock.advance(seconds=5)
    qtbot.waitUntil(lambda: view.timer_label.text() == "00:05")
    assert view.received_at + timedelta(seconds=5) == clock.now()


def test_the_district_is_filtered_by_typing_part_of_its_name(qtbot, view, store):
    press(qtbot, Qt.Key.Key_F2)
    type_text(qtbot, NUMBER)
    tab(qtbot, 2)  # name, address (left empty: nothing to guess from)
    tab(qtbot)
    type_text(qtbot, "谢家")
    tab(qtbot)
    assert focused() is view.form.category
    assert view.form.jurisdiction.currentText() == "谢家集区"
    call_id = saved_id(qtbot, view)
    assert store.calls.call(call_id)["jurisdiction_code"] == "340404"


@pytest.mark.parametrize(("typed", "expected"), [
    ("09:30", datetime(2026, 11, 29, 1, 30, tzinfo=UTC)),
    ("11-28 23:05", datetime(2026, 11, 28, 15, 5, tzinfo=UTC)),
    ("2026-11-27 08:00", datetime(2026, 11, 27, 0, 0, tzinfo=UTC)),
    ("", None),
])
def test_transfer_times_are_read_in_the_centres_zone(store, typed, expected):
    from console.domain.intake_form import parse_local_time

    day = datetime(2026, 11, 29).date()
    parsed = parse_local_time(typed, store.tz, day)
    assert parsed == expected
    with pytest.raises(ValueError):
        parse_local_time("昨天下午", store.tz, day)


def test_another_seats_save_keeps_the_place_in_the_duplicate_list(qtbot, view, store, clock,
                                                                  db_path):
    log_incident(qtbot, view)
    clock.advance(minutes=10)
    press(qtbot, Qt.Key.Key_F2)
    type_text(qtbot, NUMBER)
    qtbot.waitUntil(lambda: view.history.duplicates.rowCount() == 1)
    press(qtbot, Qt.Key.Key_F3)
    table = view.history.duplicate_table
    assert table.currentIndex().row() == 0
    resets: list[bool] = []
    view.history.duplicates.modelReset.connect(lambda: resets.append(True))
    asked = view.lookup.asked
    with Store.open(db_path, clock=clock) as other:  # a call about something else entirely
        other.calls.log_call(CallDraft(caller_number="13900000009", address="寿县寿春镇1号",
                                       category_code="theft", disposition="incident"), None)
    qtbot.waitUntil(lambda: view.lookup.asked > asked and not view.ctx.ops.busy(),
                    timeout=5000)  # the panel asked again and has its answer
    assert resets == [] and table.currentIndex().row() == 0


# ---- the keyboard alone, as at a real seat --------------------------------------------------
class Keyboard:
    """Keys as a person presses them: to the window that has the keyboard, which hands them
    to wherever the console put the cursor. Keys other than typed text are counted."""

    def __init__(self, qtbot) -> None:  # type: ignore[no-untyped-def]
        self.qtbot = qtbot
        self.keys = 0

    @staticmethod
    def window():  # type: ignore[no-untyped-def]
        """The active window (an open completion list takes its keys from it, as Qt does
        for a popup under a window manager)."""
        _reactivate()
        active = QApplication.activeWindow()
        if active is not None and active.windowType() == Qt.WindowType.Popup:
            active = next((w for w in QApplication.topLevelWidgets() if w.isVisible()
                           and w.windowType() != Qt.WindowType.Popup and w.isActiveWindow()),
                          None)
        assert active is not None, "no window has the keyboard"
        return active.windowHandle()

    def _click(self, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
        window = self.window()
        self.qtbot.keyPress(window, key, modifier)
        self.qtbot.keyRelease(window, key, modifier)

    def press(self, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier,
              times: int = 1) -> None:
        for _ in range(times):
            self.keys += 1
            self._click(key, modifier)

    def tab(self, times: int = 1) -> None:
        self.press(Qt.Key.Key_Tab, times=times)

    def save(self) -> None:
        self.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    def text(self, text: str, *, counted: bool = False) -> None:
        """Free text (not counted); `counted` for a code such as a category's pinyin."""
        if text.isascii():
            for ch in text:
                self._click(ch)
            self.keys += len(text) if counted else 0
        else:  # committed by the input method, to whatever has the focus
            _reactivate()
            event = QInputMethodEvent("", [])
            event.setCommitString(text)
            target = QGuiApplication.focusObject()
            assert target is not None, "nothing has the keyboard focus"
            QApplication.sendEvent(target, event)


@pytest.fixture
def kb(qtbot) -> Keyboard:  # type: ignore[no-untyped-def]
    return Keyboard(qtbot)


def saved_by(qtbot, view: IntakeView, kb: Keyboard) -> int:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(view.saved, timeout=3000) as blocker:
        kb.save()
    return int(blocker.args[0])


def test_a_12345_transfer_takes_at_most_12_keys_beyond_its_text(qtbot, view, store, kb):
    kb.press(Qt.Key.Key_F2)
    kb.text("13700001234")
    kb.tab()
    kb.text("孙先生")
    kb.tab()
    kb.text("大通区洛河路8号")
    kb.tab(2)  # the district, filled from the address → the category
    kb.text("szss", counted=True)  # 市政设施: the disposition follows (转12345)
    kb.tab()
    kb.text("小区路灯不亮")
    kb.tab()  # the ticket field comes right after the summary
    kb.text("GD-20261129-0042")
    call_id = saved_by(qtbot, view, kb)

    assert kb.keys <= 12, kb.keys
    call = store.calls.call(call_id)
    assert call["disposition"] == "transfer_12345" and call["transfer_ref"] == "GD-20261129-0042"
    assert call["category_code"] == "municipal" and call["incomplete"] == ""
    assert call["summary"] == "小区路灯不亮" and call["jurisdiction_code"] == "340402"


def test_a_fraud_call_with_one_transfer_takes_fewer_keys(qtbot, view, store, kb):
    kb.text("13500006666")  # no F2: the first digit starts the call
    kb.tab()
    kb.text("李华")
    kb.tab()
    kb.text("谢家集区东风路3号")
    kb.tab(2)
    kb.text("sdflzp", counted=True)  # 刷单返利诈骗
    kb.tab()
    kb.text("网上刷单被骗")
    kb.tab()
    kb.text("6222020000001234")
    kb.tab()
    kb.text("工商银行")
    kb.tab()  # into the transfers: the first row starts by itself
    for n, cell in enumerate(("5000", "09:30", "6217000099998888", "赵某", "建设银行")):
        if n:
            kb.tab()
        kb.text(cell)
    call_id = saved_by(qtbot, view, kb)

    assert kb.keys <= 19, kb.keys  # it took 24 (F2 included) with the old tab order
    call = store.calls.call(call_id)
    assert call["category_code"] == "fraud_rebate" and call["incomplete"] == ""
    _, report = store.fraud.fraud_report(call_id)
    [transfer] = report.transfers
    assert transfer.amount_fen == 500_000 and transfer.to_bank == "建设银行"
    assert transfer.at == datetime(2026, 11, 29, 1, 30, tzinfo=UTC)


def test_tab_leaves_the_transfers_table_for_the_outcomes(qtbot, view, store, kb):
    fraud = view.form.fraud
    kb.text("13500006666")
    kb.tab(4)
    kb.text("dxwlzp")  # 电信网络诈骗
    kb.tab()
    kb.text("被骗")
    kb.tab(3)  # account, bank → the transfers
    assert fraud.model.rowCount() == 1
    kb.press(Qt.Key.Key_Backtab)  # back out of the first cell
    assert focused() is fraud.victim_bank
    kb.tab()
    kb.text("800")
    kb.tab(4)
    kb.text("建设银行")
    kb.tab()  # past the last cell: out of the table, no wrapping to the first row
    assert focused() is fraud.stop_payment
    kb.press(Qt.Key.Key_Space)
    kb.tab()
    assert focused() is fraud.accounts_frozen
    kb.text("2")
    kb.tab()
    assert focused() is fraud.money_recovered
    kb.text("800")
    kb.press(Qt.Key.Key_Backtab, times=2)
    assert focused() is fraud.stop_payment
    kb.press(Qt.Key.Key_Backtab)  # back into the table, at its last cell
    assert focused() in (fraud.table, *fraud.table.findChildren(QWidget))
    call_id = saved_by(qtbot, view, kb)

    _, report = store.fraud.fraud_report(call_id)
    assert report.stop_payment_requested and report.accounts_frozen == 2
    assert report.money_recovered_fen == 80_000
    assert [t.amount_fen for t in report.transfers] == [80_000]


def test_alt_and_a_digit_chooses_the_disposition_and_goes_to_its_field(qtbot, view, store, kb):
    kb.text("13600000000")
    kb.press(Qt.Key.Key_7, Qt.KeyboardModifier.AltModifier)  # 7 转12345
    assert view.form.disposition.currentData() == "transfer_12345"
    assert focused() is view.form.transfer_ref
    kb.press(Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)  # 3 咨询: its own category
    assert view.form.category.text() == "咨询"
    assert focused() is view.form.summary  # the ticket field went: on to the summary
    call_id = saved_by(qtbot, view, kb)

    assert kb.keys == 3
    call = store.calls.call(call_id)
    assert call["disposition"] == "inquiry" and call["category_code"] == "inquiry"
    assert call["incomplete"] == ""


def earlier_incident(store) -> int:  # type: ignore[no-untyped-def]
    """An accident reported from NUMBER (at another seat): open, a possible duplicate."""
    return store.calls.log_call(CallDraft(
        caller_number=NUMBER, address=ADDRESS, jurisdiction_code="340403",
        category_code="traffic_accident", summary="两车相撞", disposition="incident"),
        None).incident_id


def test_a_duplicate_marked_with_f3_and_enter_is_saved_complete(qtbot, view, store, clock, kb,
                                                                db_path):
    incident = store.incidents.incidents_by_id([earlier_incident(store)])[0]
    clock.advance(minutes=10)
    kb.text(NUMBER)
    qtbot.waitUntil(lambda: view.history.duplicates.rowCount() == 1, timeout=1000)
    kb.press(Qt.Key.Key_F3)
    kb.press(Qt.Key.Key_Return)
    assert focused() is view.form.summary
    kb.text("又一位群众报同一起事故")
    call_id = saved_by(qtbot, view, kb)
    assert kb.keys == 3
    assert not view.warnings.isVisible()

    store.incidents.advance(incident.id, "handled", None, result="已处理")
    store.incidents.advance(incident.id, "closed", None)
    with sqlite3.connect(db_path) as conn:
        row = conn.execute("SELECT incomplete, disposition, incident_id, category_code, address,"
                           " jurisdiction_code FROM calls WHERE id = ?", [call_id]).fetchone()
    conn.close()
    assert row == ("", "duplicate", incident.id, "traffic_accident", ADDRESS, "340403")
    assert [i for i in store.queues.queue_items(call_ids=[call_id])
            if i.kind.value == "incomplete_call"] == []


def test_a_registered_enterprise_at_the_address_ticks_the_flag(qtbot, view, store, kb):
    store.enterprises.register_enterprise(
        "淮南市某某机械有限公司", ADDRESS, "340403",
        bureau_leader="刘局", station_leader="陈所", officer="周警官")
    kb.text(NUMBER)
    kb.tab(2)
    kb.text(ADDRESS)
    kb.tab()  # leaving the address asks at once
    qtbot.waitUntil(lambda: view.history.enterprise_flag.isVisible(), timeout=1000)
    assert view.form.enterprise.isChecked()
    kb.tab()
    kb.text("dq")  # 盗窃: a theft at the premises
    kb.tab()
    assert focused() is view.form.summary
    kb.tab(4)  # disposition, priority, DV → the enterprise flag
    assert focused() is view.form.enterprise
    kb.press(Qt.Key.Key_Space)  # the call-taker clears it ...
    assert not view.form.enterprise.isChecked()
    asked = view.lookup.asked
    view.lookup.refresh()  # ... and a later answer does not tick it again
    qtbot.waitUntil(lambda: view.lookup.asked > asked and not view.ctx.ops.busy(), timeout=1000)
    assert not view.form.enterprise.isChecked()
    call_id = saved_by(qtbot, view, kb)  # ... nor does the store: a resident's call
    call = store.calls.call(call_id)
    assert call["is_enterprise"] == 0
    assert store.enterprises.pushes(call["incident_id"]) == []


def test_the_enterprise_flag_is_saved_ticked(qtbot, view, store, kb):
    store.enterprises.register_enterprise("淮南市某某机械有限公司", ADDRESS, "340403")
    kb.text(NUMBER)
    kb.tab(2)
    kb.text(ADDRESS)
    kb.tab()
    qtbot.waitUntil(lambda: view.form.enterprise.isChecked(), timeout=1000)
    call_id = saved_by(qtbot, view, kb)
    assert store.calls.call(call_id)["is_enterprise"] == 1


def test_the_last_calls_incomplete_warning_goes_when_the_next_call_starts(qtbot, view, kb):
    kb.text(NUMBER)
    saved_by(qtbot, view, kb)
    assert view.warnings.isVisible()
    kb.text("1")  # the next call, started by typing
    assert not view.warnings.isVisible()
    assert view.form.caller_number.text() == "1" and view.received_at is not None


def test_the_history_shows_at_the_eleventh_digit_without_a_pause(qtbot, ctx, store, clock,
                                                                 monkeypatch, kb):
    from console.ui.intake import lookup

    monkeypatch.setattr(lookup, "DEBOUNCE_MS", 60_000)  # only an immediate question answers
    _earlier(store, clock, caller_number=NUMBER)
    view = open_view(qtbot, ctx)
    kb.text(NUMBER[:-1])
    assert view.history.model.rowCount() == 0
    kb.text(NUMBER[-1])
    qtbot.waitUntil(lambda: view.history.model.rowCount() == 1, timeout=100)
    assert view.history.model.row_at(0).caller_number == NUMBER


def test_text_typed_in_the_history_goes_back_to_the_form(qtbot, view, store, clock, kb):
    earlier_incident(store)
    kb.text(NUMBER)
    qtbot.waitUntil(lambda: view.history.duplicates.rowCount() == 1, timeout=1000)
    kb.press(Qt.Key.Key_F3)
    assert focused() is view.history.duplicate_table
    kb.text("0")
    assert focused() is view.form.caller_number
    assert view.form.caller_number.text() == NUMBER + "0"


# ---- saving off the GUI thread --------------------------------------------------------------
def type_accident(kb: Keyboard, summary: str = "两车相撞，无人受伤") -> None:
    kb.text(NUMBER)
    kb.tab()
    kb.text("王芳")
    kb.tab()
    kb.text(ADDRESS)
    kb.tab(2)
    kb.text("jtsg")
    kb.tab()
    kb.text(summary)


def test_a_call_saved_while_another_process_holds_the_database_lands_after(
        qtbot, view, store, clock, kb, db_path):
    """The acceptance test: the write lock held by another process for 3 s."""
    type_accident(kb)
    qtbot.waitUntil(lambda: not view.ctx.ops.busy())  # the history has answered
    with write_lock_held(db_path, 3):
        watchdog = Watchdog()
        kb.save()
        assert view.saving and view.confirmation.text() == "Saving the call…"
        clock.advance(seconds=20)
        kb.text("139")  # the next caller, typed while the first call waits
        clock.advance(seconds=5)
        assert view.form.summary.toPlainText() == "两车相撞，无人受伤"  # what is being saved
        qtbot.waitUntil(lambda: "the database is busy" in view.confirmation.text(),
                        timeout=5000)
        with qtbot.waitSignal(view.saved, timeout=20000) as blocker:
            pass
        waited = watchdog.stop()
    assert waited >= 2000  # it really waited for the other process's lock
    assert watchdog.longest < 100, watchdog.longest  # ... and the window never froze
    conn = sqlite3.connect(db_path)
    try:
        number, summary = conn.execute(
            "SELECT i.number, c.summary FROM calls c JOIN incidents i ON i.id = c.incident_id"
            " WHERE c.id = ?", [blocker.args[0]]).fetchone()
    finally:
        conn.close()
    assert summary == "两车相撞，无人受伤"
    assert number in view.confirmation.text() and not view.saving
    # The keys typed meanwhile started the next call, timed from the first of them.
    assert view.form.caller_number.text() == "139"
    assert view.received_at == datetime(2026, 11, 29, 2, 0, 20, tzinfo=UTC)


@pytest.fixture
def gate(monkeypatch) -> Iterator[threading.Event]:  # type: ignore[no-untyped-def]
    """Saves wait (on the write lane) until the test opens the gate."""
    opened = threading.Event()
    log_call = CallsService.log_call

    def waiting(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        opened.wait(10)
        return log_call(self, *args, **kwargs)

    monkeypatch.setattr(CallsService, "log_call", waiting)
    yield opened
    opened.set()


def test_a_second_ctrl_enter_while_saving_saves_once_and_keeps_the_keys_typed_meanwhile(
        qtbot, view, store, clock, kb, gate, operator):
    kb.text(NUMBER)
    kb.press(Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)  # 3 咨询
    kb.save()
    kb.save()  # impatient: the save already given wins
    assert view.saving and not view.save_button.isEnabled()
    path = draft_path(store.path, operator.username)
    assert NUMBER in path.read_text(encoding="utf-8")  # kept until the save is confirmed
    clock.advance(seconds=10)
    kb.press(Qt.Key.Key_F2)  # the next call is answered ...
    kb.text("1390")  # ... and its number typed before the first call is confirmed
    kb.tab()
    kb.text("李")
    kb.press(Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)  # 4 投诉
    assert view.form.caller_number.text() == NUMBER  # the first call still on the form
    assert view.form.caller_name.text() == "" and view.form.disposition.currentData() == "inquiry"
    assert view.can_close() is False and "still being saved" in view.notice.text()
    gate.set()
    with qtbot.waitSignal(view.saved, timeout=5000):
        pass
    qtbot.waitUntil(lambda: not view.ctx.ops.busy())
    assert store.count("calls") == 1
    assert store.calls.call(view.last_saved.call_id)["disposition"] == "inquiry"
    assert view.form.caller_number.text() == "1390" and view.form.caller_name.text() == "李"
    assert view.form.disposition.currentData() == "complaint"
    assert view.received_at == datetime(2026, 11, 29, 2, 0, 10, tzinfo=UTC)
    assert view.save_button.isEnabled() and view.can_close()


def test_keys_typed_while_a_refused_save_runs_stay_in_the_same_call(qtbot, view, store, kb,
                                                                    gate):
    kb.text(NUMBER)
    kb.tab()
    paste(qtbot, "王\x07芳")
    kb.save()
    kb.text("女士")
    gate.set()
    qtbot.waitUntil(view.errors.isVisible)
    assert "Caller name contains invisible control characters" in view.errors.text()
    assert store.count("calls") == 0
    assert view.form.caller_name.text() == "王\x07芳女士"
    assert view.form.caller_number.text() == NUMBER


@pytest.mark.parametrize(("error", "said"), [
    (DatabaseBusyError, "the database stayed busy"),
    (CorruptDatabaseError, "the database file is damaged"),
    (ReadOnlyDatabaseError, "read-only file or folder"),
])
def test_a_save_the_database_cannot_take_keeps_the_text_and_says_why(
        qtbot, view, store, kb, monkeypatch, operator, error, said):
    from console.ui import ops

    monkeypatch.setattr(ops, "WRITE_PATIENCE_S", 0.0)  # a busy file: give up at once
    log_call = CallsService.log_call
    broken = [True]

    def failing(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        if broken[0]:
            raise error(self.path, "database is locked")
        return log_call(self, *args, **kwargs)

    monkeypatch.setattr(CallsService, "log_call", failing)
    bridged: list[str] = []
    view.ctx.ops.problem.connect(bridged.append)
    type_accident(kb)
    kb.save()
    qtbot.waitUntil(view.errors.isVisible)
    assert said in view.errors.text() and "Everything typed" in view.errors.text()
    assert "OperationalError" not in view.errors.text()
    assert bridged == []  # said on the form, no message box
    assert view.form.summary.toPlainText() == "两车相撞，无人受伤"
    assert view.form.caller_number.text() == NUMBER and view.received_at is not None
    path = draft_path(store.path, operator.username)
    assert "两车相撞" in path.read_text(encoding="utf-8")
    assert not view.confirmation.isVisible()

    broken[0] = False  # the database is back: Ctrl+Enter again
    call_id = saved_by(qtbot, view, kb)
    assert store.calls.call(call_id)["summary"] == "两车相撞，无人受伤"


def test_a_save_into_a_full_disk_keeps_the_text_and_says_so_in_chinese(qtbot, ctx, store, kb):
    """The write lane's own connection is told its file may not grow, as a full disk would."""
    translator = QTranslator()
    assert translator.load("intake_zh_CN", str(resources_dir() / "translations"))
    QCoreApplication.installTranslator(translator)
    try:
        view = open_view(qtbot, ctx)
        summary = "甲" * 1500  # longer than a page: the file must grow to take it
        type_accident(kb, summary)
        limits: list[int] = []

        def limit(pages: int | None):  # type: ignore[no-untyped-def]
            def work(s: Store) -> int:
                count = pages or s.conn.execute("PRAGMA page_count").fetchone()[0]
                return int(s.conn.execute(f"PRAGMA max_page_count = {count}").fetchone()[0])
            return work

        ctx.ops.write(limit(None), success=limits.append)
        qtbot.waitUntil(lambda: bool(limits))
        kb.save()
        qtbot.waitUntil(view.errors.isVisible)
        assert "磁盘已满" in view.errors.text() and "已填写的内容全部保留" in view.errors.text()
        assert store.count("calls") == 0
        assert view.form.summary.toPlainText() == summary
        assert view.form.caller_number.text() == NUMBER

        ctx.ops.write(limit(1_073_741_823), success=limits.append)  # space freed
        qtbot.waitUntil(lambda: len(limits) == 2)
        call_id = saved_by(qtbot, view, kb)
        assert store.calls.call(call_id)["summary"] == summary
        assert not view.errors.isVisible()
    finally:
        QCoreApplication.removeTranslator(translator)


# ---- after login: the console puts the cursor in the form ----------------------------------
class StandInBoard(QWidget):
    """Another view to switch to (the board itself is tested in its own area)."""

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None):
        super().__init__(parent)
        QVBoxLayout(self).addWidget(QLineEdit(objectName="boardFilter"))


@pytest.fixture
def shell(monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    """The console as the operator starts it: its own settings, intake and a board."""
    from console.ui.shell import views

    monkeypatch.setattr(views, "VIEWS", (
        views.ViewSpec("intake", "Ctrl+1", "console.ui.intake:IntakeView"),
        views.ViewSpec("board", "Ctrl+2", f"{__name__}:StandInBoard"),
    ))
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield
    QSettings().clear()


def log_in(qtbot, kb: Keyboard, db_path, clock):  # type: ignore[no-untyped-def]
    """Start the console on the database and log in by keys, as `run_gui` does."""
    from console.ui.shell import LoginDialog, MainWindow

    store = Store.open(db_path, clock=clock)
    dialog = LoginDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    if not dialog.username.text():  # the seat remembers the last operator
        kb.text("ct01")
        kb.tab()
    kb.text("secret-110")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        kb.press(Qt.Key.Key_Return)
    window = MainWindow(store, dialog.operator, "zh_CN")
    window.show()
    window.raise_()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return store, window


def test_after_login_a_typed_number_lands_in_the_caller_field(qtbot, shell, kb, db_path, clock,
                                                               operator):
    _store, window = log_in(qtbot, kb, db_path, clock)
    try:
        intake = window.views["intake"]
        kb.text(NUMBER)  # no F2: "press F2 or start typing"
        assert intake.form.caller_number.text() == NUMBER
        assert intake.received_at == clock.now()
        kb.press(Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # to the board ...
        assert window.current_view() == "board"
        kb.text("x")
        kb.press(Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # ... and back
        kb.text("2")
        assert intake.form.caller_number.text() == NUMBER + "2"
    finally:
        window.close()


def test_ctrl_1_after_login_then_typing_starts_the_call(qtbot, shell, kb, db_path, clock,
                                                        operator):
    QSettings().setValue("shell/last_view", "board")  # the console opens on the board
    _store, window = log_in(qtbot, kb, db_path, clock)
    try:
        assert window.current_view() == "board"
        kb.press(Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
        kb.text("13912345678")
        assert window.views["intake"].form.caller_number.text() == "13912345678"
        assert window.views["intake"].received_at is not None
    finally:
        window.close()


def test_a_draft_restored_after_a_crash_is_saved_with_ctrl_enter_alone(qtbot, shell, kb,
                                                                       db_path, clock, operator):
    store, window = log_in(qtbot, kb, db_path, clock)
    intake = window.views["intake"]
    kb.text(NUMBER)
    kb.tab()
    kb.text("王芳")
    kb.tab()
    kb.text(ADDRESS)
    kb.tab(2)
    kb.text("jtsg")
    kb.tab()
    kb.text("两车相撞，无人受伤")
    path = draft_path(db_path, operator.username)
    qtbot.waitUntil(lambda: path.exists() and "两车相撞" in path.read_text(encoding="utf-8"))
    qtbot.waitUntil(lambda: not window.ctx.ops.busy())  # no look-up runs Python meanwhile
    shiboken6.delete(window)  # killed: no close, no can_close, no save
    store.close()

    clock.advance(minutes=3)
    kb.keys = 0
    store, window = log_in(qtbot, kb, db_path, clock)  # started again: only the password
    try:
        intake = window.views["intake"]
        assert "Restored draft" in intake.notice.text()
        with qtbot.waitSignal(intake.saved, timeout=3000) as blocker:
            kb.save()
        assert kb.keys == 2  # Enter at the login, then Ctrl+Enter
        call = store.calls.call(int(blocker.args[0]))
        assert call["caller_number"] == NUMBER and call["address"] == ADDRESS
        assert call["category_code"] == "traffic_accident" and call["incomplete"] == ""
        assert call["summary"] == "两车相撞，无人受伤"
        assert call["received_at"] == "2026-11-29T02:00:00.000Z"
        assert not path.exists()
    finally:
        window.close()


def test_closing_the_console_mid_call_asks_the_history_nothing_more(qtbot, shell, kb, db_path,
                                                                    clock, operator):
    """Leaving the number field as the window closes is no question: a look-up started
    then would outlive the window (and hold up its closing)."""
    _store, window = log_in(qtbot, kb, db_path, clock)
    intake = window.views["intake"]
    kb.text("1380000")
    asked = intake.lookup.asked
    kb.press(Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()
    assert intake.lookup.asked == asked and not intake.lookup.waiting
    assert not window.ctx.ops.busy()
