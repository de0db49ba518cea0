"""Run again, import once: each source row's identity is recorded, and a re-run of an export
(or the next day's export that repeats yesterday's rows) adds only what is new."""

from __future__ import annotations

from pathlib import Path

from console.cli import main
from console.domain.mapping import load_mapping
from console.store import Store
from tests.test_import import GOOD_ROWS, HEADER, MAPPING, write_csv
from tests.test_import_shapes import RUN_ROWS, RUN_SHEET
from tests.test_import_shapes import _csv as shape_csv
from tests.test_import_shapes import _mapping as shape_mapping

BOTH_ENGINES = True  # each store test runs on SQLite and on PostgreSQL


def _mapping(tmp_path: Path, extra: str = ""):
    path = tmp_path / "test_city.toml"
    path.write_text(extra + MAPPING, encoding="utf-8")
    return load_mapping(path)


def test_a_second_run_of_the_same_file_adds_nothing(store: Store, tmp_path: Path):
    mapping = _mapping(tmp_path)
    data = write_csv(tmp_path / "calls.csv", GOOD_ROWS)
    first = store.imports.import_calls([data], mapping)
    assert (first.imported, first.already) == (3, 0)
    again = store.imports.import_calls([data], mapping)
    assert (again.rows, again.imported, again.incidents, again.already) == (3, 0, 0, 3)
    assert (again.categories, again.unmapped, again.unmapped_calls) == ({}, {}, 0)
    assert [n.text() for n in again.notices] == [
        "calls.csv: 3 row(s) imported before with this mapping: skipped"]
    assert (store.count("calls"), store.count("incidents")) == (3, 2)
    assert store.count("import_rows") == 3


def test_the_next_export_repeating_earlier_rows_adds_only_the_new_ones(store: Store,
                                                                       tmp_path: Path):
    mapping = _mapping(tmp_path)
    store.imports.import_calls([write_csv(tmp_path / "d1.csv", GOOD_ROWS[:3])], mapping)
    later = [*GOOD_ROWS, "2026-11-21 09:00:00,,,,THEFT,B,N1,淮舜路1号,,R4"]
    later.append("2026-11-21 10:00:00,,,,UFO,B,N1,淮舜路2号,,R5")
    report = store.imports.import_calls([write_csv(tmp_path / "d2.csv", later)], mapping)
    assert (report.imported, report.already) == (3, 2)
    # the counts are those of the rows written: R3, R4 and R5
    assert report.categories == {"fight": 1, "theft": 1, "unmapped": 1}
    assert report.unmapped == {"category": {"UFO": 1}}
    assert store.imports.import_runs()[0]["unmapped"] == 1
    summaries = [r[0] for r in store.conn.execute("SELECT summary FROM calls ORDER BY id")]
    assert summaries == ["Test city R1 THEFT", "Test city R2 ASK", "Test city R3 FIGHT",
                         "Test city R4 THEFT", "Test city R5 UFO"]
    rows = store.conn.execute("SELECT identity, run_id, call_id FROM import_rows"
                              " ORDER BY call_id").fetchall()
    assert [(r[1], r[2]) for r in rows] == [(1, 1), (1, 2), (2, 3), (2, 4), (2, 5)]
    assert all(r[0].startswith("sha256:") for r in rows)  # no identity column: the content


def test_an_identity_column_knows_a_row_whose_other_fields_changed(store: Store,
                                                                   tmp_path: Path):
    mapping = _mapping(tmp_path, 'identity = ["ref"]\n')
    store.imports.import_calls([write_csv(tmp_path / "d1.csv", GOOD_ROWS)], mapping)
    closed_later = GOOD_ROWS[2].replace(",,,,ASK", ",,,2026-11-21 01:00:00,ASK")
    report = store.imports.import_calls(
        [write_csv(tmp_path / "d2.csv", [HEADER, closed_later])], mapping)
    assert (report.imported, report.already) == (0, 1)
    identities = [r[0] for r in store.conn.execute(
        "SELECT identity FROM import_rows ORDER BY call_id")]
    assert identities == ["R1", "R2", "R3"]


def test_identical_rows_without_an_identity_column_are_each_a_call(store: Store,
                                                                   tmp_path: Path):
    mapping = _mapping(tmp_path)
    data = write_csv(tmp_path / "calls.csv", [*GOOD_ROWS, GOOD_ROWS[1]])
    report = store.imports.import_calls([data], mapping)
    assert (report.imported, report.repeated, report.already) == (4, 0, 0)
    again = store.imports.import_calls([data], mapping)  # and a re-run still adds none
    assert (again.imported, again.already, store.count("calls")) == (0, 4, 4)


def test_a_row_whose_identity_repeats_inside_an_export_is_reported_and_kept_once(
        store: Store, tmp_path: Path):
    mapping = _mapping(tmp_path, 'identity = ["ref"]\n')
    data = write_csv(tmp_path / "calls.csv", [*GOOD_ROWS, GOOD_ROWS[1]])
    report = store.imports.import_calls([data], mapping)
    assert (report.imported, report.repeated, report.already) == (3, 1, 0)
    assert [n.text() for n in report.notices] == [
        "calls.csv: 1 row(s) the same as an earlier one (ref): skipped, the first kept"]


def test_the_command_line_says_how_many_rows_it_skipped(tmp_path: Path, capsys):
    _mapping(tmp_path)
    db = tmp_path / "c.db"
    data = write_csv(tmp_path / "calls.csv", GOOD_ROWS)
    args = ["import-calls", "--db", str(db), "--mapping", str(tmp_path / "test_city.toml"),
            str(data)]
    assert main(args) == 0
    capsys.readouterr()
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "0 calls imported" in out and "3 rows imported before skipped" in out


def test_a_later_unit_row_of_an_incident_imported_before_joins_that_incident(
        store: Store, tmp_path: Path):
    mapping = shape_mapping(tmp_path, RUN_SHEET)
    store.imports.import_calls([shape_csv(tmp_path, RUN_ROWS[:4], "day1.csv")], mapping)
    fight = store.conn.execute("SELECT id FROM incidents ORDER BY id").fetchone()[0]
    # the next export lists the fight again with a unit the first did not have (BC2)
    later = store.imports.import_calls([shape_csv(tmp_path, RUN_ROWS, "day2.csv")], mapping)
    assert (later.imported, later.incidents, later.already, later.units_added) == (0, 0, 2, 1)
    assert "day2.csv: 1 unit(s) added to incidents imported before" in [
        n.text() for n in later.notices]
    assert (store.count("calls"), store.count("incidents")) == (2, 2)
    units = store.conn.execute("SELECT unit, dispatched_at FROM import_units"
                               " WHERE incident_id = ? ORDER BY id", [fight]).fetchall()
    assert [tuple(u) for u in units] == [("E12", "2018-03-01T15:52:00.000Z"),
                                         ("M5", "2018-03-01T15:53:00.000Z"),
                                         ("BC2", "2018-03-01T15:56:00.000Z")]
    again = store.imports.import_calls([shape_csv(tmp_path, RUN_ROWS, "day3.csv")], mapping)
    assert (again.imported, again.units_added) == (0, 0)
    assert store.count("import_units") == 4
