"""Reports: the yearly report reproduces a known year; every export reads back; no DV details."""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest
from figures_dataset import Dataset

from console.cli import main
from console.domain.figures import CENTRE_TABLE, FIGURES, Period
from console.reports import export, make_report
from console.store import Store
from console.store.records import Operator

YEAR = Period(date(2023, 1, 1), date(2023, 12, 31))
# A small year whose true figures are known: Huainan 2023 at about 1/1000 scale.
TRUE = {
    "calls_total": 1015, "calls_line_110": 800, "calls_line_122": 215,
    "calls_transfer_12345": 9, "incidents_total": 247, "incidents_criminal": 8,
    "incidents_public_order": 24, "incidents_traffic": 60, "turnouts_person_times": 565,
    "turnouts_assignments": 318, "people_caught": 10, "assist_missing_found": 2,
    "assist_selfharm_rescued": 1, "assist_trapped_rescued": 5,
    "assist_lost_property_returned": 12, "mediated_neighbour": 6, "mediated_economic": 13,
    "mediated_consumer": 10, "mediated_family": 9, "fraud_cases": 4,
    "fraud_accounts_frozen": 3, "fraud_money_recovered_fen": 3_203_000,
    "enterprise_incidents": 3, "enterprise_key_incidents": 2, "enterprises_concerned": 2,
    "incidents_street_posts": 62, "street_posts_share_pct": 25.1, "incidents_closed": 233,
    "closure_rate_pct": 94.33, "callbacks_reached": 200, "callbacks_satisfied": 199,
    "satisfaction_rate_pct": 99.5, "dv_incidents": 5, "dv_households": 4,
}
# Groups of the 247 incidents: (category, count, outcome per incident or None).
PLAN = [
    ("theft", 8, None), ("fight", 21, None), ("enterprise_security", 3, None),
    ("traffic_accident", 60, None), ("missing_person", 3, "found:2"),
    ("self_harm", 1, "rescued:1"), ("trapped", 6, "rescued:5"),
    ("lost_property", 13, "returned:12"), ("dispute_neighbour", 6, "mediated:6"),
    ("dispute_economic", 14, "mediated:13"), ("dispute_consumer", 11, "mediated:10"),
    ("dispute_family", 10, "mediated:9"), ("domestic_violence", 5, None),
    ("telecom_fraud", 4, None), ("fire", 10, None), ("other_assist", 72, None),
]
DV_VICTIM = ("秘密受害人", "13999990001", "谢家集区保密路99号")


def build_reference_year(store: Store) -> Dataset:
    data = Dataset(store)
    start = datetime(2023, 1, 1, 1, 0, tzinfo=UTC)
    lines = ["122"] * 215 + ["110"] * 800
    moments = [start + timedelta(hours=8.6 * i) for i in range(1015)]
    with store.write():
        ent = [data.enterprise(f"淮南市参考机械有限公司{i}", f"田家庵区参考路{i}号")
               for i in range(2)]
        incidents: list[tuple[int, int, str]] = []
        dv_done = 0
        for category, count, outcome in PLAN:
            kind, _, hits = (outcome or "::0").partition(":")
            for n in range(count):
                k = len(incidents)
                enterprise = ent[n] if category == "enterprise_security" and n < 2 else None
                is_dv = category == "domestic_violence"
                address = "田家庵区舜耕路1号"
                if is_dv:
                    address = DV_VICTIM[2] if dv_done < 2 else f"大通区家庭路{dv_done}号"
                    dv_done += 1
                incident_id, call_id = data.incident(
                    moments[k], category, line=lines[k], is_dv=is_dv,
                    is_enterprise=category == "enterprise_security", enterprise_id=enterprise,
                    stage="closed" if k < 233 else "on_scene", address=address,
                    caller_name=DV_VICTIM[0] if is_dv else "王某",
                    number=DV_VICTIM[1] if is_dv else "13800000000")
                incidents.append((incident_id, call_id, category))
                if kind and n < int(hits):
                    data.outcome(incident_id, assistance=kind if kind != "mediated" else "",
                                 mediated=kind == "mediated")
        for k, (incident_id, call_id, category) in enumerate(incidents):
            data.assign(incident_id, "DS01" if k < 62 else "PS-340403-01", 2)
            if k < 71:
                data.assign(incident_id, "PS-340402-01", 1)
            if category == "theft" and k < 5:
                data.outcome(incident_id, caught=2)
            if category == "telecom_fraud":
                data.fraud_report(call_id, incident_id, frozen=(0, 1, 1, 1)[k % 4],
                                  recovered_fen=800_750, loss_fen=1_000_000, stop=True)
            if k < 210:
                rating = ("not_reached" if k < 10 else "dissatisfied" if k == 10
                          else "satisfied" if k < 161 else "basically_satisfied")
                data.callback(incident_id, rating)
        for k in range(len(incidents), 1015):
            data.call(moments[k], line=lines[k],
                      disposition="transfer_12345" if k < len(incidents) + 9 else "inquiry")
        # The year before: only what the growth figures need.
        for k in range(974):
            data.call(datetime(2022, 1, 1, 2, tzinfo=UTC) + timedelta(hours=8.9 * k))
        report_call = data.call(datetime(2022, 6, 1, 2, tzinfo=UTC), disposition="incident")
        data.fraud_report(report_call, None, frozen=0, recovered_fen=2_093_500 - 0,
                          loss_fen=0, stop=False)
    return data


