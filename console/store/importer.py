"""Importing historical calls from other systems' CSV exports, in one transaction.

Every row becomes a call (source `import:<mapping>`); a row whose mapped
category is an incident kind also becomes an incident numbered from the
daily sequence, with its stage events written to `incident_events` (no
operator, detail `{"import": ...}`) so the event log stays the truth. Rows
are written with `executemany` in batches; ids are allocated up front while
the write lock is held. A bad row refuses the whole import (nothing written)
unless `skip_bad` is given; the run is recorded in `import_runs`.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from console.domain.access import Permission
from console.domain.addresses import address_key, number_key
from console.domain.calls import DISPOSITIONS
from console.domain.clock import local_day, to_stored
from console.domain.mapping import (
    UNMAPPED,
    BadRow,
    ImportedCall,
    Mapping,
    MappingError,
    Notice,
    RowConverter,
    SourceError,
    SourceFile,
    check_mapping,
    read_code_table,
    stage_steps,
)
from console.domain.numbering import format_incident_number
from console.domain.taxonomy import Category
from console.store.calls import next_incident_number
from console.store.service import Service

if TYPE_CHECKING:
    pass

ProgressFn = Callable[[int, int], None]
BATCH_ROWS = 5000
PROGRESS_EVERY = 5000
MAX_LISTED = 1000  # bad rows listed one by one; beyond that only counted

_INCIDENT_SQL = (
    "INSERT INTO incidents (id, number, day, seq, category_code, priority, jurisdiction_code,"
    " address, address_key, caller_number, summary, stage, stage_at, is_dv, is_enterprise,"
    " opened_at, dispatched_at, arrived_at, handled_at, closed_at, updated_at)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_CALL_SQL = (
    "INSERT INTO calls (id, line, received_at, logged_at, day, caller_number, number_key,"
    " address, address_key, jurisdiction_code, category_code, priority, summary, disposition,"
    " incident_id, is_dv, is_enterprise, source)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_EVENT_SQL = (
    "INSERT INTO incident_events (incident_id, at, kind, stage, detail)"
    " VALUES (?, ?, 'stage', ?, ?)"
)
_STAGE_COLUMNS = ("dispatched_at", "arrived_at", "handled_at", "closed_at")


def disposition_for(category: Category) -> str:
    """What an imported call was: an incident, or the non-incident its category implies."""
    if category.is_incident:
        return "incident"
    if category.tally_group == "non_police":
        return "transfer_12345"
    return category.tally_group if category.tally_group in DISPOSITIONS else "inquiry"


@dataclass
class ImportReport:
    """What an import read, wrote, skipped and noticed; printed by the CLI, kept in import_runs."""

    mapping: str
    files: list[str]
    rows: int = 0
    imported: int = 0
    incidents: int = 0
    bad_rows: list[BadRow] = field(default_factory=list)  # the first MAX_LISTED of them
    bad_count: int = 0
    notices: list[Notice] = field(default_factory=list)
    unmapped: dict[str, Counter[str]] = field(default_factory=dict)
    labels: dict[str, dict[str, str]] = field(default_factory=dict)
    categories: Counter[str] = field(default_factory=Counter)
    truncated: int = 0
    run_id: int | None = None
    first_call_id: int | None = None
    last_call_id: int | None = None
    seconds: float = 0.0

    @property
    def skipped(self) -> int:
        return self.bad_count

    def add_bad(self, row: BadRow) -> None:
        self.bad_count += 1
        if len(self.bad_rows) < MAX_LISTED:
            self.bad_rows.append(row)

    @property
    def unmapped_calls(self) -> int:
        return self.categories.get(UNMAPPED, 0)

    def label(self, name: str, raw: str) -> str:
        return self.labels.get(name, {}).get(raw, "")

    def to_json(self) -> str:
        return json.dumps({
            "notices": [n.text() for n in self.notices],
            "skipped": [b.text() for b in self.bad_rows],
            "unmapped": {k: dict(v.most_common()) for k, v in self.unmapped.items()},
            "categories": dict(self.categories.most_common()),
            "truncated": self.truncated,
        }, ensure_ascii=False)


class ImportRefused(Exception):
    """Bad rows without `skip_bad`: nothing was written; the report lists them."""

    def __init__(self, report: ImportReport):
        super().__init__(f"{report.skipped} bad row(s); nothing imported")
        self.report = report


@dataclass
class _Batch:
    incidents: list[tuple[object, ...]] = field(default_factory=list)
    calls: list[tuple[object, ...]] = field(default_factory=list)
    events: list[tuple[object, ...]] = field(default_factory=list)

    def flush(self, conn: sqlite3.Connection) -> None:
        conn.executemany(_INCIDENT_SQL, self.incidents)
        conn.executemany(_CALL_SQL, self.calls)
        conn.executemany(_EVENT_SQL, self.events)
        self.incidents.clear()
        self.calls.clear()
        self.events.clear()


def _max_id(conn: sqlite3.Connection, table: str) -> int:
    return int(conn.execute(f"SELECT COALESCE(MAX(id), 0) FROM {table}").fetchone()[0])


class ImportsService(Service):
    def import_calls(self, files: Iterable[Path | str], mapping: Mapping, *,
                     skip_bad: bool = False, operator_id: int | None = None, run_by: str = "",
                     progress: ProgressFn | None = None,
                     progress_every: int = PROGRESS_EVERY) -> ImportReport:
        """Import CSV exports with a mapping; one transaction, refused on bad rows.

        Raises `MappingError` for a mapping naming unknown codes, `SourceError`
        for a file without a usable header, `ImportRefused` for bad rows when
        `skip_bad` is false. In each case nothing is written.
        """
        self.require(Permission.IMPORT_CALLS, operator_id)
        started = time.perf_counter()
        ref = self.reference
        problems = check_mapping(mapping, ref.taxonomy, ref.jurisdiction_codes)
        if problems:
            raise MappingError(f"{mapping.path or mapping.name}: " + "; ".join(problems))
        paths = [Path(f) for f in files]
        for f in paths:
            if self.store.owns_file(f):
                raise SourceError(str(f), 0, "is the database itself, not a CSV export")
        sources = [SourceFile(f, mapping) for f in paths]
        report = ImportReport(mapping.name, [s.name for s in sources])
        report.labels = self._code_labels(mapping, sources, report)
        converter = RowConverter(mapping, ref.taxonomy, ref.jurisdiction_codes, report.labels)
        try:
            total = sum(max(s.count_lines() - 1, 0) for s in sources)
        except OSError as exc:
            raise SourceError(str(exc.filename or ""), 0,
                              f"cannot be read ({exc.strerror or exc})") from exc
        started_at = self.now_text()
        with self.write() as conn:
            writer = _Writer(conn, mapping, self.tz, ref.centre_code)
            writer.run_id = _max_id(conn, "import_runs") + 1
            self._note_earlier_runs(conn, mapping, report)
            for source in sources:
                for item in source.rows():
                    report.rows += 1
                    call = item if isinstance(item, BadRow) else converter.convert(source, item)
                    if isinstance(call, BadRow):
                        report.add_bad(call)
                    elif skip_bad or not report.bad_count:
                        writer.add(call)
                        report.categories[call.category.code] += 1
                    if progress and report.rows % progress_every == 0:
                        progress(report.rows, max(total, report.rows))
                report.notices.extend(source.notices)
            if report.bad_count and not skip_bad:
                report.seconds = time.perf_counter() - started
                raise ImportRefused(report)
            writer.finish()
            report.imported, report.incidents = writer.calls, writer.incidents
            report.unmapped = converter.unmapped.values
            report.truncated = converter.truncated
            if writer.calls:
                report.first_call_id = writer.first_call_id
                report.last_call_id = writer.next_call_id - 1
            report.run_id = writer.run_id
            report.seconds = time.perf_counter() - started
            conn.execute(
                "INSERT INTO import_runs (id, mapping, mapping_file, files, rows, imported,"
                " incidents, skipped, unmapped, report, first_call_id, last_call_id,"
                " operator_id, run_by, started_at, finished_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [writer.run_id, mapping.name, str(mapping.path or ""),
                 json.dumps(report.files, ensure_ascii=False), report.rows, report.imported,
                 report.incidents, report.skipped, report.unmapped_calls, report.to_json(),
                 report.first_call_id, report.last_call_id, operator_id, run_by, started_at,
                 self.now_text()],
            )
        if progress:
            progress(report.rows, report.rows)
        return report

    def _code_labels(self, mapping: Mapping, sources: list[SourceFile],
                     report: ImportReport) -> dict[str, dict[str, str]]:
        """Read the code tables a mapping names, next to the (first) data file."""
        labels: dict[str, dict[str, str]] = {}
        folder = sources[0].path.parent if sources else Path()
        for name, vmap in mapping.values.items():
            if vmap.table is None:
                continue
            path = folder / vmap.table.file
            if not path.is_file():
                raise SourceError(vmap.table.file, 0,
                                  f"code table for {name} not found next to the data ({folder})")
            labels[name], clashes = read_code_table(path, vmap.table)
            if clashes:
                report.notices.append(Notice(
                    path.name, 0, "code_table_clash",
                    f"code(s) listed twice with different labels, first kept:"
                    f" {', '.join(sorted(set(clashes)))}"))
        return labels

    def _note_earlier_runs(self, conn: sqlite3.Connection, mapping: Mapping,
                           report: ImportReport) -> None:
        """Importing a file twice doubles its calls: say so (the user may mean it)."""
        names = set(report.files)
        for run_id, files, started in conn.execute(
                "SELECT id, files, started_at FROM import_runs WHERE mapping = ? ORDER BY id",
                [mapping.name]):
            again = sorted(names & set(json.loads(files)))
            if again:
                shown = ", ".join(again[:3]) + (" ..." if len(again) > 3 else "")
                report.notices.append(Notice(
                    shown, 0, "imported_before",
                    f"{len(again)} file(s) already imported with this mapping in run {run_id}"
                    f" ({started[:10]})"))

    def import_runs(self) -> list[dict[str, object]]:
        """Every import run, newest first."""
        return [dict(r) for r in self.conn.execute(
            "SELECT * FROM import_runs ORDER BY id DESC")]

    def calls_per_day(self, first: date, last: date,
                      source: str | None = None) -> dict[str, int]:
        """Calls per tally day in `first`..`last` (optionally of one source)."""
        sql = "SELECT day, count(*) FROM calls WHERE day BETWEEN ? AND ?"
        args: list[object] = [first.isoformat(), last.isoformat()]
        if source is not None:
            sql += " AND source = ?"
            args.append(source)
        return {r[0]: int(r[1]) for r in self.conn.execute(sql + " GROUP BY day", args)}

    def calls_per_category(self, first: date, last: date,
                           source: str | None = None) -> dict[str, int]:
        """Calls per category code in the tally days `first`..`last`."""
        sql = ("SELECT COALESCE(category_code, ''), count(*) FROM calls"
               " WHERE day BETWEEN ? AND ?")
        args: list[object] = [first.isoformat(), last.isoformat()]
        if source is not None:
            sql += " AND source = ?"
            args.append(source)
        return {r[0]: int(r[1]) for r in self.conn.execute(
            sql + " GROUP BY COALESCE(category_code, '')", args)}


class _Writer:
    """Turns imported calls into rows with pre-allocated ids, flushed in batches."""

    def __init__(self, conn: sqlite3.Connection, mapping: Mapping, tz: tzinfo, centre: str):
        self.conn = conn
        self.mapping = mapping
        self.tz = tz
        self.centre = centre
        self.source = mapping.source_label
        self._name_json = json.dumps(mapping.name, ensure_ascii=False)
        self.first_call_id = self.next_call_id = _max_id(conn, "calls") + 1
        self.next_incident_id = _max_id(conn, "incidents") + 1
        self.seqs: dict[str, int] = {}
        self.batch = _Batch()
        self.calls = 0
        self.incidents = 0
        self.run_id = 0

    def _number(self, day: date) -> tuple[str, int, str]:
        text = day.isoformat()
        if text in self.seqs:
            self.seqs[text] += 1
            seq = self.seqs[text]
            return text, seq, format_incident_number(self.centre, day, seq)
        seq, number = next_incident_number(self.conn, self.centre, text, day)
        self.seqs[text] = seq
        return text, seq, number

    def add(self, call: ImportedCall) -> None:
        received = to_stored(call.received_at)
        day = local_day(call.received_at, self.tz)
        call_id = self.next_call_id
        self.next_call_id += 1
        category = call.category
        incident_id: int | None = None
        is_dv = category.desk == "dv"
        is_enterprise = category.desk == "enterprise"
        addr_key = address_key(call.address)
        if category.is_incident:
            incident_id = self._add_incident(call, call_id, day, received, addr_key,
                                             is_dv, is_enterprise)
        self.batch.calls.append((
            call_id, self.mapping.line, received, received, day.isoformat(),
            call.caller_number, number_key(call.caller_number), call.address, addr_key,
            call.jurisdiction_code, category.code, call.priority, call.summary,
            disposition_for(category), incident_id, int(is_dv), int(is_enterprise), self.source,
        ))
        self.calls += 1
        if len(self.batch.calls) >= BATCH_ROWS:
            self.batch.flush(self.conn)

    def _add_incident(self, call: ImportedCall, call_id: int, day: date, received: str,
                      addr_key: str, is_dv: bool, is_enterprise: bool) -> int:
        incident_id = self.next_incident_id
        self.next_incident_id += 1
        day_text, seq, number = self._number(day)
        steps = stage_steps(call.received_at, call.times, self.mapping.without_close_time)
        stored = {call.received_at: received}
        stored.update((t, to_stored(t)) for t in call.times.values())
        stage_times = {name: stored[call.times[name]] if name in call.times else None
                       for name in _STAGE_COLUMNS}
        last = steps[-1]
        stage_at = stored[last.at]
        self.batch.incidents.append((
            incident_id, number, day_text, seq, call.category.code, call.priority,
            call.jurisdiction_code, call.address, addr_key, call.caller_number, call.summary,
            last.stage.value, stage_at, int(is_dv), int(is_enterprise), received,
            stage_times["dispatched_at"], stage_times["arrived_at"], stage_times["handled_at"],
            stage_times["closed_at"], stage_at,
        ))
        # The detail is the JSON of {"import", "run", "call_id"[, "previous"][, "time_unknown"]},
        # written as text: json.dumps per event would be a tenth of the whole import.
        head = f'{{"import": {self._name_json}, "run": {self.run_id}, "call_id": {call_id}'
        previous: str | None = None
        for step in steps:
            detail = head
            if previous:
                detail += f', "previous": "{previous}"'
            if not step.known:
                detail += ', "time_unknown": true'
            self.batch.events.append((incident_id, stored[step.at], step.stage.value,
                                      detail + "}"))
            previous = step.stage.value
        self.incidents += 1
        return incident_id

    def finish(self) -> None:
        self.batch.flush(self.conn)
