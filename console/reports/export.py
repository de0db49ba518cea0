"""Writing a report to a file: JSON (every figure under its stable key), CSV, XLSX, PDF."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import TYPE_CHECKING

from console.domain.clock import local_text
from console.domain.figures import (
    COUNT,
    FEN,
    PERCENT,
    PERSON_TIMES,
    SECONDS,
    Period,
    compared,
    differences,
)
from console.reports.content import Report, build_report

if TYPE_CHECKING:
    from console.store import Store

FORMATS: tuple[str, ...] = ("pdf", "xlsx", "csv", "json")
JSON_FORMAT = "console110-figures"
JSON_VERSION = 1


def make_report(store: Store, period: Period, lang: str = "zh_CN") -> Report:
    """Tally the period and the same period a year earlier, with the day's sign-off if any,
    and the audit anchor to print: the one stored with that sign-off, else the head now."""
    current = store.figures.tallies(period)
    previous = store.figures.tallies(period.year_earlier())
    snapshot = store.signoff.day_snapshot(period.first,
                                          period.jurisdiction) if period.is_day else None
    signed_anchor = snapshot.anchor if snapshot else None
    return build_report(
        current, previous, store.reference, lang,
        generated_at=local_text(store.now_text(), store.tz, seconds=False),
        signed=snapshot.tallies if snapshot else None,
        signer=snapshot.signer_name if snapshot else "",
        signed_at=local_text(snapshot.signed_at, store.tz, seconds=False) if snapshot else "",
        anchor=signed_anchor or store.audit.audit_anchor(),
        anchor_at_signoff=signed_anchor is not None)


def export(report: Report, fmt: str, path: Path | str) -> Path:
    """Write the report in one of FORMATS; the file is replaced only once complete."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    path = Path(path)
    partial = path.with_name(f".{path.name}.partial")
    try:
        if fmt == "pdf":
            from console.reports.pdf import write_pdf

            write_pdf(report, partial)
        else:
            {"json": write_json, "csv": write_csv, "xlsx": write_xlsx}[fmt](report, partial)
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
    return path


def report_data(report: Report) -> dict[str, object]:
    """The JSON document: keys as documented in docs/figures.md."""
    signed = report.signed
    return {
        "format": JSON_FORMAT,
        "version": JSON_VERSION,
        "kind": report.kind,
        "lang": report.lang,
        "title": report.title,
        "generated_at": report.generated_at,
        "period": report.current.period.to_dict(),
        "figures": dict(report.current.figures),
        "breakdowns": {k: dict(v) for k, v in report.current.breakdowns.items()},
        "previous_year": {"period": report.previous.period.to_dict(),
                          "recorded": report.previous.recorded,
                          "figures": {k: compared(report.previous, k)
                                      for k in report.previous.figures}},
        "growth_pct": dict(report.growth),
        "labels": {line.key: line.label for line in report.lines()},
        "signoff": None if signed is None or report.signoff is None else {
            "signed_by": report.signoff.signer,
            "signed_at": report.signoff.signed_at,
            "figures": dict(signed.figures),
            "changed": [
                {"key": d.key, "signed": d.signed, "live": d.live}
                for d in differences(signed.flat(), report.current.flat())],
        },
    }


def write_json(report: Report, path: Path) -> None:
    path.write_text(json.dumps(report_data(report), ensure_ascii=False, indent=2),
                    encoding="utf-8")


def _csv_rows(report: Report) -> list[list[object]]:
    """One row per figure then per breakdown cell: section, key, label, value, text, …"""
    rows: list[list[object]] = []
    for heading, lines in report.sections:
        for line in lines:
            rows.append([heading, line.key, line.label, line.value, line.text,
                         line.previous if line.previous_text else None,
                         line.growth])
    for _, heading, cells in report.breakdowns:
        for cell in cells:
            rows.append([heading, cell.key, cell.label, cell.value, f"{cell.value:,}",
                         None, None])
    return rows


CSV_COLUMNS = ("section", "key", "label", "value", "text", "previous_year", "growth_pct")


