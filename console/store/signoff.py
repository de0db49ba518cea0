"""Sign-off of a tally day (日评查): its figures frozen as a snapshot, who signed and when.

The snapshot is the JSON of every figure and breakdown at the moment of
signing; rows are append-only (triggers in 0005_day_snapshots.sql), so later
edits to calls or incidents change the live figures, never the signed ones. Each
sign-off stores the audit chain's head with it (`DaySnapshot.anchor`), for the
signed page to print.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from console.domain.access import PERMISSIONS, Permission
from console.domain.audit import Anchor
from console.domain.clock import local_day
from console.domain.figures import Period, Tallies
from console.domain.lifecycle import OPEN_STAGES
from console.store.audit import SIGNOFF, anchor_of, record_anchor
from console.store.service import Service

if TYPE_CHECKING:
    pass

# Who may sign: the roles the domain gives the sign-off (supervisor, administrator).
SIGNING_ROLES = frozenset(r for r, granted in PERMISSIONS.items() if Permission.SIGN_OFF in granted)
NOTE_LIMIT = 500


class SignoffRefused(PermissionError):
    """A sign-off the console does not allow; `code` says why (not_allowed, future_day, note)."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class DaySnapshot:
    id: int
    day: date
    jurisdiction: str | None
    tallies: Tallies
    signed_by: int
    signer_name: str
    signed_at: str
    note: str
    anchor: Anchor | None = None  # the audit chain's head when the day was signed


@dataclass(frozen=True)
class OpenIncident:
    """An incident of the day still open at sign-off: what the supervisor is shown."""

    number: str
    category_code: str | None
    stage: str


@dataclass(frozen=True)
class DayOpen:
    """How many incidents of a day are still open, and the first few of them."""

    count: int
    first: list[OpenIncident]


class SignoffService(Service):
    def open_on_day(self, day: date, jurisdiction: str | None = None, *,
                    limit: int = 5) -> DayOpen:
        """The day's incidents not yet closed (警情清零 not reached), oldest first: shown before
        the day is signed off, so that nobody signs a day with open incidents unawares."""
        where = "day = ? AND stage IN ({})".format(", ".join("?" for _ in OPEN_STAGES))
        params: list[object] = [day.isoformat(), *sorted(s.value for s in OPEN_STAGES)]
        if jurisdiction:
            where += " AND jurisdiction_code = ?"
            params.append(jurisdiction)
        with self.reading() as conn:
            count = int(conn.execute(
                f"SELECT COUNT(*) FROM incidents INDEXED BY incidents_tally WHERE {where}",
                params).fetchone()[0])
            first = [OpenIncident(r[0], r[1], r[2]) for r in conn.execute(
                f"SELECT number, category_code, stage FROM incidents WHERE {where}"
                " ORDER BY opened_at, id LIMIT ?", [*params, limit])] if count else []
        return DayOpen(count, first)

    def sign_off_day(self, day: date, operator_id: int, *,
                     jurisdiction: str | None = None, note: str = "") -> DaySnapshot:
        """Freeze the day's figures; only a supervisor or an administrator may sign."""
        self.require(Permission.SIGN_OFF, operator_id)
        signer = self.store.accounts.operator(operator_id)
        if signer is None or not signer.active or signer.role not in SIGNING_ROLES:
            raise SignoffRefused("not_allowed")
        if day > local_day(self.now(), self.tz):
            raise SignoffRefused("future_day")
        if len(note) > NOTE_LIMIT or any(ord(ch) < 32 and ch not in "\n\t" for ch in note):
            raise SignoffRefused("note")
        with self.write() as conn:
            # Computed inside the write transaction: what is signed is what was there.
            tallies = self.store.figures.tallies(Period.day(day, jurisdiction))
            now = self.now_text()
            cur = conn.execute(
                "INSERT INTO day_snapshots (day, jurisdiction_code, figures, signed_by,"
                " signed_at, note) VALUES (?, ?, ?, ?, ?, ?)",
                [day.isoformat(), jurisdiction or "", json.dumps(tallies.to_dict(),
                                                                 ensure_ascii=False),
                 operator_id, now, note.strip()],
            )
            snapshot_id = int(cur.lastrowid or 0)
            anchor = record_anchor(conn, SIGNOFF, snapshot_id)
        return DaySnapshot(snapshot_id, day, jurisdiction, tallies, operator_id,
                           signer.display_name, now, note.strip(), anchor)

    def day_snapshot(self, day: date,
                     jurisdiction: str | None = None) -> DaySnapshot | None:
        """The sign-off in force for a day (the latest), if any."""
        row = self.conn.execute(
            "SELECT s.id, s.figures, s.signed_by, o.display_name, s.signed_at, s.note"
            " FROM day_snapshots s LEFT JOIN operators o ON o.id = s.signed_by"
            " WHERE s.day = ? AND s.jurisdiction_code = ? ORDER BY s.id DESC LIMIT 1",
            [day.isoformat(), jurisdiction or ""],
        ).fetchone()
        if row is None:
            return None
        return DaySnapshot(int(row[0]), day, jurisdiction, Tallies.from_dict(json.loads(row[1])),
                           int(row[2]), row[3] or "", row[4], row[5],
                           anchor_of(self.conn, SIGNOFF, int(row[0])))

    def signed_days(self, period: Period) -> dict[date, str]:
        """Days of the period with a sign-off in force, and when they were signed."""
        return {
            date.fromisoformat(r[0]): r[1] for r in self.conn.execute(
                "SELECT day, MAX(signed_at) FROM day_snapshots WHERE day BETWEEN ? AND ?"
                " AND jurisdiction_code = ? GROUP BY day",
                [period.first.isoformat(), period.last.isoformat(), period.jurisdiction or ""])
        }
