"""The change feed's source: what changed since a sequence number, whoever changed it.

Rows are written by triggers inside each write transaction (0008_change_log.sql), so
a seat that reads past its last sequence sees every other seat's commits, in commit
order, without knowing which tables they touched.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from console.store.db import Db

# Rows kept when pruning: enough for a seat that was away for a while to catch up.
KEEP_ROWS = 200_000


@dataclass(frozen=True)
class Changes:
    """What changed between two points of the log; empty when nothing did."""

    seq: int
    incidents: tuple[int, ...] = ()
    calls: tuple[int, ...] = ()
    queue: bool = False
    days: bool = False
    truncated: bool = field(default=False)

    def __bool__(self) -> bool:
        return bool(self.incidents or self.calls or self.queue or self.days or self.truncated)


class ChangeLog:
    def __init__(self, db: Db):
        self._db = db

    def last_seq(self) -> int:
        with self._db.reading() as conn:
            return int(conn.execute("SELECT COALESCE(MAX(seq), 0) FROM change_log")
                       .fetchone()[0])

    def since(self, seq: int) -> Changes:
        """Everything after `seq`. `truncated` says the log no longer reaches back that
        far (pruned): the reader reloads in full instead of trusting the ids."""
        with self._db.reading() as conn:
            rows = conn.execute(
                "SELECT seq, subject, ref_id FROM change_log WHERE seq > ? ORDER BY seq",
                [seq]).fetchall()
            oldest = conn.execute("SELECT MIN(seq) FROM change_log").fetchone()[0]
        if not rows:
            return Changes(seq)
        incidents: set[int] = set()
        calls: set[int] = set()
        queue = days = False
        for _, subject, ref in rows:
            if subject == "incident":
                incidents.add(int(ref))
            elif subject == "call":
                calls.add(int(ref))
            elif subject == "queue":
                queue = True
            elif subject == "day":
                days = True
        truncated = oldest is not None and int(oldest) > seq + 1
        return Changes(int(rows[-1][0]), tuple(sorted(incidents)), tuple(sorted(calls)),
                       queue, days, truncated)

    def prune(self, keep: int = KEEP_ROWS) -> int:
        """Drop all but the newest `keep` rows; how many went."""
        with self._db.write() as conn:
            cursor = conn.execute(
                "DELETE FROM change_log WHERE seq <= (SELECT MAX(seq) FROM change_log) - ?",
                [keep])
            return cursor.rowcount
