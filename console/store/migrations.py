"""Versioned schema migrations: one SQL file per version in `db/migrations/`.

Each file runs in one transaction together with its record in
`_sqlite_migrations` (the table sqlite-utils' `Migrations` keeps, so its
`migrate` command reads it too), and sets `user_version` to its number, so a
file made by a newer console is recognised and left alone. Each transaction
takes the write lock first and looks again at what is applied: seats starting
together after an upgrade never run a migration twice.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from console.paths import db_dir
from console.store.audit import register_functions

MIGRATION_SET = "console"


def migration_files(folder: Path | None = None) -> list[Path]:
    return sorted((folder or db_dir() / "migrations").glob("[0-9][0-9][0-9][0-9]_*.sql"))


def split_statements(script: str) -> list[str]:
    """Split a script into statements; triggers keep their inner semicolons.

    `executescript` would commit first and break the one-transaction rule.
    """
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        if not buffer and line.strip().startswith("--"):
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        raise ValueError("unterminated SQL statement at the end of a migration")
    return statements


_LOG_TABLE = (
    "CREATE TABLE IF NOT EXISTS _sqlite_migrations"
    " (id INTEGER PRIMARY KEY, migration_set TEXT, name TEXT, applied_at TEXT)"
)
_LOG_INDEX = (
    "CREATE UNIQUE INDEX IF NOT EXISTS idx__sqlite_migrations_migration_set_name"
    " ON _sqlite_migrations (migration_set, name)"
)


def applied_names(conn: sqlite3.Connection) -> set[str]:
    has_log = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'"
    ).fetchone()
    if not has_log:
        return set()
    return {row[0] for row in conn.execute(
        "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET])}


def apply_migrations(conn: sqlite3.Connection, files: list[Path] | None = None) -> None:
    """Apply what is pending, each file in one immediate transaction.

    The audit's SQL functions are registered first: audited tables refuse writes without
    them (0009_audit.sql), and a migration may write such a table.
    """
    register_functions(conn)
    found = files if files is not None else migration_files()
    if known_names(found) <= applied_names(conn):
        return
    for path in found:
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute(_LOG_TABLE)
            conn.execute(_LOG_INDEX)
            if path.stem not in applied_names(conn):
                for statement in split_statements(path.read_text(encoding="utf-8")):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {int(path.name[:4]):d}")
                conn.execute(
                    "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
                    " VALUES (?, ?, ?)",
                    [MIGRATION_SET, path.stem, str(datetime.now(UTC))],
                )
        except BaseException:
            if conn.in_transaction:
                conn.rollback()
            raise
        conn.commit()


def known_names(files: list[Path] | None = None) -> set[str]:
    return {p.stem for p in (files if files is not None else migration_files())}


def latest_version(files: list[Path] | None = None) -> int:
    found = files if files is not None else migration_files()
    return max((int(p.name[:4]) for p in found), default=0)
