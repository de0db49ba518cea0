"""PostgreSQL connections for the store: a pool from a `postgresql://` URL, the schema applied
once per database, and an adapter that runs the store's SQLite-style SQL where the engines agree.

`open_pool(url)` opens a psycopg pool and applies `schema.sql` (and, on request, `roles.sql`)
unless the database already records `SCHEMA_VERSION` in `console_schema`; seats starting
together apply it once (an advisory lock). `PgConnection` wraps one psycopg connection with
what the store calls on a `sqlite3.Connection`: `execute(sql, params)` (with `fetchone`,
`fetchall`, iteration, `rowcount`, `lastrowid`), `executemany`, and a `write()` transaction
that takes the database's one write lock first, as SQLite's `BEGIN IMMEDIATE` does.

What it translates, so the same text serves both engines: `?` and `?NNN` placeholders (and
`:name` with a mapping of parameters); `INDEXED BY` hints, dropped (PostgreSQL plans alone);
a literal `%` in the text. `numeric` results come back as int when whole and float
otherwise, as SQLite's integers and reals do (PostgreSQL's SUM of a bigint is numeric).
Everything else SQLite-only (date functions, `printf`, `group_concat`, `PRAGMA`,
`sqlite_master`, scalar `MAX(a, b)`) must be said in PostgreSQL's terms by the store's
engine module: this adapter does not rewrite SQL beyond the above.
"""

from __future__ import annotations

import contextlib
import functools
import json
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psycopg
from psycopg import sql as pgsql
from psycopg.adapt import Loader
from psycopg_pool import ConnectionPool

from console.store.errors import DatabaseBusyError, DatabaseUnavailableError

# schema.sql is the baseline: version 1 was SQLite's migrations 0001–0009, version 2 adds 0010
# (logins). Later migrations are one file each in migrations/, numbered as SQLite's
# (db/migrations/0011_x.sql ~ pg/migrations/0011_x.sql), recorded under that number.
BASELINE_VERSION = 2
SCHEMA_FILE = Path(__file__).with_name("schema.sql")
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def migration_files() -> list[Path]:
    """The migrations after the baseline, in order."""
    return sorted(MIGRATIONS_DIR.glob("[0-9][0-9][0-9][0-9]_*.sql"))


SCHEMA_VERSION = max([BASELINE_VERSION, *(int(p.name[:4]) for p in migration_files())])
ROLES_FILE = Path(__file__).with_name("roles.sql")
CHANNEL = "console_changes"
MIN_SERVER_VERSION = 140000  # CREATE OR REPLACE TRIGGER, SQL-standard function bodies
# Advisory lock key under which a database's schema is applied (one seat at a time).
_SCHEMA_LOCK = 1_100_110_001
# Console roles (console.domain.access.PERMISSIONS) and their database roles (roles.sql).
CONSOLE_ROLES = ("call_taker", "dispatcher", "enterprise_desk", "dv_desk", "supervisor", "admin")


class SchemaError(RuntimeError):
    """A server or database the console cannot use (too old, not UTF-8, newer schema)."""


def db_role(console_role: str) -> str:
    """The database role of a console role (roles.sql)."""
    if console_role not in CONSOLE_ROLES:
        raise ValueError(f"unknown console role: {console_role!r}")
    return f"console_{console_role}"


# ---- results ------------------------------------------------------------------------------
class _NumericLoader(Loader):
    """numeric as SQLite hands numbers back: int when whole, float otherwise."""

    def load(self, data: Any) -> int | float:
        text = bytes(data).decode("ascii")
        if "." not in text and "e" not in text.lower() and text not in ("NaN", "Infinity",
                                                                         "-Infinity"):
            return int(text)
        return float(text)


def configure(conn: psycopg.Connection[Any]) -> None:
    """What every console connection needs (the pool's `configure`)."""
    conn.adapters.register_loader("numeric", _NumericLoader)


# ---- placeholders -------------------------------------------------------------------------
_TOKEN = re.compile(
    r"""('(?:[^']|'')*')            # a string literal
      | ("(?:[^"]|"")*")            # a quoted identifier
      | (--[^\n]*)                  # a line comment
      | (/\*.*?\*/)                 # a block comment
      | (\?(\d*))                   # ? or ?NNN
      | ((?<!:):([A-Za-z_]\w*))     # :name (not a :: cast)
      | (%)                         # a literal percent sign
    """, re.VERBOSE | re.DOTALL)
_INDEXED_BY = re.compile(r"\s+INDEXED\s+BY\s+\w+", re.IGNORECASE)


