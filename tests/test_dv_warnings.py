"""Written warnings (家庭暴力告诫书): numbered, served on both parties and the committee, printed
in the statutory shape; a household warned twice is flagged at every seat's intake, with
nothing of the warnings but the flag."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from console.domain.access import NotPermitted
from console.domain.calls import CallDraft
from console.domain.dv.warnings import WarningDraft
from console.reports.dv_warning import write_warning_pdf
from console.store import InputRefused, Store
from console.store.records import Operator

BOTH_ENGINES = True  # each store test runs on SQLite and on PostgreSQL
ADDRESS = "田家庵区淮舜南路8号"
DRAFT = WarningDraft("张某某", "李某某", "spouse", "2026年11月29日9时许在家中殴打妻子",
                     "舜耕社区居委会")


@pytest.fixture
def desk(store: Store) -> Operator:
    return store.accounts.add_operator("fjb01", "王芳", "dv_desk", "secret-110")


def _dv_incident(store: Store, taker: Operator, address: str = ADDRESS) -> int:
    store.actor = taker
    saved = store.calls.log_call(CallDraft(caller_number="13900001234", address=address,
                                           category_code="dv_injury",
                                           jurisdiction_code="340402"), taker.id)
    assert saved.incident_id is not None
    return saved.incident_id


def test_a_warning_is_numbered_served_and_recorded(store: Store, operator: Operator,
                                                    desk: Operator) -> None:
    incident_id = _dv_incident(store, operator)
    store.actor = desk
    first = store.dv.issue_warning(incident_id, DRAFT, operator_id=desk.id)
    second = store.dv.issue_warning(incident_id, DRAFT, operator_id=desk.id)
    assert first.number == "340400-2026-GJ0001" and second.number == "340400-2026-GJ0002"
    assert (first.address, first.served_abuser_at, first.committee) == (
        ADDRESS, "", "舜耕社区居委会")
    for party in ("abuser", "victim", "committee"):
        store.dv.record_served(first.id, party, operator_id=desk.id)
    served = store.dv.warning(first.id)
    assert served is not None
    assert served.served_abuser_at and served.served_victim_at and served.committee_notified_at
    with pytest.raises(InputRefused):
        store.dv.record_served(first.id, "abuser", operator_id=desk.id)


def test_a_warning_without_the_abusers_name_is_refused(store: Store, operator: Operator,
                                                        desk: Operator) -> None:
    incident_id = _dv_incident(store, operator)
    store.actor = desk
    with pytest.raises(InputRefused) as refused:
        store.dv.issue_warning(incident_id, WarningDraft("", "李某某", "spouse", "殴打"),
                               operator_id=desk.id)
    assert [p.field for p in refused.value.problems] == ["abuser_name"]
    assert store.dv.warnings(incident_id) == []


def test_a_call_taker_may_neither_issue_nor_read_warnings(store: Store, operator: Operator,
                                                          desk: Operator) -> None:
    incident_id = _dv_incident(store, operator)
    store.actor = desk
    store.dv.issue_warning(incident_id, DRAFT, operator_id=desk.id)
    store.actor = operator
    with pytest.raises(NotPermitted):
        store.dv.issue_warning(incident_id, DRAFT, operator_id=operator.id)
    with pytest.raises(NotPermitted):
        store.dv.warnings(incident_id)


def test_a_second_warning_flags_the_household_at_intake(store: Store, operator: Operator,
                                                        desk: Operator) -> None:
    first = _dv_incident(store, operator)
    store.actor = desk
    store.dv.issue_warning(first, DRAFT, operator_id=desk.id)
    store.actor = operator
    assert not store.lookup.intake_lookup(address=ADDRESS).flags.dv_warned
    second = _dv_incident(store, operator, "田家庵区淮舜南路８号")  # the same, typed wide
    store.actor = desk
    store.dv.issue_warning(second, DRAFT, operator_id=desk.id)
    store.actor = operator
    found = store.lookup.intake_lookup(address=ADDRESS)
    assert found.flags.dv_warned
    assert not store.lookup.intake_lookup(address="洞山中路1号").flags.dv_warned


def test_the_printed_warning_has_the_statutory_shape(store: Store, operator: Operator,
                                                     desk: Operator, tmp_path: Path,
                                                     qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtPdf import QPdfDocument

    incident_id = _dv_incident(store, operator)
    store.actor = desk
    warning = store.dv.issue_warning(incident_id, DRAFT, operator_id=desk.id)
    pdf = tmp_path / "warning.pdf"
    write_warning_pdf(warning, pdf, store.tz)
    document = QPdfDocument()
    assert document.load(str(pdf)) == QPdfDocument.Error.None_
    assert document.pageCount() == 1
    text = unicodedata.normalize("NFKC", document.getAllText(0).text())
    document.close()
    for expected in ("家庭暴力告诫书", "340400-2026-GJ0001", "张某某", "李某某", "配偶",
                     "第十六条", "舜耕社区居委会", "加害人(签名)", "受害人(签名)"):
        assert expected in text, expected
