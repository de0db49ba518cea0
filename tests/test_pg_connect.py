"""console/store/pg/connect.py: the SQLite-style SQL it translates, what `execute` hands back
on a real server, and how the tests find a PostgreSQL server or say why they cannot."""

from __future__ import annotations

from pathlib import Path

import pytest
from pg_server import MISSING, find_binaries

from console.store.pg.connect import PgConnection, db_role, translate

pytest_plugins = ["pg_fixtures"]  # also registered by tests/conftest.py once it names it


# ---- translation (no server) ---------------------------------------------------------------
def test_qmarks_become_psycopg_placeholders_outside_literals_and_comments() -> None:
    plan = translate("SELECT '?', \"a?\", x -- what?\n FROM t /* ? */ WHERE a = ? AND b = ?")
    assert plan.sql == ("SELECT '?', \"a?\", x -- what?\n FROM t /* ? */"
                        " WHERE a = %s AND b = %s")
    assert plan.params([1, 2]) == [1, 2]


def test_numbered_qmarks_reuse_their_parameter() -> None:
    plan = translate("SELECT json_extract(?1, '$.a'), ?2, ?1, ?")
    assert plan.sql == "SELECT json_extract(%s, '$.a'), %s, %s, %s"
    assert plan.params(["j", "k", "l"]) == ["j", "k", "j", "l"]


def test_a_percent_sign_survives_with_and_without_parameters() -> None:
    assert translate("SELECT printf('%02d', 5)").sql == "SELECT printf('%02d', 5)"
    with_params = translate("SELECT ? || '%' WHERE x LIKE '%a' AND y % 2 = 0")
    assert with_params.sql == "SELECT %s || '%%' WHERE x LIKE '%%a' AND y %% 2 = 0"


def test_named_parameters_and_casts() -> None:
    plan = translate("SELECT :day::text, ':not' WHERE n = :n", named=True)
    assert plan.sql == "SELECT %(day)s::text, ':not' WHERE n = %(n)s"
    assert plan.params({"day": "d", "n": 1}) == {"day": "d", "n": 1}
    assert translate("SELECT x::text").sql == "SELECT x::text"


def test_indexed_by_hints_are_dropped() -> None:
    sql = ("SELECT id FROM incidents INDEXED BY incidents_open WHERE stage = 'intake'"
           " AND note = 'INDEXED BY kept'")
    assert translate(sql).sql == ("SELECT id FROM incidents WHERE stage = 'intake'"
                                  " AND note = 'INDEXED BY kept'")


def test_console_roles_map_to_database_roles() -> None:
    assert db_role("call_taker") == "console_call_taker"
    with pytest.raises(ValueError):
        db_role("system")


# ---- finding a server ---------------------------------------------------------------------------
def test_no_binaries_means_a_skip_that_says_what_to_install(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONSOLE110_TEST_PG_BINDIR", str(tmp_path))
    assert find_binaries() is None
    assert MISSING.startswith("PostgreSQL half skipped: no server binaries found — install")


def test_binaries_are_found_here() -> None:
    found = find_binaries()
    if found is None:
        pytest.skip(MISSING)
    assert (found.bindir / "postgres").is_file()


# ---- on the server ------------------------------------------------------------------------------
def test_execute_returns_rows_rowcounts_and_the_id_of_an_insert(pg: PgConnection) -> None:
    with pg.write():
        first = pg.execute("INSERT INTO operators (username, display_name, role, password_hash,"
                           " created_at) VALUES (?, ?, ?, ?, ?)",
                           ["a", "甲", "call_taker", "h", "2026-11-29T00:00:00.000Z"])
        second = pg.execute("INSERT INTO operators (username, display_name, role, password_hash,"
                            " created_at) VALUES (?, ?, ?, ?, ?);",
                            ["b", "乙", "dispatcher", "h", "2026-11-29T00:00:00.000Z"])
        kept = pg.execute("INSERT INTO settings (key, value) VALUES (?, ?)", ["k", "v"])
    assert (first.lastrowid, second.lastrowid) == (1, 2)
    assert kept.lastrowid is None and kept.rowcount == 1
    rows = pg.execute("SELECT id, username FROM operators INDEXED BY operators_pkey"
                      " WHERE id >= ? ORDER BY id", [1])
    assert list(rows) == [(1, "a"), (2, "b")]
    assert pg.fetchone("SELECT COUNT(*), SUM(id), AVG(id) FROM operators") == (2, 3, 1.5)
    updated = pg.execute("UPDATE operators SET active = 0 WHERE username LIKE ?", ["%"])
    assert updated.rowcount == 2
    assert pg.executemany("INSERT INTO settings (key, value) VALUES (?, ?)",
                          [["x", "1"], ["y", "2"]]) == 2
    assert pg.fetchall("SELECT key FROM settings ORDER BY key") == [("k",), ("x",), ("y",)]


def test_a_failed_write_leaves_nothing_and_nested_writes_are_savepoints(pg: PgConnection) -> None:
    with pytest.raises(RuntimeError), pg.write():
        pg.execute("INSERT INTO settings (key, value) VALUES ('gone', '1')")
        raise RuntimeError
    with pg.write():
        pg.execute("INSERT INTO settings (key, value) VALUES ('kept', '1')")
        with pytest.raises(RuntimeError), pg.write():
            pg.execute("INSERT INTO settings (key, value) VALUES ('inner', '1')")
            raise RuntimeError
        assert pg.in_transaction
    assert not pg.in_transaction
    assert pg.fetchall("SELECT key FROM settings") == [("kept",)]
