"""Opening a `Store` on a PostgreSQL server: one psycopg pool per URL in a process.

Every `Store` (a seat's main connection, each operation-layer lane) borrows one connection
from its URL's pool for its life and gives it back on close, so a console holds a handful of
server connections whatever it opens. The pool applies the schema once (connect.apply_schema).
"""

from __future__ import annotations

import threading
from typing import Any

import psycopg
from psycopg_pool import ConnectionPool

from console.store.pg.connect import PgConnection, open_pool

_pools: dict[str, ConnectionPool[Any]] = {}
_lock = threading.Lock()


def pool_for(url: str) -> ConnectionPool[Any]:
    with _lock:
        pool = _pools.get(url)
        if pool is None or pool.closed:
            pool = _pools[url] = open_pool(url, min_size=1, max_size=8)
        return pool


def borrow(url: str) -> tuple[PgConnection, Any]:
    """A connection of the URL's pool and the function that gives it back."""
    pool = pool_for(url)
    raw = pool.getconn()
    conn = PgConnection(raw)

    def give_back() -> None:
        if raw.info.transaction_status != psycopg.pq.TransactionStatus.IDLE:  # a write left open
            raw.rollback()
        conn.act_as(None, "system")
        pool.putconn(raw)

    return conn, give_back


def close_pools() -> None:
    """Close every pool (at exit, and between tests that drop their databases)."""
    with _lock:
        for pool in _pools.values():
            pool.close()
        _pools.clear()
