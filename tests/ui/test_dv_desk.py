"""The DV desk's page after a real login, driven by keys: a DV call logged at another seat
reaches the desk's list at once, Enter takes it (签收), A assesses its risk from the
checklist in db/reference/dv_risk.toml and the tier shows in the list."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from console.domain.access import NotPermitted
from console.domain.calls import CallDraft
from console.domain.clock import FixedClock
from console.domain.dv.cases import CaseDetails
from console.domain.dv.safety import SafetyAnswers
from console.domain.dv.warnings import WarningDraft
from console.store import Store
from console.store.records import Operator
from console.ui.dv_desk import DvDeskView
from console.ui.dv_desk.access import AccessDialog
from console.ui.dv_desk.assess import AssessDialog
from console.ui.dv_desk.case import CaseDialog
from console.ui.dv_desk.measures import FollowUpDialog, OrderDialog
from console.ui.dv_desk.model import COL_FOLLOWUP, COL_SAFE, COL_TAKEN, COL_TIER
from console.ui.dv_desk.warning import WarningDialog
from tests.ui.test_queues import (
    closed,
    focused,
    log_in,
    modal,
    press,
    type_text,
)

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def desk(store: Store) -> Operator:
    return store.accounts.add_operator("fjb01", "王芳", "dv_desk", "secret-110")


@pytest.fixture
def other_seat(db_path: Path, clock: FixedClock, operator: Operator) -> Iterator[Store]:
    """A call-taker's seat on the same file."""
    seat = Store.open(db_path, clock=clock)
    seat.actor = operator
    yield seat
    seat.close()


def open_desk(qtbot, store: Store) -> DvDeskView:  # type: ignore[no-untyped-def]
    window = log_in(qtbot, store, "fjb01")
    press(qtbot, Qt.Key.Key_4, CTRL)
    assert window.current_view() == "desk_dv"
    view = window.views["desk_dv"]
    assert isinstance(view, DvDeskView)
    qtbot.waitUntil(lambda: view.loaded)
    return view


def _text(view: DvDeskView, row: int, col: int) -> str:
    return str(view.model.index(row, col).data())


def test_a_dv_call_reaches_the_desk_at_once_is_taken_and_assessed(
        qtbot, store: Store, desk: Operator, operator: Operator,  # type: ignore[no-untyped-def]
        other_seat: Store) -> None:
    view = open_desk(qtbot, store)
    assert view.model.rowCount() == 0
    saved = other_seat.calls.log_call(
        CallDraft(caller_number="13900001234", caller_name="刘女士",
                  address="田家庵区淮舜南路8号", category_code="dv_injury",
                  jurisdiction_code="340402", summary="丈夫酒后殴打"),
        operator.id, dv_safety=SafetyAnswers("no", "yes"))
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=5000)
    assert _text(view, 0, COL_TAKEN) == "To take (Enter)"
    assert _text(view, 0, COL_SAFE) == "no / yes"
    assert "1 to take" in view.counts.text()
    qtbot.waitUntil(lambda: "13900001234" in view.page.text())  # the desk reads the caller

    assert focused() is view.table
    press(qtbot, Qt.Key.Key_Return)  # 签收
    qtbot.waitUntil(lambda: _text(view, 0, COL_TAKEN) == "王芳", timeout=5000)
    assert not [i for i in store.queues.queue_items() if i.kind == "dv_take"]

    press(qtbot, Qt.Key.Key_A)
    dialog = modal(qtbot, AssessDialog)
    assert focused() is dialog.list
    for _ in range(3):  # injury, very frightened, afraid of further violence: 3 of 24
        press(qtbot, Qt.Key.Key_Space)
        press(qtbot, Qt.Key.Key_Down)
    assert dialog.yes() == ["injury", "very_frightened", "fears_violence"]
    assert "Blue" in dialog.result.text()
    press(qtbot, Qt.Key.Key_Return, CTRL)
    closed(qtbot, view)
    qtbot.waitUntil(lambda: _text(view, 0, COL_TIER) == "Blue", timeout=5000)
    [stored] = store.dv.assessments(saved.incident_id)  # type: ignore[arg-type]
    assert (stored.assessment.score, stored.assessment.colour) == (3, "blue")