def write_csv(report: Report, path: Path) -> None:
    """For programs: every figure under its key, raw values, an empty cell where there is none
    (a previous year without data included). UTF-8 with a byte-order mark so that spreadsheet
    programs read the Chinese."""
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(CSV_COLUMNS)
        for row in _csv_rows(report):
            out.writerow(["" if v is None else v for v in row])


def _number_formats(lang: str) -> dict[str, dict[str, object]]:
    """Cell formats by unit, for people: money in yuan, the unit shown with the number."""
    zh = lang.startswith("zh")
    return {
        COUNT: {"num_format": "#,##0"},
        PERSON_TIMES: {"num_format": "#,##0"},
        FEN: {"num_format": '#,##0.00" 元"' if zh else '"¥"#,##0.00'},
        PERCENT: {"num_format": '0.00"%"'},
        SECONDS: {"num_format": '0.0" 秒"' if zh else '0.0" s"'},
        "growth": {"num_format": '+0.00"%";-0.00"%";0.00"%"'},
    }


def _cell_value(unit: str, value: int | float) -> int | float:
    return value / 100 if unit == FEN else value


def write_xlsx(report: Report, path: Path) -> None:
    import xlsxwriter  # only when asked: the summary opens without it (≈40 ms of imports)

    book = xlsxwriter.Workbook(str(path))
    try:
        bold = book.add_format({"bold": True})
        title = book.add_format({"bold": True, "font_size": 14})
        head = book.add_format({"bold": True, "bg_color": "#DDE6F0", "border": 1})
        w = report.word
        sheet = book.add_worksheet(w("centre_table")[:31])
        sheet.write(0, 0, report.title, title)
        sheet.write(1, 0, f"{w('period')}: {report.period_text}    "
                          f"{w('jurisdiction')}: {report.jurisdiction_text}")
        sheet.write_row(3, 0, [w("figure"), w("value"), w("growth")], head)
        for i, table_line in enumerate(report.centre_table, start=4):
            sheet.write_row(i, 0, [table_line.label, table_line.text, table_line.growth_text])
        sheet.set_column(0, 0, 58)
        sheet.set_column(1, 2, 30)

        # Every figure, for people: no keys (those are in the JSON and the CSV), numbers as
        # numbers in their unit, "—" where the same period last year has no data.
        sheet = book.add_worksheet(w("all_figures")[:31])
        sheet.write_row(0, 0, [w("section"), w("figure"), w("this_period"), w("previous_year"),
                               w("growth")], head)
        cell = {unit: book.add_format(spec) for unit, spec in _number_formats(report.lang).items()}
        none = book.add_format({"align": "right"})
        row = 1
        for heading, lines in report.sections:
            for line in lines:
                sheet.write(row, 0, heading)
                sheet.write(row, 1, line.label)
                for col, value in ((2, line.value), (3, line.previous)):
                    if col == 3 and not line.previous_text:
                        continue  # not compared with last year
                    if value is None:
                        sheet.write(row, col, "—", none)
                    else:
                        sheet.write(row, col, _cell_value(line.unit, value), cell[line.unit])
                if line.growth_text:
                    if line.growth is None:
                        sheet.write(row, 4, "—", none)
                    else:
                        sheet.write(row, 4, line.growth, cell["growth"])
                row += 1
        for _, heading, cells in report.breakdowns:
            for item in cells:
                sheet.write(row, 0, heading)
                sheet.write(row, 1, item.label)
                sheet.write(row, 2, item.value, cell[COUNT])
                row += 1
        sheet.set_column(0, 0, 18)
        sheet.set_column(1, 1, 34)
        sheet.set_column(2, 4, 18)
        sheet.freeze_panes(1, 0)
        if report.signoff is not None:
            sheet = book.add_worksheet(w("signed")[:31])
            sheet.write(0, 0, f"{w('signed_by')}: {report.signoff.signer}  "
                              f"{report.signoff.signed_at}", bold)
            sheet.write_row(2, 0, [w("figure"), w("signed_value"), w("live_value")], head)
            for i, (label, signed, live) in enumerate(report.signoff.changed, start=3):
                sheet.write_row(i, 0, [label, signed, live])
            sheet.set_column(0, 0, 40)
            sheet.set_column(1, 2, 18)
    finally:
        book.close()
