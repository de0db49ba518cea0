"""Login hardening: attempts recorded, lockout, equal work for unknown names, the password
policy per role, changing and resetting passwords, no demo password outside a demo."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from engines import another

from console.cli import main
from console.domain import passwords
from console.domain.clock import FixedClock
from console.domain.logins import LOCK_DURATION, MAX_FAILURES, Outcome
from console.domain.passwords import DEMO_PASSWORD, policy_problems
from console.store import InputRefused, Store
from console.store.audit import verify
from console.store.records import Operator

BOTH_ENGINES = True  # each store test runs on SQLite and on PostgreSQL


@pytest.fixture
def derivations(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the slow hash's runs (one entry per run)."""
    runs: list[int] = []
    real = passwords._derive

    def counted(*args: object) -> bytes:
        runs.append(1)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(passwords, "_derive", counted)
    return runs


def _outcomes(store: Store, username: str) -> list[str]:
    return [a.outcome for a in reversed(store.accounts.attempts(username))]


def test_every_attempt_is_recorded_with_who_when_and_where(store: Store, operator: Operator):
    assert store.accounts.login("ct01", "wrong-one", seat="S07").outcome == Outcome.WRONG_PASSWORD
    assert store.accounts.login("nobody", "secret-110", seat="S07").outcome == Outcome.UNKNOWN_USER
    assert store.accounts.login(" ct01 ", "secret-110", seat="S07").ok
    rows = store.conn.execute(
        "SELECT at, username, operator_id, outcome, success, seat FROM login_attempts"
        " ORDER BY id").fetchall()
    assert [tuple(r) for r in rows] == [
        ("2026-11-29T02:00:00.000Z", "ct01", operator.id, "wrong_password", 0, "S07"),
        ("2026-11-29T02:00:00.000Z", "nobody", None, "unknown_user", 0, "S07"),
        ("2026-11-29T02:00:00.000Z", "ct01", operator.id, "ok", 1, "S07"),
    ]


@pytest.mark.sqlite_only  # the chain on PostgreSQL: tests/test_pg_schema.py
def test_attempts_are_append_only_and_on_the_audit_chain(store: Store, operator: Operator,
                                                         db_path: Path):
    store.accounts.login("ct01", "wrong-one")
    logged = store.conn.execute(
        "SELECT COUNT(*) FROM audit_log WHERE tbl = 'login_attempts'").fetchone()[0]
    assert logged == 1
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        store.conn.execute("DELETE FROM login_attempts")
    assert verify(db_path, []).ok


def test_repeated_wrong_passwords_lock_the_account_for_a_while(
        store: Store, operator: Operator, clock: FixedClock):
    for n in range(MAX_FAILURES - 1):
        result = store.accounts.login("ct01", f"wrong-{n}")
        assert result.outcome == Outcome.WRONG_PASSWORD and result.locked_until is None
    last = store.accounts.login("ct01", "wrong-last")
    assert last.locked_until == clock.now() + LOCK_DURATION  # said at once: now locked
    clock.advance(minutes=1)
    refused = store.accounts.login("ct01", "secret-110")  # the right password, still locked
    assert not refused.ok and refused.outcome == Outcome.LOCKED
    assert refused.locked_until == last.locked_until  # refusals do not prolong it
    assert store.accounts.authenticate("ct01", "secret-110") is None
    clock.advance(minutes=15)
    assert store.accounts.login("ct01", "secret-110").ok
    assert _outcomes(store, "ct01")[-3:] == ["locked", "locked", "ok"]


def test_a_success_starts_the_count_afresh(store: Store, operator: Operator):
    for _ in range(MAX_FAILURES - 1):
        store.accounts.login("ct01", "wrong")
    assert store.accounts.login("ct01", "secret-110").ok
    for _ in range(MAX_FAILURES - 1):
        store.accounts.login("ct01", "wrong")
    assert store.accounts.locked_until("ct01") is None
    assert store.accounts.login("ct01", "secret-110").ok


def test_an_unknown_name_locks_as_a_real_one_does(store: Store, operator: Operator):
    """Otherwise a lock message would tell which names exist."""
    results = [store.accounts.login("ct99", "wrong") for _ in range(MAX_FAILURES + 1)]
    assert results[-2].locked_until is not None and results[-1].outcome == Outcome.LOCKED


