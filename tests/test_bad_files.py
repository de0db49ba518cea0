"""A bad database file is told as what it is: locked, full disk, read-only, damaged.

Each case gets its own message (at start in the GUI, and from every CLI command), no
traceback, and nothing changed in the file. A new database is created whole or not at
all, readable and writable by its owner only.
"""

from __future__ import annotations

import io
import os
import sqlite3
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import redirect_stderr
from datetime import timedelta
from pathlib import Path

import pytest

from console.cli import main
from console.domain.calls import CallDraft
from console.domain.clock import SystemClock
from console.store import (
    CorruptDatabaseError,
    DatabaseBusyError,
    DatabaseUnavailableError,
    DiskFullError,
    ReadOnlyDatabaseError,
    Store,
    StoreError,
    connection,
)
from console.store.connection import FileCheck, check_file

POSIX = sys.platform != "win32"


def _made(path: Path, calls: int = 40) -> Path:
    """A real database with calls and incidents, closed (its WAL folded in)."""
    with Store.open(path) as store:
        earlier = SystemClock().now() - timedelta(hours=2)
        for n in range(calls):
            store.calls.log_call(CallDraft(category_code="theft", caller_number=f"1380000{n:04d}",
                                           summary="x" * 200, received_at=earlier), None)
    return path


def _damage_table(path: Path, table: str = "incidents") -> None:
    """Overwrite the head of a table's root page, as a failing disk would."""
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [table]).fetchone()[0]
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    data[(root - 1) * page_size:(root - 1) * page_size + 16] = b"\xff" * 16
    path.write_bytes(bytes(data))


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture
def umask() -> Iterator[None]:
    old = os.umask(0)  # the loosest: nothing masks what the console asks for
    yield
    os.umask(old)


# --- a new file ----------------------------------------------------------------------------


@pytest.mark.skipif(not POSIX, reason="POSIX file modes")
def test_a_new_database_and_its_wal_and_shm_are_readable_by_their_owner_only(
        tmp_path: Path, umask: None) -> None:
    path = tmp_path / "console.db"
    with Store.open(path) as store:
        store.calls.log_call(CallDraft(category_code="theft"), None)
        modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in tmp_path.iterdir()}
    assert modes == {"console.db": 0o600, "console.db-wal": 0o600, "console.db-shm": 0o600}


