"""Opening database files: fresh, upgrade, newer version, not a database, read-only."""

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from console.store import NewerDatabaseError, NotADatabaseError, ReadOnlyDatabaseError, Store
from console.store.connection import open_database
from console.store.migrations import latest_version, migration_files, split_statements


def _tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def test_a_fresh_database_gets_every_migration(db_path: Path):
    store = Store.open(db_path)
    assert store.schema_version() == latest_version()
    store.close()
    tables = _tables(db_path)
    assert {"operators", "calls", "incidents", "units", "incident_events", "enterprises",
            "callbacks", "escalations", "fraud_reports"} <= tables
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        applied = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
    assert applied == [p.stem for p in migration_files()]


def test_an_older_database_is_upgraded_keeping_its_data(db_path: Path):
    first = migration_files()[:1]
    db = open_database(db_path, files=first)
    db.conn.execute("INSERT INTO settings (key, value) VALUES ('kept', 'yes')")
    db.conn.commit()
    db.conn.close()
    assert "fraud_reports" not in _tables(db_path)
    store = Store.open(db_path)
    assert store.schema_version() == latest_version()
    assert store.setting("kept") == "yes"
    store.close()
    assert "fraud_reports" in _tables(db_path)


def test_a_database_from_a_newer_console_is_refused_and_left_alone(db_path: Path):
    Store.open(db_path).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
                      " VALUES ('console', '9999_future', 'x')")
        conn.execute("PRAGMA user_version = 9999")
    before = db_path.read_bytes()
    with pytest.raises(NewerDatabaseError):
        Store.open(db_path)
    assert db_path.read_bytes() == before


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(tmp_path: Path):
    path = tmp_path / "notes.db"
    path.write_text("call log kept in a text file\n" * 20, encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(NotADatabaseError):
        Store.open(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.db"]


def test_a_read_only_file_is_refused_and_left_alone(db_path: Path):
    Store.open(db_path).close()
    before = db_path.read_bytes()
    os.chmod(db_path, stat.S_IRUSR | stat.S_IRGRP)
    try:
        with pytest.raises(ReadOnlyDatabaseError):
            Store.open(db_path)
        assert db_path.read_bytes() == before
    finally:
        os.chmod(db_path, stat.S_IRUSR | stat.S_IWUSR)


def test_a_failing_migration_leaves_the_database_unchanged(tmp_path: Path, db_path: Path):
    broken = tmp_path / "migrations"
    broken.mkdir()
    good = migration_files()[0]
    (broken / good.name).write_text(good.read_text(encoding="utf-8"), encoding="utf-8")
    (broken / "0002_broken.sql").write_text(
        "CREATE TABLE half_done (id INTEGER);\nINSERT INTO no_such_table VALUES (1);\n",
        encoding="utf-8")
    open_database(db_path, files=[good]).conn.close()
    with pytest.raises(sqlite3.OperationalError):
        open_database(db_path, files=sorted(broken.glob("*.sql")))
    tables = _tables(db_path)
    assert "operators" in tables and "half_done" not in tables


def test_trigger_bodies_stay_whole_when_statements_are_split():
    statements = split_statements(
        "-- note\nCREATE TABLE t (a);\nCREATE TRIGGER x BEFORE DELETE ON t\nBEGIN\n"
        "    SELECT RAISE(ABORT, 'no');\nEND;\n")
    assert len(statements) == 2
    assert statements[1].endswith("END;")


def test_a_new_database_in_a_missing_folder_creates_the_folder(tmp_path: Path):
    path = tmp_path / "data" / "seat3" / "console.db"
    Store.open(path).close()
    assert path.exists()


def test_reopening_writes_nothing_when_the_reference_data_are_unchanged(db_path: Path):
    Store.open(db_path).close()
    with sqlite3.connect(db_path) as conn:
        before = conn.execute("PRAGMA data_version").fetchone()[0]
        Store.open(db_path).close()
        assert conn.execute("PRAGMA data_version").fetchone()[0] == before


def _open_once(path: str) -> str:
    try:
        Store.open(path).close()
    except Exception as exc:  # reported to the parent, which asserts there was none
        return f"{type(exc).__name__}: {exc}"
    return "ok"


def test_seats_starting_together_after_an_upgrade_each_open_cleanly(db_path: Path):
    import multiprocessing

    open_database(db_path, files=migration_files()[:1]).conn.close()
    with multiprocessing.get_context("spawn").Pool(4) as pool:
        results = pool.map(_open_once, [str(db_path)] * 4)
    assert results == ["ok"] * 4
    with sqlite3.connect(db_path) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")]
    assert sorted(names) == [p.stem for p in migration_files()]


def test_an_sqlite_file_of_another_program_is_refused_and_left_alone(tmp_path: Path):
    other = tmp_path / "notes.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE notes (x)")
    before = other.read_bytes()
    with pytest.raises(NotADatabaseError):
        Store.open(other)
    assert other.read_bytes() == before
