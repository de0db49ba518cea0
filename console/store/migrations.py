"""Versioned schema migrations: one SQL file per version in `db/migrations/`.

Each file runs in one transaction together with its record in
`_sqlite_migrations` (sqlite-utils' `Migrations`), and sets `user_version` to
its number, so a file made by a newer console is recognised and left alone.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from console.paths import db_dir

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


def _runner(path: Path, version: int) -> Callable[[Database], None]:
    def run(db: Database) -> None:
        for statement in split_statements(path.read_text(encoding="utf-8")):
            db.conn.execute(statement)
        db.conn.execute(f"PRAGMA user_version = {version:d}")

    return run


def build_migrations(files: list[Path] | None = None) -> Migrations:
    migrations = Migrations(MIGRATION_SET)
    for path in files if files is not None else migration_files():
        version = int(path.name[:4])
        migrations(name=path.stem)(_runner(path, version))
    return migrations


def known_names(files: list[Path] | None = None) -> set[str]:
    return {p.stem for p in (files if files is not None else migration_files())}


def latest_version(files: list[Path] | None = None) -> int:
    found = files if files is not None else migration_files()
    return max((int(p.name[:4]) for p in found), default=0)
