"""No one stored row breaks a view for everyone: bad rows planted with plain SQL are left
out of the queues, escalation, clear-to-zero, handover and history, reported, and every
other row still shows; the board and the tallies keep working."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from console.cli import main
from console.domain.calls import CallDraft
from console.domain.clock import FixedClock, SystemClock
from console.domain.figures import Period
from console.store import Store

YEAR_999 = "999-11-28T03:00:00.000Z"  # what an unpadded year-999 time looked like


def _incident(store: Store, received_at: datetime, number: str = "13900000001") -> int:
    saved = store.calls.log_call(CallDraft(
        caller_number=number, address="田家庵区朝阳路1号", jurisdiction_code="340403",
        category_code="theft", priority=1, summary="电动车被盗", disposition="incident",
        received_at=received_at), None)
    assert saved.incident_id is not None
    return saved.incident_id


def _silent_call(store: Store, number: str) -> int:
    return store.calls.log_call(CallDraft(caller_number=number, disposition="silent"),
                                None).call_id


def _plant(store: Store, sql: str, *args: object) -> None:
    """A bad value written in plain SQL behind the console's checks, as a tester or a broken
    tool would (on the store's connection: the audit triggers need its functions)."""
    with store.write() as conn:
        conn.execute(sql, args)


class Planted:
    def __init__(self, store: Store, clock: FixedClock) -> None:
        yesterday = clock.now() - timedelta(days=1)
        self.good = _incident(store, yesterday)
        self.year_999 = _incident(store, yesterday)
        self.garbled = _incident(store, yesterday)
        self.bad_day = _incident(store, yesterday)
        self.bad_number = _incident(store, yesterday)
        self.null_times = _incident(store, yesterday)
        self.good_call = _silent_call(store, "13900000010")
        self.bad_call = _silent_call(store, "13900000011")
        _plant(store, "UPDATE incidents SET opened_at = ?, stage_at = ? WHERE id = ?",
               YEAR_999, YEAR_999, self.year_999)
        _plant(store, "UPDATE incidents SET opened_at = 'yesterday-ish' WHERE id = ?",
               self.garbled)
        _plant(store, "UPDATE incidents SET day = '999-11-28' WHERE id = ?", self.bad_day)
        _plant(store, "UPDATE incidents SET number = '340400-10101-0001' WHERE id = ?",
               self.bad_number)
        # on scene, but no dispatch or arrival time where the stage says there is one
        _plant(store, "UPDATE incidents SET stage = 'on_scene', dispatched_at = NULL,"
               " arrived_at = NULL, stage_at = '' WHERE id = ?", self.null_times)
        _plant(store, "UPDATE calls SET logged_at = ?, received_at = ? WHERE id = ?",
               YEAR_999, YEAR_999, self.bad_call)
        self.unreadable = {self.year_999, self.garbled}


@pytest.fixture
def planted(store: Store, clock: FixedClock) -> Planted:
    return Planted(store, clock)


def test_the_queues_leave_out_the_bad_rows_and_say_which(store: Store, planted: Planted,
                                                         caplog: pytest.LogCaptureFixture):
    with caplog.at_level(logging.WARNING, logger="console.store"):
        items = store.queues.queue_items()
    refs = {(i.kind, i.ref_id) for i in items}
    assert ("dispatch", planted.good) in refs and ("dispatch", planted.bad_number) in refs
    assert ("dispatch", planted.bad_day) in refs
    assert ("silent_callback", planted.good_call) in refs
    skipped = store.queues.last_skipped
    assert {s.incident_id for s in skipped if s.table == "incidents"} == planted.unreadable
    assert [s.call_id for s in skipped if s.table == "calls"] == [planted.bad_call]
    assert all(i.ref_id not in planted.unreadable for i in items if i.incident_id)
    assert "unreadable row left out of a view" in caplog.text
    assert f"incidents row {planted.year_999}" in caplog.text
    # scoped to one bad incident: nothing, and no error
    assert store.queues.queue_items(incident_ids=[planted.garbled]) == []


def test_escalation_goes_on_past_the_bad_rows(store: Store, planted: Planted,
                                              clock: FixedClock):
    clock.advance(hours=2)
    escalated = store.escalation.escalate_due()
    assert f"dispatch:{planted.good}" in escalated
    assert f"dispatch:{planted.bad_number}" in escalated
    assert not any(key.endswith(f":{planted.year_999}") for key in escalated)
    assert store.escalation.escalate_due() == []  # and again: nothing more, no error


def test_clear_to_zero_and_handover_go_on_past_the_bad_rows(store: Store, planted: Planted):
    review = store.shift.clear_review()
    listed = {o.incident_id for o in review.incidents}
    assert {planted.good, planted.bad_number, planted.null_times} <= listed
    assert not listed & planted.unreadable
    assert {s.row_id for s in review.skipped} == planted.unreadable
    yesterday = next(d for d in review.days if d.day.isoformat() == "2026-11-28")
    assert not yesterday.cleared

    note = store.shift.handover("dispatch")
    assert planted.good in {i.ref_id for i in note.items}
    assert {s.incident_id for s in note.skipped if s.table == "incidents"} == \
        planted.unreadable


def test_the_board_history_and_tallies_go_on(store: Store, planted: Planted):
    board = {i.id: i for i in store.incidents.open_incidents()}
    assert board[planted.bad_number].number == "340400-10101-0001"
    assert planted.good in board

    rows = store.lookup.history(number="13900000011",
                                since=datetime(2026, 11, 1, tzinfo=UTC))
    assert rows == [] and [s.call_id for s in store.lookup.last_skipped] == [planted.bad_call]
    good = store.lookup.history(number="13900000010", since=datetime(2026, 11, 1, tzinfo=UTC))
    assert [r.call_id for r in good] == [planted.good_call]
    lookup = store.lookup.intake_lookup(number="13900000001")
    assert len(lookup.rows) == 6  # the incidents' calls themselves are untouched

    tallies = store.figures.tallies(Period(datetime(2026, 11, 28).date(),
                                           datetime(2026, 11, 29).date()))
    assert tallies.to_dict()


def test_console110_escalate_reports_and_goes_on(tmp_path: Path, capsys):
    db = tmp_path / "c.db"
    now = SystemClock().now()
    with Store.open(db) as store:
        good = _incident(store, now - timedelta(hours=2))
        bad = _incident(store, now - timedelta(hours=2))
        _plant(store, "UPDATE incidents SET opened_at = ?, stage_at = ? WHERE id = ?",
               YEAR_999, YEAR_999, bad)
    assert main(["escalate", "--db", str(db)]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("1 item(s) escalated") and "Traceback" not in err
    with Store.open(db) as store:
        keys = {r[0] for r in store.conn.execute("SELECT item_key FROM queue_escalations")}
    assert keys == {f"dispatch:{good}"}


def test_the_board_leaves_out_an_incident_whose_times_do_not_read(store, operator) -> None:
    """The board's reader skips a damaged incident (listed in last_skipped), so the board
    model, which parses every row's times, is never handed one."""
    from console.domain.calls import CallDraft

    good = store.calls.log_call(CallDraft(caller_number="13800001111", address="洞山中路1号",
                                          category_code="theft", jurisdiction_code="340402"),
                                operator.id)
    bad = store.calls.log_call(CallDraft(caller_number="13800002222", address="洞山中路2号",
                                         category_code="theft", jurisdiction_code="340402"),
                               operator.id)
    with store.write() as conn:
        conn.execute("UPDATE incidents SET stage_at = '999-11-28T03:04:05Z' WHERE id = ?",
                     [bad.incident_id])
    assert [i.id for i in store.incidents.open_incidents()] == [good.incident_id]
    assert [s.incident_id for s in store.incidents.last_skipped] == [bad.incident_id]
    assert [i.id for i in store.incidents.incidents_by_id(
        [good.incident_id, bad.incident_id])] == [good.incident_id]
