"""The desk's measures on the incident's one timeline (the fact, never its content), and
the re-assessment each call to a known case asks for, derived from the calls and the
assessments with a moved clock."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from console.cli import main
from console.domain.calls import CallDraft
from console.domain.clock import FixedClock
from console.domain.dv.cases import CaseDetails
from console.domain.dv.warnings import WarningDraft
from console.store import Store
from console.store.records import Operator

BOTH_ENGINES = True  # each store test runs on SQLite and on PostgreSQL
HOME = "田家庵区淮舜南路8号"
VICTIM, ABUSER = "刘某某", "王某某"


@pytest.fixture
def desk(store: Store) -> Operator:
    return store.accounts.add_operator("fjb01", "王芳", "dv_desk", "secret-110")


def _call(store: Store, taker: Operator, number: str = "13900001234", address: str = HOME,
          **extra: object) -> int:
    store.actor = taker
    saved = store.calls.log_call(
        CallDraft(caller_number=number, caller_name=VICTIM, address=address,
                  category_code="dv_injury", jurisdiction_code="340402",
                  summary="丈夫酒后殴打", **extra), taker.id)  # type: ignore[arg-type]
    assert saved.incident_id is not None
    return saved.incident_id


def _reassess(store: Store) -> dict[int, bool]:
    return {d.incident_id: d.reassess for d in store.dv.desk_incidents()}


def test_every_measure_is_on_the_timeline_without_its_content(
        store: Store, operator: Operator, desk: Operator) -> None:
    incident = _call(store, operator)
    store.actor = desk
    store.dv.take(incident, desk.id)
    store.dv.open_case(incident, CaseDetails(VICTIM, ABUSER, "spouse", threats="扬言报复"),
                       operator_id=desk.id)
    store.dv.assess(incident, ["injury", "strangulation"], operator_id=desk.id)
    warning = store.dv.issue_warning(
        incident, WarningDraft(ABUSER, VICTIM, "spouse", "酒后殴打妻子", "淮舜社区居委会"),
        operator_id=desk.id)
    store.dv.record_served(warning.id, "abuser", operator_id=desk.id)
    order = store.dv.apply_order(incident, True, "田家庵区人民法院", operator_id=desk.id)
    store.dv.decide_order(order.id, "granted", date(2026, 12, 31), operator_id=desk.id)
    referral = store.dv.refer(incident, "shelter", operator_id=desk.id)
    store.dv.referral_status(referral.id, "accepted", operator_id=desk.id)
    store.dv.record_visit(incident, "visit", "对方已搬离", operator_id=desk.id)

    store.actor = operator  # a call-taker's seat: reads the timeline, not the details
    measures = [e for e in store.incidents.timeline(incident) if e.kind == "dv_desk"]
    assert [(e.detail["action"], e.operator) for e in measures] == [
        ("case_opened", "王芳"), ("assessed", "王芳"), ("warning_issued", "王芳"),
        ("warning_served", "王芳"), ("order_applied", "王芳"), ("order_decided", "王芳"),
        ("referral_made", "王芳"), ("referral_status", "王芳"), ("followup", "王芳")]
    assert measures[3].detail == {"action": "warning_served", "party": "abuser"}
    stored = " ".join(str(e.detail) for e in store.incidents.timeline(incident))
    for detail in (VICTIM, ABUSER, "扬言报复", "酒后殴打妻子", "田家庵区人民法院", "对方已搬离",
                   "shelter", "red", warning.number):
        assert detail not in stored


def test_a_second_call_from_a_cases_household_asks_for_a_reassessment(
        store: Store, operator: Operator, desk: Operator, clock: FixedClock) -> None:
    first = _call(store, operator)
    store.actor = desk
    store.dv.open_case(first, CaseDetails(VICTIM, ABUSER, "spouse"), operator_id=desk.id)
    assert _reassess(store) == {first: False}  # never assessed: a first assessment is due
    clock.advance(minutes=30)
    store.dv.assess(first, ["injury"], operator_id=desk.id)
    assert _reassess(store) == {first: False}

    clock.advance(days=3)  # the household calls again, from the same number
    second = _call(store, operator, address="洞山中路1号")
    store.actor = desk
    assert _reassess(store) == {first: False, second: True}  # before the desk links it
    store.dv.link_case(second, store.dv.case_of(first).id,  # type: ignore[union-attr]
                       operator_id=desk.id)
    assert _reassess(store) == {first: False, second: True}  # still, until assessed
    clock.advance(minutes=10)
    store.dv.assess(second, ["injury", "fears_violence"], operator_id=desk.id)
    assert _reassess(store) == {first: False, second: False}

    clock.advance(days=1)  # another call about the same incident
    number = store.incidents.incident(first).number  # type: ignore[union-attr]
    store.actor = operator
    store.calls.log_call(CallDraft(caller_number="13900001234", disposition="duplicate",
                                   duplicate_of=number), operator.id)
    store.actor = desk
    assert _reassess(store) == {first: True, second: False}
    clock.advance(minutes=5)
    store.dv.assess(first, ["injury"], operator_id=desk.id)  # any newer assessment of the case
    assert _reassess(store) == {first: False, second: False}


def test_another_household_is_not_asked_to_reassess(
        store: Store, operator: Operator, desk: Operator, clock: FixedClock) -> None:
    first = _call(store, operator)
    store.actor = desk
    store.dv.open_case(first, CaseDetails(VICTIM, ABUSER, "spouse"), operator_id=desk.id)
    store.dv.assess(first, ["injury"], operator_id=desk.id)
    clock.advance(days=1)
    other = _call(store, operator, number="13700007777", address="洞山中路99号")
    store.actor = desk
    assert _reassess(store) == {first: False, other: False}


def test_one_list_of_reads_holds_the_desks_record_and_the_audits(
        store: Store, operator: Operator, desk: Operator) -> None:
    incident = _call(store, operator)
    number = store.incidents.incident(incident).number  # type: ignore[union-attr]
    store.actor = operator
    with pytest.raises(PermissionError):  # a call-taker may not list them: the try recorded
        store.dv.reads()
    store.actor = desk
    store.dv.assessments(incident)  # the desk's page
    store.incidents.incident(incident)  # the incident's details elsewhere: the audit's read
    reads = store.dv.reads()
    assert [(r.source, r.operator, r.incident_number, r.what, r.allowed) for r in reads
            if r.what in ("assessments", "incident") or not r.allowed] == [
        ("desk", "张明", "", "access_log", False),
        ("desk", "王芳", number, "assessments", True),
        ("audit", "王芳", number, "incident", True)]
    assert [r.at for r in reads] == sorted(r.at for r in reads)  # one list, by time


@pytest.mark.sqlite_only
def test_audit_reads_on_the_command_line_lists_the_desks_reads(
        store: Store, operator: Operator, desk: Operator, db_path: Path,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    incident = _call(store, operator)
    number = store.incidents.incident(incident).number  # type: ignore[union-attr]
    store.actor = desk
    store.dv.assessments(incident)
    store.dv.desk_incidents()  # the desk's list: its own record and the audit's read
    store.actor = None
    store.close()
    monkeypatch.setenv("CONSOLE110_PASSWORD", "secret-110")
    assert main(["audit-reads", "--db", str(db_path), "--as", "fjb01"]) == 0
    lines = capsys.readouterr().out.splitlines()
    fields = [line.split("\t") for line in lines]
    assert ["王芳 (dv_desk)", number, "assessments"] in [f[1:4] for f in fields]
    assert ["王芳 (dv_desk)", "-", "desk_list"] in [f[1:4] for f in fields]
    assert ["王芳 (dv_desk)", number, "dv_desk"] in [f[1:4] for f in fields]  # the audit's
    assert [f[0] for f in fields] == sorted(f[0] for f in fields)


def test_an_administrator_lists_the_reads_without_reading_a_case(
        store: Store, operator: Operator, desk: Operator) -> None:
    incident = _call(store, operator)
    store.actor = desk
    store.dv.assessments(incident)
    store.actor = None
    admin = store.accounts.add_operator("admin01", "周强", "admin", "secret-110")
    store.actor = admin
    reads = store.dv.reads()
    assert ("王芳", "assessments") in [(r.operator, r.what) for r in reads]
    assert "周强" not in [r.operator for r in reads]  # listing the record reads no case
