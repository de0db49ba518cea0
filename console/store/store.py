"""The `Store`: one open database file, and the services the UI and CLI call on it.

Each user action is one `BEGIN IMMEDIATE … COMMIT` transaction, so two seats
never interleave half-done writes and a daily incident sequence is never
handed out twice. The operations live in one service per subject
(`store.calls.log_call(…)`, `store.incidents.timeline(…)`, …); the store itself
only opens the file and holds what every service shares: the connection, the
reference data, the clock, the time zone and the operator acting.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterator
from datetime import datetime, tzinfo
from pathlib import Path

from sqlite_utils import Database

from console.domain.access import SYSTEM, Permission, check
from console.domain.clock import Clock, SystemClock, to_stored, zone
from console.domain.reference import Reference, default_reference
from console.store.audit import AuditService
from console.store.callbacks import CallbacksService
from console.store.calls import CallsService
from console.store.change_log import ChangeLog
from console.store.connection import open_database
from console.store.db import Connection, Db
from console.store.dialect import POSTGRESQL, dialect_of
from console.store.dv_desk import DvService
from console.store.enterprise_push import EnterprisesService
from console.store.enterprise_registry import RegistryService
from console.store.errors import StoreError
from console.store.escalation import EscalationService
from console.store.fraud import FraudService
from console.store.history import LookupService
from console.store.importer import ImportsService
from console.store.incidents import IncidentsService
from console.store.leases import Leases
from console.store.listening import ChangeSource
from console.store.locations import database_name, is_server_url, shown
from console.store.operators import AccountsService
from console.store.queues import QueuesService
from console.store.records import Operator
from console.store.reference_sync import REFERENCE_DIGEST, reference_digest, sync_reference
from console.store.service import Service
from console.store.shift import ShiftService
from console.store.signoff import SignoffService
from console.store.tallies import TalliesService
from console.store.units import UnitsService

# One service per subject, by the name the store offers it under (`store.calls`).
SERVICES: dict[str, type[Service]] = {
    "accounts": AccountsService,
    "calls": CallsService,
    "incidents": IncidentsService,
    "units": UnitsService,
    "lookup": LookupService,
    "enterprises": EnterprisesService,
    "registry": RegistryService,
    "fraud": FraudService,
    "callbacks": CallbacksService,
    "queues": QueuesService,
    "escalation": EscalationService,
    "shift": ShiftService,
    "signoff": SignoffService,
    "figures": TalliesService,
    "imports": ImportsService,
    "audit": AuditService,
    "dv": DvService,
}


class Store:
    accounts: AccountsService
    calls: CallsService
    incidents: IncidentsService
    units: UnitsService
    lookup: LookupService
    enterprises: EnterprisesService
    registry: RegistryService
    fraud: FraudService
    callbacks: CallbacksService
    queues: QueuesService
    escalation: EscalationService
    shift: ShiftService
    signoff: SignoffService
    figures: TalliesService
    imports: ImportsService
    audit: AuditService
    dv: DvService

    def __init__(self, conn: Connection, path: Path, reference: Reference, clock: Clock,
                 tz: tzinfo, *, db: Database | None = None, url: str | None = None,
                 release: Callable[[], None] | None = None):
        self.db = db  # sqlite-utils' view of the file; None on PostgreSQL
        self.conn: sqlite3.Connection = conn  # type: ignore[assignment]  # or a PgConnection
        self.url = url  # the PostgreSQL database's URL; None for a file
        self._release = release
        self._db: Db = (Db(conn, path) if isinstance(conn, sqlite3.Connection)
                        else conn)  # type: ignore[assignment]  # PgConnection: the same interface
        self._actor: Operator | None = None  # who is logged in; None: the system itself
        self.changes = ChangeLog(self._db)
        self.leases = Leases(self._db, clock)
        self.path = path
        self.reference = reference
        self.clock = clock
        self.tz = tz
        for name, service in SERVICES.items():  # the audit last: it registers the
            setattr(self, name, service(self))  # triggers' functions with this store

    @property
    def actor(self) -> Operator | None:
        """Who is logged in; None: the system itself."""
        return self._actor

    @actor.setter
    def actor(self, operator: Operator | None) -> None:
        self._actor = operator
        if self.engine == POSTGRESQL:  # the server's audit triggers read it per connection
            self.conn.act_as(operator.id if operator else None,  # type: ignore[attr-defined]
                             operator.role if operator else SYSTEM)

    @property
    def engine(self) -> str:
        """"sqlite" or "postgresql": for the few things only one engine has (backups of the
        file, PRAGMAs); the SQL itself asks `console.store.dialect`."""
        return dialect_of(self.conn).name

    @property
    def label(self) -> str:
        """Where the data are, as shown to a person: the file, or the URL without password."""
        return shown(self.url) if self.url else str(self.path.absolute())

    @property
    def name(self) -> str:
        """A short name for the database (backup and draft file names)."""
        return database_name(self.url) if self.url else self.path.stem

    @classmethod
    def open(cls, path: Path | str, *, reference: Reference | None = None,
             clock: Clock | None = None, tz_name: str | None = None,
             create: bool = True) -> Store:
        """Open (and if need be create and migrate) a database file, or a PostgreSQL
        database given as a `postgresql://` URL (its schema applied on first use)."""
        ref = reference or default_reference()
        if is_server_url(path):
            from console.store.pg.engine import borrow  # the driver only when a server is named

            url = str(path)
            server, release = borrow(url)
            store = cls(server, Path(database_name(url)), ref, clock or SystemClock(),
                        zone(tz_name), url=url, release=release)
        else:
            path = Path(path)
            db = open_database(path, create=create)
            store = cls(db.conn, path, ref, clock or SystemClock(), zone(tz_name), db=db)
        stored_tz = store.setting("timezone")
        if tz_name is None and stored_tz:
            store.tz = zone(stored_tz)
        digest = reference_digest(ref)
        if store.setting(REFERENCE_DIGEST) != digest:  # seats and workers open often: write once
            with store.write() as conn:
                sync_reference(conn, ref)
                conn.execute(
                    "INSERT INTO settings (key, value) VALUES (?, ?)"
                    " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    [REFERENCE_DIGEST, digest])
        return store

    def reopen(self) -> Store:
        """Another connection to the same database, with the same reference data, clock, time
        zone and acting operator: each worker thread works on its own."""
        other = Store.open(self.url or self.path, reference=self.reference, clock=self.clock,
                           tz_name=getattr(self.tz, "key", None), create=False)
        other.actor = self.actor
        return other

    @property
    def role(self) -> str:
        """The acting operator's role, which every read and write is checked against."""
        return self.actor.role if self.actor is not None else SYSTEM

    def require(self, permission: Permission, operator_id: int | None = None) -> None:
        """Refuse (`NotPermitted`) what the acting operator's role may not do, or an action
        recorded under another operator's id: every write checks here first."""
        check(self.role, permission, actor_id=self.actor.id if self.actor else None,
              operator_id=operator_id)

    def set_busy_timeout(self, ms: int) -> None:
        """How long one statement waits for another connection's lock before it is busy."""
        if self.engine == POSTGRESQL:
            self.conn.execute(f"SET lock_timeout = {int(ms):d}")
        else:
            self.conn.execute(f"PRAGMA busy_timeout = {int(ms):d}")

    def close(self) -> None:
        with contextlib.suppress(StoreError):
            self.audit.flush_reads()  # DV reads not yet logged (the file was busy)
        if self._release is not None:
            release, self._release = self._release, None
            release()  # back to the pool
        elif self.url is None:
            self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One user action (see `Db.write`): nested writes join it as savepoints.

        DV reads not yet logged (the file was busy then) are logged with it."""
        outermost = not self.conn.in_transaction
        with self._db.write() as conn:
            yield conn
            if outermost:
                self.audit.write_reads(conn)

    def owns_file(self, other: Path | str) -> bool:
        """Whether a path is this database or one of its companion files.

        Writing over them destroys the data, and even reading them with plain
        `open()` drops this process's locks (see connection.py): refuse both.
        """
        if self.url is not None:
            return False  # the data are on a server, not in a file here
        target = Path(other).resolve()
        mine = self.path.resolve()
        companions = [mine, *(mine.with_name(mine.name + s) for s in ("-wal", "-shm", "-journal"))]
        for candidate in companions:
            if target == candidate:
                return True
            with contextlib.suppress(OSError):
                if target.exists() and candidate.exists() and os.path.samefile(target, candidate):
                    return True
        return False

    def now(self) -> datetime:
        return self.clock.now()

    def now_text(self) -> str:
        return to_stored(self.clock.now())

    def setting(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        self.require(Permission.CHANGE_SETTINGS)
        with self.write() as conn:
            conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [key, value],
            )

    @property
    def is_demo(self) -> bool:
        return self.setting("demo") == "1"

    def data_version(self) -> int:
        """Changes when another connection commits: a cheap 'anything new?' poll (on
        PostgreSQL the change log's last sequence number)."""
        with self.reading():
            if self.engine == POSTGRESQL:
                return self.changes.last_seq()
            return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    @contextlib.contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """A read the console polls on its own (see `Db.reading`)."""
        with self._db.reading() as conn:
            yield conn

    def listen(self) -> ChangeSource | None:
        """On PostgreSQL, a connection told of every commit at once (LISTEN/NOTIFY): its
        socket turns readable, `drain()` takes what came (and raises `StoreError` once the
        server is lost). None on SQLite, where a poll of `data_version` serves."""
        if self.url is None:
            return None
        from console.store.pg.listen import listen

        return listen(self.url)

    def schema_version(self) -> int:
        if self.engine == POSTGRESQL:
            return int(self.conn.execute(
                "SELECT COALESCE(MAX(version), 0) FROM console_schema").fetchone()[0])
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def table_names(self) -> list[str]:
        if self.db is not None:
            return list(self.db.table_names())
        return [str(r[0]) for r in self.conn.execute(
            "SELECT table_name FROM information_schema.tables"
            " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'")]

    def count(self, table: str) -> int:
        if table not in self.table_names():
            raise KeyError(table)
        return int(self.conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
