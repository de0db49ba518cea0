"""An enterprise incident walked through its whole loop on the desk's queue, by keyboard
after a real login: an overdue push risen to the supervisor with a moved clock, three
acknowledgements, feedback, handled, the store refusing to close before the callback,
挂牌督办 resolved, the callback, closed — checked in the database and on the queue."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox

from console.domain import credit_code
from console.domain.calls import CallDraft
from console.domain.clock import FixedClock
from console.domain.enterprises import EnterpriseDraft
from console.domain.lifecycle import Stage
from console.store import Store
from console.store.records import Operator
from console.ui.changes import ChangeWatcher
from console.ui.context import ViewContext
from console.ui.enterprise_desk import EnterpriseDeskView
from console.ui.enterprise_desk.action_dialog import LoopActionDialog
from console.ui.enterprise_desk.queue_model import LEVEL, NEXT, DeskQueueModel
from tests.ui.test_enterprise_desk import closed, focused, log_in, modal, press, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
ADDRESS = "田家庵区洞山路18号"


def setup_incident(store: Store, supervisor: Operator) -> int:
    first17 = "91340400MA0000018"
    store.actor = None
    store.registry.add(EnterpriseDraft(
        name="淮南市明达化工有限公司", credit_code=first17 + credit_code.check_digit(first17),
        address=ADDRESS, jurisdiction_code="340402", bureau_leader="王建国",
        bureau_leader_phone="13905540001", station_leader="刘海",
        station_leader_phone="13905540002", officer="陈亮", officer_phone="13905540003"))
    store.actor = supervisor
    saved = store.calls.log_call(CallDraft(
        address=ADDRESS, jurisdiction_code="340402", category_code="enterprise_security",
        disposition="incident", summary="厂区有人盗窃电缆"), supervisor.id)
    store.actor = None
    assert saved.incident_id is not None
    return saved.incident_id


def cell(view: EnterpriseDeskView, column: int) -> str:
    return str(view.queue.model.index(0, column).data())


def dialog_step(qtbot, view: EnterpriseDeskView, key: Qt.Key,  # type: ignore[no-untyped-def]
                fields: list[str]) -> None:
    """Open a step's form by its key, fill its fields in order (a choice by its first
    letters, '' keeps the default), save with Ctrl+Enter."""
    qtbot.waitUntil(view.queue.is_settled)
    press(qtbot, key)
    modal(qtbot, LoopActionDialog)
    for n, value in enumerate(fields):
        if value:
            if isinstance(focused(), QComboBox):
                qtbot.keyClicks(focused(), value)
            else:
                type_text(qtbot, value)
        if n < len(fields) - 1:
            press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Return, CTRL)
    closed(qtbot, view)


def test_model_passes_the_model_tester(qtmodeltester, store: Store,  # type: ignore[no-untyped-def]
                                       supervisor: Operator) -> None:
    setup_incident(store, supervisor)
    model = DeskQueueModel(store.tz)
    model.set_rows(store.enterprises.desk_queue())
    qtmodeltester.check(model)


def test_whole_loop_by_keyboard(qtbot, store: Store, supervisor: Operator,  # type: ignore[no-untyped-def]
                                clock: FixedClock) -> None:
    iid = setup_incident(store, supervisor)
    clock.advance(seconds=601)  # the pushes' deadline passes unacknowledged
    store.escalation.escalate_due()

    window = log_in(qtbot, store, "sv01")
    press(qtbot, Qt.Key.Key_3, CTRL)
    view = window.views["desk_enterprise"]
    assert isinstance(view, EnterpriseDeskView)
    qtbot.waitUntil(lambda: view.queue.table.hasFocus() and view.queue.model.rowCount() == 1)
    assert cell(view, LEVEL) == "Supervisor"  # risen from the desk's queue
    assert cell(view, NEXT) == "Acknowledged by bureau leader"
    qtbot.waitUntil(lambda: "王建国" in view.queue.loop.toPlainText())

    for _ in range(3):
        qtbot.waitUntil(view.queue.is_settled)
        press(qtbot, Qt.Key.Key_A)
        qtbot.waitUntil(lambda: "Acknowledged by" in view.queue.message.text())
        view.queue.message.clear()
    qtbot.waitUntil(lambda: all(p["acked_at"] for p in store.enterprises.pushes(iid)))
    qtbot.waitUntil(lambda: cell(view, NEXT) == "Feedback")

    dialog_step(qtbot, view, Qt.Key.Key_F, ["", "民警已到厂区，嫌疑人已控制"])
    feedback = [p for p in store.enterprises.pushes(iid) if p["feedback_at"]]
    assert [(p["person"], p["feedback"]) for p in feedback] == [
        ("王建国", "民警已到厂区，嫌疑人已控制")]

    dialog_step(qtbot, view, Qt.Key.Key_H, ["嫌疑人已移交派出所"])
    assert store.incidents.incident(iid).stage == Stage.HANDLED.value  # type: ignore[union-attr]

    qtbot.waitUntil(view.queue.is_settled)
    press(qtbot, Qt.Key.Key_K)  # closing before the callback: the store refuses
    qtbot.waitUntil(lambda: "only after its callback" in view.queue.message.text())
    assert store.incidents.incident(iid).stage == Stage.HANDLED.value  # type: ignore[union-attr]

    dialog_step(qtbot, view, Qt.Key.Key_S, ["李副局长", "企业要求追回被盗电缆，现场未能解决"])
    qtbot.waitUntil(lambda: cell(view, NEXT) == "Supervision resolved")
    assert cell(view, LEVEL) == "Bureau leadership"
    dialog_step(qtbot, view, Qt.Key.Key_V, ["电缆已追回，企业确认"])
    qtbot.waitUntil(lambda: store.enterprises.open_supervision(iid) is None)

    dialog_step(qtbot, view, Qt.Key.Key_B, ["", "企业表示满意"])  # the first outcome: 满意
    callbacks = store.callbacks.callbacks_of(iid)
    assert [(c["rating"], c["remarks"]) for c in callbacks] == [("satisfied", "企业表示满意")]
    qtbot.waitUntil(lambda: cell(view, NEXT) == "Closed")

    qtbot.waitUntil(view.queue.is_settled)
    press(qtbot, Qt.Key.Key_K)
    qtbot.waitUntil(lambda: store.incidents.incident(iid).stage  # type: ignore[union-attr]
                    == Stage.CLOSED.value)
    loop = store.enterprises.loop(iid)
    assert all(s.done for s in loop)
    assert [s.code for s in loop][-4:] == ["callback", "closed", "escalated", "resolved"]
    qtbot.waitUntil(lambda: view.queue.model.rowCount() == 0)  # nothing left to do


def test_desk_view_on_its_own(qtbot, store: Store, supervisor: Operator) -> None:  # type: ignore[no-untyped-def]
    setup_incident(store, supervisor)
    watcher = ChangeWatcher(store, interval_ms=50)
    view = EnterpriseDeskView(ViewContext(store, supervisor, "zh_CN", watcher))
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.queue.model.rowCount() == 1)
    assert QApplication.instance() is not None
    watcher.stop()
