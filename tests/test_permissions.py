"""Roles are enforced in the store: every write checks the acting operator's role against
the domain's permission table, and is recorded under that operator only."""

from __future__ import annotations

import inspect
from datetime import date

import pytest

from console.domain.access import PERMISSIONS, NotPermitted, Permission, check, may
from console.domain.calls import CallDraft
from console.domain.figures import Period
from console.domain.lifecycle import Stage
from console.store import Store
from console.store.records import Operator
from console.store.store import SERVICES

BOTH_ENGINES = True  # each store test runs on SQLite and on PostgreSQL

# Write methods that hand their check on to another write method that makes it.
DELEGATING = {("incidents", "finish"): "advance", ("queues", "finish_queue_item"): "action"}
# Writes that need no role, only the operator's own password: logging in (an attempt is
# recorded) and changing one's own password.
OWN_PASSWORD = {("accounts", "authenticate"), ("accounts", "login"),
                ("accounts", "change_password")}


def _call(store: Store, taker: Operator) -> int:
    saved = store.calls.log_call(CallDraft(caller_number="13800001111", address="洞山中路1号",
                                           category_code="theft", jurisdiction_code="340402",
                                           summary="电动车被盗"), taker.id)
    return saved.incident_id


def _stage(store: Store, incident_id: int) -> str:
    return store.incidents.incident(incident_id).stage  # type: ignore[union-attr]


def test_every_write_method_of_every_service_checks_a_permission() -> None:
    from tests.test_ui_writes import WRITES

    unchecked = []
    for service, method in sorted(WRITES - {("", "write")}):
        source = inspect.getsource(getattr(SERVICES[service], method))
        exempt = (service, method) in DELEGATING or (service, method) in OWN_PASSWORD
        if "self.require(" not in source and not exempt:
            unchecked.append(f"{service}.{method}")
    assert unchecked == []


def test_a_call_taker_cannot_cancel_and_the_incident_stays(
        store: Store, operator: Operator) -> None:
    incident = _call(store, operator)
    store.actor = operator
    with pytest.raises(NotPermitted) as refused:
        store.incidents.finish(incident, Stage.CANCELLED, operator.id, note="误报")
    assert refused.value.permission is Permission.CANCEL_INCIDENTS
    assert _stage(store, incident) == Stage.INTAKE


def test_a_call_taker_cannot_sign_as_the_supervisor(
        store: Store, operator: Operator, supervisor: Operator) -> None:
    incident = _call(store, operator)
    store.actor = operator
    with pytest.raises(NotPermitted) as refused:  # a note in the supervisor's name
        store.incidents.add_note(incident, "已核实", supervisor.id)
    assert refused.value.reason == "not_yourself"
    with pytest.raises(NotPermitted):
        store.signoff.sign_off_day(date(2026, 11, 28), supervisor.id)
    with pytest.raises(NotPermitted):
        store.signoff.sign_off_day(date(2026, 11, 28), operator.id)
    assert [e.kind for e in store.incidents.timeline(incident)] == ["stage"]  # nothing added
    assert store.signoff.signed_days(Period.day(date(2026, 11, 28))) == {}


def test_a_supervisor_may_cancel_and_sign_off(store: Store, operator: Operator,
                                               supervisor: Operator) -> None:
    incident = _call(store, operator)
    store.actor = supervisor
    store.incidents.finish(incident, Stage.CANCELLED, supervisor.id, note="重复报警")
    assert _stage(store, incident) == Stage.CANCELLED
    store.signoff.sign_off_day(date(2026, 11, 28), supervisor.id)
    assert list(store.signoff.signed_days(Period.day(date(2026, 11, 28)))) == [date(2026, 11, 28)]


def test_an_administrator_does_no_case_work(store: Store) -> None:
    admin = store.accounts.add_operator("ad01", "系统管理员", "admin", "Admin-Pass-2026!")
    store.actor = admin
    with pytest.raises(NotPermitted) as refused:
        store.calls.log_call(CallDraft(caller_number="13800001111"), admin.id)
    assert refused.value.permission is Permission.LOG_CALLS
    assert store.count("calls") == 0


def test_only_a_supervisor_assigns_owners_and_resolves_escalations(
        store: Store, operator: Operator, supervisor: Operator) -> None:
    incident = _call(store, operator)
    store.actor = operator
    escalation = store.escalation.escalate_incident(incident, "群众多次来电催促", operator.id)
    with pytest.raises(NotPermitted):
        store.queues.assign_owner(incident, operator.id, operator.id)
    with pytest.raises(NotPermitted):
        store.escalation.resolve_escalation(escalation, "已督办", operator.id)
    store.actor = supervisor
    store.queues.assign_owner(incident, operator.id, supervisor.id)
    store.escalation.resolve_escalation(escalation, "已督办", supervisor.id)
    kinds = [e.kind for e in store.incidents.timeline(incident)]
    assert "owner" in kinds and "escalation_resolved" in kinds


def test_the_system_acts_in_anyones_name() -> None:
    check("system", Permission.SIGN_OFF, actor_id=None, operator_id=7)  # an import, a job
    assert all(may("system", p) for p in Permission)


def test_the_table_names_every_console_role(store: Store) -> None:
    assert {r.code for r in store.reference.roles} == set(PERMISSIONS)
