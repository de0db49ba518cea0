"""Sign-off (日评查): the day's figures frozen; later edits change live figures only."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from engines import REFUSED

from console.domain.calls import CallDraft
from console.domain.figures import Period, differences
from console.domain.outcomes import Outcome
from console.store import Store
from console.store.records import Operator
from console.store.signoff import SignoffRefused

BOTH_ENGINES = True  # each store test runs on SQLite and on PostgreSQL

DAY = date(2026, 11, 28)


def _log_day(store: Store, operator: Operator) -> list[int]:
    incidents = []
    for hour, category in ((1, "theft"), (3, "fight"), (9, "inquiry")):
        saved = store.calls.log_call(CallDraft(
            caller_number="13800001111", address="田家庵区舜耕路5号", jurisdiction_code="340403",
            category_code=category, received_at=datetime(2026, 11, 28, hour, tzinfo=UTC)),
            operator.id)
        if saved.incident_id:
            incidents.append(saved.incident_id)
    return incidents


def test_signed_figures_stay_frozen_while_live_figures_move(
        store: Store, operator: Operator, supervisor: Operator) -> None:
    incidents = _log_day(store, operator)
    snapshot = store.signoff.sign_off_day(DAY, supervisor.id, note="日评查无异常")
    assert snapshot.tallies["calls_total"] == 3
    assert snapshot.tallies["people_caught"] == 0
    assert snapshot.signer_name == "李强"

    store.incidents.record_outcome(incidents[0], Outcome(people_caught=2), operator.id)
    store.calls.log_call(CallDraft(caller_number="13900002222", category_code="nuisance",
                                   received_at=datetime(2026, 11, 28, 12, tzinfo=UTC)), operator.id)

    signed = store.signoff.day_snapshot(DAY)
    assert signed is not None
    assert signed.tallies.figures == snapshot.tallies.figures
    assert signed.signed_at == snapshot.signed_at == store.now_text()
    assert signed.note == "日评查无异常"
    live = store.figures.tallies(Period.day(DAY))
    moved = {d.key: (d.signed, d.live) for d in differences(signed.tallies.flat(), live.flat())}
    assert moved["calls_total"] == (3, 4)
    assert moved["calls_nuisance"] == (0, 1)
    assert moved["people_caught"] == (0, 2)
    assert "incidents_total" not in moved


def test_only_supervisors_and_admins_may_sign(store: Store, operator: Operator) -> None:
    with pytest.raises(SignoffRefused) as refused:
        store.signoff.sign_off_day(DAY, operator.id)
    assert refused.value.code == "not_allowed"
    assert store.signoff.day_snapshot(DAY) is None
    admin = store.accounts.add_operator("admin", "管理员", "admin", "secret-110")
    assert store.signoff.sign_off_day(DAY, admin.id).signed_by == admin.id


def test_a_future_day_cannot_be_signed(store: Store, supervisor: Operator) -> None:
    with pytest.raises(SignoffRefused) as refused:
        store.signoff.sign_off_day(date(2026, 11, 30), supervisor.id)
    assert refused.value.code == "future_day"


def test_a_control_character_in_the_note_is_refused(store: Store, supervisor: Operator) -> None:
    with pytest.raises(SignoffRefused) as refused:
        store.signoff.sign_off_day(DAY, supervisor.id, note="bad\x07")
    assert refused.value.code == "note"


def test_resigning_keeps_history_and_the_latest_is_in_force(
        store: Store, operator: Operator, supervisor: Operator, clock) -> None:  # type: ignore[no-untyped-def]
    _log_day(store, operator)
    first = store.signoff.sign_off_day(DAY, supervisor.id)
    store.calls.log_call(CallDraft(caller_number="13900002222", category_code="inquiry",
                                   received_at=datetime(2026, 11, 28, 12, tzinfo=UTC)), operator.id)
    clock.advance(minutes=5)
    second = store.signoff.sign_off_day(DAY, supervisor.id)
    current = store.signoff.day_snapshot(DAY)
    assert current is not None and current.id == second.id != first.id
    assert current.tallies["calls_total"] == 4
    assert store.signoff.signed_days(Period(date(2026, 11, 1), date(2026, 11, 30))) == {
        DAY: second.signed_at}


def test_snapshots_cannot_be_altered(store: Store, supervisor: Operator) -> None:
    store.signoff.sign_off_day(DAY, supervisor.id)
    with pytest.raises(REFUSED):
        store.conn.execute("UPDATE day_snapshots SET figures = '{}'")
    with pytest.raises(REFUSED):
        store.conn.execute("DELETE FROM day_snapshots")
    store.conn.rollback()


def test_a_jurisdiction_is_signed_on_its_own(store: Store, operator: Operator,
                                             supervisor: Operator) -> None:
    _log_day(store, operator)
    store.signoff.sign_off_day(DAY, supervisor.id, jurisdiction="340403")
    assert store.signoff.day_snapshot(DAY) is None
    scoped = store.signoff.day_snapshot(DAY, "340403")
    assert scoped is not None and scoped.tallies.period.jurisdiction == "340403"


def test_the_days_open_incidents_are_read_before_signing(
        store: Store, operator: Operator) -> None:
    theft, fight = _log_day(store, operator)
    still_open = store.signoff.open_on_day(DAY)
    assert still_open.count == 2
    assert [i.category_code for i in still_open.first] == ["theft", "fight"]  # oldest first
    assert all(i.number and i.stage == "intake" for i in still_open.first)
    assert store.signoff.open_on_day(DAY, limit=1).first[0].category_code == "theft"
    assert store.signoff.open_on_day(DAY, "340403").count == 2
    assert store.signoff.open_on_day(DAY, "340421").count == 0
    assert store.signoff.open_on_day(date(2026, 11, 27)).count == 0
    store.incidents.advance(theft, "cancelled", operator.id, note="报警人称误报")
    store.incidents.advance(fight, "handled", operator.id, result="双方已劝离")
    assert store.signoff.open_on_day(DAY).count == 1  # handled is not yet closed
    store.incidents.advance(fight, "closed", operator.id, closure="resolved")
    assert store.signoff.open_on_day(DAY).count == 0 and store.signoff.open_on_day(DAY).first == []
