"""The key-enterprise registry in the store: entries checked, searched, kept, imported whole."""

from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path

import pytest
from engines import REFUSED

from console.domain import credit_code
from console.domain.access import NotPermitted
from console.domain.calls import CallDraft
from console.domain.enterprises import COLUMNS, INACTIVE, EnterpriseDraft, initials, matches
from console.store import Store
from console.store.enterprise_registry import EnterpriseInUse, ImportRefused
from console.store.errors import InputRefused
from console.store.records import Operator

BOTH_ENGINES = True

VALID = "91350100M000100Y43"


def code(n: int) -> str:
    """A valid credit code: a Huainan division code, a serial, its check digit."""
    first17 = f"91340400MA{n:07d}"
    return first17 + credit_code.check_digit(first17)


def draft(n: int = 1, **changes: str) -> EnterpriseDraft:
    base = EnterpriseDraft(
        name=f"淮南市明达化工有限公司{n}", credit_code=code(n), address=f"田家庵区洞山路{n}号",
        jurisdiction_code="340402", industry="化工", contact_name="周涛",
        contact_phone="0554-6661234", bureau_leader="王建国", bureau_leader_phone="13905540001",
        station_leader="刘海", station_leader_phone="13905540002", officer="陈亮",
        officer_phone="13905540003")
    return replace(base, **changes)


@pytest.fixture
def desk(store: Store) -> Operator:
    op = store.accounts.add_operator("hq01", "赵敏", "enterprise_desk", "secret-110")
    store.actor = op
    return op


def test_credit_code_check_digit() -> None:
    assert credit_code.problem(VALID) is None
    assert credit_code.problem(VALID[:17] + "4") == "check_digit"
    assert credit_code.problem(VALID[:17]) == "length"
    assert credit_code.problem("91350100M000100I43") == "characters"
    assert credit_code.normalise(" ９１350100m000100y43 ") == VALID


def test_initials_and_matching() -> None:
    assert initials("淮南市明达化工有限公司") == "hnsmdhgyxgs"
    assert matches("mdhg", "淮南市明达化工有限公司", VALID, "洞山路1号")
    assert matches("洞山", "淮南市明达化工有限公司", VALID, "洞山路1号")
    assert matches("9135", "淮南市明达化工有限公司", VALID, "洞山路1号")
    assert not matches("xyz", "淮南市明达化工有限公司", VALID, "洞山路1号")


def test_add_search_edit(store: Store, desk: Operator) -> None:
    first = store.registry.add(draft(1))
    store.registry.add(draft(2, name="凤台县永安煤矿有限公司", address="凤台县城关镇1号",
                             jurisdiction_code="340421"))
    assert [e.id for e in store.registry.search("mdhg")] == [first]
    assert [e.draft.name for e in store.registry.search("", jurisdiction="340421")] == [
        "凤台县永安煤矿有限公司"]
    assert [e.id for e in store.registry.search(code(1).lower())] == [first]
    store.registry.edit(first, draft(1, officer="孙伟"))
    kept = store.registry.get(first)
    assert kept.draft.officer == "孙伟" and kept.updated_at is not None


def test_wrong_check_digit_refused(store: Store, desk: Operator) -> None:
    wrong = code(3)[:17] + ("0" if code(3)[17] != "0" else "1")
    with pytest.raises(InputRefused) as refused:
        store.registry.add(draft(3, credit_code=wrong))
    assert [(p.field, p.code) for p in refused.value.problems] == [
        ("credit_code", "credit_code_check_digit")]
    assert store.registry.search() == []


def test_three_persons_and_phones_required(store: Store, desk: Operator) -> None:
    with pytest.raises(InputRefused) as refused:
        store.registry.add(draft(4, station_leader="", officer_phone="call me"))
    assert {(p.field, p.code) for p in refused.value.problems} == {
        ("station_leader", "required"), ("officer_phone", "phone")}


def test_credit_code_registered_once(store: Store, desk: Operator) -> None:
    store.registry.add(draft(5))
    with pytest.raises(InputRefused) as refused:
        store.registry.add(draft(6, credit_code=code(5)))
    assert refused.value.problems[0].code == "registered"


