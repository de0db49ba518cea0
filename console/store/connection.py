"""Opening a database file safely: check first, change nothing on refusal.

A file that is not SQLite, a file made by a newer console, and a file the user
may not write are refused with a `StoreError` before anything is written; so
are a file locked by another program, a full disk and damage met on the way,
each under its own name. An accepted file is put in WAL mode (several seats on one
host), with foreign keys on, a busy timeout, and full synchronous commits so
that a saved call survives a crash or power cut.

A new database is built under a temporary name, readable and writable by its
owner only, and put in place whole: a failure (a full disk, a broken
migration) leaves no file behind.

`FileCheck` runs SQLite's own check of every page (`PRAGMA quick_check`): on a
one-year database it takes about a second from the page cache and far longer
from a cold disk, so a seat runs it beside its work, not in the way of it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import shutil
import sqlite3
import stat
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

from sqlite_utils import Database

from console.store.db import classify
from console.store.errors import (
    CorruptDatabaseError,
    DatabaseUnavailableError,
    DiskFullError,
    NewerDatabaseError,
    NotADatabaseError,
    ReadOnlyDatabaseError,
    StoreError,
)
from console.store.locations import is_server_url
from console.store.migrations import (
    applied_names,
    apply_migrations,
    known_names,
    latest_version,
)

BUSY_TIMEOUT_S = 5.0
OWNER_ONLY = 0o600  # a database holds victims' details: its owner alone reads it
LOW_SPACE_BYTES = 1 << 20  # less free space than this, and a failing write means a full disk
COMPANIONS = ("-wal", "-shm", "-journal")


def _no_write_bits(path: Path) -> bool:
    return not path.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)


def _folder_marked_read_only(folder: Path) -> bool:
    """A folder without write bits (POSIX; on Windows a folder's read-only attribute
    marks a customised folder, not a read-only one)."""
    return sys.platform != "win32" and _no_write_bits(folder)


def _is_read_only(path: Path) -> bool:
    """Honour a read-only mark on the file or its folder even for root, who could write
    anyway (`os.access` answers yes to root whatever the mode)."""
    try:
        if _no_write_bits(path) or _folder_marked_read_only(path.parent):
            return True
    except OSError:
        return False
    return not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK)


def _disk_full(path: Path) -> bool:
    try:
        return shutil.disk_usage(path.parent).free < LOW_SPACE_BYTES
    except OSError:
        return False


def from_os_error(exc: OSError, path: Path) -> StoreError:
    """What a failed file operation on a database file means to the user."""
    detail = exc.strerror or str(exc)
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return DiskFullError(path, detail)
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return ReadOnlyDatabaseError(path, detail)
    return DatabaseUnavailableError(path, detail)


def explain(exc: BaseException, path: Path | str) -> StoreError | None:
    """The `StoreError` an error met on a database file stands for, or None for a bug.

    SQLite's result code says most; the file system says the rest: on a full disk SQLite
    cannot map its shared-memory file and reports an I/O error, and in a folder the user
    may not write it cannot open that file at all.
    """
    path = Path(path)
    if isinstance(exc, StoreError):
        return exc
    if isinstance(exc, OSError):
        return from_os_error(exc, path)
    if not isinstance(exc, sqlite3.Error):
        return None
    known = classify(exc, path)
    if known is None or isinstance(known, DatabaseUnavailableError):
        if _disk_full(path):
            return DiskFullError(path, str(exc))
        if path.exists() and _is_read_only(path):
            return ReadOnlyDatabaseError(path, str(exc))
    return known


def _probe(path: Path) -> tuple[int, set[str], bool]:
    """Schema version, applied migrations, and whether the file belongs to another program,
    read through a read-only connection."""
    probe = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                            timeout=BUSY_TIMEOUT_S)
    try:
        version = int(probe.execute("PRAGMA user_version").fetchone()[0])
        applied = applied_names(probe)
        foreign = not applied and probe.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table'").fetchone() is not None
    finally:
        probe.close()
    return version, applied, foreign


def _check_existing(path: Path, files: list[Path] | None) -> None:
    """Refuse a file that is not ours before writing anything.

    Only SQLite opens the file, never plain `open()`: POSIX locks belong to the
    process, and closing any other descriptor of the file would drop the locks
    of this process's live connections, letting another seat delete their WAL.
    """
    if path.is_dir():
        raise NotADatabaseError(path, "is a folder")
    if _is_read_only(path):  # before reading: even a read may leave a -shm behind
        raise ReadOnlyDatabaseError(path)
    if path.stat().st_size == 0:
        return
    try:
        version, applied, foreign = _probe(path)
    except sqlite3.Error as exc:
        raise (explain(exc, path) or NotADatabaseError(path, str(exc))) from exc
    if foreign:
        raise NotADatabaseError(path, "an SQLite file of another program")
    unknown = applied - known_names(files)
    if version > latest_version(files) or unknown:
        known = latest_version(files)
        raise NewerDatabaseError(path, f"schema {version}, this console knows {known}")


def connect(path: Path) -> sqlite3.Connection:
    """A configured connection; callers own it (one per thread)."""
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
    return conn


def create_owner_only(path: Path) -> None:
    """A new empty file that only its owner may read or write, whatever the umask."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                 OWNER_ONLY)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, OWNER_ONLY)
    finally:
        os.close(fd)
    if not hasattr(os, "fchmod"):
        os.chmod(path, OWNER_ONLY)


