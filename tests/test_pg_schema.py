"""The PostgreSQL schema (console/store/pg/schema.sql, roles.sql) against a real server: applied
once and again, the change log and its NOTIFY, the counting tables, the audit chain checked with
the Python arithmetic, incident numbers and versions under two connections, and a call-taker's
database role kept from DV details."""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from pg_rows import DAY, insert_call, insert_incident

from console.cli import main
from console.domain.audit import GENESIS, chain_hash
from console.store import counters
from console.store.audit import register_functions
from console.store.migrations import apply_migrations
from console.store.pg.audit import check_chain
from console.store.pg.connect import (
    BASELINE_VERSION,
    ChangeListener,
    PgConnection,
    apply_schema,
    create_login,
    migration_files,
    open_pool,
    schema_text,
)

pytest_plugins = ["pg_fixtures"]  # also registered by tests/conftest.py once it names it


def _catalog(conn: PgConnection) -> tuple[Any, ...]:
    return tuple(conn.fetchone(
        "SELECT (SELECT COUNT(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
        "         WHERE n.nspname = 'public'),"
        "       (SELECT COUNT(*) FROM pg_trigger WHERE NOT tgisinternal),"
        "       (SELECT COUNT(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
        "         WHERE n.nspname = 'public'),"
        "       (SELECT string_agg(tgname, ',' ORDER BY tgname) FROM pg_trigger"
        "         WHERE NOT tgisinternal)") or ())


# What a database records once brought up: the baseline, then each later migration.
_VERSIONS = [BASELINE_VERSION, *(int(p.name[:4]) for p in migration_files())]


# ---- applying the schema ---------------------------------------------------------------------
def test_the_schema_applies_once_and_again_without_change(pg: PgConnection) -> None:
    before = _catalog(pg)
    assert before[0] > 60 and before[1] > 100
    assert apply_schema(pg.conn) is False  # recorded: nothing runs
    pg.conn.execute(schema_text())  # the script itself is re-runnable too
    assert apply_schema(pg.conn, roles=True) is False
    assert _catalog(pg) == before
    assert pg.fetchall("SELECT version FROM console_schema ORDER BY version") == \
        [(v,) for v in _VERSIONS]