def test_the_hash_runs_once_per_attempt_whoever_asks(store: Store, operator: Operator,
                                                    derivations: list[int]):
    cases = [("ct01", "secret-110"), ("ct01", "wrong"), ("nobody", "secret-110"),
             ("", "x")]
    for username, password in cases:
        before = len(derivations)
        store.accounts.login(username, password)
        assert len(derivations) - before == 1, username
    for _ in range(MAX_FAILURES):
        store.accounts.login("ct01", "wrong")
    before = len(derivations)
    assert store.accounts.login("ct01", "secret-110").outcome == Outcome.LOCKED
    assert len(derivations) - before == 1  # a locked account answers in the same time too


def test_a_disabled_account_cannot_log_in(store: Store, operator: Operator):
    store.conn.execute("UPDATE operators SET active = 0 WHERE id = ?", [operator.id])
    result = store.accounts.login("ct01", "secret-110")
    assert not result.ok and result.outcome == Outcome.INACTIVE


@pytest.mark.parametrize(("role", "password", "codes"), [
    ("call_taker", "short-1", {"too_short"}),
    ("call_taker", "longer-1", set()),
    ("supervisor", "longer-1", {"too_short"}),
    ("admin", "longer-1", {"too_short"}),
    ("admin", "admin-12345", set()),
    ("call_taker", "1234567890", {"only_digits"}),
    ("call_taker", "WANG-1234", {"same_as_username"}),
    ("call_taker", DEMO_PASSWORD, {"known_password"}),
])
def test_the_password_policy_is_per_role(role: str, password: str, codes: set[str]):
    found = policy_problems(password, username="wang-1234", role=role)
    assert {p.code for p in found} == codes


def test_the_limit_of_a_role_is_said(store: Store):
    with pytest.raises(InputRefused) as info:
        store.accounts.add_operator("boss", "值班长", "supervisor", "only9char")
    assert [(p.field, p.code, p.limit) for p in info.value.problems] == [
        ("password", "too_short", passwords.PRIVILEGED_MIN_LENGTH)]


def test_an_operator_changes_their_own_password(store: Store, operator: Operator):
    store.actor = operator
    with pytest.raises(InputRefused) as info:
        store.accounts.change_password("not-mine-1", "brand-new-2")
    assert info.value.problems[0].code == "wrong"
    with pytest.raises(InputRefused) as info:
        store.accounts.change_password("secret-110", "123456789")
    assert info.value.problems[0].code == "only_digits"
    store.accounts.change_password("secret-110", "brand-new-2")
    assert store.accounts.authenticate("ct01", "secret-110") is None
    assert store.accounts.authenticate("ct01", "brand-new-2") == operator
    assert "changed" in _outcomes(store, "ct01")


def test_only_an_administrator_resets_and_the_owner_must_then_change(
        store: Store, operator: Operator):
    store.actor = operator
    with pytest.raises(PermissionError):
        store.accounts.reset_password(operator.id, "given-by-admin")
    store.actor = None
    admin = store.accounts.add_operator("admin1", "管理员", "admin", "admin-pass-1")
    store.actor = admin
    for _ in range(MAX_FAILURES):
        store.accounts.login("ct01", "wrong")
    store.accounts.reset_password(operator.id, "given-by-admin")
    result = store.accounts.login("ct01", "given-by-admin")  # the reset ended the lock
    assert result.ok and result.must_change
    store.actor = operator
    store.accounts.change_password("given-by-admin", "my-own-choice")
    again = store.accounts.login("ct01", "my-own-choice")
    assert again.ok and not again.must_change


def test_a_seat_cannot_add_operators(store: Store, operator: Operator):
    store.actor = operator
    with pytest.raises(PermissionError):
        store.accounts.add_operator("ct02", "某人", "admin", "admin-pass-1")


def test_no_demo_password_in_a_database_that_is_no_demo(tmp_path: Path, capsys):
    db = tmp_path / "real.db"
    assert main(["init", "--db", str(db)]) == 0
    with Store.open(db) as store:
        assert store.accounts.operators() == []  # init makes no account at all
        with pytest.raises(InputRefused) as info:
            store.accounts.add_operator("ct01", "张明", "call_taker", DEMO_PASSWORD)
        assert info.value.problems[0].code == "known_password"


def test_a_demo_database_keeps_its_known_password(tmp_path: Path):
    from console.demo import generate

    db = tmp_path / "demo.db"
    generate(db, days=1, calls_per_day=20)
    with Store.open(db) as store:
        assert store.is_demo
        assert store.accounts.authenticate("jiejing01", DEMO_PASSWORD) is not None


def test_the_lock_is_kept_across_connections(db_path: Path, store: Store, operator: Operator,
                                             clock: FixedClock):
    for _ in range(MAX_FAILURES):
        store.accounts.login("ct01", "wrong")
    with another(store) as other:
        assert other.accounts.locked_until("ct01") == clock.now() + timedelta(minutes=15)
