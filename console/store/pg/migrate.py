"""`console110 migrate`: a whole SQLite database copied to PostgreSQL, checked, or nothing.

A centre that outgrows one host moves its file to a server once. The copy is one
transaction on the server: every table's rows with their own ids (COPY), the audit log as it
is — the chain's hashes do not depend on the engine — and the chain's head, identities and
counters set after them. The copied tables' triggers are switched off meanwhile (their work
is in the rows already: audit rows, counts, change log) and on again before the end. Before
it commits, the server's copy must give the same row count in every table, the same figures
for the whole span of days, and a sound audit chain ending at the file's head; otherwise the
transaction is rolled back and the server is left as it was.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import psycopg
from psycopg import sql

from console.domain.clock import SystemClock, zone
from console.domain.figures import Period, Tallies
from console.domain.reference import default_reference
from console.store.pg.audit import check_chain
from console.store.pg.connect import PgConnection, apply_schema, configure

# Tables of the file that are SQLite's own bookkeeping (the server keeps console_schema).
_SQLITE_ONLY = {"sqlite_sequence", "_sqlite_migrations", "sqlite_stat1", "sqlite_stat4"}
# Rows a freshly made schema holds already, rewritten by the copy.
_PREFILLED = {"audit_head", "console_schema"}
BATCH = 5000

Progress = Callable[[int, int], None]  # rows copied so far, rows of the whole file


class MigrationRefused(RuntimeError):
    """The copy was not made (the server is not empty, the check failed): nothing changed."""


@dataclass
class MigrationReport:
    rows: dict[str, int] = field(default_factory=dict)  # table: rows copied
    days: tuple[date, date] | None = None  # the span whose figures were compared
    figures_compared: int = 0
    audit_rows: int = 0
    audit_head: str = ""

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def _source(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    conn.execute("PRAGMA query_only = ON")
    return conn


def _server_tables(conn: psycopg.Connection[Any]) -> list[str]:
    """The schema's tables, each after every table it refers to."""
    names = [str(r[0]) for r in conn.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
        " AND table_type = 'BASE TABLE' ORDER BY table_name")]
    refs: dict[str, set[str]] = {n: set() for n in names}
    for child, parent in conn.execute(
            "SELECT c.conrelid::regclass::text, c.confrelid::regclass::text FROM pg_constraint c"
            " WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace"):
        if child in refs and parent != child:
            refs[child].add(parent)
    ordered: list[str] = []
    while refs:
        ready = sorted(n for n, parents in refs.items() if not parents - set(ordered))
        if not ready:
            raise MigrationRefused(f"tables refer to each other in a circle: {sorted(refs)}")
        for n in ready:
            ordered.append(n)
            del refs[n]
    return ordered


def _columns(conn: psycopg.Connection[Any], table: str) -> list[str]:
    return [str(r[0]) for r in conn.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_schema ="
        " current_schema() AND table_name = %s ORDER BY ordinal_position", [table])]


def _refuse_unless_empty(conn: psycopg.Connection[Any], tables: list[str]) -> None:
    for table in tables:
        if table in _PREFILLED:
            continue
        row = conn.execute(sql.SQL("SELECT EXISTS (SELECT 1 FROM {})").format(
            sql.Identifier(table))).fetchone()
        if row and row[0]:
            raise MigrationRefused(
                f"the server's database already holds data (table {table}): migrate into a new,"
                " empty database (createdb), so nothing there is mixed or overwritten")


class _Copied:
    """Rows copied of the whole file, told to a `Progress` as each batch is written."""

    def __init__(self, total: int, progress: Progress | None):
        self.done, self.total, self.progress = 0, total, progress

    def add(self, rows: int) -> None:
        self.done += rows
        if self.progress is not None:
            self.progress(self.done, self.total)


def _row_count(src: sqlite3.Connection, table: str) -> int:
    return int(src.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0])


def _copy_table(src: sqlite3.Connection, dst: psycopg.Connection[Any], table: str,
                columns: list[str], copied: _Copied) -> int:
    selected = ", ".join("rowid" if c == "rowid" else f'"{c}"' for c in columns)
    copy = sql.SQL("COPY {} ({}) FROM STDIN").format(
        sql.Identifier(table), sql.SQL(", ").join(sql.Identifier(c) for c in columns))
    done = 0
    with dst.cursor() as cur, cur.copy(copy) as out:
        plain = src.execute("SELECT 1 FROM sqlite_master WHERE name = ? AND sql LIKE"
                            " '%WITHOUT ROWID%'", [table]).fetchone() is None
        order = " ORDER BY rowid" if plain else ""  # in the order written: ids rising
        rows = src.execute(f'SELECT {selected} FROM "{table}"{order}')
        while batch := rows.fetchmany(BATCH):
            for row in batch:
                out.write_row(row)
            done += len(batch)
            copied.add(len(batch))
    return done


