"""Seats on different hosts: a call saved by another process shows at this seat within a
second (LISTEN/NOTIFY), and a seat that lost the server catches up from the change log."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from pytestqt.qtbot import QtBot

from console.domain.clock import FixedClock
from console.store import Store
from console.ui.changes import ChangeWatcher

_SEAT = textwrap.dedent("""
    import sys
    from console.domain.calls import CallDraft
    from console.store import Store

    with Store.open(sys.argv[1]) as store:
        operator = store.accounts.login("ct02", "secret-110").operator
        store.actor = operator
        saved = store.calls.log_call(CallDraft(
            caller_number="13800002222", caller_name="李娜", address="田家庵区舜耕路12号",
            jurisdiction_code="340403", category_code="theft", priority=2,
            summary="电动车在楼下被盗", disposition="incident"), operator.id)
        print(saved.incident_id)
""")


def _other_seat_logs_a_call(url: str) -> int:
    """Another process, as another host's seat would: it logs one incident call."""
    done = subprocess.run([sys.executable, "-c", _SEAT, url], capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    return int(done.stdout.strip())


@pytest.fixture
def seat(pg_url: str, clock: FixedClock):
    store = Store.open(pg_url, clock=clock)
    store.accounts.add_operator("ct02", "李娜", "call_taker", "secret-110")
    yield store
    store.close()
    from console.store.pg.engine import close_pools

    close_pools()


def test_a_call_saved_at_another_host_shows_here_within_a_second(qtbot: QtBot, seat: Store,
                                                                  pg_url: str) -> None:
    watcher = ChangeWatcher(seat, interval_ms=60_000)  # no poll to help: only the server's word
    assert watcher.listening
    with qtbot.waitSignal(watcher.incidentsChanged, timeout=1000) as told:
        process = subprocess.Popen([sys.executable, "-c", _SEAT, pg_url],
                                   stdout=subprocess.PIPE, text=True)
        qtbot.waitUntil(lambda: process.poll() is not None, timeout=30_000)
        # its commit is done: the signal must come within the second that follows
    out, _ = process.communicate()
    incident_id = int(out.strip())
    assert told.args == [[incident_id]]
    watcher.stop()


def test_a_seat_that_lost_the_server_reads_what_it_missed(qtbot: QtBot, seat: Store,
                                                          pg_url: str) -> None:
    watcher = ChangeWatcher(seat, interval_ms=50)
    assert watcher.listening
    seen: list[int] = []
    watcher.incidentsChanged.connect(seen.extend)
    seat.conn.execute(  # the listening connection is cut, as by a network failure
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
        " WHERE query LIKE 'LISTEN%' AND pid <> pg_backend_pid()")
    qtbot.waitUntil(lambda: not watcher.listening, timeout=5000)
    missed = _other_seat_logs_a_call(pg_url)  # committed while this seat heard nothing
    qtbot.waitUntil(lambda: watcher.listening, timeout=10_000)  # listening again
    qtbot.waitUntil(lambda: missed in seen, timeout=5000)  # and caught up from the log
    watcher.stop()
