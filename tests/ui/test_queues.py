"""The queue views on a real database: live items, escalation, forms, clear-to-zero, handover."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from console.domain.addresses import address_key
from console.domain.calls import CallDraft
from console.domain.clock import FixedClock
from console.domain.lifecycle import Stage
from console.domain.queues import Kind, Level
from console.store import Store
from console.store.records import Operator
from console.ui.changes import ChangeWatcher
from console.ui.context import ViewContext
from console.ui.queues import ClearToZeroView, HandoverDialog, ItemDialog, QueuesView
from console.ui.queues.model import DEADLINE, LEVEL, OWNER, StateRole


def log_incident(store: Store, operator: Operator, **overrides: object) -> int:
    values: dict[str, object] = dict(
        caller_number="13900000001", address="田家庵区朝阳路1号", jurisdiction_code="340403",
        category_code="theft", priority=1, summary="电动车被盗", disposition="incident")
    values.update(overrides)
    saved = store.log_call(CallDraft(**values), operator.id)  # type: ignore[arg-type]
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
    store.log_call(CallDraft(caller_number="13900000009", disposition="silent",
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
        other.dispatch(iid, ["DS01"], operator.id)
        # Once dispatched the item becomes a follow-up of the dispatch desk.
        qtbot.waitUntil(lambda: f"follow_up:{iid}:arrival" in rows(view), timeout=3000)
        assert f"dispatch:{iid}" not in rows(view)
        silent = other.log_call(CallDraft(caller_number="13900000008", disposition="silent",
                                     category_code="silent"),
                                operator.id)
        key = f"silent_callback:{silent.call_id}"
        qtbot.waitUntil(lambda: key in rows(view), timeout=3000)
        other.record_call_back(silent.call_id, "reached", "", operator.id)
        qtbot.waitUntil(lambda: key not in rows(view), timeout=3000)
    assert resets == []


def test_enter_on_a_push_opens_its_form_and_acknowledges(  # type: ignore[no-untyped-def]
        qtbot, store: Store, operator: Operator, watcher: ChangeWatcher) -> None:
    with store.write() as conn:
        conn.execute(
            "INSERT INTO enterprises (name, address, address_key, bureau_leader, station_leader,"
            " officer, created_at) VALUES ('淮南市某某化工有限公司', '大通区工业路3号', ?,"
            " '王局', '赵所', '钱警官', ?)", [address_key("大通区工业路3号"), store.now_text()])
    iid = log_incident(store, operator, address="大通区工业路3号", jurisdiction_code="340402",
                       category_code="enterprise_security", priority=2)
    desk = store.add_operator("hq01", "孙丽", "enterprise_desk", "secret-110")
    view = make_view(qtbot, store, desk, watcher)
    assert view.page.queue() == "enterprise"
    assert view.count() == 3
    first = view.model.row_at(0)
    assert first.kind is Kind.PUSH_ACK
    view.page.table.setFocus()
    view.page.table.setCurrentIndex(view.model.index(0, 0))
    qtbot.keyClick(view.page.table, Qt.Key.Key_Return)
    dialog = view.page.current_dialog
    assert isinstance(dialog, ItemDialog) and dialog.item.key == first.key
    qtbot.addWidget(dialog)
    assert dialog.submit()
    qtbot.waitUntil(lambda: first.key not in rows(view), timeout=3000)
    assert view.count() == 2
    assert any(e.kind == "push_ack" for e in store.timeline(iid))


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
    store.escalate_incident(iid, "群众多次投诉", operator.id, level="supervisor")
    view = make_view(qtbot, store, supervisor, watcher)
    item = next(view.model.row_at(r) for r in range(view.count())
                if view.model.row_at(r).kind is Kind.ESCALATION)
    assert item.base_level is Level.SUPERVISOR
    dialog = ItemDialog(view.page._ctx, item)
    qtbot.addWidget(dialog)
    dialog.text.setPlainText("   ")
    assert not dialog.submit()
    assert dialog.message.text() == "Please fill in the text before saving."
    dialog.text.setPlainText("已协调派出所处理" + "\x07")
    assert not dialog.submit()
    assert dialog.text.toPlainText() == "已协调派出所处理\x07"
    dialog.text.setPlainText("已协调派出所处理")
    assert dialog.submit()


def test_callback_form_records_a_rating(qtbot, store: Store, operator: Operator,  # type: ignore[no-untyped-def]
                                        watcher: ChangeWatcher) -> None:
    iid = log_incident(store, operator, category_code="domestic_violence")
    store.advance(iid, Stage.HANDLED, operator.id)
    store.advance(iid, Stage.CLOSED, operator.id)
    dv = store.add_operator("fjb01", "周敏", "dv_desk", "secret-110")
    view = make_view(qtbot, store, dv, watcher)
    item = view.model.row_at(0)
    assert item.kind is Kind.CALLBACK
    dialog = ItemDialog(view.page._ctx, item)
    qtbot.addWidget(dialog)
    dialog.choice.setCurrentIndex(dialog.choice.findData("dissatisfied"))
    dialog.text.setPlainText("出警慢")
    assert dialog.submit()
    assert store.callbacks_of(iid)[0]["rating"] == "dissatisfied"
    assert store.incident(iid).stage == "called_back"


def test_clear_to_zero_view_lists_earlier_open_and_cleared_days(  # type: ignore[no-untyped-def]
        qtbot, store: Store, operator: Operator, supervisor: Operator, watcher: ChangeWatcher,
        clock: FixedClock) -> None:
    old = log_incident(store, operator, received_at=clock.now() - timedelta(days=1))
    done = log_incident(store, operator, received_at=clock.now() - timedelta(days=2))
    store.advance(done, Stage.CANCELLED, operator.id)
    log_incident(store, operator)
    view = ClearToZeroView(ViewContext(store, supervisor, "en", watcher))
    qtbot.addWidget(view)
    qtbot.waitUntil(view.is_loaded)
    assert view.model.rowCount() == 1
    number = store.incident(old).number
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
    assert not view.assign_selected(operator.id)  # nothing selected
    assert view.message.text() == "Select an incident first."
    assert view.select_incident(old)
    assert view.assign_selected(operator.id)
    qtbot.waitUntil(lambda: view.model.index(0, 5).data() == "张明", timeout=3000)
    assert view.escalate_selected("超过一天未处结")
    qtbot.waitUntil(lambda: view.model.index(0, 7).data() == "Bureau leadership", timeout=3000)
    assert view.annotate_selected("已电话督促派出所")
    kinds = [e.kind for e in store.timeline(old)]
    assert {"owner", "escalate", "note"} <= set(kinds)

    store.advance(old, Stage.CANCELLED, supervisor.id)
    view.reload()
    qtbot.waitUntil(lambda: view.model.index(0, 4).data() == "open escalation", timeout=3000)
    escalation = store.conn.execute("SELECT id FROM escalations WHERE incident_id = ?",
                                    [old]).fetchone()[0]
    store.resolve_escalation(escalation, "局领导已督办", supervisor.id)
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
    store.escalate_due()
    log_incident(store, operator, priority=3, summary="噪音")
    dialog = HandoverDialog(ViewContext(store, operator, "en", watcher), "dispatch")
    qtbot.addWidget(dialog)
    html = dialog.document().toPlainText()
    assert "Shift handover note — Dispatch desk" in html
    assert "Overdue and escalated (0)" in html  # the escalated one went to the supervisor
    assert "Open (1)" in html
    dialog.remarks.setPlainText("DS01 电台故障，已报修")
    assert dialog.save_remarks()
    assert store.handover("dispatch").remarks == "DS01 电台故障，已报修"
    assert "DS01 电台故障，已报修" in dialog.document().toPlainText()
    pdf = dialog.export_pdf(tmp_path / "handover.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")

    sup = HandoverDialog(ViewContext(store, operator, "en", watcher), "supervisor")
    qtbot.addWidget(sup)
    text = sup.document().toPlainText()
    assert "Overdue and escalated (1)" in text
    assert store.incident(iid).number in text


def test_item_form_by_keyboard_tab_and_ctrl_enter(qtbot, store: Store, operator: Operator,  # type: ignore[no-untyped-def]
                                                  watcher: ChangeWatcher) -> None:
    from PySide6.QtCore import Qt

    iid = log_incident(store, operator, category_code="domestic_violence")
    store.advance(iid, Stage.HANDLED, operator.id)
    store.advance(iid, Stage.CLOSED, operator.id)
    dv = store.add_operator("fjb02", "周敏", "dv_desk", "secret-110")
    view = make_view(qtbot, store, dv, watcher)
    dialog = ItemDialog(view.page._ctx, view.model.row_at(0))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.text.setFocus()
    qtbot.keyClicks(dialog.text, "ok")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Tab)
    assert dialog.text.toPlainText() == "ok"  # Tab moved on, it typed no tab
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert store.callbacks_of(iid)[0]["remarks"] == "ok"
