"""An import writes in short batches: seats save between them; a file with a bad row still
writes nothing; a run cut short between batches is recorded incomplete and finished by
running it again."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from console.domain.calls import CallDraft
from console.domain.clock import FixedClock
from console.domain.mapping import Mapping, load_mapping
from console.store import Store
from console.store.importer import ImportRefused
from tests.test_import import HEADER, MAPPING, write_csv

ROWS = 45  # five batches of ten


@pytest.fixture
def mapping(tmp_path: Path) -> Mapping:
    path = tmp_path / "test_city.toml"
    path.write_text(MAPPING, encoding="utf-8")
    return load_mapping(path)


def _rows(count: int) -> list[str]:
    return [HEADER] + [f"2026-11-20 08:{i % 60:02d}:00,,,,{'THEFT' if i % 3 else 'ASK'},"
                       f"B,N1,路{i}号,,R{i}" for i in range(count)]


class Stopped(Exception):
    """The process dying between two batches, as far as the database can tell."""


def test_another_connection_writes_between_two_batches(store: Store, mapping: Mapping,
                                                        tmp_path: Path, db_path: Path,
                                                        clock: FixedClock):
    data = write_csv(tmp_path / "calls.csv", _rows(ROWS))
    seat = Store.open(db_path, clock=clock)
    written: list[int] = []
    saved: list[int] = []

    def between(calls: int) -> None:
        written.append(calls)
        if len(saved) < 2:
            other = sqlite3.connect(db_path, timeout=0.1)  # a short wait: the lock is free
            other.execute("BEGIN IMMEDIATE")
            other.rollback()
            other.close()
            saved.append(seat.calls.log_call(
                CallDraft(caller_number="13905549999", category_code="theft",
                          received_at=datetime(2026, 11, 20, 2, 0, tzinfo=UTC)),
                None).call_id)

    try:
        report = store.imports.import_calls([data], mapping, batch_rows=10,
                                            after_batch=between)
    finally:
        seat.close()
    assert written == [10, 20, 30, 40, 45]
    assert (report.imported, store.count("calls")) == (ROWS, ROWS + 2)
    assert report.first_call_id == 1 and report.last_call_id == ROWS + 2
    imported = store.conn.execute(
        "SELECT count(*) FROM calls WHERE source = 'import:test_city' AND id BETWEEN ? AND ?",
        [report.first_call_id, report.last_call_id]).fetchone()[0]
    assert imported == ROWS and all(report.first_call_id < s < report.last_call_id
                                    for s in saved)
    # the day's numbers stay unique and in sequence across the seat's saves and the batches
    numbers = [r[0] for r in store.conn.execute(
        "SELECT seq FROM incidents WHERE day = '2026-11-20' ORDER BY seq")]
    assert numbers == list(range(1, len(numbers) + 1)) and len(numbers) == 30 + 2
    after = store.calls.log_call(CallDraft(caller_number="13905549998", category_code="theft",
                                           received_at=datetime(2026, 11, 20, 3, 0,
                                                                tzinfo=UTC)), None)
    assert after.incident_number == "340400-20261120-0033"
    run = store.imports.import_runs()[0]
    assert (run["imported"], run["finished_at"] != "") == (ROWS, True)


def test_a_bad_row_at_the_end_of_a_long_file_still_writes_nothing(
        store: Store, mapping: Mapping, tmp_path: Path):
    data = write_csv(tmp_path / "late_bad.csv", [*_rows(ROWS), "never,,,,THEFT,B,N1,x,,R"])
    with pytest.raises(ImportRefused) as refused:
        store.imports.import_calls([data], mapping, batch_rows=10)
    assert [(b.file, b.line) for b in refused.value.report.bad_rows] == \
        [("late_bad.csv", ROWS + 2)]
    assert store.count("calls") == 0 and store.count("incidents") == 0
    assert store.imports.import_runs() == []


def test_a_run_cut_short_between_batches_is_incomplete_and_a_rerun_finishes_it(
        store: Store, mapping: Mapping, tmp_path: Path):
    data = write_csv(tmp_path / "calls.csv", _rows(ROWS))

    def die_after_two(calls: int) -> None:
        if calls >= 20:
            raise Stopped

    with pytest.raises(Stopped):
        store.imports.import_calls([data], mapping, batch_rows=10, after_batch=die_after_two)
    run = store.imports.import_runs()[0]
    assert (run["imported"], run["finished_at"], store.count("calls")) == (20, "", 20)
    assert '"complete": false' in run["report"]

    report = store.imports.import_calls([data], mapping, batch_rows=10)
    assert (report.run_id, report.imported, store.count("calls")) == (run["id"], ROWS, ROWS)
    assert [n.code for n in report.notices] == ["resumed"]
    assert "its 20 call(s) already written were skipped" in report.notices[0].detail
    assert len(store.imports.import_runs()) == 1
    finished = store.imports.import_runs()[0]
    assert finished["imported"] == ROWS and finished["finished_at"] != ""
    assert (finished["first_call_id"], finished["last_call_id"]) == (1, ROWS)
    summaries = [r[0] for r in store.conn.execute("SELECT summary FROM calls ORDER BY id")]
    assert summaries == [f"Test city R{i} {'THEFT' if i % 3 else 'ASK'}" for i in range(ROWS)]

    again = store.imports.import_calls([data], mapping, batch_rows=10)  # done: a new run
    assert again.run_id != run["id"] and [n.code for n in again.notices] == ["already_imported"]
    assert (again.imported, again.already, store.count("calls")) == (0, ROWS, ROWS)


def test_a_changed_file_does_not_resume_the_incomplete_run(store: Store, mapping: Mapping,
                                                           tmp_path: Path):
    data = write_csv(tmp_path / "calls.csv", _rows(ROWS))
    with pytest.raises(Stopped):
        store.imports.import_calls([data], mapping, batch_rows=10,
                                   after_batch=lambda calls: (_ for _ in ()).throw(Stopped))
    write_csv(data, _rows(ROWS - 1))
    report = store.imports.import_calls([data], mapping, batch_rows=10)
    # a new run: the ten rows of the first batch were written already, the rest are new
    assert (report.run_id, report.imported, report.already) == (2, ROWS - 11, 10)
    assert [n.code for n in report.notices] == ["already_imported"]
    assert store.count("calls") == ROWS - 1


def _import_then_die(db: str, mapping_file: str, data: str) -> None:
    import os

    with Store.open(db) as store:
        def die(calls: int) -> None:
            if calls >= 20:
                os._exit(9)

        store.imports.import_calls([Path(data)], load_mapping(mapping_file), batch_rows=10,
                                   after_batch=die)


def test_a_process_killed_between_batches_leaves_whole_batches_and_a_rerun_finishes(
        tmp_path: Path, db_path: Path):
    import multiprocessing

    (tmp_path / "test_city.toml").write_text(MAPPING, encoding="utf-8")
    data = write_csv(tmp_path / "calls.csv", _rows(ROWS))
    Store.open(db_path).close()
    proc = multiprocessing.get_context("spawn").Process(
        target=_import_then_die, args=(str(db_path), str(tmp_path / "test_city.toml"), str(data)))
    proc.start()
    proc.join(60)
    assert proc.exitcode == 9
    with Store.open(db_path) as store:
        assert store.count("calls") == 20
        assert store.imports.import_runs()[0]["finished_at"] == ""
        report = store.imports.import_calls([data], load_mapping(tmp_path / "test_city.toml"))
        assert (report.imported, store.count("calls"), len(store.imports.import_runs())) == \
            (ROWS, ROWS, 1)
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_run_cut_short_before_its_rows_were_recorded_is_finished_by_count(
        store: Store, mapping: Mapping, tmp_path: Path):
    """A run left incomplete by a console that did not yet record source rows."""
    data = write_csv(tmp_path / "calls.csv", _rows(ROWS))
    with pytest.raises(Stopped):
        store.imports.import_calls([data], mapping, batch_rows=10,
                                   after_batch=lambda calls: (_ for _ in ()).throw(Stopped))
    with store.write() as conn:
        conn.execute("DELETE FROM import_rows")
    report = store.imports.import_calls([data], mapping, batch_rows=10)
    assert (report.run_id, report.imported, store.count("calls")) == (1, ROWS, ROWS)
    summaries = [r[0] for r in store.conn.execute("SELECT summary FROM calls ORDER BY id")]
    assert summaries == [f"Test city R{i} {'THEFT' if i % 3 else 'ASK'}" for i in range(ROWS)]
    assert store.count("import_rows") == ROWS - 10
