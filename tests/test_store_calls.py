"""Logging calls: incidents, numbers, incomplete calls, refusals, durability."""

import multiprocessing
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from console.domain.calls import CallDraft
from console.domain.clock import FixedClock
from console.domain.numbering import parse_incident_number
from console.store import InputRefused, Store

BOTH_ENGINES = True  # each store test runs on SQLite and on PostgreSQL


def _draft(**kw) -> CallDraft:
    base = dict(caller_number="13800001111", caller_name="王芳", address="田家庵区朝阳路18号",
                jurisdiction_code="340403", category_code="theft", summary="电动车被盗",
                disposition="incident")
    base.update(kw)
    return CallDraft(**base)


def test_an_incident_call_creates_a_numbered_incident_and_its_first_event(store, operator):
    saved = store.calls.log_call(_draft(), operator.id, seat="A3")
    assert saved.incident_number == "340400-20261129-0001"
    assert not saved.incomplete
    inc = store.incidents.incident(saved.incident_id)
    assert inc.stage == "intake" and inc.category_code == "theft" and inc.priority == 2
    events = store.incidents.timeline(saved.incident_id)
    assert [(e.kind, e.stage, e.operator) for e in events] == [("stage", "intake", "张明")]
    call = store.calls.call(saved.call_id)
    assert call["seat"] == "A3" and call["day"] == "2026-11-29" and call["incomplete"] == ""


def test_the_tally_day_is_the_local_day(db_path):
    # 23:30 UTC on the 28th is 07:30 on the 29th in Huainan.
    clock = FixedClock(datetime(2026, 11, 28, 23, 30, tzinfo=UTC))
    with Store.open(db_path, clock=clock) as store:
        saved = store.calls.log_call(_draft(), None)
        assert store.calls.call(saved.call_id)["day"] == "2026-11-29"
        assert store.calls.call(saved.call_id)["received_at"] == "2026-11-28T23:30:00.000Z"
        assert saved.incident_number.startswith("340400-20261129-")


def test_numbers_follow_a_daily_sequence(store, clock):
    numbers = [store.calls.log_call(_draft(), None).incident_number for _ in range(3)]
    clock.advance(days=1)
    numbers.append(store.calls.log_call(_draft(), None).incident_number)
    assert [parse_incident_number(n)[2] for n in numbers] == [1, 2, 3, 1]
    assert numbers[-1] == "340400-20261130-0001"


def _log_many(path: str, count: int) -> list[str]:
    with Store.open(path) as store:
        return [store.calls.log_call(_draft(), None).incident_number for _ in range(count)]


def test_numbers_stay_unique_when_seats_save_at_once(db_path: Path):
    Store.open(db_path).close()
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(3) as pool:
        results = pool.starmap(_log_many, [(str(db_path), 15)] * 3)
    numbers = [n for batch in results for n in batch]
    assert len(numbers) == 45 and len(set(numbers)) == 45


def test_a_missing_field_saves_the_call_marked_incomplete(store, operator):
    saved = store.calls.log_call(_draft(address="", jurisdiction_code="", category_code=""),
                                 operator.id)
    assert saved.incomplete
    stored = store.calls.call(saved.call_id)["incomplete"].split()
    assert "address:missing" in stored and "category_code:missing" in stored
    assert saved.incident_id is not None


def test_an_odd_number_and_unknown_category_are_kept_not_refused(store):
    saved = store.calls.log_call(_draft(caller_number="call me back", category_code="made_up"),
                                 None)
    call = store.calls.call(saved.call_id)
    assert call["caller_number"] == "call me back" and call["category_code"] is None
    assert "caller_number:odd_number" in call["incomplete"]
    assert "category_code:unknown_code" in call["incomplete"]


def test_impossible_input_is_refused_and_nothing_is_written(store):
    with pytest.raises(InputRefused) as info:
        store.calls.log_call(_draft(summary="x" * 2001), None)
    assert info.value.problems[0].field == "summary"
    with pytest.raises(InputRefused) as info:
        store.calls.log_call(_draft(caller_name="王\x07芳"), None)
    assert info.value.problems[0].code == "control_chars"
    with pytest.raises(InputRefused):
        store.calls.log_call(_draft(received_at=datetime(2026, 11, 29, 10, 0)), None)  # naive
    assert store.count("calls") == 0 and store.count("incidents") == 0


