"""An import's report in the administrator's words: what was read, written and skipped, the
bad rows by line, the unmapped values, and every notice with a translated heading (the
notice's own detail, from the importer, follows it)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from console.store.importer import ImportReport

MAX_BAD_SHOWN = 200  # the rest are counted; the command line lists them all
translate = QCoreApplication.translate


def notice_heading(code: str) -> str:
    """A notice's kind in the user's language ("" for a kind without its own words)."""
    return {
        "bom": translate("ImportReport", "Byte-order mark at the start"),
        "blank_column": translate("ImportReport", "Column without a name"),
        "duplicate_column": translate("ImportReport", "Column named twice"),
        "missing_column": translate("ImportReport", "Optional column missing"),
        "header_alias": translate("ImportReport", "Column found under another name"),
        "no_final_newline": translate(
            "ImportReport", "The file does not end with a new line (its last line may be cut "
            "short)"),
        "blank_header_line": translate("ImportReport", "Blank lines before the header"),
        "header_line": translate("ImportReport", "Header not on the first line"),
        "repeated_header": translate("ImportReport", "Header repeated inside the file"),
        "blank_lines": translate("ImportReport", "Blank lines skipped"),
        "daylight_saving": translate("ImportReport", "Daylight-saving hours"),
        "already_imported": translate("ImportReport", "Rows imported before: skipped"),
        "repeated_row": translate("ImportReport", "Rows repeated in this import: skipped"),
        "resumed": translate("ImportReport", "An import left incomplete was finished"),
        "units_added": translate("ImportReport", "Units added to incidents imported before"),
        "code_table_clash": translate("ImportReport", "Code listed twice in a code table"),
    }.get(code, "")


def _number(value: int) -> str:
    return f"{value:,}"


def _where(file: str, line: int) -> str:
    if not line:
        return file
    return translate("ImportReport", "{file}, line {line}").format(file=file, line=line)


def headline(report: ImportReport) -> str:
    """One line: finished, or cancelled (before or while writing)."""
    if report.cancelled and report.run_id is None:
        return translate("ImportReport", "Import cancelled while checking: nothing was written.")
    if report.cancelled:
        return translate(
            "ImportReport", "Import cancelled: {calls} calls were written in whole batches; "
            "the run is left incomplete, and importing the same file with the same mapping "
            "again finishes it.").format(calls=_number(report.imported))
    return translate("ImportReport", "Import finished: {calls} calls imported.").format(
        calls=_number(report.imported))


def refused_headline(report: ImportReport) -> str:
    return translate(
        "ImportReport", "{count} bad row(s): nothing was imported. Correct them, or tick "
        "\"Skip bad rows\" to import the rest.").format(count=_number(report.bad_count))


def _figures(report: ImportReport) -> list[tuple[str, str]]:
    rate = report.rows / report.seconds if report.seconds else 0.0
    figures = [
        (translate("ImportReport", "Files"), ", ".join(report.files)),
        (translate("ImportReport", "Mapping"), report.mapping),
        (translate("ImportReport", "Rows read"), _number(report.rows)),
        (translate("ImportReport", "Calls imported"), _number(report.imported)),
        (translate("ImportReport", "Incidents"), _number(report.incidents)),
        (translate("ImportReport", "Skipped as imported before"),
         _number(report.already + report.repeated)),
        (translate("ImportReport", "Bad rows skipped"), _number(report.bad_count)),
        (translate("ImportReport", "Calls in \"unmapped\""), _number(report.unmapped_calls)),
    ]
    if report.unit_rows:
        figures.append((translate("ImportReport", "Unit rows joined to their incident"),
                        _number(report.unit_rows)))
    if report.units_added:
        figures.append((translate("ImportReport", "Units added to incidents imported before"),
                        _number(report.units_added)))
    if report.run_id is not None:
        figures.append((translate("ImportReport", "Import run"), str(report.run_id)))
    figures.append((translate("ImportReport", "Time"),
                    translate("ImportReport", "{seconds} s ({rate} rows/s)").format(
                        seconds=f"{report.seconds:,.1f}", rate=f"{rate:,.0f}")))
    return figures


def _section(title: str, items: list[str]) -> str:
    return (f"<h4>{escape(title)}</h4><ul>"
            + "".join(f"<li>{item}</li>" for item in items) + "</ul>")


def report_html(report: ImportReport, head: str) -> str:
    """The whole report as simple HTML for a read-only text view."""
    parts = [f"<p><b>{escape(head)}</b></p>", "<table cellspacing='0' cellpadding='2'>"]
    parts += [f"<tr><td>{escape(name)}</td><td>&nbsp;&nbsp;{escape(value)}</td></tr>"
              for name, value in _figures(report)]
    parts.append("</table>")
    if report.notices:
        items = []
        for notice in report.notices:
            heading = notice_heading(notice.code)
            text = escape(f"{_where(notice.file, notice.line)}: {notice.detail}")
            items.append(f"<b>{escape(heading)}</b> — {text}" if heading else text)
        parts.append(_section(translate("ImportReport", "Notices"), items))
    if report.unmapped:
        items = []
        for name, counts in report.unmapped.items():
            for raw, count in counts.most_common():
                label = report.label(name, raw)
                value = (raw or translate("ImportReport", "(empty)")) + (
                    f" ({label})" if label else "")
                items.append(escape(translate(
                    "ImportReport", "{field}: {value} — {count} row(s)").format(
                        field=name, value=value, count=_number(count))))
        parts.append(_section(translate("ImportReport", "Unmapped values"), items))
    if report.bad_rows:
        items = [escape(f"{_where(row.file, row.line)}: {row.reason}")
                 for row in report.bad_rows[:MAX_BAD_SHOWN]]
        more = report.bad_count - min(len(report.bad_rows), MAX_BAD_SHOWN)
        if more > 0:
            items.append(escape(translate(
                "ImportReport", "… and {count} more (console110 import-calls lists them "
                "all)").format(count=_number(more))))
        parts.append(_section(translate("ImportReport", "Bad rows"), items))
    return "".join(parts)