def test_a_full_disk_at_creation_leaves_no_file(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    real = connection.connect

    def on_a_full_disk(path: Path) -> sqlite3.Connection:
        conn = real(path)
        conn.execute("PRAGMA max_page_count = 2")  # the disk fills up during the schema
        return conn

    monkeypatch.setattr(connection, "connect", on_a_full_disk)
    assert main(["init", "--db", str(tmp_path / "console.db")]) == 2
    err = capsys.readouterr().err
    assert "is full" in err and "read-only" not in err and "Traceback" not in err
    assert _files(tmp_path) == []


def test_a_failing_migration_at_creation_leaves_no_file(tmp_path: Path) -> None:
    from console.store.connection import open_database
    from console.store.migrations import migration_files

    broken = tmp_path / "migrations"
    broken.mkdir()
    first = migration_files()[0]
    (broken / first.name).write_text(first.read_text(encoding="utf-8"), encoding="utf-8")
    (broken / "0002_broken.sql").write_text("INSERT INTO no_such_table VALUES (1);\n",
                                            encoding="utf-8")
    folder = tmp_path / "data"
    folder.mkdir()
    with pytest.raises(sqlite3.OperationalError):
        open_database(folder / "console.db", files=sorted(broken.glob("*.sql")))
    assert _files(folder) == []


def test_init_refuses_a_missing_folder_unless_asked(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    mistyped = tmp_path / "dta" / "seat1" / "console.db"
    assert main(["init", "--db", str(mistyped)]) == 2
    err = capsys.readouterr().err
    assert f"The folder {mistyped.parent} does not exist" in err and "--parents" in err
    assert _files(tmp_path) == []
    assert main(["init", "--db", str(mistyped), "--parents"]) == 0
    assert mistyped.is_file()


# --- locked --------------------------------------------------------------------------------


HOLD = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA locking_mode = EXCLUSIVE")
conn.execute("BEGIN EXCLUSIVE")
print("held", flush=True)
sys.stdin.readline()
"""


@pytest.fixture
def locked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A database another program holds an exclusive lock on."""
    path = _made(tmp_path / "console.db", calls=3)
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_S", 0.2)
    with subprocess.Popen([sys.executable, "-c", HOLD, str(path)], stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE, text=True) as holder:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        yield path
        holder.kill()


def test_a_locked_database_is_reported_as_locked(locked: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(DatabaseBusyError):
        Store.open(locked)
    for command in (["open"], ["history", "--number", "13800000001"], ["check"]):
        assert main([command[0], "--db", str(locked), *command[1:]]) == 2
        err = capsys.readouterr().err
        assert "is locked by another program" in err, command
        assert "not an SQLite file" not in err and "Traceback" not in err


# --- full disk -----------------------------------------------------------------------------


def test_a_save_on_a_full_disk_is_a_full_disk_and_saves_nothing(store: Store) -> None:
    before = store.count("calls")
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(DiskFullError):
        for _ in range(200):
            store.calls.log_call(CallDraft(category_code="theft", summary="摘要" * 500), None)
    store.conn.execute("PRAGMA max_page_count = 1073741823")
    saved = store.count("calls") - before
    store.calls.log_call(CallDraft(category_code="theft"), None)  # space again: the next one saves
    assert store.count("calls") == before + saved + 1


def _io_error(code: int) -> sqlite3.OperationalError:
    exc = sqlite3.OperationalError("disk I/O error")
    exc.sqlite_errorcode = code
    return exc


def test_opening_on_a_full_disk_is_a_full_disk_not_a_foreign_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On a full disk SQLite cannot size the -shm file of a WAL database and says 'disk
    I/O error' (SQLITE_IOERR_SHMSIZE, checked by hand on a full 2 MiB tmpfs): the free
    space tells it apart from a failing disk."""
    path = _made(tmp_path / "console.db", calls=1)

    def probe(_path: Path) -> tuple[int, set[str], bool]:
        raise _io_error(10 | (19 << 8))

    monkeypatch.setattr(connection, "_probe", probe)
    monkeypatch.setattr(connection, "_disk_full", lambda _path: True)
    with pytest.raises(DiskFullError):
        Store.open(path)
    monkeypatch.setattr(connection, "_disk_full", lambda _path: False)
    with pytest.raises(DatabaseUnavailableError):
        Store.open(path)


# --- read-only -----------------------------------------------------------------------------


@pytest.mark.skipif(not POSIX, reason="POSIX file modes")
def test_a_read_only_folder_is_read_only_even_for_root(tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]
                                                       ) -> None:
    """Root may write anywhere (`os.access` says yes whatever the mode), so the console
    honours the folder's mode bits as the administrator's mark."""
    folder = tmp_path / "ro"
    folder.mkdir()
    path = _made(folder / "console.db", calls=1)
    before = path.read_bytes()
    folder.chmod(0o555)
    try:
        with pytest.raises(ReadOnlyDatabaseError):
            Store.open(path)
        assert main(["open", "--db", str(path)]) == 2
        err = capsys.readouterr().err
        assert "cannot be written" in err and "not an SQLite file" not in err
        assert path.read_bytes() == before and _files(folder) == ["console.db"]
    finally:
        folder.chmod(0o755)


@pytest.mark.skipif(not POSIX or os.geteuid() != 0, reason="needs root to become another user")
def test_a_read_only_folder_for_an_ordinary_user(tmp_path: Path) -> None:
    """As an ordinary user, where permissions are enforced: a database in a folder the user
    may read but not write is 'read-only', not 'not an SQLite file'."""
    folder = Path(tempfile.mkdtemp(prefix="console110-ro-"))
    try:
        folder.chmod(0o755)  # root's: others read, never write
        path = _made(folder / "console.db", calls=1)
        path.chmod(0o644)
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child becomes 'nobody' and runs the command line
            code = 99
            err = io.StringIO()
            try:
                os.close(read)
                os.setgid(65534)
                os.setuid(65534)
                with redirect_stderr(err):
                    code = main(["open", "--db", str(path)])
            finally:
                os.write(write, f"{code}\n{err.getvalue()}".encode())
                os._exit(0)
        os.close(write)
        with os.fdopen(read) as answer:
            code_line, _, message = answer.read().partition("\n")
        os.waitpid(pid, 0)
        assert code_line == "2", message
        assert "cannot be written" in message and "not an SQLite file" not in message
    finally:
        import shutil

        shutil.rmtree(folder, ignore_errors=True)


# --- damaged -------------------------------------------------------------------------------


def test_damage_is_found_by_the_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                      ) -> None:
    sound = _made(tmp_path / "sound.db")
    assert FileCheck(sound).run() is None
    assert main(["check", "--db", str(sound)]) == 0
    assert "no damage found" in capsys.readouterr().out
    damaged = _made(tmp_path / "damaged.db")
    _damage_table(damaged)
    problem = FileCheck(damaged).run()
    assert isinstance(problem, CorruptDatabaseError)
    with pytest.raises(CorruptDatabaseError):
        check_file(damaged, full=True)
    assert main(["check", "--db", str(damaged)]) == 2
    assert "is damaged" in capsys.readouterr().err


@pytest.mark.parametrize("command", [
    ["open"], ["escalate"], ["history", "--number", "13800000001"], ["init"],
    ["add-operator", "wang", "--role", "supervisor", "--password", "pw-123456"],
    ["report", "--from", "2026-01-01", "--to", "2026-12-31", "--format", "csv", "--out", "R"],
])
def test_every_command_on_a_damaged_file_says_so_without_a_traceback(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    path = _made(tmp_path / "console.db")
    _damage_table(path)
    before = path.read_bytes()
    args = [a.replace("R", str(tmp_path / "r.csv")) if a == "R" else a for a in command[1:]]
    assert main([command[0], "--db", str(path), *args]) == 2
    err = capsys.readouterr().err
    assert "is damaged" in err and "Traceback" not in err
    assert path.read_bytes() == before


def test_a_save_into_a_damaged_page_is_damage(tmp_path: Path) -> None:
    path = _made(tmp_path / "console.db", calls=3)
    with sqlite3.connect(path) as conn:
        number = conn.execute("SELECT number FROM incidents LIMIT 1").fetchone()[0]
    conn.close()
    _damage_table(path)
    with Store.open(path, create=False) as store:
        with pytest.raises(CorruptDatabaseError):
            store.calls.log_call(CallDraft(category_code="theft"), None)
        duplicate = CallDraft(disposition="duplicate", duplicate_of=number)
        with pytest.raises(CorruptDatabaseError):
            store.calls.log_call(duplicate, None)


# --- the GUI at start ----------------------------------------------------------------------


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch, qapp: object) -> list[tuple[str, str]]:
    from console.ui.shell.messages import MessageBox

    seen: list[tuple[str, str]] = []

    def record(cls: type, icon: object, title: str, text: str, parent: object = None) -> None:
        seen.append((title, text))

    monkeypatch.setattr(MessageBox, "show", classmethod(record))
    return seen


def test_the_start_refuses_a_damaged_file(tmp_path: Path, shown: list[tuple[str, str]]) -> None:
    from console.ui.shell.startup import open_store

    path = _made(tmp_path / "console.db")
    _damage_table(path)
    before = path.read_bytes()
    assert open_store(path) is None
    [(_title, text)] = shown
    assert "is damaged" in text and "restore the latest backup" in text
    assert path.read_bytes() == before


def test_damage_found_after_the_start_is_shown_when_found(
        tmp_path: Path, shown: list[tuple[str, str]], qtbot: object,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from console.ui.shell import startup

    path = _made(tmp_path / "console.db")
    _damage_table(path)
    class SlowCheck(FileCheck):  # a file too big to wait for
        def run(self) -> StoreError | None:
            time.sleep(0.3)
            return super().run()

    monkeypatch.setattr(startup, "FileCheck", SlowCheck)
    monkeypatch.setattr(startup, "START_CHECK_WAIT_S", 0.05)
    store = startup.open_store(path)
    assert store is not None
    try:
        qtbot.waitUntil(lambda: bool(shown), timeout=10_000)  # type: ignore[attr-defined]
        [(title, text)] = shown
        assert "problem with the database" in title and "is damaged" in text
    finally:
        store.close()


def test_the_start_says_locked_for_a_locked_file(locked: Path,
                                                 shown: list[tuple[str, str]]) -> None:
    from console.ui.shell.startup import open_store

    assert open_store(locked) is None
    [(_title, text)] = shown
    assert "is locked by another program" in text


def test_sqlite_trouble_no_handler_caught_is_told_as_what_it_is(
        tmp_path: Path, shown: list[tuple[str, str]], qtbot: object,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from console.ui.shell import startup

    path = _made(tmp_path / "console.db", calls=1)
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    monkeypatch.setattr(startup, "_opened", path)
    try:
        raise sqlite3.DatabaseError("database disk image is malformed")
    except sqlite3.DatabaseError as exc:
        exc.sqlite_errorcode = 11
        startup.report_unexpected(type(exc), exc, exc.__traceback__)
    qtbot.waitUntil(lambda: bool(shown))  # type: ignore[attr-defined]
    [(_title, text)] = shown
    assert "is damaged" in text and "Something went wrong" not in text


@pytest.mark.skipif(not POSIX, reason="POSIX file modes")
def test_the_start_says_read_only_and_full_disk_in_their_own_words(
        tmp_path: Path, shown: list[tuple[str, str]], monkeypatch: pytest.MonkeyPatch) -> None:
    from console.ui.shell.startup import open_store

    folder = tmp_path / "ro"
    folder.mkdir()
    path = _made(folder / "console.db", calls=1)
    folder.chmod(0o555)
    try:
        assert open_store(path) is None
    finally:
        folder.chmod(0o755)

    def probe(_path: Path) -> tuple[int, set[str], bool]:
        raise _io_error(10 | (19 << 8))

    monkeypatch.setattr(connection, "_probe", probe)
    monkeypatch.setattr(connection, "_disk_full", lambda _path: True)
    assert open_store(path) is None
    [(_, read_only), (_, full)] = shown
    assert "cannot be written" in read_only and "not an SQLite file" not in read_only
    assert "is full" in full and "not an SQLite file" not in full
