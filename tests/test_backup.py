"""Backups taken while seats write: consistent, checked, rotated, and restorable.

A backup is one snapshot of the file (every call acknowledged before it, none torn),
checked before it is kept; a restore checks the backup and writes a new file only.
"""

from __future__ import annotations

import multiprocessing
import os
import sqlite3
import stat
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from console.cli import main
from console.domain.calls import CallDraft
from console.store import CorruptDatabaseError, NewerDatabaseError, Store
from console.store import backup as backup_module
from console.store.backup import (
    Snapshot,
    backup_database,
    backup_due,
    backups,
    check_backup,
    restore_backup,
    verify_copy,
)
from console.store.errors import CopyCheckFailedError, TargetExistsError

POSIX = sys.platform != "win32"
WRITE_SECONDS = 2.0


def _calls(store: Store, n: int, start: int = 0) -> None:
    for i in range(start, start + n):
        store.calls.log_call(CallDraft(category_code="theft", caller_number=f"1390000{i:04d}",
                                       summary="被盗电动车" * 20), None)


def _damage_page(path: Path, table: str = "calls") -> None:
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [table]).fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    data[(root - 1) * size:(root - 1) * size + 16] = b"\xff" * 16
    path.write_bytes(bytes(data))


def _counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as conn:
        counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("calls", "incidents", "incident_events")}
    conn.close()
    return counts


@pytest.fixture
def live(tmp_path: Path) -> Path:
    """A database with some work in it."""
    path = tmp_path / "data" / "console.db"
    with Store.open(path) as store:
        _calls(store, 60)
    return path


# --- while seats write ---------------------------------------------------------------------


def _seat(path: str, seat: str, go: object, seconds: float) -> list[tuple[int, float]]:
    """A seat saving calls as fast as it can: the ids acknowledged and when."""
    go.wait(60)  # type: ignore[attr-defined]
    acknowledged: list[tuple[int, float]] = []
    store = Store.open(path, create=False)
    try:
        until = time.monotonic() + seconds
        n = 0
        while time.monotonic() < until:
            saved = store.calls.log_call(CallDraft(category_code="theft",
                                                   caller_number="13800000000",
                                                   summary=f"{seat} {n}"), None, seat)
            acknowledged.append((saved.call_id, time.monotonic()))
            n += 1
    finally:
        store.close()
    return acknowledged


