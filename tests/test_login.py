"""Operators: salted slow hashes and authentication."""

import sqlite3

from console.domain.passwords import hash_password, verify_password


def test_the_right_password_logs_in(store, operator):
    found = store.accounts.authenticate("ct01", "secret-110")
    assert found is not None and found.display_name == "张明" and found.role == "call_taker"


def test_a_wrong_password_or_unknown_user_does_not(store, operator):
    assert store.accounts.authenticate("ct01", "secret-111") is None
    assert store.accounts.authenticate("nobody", "secret-110") is None


def test_passwords_are_never_stored_in_clear(store, operator, db_path):
    with sqlite3.connect(db_path) as conn:
        stored = conn.execute("SELECT password_hash FROM operators").fetchone()[0]
    assert "secret-110" not in stored and stored.startswith("scrypt$")


def test_the_same_password_hashes_differently_each_time():
    a, b = hash_password("demo110"), hash_password("demo110")
    assert a != b and verify_password("demo110", a) and verify_password("demo110", b)


def test_a_malformed_hash_never_verifies():
    assert not verify_password("x", "plain-text")


def test_bad_operator_details_are_refused_with_reasons(store, operator):
    import pytest

    from console.store import InputRefused

    with pytest.raises(InputRefused) as info:
        store.accounts.add_operator("x1", "X", "no_such_role", "ab")
    assert {(p.field, p.code) for p in info.value.problems} == {
        ("role", "unknown_code"), ("password", "too_short")}
    with pytest.raises(InputRefused) as info:
        store.accounts.add_operator("ct01", "又一个", "call_taker", "secret-110")
    assert info.value.problems[0].code == "duplicate"
    assert [o.username for o in store.accounts.operators()] == ["ct01"]
