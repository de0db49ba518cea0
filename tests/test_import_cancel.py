"""An import stopped when asked (the import screen's Cancel): stopped while checking, nothing
is written; stopped while writing, the batches committed stay whole, the run is incomplete,
and importing the same file again finishes it."""

from __future__ import annotations

from pathlib import Path

from console.domain.mapping import load_mapping
from console.store import Store
from tests.test_import import HEADER, MAPPING, write_csv

BOTH_ENGINES = True  # each store test runs on SQLite and on PostgreSQL
ROWS = 45  # five batches of ten


def _data(tmp_path: Path) -> Path:
    return write_csv(tmp_path / "calls.csv", [HEADER] + [
        f"2026-11-20 08:{i:02d}:00,,,,THEFT,B,N1,路{i}号,,R{i}" for i in range(ROWS)])


def test_stopped_while_checking_nothing_is_written(store: Store, tmp_path: Path):
    path = tmp_path / "test_city.toml"
    path.write_text(MAPPING, encoding="utf-8")
    asked: list[int] = []

    def stop() -> bool:
        asked.append(1)
        return len(asked) > 5  # during the first pass, which reads every row first

    report = store.imports.import_calls([_data(tmp_path)], load_mapping(path), stop=stop)
    assert report.cancelled and (report.imported, report.run_id) == (0, None)
    assert (store.count("calls"), store.count("import_runs"), store.count("import_rows")) \
        == (0, 0, 0)


def test_stopped_while_writing_whole_batches_stay_and_a_rerun_finishes(store: Store,
                                                                       tmp_path: Path):
    path = tmp_path / "test_city.toml"
    path.write_text(MAPPING, encoding="utf-8")
    mapping, data = load_mapping(path), _data(tmp_path)
    written: list[int] = []
    report = store.imports.import_calls([data], mapping, batch_rows=10,
                                        after_batch=written.append,
                                        stop=lambda: len(written) >= 2)
    assert report.cancelled and report.imported == 20 and written == [10, 20]
    assert (store.count("calls"), store.count("import_rows")) == (20, 20)
    run = store.imports.import_runs()[0]
    assert (run["id"], run["imported"], run["finished_at"]) == (report.run_id, 20, "")

    finished = store.imports.import_calls([data], mapping, batch_rows=10)
    assert not finished.cancelled and [n.code for n in finished.notices] == ["resumed"]
    assert (finished.run_id, finished.imported, store.count("calls")) == (run["id"], ROWS, ROWS)
