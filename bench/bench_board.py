"""The board's reads on the GUI thread: the start-up load and one live update.

500 open incidents (a very bad day: the centre clears to zero daily) among
5,000 closed ones; each figure is printed beside plain sqlite3 doing the
same reads.
"""

from __future__ import annotations

import sqlite3
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from bench.common import measure, report
from console.domain.calls import CallDraft
from console.domain.clock import FixedClock
from console.store import Store

OPEN, CLOSED = 500, 5_000
PASSWORD = "Bench-Pass-2026!"  # passes every role's password rule


def _build(path: Path) -> tuple[Store, list[int]]:
    clock = FixedClock(datetime(2026, 11, 29, 2, 0, tzinfo=UTC))
    store = Store.open(path, clock=clock)
    op = store.accounts.add_operator("bench", "基准", "dispatcher", PASSWORD)
    ids = []
    for n in range(OPEN + CLOSED):
        saved = store.calls.log_call(CallDraft(
            caller_number=f"1380000{n:04d}", address=f"田家庵区舜耕路{n}号",
            jurisdiction_code="340403", category_code="theft", disposition="incident"), op.id)
        assert saved.incident_id is not None
        if n < CLOSED:
            store.incidents.advance(saved.incident_id, "handled", op.id, result="ok")
            store.incidents.finish(saved.incident_id, "closed", op.id, closure="resolved")
        else:
            if n % 2:
                store.units.dispatch(saved.incident_id, ["DS01"], op.id)
            ids.append(saved.incident_id)
        clock.advance(seconds=3)
    return store, ids


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db"
        store, ids = _build(path)
        raw = sqlite3.connect(path)
        few = ids[-5:]
        marks = ", ".join("?" for _ in few)

        def load() -> None:
            rows = store.incidents.open_incidents()
            store.units.active_units([r.id for r in rows])

        def load_floor() -> None:
            rows = raw.execute(
                "SELECT * FROM incidents WHERE stage IN ('alert', 'intake', 'dispatched',"
                " 'en_route', 'on_scene', 'handled') ORDER BY stage_at").fetchall()
            raw.execute("SELECT incident_id, unit_code FROM assignments WHERE cleared_at IS NULL"
                        f" AND incident_id IN ({', '.join('?' for _ in rows)})",
                        [r[0] for r in rows]).fetchall()

        def update() -> None:
            store.incidents.incidents_by_id(few)
            store.units.active_units(few)

        def update_floor() -> None:
            raw.execute(f"SELECT * FROM incidents WHERE id IN ({marks})", few).fetchall()
            raw.execute("SELECT incident_id, unit_code FROM assignments WHERE cleared_at IS NULL"
                        f" AND incident_id IN ({marks})", few).fetchall()

        report(f"board load, {OPEN} open of {OPEN + CLOSED}", measure(load, 30),
               measure(load_floor, 30), target_ms=50)
        report("board live update, 5 incidents", measure(update, 200),
               measure(update_floor, 200), target_ms=5)
        raw.close()
        store.close()


if __name__ == "__main__":
    main()