def test_a_backup_while_two_seats_write_is_one_whole_snapshot(
        live: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Store.open(live) as store:  # some size, so the copy takes many steps
        _calls(store, 400, start=100)
    monkeypatch.setattr(backup_module, "STEP_PAGES", 8)
    steps: list[tuple[int, int]] = []

    def slowly(done: int, total: int) -> None:
        steps.append((done, total))
        time.sleep(0.01)  # the seats commit between the steps

    ctx = multiprocessing.get_context("spawn")
    with ctx.Manager() as manager, ctx.Pool(2) as pool:
        go = manager.Event()
        seats = [pool.apply_async(_seat, (str(live), name, go, WRITE_SECONDS))
                 for name in ("seat1", "seat2")]
        go.set()
        deadline = time.monotonic() + 60
        while _counts(live)["calls"] < 460 + 20 and time.monotonic() < deadline:
            time.sleep(0.02)  # both seats are saving now
        started = time.monotonic()
        report = backup_database(live, tmp_path / "backup", keep=3, progress=slowly)
        acknowledged = [ack for seat in seats for ack in seat.get(120)]
    during = [call_id for call_id, at in acknowledged if at > started]
    assert during, "the seats went on saving while the backup ran"
    assert len(steps) > 5 and all(total == steps[0][1] for _, total in steps), "no restart"
    assert [done for done, _ in steps] == sorted(done for done, _ in steps)

    with sqlite3.connect(report.path) as conn:
        copied = {r[0] for r in conn.execute("SELECT id FROM calls")}
    conn.close()
    before = {call_id for call_id, at in acknowledged if at < started}
    assert before <= copied, "every call acknowledged before the backup is in it"
    with sqlite3.connect(live) as conn:
        source_ids = [r[0] for r in conn.execute("SELECT id FROM calls ORDER BY id")]
    conn.close()
    assert copied == {i for i in source_ids if i <= max(copied)}, "a snapshot: no holes"
    assert report.snapshot.counts == _counts(report.path)
    assert report.snapshot.counts["calls"] == len(copied)

    restored = tmp_path / "restored" / "console.db"
    restored.parent.mkdir()
    assert restore_backup(report.path, restored) == report.snapshot
    with Store.open(restored, create=False) as store:
        assert {t: store.count(t) for t in report.snapshot.counts} == report.snapshot.counts
        assert store.schema_version() == report.snapshot.schema_version


# --- the backup file -----------------------------------------------------------------------


@pytest.mark.skipif(not POSIX, reason="POSIX file modes")
def test_a_backup_is_one_checked_owner_only_file_named_by_local_time(live: Path,
                                                                   tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        report = backup_database(live, tmp_path / "backup", now=datetime(2026, 11, 29, 23, 5, 9))
    finally:
        os.umask(old)
    assert report.path.name == "console-20261129-230509.db"
    assert sorted(p.name for p in report.path.parent.iterdir()) == [report.path.name]
    assert stat.S_IMODE(report.path.stat().st_mode) == 0o600
    with sqlite3.connect(report.path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert report.snapshot.counts == _counts(live) == _counts(report.path)
    assert report.snapshot.counts["calls"] == 60


def test_two_backups_in_one_second_both_kept(live: Path, tmp_path: Path) -> None:
    at = datetime(2026, 11, 29, 8, 0, 0)
    first = backup_database(live, tmp_path / "backup", now=at)
    second = backup_database(live, tmp_path / "backup", now=at)
    assert first.path != second.path and second.path.name == "console-20261129-080000-2.db"
    assert [b.path for b in backups(tmp_path / "backup", "console")] == [second.path, first.path]


def test_rotation_keeps_the_newest_n_of_this_database_only(live: Path, tmp_path: Path) -> None:
    out = tmp_path / "backup"
    out.mkdir()
    (out / "notes.txt").write_text("keep me")
    (out / "other-20200101-000000.db").write_bytes(b"another database's backup")
    start = datetime(2026, 11, 1, 2, 0, 0)
    reports = [backup_database(live, out, keep=3, now=start + timedelta(days=d))
               for d in range(5)]
    names = sorted(p.name for p in out.iterdir())
    assert names == ["console-20261103-020000.db", "console-20261104-020000.db",
                     "console-20261105-020000.db", "notes.txt", "other-20200101-000000.db"]
    assert reports[-1].removed == [out / "console-20261102-020000.db"]
    assert len(reports[-1].kept) == 3


def test_a_backup_is_due_when_the_newest_is_older_than_the_interval(live: Path,
                                                                    tmp_path: Path) -> None:
    out = tmp_path / "backup"
    now = datetime(2026, 11, 29, 12, 0, 0)
    assert backup_due(out, "console", timedelta(hours=6), now)
    backup_database(live, out, now=now - timedelta(hours=2))
    assert not backup_due(out, "console", timedelta(hours=6), now)
    assert backup_due(out, "console", timedelta(hours=6), now + timedelta(hours=5))


def test_a_copy_that_fails_its_check_is_reported_and_not_kept(
        live: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "backup"
    kept = backup_database(live, out, keep=1, now=datetime(2026, 11, 28, 2, 0, 0))
    real = backup_module._copy

    def damaged_on_the_way(source: Path, target: Path, progress: object) -> Snapshot:
        snapshot = real(source, target, None)
        _damage_page(target)  # a bad sector under the new copy
        return snapshot

    monkeypatch.setattr(backup_module, "_copy", damaged_on_the_way)
    with pytest.raises(CopyCheckFailedError) as failed:
        backup_database(live, out, keep=1)
    assert failed.value.path.parent == out and failed.value.path.name.startswith("console-")
    assert sorted(out.iterdir()) == [kept.path], "nothing new kept, the older backup stays"


def test_a_copy_missing_calls_fails_its_check(live: Path, tmp_path: Path) -> None:
    report = backup_database(live, tmp_path / "backup")
    counts = dict(report.snapshot.counts, calls=report.snapshot.counts["calls"] + 1)
    with pytest.raises(CopyCheckFailedError, match="calls"):
        verify_copy(report.path, Snapshot(report.snapshot.schema_version, counts))


def test_a_copy_whose_audit_chain_is_broken_fails_its_check(live: Path, tmp_path: Path) -> None:
    report = backup_database(live, tmp_path / "backup")
    conn = sqlite3.connect(report.path)  # a row of the copy's log altered behind the console
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET after_json = '{}' WHERE id = 2")
    conn.commit()
    conn.close()
    with pytest.raises(CopyCheckFailedError, match="audit chain"):
        verify_copy(report.path, report.snapshot)


def test_a_damaged_database_is_named_as_damaged_not_its_copy(live: Path, tmp_path: Path) -> None:
    _damage_page(live)
    with pytest.raises(CorruptDatabaseError) as damaged:
        backup_database(live, tmp_path / "backup")
    assert damaged.value.path == live
    assert list((tmp_path / "backup").iterdir()) == []


def test_a_missing_folder_tree_for_backups_is_not_made(live: Path, tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        backup_database(live, tmp_path / "bakcup" / "daily")
    assert not (tmp_path / "bakcup").exists()


# --- restore -------------------------------------------------------------------------------


def test_restore_never_writes_over_a_file(live: Path, tmp_path: Path) -> None:
    report = backup_database(live, tmp_path / "backup")
    live_before = live.read_bytes()
    with pytest.raises(TargetExistsError):
        restore_backup(report.path, live)  # the live database
    assert live.read_bytes() == live_before
    other = tmp_path / "other.db"
    other.write_bytes(b"something")
    with pytest.raises(TargetExistsError):
        restore_backup(report.path, other)
    assert other.read_bytes() == b"something"
    stray = tmp_path / "new.db"
    Path(f"{stray}-wal").write_bytes(b"")  # a -wal left of an earlier file
    with pytest.raises(TargetExistsError):
        restore_backup(report.path, stray)
    assert not stray.exists()


@pytest.mark.skipif(not POSIX, reason="POSIX file modes")
def test_a_restored_database_is_owner_only_and_opens(live: Path, tmp_path: Path) -> None:
    report = backup_database(live, tmp_path / "backup")
    target = tmp_path / "restored.db"
    old = os.umask(0)
    try:
        restore_backup(report.path, target)
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(("restored", "."))) \
        == ["restored.db"]
    with Store.open(target, create=False) as store:
        assert store.count("calls") == 60


def test_restore_refuses_a_damaged_backup(live: Path, tmp_path: Path) -> None:
    report = backup_database(live, tmp_path / "backup")
    _damage_page(report.path)
    target = tmp_path / "restored.db"
    with pytest.raises(CopyCheckFailedError):
        restore_backup(report.path, target)
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir() if "restored" in p.name] == []


def test_restore_refuses_a_backup_of_a_newer_console(live: Path, tmp_path: Path) -> None:
    report = backup_database(live, tmp_path / "backup")
    with sqlite3.connect(report.path) as conn:
        conn.execute("PRAGMA user_version = 9999")
    conn.close()
    with pytest.raises(NewerDatabaseError):
        check_backup(report.path)
    assert not (tmp_path / "restored.db").exists()


# --- the command line ----------------------------------------------------------------------


def test_backup_and_restore_on_the_command_line(live: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "backup"
    assert main(["backup", "--db", str(live), "--out", str(out), "--keep", "2"]) == 0
    printed = capsys.readouterr().out
    assert "60 calls" in printed and "checked" in printed and "1 backup(s) kept" in printed
    [made] = backups(out, "console")
    target = tmp_path / "restored.db"
    assert main(["restore", "--from", str(made.path), "--db", str(target)]) == 0
    assert "restored from" in capsys.readouterr().out
    assert _counts(target) == _counts(live)
    assert main(["restore", "--from", str(made.path), "--db", str(live)]) == 2
    err = capsys.readouterr().err
    assert "exists already" in err and "never replaces" in err and "Traceback" not in err
    _damage_page(made.path)
    assert main(["restore", "--from", str(made.path), "--db", str(tmp_path / "r2.db")]) == 2
    err = capsys.readouterr().err
    assert "failed its check" in err and "Traceback" not in err
    assert not (tmp_path / "r2.db").exists()


def test_backup_of_what_is_no_database_says_so(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    notes = tmp_path / "notes.db"
    notes.write_text("not a database\n" * 40)
    assert main(["backup", "--db", str(notes), "--out", str(tmp_path / "b")]) == 2
    assert "is not a 110 Console database" in capsys.readouterr().err
    assert main(["backup", "--db", str(tmp_path / "nowhere.db"), "--out", str(tmp_path)]) == 2
    assert "does not exist" in capsys.readouterr().err
