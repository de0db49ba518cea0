"""PostgreSQL fixtures: one throw-away server per test session (tests/pg_server.py), a template
database holding the console's schema and roles (console/store/pg/), and a fresh database per
test copied from it (CREATE DATABASE ... TEMPLATE: a few tens of milliseconds).

Registered as a plugin (`pytest_plugins = ["pg_fixtures"]` in tests/conftest.py). Without
server binaries or psycopg, every test using them is skipped with the reason (`pytest -ra`
lists it): the PostgreSQL half of the suite, and why.

- `pg_server`: the session's server (`.url(dbname, user)`, `.source`).
- `pg_template`: the template database's name.
- `pg_url`: a fresh database with the schema and roles, as a `postgresql://` URL (superuser).
- `pg`: a `PgConnection` to it (autocommit; `write()` for a transaction).
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest
from pg_server import MISSING, Server, ServerError, shared_server

if TYPE_CHECKING:
    from console.store.pg.connect import PgConnection

_NO_DRIVER = ("PostgreSQL half skipped: psycopg is not installed — install the console"
              " (pip install -e '.[test]')")
_numbers = itertools.count(1)


def _driver() -> None:
    try:
        import psycopg  # noqa: F401
        import psycopg_pool  # noqa: F401
    except ImportError:
        pytest.skip(_NO_DRIVER)


@pytest.fixture(scope="session")
def pg_server() -> Server:
    _driver()
    try:
        server = shared_server()
    except ServerError as exc:
        pytest.fail(str(exc), pytrace=False)
    if server is None:
        pytest.skip(MISSING)
    return server


@pytest.fixture(scope="session")
def pg_template(pg_server: Server) -> Iterator[str]:
    import psycopg
    from psycopg import sql

    from console.store.pg.connect import apply_schema

    name = f"console_template_{os.getpid()}"
    with psycopg.connect(pg_server.url(), autocommit=True) as admin:
        admin.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
        admin.execute(sql.SQL("CREATE DATABASE {} ENCODING 'UTF8' TEMPLATE template0")
                      .format(sql.Identifier(name)))
    with psycopg.connect(pg_server.url(name), autocommit=True) as conn:
        apply_schema(conn, roles=True)
    yield name
    with psycopg.connect(pg_server.url(), autocommit=True) as admin:
        admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)")
                      .format(sql.Identifier(name)))


@pytest.fixture
def pg_url(pg_server: Server, pg_template: str) -> Iterator[str]:
    import psycopg
    from psycopg import sql

    name = f"console_test_{os.getpid()}_{next(_numbers)}"
    with psycopg.connect(pg_server.url(), autocommit=True) as admin:
        strategy = sql.SQL(" STRATEGY FILE_COPY") if admin.info.server_version >= 150000 \
            else sql.SQL("")
        admin.execute(sql.SQL("CREATE DATABASE {} TEMPLATE {}{}").format(
            sql.Identifier(name), sql.Identifier(pg_template), strategy))
    yield pg_server.url(name)
    with psycopg.connect(pg_server.url(), autocommit=True) as admin:
        admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)")
                      .format(sql.Identifier(name)))


@pytest.fixture
def pg(pg_url: str) -> Iterator[PgConnection]:
    from console.store.pg.connect import PgConnection

    with PgConnection.connect(pg_url) as conn:
        yield conn
