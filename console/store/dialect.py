"""What the store's SQL must say differently on SQLite and on PostgreSQL, in one place.

The store writes one statement for both engines wherever a form both accept exists
(`CASE WHEN … THEN 1 ELSE 0 END` for a count of rows meeting a condition, a qualified
`counters.value` in an upsert, a CASE for the larger of two values). What has no common form
(date arithmetic on the stored UTC text) is a method here, one variant per engine, and callers
ask `dialect_of(conn)` for the connection's, never test the engine themselves.

The connection says which engine it speaks to: an `sqlite3.Connection`, or an object whose
`engine` attribute is "postgresql" (console.store.pg.connect.PgConnection).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

POSTGRESQL = "postgresql"


@dataclass(frozen=True)
class Dialect:
    """SQL fragments for one engine; `name` is "sqlite" or "postgresql"."""

    name: str

    def local_hour(self, column: str, offset: str) -> str:
        """The hour ('00'..'23') of stored UTC time `column` moved by `offset`, an SQL
        expression giving text such as '+28800 seconds'."""
        if self.name == POSTGRESQL:
            return f"to_char(CAST({column} AS timestamp) + CAST({offset} AS interval), 'HH24')"
        return f"strftime('%H', {column}, {offset})"

    @property
    def join_in_order(self) -> str:
        """A join that reads its left table first: SQLite's planner takes CROSS JOIN as that
        order (and accepts ON with it); PostgreSQL plans a plain JOIN well on its own."""
        return "JOIN" if self.name == POSTGRESQL else "CROSS JOIN"

    def json_field(self, column: str, key: str) -> str:
        """The text of a top-level key of the JSON object stored as text in `column`."""
        if self.name == POSTGRESQL:
            return f"(CAST({column} AS json) ->> '{key}')"
        return f"json_extract({column}, '$.{key}')"

    def joined(self, expr: str, separator: str) -> str:
        """An aggregate joining a group's non-NULL text values with `separator`."""
        if self.name == POSTGRESQL:
            return f"string_agg(CAST({expr} AS text), '{separator}')"
        return f"group_concat({expr}, '{separator}')"


SQLITE = Dialect("sqlite")
PG = Dialect(POSTGRESQL)


def dialect_of(conn: object) -> Dialect:
    """The dialect of a connection the store works through."""
    if isinstance(conn, sqlite3.Connection):
        return SQLITE
    if getattr(conn, "engine", None) == POSTGRESQL:
        return PG
    raise TypeError(f"not a connection the store knows: {type(conn).__name__}")


def larger(a: str, b: str) -> str:
    """The larger of two non-NULL SQL values (SQLite's scalar MAX(a, b), PostgreSQL's
    GREATEST), in a form both accept."""
    return f"CASE WHEN {b} > {a} THEN {b} ELSE {a} END"


def count_if(condition: str) -> str:
    """How many rows of a group meet `condition`, as an aggregate both engines accept (SQLite
    sums a comparison as 0/1; PostgreSQL's is a boolean, which SUM refuses)."""
    return f"SUM(CASE WHEN {condition} THEN 1 ELSE 0 END)"