def test_non_incident_calls_are_kept_without_an_incident(store):
    for disposition, extra in [("inquiry", {}), ("nuisance", {}), ("silent", {}),
                               ("transfer_12345", {"transfer_ref": "12345-2026-0042"})]:
        saved = store.calls.log_call(_draft(disposition=disposition, **extra), None)
        assert saved.incident_id is None
        assert store.calls.call(saved.call_id)["disposition"] == disposition
    assert store.count("calls") == 4 and store.count("incidents") == 0


def test_a_duplicate_call_is_linked_to_the_open_incident(store, operator):
    first = store.calls.log_call(_draft(), operator.id)
    dup = store.calls.log_call(_draft(disposition="duplicate", duplicate_of=first.incident_number),
                               operator.id)
    assert dup.incident_id == first.incident_id and store.count("incidents") == 1
    assert [e.kind for e in store.incidents.timeline(first.incident_id)] == ["stage",
                                                                             "duplicate_call"]


def test_a_dv_call_is_flagged_and_routed(store):
    saved = store.calls.log_call(_draft(category_code="domestic_violence"), None)
    assert saved.route.desks == {"dispatch", "dv"}
    assert store.incidents.incident(saved.incident_id).is_dv


def test_a_saved_call_survives_a_killed_process(db_path: Path):
    """Committed data is on disk when the process dies without closing the store."""
    ctx = multiprocessing.get_context("spawn")
    proc = ctx.Process(target=_save_then_die, args=(str(db_path),))
    proc.start()
    proc.join(60)
    assert proc.exitcode == 9
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT summary FROM calls").fetchall() == [("电动车被盗",)]


def _save_then_die(path: str) -> None:
    import os

    store = Store.open(path)
    store.calls.log_call(_draft(), None)
    os._exit(9)


def test_a_receive_time_in_the_future_is_refused(store, clock):
    from datetime import timedelta

    with pytest.raises(InputRefused) as info:
        store.calls.log_call(_draft(received_at=clock.now() + timedelta(days=3)), None)
    assert info.value.problems[0].field == "received_at"
    store.calls.log_call(_draft(received_at=clock.now() + timedelta(minutes=1)), None)  # clock skew


def test_a_duplicate_of_an_unknown_number_is_saved_marked_incomplete(store):
    saved = store.calls.log_call(_draft(disposition="duplicate",
                                        duplicate_of="340400-20260101-9999"),
                                 None)
    assert saved.incident_id is None
    assert "duplicate_of:unknown_code" in store.calls.call(saved.call_id)["incomplete"]


def test_a_duplicate_takes_category_address_and_district_from_its_incident(store, operator):
    first = store.calls.log_call(_draft(), operator.id)
    dup = store.calls.log_call(CallDraft(caller_number="13900002222", disposition="duplicate",
                                         duplicate_of=first.incident_number), operator.id)
    assert not dup.incomplete and dup.incident_id == first.incident_id
    call = store.calls.call(dup.call_id)
    assert call["incomplete"] == "" and call["category_code"] == "theft"
    assert call["address"] == "田家庵区朝阳路18号" and call["jurisdiction_code"] == "340403"
    assert store.queues.queue_items(call_ids=[dup.call_id]) == []


def test_a_duplicate_keeps_what_the_call_taker_typed(store, operator):
    first = store.calls.log_call(_draft(), operator.id)
    dup = store.calls.log_call(
        CallDraft(caller_number="13900002222", address="朝阳路18号对面",
                  category_code="duplicate", duplicate_of=first.incident_number),
        operator.id)
    call = store.calls.call(dup.call_id)
    assert call["disposition"] == "duplicate" and call["category_code"] == "duplicate"
    assert call["address"] == "朝阳路18号对面" and call["jurisdiction_code"] == "340403"
    assert "disposition:missing" in call["incomplete"]  # no disposition chosen: still said


def test_a_duplicate_of_an_unknown_number_is_not_completed_from_anywhere(store):
    saved = store.calls.log_call(CallDraft(caller_number="13900002222", disposition="duplicate",
                                           duplicate_of="340400-20260101-9999"), None)
    incomplete = store.calls.call(saved.call_id)["incomplete"]
    assert "category_code:missing" in incomplete and "address:missing" in incomplete


def test_a_malformed_duplicate_number_is_refused_not_looked_up(store: Store) -> None:
    """A lone surrogate (fuzzed input) in the number a duplicate points at cannot even be
    sent to SQLite: it is refused like any malformed number, nothing written."""
    for number in ("\ud800", "340400-10101-0001"):
        with pytest.raises(InputRefused):
            store.calls.log_call(_draft(disposition="duplicate", duplicate_of=number), None)
    assert store.count("calls") == 0