def _reset_identities(dst: psycopg.Connection[Any], table: str, columns: list[str]) -> None:
    for column in ("id", "rowid", "seq"):
        if column not in columns:
            continue
        seq = dst.execute("SELECT pg_get_serial_sequence(%s, %s)", [table, column]).fetchone()
        if seq and seq[0]:
            dst.execute(sql.SQL("SELECT setval(%s, COALESCE((SELECT MAX({}) FROM {}), 0) + 1,"
                                " false)").format(sql.Identifier(column), sql.Identifier(table)),
                        [seq[0]])


def _file_figures(source: Path) -> tuple[Tallies | None, Period | None, str | None]:
    """The file brought to this console's schema (as opening it would), and the figures of
    its whole span of days."""
    from console.store.store import Store

    with Store.open(source, create=False) as store:
        tz_name = store.setting("timezone")
        span = store.conn.execute("SELECT MIN(day), MAX(day) FROM calls").fetchone()
        if not span or span[0] is None:
            return None, None, tz_name
        period = Period(date.fromisoformat(span[0]), date.fromisoformat(span[1]))
        return store.figures.tallies(period), period, tz_name


def _compare_figures(before: Tallies, period: Period, dst: psycopg.Connection[Any],
                     name: str, tz_name: str | None, report: MigrationReport) -> None:
    """The same figures from the server's copy, read inside the copy's own transaction."""
    from console.store.store import Store

    copy = Store(PgConnection(dst), Path(name), default_reference(), SystemClock(),
                 zone(tz_name), url="postgresql://")
    after = copy.figures.tallies(period)
    different = sorted(k for k in set(before.figures) | set(after.figures)
                       if _rounded(before.figures.get(k)) != _rounded(after.figures.get(k)))
    different += sorted(f"{k} (breakdown)" for k in set(before.breakdowns) | set(after.breakdowns)
                        if before.breakdowns.get(k) != after.breakdowns.get(k))
    if different:
        raise MigrationRefused("the copy's figures differ from the file's: "
                               + ", ".join(different[:8]) + " — nothing was kept")
    report.days = (period.first, period.last)
    report.figures_compared = len(before.figures) + len(before.breakdowns)


def _rounded(value: object) -> object:
    return round(value, 3) if isinstance(value, float) else value


def migrate(source: Path, url: str, *, progress: Progress | None = None) -> MigrationReport:
    """Copy the database file `source` into the empty PostgreSQL database at `url`."""
    report = MigrationReport()
    before, period, tz_name = _file_figures(source)
    src = _source(source)
    try:
        file_tables = {str(r[0]): [str(c[1]) for c in src.execute(
            f'PRAGMA table_info("{r[0]}")')] for r in src.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        head = src.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        with psycopg.connect(url, autocommit=True) as dst:
            configure(dst)
            apply_schema(dst)
            tables = _server_tables(dst)
            missing = sorted(set(file_tables) - set(tables) - _SQLITE_ONLY)
            if missing:
                raise MigrationRefused(f"the file has tables this console does not know: "
                                       f"{', '.join(missing)} (a newer console made it?)")
            with dst.transaction():
                dst.execute("SELECT console_write_lock()")
                _refuse_unless_empty(dst, tables)
                copied = [t for t in tables if t in file_tables]
                counter = _Copied(sum(_row_count(src, t) for t in copied), progress)
                counter.add(0)
                for table in copied:
                    dst.execute(sql.SQL("ALTER TABLE {} DISABLE TRIGGER USER").format(
                        sql.Identifier(table)))
                for table in copied:
                    have = set(file_tables[table]) | ({"rowid"} if table == "settings" else set())
                    columns = [c for c in _columns(dst, table) if c in have]
                    report.rows[table] = _copy_table(src, dst, table, columns, counter)
                    _reset_identities(dst, table, columns)
                for table in copied:
                    dst.execute(sql.SQL("ALTER TABLE {} ENABLE TRIGGER USER").format(
                        sql.Identifier(table)))
                if head is not None:
                    dst.execute("UPDATE audit_head SET audit_id = %s, hash = %s WHERE id = 1",
                                [int(head[0]), str(head[1])])
                _check_counts(src, dst, copied)
                if before is not None and period is not None:
                    _compare_figures(before, period, dst, source.stem, tz_name, report)
                chain = check_chain(PgConnection(dst))
                if not chain.ok:
                    raise MigrationRefused("the copy's audit chain does not hold: "
                                           + "; ".join(p[2] for p in chain.problems[:5]))
                if head is not None and (chain.head is None
                                         or chain.head.hash != str(head[1])):
                    raise MigrationRefused("the copy's audit chain does not end at the file's")
                report.audit_rows = chain.rows
                report.audit_head = chain.head.label if chain.head else ""
    finally:
        src.close()
    return report


def _check_counts(src: sqlite3.Connection, dst: psycopg.Connection[Any],
                  tables: list[str]) -> None:
    for table in tables:
        here = int(src.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0])
        row = dst.execute(sql.SQL("SELECT COUNT(*) FROM {}").format(
            sql.Identifier(table))).fetchone()
        there = int(row[0]) if row else -1
        if here != there:
            raise MigrationRefused(f"{table}: {there:,} rows on the server, {here:,} in the file"
                                   " — nothing was kept")
