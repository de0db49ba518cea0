"""The escalation pass is run by one seat at a time: whoever holds the escalation lease.

Seats in separate processes race for the lease over the same file, each running the
pass whenever it holds it: exactly one escalates, and every overdue item escalates
once. `console110 escalate` (cron) takes the same lease, so it never runs beside a seat.
"""

from __future__ import annotations

import multiprocessing
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from console.cli import main
from console.domain.calls import CallDraft
from console.domain.clock import FixedClock, SystemClock
from console.domain.queues import ESCALATION_LEASE_TTL
from console.store import Store
from console.store.errors import DatabaseBusyError
from console.store.leases import ESCALATION

MOMENT = datetime(2026, 11, 29, 2, 0, tzinfo=UTC)
ROUNDS = 25


def _overdue_items(path: Path, now: datetime) -> set[str]:
    """Incidents and a silent call logged two hours before `now`; the keys of the items
    past their deadlines at `now` (dispatches, call-backs, incomplete calls)."""
    with Store.open(path, clock=FixedClock(now - timedelta(hours=2))) as store:
        for n in range(6):
            store.calls.log_call(CallDraft(caller_number=f"1390000000{n}", category_code="theft",
                                           priority=1 + n % 3, summary="被盗"), None)
        store.calls.log_call(CallDraft(caller_number="13900000099", disposition="silent",
                                       category_code="silent"), None)
        return {i.key for i in store.queues.queue_items() if i.overdue(now)}


def _seat(path: str, holder: str, barrier: object) -> tuple[str, int, list[str]]:
    """One seat's loop: try the lease; while held, run the pass. What it escalated."""
    with Store.open(path, clock=FixedClock(MOMENT)) as store:
        barrier.wait()  # type: ignore[attr-defined]
        held, escalated = 0, []
        for _ in range(ROUNDS):
            try:
                if store.leases.acquire(ESCALATION, holder, ESCALATION_LEASE_TTL):
                    held += 1
                    escalated += store.escalation.escalate_due()
            except DatabaseBusyError:
                continue  # the other seat writes just now: as a lane would, ask again
        return holder, held, escalated


def test_of_two_seats_exactly_one_runs_the_pass_and_items_escalate_once(
        db_path: Path) -> None:
    due = _overdue_items(db_path, MOMENT)
    assert {"dispatch", "silent_callback"} <= {key.split(":")[0] for key in due}
    ctx = multiprocessing.get_context("spawn")
    with ctx.Manager() as manager:
        barrier = manager.Barrier(2)
        with ctx.Pool(2) as pool:
            results = pool.starmap(_seat, [(str(db_path), f"seat-{n}", barrier)
                                           for n in range(2)])
    holders = [r for r in results if r[1] > 0]
    assert len(holders) == 1, results  # one seat held the lease throughout
    _, held, escalated = holders[0]
    assert held == ROUNDS
    assert Counter(escalated) == Counter(due)  # each item once, on the first pass
    others = [r for r in results if r[1] == 0]
    assert len(others) == 1 and others[0][2] == []

    with Store.open(db_path, clock=FixedClock(MOMENT)) as store:
        rows = store.conn.execute(
            "SELECT item_key, level_no, count(*) FROM queue_escalations"
            " GROUP BY item_key, level_no").fetchall()
        assert {r[0] for r in rows} == due
        assert all(r[2] == 1 for r in rows)  # no level recorded twice
        assert {r[1] for r in rows} == {1, 2}  # two hours late: supervisor, then leadership
        raised = store.conn.execute(
            "SELECT incident_id, level, count(*) FROM escalations GROUP BY incident_id, level"
        ).fetchall()
        assert raised and all(r[2] == 1 for r in raised)  # one escalation row per level
        assert store.escalation.escalate_due() == []  # nothing left for anyone


def test_cron_does_nothing_while_a_seat_holds_the_lease(
        db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    due = _overdue_items(db_path, SystemClock().now())
    with Store.open(db_path) as seat:
        assert seat.leases.acquire(ESCALATION, "host:1:seat-7", ESCALATION_LEASE_TTL)
        assert main(["escalate", "--db", str(db_path)]) == 0
        assert "run by host:1:seat-7" in capsys.readouterr().out
        assert seat.conn.execute("SELECT count(*) FROM queue_escalations").fetchone()[0] == 0

        seat.leases.release(ESCALATION, "host:1:seat-7")  # the seat closed
        assert main(["escalate", "--db", str(db_path)]) == 0
        assert capsys.readouterr().out == f"{len(due)} item(s) escalated\n"
        assert seat.leases.holder(ESCALATION) is None  # cron let go when done
        assert seat.leases.acquire(ESCALATION, "host:1:seat-7", ESCALATION_LEASE_TTL)
