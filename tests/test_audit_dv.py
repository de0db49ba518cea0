"""The DV desk's decisions in the audit trail: who assessed, warned, applied, referred and
visited, chained like every audited write; what a person said or wrote never in the log."""

from __future__ import annotations

import json
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from console.domain.calls import CallDraft
from console.domain.clock import FixedClock, local_day, zone
from console.domain.dv.cases import CaseDetails
from console.domain.dv.safety import SafetyAnswers
from console.domain.dv.warnings import WarningDraft
from console.store import Store
from console.store.audit import AUDITED, verify
from console.store.migrations import migration_files
from console.store.records import Operator

BOTH_ENGINES = True  # each store test runs on SQLite and on PostgreSQL

VICTIM, ABUSER = "刘晓梅", "赵建国"
ADDRESS = "田家庵区洞山中路77号"
SECRETS = (VICTIM, ABUSER, ADDRESS, "洞山中路", "13955507777", "掐脖子", "社区居委会",
           "上门查访情况", "当事人哭诉")
DV_TABLES = ("dv_call_safety", "dv_assessments", "dv_warnings", "dv_orders", "dv_referrals",
             "dv_visits", "dv_cases", "dv_case_incidents")


@pytest.fixture
def desk(store: Store) -> Operator:
    return store.accounts.add_operator("fjb01", "王芳", "dv_desk", "secret-110")


def desk_work(store: Store, operator: Operator, desk: Operator) -> int:
    """A DV call and everything the desk records about it, each field with a confidential
    word in it."""
    store.actor = operator
    saved = store.calls.log_call(
        CallDraft(category_code="dv_threat", address=ADDRESS, caller_number="13955507777",
                  caller_name=VICTIM, summary="当事人哭诉被丈夫殴打"), operator.id,
        dv_safety=SafetyAnswers("no", "no"))
    assert saved.incident_id is not None
    iid = saved.incident_id
    store.actor = desk
    store.dv.take(iid, desk.id)
    store.dv.assess(iid, ["strangulation"], "red", "当事人哭诉，曾被掐脖子",
                    operator_id=desk.id)
    case = store.dv.open_case(iid, CaseDetails(
        victim_name=VICTIM, abuser_name=ABUSER, relationship="spouse", injuries="掐脖子",
        threats="扬言杀人", safe_contact="13955507777"), operator_id=desk.id)
    store.dv.update_case(case, CaseDetails(victim_name=VICTIM, abuser_name=ABUSER,
                                           relationship="spouse", weapons=True),
                         operator_id=desk.id)
    warning = store.dv.issue_warning(iid, WarningDraft(ABUSER, VICTIM, "spouse", "掐脖子殴打",
                                                       "洞山社区居委会"), operator_id=desk.id)
    store.dv.record_served(warning.id, "abuser", operator_id=desk.id)
    order = store.dv.apply_order(iid, True, "田家庵区人民法院", operator_id=desk.id)
    store.dv.decide_order(order.id, "granted",
                          local_day(store.now(), store.tz) + timedelta(days=90),
                          operator_id=desk.id)
    referral = store.dv.refer(iid, "shelter", operator_id=desk.id)
    store.dv.referral_status(referral.id, "accepted", operator_id=desk.id)
    store.dv.record_visit(iid, "visit", "上门查访情况良好", operator_id=desk.id)
    return iid


def audit_rows(store: Store, table: str) -> list[tuple[object, ...]]:
    return [tuple(r) for r in store.conn.execute(
        "SELECT actor_id, actor_role, op, row_id, before_json, after_json FROM audit_log"
        " WHERE tbl = ? ORDER BY id", [table]).fetchall()]


def chain_sound(store: Store) -> bool:
    if store.url:
        from console.store.pg.audit import check_chain

        report = check_chain(store.conn)  # type: ignore[arg-type]
        return report.ok and report.rows > 0
    found = verify(store.path)
    assert found.ok, [p.line() for p in found.problems]
    return True


def test_an_assessment_is_logged_with_the_desk_operator_and_the_chain_holds(
        store: Store, operator: Operator, desk: Operator) -> None:
    iid = desk_work(store, operator, desk)
    [(actor, role, op, row_id, before, after)] = audit_rows(store, "dv_assessments")
    assert (actor, role, op, before) == (desk.id, "dv_desk", "insert", None)
    logged = json.loads(str(after))
    assert logged["incident_id"] == iid and logged["colour"] == "red"
    assert logged["assessed_by"] == desk.id and logged["answers"] == "strangulation"
    assert "reason" not in logged  # the desk's words stay in its own table
    assert row_id == store.dv.assessments(iid)[0].id
    for table in DV_TABLES:  # every decision of the desk is in the log
        assert audit_rows(store, table), table
    [update] = [r for r in audit_rows(store, "dv_orders") if r[2] == "update"]
    assert json.loads(str(update[5]))["decision"] == "granted" and update[0] == desk.id
    assert chain_sound(store)


def test_no_name_or_note_of_a_dv_case_is_copied_into_the_audit_log(
        store: Store, operator: Operator, desk: Operator) -> None:
    desk_work(store, operator, desk)
    logged = "\n".join(str(r[0]) + str(r[1]) for r in store.conn.execute(
        "SELECT before_json, after_json FROM audit_log WHERE tbl LIKE 'dv_%'"))
    for secret in SECRETS:
        assert secret not in logged, secret
    kept_out = {c for table in DV_TABLES for c in AUDITED[table]}
    for r in store.conn.execute("SELECT after_json FROM audit_log WHERE tbl LIKE 'dv_%'"
                                " AND op = 'insert'"):
        assert not kept_out & set(json.loads(str(r[0])))


@pytest.mark.sqlite_only
def test_a_database_upgraded_with_dv_work_is_vouched_for_and_a_change_by_sql_is_named(
        db_path: Path, clock: FixedClock) -> None:
    from console.domain.reference import default_reference
    from console.store.connection import open_database
    from console.store.reference_sync import sync_reference

    before = [f for f in migration_files() if f.name < "0014"]
    db = open_database(db_path, files=before)
    old = Store(db.conn, db_path, default_reference(), clock, zone(None), db=db)
    with old.write() as conn:  # what Store.open does first
        sync_reference(conn, old.reference)
    taker = old.accounts.add_operator("ct01", "张明", "call_taker", "secret-110")
    desk = old.accounts.add_operator("fjb01", "王芳", "dv_desk", "secret-110")
    desk_work(old, taker, desk)
    old.close()
    assert not verify(db_path).ok  # a file of 0013 no longer matches this console's trail

    with Store.open(db_path, clock=clock) as store:  # the upgrade: 0014 vouches for the rows
        store.actor = store.accounts.operator(desk.id)
        iid = int(store.conn.execute("SELECT MAX(id) FROM incidents").fetchone()[0])
        store.dv.assess(iid, [], operator_id=desk.id)
        started = {r[0] for r in store.conn.execute(
            "SELECT tbl FROM audit_log WHERE op = 'audit_start'")}
    assert set(DV_TABLES) <= started
    report = verify(db_path)
    assert report.ok, [p.line() for p in report.problems]

    conn = sqlite3.connect(db_path)
    names = [f"audit_dv_orders_{op}" for op in ("insert", "update", "delete")]
    saved = [str(conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", [n]).fetchone()[0])
             for n in names]
    for sql in (*(f"DROP TRIGGER {n}" for n in names),
                "UPDATE dv_orders SET decision = 'refused'", *saved):
        conn.execute(sql)
    conn.commit()
    conn.close()
    assert [p.code for p in verify(db_path).problems] == ["vouch_differs"]
