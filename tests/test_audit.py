"""The audit trail: every write logged and chained, tampering named, DV reads logged.

Real database files throughout; tampering is done as an intruder would do it, with a
plain sqlite3 connection to the file (no console functions registered).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from console.cli import main
from console.domain.audit import GENESIS, Anchor, canonical, chain_hash, parse_anchor
from console.domain.calls import CallDraft
from console.domain.lifecycle import Stage
from console.domain.outcomes import Outcome
from console.store import Store
from console.store.audit import AuditReport, verify
from console.store.migrations import migration_files
from console.store.records import Operator

DAY = date(2026, 11, 29)


def _theft(number: str = "13800001111", hour: int = 1) -> CallDraft:
    return CallDraft(caller_number=number, caller_name="王芳", address="田家庵区朝阳路18号",
                     jurisdiction_code="340403", category_code="theft", summary="电动车被盗",
                     received_at=datetime(2026, 11, 29, hour, tzinfo=UTC))


def _dv_call() -> CallDraft:
    return CallDraft(caller_number="13900009999", caller_name="李某", address="田家庵区洞山路3号",
                     jurisdiction_code="340403", category_code="dispute_family",
                     summary="丈夫殴打，孩子在场", dv_flag=True,
                     received_at=datetime(2026, 11, 29, 1, 30, tzinfo=UTC))


def _unit(store: Store) -> str:
    return str(store.conn.execute("SELECT code FROM units ORDER BY code LIMIT 1").fetchone()[0])


@pytest.fixture
def session(store: Store, operator: Operator, supervisor: Operator) -> dict[str, int]:
    """A normal shift: calls saved, dispatch, arrival, handling, a note, closure, a
    callback, an outcome, handover remarks and the day's sign-off."""
    store.actor = operator
    first = store.calls.log_call(_theft(), operator.id, "S01")
    second = store.calls.log_call(_theft("13800002222", hour=2), operator.id, "S01")
    dv = store.calls.log_call(_dv_call(), operator.id, "S01")
    assert first.incident_id and second.incident_id and dv.incident_id
    incident = first.incident_id
    store.units.dispatch(incident, [_unit(store)], operator.id)
    store.units.unit_progress(store.units.assignments(incident)[0].id, "on_scene", operator.id)
    store.incidents.add_note(incident, "嫌疑人已离开，调取监控", operator.id)
    store.incidents.advance(incident, Stage.HANDLED, operator.id, result="已登记")
    store.incidents.record_outcome(incident, Outcome(people_caught=1), operator.id)
    store.incidents.advance(incident, Stage.CLOSED, operator.id, closure="移交派出所")
    for callback in store.callbacks.callbacks_of(incident):  # when the callback rules want one
        store.callbacks.record_callback(int(str(callback["id"])), "satisfied", "满意", operator.id)
    note = store.shift.handover("dispatch")
    store.shift.save_handover_remarks("dispatch", note.shift_start, "DS01 电台故障", operator.id)
    store.actor = supervisor
    store.signoff.sign_off_day(DAY, supervisor.id, note="日评查")
    return {"incident": incident, "open": second.incident_id, "dv": dv.incident_id}


def _tamper(path: Path, *statements: str) -> None:
    """What someone with the file and a plain sqlite3 shell can do."""
    conn = sqlite3.connect(path)
    try:
        for sql in statements:
            conn.execute(sql)
        conn.commit()
    finally:
        conn.close()


def _trigger_sql(path: Path, name: str) -> str:
    with sqlite3.connect(path) as conn:
        return str(conn.execute("SELECT sql FROM sqlite_master WHERE name = ?",
                                [name]).fetchone()[0])


def _texts(report: AuditReport) -> list[str]:
    return [p.line() for p in report.problems]


def _verify_cli(path: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, str]:
    code = main(["verify-audit", "--db", str(path), *extra])
    return code, capsys.readouterr().out


