"""Long commands say how far they are: done, rate and time left on stderr (a live bar at a
terminal, a line now and then in a log)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from console.cli import _Progress, main


def test_demo_and_backup_show_their_progress(tmp_path: Path, capsys):
    db = tmp_path / "demo.db"
    assert main(["demo", "--db", str(db), "--days", "3", "--calls-per-day", "40",
                 "--end", "2026-11-20"]) == 0
    err = capsys.readouterr().err
    assert "  demo: 3 / 3 days (" in err and " days/s, 0 s left)" in err
    assert main(["backup", "--db", str(db), "--out", str(tmp_path / "bak")]) == 0
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if line.startswith("  backup: ")]
    assert lines and " pages/s, 0 s left)" in lines[-1]
    done, total = lines[-1].removeprefix("  backup: ").split(" pages")[0].split(" / ")
    assert done == total


def test_at_a_terminal_the_progress_is_a_live_bar(monkeypatch: pytest.MonkeyPatch, capsys):
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    with _Progress("import", "rows") as progress:
        for done in range(0, 10_001, 2_500):
            progress(done, 10_000)
        task = progress.bar.tasks[0]
        assert (task.completed, task.total, task.finished) == (10_000, 10_000, True)
        assert task.fields["rate"].endswith(" rows/s")
    assert "Traceback" not in capsys.readouterr().err
