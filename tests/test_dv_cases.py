"""The case ledger (一案一台账): one case per household across its incidents, suggested by
number, address or name and linked only when the desk confirms; its details for DV
readers only."""

from __future__ import annotations

import pytest

from console.domain.access import NotPermitted
from console.domain.calls import CallDraft
from console.domain.dv.cases import CaseDetails
from console.store import InputRefused, Store
from console.store.records import Operator

BOTH_ENGINES = True  # each store test runs on SQLite and on PostgreSQL
HOME = "田家庵区淮舜南路8号"


@pytest.fixture
def desk(store: Store) -> Operator:
    return store.accounts.add_operator("fjb01", "王芳", "dv_desk", "secret-110")


def _call(store: Store, taker: Operator, number: str, address: str, name: str = "") -> int:
    store.actor = taker
    saved = store.calls.log_call(CallDraft(caller_number=number, caller_name=name,
                                           address=address, category_code="dv_injury"),
                                 taker.id)
    assert saved.incident_id is not None
    return saved.incident_id


def test_a_household_is_one_case_across_its_incidents(store: Store, operator: Operator,
                                                      desk: Operator) -> None:
    first = _call(store, operator, "13900001234", HOME, "李某某")
    store.actor = desk
    details = CaseDetails("李某某", "张某某", "spouse", children_present=True, injuries="面部擦伤",
                          alcohol_drugs=True, threats="扬言报复", safe_contact="13900005555")
    case_id = store.dv.open_case(first, details, operator_id=desk.id)
    by_number = _call(store, operator, "139 0000 1234", "洞山中路1号")
    by_address = _call(store, operator, "13800000000", HOME)
    by_name = _call(store, operator, "13700000000", "别处", "李某某")
    stranger = _call(store, operator, "13600000000", "潘集区泥河路2号", "王某")
    store.actor = desk
    assert [(m.case_id, m.matched_on) for m in store.dv.suggested_cases(by_number)] == [
        (case_id, ("number",))]
    assert [m.matched_on for m in store.dv.suggested_cases(by_address)] == [("address",)]
    assert [m.matched_on for m in store.dv.suggested_cases(by_name)] == [("name",)]
    assert store.dv.suggested_cases(stranger) == []
    assert store.dv.case_of(by_number) is None  # suggested, not linked, until confirmed
    store.dv.link_case(by_number, case_id, operator_id=desk.id)
    case = store.dv.case_of(by_number)
    assert case is not None and case.details == details
    assert [i for i, _ in case.incidents] == [first, by_number]
    assert store.dv.suggested_cases(by_number) == []  # already in it
    with pytest.raises(InputRefused):
        store.dv.link_case(by_number, case_id, operator_id=desk.id)
    store.dv.update_case(case_id, CaseDetails("李某某", "张某某", "former_spouse",
                                              weapons=True), operator_id=desk.id)
    updated = store.dv.case_of(first)
    assert updated is not None
    assert (updated.details.relationship, updated.details.weapons) == ("former_spouse", True)


def test_case_details_are_for_dv_readers_only(store: Store, operator: Operator,
                                              desk: Operator) -> None:
    incident = _call(store, operator, "13900001234", HOME)
    store.actor = desk
    store.dv.open_case(incident, CaseDetails(victim_name="李某某"), operator_id=desk.id)
    store.actor = operator
    with pytest.raises(NotPermitted):
        store.dv.case_of(incident)
    with pytest.raises(NotPermitted):
        store.dv.suggested_cases(incident)
    with pytest.raises(NotPermitted):
        store.dv.open_case(incident, CaseDetails(), operator_id=operator.id)
    store.actor = desk
    refused = [(r.operator, r.what, r.incident_id) for r in store.dv.access_log(refused_only=True)]
    assert refused == [("张明", "case_matches", incident), ("张明", "case", incident)]


def test_over_long_details_are_refused(store: Store, operator: Operator,
                                       desk: Operator) -> None:
    incident = _call(store, operator, "13900001234", HOME)
    store.actor = desk
    with pytest.raises(InputRefused) as refused:
        store.dv.open_case(incident, CaseDetails(safe_contact="1" * 101), operator_id=desk.id)
    assert refused.value.problems[0].field == "safe_contact"