def test_strangulation_alone_makes_the_tier_red(
        qtbot, store: Store, desk: Operator, operator: Operator,  # type: ignore[no-untyped-def]
        other_seat: Store) -> None:
    other_seat.calls.log_call(CallDraft(category_code="dv_threat", address="洞山中路1号"),
                              operator.id)
    view = open_desk(qtbot, store)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    press(qtbot, Qt.Key.Key_A)
    dialog = modal(qtbot, AssessDialog)
    strangulation = [q.code for q in dialog.checklist.questions].index("strangulation")
    for _ in range(strangulation):
        press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Space)
    assert "Red" in dialog.result.text() and "critical" in dialog.result.text()
    press(qtbot, Qt.Key.Key_Return, CTRL)
    closed(qtbot, view)
    qtbot.waitUntil(lambda: _text(view, 0, COL_TIER) == "Red", timeout=5000)


def test_models_pass_the_model_tester(qtbot, qtmodeltester, store: Store,  # type: ignore[no-untyped-def]
                                      desk: Operator, operator: Operator,
                                      other_seat: Store) -> None:
    other_seat.calls.log_call(CallDraft(category_code="dv_threat"), operator.id)
    view = open_desk(qtbot, store)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    qtmodeltester.check(view.model)
    press(qtbot, Qt.Key.Key_A)
    dialog = modal(qtbot, AssessDialog)
    qtmodeltester.check(dialog.questions)
    press(qtbot, Qt.Key.Key_Escape)
    closed(qtbot, view)
    assert QApplication.activeModalWidget() is None


def test_a_warning_is_issued_and_served_by_keys(
        qtbot, store: Store, desk: Operator, operator: Operator,  # type: ignore[no-untyped-def]
        other_seat: Store) -> None:
    saved = other_seat.calls.log_call(
        CallDraft(category_code="dv_injury", address="田家庵区淮舜南路8号",
                  summary="丈夫酒后殴打妻子"), operator.id)
    view = open_desk(qtbot, store)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    press(qtbot, Qt.Key.Key_W)
    dialog = modal(qtbot, WarningDialog)
    assert focused() is dialog.abuser
    press(qtbot, Qt.Key.Key_Return, CTRL)  # nothing typed: refused, said, nothing issued
    qtbot.waitUntil(lambda: dialog.errors.isVisible())
    assert "Abuser: required" in dialog.errors.text()
    assert focused() is dialog.abuser
    type_text(qtbot, "张某某")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "李某某")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)  # relationship: spouse, as offered
    assert dialog.facts.toPlainText() == "丈夫酒后殴打妻子"  # the call's account, to edit
    press(qtbot, Qt.Key.Key_Return, CTRL)
    closed(qtbot, view)
    qtbot.waitUntil(lambda: "340400-2026-GJ0001" in view.page.text(), timeout=5000)
    assert "× served on the abuser" in view.page.text()
    for step in ("√ served on the abuser", "√ served on the victim", "√ committee notified"):
        press(qtbot, Qt.Key.Key_V)
        qtbot.waitUntil(lambda step=step: step in view.page.text(), timeout=5000)
    [warning] = store.dv.warnings(saved.incident_id or 0)
    assert warning.served_abuser_at and warning.served_victim_at and warning.committee_notified_at


def test_a_second_warning_flags_the_household_at_the_next_intake(
        qtbot, store: Store, desk: Operator, operator: Operator,  # type: ignore[no-untyped-def]
        db_path: Path, clock: FixedClock) -> None:
    address = "田家庵区淮舜南路8号"
    seat = Store.open(db_path, clock=clock)  # the desk's seat issues the warnings
    seat.actor = desk
    draft = WarningDraft("张某某", "李某某", "spouse", "殴打妻子")

    def warned() -> None:
        seat.actor = operator
        incident = seat.calls.log_call(CallDraft(category_code="dv_injury", address=address),
                                       operator.id).incident_id or 0
        seat.actor = desk
        seat.dv.issue_warning(incident, draft, operator_id=desk.id)

    warned()
    window = log_in(qtbot, store, "ct01")
    press(qtbot, Qt.Key.Key_1, CTRL)
    intake = window.views["intake"]

    def new_call_at_address() -> None:
        press(qtbot, Qt.Key.Key_F2)
        press(qtbot, Qt.Key.Key_F2)  # a second F2 discards the call on the form
        press(qtbot, Qt.Key.Key_Tab)
        press(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, address)

    new_call_at_address()
    qtbot.waitUntil(lambda: intake.history.dv_flag.isVisible(), timeout=5000)
    assert not intake.history.dv_warned_flag.isVisible()  # one warning: no flag yet
    warned()
    new_call_at_address()
    qtbot.waitUntil(lambda: intake.history.dv_warned_flag.isVisible(), timeout=5000)
    assert "warned twice" in intake.history.dv_warned_flag.text()
    seat.close()