# ---- a normal session ----------------------------------------------------------------------
def test_a_normal_session_verifies_clean(store: Store, session: dict[str, int], db_path: Path,
                                         operator: Operator,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    report = verify(db_path)
    assert report.ok, _texts(report)
    code, out = _verify_cli(db_path, capsys)
    assert code == 0 and "sound" in out
    # Who changed what: the call-taker's writes carry the call-taker.
    rows = store.conn.execute(
        "SELECT actor_id, actor_role, op FROM audit_log WHERE tbl = 'incidents' AND row_id = ?",
        [session["incident"]]).fetchall()
    assert {tuple(r) for r in rows} >= {(operator.id, "call_taker", "insert"),
                                       (operator.id, "call_taker", "update")}
    note = store.conn.execute(
        "SELECT after_json FROM audit_log WHERE tbl = 'incident_events' AND op = 'insert'"
        " AND json_extract(after_json, '$.kind') = 'note'").fetchone()[0]
    assert "调取监控" in json.loads(json.loads(note)["detail"])["text"]


def test_each_row_is_chained_to_the_one_before_by_sha256(store: Store,
                                                         session: dict[str, int]) -> None:
    prev = GENESIS
    for r in store.conn.execute("SELECT id, at, actor_id, actor_role, tbl, row_id, op,"
                                " before_json, after_json, prev_hash, hash FROM audit_log"
                                " ORDER BY id"):
        content = "".join("n;" if v is None else f"i{v};" if isinstance(v, int)
                          else f"s{len(v)}:{v};" for v in list(r)[:9])
        assert content == canonical(list(r)[:9])
        assert r["prev_hash"] == prev
        assert r["hash"] == hashlib.sha256((prev + content).encode()).hexdigest()
        prev = r["hash"]


def test_passwords_stay_out_of_the_log(store: Store, session: dict[str, int]) -> None:
    logged = [r[0] for r in store.conn.execute(
        "SELECT after_json FROM audit_log WHERE tbl = 'operators'")]
    assert logged and all("password" not in text for text in logged)


def test_sign_off_and_handover_carry_an_anchor_on_the_chain(
        store: Store, session: dict[str, int], db_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    snapshot = store.signoff.day_snapshot(DAY)
    assert snapshot is not None and snapshot.anchor is not None
    handover = store.shift.handover("dispatch")
    assert handover.anchor is not None and handover.anchor.audit_id < snapshot.anchor.audit_id
    row = store.conn.execute("SELECT hash FROM audit_log WHERE id = ?",
                             [snapshot.anchor.audit_id]).fetchone()
    assert row[0] == snapshot.anchor.hash
    assert parse_anchor(snapshot.anchor.label) == snapshot.anchor
    assert parse_anchor(f"{snapshot.anchor.rows}: {snapshot.anchor.grouped}") == snapshot.anchor
    head = store.audit.audit_anchor()
    assert head is not None and head.audit_id > snapshot.anchor.audit_id
    store.close()
    code, _ = _verify_cli(db_path, capsys, "--anchor", snapshot.anchor.label)
    assert code == 0
    wrong = Anchor(snapshot.anchor.audit_id, "0" * 64).label
    code, out = _verify_cli(db_path, capsys, "--anchor", wrong)
    assert code == 1 and f"audit row {snapshot.anchor.audit_id}" in out


# ---- writes outside the console ------------------------------------------------------------
def test_a_plain_sqlite3_connection_cannot_write_an_audited_table(
        store: Store, session: dict[str, int], db_path: Path) -> None:
    before = store.count("calls")
    conn = sqlite3.connect(db_path)
    try:
        with pytest.raises(sqlite3.OperationalError, match="audit_"):
            conn.execute("INSERT INTO calls (line, received_at, logged_at, day, priority,"
                         " disposition) VALUES ('110', 'x', 'x', '2026-11-29', 2, 'inquiry')")
        with pytest.raises(sqlite3.OperationalError, match="audit_"):
            conn.execute("UPDATE incidents SET stage = 'closed' WHERE id = ?",
                         [session["open"]])
        conn.rollback()
    finally:
        conn.close()
    assert store.count("calls") == before
    assert store.incidents.incident(session["open"]).stage == "intake"  # type: ignore[union-attr]
    assert verify(db_path).ok


def test_a_dropped_trigger_is_named(store: Store, session: dict[str, int], db_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    store.close()
    _tamper(db_path, "DROP TRIGGER audit_calls_update")
    code, out = _verify_cli(db_path, capsys)
    assert code == 1
    assert "audit_calls_update is missing" in out


def test_a_note_deleted_with_the_triggers_dropped_and_made_again_is_named(
        store: Store, session: dict[str, int], db_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    note_id = int(store.conn.execute(
        "SELECT id FROM incident_events WHERE kind = 'note'").fetchone()[0])
    store.close()
    guard = _trigger_sql(db_path, "incident_events_no_delete")
    logged = _trigger_sql(db_path, "audit_incident_events_delete")
    _tamper(db_path, "DROP TRIGGER incident_events_no_delete",
            "DROP TRIGGER audit_incident_events_delete",
            f"DELETE FROM incident_events WHERE id = {note_id}", guard, logged)
    report = verify(db_path)
    assert [p.code for p in report.problems] == ["row_missing"]
    assert f"incident_events row {note_id} (note of incident id {session['incident']})" \
        in report.problems[0].text
    code, out = _verify_cli(db_path, capsys)
    assert code == 1 and f"incident_events row {note_id}" in out


def test_a_note_rewritten_outside_the_console_is_named(
        store: Store, session: dict[str, int], db_path: Path) -> None:
    note_id = int(store.conn.execute(
        "SELECT id FROM incident_events WHERE kind = 'note'").fetchone()[0])
    store.close()
    names = ("incident_events_no_delete", "audit_incident_events_delete",
             "audit_incident_events_insert")
    saved = [_trigger_sql(db_path, n) for n in names]
    _tamper(db_path, *(f"DROP TRIGGER {n}" for n in names),
            "CREATE TEMP TABLE kept AS SELECT * FROM incident_events WHERE kind = 'note'",
            "DELETE FROM incident_events WHERE kind = 'note'",
            "INSERT INTO incident_events SELECT id, incident_id, at, operator_id, kind, stage,"
            " unit_code, '{\"text\": \"无异常\"}' FROM temp.kept", *saved)
    report = verify(db_path)
    assert [p.code for p in report.problems] == ["row_differs"]
    assert f"incident_events row {note_id}" in report.problems[0].text
    assert "无异常" in report.problems[0].text


def test_an_edited_audit_row_is_named(store: Store, session: dict[str, int], db_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    target, at = store.conn.execute(
        "SELECT id, at FROM audit_log WHERE tbl = 'incident_events' AND op = 'insert'"
        " AND json_extract(after_json, '$.kind') = 'note'").fetchone()
    store.close()
    guard = _trigger_sql(db_path, "audit_log_no_update")
    _tamper(db_path, "DROP TRIGGER audit_log_no_update",
            "UPDATE audit_log SET after_json = replace(after_json, '调取监控', '无需处理')"
            f" WHERE id = {target}", guard)
    report = verify(db_path)
    assert report.problems[0].code == "altered"
    assert report.problems[0].audit_id == target and report.problems[0].at == at
    code, out = _verify_cli(db_path, capsys)
    assert code == 1 and f"[audit row {target}, {at}] this row was altered" in out


def test_a_rewritten_chain_is_caught_by_the_sign_off_anchor(
        store: Store, session: dict[str, int], db_path: Path) -> None:
    """Whoever also recomputes every later hash still cannot match the anchor printed
    and stored with the sign-off."""
    target = int(store.conn.execute(
        "SELECT id FROM audit_log WHERE tbl = 'incident_events' AND op = 'insert'"
        " AND json_extract(after_json, '$.kind') = 'note'").fetchone()[0])
    store.close()
    guard = _trigger_sql(db_path, "audit_log_no_update")
    conn = sqlite3.connect(db_path)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET after_json = replace(after_json, '调取监控', '无需处理')"
                 " WHERE id = ?", [target])
    prev = conn.execute("SELECT hash FROM audit_log WHERE id = ?", [target - 1]).fetchone()[0]
    for row in conn.execute("SELECT id, at, actor_id, actor_role, tbl, row_id, op, before_json,"
                            " after_json FROM audit_log WHERE id >= ? ORDER BY id",
                            [target]).fetchall():
        forged = chain_hash(prev, *row)
        conn.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?",
                     [prev, forged, row[0]])
        prev = forged
    conn.execute(guard)
    conn.commit()
    conn.close()
    report = verify(db_path)
    codes = {p.code for p in report.problems}
    assert "altered" not in codes and "anchor" in codes
    assert any("signoff" in p.text for p in report.problems)
    assert any("handover" in p.text for p in report.problems)


def test_audit_rows_removed_are_named(store: Store, session: dict[str, int],
                                      db_path: Path) -> None:
    last = int(store.conn.execute("SELECT MAX(id) FROM audit_log").fetchone()[0])
    store.close()
    guard = _trigger_sql(db_path, "audit_log_no_delete")
    _tamper(db_path, "DROP TRIGGER audit_log_no_delete", "DELETE FROM audit_log WHERE id = 5",
            f"DELETE FROM audit_log WHERE id = {last}", guard)
    texts = _texts(verify(db_path))
    assert any("audit row 5 was removed" in t for t in texts)
    assert any(f"audit row {last} was removed from the end" in t for t in texts)


def test_an_incident_closed_by_sql_with_triggers_dropped_is_named(
        store: Store, session: dict[str, int], db_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    number = store.incidents.incident(session["open"]).number  # type: ignore[union-attr]
    store.close()
    names = [f"audit_incidents_{op}" for op in ("insert", "update", "delete")]
    saved = [_trigger_sql(db_path, n) for n in names]
    _tamper(db_path, *(f"DROP TRIGGER {n}" for n in names),
            "UPDATE incidents SET stage = 'closed', closed_at = stage_at"
            f" WHERE id = {session['open']}", *saved)
    report = verify(db_path)
    assert {p.code for p in report.problems} == {"row_differs", "stage"}
    assert all(number in t for t in _texts(report))
    assert any("stage: 'intake' -> 'closed'" in t for t in _texts(report))
    code, out = _verify_cli(db_path, capsys)
    assert code == 1 and f"incident {number}" in out and "event log says 'intake'" in out


# ---- reads of DV details -------------------------------------------------------------------
@pytest.fixture
def dv_desk(store: Store) -> Operator:
    acting, store.actor = store.actor, None  # accounts are added by the system (an admin)
    try:
        return store.accounts.add_operator("dv01", "赵敏", "dv_desk", "secret-110")
    finally:
        store.actor = acting


def _reads(store: Store) -> list[tuple[int | None, int, str]]:
    return [(r.operator_id, r.incident_id, r.view) for r in store.audit.audit_reads()]


def test_dv_details_read_by_the_dv_desk_are_logged(
        store: Store, session: dict[str, int], dv_desk: Operator, operator: Operator,
        db_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    dv = session["dv"]
    store.actor = operator  # a call-taker sees the flag, not the details: nothing to log
    assert store.incidents.incident(dv).summary == ""  # type: ignore[union-attr]
    store.actor = dv_desk
    assert _reads(store) == []
    assert store.incidents.incident(dv).summary == "丈夫殴打，孩子在场"  # type: ignore[union-attr]
    store.incidents.timeline(dv)
    store.incidents.incident_callers(dv)
    store.incidents.incident(session["incident"])  # not a DV incident
    assert _reads(store) == [(dv_desk.id, dv, "incident")]  # one entry per operator and while
    read = store.audit.audit_reads()[0]
    assert read.operator == "赵敏" and read.role == "dv_desk"
    assert read.incident_number == store.incidents.incident(dv).number  # type: ignore[union-attr]
    assert read.at[:10] == datetime.now(UTC).date().isoformat()
    store.actor = None
    store.close()
    assert verify(db_path).ok
    today = datetime.now(UTC).date()
    monkeypatch.setenv("CONSOLE110_PASSWORD", "secret-110")  # the DV desk asks for its reads
    assert main(["audit-reads", "--db", str(db_path), "--as", "dv01",
                 "--since", today.isoformat()]) == 0
    out = capsys.readouterr().out
    assert "赵敏 (dv_desk)" in out and read.incident_number in out
    later = date(today.year + 1, 1, 1).isoformat()
    assert main(["audit-reads", "--db", str(db_path), "--as", "dv01", "--since", later]) == 0
    assert capsys.readouterr().out == ""


def test_the_read_log_is_for_the_dv_desk_supervisors_and_administrators(
        store: Store, session: dict[str, int], operator: Operator, dv_desk: Operator) -> None:
    store.actor = operator
    with pytest.raises(PermissionError):
        store.audit.audit_reads()
    store.actor = dv_desk
    assert store.audit.audit_reads() == []


def test_a_read_never_waits_for_another_seats_write(
        store: Store, session: dict[str, int], dv_desk: Operator, operator: Operator,
        db_path: Path) -> None:
    store.actor = dv_desk
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another seat is saving right now
    try:
        started = time.perf_counter()
        assert store.incidents.incident(session["dv"]) is not None
        assert time.perf_counter() - started < 1.0
    finally:
        other.execute("COMMIT")
        other.close()
    assert _reads(store) == []  # kept: the file was busy
    store.incidents.add_note(session["incident"], "补充说明", dv_desk.id)  # this seat's next write
    assert _reads(store) == [(dv_desk.id, session["dv"], "incident")]


# ---- bulk loads and older databases -------------------------------------------------------
@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("audit_demo") / "demo.db"
    assert main(["demo", "--db", str(path), "--days", "5", "--end", "2026-11-29"]) == 0
    return path


@pytest.fixture
def demo_copy(demo_file: Path, tmp_path: Path) -> Iterator[Path]:
    copy = tmp_path / "demo.db"
    with sqlite3.connect(demo_file) as src, sqlite3.connect(copy) as dst:
        src.backup(dst)
    yield copy


def test_a_five_day_demo_database_verifies_clean(
        demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    code, out = _verify_cli(demo_file, capsys)
    assert code == 0, out
    with sqlite3.connect(demo_file) as conn:
        loads = {r[0]: json.loads(r[1])["rows"] for r in conn.execute(
            "SELECT tbl, after_json FROM audit_log WHERE op = 'bulk_load'")}
        assert loads["calls"] == conn.execute("SELECT COUNT(*) FROM calls").fetchone()[0]
        inserted = conn.execute(  # the DV desk's measures, written after the load
            "SELECT COUNT(*) FROM audit_log WHERE tbl = 'incident_events' AND op = 'insert'"
        ).fetchone()[0]
        assert loads["incident_events"] + inserted == conn.execute(
            "SELECT COUNT(*) FROM incident_events").fetchone()[0]


def test_work_after_a_demo_load_verifies_clean(demo_copy: Path) -> None:
    with Store.open(demo_copy) as store:
        supervisor_id = store.conn.execute(
            "SELECT id FROM operators WHERE username = 'zhibanzhang'").fetchone()[0]
        store.actor = store.accounts.operator(int(supervisor_id))
        incident = store.incidents.open_incidents()[0]
        store.incidents.add_note(incident.id, "值班长已督办", None)
        store.escalation.escalate_due()
    assert verify(demo_copy).ok, _texts(verify(demo_copy))


def test_a_bulk_loaded_incident_closed_by_sql_is_named(demo_copy: Path) -> None:
    with sqlite3.connect(demo_copy) as conn:
        iid, number = conn.execute("SELECT id, number FROM incidents WHERE stage = 'intake'"
                                   " ORDER BY id LIMIT 1").fetchone()
    names = [f"audit_incidents_{op}" for op in ("insert", "update", "delete")]
    saved = [_trigger_sql(demo_copy, n) for n in names]
    _tamper(demo_copy, *(f"DROP TRIGGER {n}" for n in names),
            f"UPDATE incidents SET stage = 'closed' WHERE id = {iid}", *saved)
    report = verify(demo_copy)
    assert {p.code for p in report.problems} == {"vouch_differs", "stage"}
    assert any(f"incident {number}" in t and "'closed'" in t for t in _texts(report))
    first = (iid // 256) * 256
    assert any(f"incidents rows {first}–{first + 255}" in t for t in _texts(report))


def test_an_older_database_is_vouched_for_when_its_audit_begins(db_path: Path) -> None:
    from console.store.connection import open_database

    before = [f for f in migration_files() if f.name < "0009"]
    db = open_database(db_path, files=before)
    db.conn.execute("INSERT INTO settings (key, value) VALUES ('kept', 'yes')")
    db.conn.execute("INSERT INTO operators (username, display_name, role, password_hash,"
                    " created_at) VALUES ('old', '老用户', 'call_taker', 'x', '2020-01-01')")
    db.conn.commit()
    db.conn.close()
    Store.open(db_path).close()
    report = verify(db_path)
    assert report.ok, _texts(report)
    with sqlite3.connect(db_path) as conn:
        started = {r[0] for r in conn.execute(
            "SELECT tbl FROM audit_log WHERE op = 'audit_start'")}
    assert started == {"settings", "operators"}
    names = [f"audit_operators_{op}" for op in ("insert", "update", "delete")]
    saved = [_trigger_sql(db_path, n) for n in names]
    _tamper(db_path, *(f"DROP TRIGGER {n}" for n in names),
            "UPDATE operators SET role = 'supervisor' WHERE username = 'old'", *saved)
    assert [p.code for p in verify(db_path).problems] == ["vouch_differs"]


def test_a_database_without_an_audit_is_said_so(db_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    from console.store.connection import open_database

    open_database(db_path, files=migration_files()[:1]).conn.close()
    code, out = _verify_cli(db_path, capsys)
    assert code == 1 and "no audit trail" in out


def test_dv_details_shown_in_lists_are_logged_once_per_operator(
        store: Store, session: dict[str, int], dv_desk: Operator, operator: Operator,
        db_path: Path) -> None:
    """The board and the caller history show DV details to the DV desk too: those reads
    are logged as the single-incident ones are (once per operator and while)."""
    dv = session["dv"]
    store.actor = operator  # a call-taker's board shows the flag only: nothing to log
    assert any(i.id == dv for i in store.incidents.open_incidents())
    store.actor = dv_desk
    assert _reads(store) == []
    board = {i.id: i for i in store.incidents.open_incidents()}
    assert board[dv].summary == "丈夫殴打，孩子在场"
    store.incidents.open_incidents()  # the board reloads: not logged again
    number = store.calls.call(store.incidents.incident_callers(dv)[0].call_id)["caller_number"]
    store.lookup.history(str(number), "")
    assert [(r[0], r[1]) for r in _reads(store)] == [(dv_desk.id, dv)]
    assert _reads(store)[0][2] == "board"
    store.actor = None
    store.close()
    assert verify(db_path).ok
