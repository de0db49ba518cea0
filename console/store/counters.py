"""Named counters handed out inside a write: daily incident numbers and the like.

`UPDATE … RETURNING` on one row takes that row's lock, so two writers can never
be handed the same value on any engine — not only under SQLite's single write
lock, as `MAX(seq) + 1` was. The statements are the same on SQLite and PostgreSQL: the
counter's own value is named `counters.value` (bare, PostgreSQL cannot tell it from the
proposed row's).
"""

from __future__ import annotations

import sqlite3

from console.store.dialect import larger


def incident_counter(day_text: str) -> str:
    return f"incident:{day_text}"


def next_value(conn: sqlite3.Connection, name: str) -> int:
    """The counter's next value (1 for a new counter); call only inside a write."""
    row = conn.execute(
        "INSERT INTO counters (name, value) VALUES (?, 1)"
        " ON CONFLICT (name) DO UPDATE SET value = counters.value + 1 RETURNING value",
        [name]).fetchone()
    return int(row[0])


def next_incident_seq(conn: sqlite3.Connection, day_text: str) -> int:
    """The day's next incident sequence. A day's first counter starts past any incident
    already stored for it (a bulk load or an import written without the counter)."""
    row = conn.execute(
        "INSERT INTO counters (name, value)"
        " VALUES (?, (SELECT COALESCE(MAX(seq), 0) FROM incidents WHERE day = ?) + 1)"
        " ON CONFLICT (name) DO UPDATE SET value = counters.value + 1 RETURNING value",
        [incident_counter(day_text), day_text]).fetchone()
    return int(row[0])


def refill_counters(conn: sqlite3.Connection) -> None:
    """Set the incident counters from the incidents themselves (after a bulk load)."""
    conn.execute(
        "INSERT INTO counters (name, value)"
        " SELECT 'incident:' || day, MAX(seq) FROM incidents GROUP BY day"
        " ON CONFLICT (name) DO UPDATE SET value ="
        f" {larger('counters.value', 'excluded.value')}")