def test_l_lists_who_read_case_details_and_who_was_refused(
        qtbot, qtmodeltester, store: Store, desk: Operator,  # type: ignore[no-untyped-def]
        operator: Operator, other_seat: Store) -> None:
    saved = other_seat.calls.log_call(CallDraft(category_code="dv_threat"), operator.id)
    with pytest.raises(NotPermitted):  # the call-taker's seat asks for the case's details
        other_seat.dv.assessments(saved.incident_id or 0)
    view = open_desk(qtbot, store)
    qtbot.waitUntil(lambda: view.page_of == saved.incident_id)
    press(qtbot, Qt.Key.Key_L)
    dialog = modal(qtbot, AccessDialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() >= 3)
    qtmodeltester.check(dialog.model)
    rows = [[str(dialog.model.index(r, c).data()) for c in range(5)]
            for r in range(dialog.model.rowCount())]
    refused = [row for row in rows if row[4] == "refused"]
    assert [(row[1], row[3]) for row in refused] == [("张明 (call_taker)", "risk assessments")]
    assert any(row[1] == "王芳 (dv_desk)" and row[3] == "risk assessments"
               and row[4] == "read" for row in rows)
    # The audit trail's reads are in the same list, as console110 audit-reads prints it.
    number = store.incidents.incident(saved.incident_id or 0).number  # type: ignore[union-attr]
    assert ["王芳 (dv_desk)", number, "the desk's list", "read"] in [row[1:] for row in rows]
    press(qtbot, Qt.Key.Key_Escape)
    closed(qtbot, view)


def test_a_protection_orders_expiry_alert_fires_with_a_moved_clock(
        qtbot, store: Store, desk: Operator, operator: Operator,  # type: ignore[no-untyped-def]
        other_seat: Store, clock: FixedClock) -> None:
    saved = other_seat.calls.log_call(CallDraft(category_code="dv_order_breach"), operator.id)
    view = open_desk(qtbot, store)
    qtbot.waitUntil(lambda: view.page_of == saved.incident_id)
    press(qtbot, Qt.Key.Key_O)  # apply: urgent, before the court
    dialog = modal(qtbot, OrderDialog)
    assert focused() is dialog.urgent
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "田家庵区人民法院")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    closed(qtbot, view)
    qtbot.waitUntil(lambda: "ruling awaited" in view.page.text(), timeout=5000)
    [order] = store.dv.orders(saved.incident_id or 0)
    assert order.urgent and order.court == "田家庵区人民法院"

    clock.advance(hours=20)
    press(qtbot, Qt.Key.Key_O)  # the ruling: granted, for 30 days
    dialog = modal(qtbot, OrderDialog)
    assert focused() is dialog.decision and dialog.decision.currentData() == "granted"
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.until
    for part in ("2026", "12", "30"):  # year, month, day sections
        type_text(qtbot, part)
    assert dialog.until.date().toString("yyyy-MM-dd") == "2026-12-30"
    press(qtbot, Qt.Key.Key_Return, CTRL)
    closed(qtbot, view)
    qtbot.waitUntil(lambda: "valid until 2026-12-30" in view.page.text(), timeout=5000)
    assert not view.alerts.isVisible()

    clock.advance(days=23)  # 23 Dec: more than a week left
    reads = view.alert_reads
    press(qtbot, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: view.alert_reads > reads, timeout=5000)
    assert not view.alerts.isVisible()
    clock.advance(days=2)  # 25 Dec: the order's last week
    press(qtbot, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: view.alerts.isVisible(), timeout=5000)
    assert "ends on 2026-12-30" in view.alerts.text()
    incident = store.incidents.incident(saved.incident_id or 0)
    assert incident is not None and incident.number in view.alerts.text()


def test_an_overdue_follow_up_is_listed_recorded_with_f_and_reassessed(
        qtbot, store: Store, desk: Operator, operator: Operator,  # type: ignore[no-untyped-def]
        other_seat: Store, clock: FixedClock) -> None:
    from console.domain.lifecycle import Stage

    saved = other_seat.calls.log_call(CallDraft(category_code="dv_injury"), operator.id)
    iid = saved.incident_id or 0
    other_seat.actor = desk
    other_seat.dv.assess(iid, ["weapons"], operator_id=desk.id)  # red: a visit every week
    other_seat.incidents.advance(iid, Stage.HANDLED, desk.id, result="已处置")
    other_seat.incidents.advance(iid, Stage.CLOSED, desk.id, closure="resolved")
    clock.advance(days=8)
    view = open_desk(qtbot, store)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert _text(view, 0, COL_FOLLOWUP).startswith("overdue since")
    assert "1 follow-ups overdue" in view.counts.text()
    press(qtbot, Qt.Key.Key_F)
    dialog = modal(qtbot, FollowUpDialog)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "上门查访，双方情绪稳定")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    reassess = modal(qtbot, AssessDialog)  # each follow-up re-assesses
    press(qtbot, Qt.Key.Key_Return, CTRL)  # nothing reported now: white
    closed(qtbot, view)
    qtbot.waitUntil(lambda: view.model.rowCount() == 0, timeout=5000)
    assert reassess.saved is not None and reassess.saved.colour == "white"
    assert [h.assessment.colour for h in store.dv.assessments(iid)] == ["white", "red"]
    assert dialog.result() == dialog.DialogCode.Accepted


