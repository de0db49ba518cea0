"""DV details are redacted by the store itself for roles that may not read them."""

from __future__ import annotations

import json
import unicodedata
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from engines import another

from console.domain.access import PERMISSIONS, Permission, may, sees_dv_details
from console.domain.calls import CallDraft
from console.domain.clock import FixedClock
from console.domain.figures import Period
from console.domain.queues import DESKS
from console.reports import FORMATS, export, make_report
from console.store import Store
from console.store.records import Operator

BOTH_ENGINES = True  # each store test runs on SQLite and on PostgreSQL

VICTIM_NAME = "刘某某"
VICTIM_NUMBER = "13955550123"
ACCOUNT = "丈夫酒后持刀威胁，孩子在场"
DV_DAY = date(2026, 11, 29)  # the conftest clock's day in Huainan


@pytest.fixture
def dv_incident(store: Store) -> int:
    saved = store.calls.log_call(CallDraft(
        caller_number=VICTIM_NUMBER, caller_name=VICTIM_NAME, address="田家庵区舜耕路9号",
        jurisdiction_code="340403", category_code="domestic_violence", summary=ACCOUNT,
        disposition="incident"), None)
    assert saved.incident_id is not None
    store.incidents.add_note(saved.incident_id, f"{VICTIM_NAME}称 {ACCOUNT}", None)
    return saved.incident_id


def _everything_a_seat_can_read(store: Store, incident_id: int) -> str:
    """History, board rows, the incident's detail, its callers, timeline and calls."""
    incident = store.incidents.incident(incident_id)
    assert incident is not None
    parts: list[object] = [
        store.lookup.history(VICTIM_NUMBER, "田家庵区舜耕路9号"),
        store.incidents.open_incidents(),
        store.incidents.incidents_by_id([incident_id]),
        incident,
        store.incidents.incident_by_number(incident.number),
        store.incidents.incident_callers(incident_id),
        store.incidents.timeline(incident_id),
        [store.calls.call(c.call_id) for c in store.incidents.incident_callers(incident_id)],
        store.lookup.intake_lookup(VICTIM_NUMBER, ""),
    ]
    return json.dumps([repr(p) for p in parts], ensure_ascii=False)


@pytest.mark.parametrize("role", ["call_taker", "dispatcher", "enterprise_desk", "admin"])
def test_a_seat_without_the_right_reads_no_victim_details(store: Store, dv_incident: int,
                                                          role: str) -> None:
    store.actor = store.accounts.add_operator(f"{role}01", "某操作员", role, "secret-110")
    seen = _everything_a_seat_can_read(store, dv_incident)
    for secret in (VICTIM_NAME, VICTIM_NUMBER, ACCOUNT):
        assert secret not in seen, f"{role} reads {secret}"
    # …but still the flag and the place: units must be sent there.
    incident = store.incidents.incident(dv_incident)
    assert incident is not None and incident.is_dv and incident.address == "田家庵区舜耕路9号"
    assert store.lookup.intake_lookup(VICTIM_NUMBER, "").flags.dv_before


@pytest.mark.parametrize("role", ["dv_desk", "supervisor"])
def test_the_dv_desk_and_supervisors_read_them(store: Store, dv_incident: int,
                                               role: str) -> None:
    store.actor = store.accounts.add_operator(f"{role}01", "某操作员", role, "secret-110")
    seen = _everything_a_seat_can_read(store, dv_incident)
    for secret in (VICTIM_NAME, VICTIM_NUMBER, ACCOUNT):
        assert secret in seen


def test_a_worker_connection_keeps_the_acting_operator(store: Store, dv_incident: int) -> None:
    store.actor = store.accounts.add_operator("ct09", "某接警员", "call_taker", "secret-110")
    with store.reopen() as worker:
        assert VICTIM_NAME not in _everything_a_seat_can_read(worker, dv_incident)


def test_the_redacted_record_is_only_a_copy(store: Store, dv_incident: int,
                                            db_path: Path) -> None:
    store.actor = store.accounts.add_operator("ct09", "某接警员", "call_taker", "secret-110")
    assert store.incidents.incident(dv_incident).summary == ""  # type: ignore[union-attr]
    with another(store) as system:
        assert system.incidents.incident(dv_incident).summary == ACCOUNT  # type: ignore[union-attr]


def test_every_role_is_in_the_permission_table(store: Store) -> None:
    assert {r.code for r in store.reference.roles} == set(PERMISSIONS)
    assert [r for r in PERMISSIONS if sees_dv_details(r)] == ["dv_desk", "supervisor"]
    assert may("supervisor", Permission.SIGN_OFF) and not may("call_taker", Permission.SIGN_OFF)


