"""The command line asks who is acting before it reads or changes people's data."""

from __future__ import annotations

import getpass
import os
import subprocess
import sys
from pathlib import Path

import pytest

from console.cli import AUTHENTICATED, PASSWORD_ENV, main
from console.domain.calls import CallDraft
from console.domain.logins import MAX_FAILURES
from console.store import Store

DV_NUMBER = "13912345678"
ADDRESS = "田家庵区洞山路12号"


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A database with an administrator, a call-taker, a DV desk and one DV call."""
    monkeypatch.delenv(PASSWORD_ENV, raising=False)
    path = tmp_path / "c.db"
    with Store.open(path) as store:
        store.accounts.add_operator("admin1", "管理员", "admin", "admin-pass-1")
        store.accounts.add_operator("ct01", "张明", "call_taker", "taker-pass-1")
        store.accounts.add_operator("dv01", "赵敏", "dv_desk", "dvdesk-pass-1")
        store.calls.log_call(CallDraft(category_code="domestic_violence",
                                       caller_number=DV_NUMBER, caller_name="某女士",
                                       address=ADDRESS), None)
    return path


def _typed(monkeypatch: pytest.MonkeyPatch, *answers: str) -> list[str]:
    """Answers to the password prompts, in order; returns the prompts shown."""
    prompts: list[str] = []
    queue = list(answers)

    def ask(prompt: str = "") -> str:
        prompts.append(prompt)
        if not queue:
            raise EOFError
        return queue.pop(0)

    monkeypatch.setattr(getpass, "getpass", ask)
    return prompts


@pytest.mark.parametrize("command", [
    ["open"], ["history", "--number", DV_NUMBER], ["audit-reads"],
    ["add-operator", "ct02", "--role", "call_taker", "--password", "taker-pass-2"],
])
def test_without_an_operator_a_command_refuses_in_one_line(db: Path, capsys, command):
    assert main([command[0], "--db", str(db), *command[1:]]) == 2
    err = capsys.readouterr().err
    assert "--as USERNAME" in err and "Traceback" not in err and err.count("\n") == 1


def test_a_wrong_password_is_refused_and_recorded(db: Path, capsys, monkeypatch):
    _typed(monkeypatch, "not-it-1")
    assert main(["open", "--db", str(db), "--as", "ct01"]) == 2
    out = capsys.readouterr()
    assert out.err == "wrong username or password. Nothing was done.\n" and out.out == ""
    with Store.open(db) as store:
        [attempt] = store.accounts.attempts("ct01")
    assert attempt.outcome == "wrong_password" and "command line" in attempt.seat


def test_the_prompted_password_acts_as_that_operator_with_its_redaction(
        db: Path, capsys, monkeypatch):
    prompts = _typed(monkeypatch, "taker-pass-1")
    assert main(["history", "--db", str(db), "--address", ADDRESS, "--as", "ct01"]) == 0
    out = capsys.readouterr().out
    assert prompts == ["password for ct01: "]
    assert "洞山路" in out and DV_NUMBER not in out  # a call-taker never sees a DV number
    _typed(monkeypatch, "dvdesk-pass-1")
    assert main(["history", "--db", str(db), "--address", ADDRESS, "--as", "dv01"]) == 0
    assert DV_NUMBER in capsys.readouterr().out


def test_the_environment_variable_serves_cron(db: Path, capsys, monkeypatch):
    _typed(monkeypatch)  # no prompt may be needed
    monkeypatch.setenv(PASSWORD_ENV, "taker-pass-1")
    assert main(["open", "--db", str(db), "--as", "ct01"]) == 0


def test_a_password_file_must_be_its_owners_alone(db: Path, tmp_path: Path, capsys,
                                                  monkeypatch):
    _typed(monkeypatch)
    secret = tmp_path / "pw"
    secret.write_text("taker-pass-1\n", encoding="utf-8")
    secret.chmod(0o644)
    assert main(["open", "--db", str(db), "--as", "ct01", "--password-file", str(secret)]) == 2
    err = capsys.readouterr().err
    assert "can be read by others" in err and "chmod 600" in err
    with Store.open(db) as store:
        assert store.accounts.attempts("ct01") == []  # refused before any check
    secret.chmod(0o600)
    assert main(["open", "--db", str(db), "--as", "ct01", "--password-file", str(secret)]) == 0
    missing = tmp_path / "nope"
    assert main(["open", "--db", str(db), "--as", "ct01", "--password-file", str(missing)]) == 2
    assert "Traceback" not in capsys.readouterr().err


def test_a_locked_account_says_until_when(db: Path, capsys, monkeypatch):
    for _ in range(MAX_FAILURES):
        _typed(monkeypatch, "wrong-pass-1")
        main(["open", "--db", str(db), "--as", "ct01"])
    capsys.readouterr()
    _typed(monkeypatch, "taker-pass-1")
    assert main(["open", "--db", str(db), "--as", "ct01"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("ct01 is locked until ") and "Traceback" not in err


def test_only_an_administrator_adds_operators_after_the_first(db: Path, capsys, monkeypatch):
    _typed(monkeypatch, "taker-pass-1")
    assert main(["add-operator", "--db", str(db), "boss", "--role", "admin", "--password",
                 "boss-pass-123", "--as", "ct01"]) == 2
    err = capsys.readouterr().err
    assert "ct01 may not do that" in err and "Traceback" not in err
    _typed(monkeypatch, "admin-pass-1", "boss-pass-123", "boss-pass-123")
    assert main(["add-operator", "--db", str(db), "boss", "--role", "admin",
                 "--as", "admin1"]) == 0
    assert "operator boss (admin) added" in capsys.readouterr().out


def test_the_first_operator_of_an_empty_database_needs_no_login(tmp_path: Path, capsys,
                                                                monkeypatch):
    db = tmp_path / "new.db"
    assert main(["init", "--db", str(db)]) == 0
    prompts = _typed(monkeypatch, "first-admin-1", "first-admin-1")
    assert main(["add-operator", "--db", str(db), "root", "--role", "admin"]) == 0
    assert prompts == ["new password for root: ", "the same again: "]
    _typed(monkeypatch, "second-one-1", "second-one-1")
    assert main(["add-operator", "--db", str(db), "ct01", "--role", "call_taker"]) == 2


def test_a_weak_password_for_an_administrator_is_refused(tmp_path: Path, capsys, monkeypatch):
    db = tmp_path / "new.db"
    assert main(["init", "--db", str(db)]) == 0
    _typed(monkeypatch)
    assert main(["add-operator", "--db", str(db), "root", "--role", "admin",
                 "--password", "abc123"]) == 2
    assert "at least 10 characters" in capsys.readouterr().err


def test_the_list_of_authenticated_commands_is_in_the_readme():
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    for command in AUTHENTICATED:
        assert f"console110 {command} --db PATH" in readme and "--as" in readme


def test_no_terminal_and_no_password_ends_in_one_line(db: Path):
    """As cron would run it: no standard input at all."""
    env = {k: v for k, v in os.environ.items() if k != PASSWORD_ENV}
    done = subprocess.run([sys.executable, "-m", "console", "open", "--db", str(db),
                           "--as", "ct01"], stdin=subprocess.DEVNULL, capture_output=True,
                          text=True, env=env, timeout=60)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "no password given for ct01" in done.stderr


def test_import_needs_a_supervisor_or_an_administrator_once_there_are_operators(
        db: Path, tmp_path: Path, capsys, monkeypatch):
    data = tmp_path / "calls.csv"
    data.write_text("a,b\n1,2\n", encoding="utf-8")
    command = ["import-calls", "--db", str(db), str(data), "--mapping", "berkeley_2014"]
    assert main(command) == 2
    assert "--as USERNAME" in capsys.readouterr().err
    monkeypatch.setenv(PASSWORD_ENV, "taker-pass-1")
    assert main([*command, "--as", "ct01"]) == 2
    err = capsys.readouterr().err
    assert "ct01 may not do that" in err and "Traceback" not in err
    with Store.open(db) as store:
        assert store.count("calls") == 1  # nothing imported


def test_an_administrator_resets_a_password_which_must_then_be_changed(
        db: Path, capsys, monkeypatch):
    _typed(monkeypatch, "taker-pass-1")
    assert main(["reset-password", "--db", str(db), "dv01", "--as", "ct01"]) == 2
    assert "ct01 may not do that" in capsys.readouterr().err
    prompts = _typed(monkeypatch, "admin-pass-1", "given-pass-1", "given-pass-1")
    assert main(["reset-password", "--db", str(db), "ct01", "--as", "admin1"]) == 0
    assert prompts == ["password for admin1: ", "new password for ct01: ", "the same again: "]
    assert "they choose their own at their next login" in capsys.readouterr().out
    _typed(monkeypatch, "given-pass-1")
    assert main(["open", "--db", str(db), "--as", "ct01"]) == 2
    assert "set by an administrator" in capsys.readouterr().err
    _typed(monkeypatch, "admin-pass-1", "1234567890", "1234567890")
    assert main(["reset-password", "--db", str(db), "ct01", "--as", "admin1"]) == 2
    assert "digits only" in capsys.readouterr().err
