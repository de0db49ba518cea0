"""The DV desk's follow-ups and protection orders in the queue views: the supervisor sees an
overdue follow-up, the desk records one from its form by keyboard, and an order entering
its notice period sounds the queue's alert."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from console.domain.calls import CallDraft
from console.domain.clock import FixedClock, local_day
from console.domain.lifecycle import Stage
from console.store import Store
from console.store.records import Operator
from console.ui.changes import ChangeWatcher
from console.ui.dv_desk import DvDeskView
from console.ui.queues import ItemDialog
from console.ui.queues.model import ACTION, LEVEL
from tests.ui.test_queues import (
    CTRL,
    focused,
    log_in,
    make_view,
    modal,
    open_queues,
    press,
    rows,
    type_text,
)


@pytest.fixture
def watcher(store: Store) -> Iterator[ChangeWatcher]:
    w = ChangeWatcher(store, interval_ms=50)
    yield w
    w.stop()


@pytest.fixture
def desk(store: Store) -> Operator:
    return store.accounts.add_operator("fjb01", "王芳", "dv_desk", "secret-110")


@pytest.fixture
def incident(store: Store, operator: Operator, desk: Operator) -> int:
    """A DV incident taken, assessed red (a follow-up weekly) and closed."""
    saved = store.calls.log_call(CallDraft(
        category_code="dv_threat", address="洞山中路1号", caller_number="13955501234",
        caller_name="刘晓梅", summary="丈夫殴打"), operator.id)
    assert saved.incident_id is not None
    iid = saved.incident_id
    store.dv.take(iid, desk.id)
    store.dv.assess(iid, ["strangulation"], operator_id=desk.id)
    store.incidents.advance(iid, Stage.HANDLED, desk.id, result="已告诫")
    store.incidents.advance(iid, Stage.CLOSED, desk.id, closure="resolved")
    return iid


def down_to(qtbot, view, key: str) -> None:  # type: ignore[no-untyped-def]
    """Down the queue by the arrow key to the item, as the desk would."""
    for _ in range(view.model.rowCount()):
        current = view.page.current_item()
        if current is not None and current.key == key:
            break
        press(qtbot, Qt.Key.Key_Down)
    assert view.page.current_item().key == key


def test_an_overdue_follow_up_reaches_the_supervisors_queue(  # type: ignore[no-untyped-def]
        qtbot, qtmodeltester, store: Store, incident: int, supervisor: Operator,
        watcher: ChangeWatcher, clock: FixedClock) -> None:
    key = f"dv_followup:{incident}"
    clock.advance(days=7, minutes=10)  # the weekly follow-up missed by ten minutes
    view = make_view(qtbot, store, supervisor, watcher)
    assert view.page.queue() == "supervisor" and key not in rows(view)
    view.page.escalate_now()
    qtbot.waitUntil(lambda: key in rows(view), timeout=3000)
    row = rows(view)[key]
    assert view.model.index(row, LEVEL).data() == "Supervisor"
    assert view.model.index(row, ACTION).data() == "Visit or call the household (查访), red tier"
    qtmodeltester.check(view.model)


def test_the_desk_records_a_follow_up_from_its_queue_by_keyboard(  # type: ignore[no-untyped-def]
        qtbot, store: Store, incident: int, clock: FixedClock) -> None:
    key = f"dv_followup:{incident}"
    clock.advance(days=6, hours=2)  # due within the day: the desk's
    view = open_queues(qtbot, log_in(qtbot, store, "fjb01"))
    assert view.page.queue() == "dv" and key in rows(view)
    assert focused() is view.page.table
    down_to(qtbot, view, key)  # the follow-up
    press(qtbot, Qt.Key.Key_Return)
    dialog = modal(qtbot, ItemDialog)
    qtbot.waitUntil(lambda: focused() is dialog.choice)  # visit or call
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.text
    type_text(qtbot, "ok")
    with qtbot.waitSignal(dialog.accepted):
        press(qtbot, Qt.Key.Key_Return, CTRL)
    kind, note = store.conn.execute("SELECT kind, note FROM dv_visits WHERE incident_id = ?",
                                    [incident]).fetchone()
    assert (kind, note) == ("call", "ok")
    qtbot.waitUntil(lambda: key not in rows(view), timeout=3000)  # the next one a week off


def test_an_order_entering_its_notice_sounds_the_queue_alert(  # type: ignore[no-untyped-def]
        qtbot, store: Store, incident: int, desk: Operator, watcher: ChangeWatcher,
        clock: FixedClock) -> None:
    order = store.dv.apply_order(incident, True, operator_id=desk.id)
    store.dv.decide_order(order.id, "granted", local_day(store.now(), store.tz)
                          + timedelta(days=10), operator_id=desk.id)
    view = make_view(qtbot, store, desk, watcher)
    key = f"dv_order:{order.id}"
    assert key not in rows(view) and not view.page.banner.isVisibleTo(view.page)
    clock.advance(days=4)  # the last week of the order: no write tells any seat
    view.page.refresh_timed()
    qtbot.waitUntil(lambda: key in rows(view), timeout=3000)
    assert view.page.banner.isVisibleTo(view.page)
    assert "Protection order ends soon" in view.page.banner.text()


def test_enter_on_an_order_item_opens_the_incident_on_the_desks_page(  # type: ignore[no-untyped-def]
        qtbot, store: Store, incident: int, desk: Operator, clock: FixedClock) -> None:
    """The ruling is recorded with O on the DV desk's page, so the item goes there, even
    for an incident closed long ago that the desk's list would not show otherwise."""
    order = store.dv.apply_order(incident, True, "田家庵区人民法院", operator_id=desk.id)
    clock.advance(hours=25)  # the court's 24 hours passed
    key = f"dv_order:{order.id}"
    newer = store.calls.log_call(CallDraft(  # not yet taken: first on the desk's list
        category_code="dv_threat", address="舜耕中路8号", caller_number="13955507777",
        summary="前夫上门威胁"), desk.id).incident_id
    assert newer is not None
    window = log_in(qtbot, store, "fjb01")
    view = open_queues(qtbot, window)
    assert key in rows(view)
    down_to(qtbot, view, key)
    press(qtbot, Qt.Key.Key_Return)
    assert window.current_view() == "desk_dv"
    desk_view = window.views["desk_dv"]
    assert isinstance(desk_view, DvDeskView)
    qtbot.waitUntil(lambda: desk_view.current_incident() is not None
                    and desk_view.current_incident().incident_id == incident)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: desk_view.page_of == incident)
    assert focused() is desk_view.table
    number = view.page.current_item().incident_number  # type: ignore[union-attr]
    assert desk_view.page.text().startswith(f"Incident {number}\n")  # its page
    assert "protection order applied for" in desk_view.page.text()
