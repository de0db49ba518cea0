"""The headless command line: same store, clear errors, no tracebacks."""

from pathlib import Path

import pytest

from console.cli import main


def test_init_add_operator_and_list(tmp_path: Path, capsys, monkeypatch):
    db = tmp_path / "c.db"
    assert main(["init", "--db", str(db)]) == 0
    assert main(["add-operator", "--db", str(db), "wang", "--name", "王伟",
                 "--role", "supervisor", "--password", "pw-1234567"]) == 0
    assert "operator wang (supervisor) added" in capsys.readouterr().out
    monkeypatch.setenv("CONSOLE110_PASSWORD", "pw-1234567")
    assert main(["open", "--db", str(db), "--as", "wang"]) == 0


def test_a_file_that_is_not_a_database_gives_a_clear_message(tmp_path: Path, capsys):
    bogus = tmp_path / "calls.csv"
    bogus.write_text("a,b\n1,2\n", encoding="utf-8")
    assert main(["open", "--db", str(bogus)]) == 2
    err = capsys.readouterr().err
    assert "is not a 110 Console database" in err and "Traceback" not in err
    assert bogus.read_text(encoding="utf-8") == "a,b\n1,2\n"


def test_escalate_moves_an_overdue_dispatch_to_the_supervisor(tmp_path: Path, capsys):
    from datetime import timedelta

    from console.domain.calls import CallDraft
    from console.domain.clock import SystemClock
    from console.store import Store

    db = tmp_path / "c.db"
    with Store.open(db) as store:
        long_ago = SystemClock().now() - timedelta(hours=2)
        store.calls.log_call(CallDraft(category_code="theft", received_at=long_ago), None)
    assert main(["escalate", "--db", str(db)]) == 0
    first = capsys.readouterr().out
    assert main(["escalate", "--db", str(db)]) == 0
    second = capsys.readouterr().out
    assert first != "0 item(s) escalated\n" and second == "0 item(s) escalated\n"


def test_a_report_written_over_the_database_is_refused(tmp_path: Path, capsys):
    db = tmp_path / "c.db"
    assert main(["init", "--db", str(db)]) == 0
    before = db.read_bytes()
    code = main(["report", "--db", str(db), "--from", "2026-11-29", "--to", "2026-11-29",
                 "--format", "csv", "--out", str(db)])
    assert code == 2 and "is the database itself" in capsys.readouterr().err
    assert db.read_bytes() == before


def test_a_mistyped_database_path_is_not_created(tmp_path: Path, capsys):
    missing = tmp_path / "typo" / "consle.db"
    assert main(["open", "--db", str(missing)]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert not missing.exists() and not missing.parent.exists()


@pytest.mark.parametrize("command", [
    ["open"], ["history", "--number", "13800000001"], ["escalate"], ["init"], ["check"],
    ["add-operator", "wang", "--role", "supervisor", "--password", "pw-123456"],
    ["report", "--from", "2026-11-29", "--to", "2026-11-29", "--format", "csv", "--out", "OUT"],
    ["backup", "--out", "OUT"],
])
def test_every_command_says_what_is_wrong_with_the_file(tmp_path: Path, capsys, command):
    bogus = tmp_path / "calls.db"
    bogus.write_text("a,b\n1,2\n" * 100, encoding="utf-8")
    args = [str(tmp_path / "out") if a == "OUT" else a for a in command[1:]]
    assert main([command[0], "--db", str(bogus), *args]) == 2
    err = capsys.readouterr().err
    assert "is not a 110 Console database" in err and "Traceback" not in err
    assert bogus.read_text(encoding="utf-8") == "a,b\n1,2\n" * 100
    assert sorted(p.name for p in tmp_path.iterdir()) == ["calls.db"]


def test_restore_of_what_is_no_backup_says_so(tmp_path: Path, capsys):
    bogus = tmp_path / "backup.db"
    bogus.write_bytes(b"\0" * 4096)
    assert main(["restore", "--from", str(bogus), "--db", str(tmp_path / "new.db")]) == 2
    err = capsys.readouterr().err
    assert "is not a 110 Console database" in err and "Traceback" not in err
    assert not (tmp_path / "new.db").exists()
