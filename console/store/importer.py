"""Importing historical calls from other systems' CSV exports, checked whole, written in batches.

Every row becomes a call (source `import:<mapping>`); a row whose mapped
category is an incident kind also becomes an incident numbered from the
daily sequence, with its stage events written to `incident_events` (no
operator, detail `{"import": ...}`) so the event log stays the truth. A
bad row refuses the whole import (nothing written) unless `skip_bad` is
given: every row is checked before the first is written. Rows are then
written with `executemany`, `BATCH_ROWS` calls per transaction, ids
allocated at the start of each batch while its write lock is held, so seats
go on saving between batches. Other seats' calls may therefore fall inside a
run's id range `first_call_id..last_call_id`: a run's calls are those of the
range with its source. The run is recorded in `import_runs` (see
`ImportsService.import_calls` for a run left incomplete), and the identity of
every source row it wrote in `import_rows`: the same export imported again adds
only the rows not seen before, and reports how many it skipped.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from console.domain.access import Permission
from console.domain.addresses import address_key, number_key
from console.domain.calls import DISPOSITIONS
from console.domain.clock import from_stored, local_day, to_stored
from console.domain.import_times import dst_texts
from console.domain.import_units import grouped
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
from console.store.counters import incident_counter
from console.store.dialect import POSTGRESQL, dialect_of, larger
from console.store.service import Service

if TYPE_CHECKING:
    pass

ProgressFn = Callable[[int, int], None]
BATCH_ROWS = 500  # calls per transaction: tens of milliseconds of write lock
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
_UNIT_SQL = (
    "INSERT INTO import_units (incident_id, unit, dispatched_at, arrived_at) VALUES (?, ?, ?, ?)"
)
_STAGE_COLUMNS = ("dispatched_at", "arrived_at", "handled_at", "closed_at")


def _files_label(files: list[str]) -> str:
    """The files of an import, as a notice about all of them names them."""
    shown = ", ".join(files[:3])
    return shown + (f" and {len(files) - 3:,} more file(s)" if len(files) > 3 else "")


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
    already: int = 0  # rows an earlier run wrote: skipped
    repeated: int = 0  # rows read twice in this run (the same identity): the first kept
    unit_rows: int = 0  # a run sheet's rows that joined an incident an earlier row opened
    units_added: int = 0  # units of incidents an earlier run wrote, added to them now
    dst: dict[str, int] = field(default_factory=dict)  # daylight-saving hours met, by case
    cancelled: bool = False  # stopped when asked (see `ImportsService.import_calls`)
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

    def uncount(self, call: ImportedCall) -> None:
        """Take a call that is not written (imported before) out of the run's counts."""
        self.categories[call.category.code] -= 1
        for name, raw in call.misses:
            self.unmapped[name][raw] -= 1
        self.categories = +self.categories  # drop what fell to zero
        self.unmapped = {k: +v for k, v in self.unmapped.items() if +v}

    @property
    def unmapped_calls(self) -> int:
        return self.categories.get(UNMAPPED, 0)

    def label(self, name: str, raw: str) -> str:
        return self.labels.get(name, {}).get(raw, "")

    def to_json(self, *, complete: bool = True, fingerprint: str = "") -> str:
        return json.dumps({
            "complete": complete,
            "fingerprint": fingerprint,
            "notices": [n.text() for n in self.notices],
            "skipped": [b.text() for b in self.bad_rows],
            "unmapped": {k: dict(v.most_common()) for k, v in self.unmapped.items()},
            "categories": dict(self.categories.most_common()),
            "truncated": self.truncated,
            "already_imported": self.already,
            "repeated": self.repeated,
            "unit_rows": self.unit_rows,
            "units_added": self.units_added,
            "daylight_saving": self.dst,
        }, ensure_ascii=False)