@pytest.fixture
def year_store(store: Store) -> Store:
    build_reference_year(store)
    return store


def test_the_yearly_report_reproduces_the_known_year(year_store: Store, tmp_path: Path) -> None:
    report = make_report(year_store, YEAR, "zh_CN")
    assert report.kind == "yearly_report"
    assert "2023" in report.title
    for key, value in TRUE.items():
        assert report.current.figures[key] == value, key
    assert report.previous.figures["calls_total"] == 975  # 974 + the fraud call
    assert report.growth["calls_total"] == round(100 * (1015 - 975) / 975, 2)
    assert report.growth["fraud_money_recovered_fen"] == 53.0
    table = {line.label: (line.text, line.growth_text) for line in report.centre_table}
    assert len(table) == len(CENTRE_TABLE)
    assert table["110接警总量（含122交通报警）"] == ("1,015", "+4.10%")
    assert table["处置警情 / 其中刑事 / 治安"][0] == "247 / 8 / 24"
    assert table["求助：找回走失 / 救助轻生 / 解救被困 / 找回遗失物品"][0] == "2 / 1 / 5 / 12"
    assert table["调解纠纷：邻里 / 经济 / 消费 / 婚恋家庭"][0] == "6 / 13 / 10 / 9"
    assert table["电信网络诈骗：处置警情 / 冻结账户 / 挽回损失"] == (
        "4 / 3 / 32,030.00 元", "+53.00%")
    assert table["街面警务站处警 / 占比 / 结案率 / 满意率"][0] == "62 / 25.10% / 94.33% / 99.50%"
    assert table["护企专席：涉重点企业警情 / 涉及企业"][0] == "2 / 2"
    assert table["出动警力（人次）"][0] == "565"

    path = export(report, "json", tmp_path / "year.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "console110-figures" and data["kind"] == "yearly_report"
    assert set(data["figures"]) == {f.key for f in FIGURES}
    for key, value in TRUE.items():
        assert data["figures"][key] == value, key
    assert data["previous_year"]["period"] == {"from": "2022-01-01", "to": "2022-12-31",
                                               "jurisdiction": None}
    assert data["labels"]["calls_total"] == "接警总数"


def test_every_export_reads_back(year_store: Store, tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtPdf import QPdfDocument

    report = make_report(year_store, YEAR, "zh_CN")
    with open(export(report, "csv", tmp_path / "y.csv"), encoding="utf-8-sig") as handle:
        rows = {r["key"]: r for r in csv.DictReader(handle)}
    assert rows["calls_total"]["value"] == "1015"
    assert rows["calls_total"]["label"] == "接警总数"
    assert rows["calls_total"]["growth_pct"] == "4.1"
    assert rows["incidents_by_group.criminal"]["value"] == "8"
    assert rows["incidents_by_group.criminal"]["label"] == "刑事"

    book = openpyxl.load_workbook(export(report, "xlsx", tmp_path / "y.xlsx"))
    assert book.sheetnames == ["中心工作数据一览", "全部指标"]
    table = book["中心工作数据一览"]
    assert table["A5"].value == "110接警总量（含122交通报警）"
    assert (table["B5"].value, table["C5"].value) == ("1,015", "+4.10%")
    figures = {r[1]: r for r in book["全部指标"].iter_rows(min_row=2, values_only=True)}
    assert figures["挽回损失金额"][2] == 32_030  # yuan, for people
    assert figures["出动警力（人次）"][2] == 565

    pdf = export(report, "pdf", tmp_path / "y.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    document = QPdfDocument()
    assert document.load(str(pdf)) == QPdfDocument.Error.None_
    assert document.pageCount() >= 2
    # NFKC: the PDF's text layer maps a few shared glyphs to Kangxi radicals (⼯ for 工).
    first = unicodedata.normalize("NFKC", document.getAllText(0).text())
    assert "中心工作数据一览" in first and "1,015" in first
    document.close()


def test_no_domestic_violence_details_leave_the_console(year_store: Store, tmp_path: Path,
                                                        qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtPdf import QPdfDocument

    report = make_report(year_store, YEAR, "zh_CN")
    for fmt in ("json", "csv"):
        text = export(report, fmt, tmp_path / f"r.{fmt}").read_text(encoding="utf-8-sig")
        assert not any(secret in text for secret in DV_VICTIM)
        assert "5" in text
    book = openpyxl.load_workbook(export(report, "xlsx", tmp_path / "r.xlsx"))
    cells = " ".join(str(c) for ws in book for row in ws.iter_rows(values_only=True)
                     for c in row if c is not None)
    assert "家暴警情" in cells and not any(secret in cells for secret in DV_VICTIM)
    document = QPdfDocument()
    document.load(str(export(report, "pdf", tmp_path / "r.pdf")))
    text = unicodedata.normalize("NFKC", " ".join(
        document.getAllText(p).text() for p in range(document.pageCount())))
    assert "家暴警情" in text and not any(secret in text for secret in DV_VICTIM)
    document.close()


def test_daily_briefing_in_english_shows_the_signoff_and_changes(
        store: Store, supervisor: Operator, tmp_path: Path) -> None:
    data = Dataset(store)
    with store.write():
        data.call(datetime(2026, 11, 28, 2, tzinfo=UTC))
    store.signoff.sign_off_day(date(2026, 11, 28), supervisor.id)
    with store.write():
        data.call(datetime(2026, 11, 28, 3, tzinfo=UTC), disposition="silent")
    report = make_report(store, Period.day(date(2026, 11, 28)), "en")
    assert report.kind == "daily_briefing"
    assert report.title == "110 Centre daily briefing"
    assert report.signoff is not None and report.signoff.signer == "李强"
    assert ("Calls received", "1", "2") in report.signoff.changed
    data_json = json.loads(export(report, "json", tmp_path / "d.json").read_text("utf-8"))
    assert data_json["signoff"]["figures"]["calls_total"] == 1
    assert {"key": "calls_silent", "signed": 0, "live": 1} in data_json["signoff"]["changed"]


def test_cli_report_writes_each_format(year_store: Store, db_path: Path, tmp_path: Path,
                                       capsys) -> None:  # type: ignore[no-untyped-def]
    year_store.close()
    out = tmp_path / "year.json"
    assert main(["report", "--db", str(db_path), "--from", "2023-01-01", "--to", "2023-12-31",
                 "--format", "json", "--out", str(out), "--lang", "en"]) == 0
    data = json.loads(out.read_text("utf-8"))
    assert data["figures"]["calls_total"] == 1015 and data["lang"] == "en"
    assert str(out) in capsys.readouterr().out
    pdf = tmp_path / "year.pdf"
    assert main(["report", "--db", str(db_path), "--from", "2023-01-01", "--to", "2023-12-31",
                 "--format", "pdf", "--out", str(pdf)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")


def test_cli_report_refuses_bad_dates(db_path: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "x.json"
    assert main(["report", "--db", str(db_path), "--from", "2023-12-31", "--to", "2023-01-01",
                 "--format", "json", "--out", str(out)]) == 2
    assert "--from" in capsys.readouterr().err
    assert not out.exists()
    assert main(["report", "--db", str(db_path), "--from", "2023-02-30", "--to", "2023-03-01",
                 "--format", "json", "--out", str(out)]) == 2
    assert not out.exists()


# -- the audit anchor on paper ----------------------------------------------------------------

def _pdf_words(path: Path) -> str:
    """The PDF's text layer with line breaks and spaces taken out (a hash may wrap)."""
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    try:
        text = "".join(document.getAllText(p).text() for p in range(document.pageCount()))
    finally:
        document.close()
    return "".join(unicodedata.normalize("NFKC", text).split())


def _printed(expected: str, words: str) -> bool:
    """Whether a text stands in a PDF's words, where the text layer may read a drawn "ff"
    ligature (a hash has them by chance, depending on the Latin font) as one other sign."""
    pattern = "(?:ff|.)".join(re.escape(part) for part in
                               unicodedata.normalize("NFKC", expected).split("ff"))
    return re.search(pattern, words) is not None


def test_the_signed_day_prints_the_anchor_stored_with_its_signoff(
        store: Store, supervisor: Operator, db_path: Path, tmp_path: Path,
        qapp) -> None:  # type: ignore[no-untyped-def]
    from console.domain.audit import Anchor
    from console.store.audit import verify

    data = Dataset(store)
    with store.write():
        data.call(datetime(2026, 11, 28, 2, tzinfo=UTC))
    snapshot = store.signoff.sign_off_day(date(2026, 11, 28), supervisor.id)
    assert snapshot.anchor is not None
    with store.write():  # later writes move the head on; the signed page keeps its anchor
        data.call(datetime(2026, 11, 28, 3, tzinfo=UTC))
    head = store.audit.audit_anchor()
    assert head is not None and head != snapshot.anchor
    report = make_report(store, Period.day(date(2026, 11, 28)), "zh_CN")
    assert report.anchor == snapshot.anchor
    words = _pdf_words(export(report, "pdf", tmp_path / "d.pdf"))
    assert _printed(f"审计链锚点（签核时）：{snapshot.anchor.label}", words)
    assert head.hash not in words
    english = make_report(store, Period.day(date(2026, 11, 28)), "en")
    words = _pdf_words(export(english, "pdf", tmp_path / "d-en.pdf"))
    assert english.anchor_text == f"Audit anchor (at sign-off): {snapshot.anchor.label}"
    assert _printed(f"):{snapshot.anchor.label}", words)

    # What is printed is what verify-audit accepts; a page with another hash is caught.
    assert verify(db_path, printed=[snapshot.anchor]).ok
    forged = Anchor(snapshot.anchor.audit_id, "f" * 64)
    refused = verify(db_path, printed=[forged])
    assert [p.code for p in refused.problems] == ["anchor"]
    assert main(["verify-audit", "--db", str(db_path), "--anchor", snapshot.anchor.label]) == 0
    assert main(["verify-audit", "--db", str(db_path), "--anchor", forged.label]) == 1


def test_an_unsigned_day_prints_the_head_at_printing(store: Store, db_path: Path,
                                                     tmp_path: Path) -> None:
    from console.store.audit import verify

    with store.write():
        Dataset(store).call(datetime(2026, 11, 28, 2, tzinfo=UTC))
    head = store.audit.audit_anchor()
    assert head is not None
    report = make_report(store, Period.day(date(2026, 11, 28)), "zh_CN")
    assert report.anchor == head
    assert report.anchor_text == f"审计链锚点（打印时）：{head.label}"
    assert verify(db_path, printed=[head]).ok


def test_the_handover_pdf_prints_the_anchor_stored_with_its_remarks(
        qtbot, store: Store, db_path: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from console.domain.audit import Anchor
    from console.store.audit import verify
    from console.ui.changes import ChangeWatcher
    from console.ui.context import ViewContext
    from console.ui.queues import HandoverDialog

    dispatcher = store.accounts.add_operator("ds01", "赵刚", "dispatcher", "secret-110")
    store.actor = dispatcher
    watcher = ChangeWatcher(store, interval_ms=50)
    try:
        dialog = HandoverDialog(ViewContext(store, dispatcher, "en", watcher), "dispatch")
        qtbot.addWidget(dialog)
        qtbot.waitUntil(dialog.is_loaded)
        head = store.audit.audit_anchor()
        assert head is not None  # nothing saved for this shift yet: the head at printing
        assert f"Audit anchor (at printing): {head.label}" in dialog.document().toPlainText()

        dialog.remarks.setPlainText("DS01 电台故障，已报修")
        with qtbot.waitSignal(dialog.anchored):
            dialog.save_remarks()
        stored = store.shift.handover("dispatch").anchor
        assert stored is not None and stored != head
        with store.write():  # the chain moves on; the note keeps the anchor of its remarks
            Dataset(store).call(datetime(2026, 11, 29, 1, tzinfo=UTC))
        pdf = dialog.export_pdf(tmp_path / "handover.pdf")
        words = _pdf_words(pdf)
        assert _printed("".join(f"Audit anchor (saved with the remarks): {stored.label}".split()),
                        words)
        assert store.audit.audit_anchor() != stored

        assert verify(db_path, printed=[stored]).ok
        wrong = Anchor(stored.audit_id + 1000, stored.hash)
        assert [p.code for p in verify(db_path, printed=[wrong]).problems] == ["anchor"]
    finally:
        watcher.stop()