@dataclass(frozen=True)
class Translated:
    """A statement in psycopg's terms and where each of its parameters comes from: the
    positions of a sequence (`order`), or the names of a mapping (`named`)."""

    sql: str
    order: tuple[int, ...] = ()
    named: bool = False

    def params(self, params: Sequence[Any] | Mapping[str, Any] | None) -> Any:
        if self.named:
            return params
        if not self.order:
            return None
        assert isinstance(params, Sequence)
        return [params[i] for i in self.order]


@functools.lru_cache(maxsize=2048)
def translate(query: str, named: bool = False) -> Translated:
    """SQLite-style SQL in psycopg's terms (see the module's doc)."""
    out: list[str] = []
    order: list[int] = []
    highest = 0
    pos = 0
    for m in _TOKEN.finditer(query):
        code = query[pos:m.start()]
        out.append(_INDEXED_BY.sub("", code))
        pos = m.end()
        if m.group(1) or m.group(2) or m.group(3) or m.group(4):
            out.append(m.group(0).replace("%", "%%"))
        elif m.group(5) is not None:
            if named:
                raise ValueError("? placeholders with a mapping of parameters")
            number = int(m.group(6)) if m.group(6) else highest + 1
            highest = max(highest, number)
            order.append(number - 1)
            out.append("%s")
        elif m.group(7) is not None:
            if named:
                out.append(f"%({m.group(8)})s")
            else:
                out.append(m.group(0))
        else:
            out.append("%%")
    out.append(_INDEXED_BY.sub("", query[pos:]))
    text = "".join(out)
    if not order and not named:
        text = text.replace("%%", "%")  # no parameters: psycopg sends the text as it is
    return Translated(text, tuple(order), named)


# ---- a connection ---------------------------------------------------------------------------
_INSERT_INTO = re.compile(r"^\s*INSERT\s+INTO\s+\"?(\w+)\"?", re.IGNORECASE)
_RETURNING = re.compile(r"\bRETURNING\b", re.IGNORECASE)


