"""Leases: one seat at a time does a chore every seat could do (the escalation pass).

A seat holds a lease by renewing it before it expires; when the holder stops (closed,
crashed, cut off), the lease runs out and the next seat that asks takes it over.
"""

from __future__ import annotations

from datetime import timedelta

from console.domain.clock import Clock, to_stored
from console.store.db import Db

ESCALATION = "escalation"


class Leases:
    def __init__(self, db: Db, clock: Clock):
        self._db = db
        self._clock = clock

    def acquire(self, name: str, holder: str, ttl: timedelta) -> bool:
        """Take or renew the lease; whether `holder` holds it now."""
        now = self._clock.now()
        with self._db.write() as conn:
            row = conn.execute(
                "INSERT INTO leases (name, holder, expires_at) VALUES (?, ?, ?)"
                " ON CONFLICT (name) DO UPDATE SET holder = excluded.holder,"
                " expires_at = excluded.expires_at"
                " WHERE leases.holder = excluded.holder OR leases.expires_at <= ?"
                " RETURNING holder",
                [name, holder, to_stored(now + ttl), to_stored(now)]).fetchone()
        return row is not None and row[0] == holder

    def release(self, name: str, holder: str) -> None:
        with self._db.write() as conn:
            conn.execute("DELETE FROM leases WHERE name = ? AND holder = ?", [name, holder])

    def holder(self, name: str) -> str | None:
        with self._db.reading() as conn:
            row = conn.execute(
                "SELECT holder FROM leases WHERE name = ? AND expires_at > ?",
                [name, to_stored(self._clock.now())]).fetchone()
        return None if row is None else str(row[0])
