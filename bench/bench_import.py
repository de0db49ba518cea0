"""Import speed on the real San Diego export (26,595 calls), beside a raw-sqlite3 floor.

The floor reads the same CSV with the csv module and inserts one row per call
into the same `calls` table (its indexes and counting triggers) with one
`executemany` in one transaction: no mapping, no time-zone conversion, no
incidents or events, and no audit trail (its triggers call the console's own
SQL functions, so plain sqlite3 runs without them). The ratio is what mapping,
validation, numbering, the event log and the audit trail cost on top.
"""

from __future__ import annotations

import csv
import sqlite3
import tempfile
from pathlib import Path

from bench.common import measure, report
from console.domain.mapping import load_mapping
from console.paths import db_dir
from console.store import Store

REAL = Path(__file__).resolve().parents[2] / "shared" / "data" / "real" / "san-diego-2023"
DATA = REAL / "pd_calls_for_service_2023_datasd.csv"
REPEAT = 3


def _import_once(folder: Path, run: list[int]) -> None:
    run[0] += 1
    with Store.open(folder / f"import{run[0]}.db") as store:
        store.imports.import_calls([DATA],
                                   load_mapping(db_dir() / "mappings" / "san_diego_2023.toml"))


def _floor_once(folder: Path, run: list[int]) -> None:
    run[0] += 1
    path = folder / f"floor{run[0]}.db"
    Store.open(path).close()  # the same schema and indexes
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'"
                                " AND name LIKE 'audit_calls_%'").fetchall():
        conn.execute(f'DROP TRIGGER "{name}"')
    with DATA.open(encoding="utf-8-sig", newline="") as handle:
        rows = [(r["date_time"], r["date_time"], r["date_time"][:10],
                 r["address_road_primary"], int(r["priority"] or 0))
                for r in csv.DictReader(handle)]
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany(
        "INSERT INTO calls (line, received_at, logged_at, day, address, priority, disposition,"
        " source) VALUES ('110', ?, ?, ?, ?, ?, 'inquiry', 'x')", rows)
    conn.execute("COMMIT")
    conn.close()


def main() -> None:
    if not DATA.is_file():
        print(f"import: skipped, {DATA} is absent")
        return
    rows = sum(1 for _ in DATA.open(encoding="utf-8")) - 1
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        counter = [0]
        timing = measure(lambda: _import_once(folder, counter), REPEAT)
        floor = measure(lambda: _floor_once(folder, counter), REPEAT)
    report(f"import {rows:,} San Diego calls (one transaction)", timing, floor, unit="ms")
    print(f"import: {rows / (timing.median / 1000):,.0f} rows/s"
          f" (floor {rows / (floor.median / 1000):,.0f} rows/s)", flush=True)


if __name__ == "__main__":
    main()