class Row(tuple[Any, ...]):
    """A result row read by position or by column name, as sqlite3.Row is (and equal to the
    plain tuple of its values)."""

    _names: dict[str, int]

    def __new__(cls, values: Sequence[Any], names: dict[str, int]) -> Row:
        row = super().__new__(cls, values)
        row._names = names
        return row

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            return tuple.__getitem__(self, self._names[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._names)


def _rows(cur: psycopg.Cursor[Any]) -> list[Row]:
    names = {col.name: i for i, col in reversed(list(enumerate(cur.description or ())))}
    return [Row(r, names) for r in cur.fetchall()]


@dataclass
class Result:
    """What `execute` returns: rows to fetch, `rowcount`, and `lastrowid` for an insert into
    a table with an `id` identity (as sqlite3's cursor has it)."""

    rows: list[tuple[Any, ...]] = field(default_factory=list)
    rowcount: int = -1
    lastrowid: int | None = None
    description: Any = None
    _next: int = 0

    def fetchone(self) -> tuple[Any, ...] | None:
        if self._next >= len(self.rows):
            return None
        self._next += 1
        return self.rows[self._next - 1]

    def fetchall(self) -> list[tuple[Any, ...]]:
        rest, self._next = self.rows[self._next:], len(self.rows)
        return rest

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        while (row := self.fetchone()) is not None:
            yield row


class PgConnection:
    """One psycopg connection, spoken to as the store speaks to SQLite (see the module's doc).

    The connection runs in autocommit: a read holds no transaction open between calls;
    `write()` is one transaction (nested: a savepoint), its write lock taken first.
    """

    engine = "postgresql"  # console.store.dialect reads it

    def __init__(self, conn: psycopg.Connection[Any]):
        self.conn = conn
        configure(conn)
        self._id_tables: frozenset[str] | None = None

    @classmethod
    def connect(cls, url: str) -> PgConnection:
        return cls(psycopg.connect(url, autocommit=True))

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> PgConnection:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def rollback(self) -> None:
        """End a transaction left open (sqlite3's `rollback`; nothing when there is none)."""
        if self.in_transaction:
            self.conn.rollback()

    def commit(self) -> None:
        if self.in_transaction:
            self.conn.commit()

    @property
    def in_transaction(self) -> bool:
        return self.conn.info.transaction_status != psycopg.pq.TransactionStatus.IDLE

    def _identity_tables(self) -> frozenset[str]:
        if self._id_tables is None:
            rows = self.conn.execute(
                "SELECT table_name FROM information_schema.columns WHERE column_name = 'id'"
                " AND is_identity = 'YES' AND table_schema = current_schema()").fetchall()
            self._id_tables = frozenset(str(r[0]) for r in rows)
        return self._id_tables

    def execute(self, query: str,
                params: Sequence[Any] | Mapping[str, Any] = ()) -> Result:
        with self.explained():
            return self._execute(query, params)

    @contextlib.contextmanager
    def explained(self) -> Iterator[None]:
        """The server's errors a user can act on as the store's (`StoreError`): a lock not
        granted in time is busy, a lost or refusing server unavailable; others stay bugs."""
        try:
            yield
        except psycopg.errors.LockNotAvailable as exc:
            raise DatabaseBusyError(self.conn.info.dsn, str(exc)) from exc
        except psycopg.OperationalError as exc:
            raise DatabaseUnavailableError(self.conn.info.dsn, str(exc)) from exc

    def _execute(self, query: str, params: Sequence[Any] | Mapping[str, Any]) -> Result:
        plan = translate(query, isinstance(params, Mapping))
        text = plan.sql
        wants_id = False
        insert = _INSERT_INTO.match(text)
        if insert and not _RETURNING.search(text) \
                and insert.group(1).lower() in self._identity_tables():
            text = text.rstrip().rstrip(";") + " RETURNING id"
            wants_id = True
        cur = self.conn.execute(text, plan.params(params))
        rows: list[Any] = _rows(cur) if cur.description is not None else []
        if wants_id:
            return Result([], cur.rowcount, int(rows[-1][0]) if rows else None)
        return Result(rows, cur.rowcount, None, cur.description)

    def executemany(self, query: str,
                    seq: Sequence[Sequence[Any]] | Sequence[Mapping[str, Any]]) -> int:
        if not seq:
            return 0
        plan = translate(query, isinstance(seq[0], Mapping))
        with self.conn.cursor() as cur:
            cur.executemany(plan.sql, [plan.params(p) for p in seq])
            return cur.rowcount

    def fetchone(self, query: str,
                 params: Sequence[Any] | Mapping[str, Any] = ()) -> tuple[Any, ...] | None:
        return self.execute(query, params).fetchone()

    def fetchall(self, query: str,
                 params: Sequence[Any] | Mapping[str, Any] = ()) -> list[tuple[Any, ...]]:
        return self.execute(query, params).fetchall()

    @contextlib.contextmanager
    def write(self) -> Iterator[PgConnection]:
        """One user action: a transaction that holds the database's write lock from its
        start (`console_write_lock()`), as SQLite's BEGIN IMMEDIATE holds the file's."""
        nested = self.in_transaction
        with self.explained(), self.conn.transaction():
            if not nested:
                self.conn.execute("SELECT console_write_lock()")
            yield self

    @contextlib.contextmanager
    def reading(self) -> Iterator[PgConnection]:
        """A read (the other half of `console.store.db.Db`'s interface)."""
        with self.explained():
            yield self

    def act_as(self, operator_id: int | None, role: str) -> None:
        """The operator the audit records for this connection's writes from now on."""
        self.conn.execute(
            "SELECT set_config('console.actor_id', %s, false),"
            " set_config('console.actor_role', %s, false)",
            ["" if operator_id is None else str(operator_id), role])


# ---- the schema -----------------------------------------------------------------------------
def schema_text() -> str:
    return SCHEMA_FILE.read_text(encoding="utf-8")


def roles_text() -> str:
    return ROLES_FILE.read_text(encoding="utf-8")


def recorded_version(conn: psycopg.Connection[Any]) -> int:
    """The schema version a database records (0: none)."""
    if conn.execute("SELECT to_regclass('console_schema')").fetchone() == (None,):
        return 0
    row = conn.execute("SELECT COALESCE(MAX(version), 0) FROM console_schema").fetchone()
    return int(row[0]) if row else 0


def check_server(conn: psycopg.Connection[Any]) -> None:
    if conn.info.server_version < MIN_SERVER_VERSION:
        raise SchemaError(f"PostgreSQL {conn.info.server_version // 10000} is too old: the"
                          " console needs PostgreSQL 14 or later")
    row = conn.execute("SELECT current_setting('server_encoding')").fetchone()
    if row is None or str(row[0]).upper() not in ("UTF8", "UTF-8"):
        raise SchemaError("the database is not UTF-8: create it with ENCODING 'UTF8'")


def apply_schema(conn: psycopg.Connection[Any], *, roles: bool = False) -> bool:
    """Bring a database to `SCHEMA_VERSION` in one transaction; whether anything ran.

    The baseline (schema.sql) runs when the database records less than `BASELINE_VERSION`;
    then each migration numbered above what it records. `roles`: also apply roles.sql (needs
    the right to create roles), every time it is asked: it is re-runnable and grants on what
    the schema now holds.
    """
    check_server(conn)
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", [_SCHEMA_LOCK])
        found = recorded_version(conn)
        if found > SCHEMA_VERSION:
            raise SchemaError(f"the database has schema version {found}, made by a newer"
                              f" console (this one knows {SCHEMA_VERSION})")
        applied = found < SCHEMA_VERSION
        if found < BASELINE_VERSION:
            conn.execute(schema_text())  # the whole script, no parameters
            _record(conn, BASELINE_VERSION)
        for path in migration_files():
            if int(path.name[:4]) > found:
                conn.execute(path.read_text(encoding="utf-8").encode())
                _record(conn, int(path.name[:4]))
        if roles:
            conn.execute(roles_text())
    return applied


def _record(conn: psycopg.Connection[Any], version: int) -> None:
    conn.execute(
        "INSERT INTO console_schema (version, applied_at) VALUES (%s, %s)"
        " ON CONFLICT (version) DO NOTHING",
        [version, datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"])


def open_pool(url: str, *, min_size: int = 1, max_size: int = 8, apply: bool = True,
              roles: bool = False, timeout: float = 10.0) -> ConnectionPool:
    """A pool of autocommit connections to `url`, the schema applied first (`apply`).

    Close it (`pool.close()`, or use it as a context manager) when done.
    """
    pool = ConnectionPool(url, min_size=min_size, max_size=max_size, open=False,
                          kwargs={"autocommit": True}, configure=configure,
                          check=ConnectionPool.check_connection, timeout=timeout)
    pool.open(wait=True, timeout=timeout)
    try:
        if apply:
            with pool.connection() as conn:
                apply_schema(conn, roles=roles)
    except BaseException:
        pool.close()
        raise
    return pool


@contextlib.contextmanager
def pooled(pool: ConnectionPool) -> Iterator[PgConnection]:
    """A connection of the pool as a `PgConnection`, given back when done."""
    with pool.connection() as conn:
        yield PgConnection(conn)


def create_login(conn: psycopg.Connection[Any], username: str, console_role: str,
                 password: str | None = None) -> None:
    """A database login for one operator, holding the database role of their console role
    (roles.sql must have run). An idle transaction of theirs ends after a minute, so a
    forgotten SQL session never holds the write lock."""
    role = db_role(console_role)
    exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [username]).fetchone()
    verb = "ALTER" if exists else "CREATE"
    statement = pgsql.SQL("{} ROLE {} LOGIN {}").format(
        pgsql.SQL(verb), pgsql.Identifier(username),
        pgsql.SQL("PASSWORD {}").format(pgsql.Literal(password)) if password
        else pgsql.SQL("PASSWORD NULL"))
    conn.execute(statement)
    conn.execute(pgsql.SQL("GRANT {} TO {}").format(pgsql.Identifier(role),
                                                    pgsql.Identifier(username)))
    conn.execute(pgsql.SQL("ALTER ROLE {} SET idle_in_transaction_session_timeout = '60s'")
                 .format(pgsql.Identifier(username)))


# ---- the change feed ------------------------------------------------------------------------
@dataclass(frozen=True)
class Change:
    seq: int
    subject: str
    ref_id: int


class ChangeListener:
    """A connection LISTENing on `CHANNEL`: what other seats committed, as it happens.

    A notification only says that the log moved; the seat reads the change log past its last
    seq as it does on SQLite (and after a reconnection, when notifications may have been lost).
    """

    def __init__(self, url: str, connect_timeout: int = 2):
        self.conn = psycopg.connect(url, autocommit=True, connect_timeout=connect_timeout)
        self.conn.execute(pgsql.SQL("LISTEN {}").format(pgsql.Identifier(CHANNEL)))

    def wait(self, timeout: float, stop_after: int | None = None) -> list[Change]:
        """Notifications arriving within `timeout` seconds (fewer if `stop_after` came)."""
        found: list[Change] = []
        for note in self.conn.notifies(timeout=timeout, stop_after=stop_after):
            body = json.loads(note.payload)
            found.append(Change(int(body["seq"]), str(body["subject"]), int(body["ref_id"])))
        return found

    def fileno(self) -> int:
        """The socket to watch (Qt's QSocketNotifier): readable when a notification came."""
        return int(self.conn.fileno())

    def drain(self) -> int:
        """Take the notifications that arrived, without waiting; how many. Raises
        psycopg.OperationalError when the connection is lost."""
        return len(self.wait(0))

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> ChangeListener:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