def temporary_name(path: Path, purpose: str) -> Path:
    """A name beside `path` that no one else uses, for a file put in place when whole."""
    return path.with_name(f".{path.name}.{purpose}-{os.getpid()}-{secrets.token_hex(4)}")


def remove_with_companions(path: Path) -> None:
    for suffix in ("", *COMPANIONS):
        with contextlib.suppress(FileNotFoundError):
            os.remove(f"{path}{suffix}")


def fsync_file(path: Path) -> None:
    """Flush a file no connection of this process has open (see `_check_existing`)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """Make a rename or a new name in `folder` survive a power cut (POSIX only)."""
    if sys.platform == "win32":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def place_new(built: Path, path: Path) -> bool:
    """Give the whole file `built` the name `path`, never replacing a file of that name.

    True when it took the name; False when `path` appeared meanwhile (another seat
    created it), and `built` is left to the caller.
    """
    try:
        os.link(built, path)
    except FileExistsError:
        return False
    except OSError:  # no hard links on this file system: a rename, refused if `path` exists
        if path.exists():
            return False
        try:
            os.rename(built, path)  # on Windows, refuses to replace an existing file
        except FileExistsError:
            return False
        fsync_folder(path.parent)
        return True
    os.remove(built)
    fsync_folder(path.parent)
    return True


def _create(path: Path, files: list[Path] | None, parents: bool) -> None:
    """Build a new, fully migrated database under a temporary name, then put it in place."""
    folder = path.parent
    if not folder.is_dir():
        if not parents:
            raise FileNotFoundError(errno.ENOENT, "folder does not exist", str(folder))
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise from_os_error(exc, path) from exc
    if not os.access(folder, os.W_OK) or _folder_marked_read_only(folder):
        raise ReadOnlyDatabaseError(path, "folder not writable")
    built = temporary_name(path, "new")
    try:
        create_owner_only(built)
        conn = connect(built)
        try:
            apply_migrations(conn, files)
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        finally:
            conn.close()  # the last connection: the WAL is checkpointed and removed
        fsync_file(built)
        place_new(built, path)
    except BaseException as exc:
        remove_with_companions(built)
        known = explain(exc, path)
        if known is None or known is exc:
            raise
        raise known from exc
    remove_with_companions(built)


def open_database(path: Path | str, *, create: bool = True, parents: bool = True,
                  files: list[Path] | None = None) -> Database:
    """Check, open and migrate a database file.

    A missing file is created when `create`; its folder too when `parents`, else a
    missing folder raises FileNotFoundError naming the folder.
    """
    path = Path(path)
    if not path.exists():
        if not create:
            raise FileNotFoundError(path)
        _create(path, files, parents)
    _check_existing(path, files)
    try:
        conn = connect(path)
    except sqlite3.Error as exc:
        raise (explain(exc, path) or ReadOnlyDatabaseError(path, str(exc))) from exc
    db = Database(conn, execute_plugins=False)
    try:
        apply_migrations(conn, files)
    except sqlite3.Error as exc:
        with contextlib.suppress(sqlite3.Error):
            conn.close()
        known = explain(exc, path)
        if known is None:
            raise
        raise known from exc
    return db


class FileCheck:
    """SQLite's check of a database file, on a read-only connection of its own.

    `run()` answers None for a sound file (or a cancelled check), CorruptDatabaseError
    naming the first problems found, or the StoreError that kept the check from reading.
    `cancel()` may be called from another thread and stops the check within moments.
    """

    def __init__(self, path: Path | str, *, full: bool = False):
        self.path = Path(path)
        self.full = full
        self.cancelled = False
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.Lock()

    def run(self) -> StoreError | None:
        pragma = "integrity_check" if self.full else "quick_check"
        try:
            with self._lock:
                if self.cancelled:
                    return None
                self._conn = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro",
                                             uri=True, timeout=BUSY_TIMEOUT_S,
                                             check_same_thread=False)
            try:
                rows = [str(r[0]) for r in self._conn.execute(f"PRAGMA {pragma}(20)")]
            finally:
                with self._lock:
                    self._conn.close()
                    self._conn = None
        except sqlite3.Error as exc:
            if self.cancelled:
                return None
            return explain(exc, self.path) or DatabaseUnavailableError(self.path, str(exc))
        if rows == ["ok"]:
            return None
        lines = [line.strip() for row in rows for line in row.splitlines()
                 if line.strip() and not line.startswith("***")]  # "*** in database main ***"
        shown = "; ".join(lines[:3]) + (f"; {len(lines) - 3} more" if len(lines) > 3 else "")
        return CorruptDatabaseError(self.path, shown or "; ".join(rows))

    def cancel(self) -> None:
        with self._lock:
            self.cancelled = True
            if self._conn is not None:
                self._conn.interrupt()


def check_file(path: Path | str, *, full: bool = False) -> None:
    """Raise the StoreError for a damaged or unreadable file; return for a sound one (or for
    a PostgreSQL database, which its server checks)."""
    if is_server_url(path):
        return
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(path)
    _check_existing_readable(path)
    problem = FileCheck(path, full=full).run()
    if problem is not None:
        raise problem


def _check_existing_readable(path: Path) -> None:
    """A file the check can read: an SQLite file of this console, any schema version."""
    if path.is_dir():
        raise NotADatabaseError(path, "is a folder")
    try:
        _version, _applied, foreign = _probe(path)
    except sqlite3.Error as exc:
        raise (explain(exc, path) or NotADatabaseError(path, str(exc))) from exc
    if foreign:
        raise NotADatabaseError(path, "an SQLite file of another program")


@contextlib.contextmanager
def explained(path: Path | str) -> Iterator[None]:
    """Turn SQLite errors a user can act on into `StoreError`s (see `explain`); SQLite
    errors that stand for nothing the user can do stay bugs, other errors pass."""
    try:
        yield
    except sqlite3.Error as exc:
        known = explain(exc, path)
        if known is None:
            raise
        raise known from exc


def store_error_of(exc: BaseException, path: Path | str) -> StoreError | None:
    """The StoreError an exception raised anywhere stands for: itself, or what an SQLite
    error met on `path` means (see `explain`); None for anything else."""
    if isinstance(exc, StoreError):
        return exc
    if isinstance(exc, sqlite3.Error):
        return explain(exc, path)
    return None
