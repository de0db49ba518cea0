"""Backups of a live database: a consistent copy while seats write, checked, kept in rotation.

The copy is SQLite's online backup (`Connection.backup`) run inside one read
transaction held on the source connection. In WAL mode that transaction sees
one snapshot of the file while the seats go on writing, so the copy never
restarts (the `sqlite3 .backup` shell command starts again after every write
of another connection, and never ends at 40 saves a second), and the counts
read at its start are those of the copy: the check compares them exactly.
`VACUUM INTO` also reads one snapshot, but cannot run inside a transaction, so
nothing could be compared with the state it copied; and it rebuilds every
table and index, three times slower than copying pages on a one-year file.

A backup is written under a temporary name, made a self-contained file (no
-wal beside it), checked (`PRAGMA integrity_check`, the counts of calls,
incidents and incident events, the schema version), flushed to disk and only
then given its name: `<database>-<local date>-<local time>.db`, readable by its
owner only. Then all but the newest `keep` backups of that database in the
folder are removed. Copying the live file with `cp` is not safe: the latest
saves may still be in its -wal file, and a copy taken while a seat writes is
torn.

Restoring checks a backup the same way and writes it to a new file; it never
replaces a file (the live database included).
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from console.store.audit import AuditProblem, AuditReport, _Verifier
from console.store.connection import (
    BUSY_TIMEOUT_S,
    COMPANIONS,
    FileCheck,
    create_owner_only,
    explain,
    from_os_error,
    fsync_file,
    fsync_folder,
    place_new,
    remove_with_companions,
    temporary_name,
)
from console.store.errors import (
    CopyCheckFailedError,
    CorruptDatabaseError,
    DiskFullError,
    NewerDatabaseError,
    NotADatabaseError,
    TargetExistsError,
)
from console.store.migrations import applied_names, known_names, latest_version

COUNTED = ("calls", "incidents", "incident_events")
DEFAULT_KEEP = 14
STEP_PAGES = 4096  # 16 MiB of 4 KiB pages per step: progress is reported between steps
STAMP = "%Y%m%d-%H%M%S"

Progress = Callable[[int, int], None]  # pages copied, pages in all


@dataclass(frozen=True)
class Snapshot:
    """What a database held at one moment: its schema version and its key counts."""

    schema_version: int
    counts: dict[str, int]

    def text(self) -> str:
        counts = ", ".join(f"{n:,} {name.replace('_', ' ')}" for name, n in self.counts.items())
        return f"{counts}; schema version {self.schema_version}"


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime  # local time, as in the name


@dataclass(frozen=True)
class BackupReport:
    path: Path
    snapshot: Snapshot
    size: int
    seconds: float
    kept: list[BackupFile]
    removed: list[Path]


def _ro_uri(path: Path) -> str:
    return f"{path.resolve().as_uri()}?mode=ro"


def _snapshot(conn: sqlite3.Connection) -> Snapshot:
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    counts = {name: int(conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])
              if name in tables else 0 for name in COUNTED}
    return Snapshot(version, counts)


def _readable_console_file(path: Path) -> None:
    """Refuse what is not an SQLite file of this console (any schema version)."""
    if not path.is_file():
        if path.exists():
            raise NotADatabaseError(path, "is a folder")
        raise FileNotFoundError(path)
    try:
        conn = sqlite3.connect(_ro_uri(path), uri=True, timeout=BUSY_TIMEOUT_S)
        try:
            ours = bool(applied_names(conn))
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise (explain(exc, path) or NotADatabaseError(path, str(exc))) from exc
    if not ours:
        raise NotADatabaseError(path, "not a database of this console")


def _copy(source: Path, target: Path, progress: Progress | None) -> Snapshot:
    """Copy `source` page by page into the empty file `target`, all from one snapshot."""
    src = sqlite3.connect(_ro_uri(source), uri=True, timeout=BUSY_TIMEOUT_S,
                          isolation_level=None)
    try:
        src.execute("BEGIN")  # one read transaction: the snapshot of the counts and the copy
        snapshot = _snapshot(src)
        dst = sqlite3.connect(target, isolation_level=None)
        try:
            def step(_status: int, remaining: int, total: int) -> None:
                if progress is not None:
                    progress(total - remaining, total)

            src.backup(dst, pages=STEP_PAGES, progress=step)
            dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            dst.close()
        src.execute("COMMIT")
    finally:
        src.close()
    return snapshot


def verify_copy(path: Path, expected: Snapshot, *, full: bool = True) -> None:
    """Raise CopyCheckFailedError unless the copy is sound and holds what was copied."""
    problem = FileCheck(path, full=full).run()
    if problem is not None:
        raise CopyCheckFailedError(path, problem.detail or problem.code) from problem
    try:
        conn = sqlite3.connect(_ro_uri(path), uri=True)
        try:
            got = _snapshot(conn)
            chain = audit_chain_problems(conn, path)
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise CopyCheckFailedError(path, str(exc)) from exc
    if chain:
        raise CopyCheckFailedError(path, f"its audit chain is broken: {chain[0].line()}")
    if got != expected:
        raise CopyCheckFailedError(path, f"it holds {got.text()}, the database held"
                                         f" {expected.text()}")


def audit_chain_problems(conn: sqlite3.Connection, path: Path) -> list[AuditProblem]:
    """The copy's audit chain recomputed row by row (hashes, order, nothing missing): a
    copy whose log does not vouch for itself is no backup. Empty without an audit log."""
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table'"
                        " AND name = 'audit_log'").fetchone():
        return []
    report = AuditReport(path)
    _Verifier(conn, report).chain()
    return report.problems


def _copy_error(exc: BaseException, source: Path, target: Path) -> BaseException:
    """Blame the side that failed: only the copy is written, so a full disk is its disk."""
    if isinstance(exc, OSError):
        return from_os_error(exc, target)
    at_target = explain(exc, target)
    if isinstance(at_target, DiskFullError):
        return at_target
    return explain(exc, source) or exc


def _name_pattern(stem: str) -> re.Pattern[str]:
    return re.compile(rf"^{re.escape(stem)}-(\d{{8}}-\d{{6}})(?:-(\d+))?\.db$")


def backups(folder: Path | str, stem: str) -> list[BackupFile]:
    """The backups of database `stem` (e.g. "console") in `folder`, newest first."""
    folder = Path(folder)
    pattern = _name_pattern(stem)
    found: list[tuple[datetime, int, Path]] = []
    with contextlib.suppress(FileNotFoundError, NotADirectoryError):
        for entry in folder.iterdir():
            match = pattern.match(entry.name)
            if match and entry.is_file():
                with contextlib.suppress(ValueError):
                    taken = datetime.strptime(match[1], STAMP)
                    found.append((taken, int(match[2] or 1), entry))
    found.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return [BackupFile(path, taken) for taken, _, path in found]


def backup_due(folder: Path | str, stem: str, every: timedelta, now: datetime) -> bool:
    """Whether the newest backup of `stem` in `folder` is older than `every` (or missing).

    `now` is local time without a zone, as the backups' names are: what a scheduler in
    the console asks before it calls `backup_database` in a worker.
    """
    found = backups(folder, stem)
    return not found or now - found[0].taken_at >= every


def rotate(folder: Path, stem: str, keep: int) -> tuple[list[BackupFile], list[Path]]:
    """Remove all but the newest `keep` backups of `stem`; the kept and the removed."""
    found = backups(folder, stem)
    removed: list[Path] = []
    for old in found[keep:]:
        with contextlib.suppress(FileNotFoundError):
            old.path.unlink()
            removed.append(old.path)
    if removed:
        fsync_folder(folder)
    return found[:keep], removed


def _out_folder(out: Path) -> None:
    """The backup folder; made when missing if its parent exists (a mistyped tree is not)."""
    if out.is_dir():
        return
    if out.exists():
        raise NotADirectoryError(f"{out} is not a folder")
    if not out.parent.is_dir():
        raise FileNotFoundError(2, "folder does not exist", str(out.parent))
    out.mkdir(mode=0o700)


def backup_database(source: Path | str, out: Path | str, *, keep: int = DEFAULT_KEEP,
                    now: datetime | None = None, full_check: bool = True,
                    progress: Progress | None = None) -> BackupReport:
    """Take a checked backup of `source` into folder `out` and keep the newest `keep`.

    Safe while seats write. Raises FileNotFoundError for a missing database or folder,
    CopyCheckFailedError when the copy fails its check (nothing is kept then), and the
    StoreError of the trouble met otherwise; a failed backup leaves no file behind and
    removes no older backup.
    """
    source, out = Path(source), Path(out)
    if keep < 1:
        raise ValueError("keep at least one backup")
    started = time.perf_counter()
    _readable_console_file(source)
    try:
        _out_folder(out)
    except OSError as exc:
        if isinstance(exc, FileNotFoundError | NotADirectoryError):
            raise
        raise from_os_error(exc, out) from exc
    stamp = (now or datetime.now()).strftime(STAMP)
    final = out / f"{source.stem}-{stamp}.db"
    part = temporary_name(final, "part")
    try:
        try:
            create_owner_only(part)
            snapshot = _copy(source, part, progress)
        except (OSError, sqlite3.Error) as exc:
            raise _copy_error(exc, source, part) from exc
        try:
            verify_copy(part, snapshot, full=full_check)
        except CopyCheckFailedError as failed:
            damage = FileCheck(source).run()  # pages are copied as they are: whose fault?
            if isinstance(damage, CorruptDatabaseError):
                raise damage from failed
            raise CopyCheckFailedError(final, failed.detail) from failed
        try:
            fsync_file(part)
            number = 1
            while not place_new(part, final):
                number += 1
                final = out / f"{source.stem}-{stamp}-{number}.db"
        except OSError as exc:
            raise from_os_error(exc, final) from exc
    finally:
        remove_with_companions(part)
    size = final.stat().st_size
    kept, removed = rotate(out, source.stem, keep)
    return BackupReport(final, snapshot, size, time.perf_counter() - started, kept, removed)


def _refuse_existing(target: Path) -> None:
    for suffix in ("", *COMPANIONS):
        candidate = Path(f"{target}{suffix}")
        if candidate.exists() or candidate.is_symlink():
            raise TargetExistsError(target, f"{candidate.name} exists")


def check_backup(backup: Path | str, *, files: list[Path] | None = None) -> Snapshot:
    """A backup this console can restore: sound (`integrity_check`) and of a schema it
    knows. Its snapshot; else CopyCheckFailedError, NewerDatabaseError or the trouble met."""
    backup = Path(backup)
    _readable_console_file(backup)
    try:
        conn = sqlite3.connect(_ro_uri(backup), uri=True, timeout=BUSY_TIMEOUT_S)
        try:
            snapshot = _snapshot(conn)
            unknown = applied_names(conn) - known_names(files)
        finally:
            conn.close()
    except sqlite3.Error as exc:
        known = explain(exc, backup)
        if isinstance(known, CorruptDatabaseError):
            raise CopyCheckFailedError(backup, known.detail) from exc
        raise (known or exc) from exc
    if snapshot.schema_version > latest_version(files) or unknown:
        raise NewerDatabaseError(backup, f"schema {snapshot.schema_version}, this console"
                                         f" knows {latest_version(files)}")
    problem = FileCheck(backup, full=True).run()
    if isinstance(problem, CorruptDatabaseError):
        raise CopyCheckFailedError(backup, problem.detail) from problem
    if problem is not None:
        raise problem
    return snapshot


def restore_backup(backup: Path | str, target: Path | str, *,
                   files: list[Path] | None = None) -> Snapshot:
    """Write a checked backup to the new file `target` (owner-only), never over a file.

    Raises TargetExistsError when `target` (or a -wal/-shm of it) exists, which is
    always so for the live database; FileNotFoundError for a missing backup or folder.
    """
    backup, target = Path(backup), Path(target)
    _refuse_existing(target)
    if not target.parent.is_dir():
        raise FileNotFoundError(2, "folder does not exist", str(target.parent))
    snapshot = check_backup(backup, files=files)
    part = temporary_name(target, "restore")
    try:
        try:
            create_owner_only(part)
            copied = _copy(backup, part, None)
        except (OSError, sqlite3.Error) as exc:
            raise _copy_error(exc, backup, part) from exc
        if copied != snapshot:
            raise CopyCheckFailedError(backup, "the backup changed while it was restored")
        try:
            verify_copy(part, snapshot, full=False)
        except CopyCheckFailedError as failed:
            raise CopyCheckFailedError(target, failed.detail) from failed
        try:
            fsync_file(part)
            if not place_new(part, target):
                raise TargetExistsError(target, "created meanwhile")
        except OSError as exc:
            raise from_os_error(exc, target) from exc
    finally:
        remove_with_companions(part)
    return snapshot
