"""What the intake form asks while the call-taker types: history, flags, earlier addresses.

Caller and premise history are earlier calls by number or address, with flags; both
ride the partial indexes `calls_number` and `calls_address` (key, received_at), so
they stay fast on a ten-year database. One `intake_lookup` bundles history, flags
and address completions, so the form's worker makes one round trip per pause in
typing. An earlier call whose receive time does not read is left out of the history,
logged, and listed in `LookupService.last_skipped`: one damaged row never breaks the
form's history for every seat.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from console.domain.addresses import address_key, number_key
from console.domain.clock import day_bounds, local_day, readable_stored, to_stored
from console.domain.lifecycle import is_open
from console.store.records import HistoryRow, IncidentRow, SkippedRow, skipped_row
from console.store.redaction import redact_all
from console.store.service import Service

ADDRESS_PREFIX_MIN = 2
# Above every code point that can appear in a key: the end of a prefix range.
_PREFIX_END = "\U0010ffff"

if TYPE_CHECKING:
    pass

HISTORY_DAYS = 365
DUPLICATE_WINDOW = timedelta(hours=2)

_SELECT = (
    "SELECT c.id, c.received_at, c.caller_number, c.address, c.category_code, c.disposition,"
    " c.incident_id, i.number, i.stage, c.is_dv, c.is_enterprise, c.summary"
    " FROM calls c {index} LEFT JOIN incidents i ON i.id = c.incident_id"
    " WHERE c.{key} = ? AND c.{key} <> '' AND c.received_at >= ?"
    " ORDER BY c.received_at DESC LIMIT ?"
)


@dataclass
class HistoryFlags:
    dv_before: bool = False
    dv_warned: bool = False  # a household with two or more written DV warnings (the flag only)
    enterprise_id: int | None = None
    enterprise_name: str = ""
    calls_today: int = 0
    possible_duplicates: list[IncidentRow] = field(default_factory=list)


@dataclass
class IntakeLookup:
    """What the intake form asks in one round trip per pause in typing."""

    rows: list[HistoryRow] = field(default_factory=list)
    flags: HistoryFlags = field(default_factory=HistoryFlags)
    addresses: list[str] = field(default_factory=list)


class LookupService(Service):
    last_skipped: tuple[SkippedRow, ...] = ()  # what the last history left out

    def history(self, number: str = "", address: str = "", *,
                since: datetime | None = None, limit: int = 50) -> list[HistoryRow]:
        """Earlier calls from this number or at this address, newest first."""
        start = to_stored(since or self.now() - timedelta(days=HISTORY_DAYS))
        found: dict[int, HistoryRow] = {}
        skipped: dict[int, SkippedRow] = {}
        for key_name, key in (("number_key", number_key(number)),
                              ("address_key", address_key(address))):
            if not key:
                continue
            label = "number" if key_name == "number_key" else "address"
            index = "INDEXED BY calls_number" if label == "number" else "INDEXED BY calls_address"
            for r in self.conn.execute(_SELECT.format(index=index, key=key_name),
                                       [key, start, limit]):
                if not readable_stored(r[1]):
                    skipped[r[0]] = skipped_row(
                        "calls", r, ValueError(f"receive time {r[1]!r} does not read"),
                        call_key="id")
                    continue
                previous = found.get(r[0])
                matched = "both" if previous and previous.matched_on != label else label
                found[r[0]] = HistoryRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8],
                                         bool(r[9]), bool(r[10]), r[11], matched)
        self.last_skipped = tuple(skipped.values())
        rows = sorted(found.values(), key=lambda h: h.received_at, reverse=True)[:limit]
        self.store.audit.note_dv_reads(
            ((r.incident_id, r.is_dv) for r in rows if r.incident_id is not None), "history")
        return redact_all(rows, self.role)

    def history_flags(self, number: str = "", address: str = "",
                      category_code: str = "", *, rows: list[HistoryRow] | None = None,
                      window: timedelta = DUPLICATE_WINDOW) -> HistoryFlags:
        """What the call-taker must notice: DV before, an enterprise, repeats, duplicates."""
        rows = self.history(number, address) if rows is None else rows
        flags = HistoryFlags(dv_before=any(r.is_dv for r in rows),
                             dv_warned=self.store.dv.household_warned(address))
        ent = self.store.enterprises.enterprise_at(address)
        if ent is not None:
            flags.enterprise_id = ent
            flags.enterprise_name = str(self.conn.execute(
                "SELECT name FROM enterprises WHERE id = ?", [ent]).fetchone()[0])
        now = self.now()
        today_start, _ = day_bounds(local_day(now, self.tz), local_day(now, self.tz), self.tz)
        flags.calls_today = sum(
            1 for r in rows if r.matched_on in ("number", "both") and r.received_at >= today_start
        )
        window_start = to_stored(now - window)
        group = self._group(category_code)
        candidates = {
            r.incident_id for r in rows
            if r.incident_id is not None and r.received_at >= window_start
            and r.stage is not None and is_open(r.stage)
        }
        for incident in self.store.incidents.incidents_by_id(sorted(candidates)):
            if not group or self._group(incident.category_code or "") in (group, ""):
                flags.possible_duplicates.append(incident)
        return flags

    def _group(self, category_code: str) -> str:
        category = self.reference.taxonomy.find(category_code)
        return category.tally_group if category else ""

    def address_suggestions(self, prefix: str, limit: int = 12) -> list[str]:
        """Earlier addresses whose key starts with the typed one, one spelling per place.

        A range scan of the `calls_address` index: it stops after `limit`
        distinct keys, so a short prefix on a ten-year database stays fast.
        """
        key = address_key(prefix)
        if len(key) < ADDRESS_PREFIX_MIN:
            return []
        rows = self.conn.execute(
            "SELECT address_key, MAX(address) FROM calls INDEXED BY calls_address"
            " WHERE address_key >= ? AND address_key < ? AND address_key <> ''"
            " GROUP BY address_key ORDER BY address_key LIMIT ?",
            [key, key + _PREFIX_END, limit],
        ).fetchall()
        return [str(r[1]) for r in rows]

    def intake_lookup(self, number: str = "", address: str = "",
                      category_code: str = "") -> IntakeLookup:
        """History newest first, the flags to notice, and address completions."""
        rows = self.history(number, address) if (number.strip() or address.strip()) else []
        flags = self.history_flags(number, address, category_code, rows=rows)
        return IntakeLookup(rows, flags, self.address_suggestions(address))
