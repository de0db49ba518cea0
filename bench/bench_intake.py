"""Intake: saving a call, and the history look-up on a ten-year database.

- Save: `Store.log_call` ~500 times (WAL, synchronous=FULL, as the console runs)
  against a floor of a raw sqlite3 INSERT of the same call row + commit with the
  same durability. Target p99 under 15 ms.
- History: `store.lookup.history` + `history_flags` for a number and for an address on
  ≈10 million calls over ten years, against the same indexed SELECT in raw
  sqlite3. Target under 5 ms. The decade is `bench.fixtures.decade_db()`: ten
  years from the demo generator (incidents, events and audit as the console
  keeps them), built once and cached in bench/out/.

The quick run (`python -m bench --quick`): 100 saves, the history of the small database.
"""

from __future__ import annotations

import sqlite3
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench import common
from bench.common import measure, report
from bench.fixtures import decade_db, small_db
from console.domain.addresses import address_key, number_key
from console.domain.calls import CallDraft
from console.domain.clock import FixedClock, SystemClock, to_stored
from console.store import Store

SAVES = 500
LOOKUPS = 300
NOW = datetime(2026, 11, 29, 2, 0, tzinfo=UTC)
HOT_NUMBER = "13955550000"
HOT_ADDRESS = "田家庵区舜耕中路1号"
PASSWORD = "Bench-Pass-2026!"  # passes every role's password rule


def _draft(n: int) -> CallDraft:
    return CallDraft(caller_number=f"1380000{n % 10000:04d}", caller_name="王芳",
                     address=f"田家庵区朝阳路{n % 500}号", jurisdiction_code="340403",
                     category_code="theft", summary="电动车被盗，车停在楼下",
                     disposition="incident", received_at=datetime.now(UTC))


def bench_save(folder: Path) -> None:
    saves = 100 if common.QUICK else SAVES
    with Store.open(folder / "save.db", clock=SystemClock()) as store:
        op = store.accounts.add_operator("bench", "压测", "call_taker", PASSWORD)
        store.actor = store.accounts.authenticate("bench", PASSWORD)  # saves as a seat does
        counter = iter(range(10**9))
        timing = measure(lambda: store.calls.log_call(_draft(next(counter)), op.id, "B1"), saves)

    floor_path = folder / "floor.db"
    conn = sqlite3.connect(floor_path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE calls (line, received_at, logged_at, day, caller_number,"
                 " number_key, caller_name, address, address_key, jurisdiction_code,"
                 " category_code, priority, summary, disposition)")
    row = ("110", "2026-11-29T02:00:00.000Z", "2026-11-29T02:00:00.000Z", "2026-11-29",
           "13800001111", "13800001111", "王芳", "田家庵区朝阳路18号", "田家庵区朝阳路18号",
           "340403", "theft", 2, "电动车被盗，车停在楼下", "incident")

    def raw_insert() -> None:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO calls VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row)
        conn.execute("COMMIT")

    floor = measure(raw_insert, saves)
    conn.close()
    report(f"save a call (Store.log_call, {saves}x, WAL + synchronous=FULL)", timing, floor,
           target_ms=15)


def bench_history() -> None:
    path = small_db() if common.QUICK else decade_db()
    size = "small database" if common.QUICK else "decade database"
    clock = FixedClock(NOW)
    with Store.open(path, clock=clock) as store:
        total = store.count("calls")
        # A caller and a premise with a real history in the last year, saved the normal way.
        if not store.lookup.history(HOT_NUMBER):
            for k in range(40):
                clock.set(NOW - timedelta(days=300 - 7 * k))
                store.calls.log_call(CallDraft(caller_number=HOT_NUMBER, address=HOT_ADDRESS,
                                               jurisdiction_code="340403", category_code="noise",
                                               disposition="incident", summary="楼上吵闹"), None)
            clock.set(NOW)
        busy_number = next(row[0] for prefix in ("139%", "1%") for row in store.conn.execute(
            "SELECT number_key FROM calls WHERE number_key LIKE ?"
            " GROUP BY number_key ORDER BY COUNT(*) DESC LIMIT 1", [prefix]))
        numbers = [HOT_NUMBER, busy_number]
        addresses = [HOT_ADDRESS, store.conn.execute(
            "SELECT address FROM calls WHERE id = 12345").fetchone()[0]]
        rows_seen = [len(store.lookup.history(n, a)) for n, a in zip(numbers, addresses,
                                                                     strict=True)]

        def lookup(number: str, address: str) -> None:
            rows = store.lookup.history(number, address)
            store.lookup.history_flags(number, address, "noise", rows=rows)

        by_number = measure(lambda: lookup(numbers[0], ""), LOOKUPS)
        by_address = measure(lambda: lookup("", addresses[1]), LOOKUPS)
        both = measure(lambda: lookup(numbers[1], addresses[0]), LOOKUPS)
        suggestions = measure(lambda: store.lookup.address_suggestions("朝阳路1"), LOOKUPS)

    raw = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    since = to_stored(NOW - timedelta(days=365))
    sql = ("SELECT c.id, c.received_at, c.caller_number, c.address, c.category_code,"
           " c.disposition, c.incident_id, i.number, i.stage, c.is_dv, c.is_enterprise,"
           " c.summary FROM calls c INDEXED BY {index} LEFT JOIN incidents i"
           " ON i.id = c.incident_id WHERE c.{key} = ? AND c.{key} <> ''"
           " AND c.received_at >= ? ORDER BY c.received_at DESC LIMIT 50")
    by_number_sql = sql.format(index="calls_number", key="number_key")
    by_address_sql = sql.format(index="calls_address", key="address_key")
    floor_number = measure(lambda: raw.execute(
        by_number_sql, [number_key(numbers[0]), since]).fetchall(), LOOKUPS)
    floor_address = measure(lambda: raw.execute(
        by_address_sql, [address_key(addresses[1]), since]).fetchall(), LOOKUPS)

    def floor_both() -> None:
        raw.execute(by_number_sql, [number_key(numbers[1]), since]).fetchall()
        raw.execute(by_address_sql, [address_key(addresses[0]), since]).fetchall()

    floor_pair = measure(floor_both, LOOKUPS)
    raw.close()
    print(f"{size}: {total:,} calls; rows in last 12 months: {rows_seen}", flush=True)
    report(f"history + flags by number ({size})", by_number, floor_number, target_ms=5)
    report(f"history + flags by address ({size})", by_address, floor_address, target_ms=5)
    report(f"history + flags by number and address ({size})", both, floor_pair, target_ms=5)
    report(f"address completions (prefix, indexed, {size})", suggestions, target_ms=5)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        bench_save(Path(folder))
    bench_history()


if __name__ == "__main__":
    main()
