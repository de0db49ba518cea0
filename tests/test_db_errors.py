"""SQLite errors reach the user as what they mean, classified by result code."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from console.store import (
    CorruptDatabaseError,
    DatabaseBusyError,
    DiskFullError,
    Store,
)
from console.store.db import classify


def test_a_full_disk_is_reported_as_full_and_nothing_is_written(store: Store) -> None:
    before = store.count("settings")
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(DiskFullError), store.write() as conn:
        for n in range(2000):
            conn.execute("INSERT INTO settings (key, value) VALUES (?, ?)",
                         [f"filler-{n}", "x" * 500])
    store.conn.execute("PRAGMA max_page_count = 1073741823")
    assert store.count("settings") == before


def test_a_write_lock_held_elsewhere_is_busy(db_path: Path, store: Store) -> None:
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    store.conn.execute("PRAGMA busy_timeout = 50")
    try:
        with pytest.raises(DatabaseBusyError), store.write():
            pass
    finally:
        other.execute("ROLLBACK")
        other.close()
    with store.write() as conn:  # free again: the next action goes through
        conn.execute("INSERT INTO settings (key, value) VALUES ('after', 'busy')")
    assert store.setting("after") == "busy"


def test_damage_is_reported_as_damage(tmp_path: Path) -> None:
    path = tmp_path / "damaged.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x TEXT)")
    conn.executemany("INSERT INTO t VALUES (?)", [("y" * 300,) for _ in range(400)])
    conn.commit()
    conn.close()
    data = bytearray(path.read_bytes())
    data[4096 * 2: 4096 * 2 + 200] = b"\xff" * 200  # a page of the table
    path.write_bytes(bytes(data))
    conn = sqlite3.connect(path)
    with pytest.raises(sqlite3.DatabaseError) as caught:
        conn.execute("SELECT count(*), max(length(x)) FROM t").fetchall()
    conn.close()
    assert isinstance(classify(caught.value, path), CorruptDatabaseError)


def test_a_programming_error_stays_a_bug(store: Store) -> None:
    with pytest.raises(sqlite3.OperationalError), store.write() as conn:
        conn.execute("SELECT no_such_column FROM settings")
