"""An import's report in the administrator's words: what was read, written and skipped, the
bad rows by line, the unmapped values, and every notice with a translated heading. A notice's
detail and a bad row's reason are said from their code and values; one the report does not
know keeps the importer's (English) words."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from console.domain.mapping import BadRow, MappingError, Notice, Params, SourceError
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


_COUNTS = frozenset({"count", "second", "calls"})  # figures: with thousands separators


def _values(params: Params) -> dict[str, str]:
    """A message's values as text: counts grouped (1,234), numbers that name something (a
    line, a column, an import run) as they are."""
    return {k: _number(v) if k in _COUNTS and isinstance(v, int) else str(v)
            for k, v in params}


def time_name(field: str) -> str:
    """A source time's name (received, dispatched, …) in the user's language."""
    return {
        "received": translate("ImportReport", "received", "a call's time"),
        "dispatched": translate("ImportReport", "dispatched", "a call's time"),
        "arrived": translate("ImportReport", "arrived", "a call's time"),
        "handled": translate("ImportReport", "handled", "a call's time"),
        "closed": translate("ImportReport", "closed", "a call's time"),
    }.get(field, field)


def coded_field_name(field: str) -> str:
    """A coded field whose values a mapping translates (category, jurisdiction), in the
    user's language."""
    return {
        "category": translate("ImportReport", "call type"),
        "jurisdiction": translate("ImportReport", "jurisdiction"),
        "priority": translate("ImportReport", "priority"),
    }.get(field, field)


def _fill(template: str | None, values: dict[str, str], fallback: str) -> str:
    """A translated template filled with a message's values; the importer's own words when
    the report has no template for its code or a value is missing."""
    if template is None:
        return fallback
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return fallback


def notice_detail(notice: Notice) -> str:
    """A notice's detail in the user's language, from its code and values; the importer's
    own words for a notice the report does not know."""
    v = _values(notice.params)
    code = notice.code
    if code == "daylight_saving":
        code = f"daylight_saving:{v.get('kind', '')}"
    elif code == "repeated_row" and not v.get("columns"):
        code = "repeated_row:every_cell"
    template = {
        "daylight_saving:repeated": translate(
            "ImportReport", "{count} time(s) in the hour the clocks repeat (set back): read "
            "as its first occurrence (summer time), {second} of them as the second to keep "
            "their row's times in order"),
        "daylight_saving:skipped": translate(
            "ImportReport", "{count} time(s) in the hour the clocks skip (set forward), "
            "which no clock showed: read as if not yet set forward (02:30 as 03:30 summer "
            "time)"),
        "repeated_row:every_cell": translate(
            "ImportReport", "{count} row(s) the same as an earlier one in every cell: "
            "skipped, the first kept"),
        "bom": translate("ImportReport", "read as UTF-8"),
        "blank_column": translate("ImportReport", "column {column} has no name: ignored"),
        "duplicate_column": translate(
            "ImportReport", "the header \"{header}\" appears twice: column {column} "
            "ignored"),
        "missing_column": translate("ImportReport", "no column {names}: left empty"),
        "header_alias": translate(
            "ImportReport", "column \"{column}\" read from the header \"{header}\""),
        "no_final_newline": translate(
            "ImportReport", "its last line may be cut short (a copy or download stopped "
            "early?): check the file's last row"),
        "blank_header_line": translate("ImportReport", "a blank line where the header "
                                       "was expected: skipped"),
        "header_line": translate("ImportReport", "the header was found on line {at}"),
        "repeated_header": translate("ImportReport", "the header again inside the file: "
                                     "skipped"),
        "blank_lines": translate("ImportReport", "{count} blank line(s) skipped"),
        "already_imported": translate(
            "ImportReport", "{count} row(s) imported before with this mapping: skipped"),
        "repeated_row": translate(
            "ImportReport", "{count} row(s) the same as an earlier one ({columns}): "
            "skipped, the first kept"),
        "resumed": translate(
            "ImportReport", "import run {run} was left incomplete ({started}): its {calls} "
            "call(s) already written were skipped"),
        "units_added": translate(
            "ImportReport", "{count} unit(s) added to incidents imported before"),
        "code_table_clash": translate(
            "ImportReport", "code(s) listed twice with different labels, the first kept: "
            "{codes}"),
    }.get(code)
    return _fill(template, v, notice.detail)