# -- exports of a day with a DV incident ------------------------------------------------------

SECRETS = (VICTIM_NAME, VICTIM_NUMBER, ACCOUNT)
SEATS = ("call_taker", "dispatcher", "dv_desk")


@pytest.fixture
def dv_day(store: Store, dv_incident: int, clock: FixedClock) -> dict[str, Operator]:
    """The DV incident escalated by the supervisor in words that tell the case, a silent
    call from the victim's phone, and a seat of each kind; then the next morning."""
    supervisor = store.accounts.add_operator("sv01", "李强", "supervisor", "secret-110")
    seats = {role: store.accounts.add_operator(f"{role}01", "某操作员", role, "secret-110")
             for role in SEATS}
    store.actor = supervisor
    store.escalation.escalate_incident(dv_incident, f"{VICTIM_NAME}再次来电：{ACCOUNT}",
                                       supervisor.id)
    store.actor = None
    silent = store.calls.log_call(CallDraft(
        caller_number=VICTIM_NUMBER, caller_name=VICTIM_NAME, address="田家庵区舜耕路9号",
        jurisdiction_code="340403", category_code="domestic_violence", summary=ACCOUNT,
        disposition="silent"), None)
    assert silent.route.is_dv
    clock.advance(hours=20)  # the next day: the DV incident is still open in the review
    return seats


def _handovers(store: Store) -> str:
    """Every desk's handover note as the store hands it to the printed page."""
    return json.dumps([repr(store.shift.handover(desk)) for desk in DESKS], ensure_ascii=False)


def _report_files(store: Store, folder: Path) -> str:
    """The day's summary in every export format, as text (the PDF's text layer)."""
    from PySide6.QtPdf import QPdfDocument

    report = make_report(store, Period.day(DV_DAY), "zh_CN")
    texts = []
    for fmt in FORMATS:
        path = export(report, fmt, folder / f"day.{fmt}")
        if fmt == "pdf":
            document = QPdfDocument()
            assert document.load(str(path)) == QPdfDocument.Error.None_
            texts.append(unicodedata.normalize("NFKC", "".join(
                document.getAllText(p).text() for p in range(document.pageCount()))))
            document.close()
        elif fmt == "xlsx":
            texts += [str(c) for ws in openpyxl.load_workbook(path)
                      for row in ws.iter_rows(values_only=True) for c in row if c is not None]
        else:
            texts.append(path.read_text(encoding="utf-8-sig"))
    data = json.loads((folder / "day.json").read_text(encoding="utf-8"))
    assert data["figures"]["dv_incidents"] == 1  # the case is counted…
    return "\n".join(texts)


@pytest.mark.parametrize("role", SEATS)
def test_the_day_summary_exports_carry_figures_only(store: Store, dv_day: dict[str, Operator],
                                                    role: str, tmp_path: Path,
                                                    qapp) -> None:  # type: ignore[no-untyped-def]
    """The summary's PDF, XLSX, CSV and JSON hold figures and no incident details at all:
    not even the DV desk finds the victim in them."""
    store.actor = dv_day[role]
    text = _report_files(store, tmp_path)
    for secret in SECRETS:
        assert secret not in text, f"{role} finds {secret} in the day's summary"


@pytest.mark.parametrize("role", SEATS)
def test_the_clear_to_zero_review_names_the_case_not_the_victim(
        store: Store, dv_day: dict[str, Operator], dv_incident: int, role: str) -> None:
    """The review lists the open DV incident by number, category and stage only, for
    every seat: it carries no victim details, the DV desk's included."""
    store.actor = dv_day[role]
    review = store.shift.clear_review()
    assert [i.incident_id for i in review.incidents] == [dv_incident]
    text = repr(review)
    for secret in SECRETS:
        assert secret not in text, f"{role} finds {secret} in the clear-to-zero review"


@pytest.mark.parametrize("role", ["call_taker", "dispatcher"])
def test_the_handover_of_a_dv_day_carries_no_victim_details(
        store: Store, dv_day: dict[str, Operator], role: str) -> None:
    store.actor = dv_day[role]
    text = _handovers(store)
    for secret in SECRETS:
        assert secret not in text, f"{role} finds {secret} in a handover note"


def test_the_dv_desk_handover_keeps_them(store: Store, dv_day: dict[str, Operator]) -> None:
    store.actor = dv_day["dv_desk"]
    text = _handovers(store)
    for secret in SECRETS:
        assert secret in text