class _Stopped(Exception):
    """An import asked to stop: caught by `import_calls`, which returns its report."""


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
    units: list[tuple[object, ...]] = field(default_factory=list)

    def flush(self, conn: sqlite3.Connection) -> None:
        conn.executemany(_INCIDENT_SQL, self.incidents)
        conn.executemany(_CALL_SQL, self.calls)
        conn.executemany(_EVENT_SQL, self.events)
        conn.executemany(_UNIT_SQL, self.units)
        self.incidents.clear()
        self.calls.clear()
        self.events.clear()
        self.units.clear()


def _max_id(conn: sqlite3.Connection, table: str) -> int:
    return int(conn.execute(f"SELECT COALESCE(MAX(id), 0) FROM {table}").fetchone()[0])


def _fingerprint(paths: list[Path], mapping: Mapping) -> str:
    """What a run imported: the files' bytes and the mapping (a resumed run needs both)."""
    digest = hashlib.sha256(repr(mapping).encode())
    for path in paths:
        digest.update(path.name.encode() + b"\0")
        with path.open("rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
    return digest.hexdigest()


class _Run:
    """The `import_runs` row of one import, written with each batch."""

    def __init__(self, service: ImportsService, report: ImportReport, mapping: Mapping,
                 fingerprint: str, operator_id: int | None, run_by: str, started_at: str):
        self.service = service
        self.report = report
        self.mapping = mapping
        self.fingerprint = fingerprint
        self.operator_id = operator_id
        self.run_by = run_by
        self.started_at = started_at
        self.rows: list[tuple[str, str, int]] = []  # (mapping, identity, run) of a batch
        self.earlier: list[ImportedCall] = []  # a run sheet's incidents an earlier run wrote
        self.resuming = False  # rows this run wrote before it was cut short are not repeats

    def resume(self, row: dict[str, Any], writer: _Writer) -> None:
        """Go on with a run left incomplete: its id, its counts, its first call."""
        self.resuming = True
        writer.run_id = int(row["id"])
        writer.calls = int(row["imported"])
        writer.incidents = int(row["incidents"])
        if row["first_call_id"] is not None:
            writer.first_call_id = int(row["first_call_id"])
            writer.last_call_id = int(row["last_call_id"])

    def _new(self, conn: sqlite3.Connection, calls: list[ImportedCall],
             run_id: int) -> list[ImportedCall]:
        """The calls whose source rows no earlier batch or run wrote, recorded as written
        (their ids are those the writer gives next, in order)."""
        known: dict[str, int] = {}  # identity → the run that wrote it
        identities = list(dict.fromkeys(c.identity for c in calls))
        for start in range(0, len(identities), 500):
            chunk = identities[start:start + 500]
            known.update((r[0], int(r[1])) for r in conn.execute(
                "SELECT identity, run_id FROM import_rows WHERE mapping = ? AND identity IN"
                f" ({', '.join('?' * len(chunk))})", [self.mapping.name, *chunk]))
        new: list[ImportedCall] = []
        for call in calls:
            by = known.get(call.identity)
            if by is None:
                known[call.identity] = run_id
                new.append(call)
            else:
                if by == run_id and not self.resuming:
                    self.report.repeated += 1
                else:
                    self.report.already += 1
                if by != run_id or not self.resuming:  # not this run's: not in its counts
                    self.report.uncount(call)
                if by != run_id and call.units:
                    self.earlier.append(call)
        self.rows.extend((self.mapping.name, c.identity, run_id) for c in new)
        return new

    def _add_later_units(self, conn: sqlite3.Connection) -> None:
        """A run sheet's incident imported by an earlier run: the units it did not have yet
        (a later export listing another unit of it) are added to that incident."""
        calls, self.earlier = self.earlier, []
        incident_of: dict[str, int] = {}
        identities = [c.identity for c in calls]
        for start in range(0, len(identities), 500):
            chunk = identities[start:start + 500]
            incident_of.update((str(r[0]), int(r[1])) for r in conn.execute(
                "SELECT r.identity, c.incident_id FROM import_rows r"
                " JOIN calls c ON c.id = r.call_id WHERE r.mapping = ? AND c.incident_id"
                f" IS NOT NULL AND r.identity IN ({', '.join('?' * len(chunk))})",
                [self.mapping.name, *chunk]))
        ids = sorted(set(incident_of.values()))
        known: set[tuple[object, ...]] = set()
        for start in range(0, len(ids), 500):
            chunk_ids = ids[start:start + 500]
            known.update(tuple(r) for r in conn.execute(
                "SELECT incident_id, unit, dispatched_at, arrived_at FROM import_units"
                f" WHERE incident_id IN ({', '.join('?' * len(chunk_ids))})", chunk_ids))
        added: list[tuple[object, ...]] = []
        for call in calls:
            incident_id = incident_of.get(call.identity)
            if incident_id is None:
                continue
            for unit in call.units:
                row = (incident_id, unit.unit,
                       unit.dispatched_at and to_stored(unit.dispatched_at),
                       unit.arrived_at and to_stored(unit.arrived_at))
                if row not in known:
                    known.add(row)
                    added.append(row)
        conn.executemany(_UNIT_SQL, added)
        self.report.units_added += len(added)

    def write(self, writer: _Writer, calls: list[ImportedCall], *, final: bool) -> None:
        """One batch and the run's row, in one short transaction."""
        report = self.report
        with self.service.write() as conn:
            writer.begin(conn)
            if not writer.run_id:
                writer.run_id = _max_id(conn, "import_runs") + 1
                conn.execute(
                    "INSERT INTO import_runs (id, mapping, mapping_file, files, rows, imported,"
                    " incidents, skipped, unmapped, report, operator_id, run_by, started_at,"
                    " finished_at) VALUES (?, ?, ?, ?, ?, 0, 0, ?, ?, ?, ?, ?, ?, '')",
                    [writer.run_id, self.mapping.name, str(self.mapping.path or ""),
                     json.dumps(report.files, ensure_ascii=False), report.rows,
                     report.skipped, report.unmapped_calls,
                     report.to_json(complete=False, fingerprint=self.fingerprint),
                     self.operator_id, self.run_by, self.started_at])
            for call in self._new(conn, calls, writer.run_id):
                writer.add(call)
            writer.finish()
            self._add_later_units(conn)
            first = writer.last_call_id - len(self.rows) + 1
            conn.executemany(
                "INSERT INTO import_rows (mapping, identity, run_id, call_id) VALUES (?, ?, ?, ?)",
                [(*row, first + i) for i, row in enumerate(self.rows)])
            self.rows = []
            conn.execute(
                "UPDATE import_runs SET imported = ?, incidents = ?, first_call_id = ?,"
                " last_call_id = ?, report = ?, finished_at = ? WHERE id = ?",
                [writer.calls, writer.incidents, writer.first_call_id or None,
                 writer.last_call_id or None,
                 report.to_json(complete=final, fingerprint=self.fingerprint),
                 self.service.now_text() if final else "", writer.run_id])
            conn.execute("UPDATE import_runs SET unmapped = ? WHERE id = ?",
                         [report.unmapped_calls, writer.run_id])


class ImportsService(Service):
    def import_calls(self, files: Iterable[Path | str], mapping: Mapping, *,
                     skip_bad: bool = False, operator_id: int | None = None, run_by: str = "",
                     progress: ProgressFn | None = None, checking: ProgressFn | None = None,
                     progress_every: int = PROGRESS_EVERY, batch_rows: int = BATCH_ROWS,
                     after_batch: Callable[[int], None] | None = None,
                     stop: Callable[[], bool] | None = None) -> ImportReport:
        """Import CSV exports with a mapping: every row checked first, then written in
        short batches; refused on bad rows.

        The first pass reads and converts every row without touching the database, so a
        bad row (without `skip_bad`) refuses the import before anything is written. The
        second pass reads the files again and writes `batch_rows` calls per transaction
        (`checking` and `progress` are told how far each pass is, every `progress_every`
        rows; the first pass's total is the files' line count):
        a seat saving meanwhile waits for one batch (a fraction of a second), never for
        the whole file. `after_batch(calls_written)` is called after each commit, outside
        the write lock.

        The run is recorded in `import_runs` with its first batch and marked incomplete
        (`finished_at` empty, `"complete": false` in its report) until its last batch
        commits. If the process dies between batches, the batches committed stay, each
        whole; importing the same files with the same mapping again resumes that run: the
        calls already written are skipped and the rest written under the same run. Any
        other import skips the rows whose identity (`row_identity`) a run of the same
        mapping wrote (`report.already`), so a re-run of an export adds only what is new.

        `stop()` is asked before each row and each batch: once it answers True the import
        ends there and returns its report with `cancelled` set. Stopped while checking,
        nothing was written; stopped while writing, the batches committed stay (each whole,
        `imported` says how many calls) and the run is left incomplete, so importing the
        same files again finishes it.

        Raises `MappingError` for a mapping naming unknown codes, `SourceError` for a
        file without a usable header, `ImportRefused` for bad rows when `skip_bad` is
        false. In each case nothing is written.
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
                raise SourceError(str(f), 0, "is the database itself, not a CSV export",
                                  "is_database")
        sources = [SourceFile(f, mapping) for f in paths]
        report = ImportReport(mapping.name, [s.name for s in sources])
        report.labels = self._code_labels(mapping, sources, report)
        try:
            fingerprint = _fingerprint(paths, mapping)
        except OSError as exc:
            raise SourceError(str(exc.filename or ""), 0,
                              f"cannot be read ({exc.strerror or exc})", "unreadable_file",
                              (("reason", str(exc.strerror or exc)),)) from exc
        now = self.now()
        started_at = self.now_text()

        def converter() -> RowConverter:
            return RowConverter(mapping, ref.taxonomy, ref.jurisdiction_codes, report.labels,
                                now=now, centre_tz=self.tz)

        writers: list[_Writer] = []  # the one writing, once the check has passed

        def halt() -> None:
            """Stop here when asked: between rows, or between two batches."""
            if stop is None or not stop():
                return
            report.cancelled = True
            report.seconds = time.perf_counter() - started
            for writer in writers:
                report.imported, report.incidents = writer.calls, writer.incidents
                report.run_id = writer.run_id or None
                if writer.calls:
                    report.first_call_id = writer.first_call_id
                    report.last_call_id = writer.last_call_id
            raise _Stopped

        try:
            checked = converter()  # first pass: nothing written
            incidents: set[str] = set()  # a run sheet's, counted once
            lines = sum(s.count_lines() for s in sources) if checking else 0
            for source in sources:
                for item in source.rows():
                    halt()
                    report.rows += 1
                    if checking and report.rows % progress_every == 0:
                        checking(report.rows, max(lines, report.rows))
                    call = item if isinstance(item, BadRow) else checked.convert(source, item)
                    if isinstance(call, BadRow):
                        report.add_bad(call)
                    elif mapping.grouping is None or call.identity not in incidents:
                        if mapping.grouping is not None:
                            incidents.add(call.identity)
                        report.categories[call.category.code] += 1
                report.notices.extend(source.notices)
            if checking:
                checking(report.rows, report.rows)
            report.unmapped = checked.unmapped.values
            report.truncated = checked.truncated
            report.dst = dict(checked.dst)
            report.notices.extend(
                Notice(_files_label(report.files), 0, "daylight_saving", text, params)
                for text, params in dst_texts(checked.dst))
            if report.bad_count and not skip_bad:
                report.seconds = time.perf_counter() - started
                raise ImportRefused(report)
            good = report.rows - report.bad_count

            legacy_skip = 0
            with self.reading() as conn:
                resumed = self._incomplete_run(conn, mapping, report.files, fingerprint)
                if resumed is not None and not conn.execute(
                        "SELECT 1 FROM import_rows WHERE run_id = ? LIMIT 1",
                        [resumed["id"]]).fetchone():
                    # cut short before its rows were recorded (a console before migration 0013):
                    # its calls are the first ones of the files, as they were then skipped
                    legacy_skip = int(resumed["imported"])
            run = _Run(self, report, mapping, fingerprint, operator_id, run_by, started_at)
            writer = _Writer(mapping, self.tz, ref.centre_code)
            writers.append(writer)
            if resumed is not None:
                run.resume(resumed, writer)
                report.notices.append(Notice(
                    _files_label(report.files), 0, "resumed",
                    f"run {writer.run_id} was left incomplete ({resumed['started_at'][:10]}):"
                    f" its {writer.calls:,} call(s) already written were skipped",
                    (("run", writer.run_id or 0), ("started", resumed["started_at"][:10]),
                     ("calls", writer.calls))))

            writing = converter()  # second pass: the same rows, written in batches
            read = seen = 0

            def converted() -> Iterator[ImportedCall]:
                nonlocal read, seen
                for path in paths:
                    source = SourceFile(path, mapping)
                    for item in source.rows():
                        halt()
                        read += 1
                        call = item if isinstance(item, BadRow) else writing.convert(source, item)
                        if not isinstance(call, BadRow):
                            seen += 1
                            yield call
                        if progress and read % progress_every == 0:
                            progress(read, max(report.rows, read))

            calls: Iterable[ImportedCall] = converted()
            if mapping.grouping is not None:  # a run sheet: every row read before the first write
                calls = list(grouped(calls, mapping.grouping.rules))
                report.unit_rows = seen - len(calls)
            pending: list[ImportedCall] = []
            for call in calls:
                if legacy_skip:
                    legacy_skip -= 1
                    continue
                pending.append(call)
                if len(pending) >= batch_rows:
                    halt()
                    run.write(writer, pending, final=False)
                    pending = []
                    if after_batch:
                        after_batch(writer.calls)
            if (read, seen) != (report.rows, good):
                raise SourceError(_files_label(report.files), 0,
                                  f"changed while it was imported: run {writer.run_id} is"
                                  " incomplete; import the files again to finish it",
                                  "changed", (("run", writer.run_id or 0),))
            report.seconds = time.perf_counter() - started
            halt()
            run.write(writer, pending, final=True)
            if after_batch:
                after_batch(writer.calls)
            report.imported, report.incidents = writer.calls, writer.incidents
            if report.already and resumed is None:
                report.notices.append(Notice(
                    _files_label(report.files), 0, "already_imported",
                    f"{report.already:,} row(s) imported before with this mapping: skipped",
                    (("count", report.already),)))
            if report.units_added:
                report.notices.append(Notice(
                    _files_label(report.files), 0, "units_added",
                    f"{report.units_added:,} unit(s) added to incidents imported before",
                    (("count", report.units_added),)))
            if report.repeated:
                named = " ".join(mapping.identity) or "every cell"
                report.notices.append(Notice(
                    _files_label(report.files), 0, "repeated_row",
                    f"{report.repeated:,} row(s) the same as an earlier one ({named}):"
                    " skipped, the first kept",
                    (("count", report.repeated), ("columns", " ".join(mapping.identity)))))
            report.run_id = writer.run_id
            if writer.calls:
                report.first_call_id = writer.first_call_id
                report.last_call_id = writer.last_call_id
            if progress:
                progress(report.rows, report.rows)
            return report
        except _Stopped:
            return report

    @staticmethod
    def _incomplete_run(conn: sqlite3.Connection, mapping: Mapping, files: list[str],
                        fingerprint: str) -> dict[str, Any] | None:
        """The run of these very files left incomplete (the process died between batches)."""
        for row in conn.execute(
                "SELECT * FROM import_runs WHERE mapping = ? AND finished_at = ''"
                " ORDER BY id DESC", [mapping.name]):
            try:
                kept = json.loads(row["report"]).get("fingerprint")
            except (ValueError, AttributeError):
                continue
            if kept == fingerprint and json.loads(row["files"]) == files:
                return dict(row)
        return None

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
                                  f"code table for {name} not found next to the data ({folder})",
                                  "code_table_missing", (("folder", str(folder)),))
            labels[name], clashes = read_code_table(path, vmap.table)
            if clashes:
                report.notices.append(Notice(
                    path.name, 0, "code_table_clash",
                    f"code(s) listed twice with different labels, first kept:"
                    f" {', '.join(sorted(set(clashes)))}",
                    (("codes", ", ".join(sorted(set(clashes)))),)))
        return labels

    def set_timezone(self, name: str, *, recount: bool = False) -> int:
        """Make `name` the centre's time zone, whose calendar days are the tally days.

        A database holding calls has counted them on the old zone's days: the change is
        refused (`TimezoneRefused`) unless `recount`, which re-derives every call's and
        incident's day in the same transaction as the setting (the tallies follow by their
        triggers), gives an incident moved to another day the next number of that day,
        and moves that day's counter past it. Signed-off days keep their frozen figures
        and show the difference. Returns the number of calls and incidents whose day
        changed.
        """
        self.require(Permission.CHANGE_SETTINGS)
        try:
            tz = ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise TimezoneRefused(f"unknown time zone {name!r}; use an IANA name such as"
                                  " Asia/Shanghai or America/Los_Angeles") from exc
        with self.write() as conn:
            calls = int(conn.execute("SELECT count(*) FROM calls").fetchone()[0])
            current = getattr(self.tz, "key", str(self.tz))
            if calls and name != current and not recount:
                raise TimezoneRefused(
                    f"the database holds {calls:,} calls counted on {current} days; a new"
                    " time zone moves calls to other days: add --recount to re-derive every"
                    " day and tally in one transaction. Nothing was changed.",
                    calls=calls, current=current)
            moved = _recount_days(conn, tz, self.reference.centre_code) if calls else 0
            conn.execute(
                "INSERT INTO settings (key, value) VALUES ('timezone', ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value", [name])
        self.store.tz = tz
        return moved

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


def _identities_past(conn: sqlite3.Connection, last_ids: dict[str, int]) -> None:
    """On PostgreSQL, move each table's id identity past the ids the batch gave itself (a
    seat's next insert takes the identity's next value; SQLite takes MAX(id) + 1 itself)."""
    if dialect_of(conn).name != POSTGRESQL:
        return
    for table, last in last_ids.items():
        top = larger(f"(SELECT COALESCE(MAX(id), 1) FROM {table})", str(max(int(last), 1)))
        conn.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), {top})")


class TimezoneRefused(ValueError):
    """A time zone that is unknown, or that would move counted calls without a recount
    (`calls` counted on the `current` zone's days; 0 for an unknown zone)."""

    def __init__(self, message: str, *, calls: int = 0, current: str = ""):
        super().__init__(message)
        self.calls = calls
        self.current = current


def _recount_days(conn: sqlite3.Connection, tz: tzinfo, centre: str) -> int:
    """Every call's and incident's tally day in `tz`; returns how many rows moved."""
    moved_calls = [
        (day, call_id) for call_id, received, old in conn.execute(
            "SELECT id, received_at, day FROM calls").fetchall()
        if (day := local_day(from_stored(received), tz).isoformat()) != old]
    conn.executemany("UPDATE calls SET day = ? WHERE id = ?", moved_calls)
    top: dict[str, int] = {}
    moving: list[tuple[int, str]] = []
    for incident_id, opened, old, seq in conn.execute(
            "SELECT id, opened_at, day, seq FROM incidents ORDER BY opened_at, id").fetchall():
        day = local_day(from_stored(opened), tz).isoformat()
        if day == old:
            top[day] = max(top.get(day, 0), int(seq))
        else:
            moving.append((int(incident_id), day))
    # Out of the way first: (day, seq) and the number are unique at every row's update.
    conn.executemany("UPDATE incidents SET seq = ?, number = ? WHERE id = ?",
                     [(-i, f"recount-{i}", i) for i, _ in moving])
    numbered = []
    for incident_id, day in moving:
        top[day] = top.get(day, 0) + 1
        numbered.append((day, top[day], format_incident_number(
            centre, date.fromisoformat(day), top[day]), incident_id))
    conn.executemany("UPDATE incidents SET day = ?, seq = ?, number = ? WHERE id = ?",
                     numbered)
    conn.executemany(
        "INSERT INTO counters (name, value) VALUES (?, ?)"
        " ON CONFLICT (name) DO UPDATE SET value ="
        f" {larger('counters.value', 'excluded.value')}",
        [(incident_counter(day), seq) for day, seq in top.items()])
    return len(moved_calls) + len(moving)


class _Writer:
    """Turns imported calls into rows with ids allocated per batch, flushed in one go."""

    def __init__(self, mapping: Mapping, tz: tzinfo, centre: str):
        self.conn: sqlite3.Connection | None = None
        self.mapping = mapping
        self.tz = tz
        self.centre = centre
        self.source = mapping.source_label
        self._name_json = json.dumps(mapping.name, ensure_ascii=False)
        self.first_call_id = self.last_call_id = 0
        self.next_call_id = self.next_incident_id = 1
        self.seqs: dict[str, int] = {}
        self.batch = _Batch()
        self.calls = 0
        self.incidents = 0
        self.run_id = 0

    def begin(self, conn: sqlite3.Connection) -> None:
        """A new batch: seats may have saved calls and numbered incidents since the last."""
        self.conn = conn
        self.next_call_id = max(self.next_call_id, _max_id(conn, "calls") + 1)
        self.next_incident_id = max(self.next_incident_id, _max_id(conn, "incidents") + 1)
        self.seqs = {}

    def _number(self, day: date) -> tuple[str, int, str]:
        text = day.isoformat()
        if text in self.seqs:
            self.seqs[text] += 1
            seq = self.seqs[text]
            return text, seq, format_incident_number(self.centre, day, seq)
        assert self.conn is not None
        seq, number = next_incident_number(self.conn, self.centre, text, day)
        self.seqs[text] = seq
        return text, seq, number

    def add(self, call: ImportedCall) -> None:
        received = to_stored(call.received_at)
        day = local_day(call.received_at, self.tz)
        call_id = self.next_call_id
        self.next_call_id += 1
        self.first_call_id = self.first_call_id or call_id
        self.last_call_id = call_id
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

    def _add_incident(self, call: ImportedCall, call_id: int, day: date, received: str,
                      addr_key: str, is_dv: bool, is_enterprise: bool) -> int:
        incident_id = self.next_incident_id
        self.next_incident_id += 1
        day_text, seq, number = self._number(day)
        steps = stage_steps(call.received_at, call.times, self.mapping.without_close_time,
                            finished=self.mapping.finished_calls)
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
        self.batch.units.extend(
            (incident_id, unit.unit, unit.dispatched_at and to_stored(unit.dispatched_at),
             unit.arrived_at and to_stored(unit.arrived_at)) for unit in call.units)
        self.incidents += 1
        return incident_id

    def finish(self) -> None:
        """Write the batch, and move each day's incident counter past the numbers it took
        (a seat numbering an incident of that day next gets the following one)."""
        assert self.conn is not None
        self.batch.flush(self.conn)
        _identities_past(self.conn, {"calls": self.next_call_id - 1,
                                     "incidents": self.next_incident_id - 1})
        self.conn.executemany(
            "INSERT INTO counters (name, value) VALUES (?, ?)"
            " ON CONFLICT (name) DO UPDATE SET value ="
            f" {larger('counters.value', 'excluded.value')}",
            [(incident_counter(day), seq) for day, seq in self.seqs.items()])
