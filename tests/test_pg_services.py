"""Store services written against `Db` (console/store/db.py) running unchanged on PostgreSQL
through `PgConnection`: the change log a seat follows and the escalation lease; and the change
log read in commit order while two seats write."""

from __future__ import annotations

import threading
from datetime import timedelta

from pg_rows import DAY, insert_call, insert_incident

from console.domain.clock import FixedClock
from console.store.change_log import ChangeLog
from console.store.leases import ESCALATION, Leases
from console.store.pg.connect import ChangeListener, PgConnection

pytest_plugins = ["pg_fixtures"]  # also registered by tests/conftest.py once it names it


def test_another_seat_follows_the_change_log(pg: PgConnection, pg_url: str) -> None:
    with PgConnection.connect(pg_url) as other_conn:
        other = ChangeLog(other_conn)  # type: ignore[arg-type]
        mark = other.last_seq()
        assert mark == 0 and not other.since(mark)
        with pg.write():
            incident = insert_incident(pg, 1)
            call = insert_call(pg, incident_id=incident)
        changes = other.since(mark)
        assert changes.incidents == (incident,) and changes.calls == (call,)
        assert not other.since(changes.seq)
        with pg.write():
            pg.execute("INSERT INTO incident_events (incident_id, at, kind, detail)"
                       " VALUES (?, ?, 'note', '{}')", [incident, f"{DAY}T02:05:00.000Z"])
        assert other.since(changes.seq).incidents == (incident,)
        with pg.write():
            for _ in range(4):
                insert_call(pg)
        assert ChangeLog(pg).prune(keep=2) > 0  # type: ignore[arg-type]
        assert other.since(changes.seq).truncated


def test_one_seat_at_a_time_holds_the_escalation_lease(pg: PgConnection, pg_url: str) -> None:
    clock = FixedClock()
    with PgConnection.connect(pg_url) as second:
        first_seat = Leases(pg, clock)  # type: ignore[arg-type]
        second_seat = Leases(second, clock)  # type: ignore[arg-type]
        ttl = timedelta(seconds=45)
        assert first_seat.acquire(ESCALATION, "host-a:1:seat", ttl)
        assert not second_seat.acquire(ESCALATION, "host-b:2:seat", ttl)
        assert second_seat.holder(ESCALATION) == "host-a:1:seat"
        clock.advance(seconds=46)  # the holder stopped renewing
        assert second_seat.acquire(ESCALATION, "host-b:2:seat", ttl)
        assert not first_seat.acquire(ESCALATION, "host-a:1:seat", ttl)
        second_seat.release(ESCALATION, "host-b:2:seat")
        assert first_seat.holder(ESCALATION) is None


def test_a_follower_misses_nothing_while_two_seats_write(pg: PgConnection, pg_url: str) -> None:
    """Sequence numbers are handed out under the write lock, so they commit in order: a reader
    that moves its mark to the highest seq it saw never skips one committed later."""
    written: list[int] = []
    errors: list[BaseException] = []
    start = threading.Barrier(3)

    def seat() -> None:
        try:
            with PgConnection.connect(pg_url) as conn:
                start.wait()
                for _ in range(25):
                    with conn.write():
                        written.append(insert_call(conn))
        except BaseException as exc:  # reported below
            errors.append(exc)

    seats = [threading.Thread(target=seat) for _ in range(2)]
    for t in seats:
        t.start()
    follower = ChangeLog(pg)  # type: ignore[arg-type]
    seen: set[int] = set()
    mark = 0
    with ChangeListener(pg_url) as listener:
        start.wait()
        while any(t.is_alive() for t in seats) or len(seen) < len(written):
            listener.wait(timeout=0.05, stop_after=1)
            changes = follower.since(mark)
            seen.update(changes.calls)
            mark = changes.seq
            if not any(t.is_alive() for t in seats) and not changes:
                break
    for t in seats:
        t.join(10)
    assert not errors
    assert len(written) == 50 and seen == set(written)
