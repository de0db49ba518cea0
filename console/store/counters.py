"""Named counters handed out inside a write: daily incident numbers and the like.

`UPDATE … RETURNING` on one row takes that row's lock, so two writers can never
be handed the same value on any engine — not only under SQLite's single write
lock, as `MAX(seq) + 1` was.
"""

from __future__ import annotations

import sqlite3


def incident_counter(day_text: str) -> str:
    return f"incident:{day_text}"


def next_value(conn: sqlite3.Connection, name: str) -> int:
    """The counter's next value (1 for a new counter); call only inside a write."""
    row = conn.execute(
        "INSERT INTO counters (name, value) VALUES (?, 1)"
        " ON CONFLICT (name) DO UPDATE SET value = value + 1 RETURNING value",
        [name]).fetchone()
    return int(row[0])


def refill_counters(conn: sqlite3.Connection) -> None:
    """Set the incident counters from the incidents themselves (after a bulk load)."""
    conn.execute(
        "INSERT INTO counters (name, value)"
        " SELECT 'incident:' || day, MAX(seq) FROM incidents GROUP BY day"
        " ON CONFLICT (name) DO UPDATE SET value = MAX(value, excluded.value)")
