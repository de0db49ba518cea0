"""What a test says the same way on both engines (see `BOTH_ENGINES` in conftest.py)."""

from __future__ import annotations

import sqlite3

from console.store import Store


def _refusals() -> tuple[type[BaseException], ...]:
    try:
        import psycopg
    except ImportError:
        return (sqlite3.IntegrityError,)
    return (sqlite3.IntegrityError, psycopg.IntegrityError)


# A write the database itself refuses (a constraint, an append-only trigger).
REFUSED = _refusals()


def location(store: Store) -> str:
    """What opens the same data again: the file's path or the server's URL."""
    return store.url or str(store.path)


def another(store: Store) -> Store:
    """A second connection to the same data, as another seat (the system acting)."""
    return Store.open(location(store), clock=store.clock)