def bad_row_reason(row: BadRow) -> str:
    """Why a row could not be imported, in the user's language (the importer's own words
    for a reason the report does not know)."""
    v = _values(row.params)
    for name in ("field", "previous"):
        if name in v:
            v[name] = time_name(v[name])
    if row.code in ("too_early", "in_future"):
        v["window"] = _fill(translate(
            "ImportReport", "times are accepted from {earliest} (local) to at most {minutes} "
            "minutes from now"), v, "")
        if not v["window"]:
            return row.reason
    template = {
        "field_count": translate("ImportReport", "{fields} fields, the header has {width}"),
        "no_received": translate("ImportReport", "no received time"),
        "no_time_format": translate(
            "ImportReport", "{field} time \"{text}\" matches no time format of the mapping "
            "({formats})"),
        "too_early": translate("ImportReport", "{field} time \"{text}\" is too early: "
                               "{window}"),
        "in_future": translate("ImportReport", "{field} time \"{text}\" is in the future: "
                               "{window}"),
        "out_of_order": translate("ImportReport", "{field} time is before the {previous} "
                                  "time"),
        "no_identity": translate("ImportReport", "no value in the identity column(s) "
                                 "{columns}"),
    }.get(row.code)
    return _fill(template, v, row.reason)


def _where(file: str, line: int) -> str:
    if not line:
        return file
    return translate("ImportReport", "{file}, line {line}").format(file=file, line=line)


def _said(where: str, what: str) -> str:
    """Where in the files, then what was found there (the language's own colon)."""
    return translate("ImportReport", "{where}: {what}").format(where=where, what=what)


def source_problem(error: SourceError | MappingError) -> str:
    """Why a file could not be imported at all, in the user's words where its code is known
    (the importer's own words otherwise, and for a mapping's faults, which name its keys)."""
    if not isinstance(error, SourceError):
        return str(error)
    v = _values(error.params)
    template = {
        "is_database": translate("ImportReport", "this is the console's database, not a CSV "
                                 "export"),
        "unreadable_file": translate("ImportReport", "the file cannot be read ({reason})"),
        "changed": translate("ImportReport", "the file changed while it was imported: import "
                             "run {run} is incomplete; import the file again to finish it"),
        "code_table_missing": translate("ImportReport", "the mapping's code table is not next "
                                        "to the data (in {folder})"),
        "code_table_columns": translate("ImportReport", "the code table needs the columns "
                                        "\"{code}\" and \"{label}\""),
        "missing_columns": translate(
            "ImportReport", "the header has no column {columns}: is this the right mapping "
            "for the file? (the header: {header})"),
        "binary": translate("ImportReport", "it holds NUL bytes: a binary file, not a CSV "
                            "export"),
        "encoding": translate("ImportReport", "it is not {encoding} text: set `encoding` in "
                              "the mapping"),
        "bad_csv": translate("ImportReport", "the CSV cannot be read ({reason})"),
        "no_header": translate("ImportReport", "there is no header line (an empty file?)"),
    }.get(error.code)
    said = _fill(template, v, "")
    return _said(_where(error.file, error.line), said) if said else str(error)


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
            text = escape(_said(_where(notice.file, notice.line), notice_detail(notice)))
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
                        field=coded_field_name(name), value=value, count=_number(count))))
        parts.append(_section(translate("ImportReport", "Unmapped values"), items))
    if report.bad_rows:
        items = [escape(_said(_where(row.file, row.line), bad_row_reason(row)))
                 for row in report.bad_rows[:MAX_BAD_SHOWN]]
        more = report.bad_count - min(len(report.bad_rows), MAX_BAD_SHOWN)
        if more > 0:
            items.append(escape(translate(
                "ImportReport", "… and {count} more (console110 import-calls lists them "
                "all)").format(count=_number(more))))
        parts.append(_section(translate("ImportReport", "Bad rows"), items))
    return "".join(parts)