def test_never_delete_one_with_incidents(store: Store, desk: Operator) -> None:
    ent = store.registry.add(draft(7))
    spare = store.registry.add(draft(8))
    store.actor = None
    taker = store.accounts.add_operator("ct01", "张明", "call_taker", "secret-110")
    store.actor = taker
    store.calls.log_call(CallDraft(address=draft(7).address, jurisdiction_code="340402",
                                   category_code="fight", disposition="incident",
                                   enterprise_flag=True), taker.id)
    store.actor = desk
    with pytest.raises(EnterpriseInUse):
        store.registry.delete(ent)
    store.registry.set_status(ent, INACTIVE)
    assert store.registry.get(ent).draft.status == INACTIVE
    assert store.registry.get(ent).incidents == 1
    store.registry.delete(spare)
    assert [e.id for e in store.registry.search()] == [ent]


def test_service_file(store: Store, desk: Operator) -> None:
    ent = store.registry.add(draft(9))
    store.registry.add_service_entry(ent, "visit", "2026-11-02", "陈亮", "走访，检查监控")
    store.registry.add_service_entry(ent, "request", "2026-11-20", "陈亮", "夜间巡逻请求")
    assert [(s.kind, s.day) for s in store.registry.service_file(ent)] == [
        ("request", "2026-11-20"), ("visit", "2026-11-02")]
    with pytest.raises(InputRefused):
        store.registry.add_service_entry(ent, "visit", "11/02", "", "")
    for day, code in (("2026-02-30", "date"), ("2026-11-30", "date_range"),
                      ("1989-12-31", "date_range")):
        with pytest.raises(InputRefused) as refused:
            store.registry.add_service_entry(ent, "visit", day, "陈亮", "走访")
        assert [(p.field, p.code) for p in refused.value.problems] == [("day", code)]


def test_call_taker_may_not_edit(store: Store, operator: Operator) -> None:
    store.actor = operator
    with pytest.raises(NotPermitted):
        store.registry.add(draft(10))


def _write(path: Path, rows: list[list[str]]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows(rows)
    return path


def test_import_rejects_bad_file_whole(store: Store, desk: Operator, tmp_path: Path) -> None:
    good = [getattr(draft(11), c) for c in COLUMNS]
    bad = [getattr(draft(12, credit_code=code(12)[:17] + "Z"), c) for c in COLUMNS]
    path = _write(tmp_path / "registry.csv", [list(COLUMNS), good, bad])
    with pytest.raises(ImportRefused) as refused:
        store.registry.import_csv(path)
    assert [(line, p.field) for line, p in refused.value.rows] == [(3, "credit_code")]
    assert store.registry.search() == []


def test_export_then_import_round_trip(store: Store, desk: Operator, tmp_path: Path) -> None:
    store.registry.add(draft(13))
    store.registry.add(draft(14))
    out = tmp_path / "out.csv"
    assert store.registry.export_csv(out) == 2
    with open(out, encoding="utf-8-sig", newline="") as src:
        rows = list(csv.reader(src))
    rows[1][COLUMNS.index("officer")] = "孙伟"
    rows.append([getattr(draft(15), c) for c in COLUMNS])
    assert store.registry.import_csv(_write(tmp_path / "in.csv", rows)) == (1, 2)
    assert sorted(e.draft.officer for e in store.registry.search()) == ["孙伟", "陈亮", "陈亮"]


def test_service_file_is_append_only(store: Store, desk: Operator) -> None:
    ent = store.registry.add(draft(16))
    store.registry.add_service_entry(ent, "contact", "2026-11-03", "陈亮", "电话联系")
    with pytest.raises(REFUSED, match="append-only"):
        store.conn.execute("UPDATE enterprise_service SET what = 'x'")
    store.conn.rollback()
    with pytest.raises(REFUSED, match="append-only"):
        store.conn.execute("DELETE FROM enterprise_service")
    store.conn.rollback()
    assert [s.what for s in store.registry.service_file(ent)] == ["电话联系"]


def test_export_xlsx(store: Store, desk: Operator, tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    store.registry.add(draft(17))
    out = tmp_path / "registry.xlsx"
    assert store.registry.export_xlsx(out) == 1
    sheet = openpyxl.load_workbook(out).active
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert rows[0] == list(COLUMNS)
    assert rows[1][COLUMNS.index("credit_code")] == code(17)
