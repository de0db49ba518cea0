"""The change log, counters and leases: what several seats share through the file."""

from __future__ import annotations

import multiprocessing
from datetime import UTC, datetime, timedelta
from pathlib import Path

from console.domain.calls import CallDraft
from console.domain.clock import FixedClock
from console.store import Store
from console.store.leases import ESCALATION


def _draft(**kw: object) -> CallDraft:
    base: dict[str, object] = dict(
        caller_number="13800001111", caller_name="王芳", address="田家庵区朝阳路18号",
        jurisdiction_code="340403", category_code="theft", summary="电动车被盗",
        disposition="incident")
    base.update(kw)
    return CallDraft(**base)  # type: ignore[arg-type]


def test_another_seat_reads_what_changed_since_its_last_look(db_path: Path, store: Store,
                                                            clock: FixedClock) -> None:
    with Store.open(db_path, clock=clock) as other:
        mark = other.changes.last_seq()
        assert not other.changes.since(mark)
        saved = store.calls.log_call(_draft(), None)
        changes = other.changes.since(mark)
        assert saved.incident_id in changes.incidents
        assert saved.call_id in changes.calls
        assert changes.seq > mark
        assert not other.changes.since(changes.seq)  # read once, not again
        store.incidents.add_note(saved.incident_id, "现场已处置", None)
        assert other.changes.since(changes.seq).incidents == (saved.incident_id,)


def test_a_pruned_log_tells_the_reader_to_reload(store: Store) -> None:
    mark = store.changes.last_seq()
    for _ in range(5):
        store.calls.log_call(_draft(), None)
    assert store.changes.prune(keep=2) > 0
    assert store.changes.since(mark).truncated
    assert not store.changes.since(store.changes.last_seq())


def test_incident_numbers_come_from_the_day_counter(store: Store) -> None:
    first = store.calls.log_call(_draft(), None)
    second = store.calls.log_call(_draft(), None)
    assert first.incident_number.endswith("-0001") and second.incident_number.endswith("-0002")
    row = store.conn.execute(
        "SELECT value FROM counters WHERE name = 'incident:2026-11-29'").fetchone()
    assert row[0] == 2


def test_a_day_loaded_without_its_counter_numbers_on_after_its_incidents(store: Store) -> None:
    store.calls.log_call(_draft(), None)
    store.calls.log_call(_draft(), None)
    with store.write() as conn:  # as a bulk load leaves it
        conn.execute("DELETE FROM counters")
    assert store.calls.log_call(_draft(), None).incident_number.endswith("-0003")


def test_one_seat_holds_the_escalation_lease_until_it_lapses(db_path: Path,
                                                            clock: FixedClock) -> None:
    with Store.open(db_path, clock=clock) as a, Store.open(db_path, clock=clock) as b:
        ttl = timedelta(seconds=45)
        assert a.leases.acquire(ESCALATION, "seat-a", ttl)
        assert not b.leases.acquire(ESCALATION, "seat-b", ttl)
        clock.advance(seconds=30)
        assert a.leases.acquire(ESCALATION, "seat-a", ttl)  # renewed
        clock.advance(seconds=44)
        assert not b.leases.acquire(ESCALATION, "seat-b", ttl)
        clock.advance(seconds=2)  # seat A stopped renewing: the lease lapsed
        assert b.leases.acquire(ESCALATION, "seat-b", ttl)
        assert a.leases.holder(ESCALATION) == "seat-b"
        assert not a.leases.acquire(ESCALATION, "seat-a", ttl)


def _try_lease(path: str, holder: str, barrier: object) -> bool:
    clock = FixedClock(datetime(2026, 11, 29, 2, 0, tzinfo=UTC))
    with Store.open(path, clock=clock) as store:
        barrier.wait()  # type: ignore[attr-defined]
        return store.leases.acquire(ESCALATION, holder, timedelta(seconds=45))


def test_of_seats_asking_at_once_exactly_one_gets_the_lease(db_path: Path) -> None:
    Store.open(db_path).close()
    ctx = multiprocessing.get_context("spawn")
    with ctx.Manager() as manager:
        barrier = manager.Barrier(4)
        with ctx.Pool(4) as pool:
            results = pool.starmap(_try_lease,
                                   [(str(db_path), f"seat-{n}", barrier) for n in range(4)])
    assert sorted(results) == [False, False, False, True]
