"""What the intake form asks while the call-taker types: history, flags, earlier addresses.

One `intake_lookup` bundles the caller/premise history, its flags and the
address completions, so the form's worker makes one round trip per pause in
typing. `register_enterprise` is here because intake needs registered
enterprises to flag, and no other store function adds one yet.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from console.domain.addresses import address_key
from console.store.history import HistoryFlags
from console.store.records import HistoryRow

if TYPE_CHECKING:
    from console.store.store import Store

ADDRESS_PREFIX_MIN = 2
# Above every code point that can appear in a key: the end of a prefix range.
_PREFIX_END = "\U0010ffff"


@dataclass
class IntakeLookup:
    rows: list[HistoryRow] = field(default_factory=list)
    flags: HistoryFlags = field(default_factory=HistoryFlags)
    addresses: list[str] = field(default_factory=list)


class IntakeMixin:
    def address_suggestions(self: Store, prefix: str, limit: int = 12) -> list[str]:
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

    def intake_lookup(self: Store, number: str = "", address: str = "",
                      category_code: str = "") -> IntakeLookup:
        """History newest first, the flags to notice, and address completions."""
        rows = self.history(number, address) if (number.strip() or address.strip()) else []
        flags = self.history_flags(number, address, category_code, rows=rows)
        return IntakeLookup(rows, flags, self.address_suggestions(address))

    def register_enterprise(self: Store, name: str, address: str,
                            jurisdiction_code: str | None = None, *, industry: str = "",
                            contact_phone: str = "", bureau_leader: str = "",
                            bureau_leader_phone: str = "", station_leader: str = "",
                            station_leader_phone: str = "", officer: str = "",
                            officer_phone: str = "") -> int:
        """Add a key enterprise with its three responsible persons (一警三派)."""
        if not name.strip() or not address_key(address):
            raise ValueError("an enterprise needs a name and an address")
        with self.write() as conn:
            cur = conn.execute(
                "INSERT INTO enterprises (name, address, address_key, jurisdiction_code,"
                " industry, contact_phone, bureau_leader, bureau_leader_phone, station_leader,"
                " station_leader_phone, officer, officer_phone, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [name.strip(), address.strip(), address_key(address), jurisdiction_code,
                 industry, contact_phone, bureau_leader, bureau_leader_phone, station_leader,
                 station_leader_phone, officer, officer_phone, self.now_text()],
            )
        return int(cur.lastrowid or 0)