def test_c_confirms_a_suggested_case_for_the_households_next_incident(
        qtbot, store: Store, desk: Operator, operator: Operator,  # type: ignore[no-untyped-def]
        other_seat: Store) -> None:
    first = other_seat.calls.log_call(CallDraft(caller_number="13900001234",
                                                address="田家庵区淮舜南路8号",
                                                category_code="dv_injury"), operator.id)
    other_seat.actor = desk
    case_id = other_seat.dv.open_case(first.incident_id or 0, CaseDetails(
        "李某某", "张某某", "spouse", children_present=True), operator_id=desk.id)
    other_seat.actor = operator
    again = other_seat.calls.log_call(CallDraft(caller_number="13900001234",
                                                address="田家庵区淮舜南路8号",
                                                category_code="dv_threat"), operator.id)
    view = open_desk(qtbot, store)
    qtbot.waitUntil(lambda: view.page_of == again.incident_id)  # the newest, to take
    assert "not in a case yet" in view.page.text()
    press(qtbot, Qt.Key.Key_C)
    dialog = modal(qtbot, CaseDialog)
    qtbot.waitUntil(lambda: dialog.loaded)
    assert focused() is dialog.choice
    assert dialog.choice.currentData() == case_id  # the match first: same number, address
    assert "same number" in dialog.choice.currentText()
    assert not dialog.victim.isEnabled()  # linking keeps the case's details as they are
    press(qtbot, Qt.Key.Key_Return, CTRL)
    closed(qtbot, view)
    qtbot.waitUntil(lambda: f"Case {case_id}: 2 incident(s)" in view.page.text(), timeout=5000)
    assert "children present" in view.page.text()


def test_an_assessment_shows_on_the_boards_timeline_without_details(
        qtbot, store: Store, desk: Operator, operator: Operator,  # type: ignore[no-untyped-def]
        other_seat: Store) -> None:
    from console.ui.board.detail import IncidentDetail
    from tests.ui.test_board import _context, _timeline

    saved = other_seat.calls.log_call(
        CallDraft(caller_number="13900001234", caller_name="刘女士", address="淮舜南路8号",
                  category_code="dv_injury", summary="丈夫酒后殴打"), operator.id)
    view = open_desk(qtbot, store)
    qtbot.waitUntil(lambda: view.page_of == saved.incident_id)
    press(qtbot, Qt.Key.Key_A)
    modal(qtbot, AssessDialog)
    press(qtbot, Qt.Key.Key_Space)  # injury
    press(qtbot, Qt.Key.Key_Return, CTRL)
    closed(qtbot, view)
    qtbot.waitUntil(lambda: "risk assessed" in view.page.text(), timeout=5000)  # the desk's own

    for ctx in _context(other_seat, operator):  # the call-taker's board
        detail = IncidentDetail(ctx)
        qtbot.addWidget(detail)
        detail.show_incident(saved.incident_id or 0)
        qtbot.waitUntil(lambda d=detail: any("Anti-DV desk" in w for _, _, w in _timeline(d)),
                        timeout=5000)
        rows = _timeline(detail)
        assert ("王芳", "Anti-DV desk: risk assessed") in [(who, what) for _, who, what in rows]
        shown = " ".join(" ".join(row) for row in rows)
        for secret in ("刘女士", "13900001234", "丈夫酒后殴打", "Blue", "injury", "score"):
            assert secret not in shown


