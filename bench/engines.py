"""The engines a benchmark runs on: the SQLite file, and PostgreSQL when a server is at hand.

The PostgreSQL server is the tests' throw-away one (tests/pg_server.py: the
`CONSOLE110_TEST_PG_URL` server, else a cluster started from the pgserver package or a
system PostgreSQL, on a Unix socket). That cluster runs without fsync, so its saves are
not the durable saves a centre's server makes: the PostgreSQL figures say what the
console's SQL and the round trips cost, not the disk's flush. `pg_database()` raises
`Unavailable` with the reason when there is no server or no driver, and the benchmark
reports the figure as skipped with it.
"""

from __future__ import annotations

import itertools
import os
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SQLITE, POSTGRESQL = "sqlite", "postgresql"
ENGINES = (SQLITE, POSTGRESQL)
FSYNC_NOTE = "throw-away server without fsync"
_numbers = itertools.count(1)


class Unavailable(Exception):
    """No PostgreSQL to measure on; the message says why."""


def _server() -> Any:
    try:
        import psycopg  # noqa: F401
        import psycopg_pool  # noqa: F401
    except ImportError as exc:
        raise Unavailable(f"no PostgreSQL driver ({exc.name}): pip install -e '.[pg]'") from exc
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from tests.pg_server import MISSING, ServerError, shared_server

    try:
        server = shared_server()
    except ServerError as exc:
        raise Unavailable(str(exc)) from exc
    if server is None:
        raise Unavailable(MISSING)
    return server


def pg_database(label: str) -> str:
    """The URL of a new PostgreSQL database with the console's schema and nothing in it."""
    import psycopg
    from psycopg import sql

    server = _server()
    name = f"bench_{label}_{os.getpid()}_{next(_numbers)}"
    with psycopg.connect(server.url(), autocommit=True) as admin:
        admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
            sql.Identifier(name)))
        admin.execute(sql.SQL("CREATE DATABASE {} ENCODING 'UTF8' TEMPLATE template0").format(
            sql.Identifier(name)))
    url = str(server.url(name))
    from console.store.pg.connect import apply_schema

    with psycopg.connect(url, autocommit=True) as conn:
        apply_schema(conn, roles=True)  # as the tests' template: the schema and its roles
    return url


def drop(url: str) -> None:
    """Drop a database `pg_database` made (the pools of this process let go of it first)."""
    import psycopg
    from psycopg import sql

    from console.store.pg.engine import close_pools

    close_pools()
    name = url.rsplit("/", 1)[1].split("?")[0]
    with psycopg.connect(_server().url(), autocommit=True) as admin:
        admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
            sql.Identifier(name)))
