"""The benchmarks' kept results: the shape of results.json, the comparison of two runs, the
README's table written between its markers. No timing is asserted here."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bench import common, readme, results
from bench.__main__ import main as bench_main
from bench.common import Timing


@pytest.fixture(autouse=True)
def fresh_figures(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(common, "FIGURES", [])


def run_of(figures: dict[str, float], *, cpu: str = "Test CPU") -> dict[str, Any]:
    common.FIGURES.clear()
    for name, median in figures.items():
        common.report(name, Timing([median, median * 1.1]), Timing([1.0]), target_ms=100)
    doc = results.document(list(common.FIGURES), quick=True)
    doc["machine"]["cpu"] = cpu
    return doc


def test_a_run_is_written_with_its_figures_machine_and_commit(tmp_path: Path) -> None:
    common.report("save a call", Timing([1.0, 2.0, 3.0]), Timing([0.5]), target_ms=15)
    common.report("peak memory", Timing([250.0]), target_ms=300, unit="MB")
    common.skipped("save a call (postgresql)", "no server binaries found", target_ms=15)
    path = tmp_path / "results.json"
    results.write(results.document(common.FIGURES, quick=False, note="full set"), path)

    doc = json.loads(path.read_text(encoding="utf-8"))
    assert set(doc) >= {"taken", "machine", "commit", "figures", "quick", "note"}
    assert doc["machine"]["cores"] and doc["machine"]["python"] and doc["commit"]
    save, memory, skipped = doc["figures"]
    assert save == {"figure": "save a call", "unit": "ms", "median": 2.0, "p99": 3.0,
                    "samples": 3, "floor": 0.5, "ratio": 4.0, "target": 15,
                    "verdict": "within", "note": ""}
    assert memory["unit"] == "MB" and memory["floor"] is None and memory["verdict"] == "within"
    assert skipped["verdict"] == "skipped" and skipped["median"] is None
    assert skipped["note"] == "no server binaries found"
    table = results.table(doc)
    assert "save a call" in table and "2.00 ms" in table and "met" in table
    assert "skipped: no server binaries found" in table


def test_a_target_missed_is_said() -> None:
    common.report("longest GUI stall", Timing([80.0]), target_ms=50)
    assert common.FIGURES[0]["verdict"] == "OVER"
    assert "MISSED" in results.table(results.document(common.FIGURES, quick=True))


def test_compare_names_only_what_got_slower_by_more_than_a_fifth() -> None:
    old = run_of({"save": 10.0, "history": 1.0, "summary": 40.0, "gone": 5.0})
    new = run_of({"save": 12.5, "history": 1.19, "summary": 30.0, "new figure": 99.0})

    changes = results.slower(old, new)
    assert [(c.figure, c.old, c.new) for c in changes] == [("save", 10.5, 13.125)]
    text, any_slower = results.compare_text(old, new)
    assert any_slower and "save: median 10.50 -> 13.12 ms (+25%)" in text
    assert "history" not in text and "summary" not in text and "new figure" not in text
    assert "different machines" not in text


def test_compare_says_when_nothing_got_slower_and_when_machines_differ() -> None:
    old = run_of({"save": 10.0})
    text, any_slower = results.compare_text(old, run_of({"save": 9.0}, cpu="Another CPU"))
    assert not any_slower
    assert "nothing slower by more than 20%" in text and "different machines" in text


def test_compare_from_the_command_line(tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    results.write(run_of({"save": 10.0}), old)
    results.write(run_of({"save": 20.0}), new)
    assert bench_main(["--compare", str(old), "--to", str(new)]) == 1
    assert "save: median 10.50 -> 21.00 ms (+100%)" in capsys.readouterr().out
    assert bench_main(["--compare", str(new), "--to", str(new)]) == 0
    assert bench_main(["--compare", str(tmp_path / "missing.json"), "--to", str(new)]) == 2
    assert "no results file" in capsys.readouterr().err


def test_the_readme_table_is_written_between_its_markers_only(tmp_path: Path) -> None:
    doc = run_of({"save a call": 2.0})
    common.skipped("history (postgresql)", "no driver")
    doc["figures"] = list(common.FIGURES)
    text = f"# Title\n\n## Speed\n\nBefore.\n\n{readme.START}\nold table\n{readme.END}\n\nAfter.\n"
    new = readme.rewrite(text, doc)

    assert new.startswith("# Title\n\n## Speed\n\nBefore.\n\n" + readme.START + "\n")
    assert new.endswith(readme.END + "\n\nAfter.\n") and "old table" not in new
    assert "| save a call | 2.10 ms | 2.20 ms | 1.00 ms | 2.1× | 100 ms | met |" in new
    assert "| history (postgresql) |" in new and "skipped: no driver" in new
    assert "Test CPU" in new and doc["commit"] in new
    assert readme.rewrite(new, doc) == new
    with pytest.raises(ValueError, match="no section"):
        readme.rewrite("# no markers\n", doc)


def test_the_repository_readme_has_the_markers() -> None:
    text = readme.README.read_text(encoding="utf-8")
    assert text.count(readme.START) == 1 and text.count(readme.END) == 1
