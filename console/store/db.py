"""`Db`: one connection, its transactions, and what its errors mean to a user.

Every store service works through a `Db`: `write()` is one user action (an
immediate transaction, nested writes join it as savepoints) and `reading()` is
a read the console polls on its own. Errors are classified by SQLite's result
code, never by the words of its message, so the same rule serves every
platform and language of the library and, later, a second engine.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Union

from console.store.errors import (
    CorruptDatabaseError,
    DatabaseBusyError,
    DatabaseUnavailableError,
    DiskFullError,
    NotADatabaseError,
    ReadOnlyDatabaseError,
    StoreError,
)

if TYPE_CHECKING:
    from console.store.pg.connect import PgConnection

# What a store runs its SQL on: a file's connection, or a PostgreSQL server's.
Connection = Union[sqlite3.Connection, "PgConnection"]

# SQLite's primary result codes (the low byte of an extended code).
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26

_BY_CODE: dict[int, type[StoreError]] = {
    SQLITE_BUSY: DatabaseBusyError,
    SQLITE_LOCKED: DatabaseBusyError,
    SQLITE_READONLY: ReadOnlyDatabaseError,
    SQLITE_IOERR: DatabaseUnavailableError,
    SQLITE_CORRUPT: CorruptDatabaseError,
    SQLITE_FULL: DiskFullError,
    SQLITE_CANTOPEN: DatabaseUnavailableError,
    SQLITE_NOTADB: NotADatabaseError,
}


def primary_code(exc: sqlite3.Error) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else int(code) & 0xFF


def classify(exc: sqlite3.Error, path: Path | str) -> StoreError | None:
    """The user-facing error an SQLite error stands for, or None for a bug."""
    kind = _BY_CODE.get(primary_code(exc) or -1)
    return None if kind is None else kind(path, str(exc))


@contextlib.contextmanager
def classified(path: Path | str) -> Iterator[None]:
    """Turn SQLite errors a user can act on into `StoreError`s; others stay bugs."""
    try:
        yield
    except sqlite3.Error as exc:
        known = classify(exc, path)
        if known is None:
            raise
        raise known from exc


class Db:
    """A connection to one database file and the transactions on it."""

    def __init__(self, conn: sqlite3.Connection, path: Path):
        self.conn = conn
        self.path = path

    @contextlib.contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One user action: an immediate transaction, committed with full sync.

        Nested inside another `write()`, it joins that transaction (as a
        savepoint), so store operations compose into one user action.
        """
        conn = self.conn
        if conn.in_transaction:
            conn.execute("SAVEPOINT nested_write")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK TO SAVEPOINT nested_write")
                conn.execute("RELEASE SAVEPOINT nested_write")
                raise
            conn.execute("RELEASE SAVEPOINT nested_write")
            return
        with classified(self.path):
            conn.execute("BEGIN IMMEDIATE")
        try:
            with classified(self.path):
                yield conn
        except BaseException:
            if conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    conn.rollback()
            raise
        else:
            with classified(self.path):
                try:
                    conn.commit()
                except sqlite3.Error:
                    if conn.in_transaction:
                        with contextlib.suppress(sqlite3.Error):
                            conn.rollback()
                    raise

    @contextlib.contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """A read the console polls on its own: trouble with the file becomes a
        StoreError the poller can wait out, not a bug report."""
        with classified(self.path):
            yield self.conn

    def close(self) -> None:
        self.conn.close()
