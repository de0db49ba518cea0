"""Closing or cancelling frees units; a finished incident cannot be dispatched."""

import pytest

from console.domain.calls import CallDraft
from console.domain.lifecycle import TransitionError

BOTH_ENGINES = True  # each store test runs on SQLite and on PostgreSQL


def _incident(store):
    return store.calls.log_call(CallDraft(category_code="fight", address="寿县寿春镇南街3号",
                                          jurisdiction_code="340422", disposition="incident"),
                                None).incident_id


def test_closing_through_advance_frees_the_units(store, operator):
    incident = _incident(store)
    store.units.dispatch(incident, ["DS01", "TX01"], operator.id)
    [first, _] = store.units.assignments(incident)
    store.units.unit_progress(first.id, "on_scene", operator.id)
    store.incidents.advance(incident, "handled", operator.id, result="双方已劝离")
    store.incidents.advance(incident, "closed", operator.id, closure="resolved")
    statuses = store.units.unit_statuses()
    assert statuses["DS01"] == "available" and statuses["TX01"] == "available"
    assert all(a.cleared_at for a in store.units.assignments(incident))


def test_a_unit_busy_elsewhere_stays_busy_when_one_incident_is_cancelled(store, operator):
    a, b = _incident(store), _incident(store)
    store.units.dispatch(a, ["DS02"], operator.id)
    store.units.dispatch(b, ["DS02"], operator.id)
    store.incidents.advance(a, "cancelled", operator.id, note="报警人称误报")
    assert store.units.unit_statuses()["DS02"] == "dispatched"


def test_a_closed_incident_cannot_be_dispatched(store, operator):
    incident = _incident(store)
    store.incidents.advance(incident, "handled", operator.id, result="电话劝解")
    store.incidents.advance(incident, "closed", operator.id)
    with pytest.raises(TransitionError):
        store.units.dispatch(incident, ["DS03"], operator.id)
    assert store.units.assignments(incident) == []


def test_dispatching_no_unit_is_refused(store, operator):
    from console.store import InputRefused

    incident = _incident(store)
    with pytest.raises(InputRefused):
        store.units.dispatch(incident, [], operator.id)
    assert store.incidents.incident(incident).stage == "intake"


def test_a_late_report_from_a_cleared_unit_is_refused(store, operator):
    from console.store import InputRefused

    incident = _incident(store)
    [assignment] = store.units.dispatch(incident, ["DS04"], operator.id)
    store.units.unit_progress(assignment, "cleared", operator.id)
    with pytest.raises(InputRefused):
        store.units.unit_progress(assignment, "en_route", operator.id)
    assert store.units.unit_statuses()["DS04"] == "available"


def test_clearing_one_incident_keeps_a_unit_busy_on_another(store, operator):
    a, b = _incident(store), _incident(store)
    [first] = store.units.dispatch(a, ["DS05"], operator.id)
    store.units.dispatch(b, ["DS05"], operator.id)
    store.units.unit_progress(first, "cleared", operator.id)
    assert store.units.unit_statuses()["DS05"] == "dispatched"


def test_results_of_a_fraud_case_are_saved_together_or_not_at_all(store, operator):
    from console.domain.fraud import FraudReport, Transfer
    from console.domain.outcomes import Outcome
    from console.store import InputRefused

    saved = store.calls.log_call(CallDraft(category_code="telecom_fraud", disposition="incident",
                                           fraud=FraudReport("6222000011112222", "某银行",
                                                             [Transfer(5_000_00)])), None)
    report_id, _ = store.fraud.fraud_report_of_incident(saved.incident_id)
    with pytest.raises(InputRefused):
        store.incidents.record_results(saved.incident_id, Outcome(people_caught=1), operator.id,
                                       fraud_report_id=report_id, money_recovered_fen=-1)
    assert store.incidents.outcome(saved.incident_id) is None  # the first half was rolled back
    store.incidents.record_results(saved.incident_id, Outcome(people_caught=1), operator.id,
                                   fraud_report_id=report_id, accounts_frozen=2,
                                   money_recovered_fen=3_000_00)
    _, report = store.fraud.fraud_report_of_incident(saved.incident_id)
    assert store.incidents.outcome(saved.incident_id).people_caught == 1
    assert (report.accounts_frozen, report.money_recovered_fen) == (2, 3_000_00)
