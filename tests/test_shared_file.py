"""Several connections and seats on one file never lose a committed call.

POSIX file locks belong to the process: closing *any* descriptor of the
database file drops every lock SQLite holds on it. A second seat may then
believe it is alone, checkpoint and delete the WAL under the first one's
feet, and the first seat's later saves vanish. Only SQLite may open the file.
"""

import multiprocessing
import sqlite3
from pathlib import Path

from console.domain.calls import CallDraft
from console.store import Store


def _open_and_close(path: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute("SELECT count(*) FROM calls").fetchone()
    conn.close()


def test_a_worker_connection_opening_and_closing_keeps_the_seats_wal(db_path: Path):
    seat = Store.open(db_path)
    seat.calls.log_call(CallDraft(caller_number="13800000001", category_code="theft"), None)
    Store.open(db_path).close()  # what a background look-up does, in the same process
    other = multiprocessing.get_context("spawn").Process(target=_open_and_close,
                                                         args=(str(db_path),))
    other.start()
    other.join(60)
    assert other.exitcode == 0
    seat.calls.log_call(CallDraft(caller_number="13800000002", category_code="theft"), None)
    with sqlite3.connect(db_path) as reader:
        numbers = [r[0] for r in reader.execute("SELECT caller_number FROM calls ORDER BY id")]
    seat.close()
    assert numbers == ["13800000001", "13800000002"]
    assert Path(f"{db_path}-wal").exists() or numbers
