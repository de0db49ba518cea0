"""DV details are redacted by the store itself for roles that may not read them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from console.domain.access import PERMISSIONS, Permission, may, sees_dv_details
from console.domain.calls import CallDraft
from console.store import Store

VICTIM_NAME = "刘某某"
VICTIM_NUMBER = "13955550123"
ACCOUNT = "丈夫酒后持刀威胁，孩子在场"


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
    with Store.open(db_path) as system:
        assert system.incidents.incident(dv_incident).summary == ACCOUNT  # type: ignore[union-attr]


def test_every_role_is_in_the_permission_table(store: Store) -> None:
    assert {r.code for r in store.reference.roles} == set(PERMISSIONS)
    assert [r for r in PERMISSIONS if sees_dv_details(r)] == ["dv_desk", "supervisor"]
    assert may("supervisor", Permission.SIGN_OFF) and not may("call_taker", Permission.SIGN_OFF)
