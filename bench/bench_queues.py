"""Queues: building a desk queue of 10,000 open items, and refreshing it after one change.

Targets: the build (derivation, the desk's items in queue order, the model) under 100 ms; an
incremental refresh (one incident re-read and patched in) far cheaper than a
rebuild. Floor: the raw SQL read of the same open incidents in plain sqlite3.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.common import measure, report
from console.domain.clock import FixedClock, to_stored
from console.store import Store

OPEN_ITEMS = 10_000
NOW = datetime(2026, 11, 29, 2, 0, tzinfo=UTC)


def build_database(path: Path) -> Store:
    clock = FixedClock(NOW)
    store = Store.open(path, clock=clock)
    codes = ["theft", "fight", "noise", "traffic_accident", "dispute_neighbour"]
    rows = []
    for n in range(OPEN_ITEMS):
        opened = to_stored(NOW - timedelta(seconds=7 * n))
        rows.append((f"3404002026112{n:06d}", "2026-11-29", n + 1, codes[n % len(codes)],
                     1 + n % 3, "340403", f"田家庵区朝阳路{n}号", "intake", opened, opened,
                     opened))
    with store.write() as conn:
        conn.executemany(
            "INSERT INTO incidents (number, day, seq, category_code, priority,"
            " jurisdiction_code, address, stage, stage_at, opened_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    return store


def main() -> None:
    from PySide6.QtGui import QGuiApplication

    from console.ui.queues.model import QueueModel

    app = QGuiApplication.instance() or QGuiApplication(["bench"])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "queues.db"
        store = build_database(path)
        model = QueueModel(store.now, "dispatch")

        def derive() -> None:
            store.queues.queue_items()

        def build() -> None:
            model.load(store.queues.queue_items())

        build()
        assert model.rowCount() == OPEN_ITEMS, model.rowCount()
        target = OPEN_ITEMS // 2
        incident_id = int(store.conn.execute(
            "SELECT id FROM incidents WHERE seq = ?", [target]).fetchone()[0])

        def refresh() -> None:
            with store.write() as conn:
                conn.execute("UPDATE incidents SET priority = 4 - priority WHERE id = ?",
                             [incident_id])
            model.apply(store.queues.queue_items(incident_ids=[incident_id]), [incident_id])

        raw = sqlite3.connect(str(path))

        def floor() -> None:
            raw.execute(
                "SELECT id, number, category_code, priority, jurisdiction_code, stage,"
                " opened_at, dispatched_at, arrived_at, is_dv, is_enterprise"
                " FROM incidents INDEXED BY incidents_open WHERE stage IN ('alert', 'intake',"
                " 'dispatched', 'en_route', 'on_scene', 'handled')").fetchall()

        floor_t = measure(floor, 10)
        report("derive 10,000 queue items (store)", measure(derive, 10), floor_t)
        report("build desk queue: derive + filter + sort + model", measure(build, 10), floor_t,
               target_ms=100)
        report("refresh after one change (write + re-read 1 incident + patch)",
               measure(refresh, 50), floor_t)
        first = measure(store.escalation.escalate_due, 1)  # escalates every overdue item
        report("escalate_due, first pass over 10,000 overdue items", first)
        report("escalate_due, nothing due (idempotent re-run)",
               measure(store.escalation.escalate_due, 5), floor_t)
        raw.close()
        store.close()
    del app


if __name__ == "__main__":
    main()
