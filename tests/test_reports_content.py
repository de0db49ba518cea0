"""What the reports say about the same period last year, and how the sheets speak to people.

"No data" is decided in the store: the earlier period has no call at all in the database.
Then the view, the PDF and the XLSX show "—" and the JSON null; a quiet period with data
(a jurisdiction with no call while the city had some) still shows its zeros.
"""

from __future__ import annotations

import csv
import json
import unicodedata
from datetime import UTC, date, datetime
from pathlib import Path

import openpyxl
import pytest
from figures_dataset import Dataset

from console.domain.figures import BY_KEY, FIGURES, Period, compared, growth
from console.reports import export, make_report
from console.store import Store

BOTH_ENGINES = True  # each store test runs on SQLite and on PostgreSQL

DAY = date(2026, 11, 28)
LAST_YEAR = date(2025, 11, 28)
COMPARED = [f for f in FIGURES if f.compare]


def _calls(store: Store, day: date, n: int, jurisdiction: str = "340403") -> None:
    data = Dataset(store)
    with store.write():
        for i in range(n):
            data.call(datetime(day.year, day.month, day.day, 2 + i, tzinfo=UTC),
                      jurisdiction=jurisdiction)


def pdf_text(path: Path) -> str:
    """The text layer of every page (NFKC: shared glyphs map to Kangxi radicals, ⼯ for 工)."""
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    try:
        return unicodedata.normalize("NFKC", "\n".join(
            document.getAllText(p).text() for p in range(document.pageCount())))
    finally:
        document.close()


def _sheet_rows(path: Path, sheet: str) -> list[tuple[object, ...]]:
    return list(openpyxl.load_workbook(path)[sheet].iter_rows(values_only=True))


# -- deciding "no data" ---------------------------------------------------------------------

def test_a_period_without_any_call_has_no_data(store: Store) -> None:
    _calls(store, DAY, 3)
    assert store.figures.has_calls(Period.day(DAY))
    assert not store.figures.has_calls(Period.day(LAST_YEAR))
    previous = store.figures.tallies(Period.day(LAST_YEAR))
    assert previous.recorded is False
    assert previous["calls_total"] == 0  # what SQL counts; never shown as a comparison
    assert compared(previous, "calls_total") is None
    current = store.figures.tallies(Period.day(DAY))
    assert current.recorded is True
    assert all(rate is None for rate in growth(current, previous).values())


def test_a_quiet_jurisdiction_in_a_recorded_period_keeps_its_zeros(store: Store) -> None:
    _calls(store, DAY, 3)
    _calls(store, LAST_YEAR, 2, jurisdiction="340421")  # last year only in 寿县
    previous = store.figures.tallies(Period.day(LAST_YEAR, "340403"))
    assert previous.recorded is True and compared(previous, "calls_total") == 0
    current = store.figures.tallies(Period.day(DAY, "340403"))
    assert current["calls_total"] == 3 and growth(current, previous)["calls_total"] is None


def test_a_signed_snapshot_keeps_whether_it_had_data(store: Store, supervisor) -> None:  # type: ignore[no-untyped-def]
    _calls(store, DAY, 1)
    snapshot = store.signoff.sign_off_day(DAY, supervisor.id)
    assert store.signoff.day_snapshot(DAY).tallies.recorded is True  # type: ignore[union-attr]
    assert snapshot.tallies.recorded is True


# -- the report and its files ---------------------------------------------------------------

@pytest.fixture
def this_year_only(store: Store) -> Store:
    _calls(store, DAY, 4)
    return store


def test_report_lines_show_a_dash_without_last_years_data(this_year_only: Store) -> None:
    report = make_report(this_year_only, Period.day(DAY), "zh_CN")
    lines = {line.key: line for line in report.lines()}
    for fig in COMPARED:
        assert lines[fig.key].previous is None, fig.key
        assert lines[fig.key].previous_text == "—", fig.key
        assert lines[fig.key].growth_text == "—", fig.key
    assert lines["calls_total"].text == "4"
    assert all(line.growth_text in ("", "—") for line in report.centre_table)


