"""Opening a database file safely: check first, change nothing on refusal.

A file that is not SQLite, a file made by a newer console, and a file the user
may not write are refused with a `StoreError` before anything is written. An
accepted file is put in WAL mode (several seats on one host), with foreign
keys on, a busy timeout, and full synchronous commits so that a saved call
survives a crash or power cut.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from pathlib import Path

from sqlite_utils import Database

from console.store.db import classify
from console.store.errors import (
    CorruptDatabaseError,
    DatabaseBusyError,
    DiskFullError,
    NewerDatabaseError,
    NotADatabaseError,
    ReadOnlyDatabaseError,
)
from console.store.migrations import (
    applied_names,
    apply_migrations,
    known_names,
    latest_version,
)

BUSY_TIMEOUT_S = 5.0


def _is_read_only(path: Path) -> bool:
    """Honour a file's read-only mark even for root, who could write it anyway."""
    mode = path.stat().st_mode
    if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        return True
    return not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK)


def _check_existing(path: Path, files: list[Path] | None) -> None:
    """Refuse a file that is not ours before writing anything.

    Only SQLite opens the file, never plain `open()`: POSIX locks belong to the
    process, and closing any other descriptor of the file would drop the locks
    of this process's live connections, letting another seat delete their WAL.
    """
    if path.is_dir():
        raise NotADatabaseError(path, "is a folder")
    if path.stat().st_size == 0:
        if _is_read_only(path):
            raise ReadOnlyDatabaseError(path)
        return
    try:
        probe = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=1.0)
    except sqlite3.Error as exc:
        raise NotADatabaseError(path, str(exc)) from exc
    try:
        version = probe.execute("PRAGMA user_version").fetchone()[0]
        applied = applied_names(probe)
        foreign = not applied and probe.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table'").fetchone() is not None
    except sqlite3.DatabaseError as exc:
        raise NotADatabaseError(path, str(exc)) from exc
    finally:
        probe.close()
    if foreign:
        raise NotADatabaseError(path, "an SQLite file of another program")
    unknown = applied - known_names(files)
    if version > latest_version(files) or unknown:
        known = latest_version(files)
        raise NewerDatabaseError(path, f"schema {version}, this console knows {known}")
    if _is_read_only(path):
        raise ReadOnlyDatabaseError(path)


def connect(path: Path) -> sqlite3.Connection:
    """A configured connection; callers own it (one per thread)."""
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
    return conn


def open_database(path: Path | str, *, create: bool = True,
                  files: list[Path] | None = None) -> Database:
    """Check, open and migrate a database file."""
    path = Path(path)
    if path.exists():
        _check_existing(path, files)
    elif not create:
        raise FileNotFoundError(path)
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ReadOnlyDatabaseError(path, str(exc)) from exc
        if not os.access(path.parent, os.W_OK):
            raise ReadOnlyDatabaseError(path, "folder not writable")
    try:
        conn = connect(path)
    except sqlite3.Error as exc:
        known = classify(exc, path)
        if isinstance(known, DatabaseBusyError | DiskFullError | CorruptDatabaseError):
            raise known from exc
        raise ReadOnlyDatabaseError(path, str(exc)) from exc
    db = Database(conn, execute_plugins=False)
    try:
        apply_migrations(conn, files)
    except sqlite3.Error as exc:
        with contextlib.suppress(sqlite3.Error):
            conn.close()
        known = classify(exc, path)
        if known is None:
            raise
        raise known from exc
    return db