def test_a_second_call_from_a_cases_household_asks_for_a_reassessment_until_assessed(
        qtbot, store: Store, desk: Operator, operator: Operator,  # type: ignore[no-untyped-def]
        other_seat: Store, clock: FixedClock) -> None:
    first = other_seat.calls.log_call(CallDraft(caller_number="13900001234",
                                                address="田家庵区淮舜南路8号",
                                                category_code="dv_injury"), operator.id)
    other_seat.actor = desk
    other_seat.dv.open_case(first.incident_id or 0, CaseDetails("李某某", "张某某", "spouse"),
                            operator_id=desk.id)
    other_seat.dv.assess(first.incident_id or 0, ["injury"], operator_id=desk.id)
    view = open_desk(qtbot, store)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert "re-assess" not in _text(view, 0, COL_TIER)
    assert "0 to re-assess" in view.counts.text()

    clock.advance(days=2)  # the household calls again, from the same number
    other_seat.actor = operator
    again = other_seat.calls.log_call(CallDraft(caller_number="13900001234",
                                                address="洞山中路1号",
                                                category_code="dv_threat"), operator.id)
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=5000)  # at once
    row = view.model.row_of(again.incident_id or 0)
    assert _text(view, row, COL_TIER) == "Not assessed · re-assess"
    assert "1 to re-assess" in view.counts.text()
    view.table.setCurrentIndex(view.model.index(row, 0))  # as ↑↓ would
    qtbot.waitUntil(lambda: view.page_of == again.incident_id)
    assert "Re-assess: the household called again" in view.page.text()

    clock.advance(minutes=10)
    press(qtbot, Qt.Key.Key_A)
    modal(qtbot, AssessDialog)
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Return, CTRL)
    closed(qtbot, view)
    qtbot.waitUntil(lambda: "0 to re-assess" in view.counts.text(), timeout=5000)
    row = view.model.row_of(again.incident_id or 0)
    assert _text(view, row, COL_TIER) == "Blue"


def test_a_measure_at_another_seat_shows_on_the_page_at_once(
        qtbot, store: Store, desk: Operator, operator: Operator,  # type: ignore[no-untyped-def]
        other_seat: Store) -> None:
    from console.ui.dv_desk.view import CLOCK_MS

    saved = other_seat.calls.log_call(CallDraft(category_code="dv_injury"), operator.id)
    view = open_desk(qtbot, store)
    qtbot.waitUntil(lambda: view.page_of == saved.incident_id)
    assert CLOCK_MS > 5000  # what follows is the change watcher's doing, not the clock's
    other_seat.actor = desk
    other_seat.dv.refer(saved.incident_id or 0, "women_federation", operator_id=desk.id)
    qtbot.waitUntil(lambda: "Women's federation (妇联) · referred" in view.page.text(),
                    timeout=5000)
    assert "referral made" in view.page.text()


def test_a_referrals_status_is_changed_by_keys(
        qtbot, store: Store, desk: Operator, operator: Operator,  # type: ignore[no-untyped-def]
        other_seat: Store) -> None:
    from console.ui.dv_desk.measures import ReferralDialog, ReferralStatusDialog

    saved = other_seat.calls.log_call(CallDraft(category_code="dv_injury"), operator.id)
    iid = saved.incident_id or 0
    view = open_desk(qtbot, store)
    qtbot.waitUntil(lambda: view.page_of == iid)
    assert "S\treferral status" in view.table.toolTip()
    assert {a.shortcut().toString() for a in view.table.actions()} >= {"Return", "A", "S", "F5"}
    press(qtbot, Qt.Key.Key_S)  # no referral yet: nothing to change
    assert QApplication.activeModalWidget() is None
    press(qtbot, Qt.Key.Key_R)
    dialog = modal(qtbot, ReferralDialog)
    press(qtbot, Qt.Key.Key_Down)  # a shelter
    press(qtbot, Qt.Key.Key_Return, CTRL)
    closed(qtbot, view)
    qtbot.waitUntil(lambda: "Shelter · referred" in view.page.text(), timeout=5000)

    press(qtbot, Qt.Key.Key_S)
    status = modal(qtbot, ReferralStatusDialog)
    assert focused() is status.referral
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is status.status and status.status.currentData() == "accepted"
    press(qtbot, Qt.Key.Key_Return, CTRL)
    closed(qtbot, view)
    qtbot.waitUntil(lambda: "Shelter · accepted" in view.page.text(), timeout=5000)
    [referral] = store.dv.referrals(iid)
    assert (referral.agency, referral.status) == ("shelter", "accepted")
    assert dialog.result() == dialog.DialogCode.Accepted

    press(qtbot, Qt.Key.Key_S)  # then done
    modal(qtbot, ReferralStatusDialog)
    press(qtbot, Qt.Key.Key_Return, CTRL)
    closed(qtbot, view)
    qtbot.waitUntil(lambda: "Shelter · done" in view.page.text(), timeout=5000)
    assert [r.status for r in store.dv.referrals(iid)] == ["done"]