def test_json_has_null_for_last_year_without_data(this_year_only: Store, tmp_path: Path) -> None:
    report = make_report(this_year_only, Period.day(DAY), "en")
    data = json.loads(export(report, "json", tmp_path / "d.json").read_text("utf-8"))
    assert data["previous_year"]["recorded"] is False
    assert set(data["previous_year"]["figures"]) == {f.key for f in FIGURES}
    assert all(v is None for v in data["previous_year"]["figures"].values())
    assert all(v is None for v in data["growth_pct"].values())
    assert data["figures"]["calls_total"] == 4


def test_json_keeps_last_years_figures_when_there_are_some(store: Store, tmp_path: Path) -> None:
    _calls(store, DAY, 4)
    _calls(store, LAST_YEAR, 2)
    report = make_report(store, Period.day(DAY), "en")
    data = json.loads(export(report, "json", tmp_path / "d.json").read_text("utf-8"))
    assert data["previous_year"]["recorded"] is True
    assert data["previous_year"]["figures"]["calls_total"] == 2
    assert data["previous_year"]["figures"]["incidents_total"] == 0
    assert data["growth_pct"]["calls_total"] == 100.0


def test_pdf_shows_a_dash_without_last_years_data(this_year_only: Store, tmp_path: Path,
                                                  qapp) -> None:  # type: ignore[no-untyped-def]
    report = make_report(this_year_only, Period.day(DAY), "en")
    text = pdf_text(export(report, "pdf", tmp_path / "d.pdf"))
    rows = [line.split() for line in text.splitlines()]
    assert ["Calls", "received", "4", "—", "—"] in rows  # figure, value, last year, growth
    assert ["Inquiries", "4", "—", "—"] in rows
    assert ["Duplicate", "calls", "0", "—", "—"] in rows


def test_xlsx_speaks_to_people(this_year_only: Store, tmp_path: Path) -> None:
    for lang, head in (("zh_CN", ("类别", "指标", "本期", "去年同期", "同比")),
                       ("en", ("Section", "Figure", "This period", "Same period last year",
                               "Year on year"))):
        report = make_report(this_year_only, Period.day(DAY), lang)
        path = export(report, "xlsx", tmp_path / f"d-{lang}.xlsx")
        rows = _sheet_rows(path, report.word("all_figures"))
        assert rows[0] == head
        assert len(set(rows[0])) == len(rows[0])  # no two columns headed alike
        keys = {f.key for f in FIGURES}
        cells = [c for row in rows for c in row if c is not None]
        assert not keys & {str(c) for c in cells}  # no internal key anywhere
        assert not any(str(c).startswith(("calls_by_", "incidents_by_")) for c in cells)
        by_label = {row[1]: row for row in rows[1:] if row[0] != ""}
        calls = by_label[BY_KEY["calls_total"].label(lang)]
        assert calls[2:] == (4, "—", "—")
        closure = by_label[BY_KEY["closure_rate_pct"].label(lang)]
        assert closure[3:] == (None, None)  # not compared with last year


def test_xlsx_money_reads_in_yuan(store: Store, tmp_path: Path) -> None:
    data = Dataset(store)
    with store.write():
        for day, recovered in ((DAY, 3_203_000), (LAST_YEAR, 1_601_500)):
            call = data.call(datetime(day.year, day.month, day.day, 3, tzinfo=UTC))
            data.fraud_report(call, None, frozen=1, recovered_fen=recovered, loss_fen=0,
                              stop=True)
    report = make_report(store, Period.day(DAY), "zh_CN")
    path = export(report, "xlsx", tmp_path / "m.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book["全部指标"]
    row = next(r for r in sheet.iter_rows(min_row=2) if r[1].value == "挽回损失金额")
    assert (row[2].value, row[3].value, row[4].value) == (32_030, 16_015, 100)
    assert "元" in row[2].number_format and "%" in row[4].number_format


def test_csv_is_for_programs(this_year_only: Store, tmp_path: Path) -> None:
    report = make_report(this_year_only, Period.day(DAY), "zh_CN")
    with open(export(report, "csv", tmp_path / "d.csv"), encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames == ["section", "key", "label", "value", "text",
                                     "previous_year", "growth_pct"]
        rows = {r["key"]: r for r in reader}
    assert rows["calls_total"]["value"] == "4"
    assert rows["calls_total"]["previous_year"] == "" and rows["calls_total"]["growth_pct"] == ""