def test_a_pool_brings_an_empty_database_up_once(pg_server: Any) -> None:
    name = f"console_empty_{os.getpid()}"
    with psycopg.connect(pg_server.url(), autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
        admin.execute(f'CREATE DATABASE "{name}" TEMPLATE template0 ENCODING \'UTF8\'')
    try:
        with open_pool(pg_server.url(name), min_size=1, max_size=2) as pool, \
                pool.connection() as conn:
            assert apply_schema(conn) is False
            assert conn.execute("SELECT COUNT(*) FROM console_schema").fetchone() == \
                (len(_VERSIONS),)
        with open_pool(pg_server.url(name), min_size=1, max_size=2) as pool, \
                pool.connection() as conn:
            assert conn.execute("SELECT COUNT(*) FROM console_schema").fetchone() == \
                (len(_VERSIONS),)
    finally:
        with psycopg.connect(pg_server.url(), autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_verify_audit_of_an_empty_database_says_it_has_no_trail(
        pg_server: Any, capsys: pytest.CaptureFixture[str]) -> None:
    name = f"console_bare_{os.getpid()}"
    with psycopg.connect(pg_server.url(), autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
        admin.execute(f'CREATE DATABASE "{name}" TEMPLATE template0 ENCODING \'UTF8\'')
    try:
        assert main(["verify-audit", "--db", pg_server.url(name)]) == 1
        out = capsys.readouterr().out
        assert "0 rows" in out and "no audit trail" in out and "console110 init" in out
    finally:
        with psycopg.connect(pg_server.url(), autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# ---- the change log and NOTIFY ----------------------------------------------------------------
def test_a_saved_call_is_logged_and_announced_to_a_listening_seat_within_a_second(
        pg: PgConnection, pg_url: str) -> None:
    with ChangeListener(pg_url) as other:
        assert other.wait(timeout=0.05) == []
        started = time.monotonic()
        with pg.write():
            incident = insert_incident(pg, 1)
            call = insert_call(pg, incident_id=incident)
        heard = other.wait(timeout=1.0, stop_after=2)
        took = time.monotonic() - started
    assert took < 1.0
    assert [(c.subject, c.ref_id) for c in heard] == [("incident", incident), ("call", call)]
    logged = pg.fetchall("SELECT seq, subject, ref_id FROM change_log ORDER BY seq")
    assert [(s, r) for _, s, r in logged] == [("incident", incident), ("call", call)]
    assert [c.seq for c in heard] == [s for s, _, _ in logged]


def test_nothing_is_announced_for_a_write_rolled_back(pg: PgConnection, pg_url: str) -> None:
    with ChangeListener(pg_url) as other:
        with pytest.raises(RuntimeError), pg.write():
            insert_call(pg)
            raise RuntimeError("the seat gave up")
        assert other.wait(timeout=0.2) == []
    assert pg.fetchone("SELECT COUNT(*) FROM change_log") == (0,)


def test_every_change_log_trigger_of_sqlite_is_there(pg: PgConnection) -> None:
    names = {r[0] for r in pg.fetchall(
        "SELECT tgname FROM pg_trigger WHERE tgname LIKE 'change_log_%' AND NOT tgisinternal")}
    sqlite_names = {line.split()[2] for line in
                    (Path(__file__).parents[1] / "db" / "migrations" / "0008_change_log.sql")
                    .read_text(encoding="utf-8").splitlines()
                    if line.startswith("CREATE TRIGGER change_log_")}
    assert sqlite_names and sqlite_names <= names


# ---- counting tables ---------------------------------------------------------------------------
def test_the_counting_tables_follow_inserts_changes_and_deletions(pg: PgConnection) -> None:
    with pg.write():
        a = insert_call(pg, received_at=f"{DAY}T02:10:00.000Z")
        insert_call(pg, received_at=f"{DAY}T02:20:00.000Z", disposition="inquiry")
        insert_call(pg, received_at=f"{DAY}T03:05:00.000Z", line="12345", disposition="inquiry")
    hours = dict(((d, h), n) for d, h, n in pg.fetchall("SELECT day, hour, calls FROM call_hours"))
    assert hours == {(DAY, f"{DAY}T02"): 2, (DAY, f"{DAY}T03"): 1}
    kinds = {(ln, d): n for ln, d, n in
             pg.fetchall("SELECT line, disposition, calls FROM call_kinds")}
    assert kinds == {("110", "incident"): 1, ("110", "inquiry"): 1, ("12345", "inquiry"): 1}
    with pg.write():
        pg.execute("UPDATE calls SET disposition = 'inquiry', received_at = ? WHERE id = ?",
                   [f"{DAY}T04:00:00.000Z", a])
    kinds = {(ln, d): n for ln, d, n in
             pg.fetchall("SELECT line, disposition, calls FROM call_kinds")}
    assert kinds == {("110", "inquiry"): 2, ("12345", "inquiry"): 1}  # the empty row is gone
    assert pg.fetchone("SELECT calls FROM call_hours WHERE hour = ?", [f"{DAY}T04"]) == (1,)
    with pg.write():
        pg.execute("DELETE FROM calls WHERE id = ?", [a])
    assert pg.fetchone("SELECT COUNT(*) FROM call_hours WHERE hour = ?", [f"{DAY}T04"]) == (0,)
    assert pg.fetchone("SELECT SUM(calls) FROM call_kinds") == (2,)  # an int, as on SQLite

    with pg.write():
        first = insert_incident(pg, 1, is_dv=1)
        insert_incident(pg, 2, is_enterprise=1)
    with pg.write():
        pg.execute("UPDATE incidents SET stage = 'closed' WHERE id = ?", [first])
    assert pg.fetchall(
        "SELECT day, category_code, jurisdiction_code, incidents, closed, dv, enterprise,"
        " key_enterprise FROM incident_kinds") == [(DAY, "", "", 2, 1, 1, 1, 0)]


def test_tally_durations_read_the_same_as_on_sqlite(pg: PgConnection) -> None:
    expr = "ROUND((julianday(?) - julianday(?)) * 86400.0, 3)"
    pairs = [(f"{DAY}T02:01:30.250Z", f"{DAY}T02:00:00.000Z"),
             ("2026-12-01T00:00:00.001Z", "2026-11-30T23:59:59.999Z"),
             ("2027-01-01T08:00:00.000Z", "2026-12-31T15:59:59.500Z")]
    lite = sqlite3.connect(":memory:")
    try:
        for later, earlier in pairs:
            assert pg.fetchone(f"SELECT {expr}", [later, earlier]) == \
                lite.execute(f"SELECT {expr}", [later, earlier]).fetchone()
    finally:
        lite.close()


# ---- the audit chain ---------------------------------------------------------------------------
def test_the_sql_hash_is_the_python_hash(pg: PgConnection) -> None:
    cases = [
        (GENESIS, 1, "2026-11-29T02:00:00.000Z", None, "system", "calls", 7, "insert", None,
         '{"id":7,"caller_name":"王芳"}'),
        ("ab" * 32, 123456789012, "2026-11-29T02:00:00.001Z", 42, "dv_desk", "incidents", None,
         "read", '{"a":"x;y:z"}', '{"view":"detail","read_at":"…","e":"😀\\n\\"q\\""}'),
        ("0" * 64, 2, "", -5, "", "", 0, "", "", "s3:abc;"),
    ]
    for case in cases:
        got = pg.fetchone("SELECT audit_hash(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", list(case))
        assert got == (chain_hash(*case),)  # type: ignore[arg-type]


def test_the_chain_of_a_session_verifies_with_the_python_arithmetic(pg: PgConnection) -> None:
    with pg.write():
        op = pg.execute("INSERT INTO operators (username, display_name, role, password_hash,"
                        " created_at) VALUES (?, ?, ?, ?, ?)",
                        ["fanjiabao01", "反家暴专席", "dv_desk", "secret-hash",
                         f"{DAY}T01:00:00.000Z"]).lastrowid
    pg.act_as(op, "dv_desk")
    with pg.write():
        incident = insert_incident(pg, 1, is_dv=1)
        call = insert_call(pg, incident_id=incident, is_dv=1)
        pg.execute("INSERT INTO incident_events (incident_id, at, operator_id, kind, stage,"
                   " detail) VALUES (?, ?, ?, 'stage', 'intake', ?)",
                   [incident, f"{DAY}T02:01:30.250Z", op, '{"note":"先生打人"}'])
        pg.execute("UPDATE incidents SET stage = 'dispatched' WHERE id = ?", [incident])
        pg.execute("INSERT INTO settings (key, value) VALUES ('centre', '340400')")
    with pg.write():  # a read of DV details, written by the console itself
        pg.execute("INSERT INTO audit_append (tbl, row_id, op, before_json, after_json,"
                   " actor_id, actor_role) VALUES ('incidents', ?, 'read', NULL, ?, NULL, NULL)",
                   [incident, '{"view":"detail","read_at":"2026-11-29T02:05:00.000Z"}'])
        pg.execute("DELETE FROM settings WHERE key = 'centre'")

    report = check_chain(pg)
    assert report.ok, report.problems
    rows = pg.fetchall("SELECT id, at, actor_id, actor_role, tbl, row_id, op, before_json,"
                       " after_json, prev_hash, hash FROM audit_log ORDER BY id")
    assert [r[0] for r in rows] == list(range(1, len(rows) + 1))
    assert report.head is not None and report.head.audit_id == len(rows)
    prev = GENESIS
    for r in rows:
        assert r[9] == prev
        assert r[10] == chain_hash(r[9], r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8])
        prev = r[10]
    ops = [(r[4], r[6], r[3], r[2]) for r in rows]
    assert ops[0] == ("operators", "insert", "system", None)
    assert ("calls", "insert", "dv_desk", op) in ops
    assert ("incidents", "update", "dv_desk", op) in ops
    assert ("incidents", "read", "dv_desk", op) in ops
    assert ("settings", "delete", "dv_desk", op) in ops
    assert all("secret-hash" not in (r[8] or "") for r in rows)  # passwords stay out
    update = next(r for r in rows if r[4] == "incidents" and r[6] == "update")
    assert json.loads(update[7])["version"] == 1 and json.loads(update[8])["version"] == 2
    assert next(r for r in rows if r[4] == "calls")[5] == call


def test_a_row_logged_reads_byte_for_byte_as_sqlite_logs_it(pg: PgConnection,
                                                            tmp_path: Path) -> None:
    values = dict(id=41, line="110", received_at=f"{DAY}T02:00:00.000Z",
                  logged_at=f"{DAY}T02:01:30.250Z", day=DAY, caller_number="13800001111",
                  number_key="13800001111", caller_name='王"芳\\', address="朝阳路18号\n2单元",
                  address_key="朝阳路18号", priority=2, summary="电动车😀被盗\t",
                  disposition="incident", is_dv=1, incomplete="", seat="A-01")
    columns, marks = ", ".join(values), ", ".join("?" for _ in values)
    lite = sqlite3.connect(tmp_path / "console.db")
    try:
        apply_migrations(lite)
        register_functions(lite)
        with lite:
            lite.execute(f"INSERT INTO calls ({columns}) VALUES ({marks})", list(values.values()))
            lite.execute("INSERT INTO settings (key, value) VALUES ('centre', '淮南 340400')")
            lite.execute("UPDATE settings SET value = 'x' WHERE key = 'centre'")
        logged = "SELECT tbl, row_id, op, before_json, after_json FROM audit_log" \
                 " WHERE tbl IN ('calls', 'settings') AND op <> 'audit_start' ORDER BY id"
        sqlite_rows = lite.execute(logged).fetchall()
    finally:
        lite.close()
    with pg.write():
        pg.execute(f"INSERT INTO calls ({columns}) VALUES ({marks})", list(values.values()))
        pg.execute("INSERT INTO settings (key, value) VALUES ('centre', '淮南 340400')")
        pg.execute("UPDATE settings SET value = 'x' WHERE key = 'centre'")
    pg_rows = pg.fetchall(logged)
    assert len(pg_rows) == 3 and [r[0] for r in pg_rows] == ["calls", "settings", "settings"]
    # settings' row id is SQLite's hidden rowid there, its rowid column here (kept out of the
    # content); the row ids of a database copied from SQLite are the same.
    sqlite_settings_id = sqlite_rows[1][1]
    assert pg_rows[0] == sqlite_rows[0]
    assert [r[2:] for r in pg_rows[1:]] == [r[2:] for r in sqlite_rows[1:]]
    assert pg.fetchone("SELECT rowid FROM settings") == (pg_rows[1][1],)
    assert sqlite_settings_id is not None


def test_the_log_refuses_changes_and_a_change_behind_its_back_is_caught(pg: PgConnection) -> None:
    with pg.write():
        insert_call(pg)
        insert_call(pg, caller_number="13900002222")
    for statement in ("UPDATE audit_log SET actor_role = 'supervisor'",
                      "DELETE FROM audit_log", "TRUNCATE audit_log", "TRUNCATE fraud_transfers"):
        with pytest.raises(psycopg.errors.RestrictViolation):
            pg.execute(statement)
    pg.execute("ALTER TABLE audit_log DISABLE TRIGGER USER")  # the owner, going around it
    pg.execute("UPDATE audit_log SET after_json = replace(after_json, '王芳', '李四') WHERE id = 1")
    pg.execute("ALTER TABLE audit_log ENABLE TRIGGER USER")
    report = check_chain(pg)
    assert [(code, audit_id) for code, audit_id, _ in report.problems] == [("altered", 1)]


# ---- two connections ----------------------------------------------------------------------------
# console/store/counters.py's upsert with its column qualified: `SET value = value + 1` is
# ambiguous to PostgreSQL (the target's or excluded's?); `counters.value` reads the same on both.
NEXT_INCIDENT_SEQ = (
    "INSERT INTO counters (name, value)"
    " VALUES (?, (SELECT COALESCE(MAX(seq), 0) FROM incidents WHERE day = ?) + 1)"
    " ON CONFLICT (name) DO UPDATE SET value = counters.value + 1 RETURNING value")


def _next_seq(conn: PgConnection | sqlite3.Connection) -> int:
    row = conn.execute(NEXT_INCIDENT_SEQ, [counters.incident_counter(DAY), DAY]).fetchone()
    assert row is not None
    return int(row[0])


def test_the_store_counter_sql_runs_on_both_engines(pg: PgConnection, tmp_path: Path) -> None:
    lite = sqlite3.connect(tmp_path / "console.db")
    try:
        apply_migrations(lite)
        with lite:
            assert [_next_seq(lite), _next_seq(lite)] == [1, 2]
    finally:
        lite.close()
    with pg.write():
        assert [_next_seq(pg), _next_seq(pg)] == [1, 2]
        assert counters.next_incident_seq(pg, DAY) == 3  # type: ignore[arg-type]

@pytest.fixture
def two(pg_url: str) -> Iterator[tuple[PgConnection, PgConnection]]:
    with PgConnection.connect(pg_url) as a, PgConnection.connect(pg_url) as b:
        yield a, b


def test_incident_numbers_are_unique_under_two_connections(
        two: tuple[PgConnection, PgConnection]) -> None:
    got: dict[int, list[int]] = {0: [], 1: []}
    start = threading.Barrier(2)
    errors: list[BaseException] = []

    def seat(index: int, conn: PgConnection) -> None:
        try:
            start.wait()
            for _ in range(40):
                with conn.write():
                    seq = _next_seq(conn)
                    insert_incident(conn, seq)
                got[index].append(seq)
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=seat, args=(i, c)) for i, c in enumerate(two)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert not errors
    assert sorted(got[0] + got[1]) == list(range(1, 81))
    assert got[0] and got[1]
    assert two[0].fetchone("SELECT value FROM counters WHERE name = ?",
                           [counters.incident_counter(DAY)]) == (80,)


def test_a_second_seat_updating_a_stale_version_changes_nothing(
        two: tuple[PgConnection, PgConnection]) -> None:
    a, b = two
    with a.write():
        incident = insert_incident(a, 1)
    seen_a = a.fetchone("SELECT version FROM incidents WHERE id = ?", [incident])
    seen_b = b.fetchone("SELECT version FROM incidents WHERE id = ?", [incident])
    assert seen_a == seen_b == (1,)
    update = "UPDATE incidents SET stage = ?, updated_at = ? WHERE id = ? AND version = ?"
    done = threading.Event()
    counts: list[int] = []

    def second() -> None:
        with b.write():  # waits for a's write lock, then finds the version moved on
            counts.append(b.execute(update, ["closed", "t2", incident, seen_b[0]]).rowcount)
        done.set()

    with a.write():
        assert a.execute(update, ["dispatched", "t1", incident, seen_a[0]]).rowcount == 1
        thread = threading.Thread(target=second)
        thread.start()
        time.sleep(0.2)
        assert not done.is_set()  # b waits on the write lock, no deadlock
    thread.join(10)
    assert counts == [0]
    assert a.fetchone("SELECT stage, version FROM incidents WHERE id = ?", [incident]) == \
        ("dispatched", 2)


# ---- roles ----------------------------------------------------------------------------------
@pytest.fixture
def logins(pg: PgConnection) -> Iterator[tuple[str, str]]:
    """A call-taker's and a DV desk's database logins, dropped afterwards (roles outlive
    databases)."""
    taker, desk = f"jiejing_{os.getpid()}", f"fanjiabao_{os.getpid()}"
    create_login(pg.conn, taker, "call_taker")
    create_login(pg.conn, desk, "dv_desk")
    yield taker, desk
    for name in (taker, desk):
        pg.execute(f'DROP ROLE IF EXISTS "{name}"')


def test_a_call_takers_role_cannot_read_dv_details_and_the_dv_desks_can(
        pg: PgConnection, pg_server: Any, pg_url: str, logins: tuple[str, str]) -> None:
    with pg.write():
        dv_incident = insert_incident(pg, 1, is_dv=1, caller_number="13700003333",
                                      summary="丈夫殴打")
        dv_call = insert_call(pg, incident_id=dv_incident, is_dv=1, caller_name="李某",
                              caller_number="13700003333", number_key="13700003333",
                              summary="丈夫殴打")
        plain = insert_call(pg, caller_name="张三")
        pg.execute("INSERT INTO incident_events (incident_id, at, kind, stage, detail)"
                   " VALUES (?, ?, 'note', NULL, ?)",
                   [dv_incident, f"{DAY}T02:03:00.000Z", '{"text":"被打伤","by":"接警员"}'])
    taker, desk = logins
    dbname = pg_url.split("/")[3].split("?")[0]

    with PgConnection.connect(pg_server.url(dbname, taker)) as ct:
        for query in ("SELECT caller_name FROM calls", "SELECT summary FROM calls",
                      "SELECT caller_number FROM incidents", "SELECT summary FROM incidents",
                      "SELECT * FROM calls", "SELECT detail FROM incident_events",
                      "SELECT after_json FROM audit_log", "SELECT password_hash FROM operators",
                      "SELECT number_key FROM calls WHERE is_dv = 1"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                ct.execute(query)
        # What every seat needs stays in sight: the flag, the address, the times.
        assert ct.fetchone("SELECT is_dv, address FROM calls WHERE id = ?", [dv_call]) == \
            (1, "田家庵区朝阳路18号")
        redacted = "SELECT caller_name, caller_number, number_key, summary FROM calls_redacted" \
                   " WHERE id = ?"
        assert ct.fetchone(redacted, [dv_call]) == ("", "", "", "")
        assert ct.fetchone(redacted, [plain])[0] == "张三"  # type: ignore[index]
        assert ct.fetchone("SELECT caller_number, summary FROM incidents_redacted"
                           " WHERE id = ?", [dv_incident]) == ("", "")
        detail = ct.fetchone("SELECT detail FROM incident_events_redacted WHERE incident_id = ?",
                             [dv_incident])
        assert detail is not None and json.loads(detail[0]) == {"text": "", "by": "接警员"}
        # ... and a call-taker still logs calls, audited as such.
        ct.act_as(None, "call_taker")
        with ct.write():
            logged = insert_call(ct, caller_name="赵六")
        assert pg.fetchone("SELECT actor_role FROM audit_log WHERE tbl = 'calls' AND row_id = ?",
                           [logged]) == ("call_taker",)

    with PgConnection.connect(pg_server.url(dbname, desk)) as dv:
        assert dv.fetchone("SELECT caller_name, summary FROM calls WHERE id = ?", [dv_call]) == \
            ("李某", "丈夫殴打")
        assert dv.fetchone("SELECT caller_name FROM calls_redacted WHERE id = ?", [dv_call]) == \
            ("李某",)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            dv.execute("SELECT after_json FROM audit_log")
    assert check_chain(pg).ok


# ---- logins (0010) ------------------------------------------------------------------------------
def test_login_attempts_are_append_only_and_logged_as_sqlite_logs_them(
        pg: PgConnection, tmp_path: Path) -> None:
    operator = ["zhangwei01", "张伟", "call_taker", "secret-hash", f"{DAY}T01:00:00.000Z"]
    statements = [
        ("INSERT INTO operators (id, username, display_name, role, password_hash, created_at)"
         " VALUES (7, ?, ?, ?, ?, ?)", operator),
        ("INSERT INTO login_attempts (id, at, username, operator_id, outcome, success, seat)"
         " VALUES (1, ?, 'zhangwei01', 7, 'wrong_password', 0, 'A-01')",
         [f"{DAY}T02:00:00.000Z"]),
        ("INSERT INTO login_attempts (id, at, username, outcome, success)"
         " VALUES (2, ?, '无此人', 'unknown_user', 0)", [f"{DAY}T02:00:05.000Z"]),
        ("UPDATE operators SET reset_pending = 1 WHERE id = 7", []),
        ("DELETE FROM operators WHERE id = 7 AND NOT EXISTS (SELECT 1 FROM login_attempts"
         " WHERE operator_id = 7)", []),
    ]
    logged = "SELECT tbl, row_id, op, before_json, after_json FROM audit_log" \
             " WHERE tbl IN ('operators', 'login_attempts') ORDER BY id"
    lite = sqlite3.connect(tmp_path / "console.db")
    try:
        apply_migrations(lite)
        register_functions(lite)
        with lite:
            for statement, params in statements:
                lite.execute(statement, params)
        sqlite_rows = lite.execute(logged).fetchall()
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            lite.execute("DELETE FROM login_attempts")
    finally:
        lite.close()
    with pg.write():
        for statement, params in statements:
            pg.execute(statement, params)
    pg_rows = pg.fetchall(logged)
    assert [(r[0], r[2]) for r in pg_rows] == [
        ("operators", "insert"), ("login_attempts", "insert"), ("login_attempts", "insert"),
        ("operators", "update")]
    assert pg_rows == sqlite_rows  # reset_pending last, no password hash, byte for byte
    assert json.loads(pg_rows[3][4])["reset_pending"] == 1
    for statement in ("UPDATE login_attempts SET success = 1", "DELETE FROM login_attempts",
                      "TRUNCATE login_attempts"):
        with pytest.raises(psycopg.errors.RestrictViolation,
                           match=r"append-only|bypass the audit trail"):
            pg.execute(statement)
    assert pg.fetchone("SELECT COUNT(*) FROM login_attempts") == (2,)
    assert check_chain(pg).ok


def test_a_database_of_the_first_schema_version_gains_the_logins(pg: PgConnection) -> None:
    """A server set up before 0010: the script runs again and adds what is missing."""
    with pg.write():
        pg.execute("INSERT INTO operators (username, display_name, role, password_hash,"
                   " created_at) VALUES ('li01', '李', 'admin', 'h', ?)", [f"{DAY}T01:00:00Z"])
    pg.execute("ALTER TABLE login_attempts DISABLE TRIGGER USER")
    pg.execute("DROP TABLE login_attempts")
    pg.execute("ALTER TABLE operators DROP COLUMN reset_pending")
    pg.execute("DELETE FROM console_schema")
    pg.execute("INSERT INTO console_schema VALUES (1, 't')")
    assert apply_schema(pg.conn) is True
    assert pg.fetchall("SELECT version FROM console_schema ORDER BY version") == \
        [(1,), *((v,) for v in _VERSIONS)]
    assert pg.fetchone("SELECT reset_pending FROM operators") == (0,)
    with pytest.raises(psycopg.errors.RestrictViolation), pg.write():
        pg.execute("INSERT INTO login_attempts (at, username, outcome, success)"
                   " VALUES ('t', 'li01', 'ok', 1)")
        pg.execute("DELETE FROM login_attempts")
