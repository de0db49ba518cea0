"""Importing other systems' call exports: the mapping file, its value maps and row reading.

A mapping (a TOML file in `db/mappings/`) says which source column holds
what, with the header aliases other exports use, how the source writes its
times (formats and time zone), and value maps from the source's codes to
this console's categories, priorities and jurisdictions. Reading is
forgiving where an export is merely messy (a byte-order mark, a renamed
header, a blank header line or column, the header repeated inside a file):
those are *notices*. A row that cannot be read (wrong number of fields, a
time in no known format, a time outside the window of `console.domain.time_window`:
before 1990 — a `0001-01-01` placeholder — or in the future) is a *bad row* with its
file and line number. A time format without a date is refused with the mapping unless
it reads the time-of-day column of a date and time pair (`console.domain.import_times`).
A row's identity (`row_identity`) lets a re-run skip what was imported; a run sheet's
rows are grouped into incidents (`console.domain.import_units`).
Nothing here touches the database: the store writes what this module reads.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import re
import string
import tomllib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from console.domain.calls import MAX_LENGTH
from console.domain.import_times import (
    Params,
    combine,
    has_date,
    parse_date,
    parse_time_of_day,
    resolve_dst,
    roll_past,
)
from console.domain.import_units import Grouping, GroupingError, UnitRow, parse_grouping
from console.domain.lifecycle import Stage
from console.domain.taxonomy import PRIORITIES, Category, Taxonomy
from console.domain.time_window import (
    CLOCK_SKEW,
    IN_FUTURE,
    TOO_EARLY,
    earliest,
    time_problem,
    window_text,
)

UNMAPPED = "unmapped"
TIME_FIELDS: tuple[str, ...] = ("received_at", "dispatched_at", "arrived_at", "handled_at",
                                "closed_at")
TEXT_FIELDS: tuple[str, ...] = ("address", "caller_number", "summary")
CODED_FIELDS: tuple[str, ...] = ("category", "priority", "jurisdiction")
FIELDS: tuple[str, ...] = TIME_FIELDS + TEXT_FIELDS + CODED_FIELDS
# Stage reached when a time is present, in lifecycle order.
_STAGE_OF_TIME: tuple[tuple[str, Stage], ...] = (
    ("dispatched_at", Stage.DISPATCHED),
    ("arrived_at", Stage.ON_SCENE),
    ("handled_at", Stage.HANDLED),
    ("closed_at", Stage.CLOSED),
)
WITHOUT_CLOSE_TIME = ("handled", "closed")
_SPACES = re.compile(r"\s+")
_CONTROL = re.compile(r"[^\S ]|[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_SLASHES = re.compile(r"(\s*/\s*)+")
_ISO_SECONDS = "%Y-%m-%d %H:%M:%S"


class MappingError(ValueError):
    """A mapping file that cannot be used; the message names the file and the key."""


class SourceError(ValueError):
    """A data file that cannot be read at all (no usable header, not text)."""

    def __init__(self, file: str, line: int, reason: str, code: str = "",
                 params: Params = ()):
        super().__init__(f"{file}, line {line}: {reason}" if line else f"{file}: {reason}")
        self.file = file
        self.line = line
        self.reason = reason
        self.code = code  # missing_columns, binary, encoding, bad_csv, no_header, ...
        self.params = params


@dataclass(frozen=True)
class Notice:
    """Something messy in a source file that was handled; reported, not refused."""

    file: str
    line: int  # 0 when it concerns the whole file
    code: str  # bom, header_alias, blank_header_line, blank_column, repeated_header, ...
    detail: str
    params: Params = ()

    def text(self) -> str:
        where = f"{self.file}, line {self.line}" if self.line else self.file
        return f"{where}: {self.detail}"


@dataclass(frozen=True)
class BadRow:
    file: str
    line: int
    reason: str
    code: str = ""  # field_count, no_received, no_time_format, too_early, in_future, ...
    params: Params = ()

    def text(self) -> str:
        return f"{self.file}, line {self.line}: {self.reason}"


@dataclass(frozen=True)
class Column:
    """A source column: the header names it goes by, and cell values meaning 'empty'."""

    key: str
    names: tuple[str, ...]
    blank: frozenset[str] = frozenset()
    optional: bool = False


@dataclass(frozen=True)
class CodeTable:
    """A CSV that explains source codes (code → label), named relative to the data file."""

    file: str
    code: str
    label: str


@dataclass(frozen=True)
class ValueMap:
    """Source value → console code: exact codes, then code prefixes (`"1*"`), then labels."""

    codes: dict[str, str]
    prefixes: tuple[tuple[str, str], ...]
    labels: dict[str, str]
    default: str | None = None
    table: CodeTable | None = None

    def lookup(self, raw: str, labels: dict[str, str] | None = None) -> str | None:
        """The mapped value, or None when the value map does not know `raw`."""
        found = self.codes.get(raw)
        if found is not None:
            return found
        for prefix, target in self.prefixes:
            if raw.startswith(prefix):
                return target
        if labels and self.labels:
            label = labels.get(raw)
            if label is not None:
                return self.labels.get(label)
        return None

    def targets(self) -> set[str]:
        found = set(self.codes.values()) | set(self.labels.values())
        found |= {t for _, t in self.prefixes}
        if self.default is not None:
            found.add(self.default)
        return found


@dataclass(frozen=True)
class Source:
    """Where a field's value comes from: one column, or a template over several."""

    columns: tuple[str, ...]
    template: str | None = None
    date: str | None = None  # a time field: the date column its time of day is read with


@dataclass(frozen=True)
class Mapping:
    name: str
    title: str
    timezone: str
    time_formats: tuple[str, ...]
    columns: dict[str, Column]
    fields: dict[str, Source]
    values: dict[str, ValueMap]
    line: str = "110"
    encoding: str = "utf-8-sig"
    delimiter: str = ","
    without_close_time: str = "handled"
    path: Path | None = None
    finished_calls: bool = False  # every row a finished call: every incident closed
    date_formats: tuple[str, ...] = ()  # of date columns; none: "date time" in time_formats
    identity: tuple[str, ...] = ()  # columns naming a source row; none: the row's content hash
    grouping: Grouping | None = None  # a run sheet: rows grouped into incidents

    @property
    def source_label(self) -> str:
        """The `calls.source` of every call this mapping imports."""
        return f"import:{self.name}"

    @property
    def tz(self) -> tzinfo:
        return ZoneInfo(self.timezone)

    def used_columns(self) -> list[str]:
        keys: list[str] = []
        for src in self.fields.values():
            keys.extend(k for k in src.columns if k not in keys)
        keys.extend(k for k in self.identity if k not in keys)
        if self.grouping is not None:
            extra = [*self.grouping.key, *([self.grouping.unit] if self.grouping.unit else [])]
            keys.extend(k for k in extra if k not in keys)
        return keys


# ---- reading and checking a mapping file ------------------------------------------------

def _str_list(value: Any, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise MappingError(f"{where}: expected a text or a list of texts")


def _column(key: str, spec: Any, where: str) -> Column:
    if isinstance(spec, dict):
        names = _str_list(spec.get("names", key), f"{where}.names")
        blank = frozenset(_str_list(spec["blank"], f"{where}.blank")) if "blank" in spec \
            else frozenset()
        return Column(key, names, blank, bool(spec.get("optional", False)))
    return Column(key, _str_list(spec, where))


def _source(name: str, spec: Any, columns: dict[str, Column], where: str) -> Source:
    if name in TIME_FIELDS and isinstance(spec, dict):
        if set(spec) != {"date", "time"} or not all(
                isinstance(v, str) and v for v in spec.values()):
            raise MappingError(f"{where}: a date and time pair is"
                               ' { date = "<date column>", time = "<time column>" }')
        for key in spec.values():
            if key not in columns:
                raise MappingError(f"{where}: column '{key}' is not listed under [columns]")
        return Source((spec["time"], spec["date"]), date=spec["date"])
    if not isinstance(spec, str) or not spec.strip():
        raise MappingError(f"{where}: expected a column name or a template")
    if "{" in spec:
        try:
            keys = tuple(dict.fromkeys(
                f for _, f, _, _ in string.Formatter().parse(spec) if f is not None))
        except ValueError as exc:
            raise MappingError(f"{where}: bad template ({exc})") from exc
        source = Source(keys, spec)
    else:
        source = Source((spec,))
    for key in source.columns:
        if key not in columns:
            raise MappingError(f"{where}: column '{key}' is not listed under [columns]")
    if name in TIME_FIELDS + CODED_FIELDS and source.template:
        raise MappingError(f"{where}: a time or coded field reads one column, not a template")
    return source


def _value_map(spec: Any, where: str) -> ValueMap:
    if not isinstance(spec, dict):
        raise MappingError(f"{where}: expected a table")
    codes: dict[str, str] = {}
    prefixes: list[tuple[str, str]] = []
    for raw, target in dict(spec.get("codes", {})).items():
        if not isinstance(target, str | int):
            raise MappingError(f"{where}.codes.{raw}: expected a code")
        if raw.endswith("*"):
            prefixes.append((raw[:-1], str(target)))
        else:
            codes[raw] = str(target)
    labels = {str(k): str(v) for k, v in dict(spec.get("labels", {})).items()}
    table = None
    if "table" in spec:
        t = spec["table"]
        try:
            table = CodeTable(str(t["file"]), str(t["code"]), str(t["label"]))
        except (KeyError, TypeError) as exc:
            raise MappingError(f"{where}.table: needs file, code and label") from exc
    if labels and table is None:
        raise MappingError(f"{where}.labels: label keys need a code table (table = ...)")
    default = spec.get("default")
    prefixes.sort(key=lambda p: len(p[0]), reverse=True)
    return ValueMap(codes, tuple(prefixes), labels,
                    None if default is None else str(default), table)


def parse_mapping(data: dict[str, Any], *, where: str = "mapping",
                  path: Path | None = None) -> Mapping:
    """Build a mapping from parsed TOML; the error names the offending key."""
    try:
        name = str(data["name"])
        timezone = str(data["timezone"])
        formats = _str_list(data["time_formats"], f"{where}: time_formats")
    except KeyError as exc:
        raise MappingError(f"{where}: missing key {exc.args[0]!r}") from exc
    if not re.fullmatch(r"[a-z0-9_]+", name):
        raise MappingError(f"{where}: name must be lower-case letters, digits and _")
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise MappingError(f"{where}: unknown time zone {timezone!r}") from exc
    raw_columns = data.get("columns", {})
    if not isinstance(raw_columns, dict):
        raise MappingError(f"{where}: [columns] must be a table")
    columns = {k: _column(k, v, f"{where}: columns.{k}") for k, v in raw_columns.items()}
    raw_fields = data.get("fields", {})
    unknown = sorted(set(raw_fields) - set(FIELDS))
    if unknown:
        raise MappingError(f"{where}: unknown field(s) {', '.join(unknown)};"
                           f" known: {', '.join(FIELDS)}")
    fields_ = {k: _source(k, v, columns, f"{where}: fields.{k}") for k, v in raw_fields.items()}
    if "received_at" not in fields_:
        raise MappingError(f"{where}: fields.received_at (the receive time) is required")
    date_formats = _str_list(data["date_formats"], f"{where}: date_formats") \
        if "date_formats" in data else ()
    _check_formats(where, formats, date_formats, fields_)
    identity = _str_list(data["identity"], f"{where}: identity") if "identity" in data else ()
    try:
        grouping = parse_grouping(data["incident"], columns, TIME_FIELDS, where) \
            if "incident" in data else None
    except GroupingError as exc:
        raise MappingError(str(exc)) from exc
    if grouping is not None and identity:
        raise MappingError(f"{where}: identity and [incident] both name rows: a run sheet's"
                           " incident is known by incident.key")
    for key in identity:
        if key not in columns:
            raise MappingError(f"{where}: identity: column '{key}' is not listed under [columns]")
    values = {k: _value_map(v, f"{where}: values.{k}") for k, v in data.get("values", {}).items()}
    bad_values = sorted(set(values) - set(CODED_FIELDS))
    if bad_values:
        raise MappingError(f"{where}: value maps exist only for {', '.join(CODED_FIELDS)}")
    without = str(data.get("without_close_time", "handled"))
    if without not in WITHOUT_CLOSE_TIME:
        raise MappingError(f"{where}: without_close_time must be one of"
                           f" {', '.join(WITHOUT_CLOSE_TIME)}")
    try:
        codecs.lookup(str(data.get("encoding", "utf-8-sig")))
    except LookupError as exc:
        raise MappingError(f"{where}: unknown encoding {data.get('encoding')!r}") from exc
    finished = data.get("finished_calls", False)
    if not isinstance(finished, bool):
        raise MappingError(f"{where}: finished_calls must be true or false")
    delimiter = str(data.get("delimiter", ","))
    if len(delimiter) != 1:
        raise MappingError(f"{where}: delimiter must be one character")
    return Mapping(
        name=name, title=str(data.get("title", name)), timezone=timezone,
        time_formats=formats, columns=columns, fields=fields_, values=values,
        line=str(data.get("line", "110")), encoding=str(data.get("encoding", "utf-8-sig")),
        delimiter=delimiter, without_close_time=without, path=path, finished_calls=finished,
        date_formats=date_formats, identity=identity, grouping=grouping,
    )


def _check_formats(where: str, formats: tuple[str, ...], date_formats: tuple[str, ...],
                   fields_: dict[str, Source]) -> None:
    """A format without a date reads a time of day, which means something only beside a
    date column: alone, it would put every call on 1900-01-01."""
    alone = [n for n in TIME_FIELDS if n in fields_ and fields_[n].date is None]
    paired = [n for n in TIME_FIELDS if n in fields_ and fields_[n].date is not None]
    for fmt in date_formats:
        if not has_date(fmt):
            raise MappingError(f"{where}: date_formats: {fmt!r} has no date in it")
    if date_formats and not paired:
        raise MappingError(f"{where}: date_formats are for date and time pairs"
                           ' ({ date = ..., time = ... }); no time field has one')
    timeless = [f for f in formats if not has_date(f)]
    if timeless and alone:
        raise MappingError(
            f"{where}: time_formats: {timeless[0]!r} has no date, so {alone[0]} would read"
            " every call as 1900-01-01; read it with a date column:"
            f' {alone[0]} = {{ date = "<date column>", time = "<time column>" }}'
            " and date_formats = [...]")
    if paired and not date_formats and timeless:
        raise MappingError(f"{where}: time_formats: {timeless[0]!r} has no date; give"
                           " date_formats for the date column of the date and time pairs")


def load_mapping(path: Path | str) -> Mapping:
    path = Path(path)
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except OSError as exc:
        raise MappingError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise MappingError(f"{path}: not valid TOML ({exc})") from exc
    return parse_mapping(data, where=str(path), path=path)


def check_mapping(mapping: Mapping, taxonomy: Taxonomy, jurisdictions: set[str]) -> list[str]:
    """Targets the console does not know: a mapping must name real codes only."""
    problems: list[str] = []
    known = {
        "category": {c.code for c in taxonomy.categories},
        "priority": {str(p) for p in PRIORITIES},
        "jurisdiction": set(jurisdictions),
    }
    for name, vmap in mapping.values.items():
        for target in sorted(vmap.targets() - known[name]):
            problems.append(f"values.{name}: {target!r} is not a known {name} code")
    if "category" in mapping.fields and UNMAPPED not in taxonomy:
        problems.append("the taxonomy has no 'unmapped' category")
    return problems


def read_code_table(path: Path, table: CodeTable) -> tuple[dict[str, str], list[str]]:
    """code → label, and the codes listed twice with different labels (first kept)."""
    labels: dict[str, str] = {}
    clashes: list[str] = []
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        fieldnames = [(n or "").strip() for n in reader.fieldnames or []]
        if table.code not in fieldnames or table.label not in fieldnames:
            raise SourceError(path.name, 1, f"code table needs columns '{table.code}' and"
                                            f" '{table.label}'", "code_table_columns",
                              (("code", table.code), ("label", table.label)))
        reader.fieldnames = fieldnames
        for row in reader:
            code = (row.get(table.code) or "").strip()
            label = (row.get(table.label) or "").strip()
            if not code:
                continue
            if code in labels and labels[code] != label:
                clashes.append(code)
                continue
            labels.setdefault(code, label)
    return labels, clashes


# ---- times and stages ---------------------------------------------------------------------

def parse_time(text: str, formats: tuple[str, ...], tz: tzinfo) -> datetime | None:
    """A source time as an aware datetime; naive source times are in the mapping's zone."""
    for fmt in formats:
        try:
            if fmt == "iso" or (fmt == _ISO_SECONDS and len(text) == 19 and text[10] == " "
                                and text[4] == "-" and text[7] == "-"):
                moment = datetime.fromisoformat(text)  # the same result, ten times faster
            else:
                moment = datetime.strptime(text, fmt)
        except ValueError:
            continue
        return moment if moment.tzinfo is not None else moment.replace(tzinfo=tz)
    return None


@dataclass(frozen=True)
class StageStep:
    stage: Stage
    at: datetime
    known: bool  # False: the source has no time for this stage; recorded at the next known one


def stage_steps(received: datetime, times: dict[str, datetime],
                without_close_time: str = "handled", *,
                finished: bool = False) -> list[StageStep]:
    """The stage events an imported incident gets, in lifecycle order.

    Closed when a close time exists, else the furthest stage whose time is
    present; with no later time at all, `without_close_time` (handled, or
    closed for exports that list only finished calls). A stage the lifecycle
    requires but the source has no time for is recorded at the next known
    time and marked as such, so the event log replays cleanly. `finished`
    (an export of finished calls only) closes every incident: the stages
    after the last time given are recorded at it, their times unknown.
    """
    steps = [StageStep(Stage.INTAKE, received, True)]
    present = [(stage, times[name]) for name, stage in _STAGE_OF_TIME if name in times]
    if present:
        target = present[-1][0]
    else:
        target = Stage.CLOSED if without_close_time == "closed" else Stage.HANDLED
    if finished:
        target = Stage.CLOSED
    path = {
        Stage.DISPATCHED: [Stage.DISPATCHED],
        Stage.ON_SCENE: [Stage.DISPATCHED, Stage.ON_SCENE],
        Stage.HANDLED: [Stage.HANDLED] if not present else
        [Stage.DISPATCHED, Stage.ON_SCENE, Stage.HANDLED],
        Stage.CLOSED: [Stage.HANDLED, Stage.CLOSED] if not present else
        [Stage.DISPATCHED, Stage.ON_SCENE, Stage.HANDLED, Stage.CLOSED],
    }[target]
    known = dict(present)
    # An export with a handling or close time but no dispatch: settled without a turnout.
    if Stage.DISPATCHED not in known and Stage.ON_SCENE not in known:
        path = [s for s in path if s not in (Stage.DISPATCHED, Stage.ON_SCENE)]
    for index, stage in enumerate(path):
        if stage in known:
            steps.append(StageStep(stage, known[stage], True))
            continue
        later = next((known[s] for s in path[index + 1:] if s in known), None)
        steps.append(StageStep(stage, later or steps[-1].at, False))
    return steps


def row_identity(mapping: Mapping, values: list[str], cells: list[str]) -> str | None:
    """What names a source row across runs: the mapping's identity columns (None when they
    are all empty), else a hash of every cell, so the same row read again is known (the
    converter numbers a content's later occurrences in one run: identical rows of an
    export without an identity column are each a call)."""
    if mapping.identity or mapping.grouping:
        return "\x1f".join(values) if any(values) else None
    digest = hashlib.sha256("\x1f".join(c.strip() for c in cells).encode("utf-8"))
    return "sha256:" + digest.hexdigest()[:32]


# ---- reading source files -----------------------------------------------------------------

@dataclass
class SourceRow:
    """One data row of a source file, with the physical line it starts on."""

    file: str
    line: int
    cells: list[str]


def _undecodable_line(path: Path, encoding: str) -> int:
    """The first line of a file that does not decode (0 when no line alone fails)."""
    decoder = codecs.getincrementaldecoder(encoding)()
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            try:
                decoder.decode(raw)
            except UnicodeDecodeError:
                return number
    return 0


def _shown(text: str, limit: int = 60) -> str:
    """A source value as a message may quote it: control characters as escapes, cut short."""
    shown = text if text.isprintable() else text.encode("unicode_escape").decode("ascii")
    return shown if len(shown) <= limit else shown[:limit] + "…"


def _norm(name: str) -> str:
    return _SPACES.sub(" ", name.replace("\ufeff", "")).strip().casefold()


@dataclass
class SourceFile:
    """One CSV export read with a mapping: rows out, quirks into `notices`."""

    path: Path
    mapping: Mapping
    notices: list[Notice] = field(default_factory=list)
    index: dict[str, int] = field(default_factory=dict)  # column key → cell position
    width: int = 0
    blank_lines: int = 0
    last_line: int = 0  # where the last row read starts
    _header_names: dict[str, set[str]] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.path.name

    def _note(self, line: int, code: str, detail: str, **params: str | int) -> None:
        self.notices.append(Notice(self.name, line, code, detail, tuple(params.items())))

    def _resolve_header(self, cells: list[str], line: int) -> None:
        positions: dict[str, int] = {}
        for pos, cell in enumerate(cells):
            name = _norm(cell)
            if not name:
                self._note(line, "blank_column",
                           f"column {pos + 1} has no header name: ignored", column=pos + 1)
            elif name in positions:
                self._note(line, "duplicate_column",
                           f"header '{cell.strip()}' appears twice: column {pos + 1} ignored",
                           header=_shown(cell.strip()), column=pos + 1)
            else:
                positions[name] = pos
        missing: list[str] = []
        for key in self.mapping.used_columns():
            column = self.mapping.columns[key]
            found = next((n for n in column.names if _norm(n) in positions), None)
            if found is None:
                if column.optional:
                    self._note(line, "missing_column",
                               f"no column {' / '.join(column.names)}: left empty",
                               names=" / ".join(column.names))
                    continue
                missing.append(" / ".join(f"'{n}'" for n in column.names))
                continue
            self.index[key] = positions[_norm(found)]
            if found != column.names[0]:
                self._note(line, "header_alias",
                           f"column '{column.names[0]}' read from header '{found}'",
                           column=column.names[0], header=found)
        if missing:
            header = _shown(", ".join(c.strip() for c in cells), 200)
            raise SourceError(self.name, line, "the header has no column " + "; no column ".join(
                missing) + f" (header: {header})", "missing_columns",
                (("columns", "; ".join(missing)), ("header", header)))
        self.width = len(cells)
        self._header_names = {key: {_norm(n) for n in self.mapping.columns[key].names}
                              for key in self.index}

    def _is_header(self, cells: list[str]) -> bool:
        return all(
            pos < len(cells) and _norm(cells[pos]) in self._header_names[key]
            for key, pos in self.index.items()
        )

    def count_lines(self) -> int:
        """Physical lines, for progress (a fast pass; quoted newlines may overcount)."""
        with self.path.open("rb") as handle:
            return sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b""))

    def rows(self) -> Iterator[SourceRow | BadRow]:
        """Data rows and bad rows; raises SourceError if the file has no usable header or
        is not text."""
        with self.path.open("rb") as probe:
            head = probe.read(1 << 16)
            if head.startswith(codecs.BOM_UTF8):
                self._note(0, "bom", "starts with a byte-order mark (read as UTF-8)")
            if b"\0" in head and "16" not in self.mapping.encoding \
                    and "32" not in self.mapping.encoding:
                line = head[:head.index(b"\0")].count(b"\n") + 1
                raise SourceError(self.name, line, "holds NUL bytes: a binary file, not a CSV"
                                                   " export", "binary")
            probe.seek(0, 2)
            size, last_byte = probe.tell(), b""
            if size:
                probe.seek(size - 1)
                last_byte = probe.read(1)
        try:
            with self.path.open(encoding=self.mapping.encoding, newline="") as handle:
                yield from self._read(handle)
        except UnicodeDecodeError as exc:
            line = _undecodable_line(self.path, self.mapping.encoding)
            raise SourceError(self.name, line, f"not {self.mapping.encoding} text"
                                               f" ({exc.reason}); set `encoding` in the"
                                               " mapping", "encoding",
                              (("encoding", self.mapping.encoding),)) from exc
        if size and last_byte not in (b"\n", b"\r"):
            self._note(self.last_line, "no_final_newline",
                       "the file does not end with a line break: its last line may be cut"
                       " short (a copy or download stopped early?); check its last row")

    def _read(self, handle: Any) -> Iterator[SourceRow | BadRow]:
        reader = csv.reader(handle, delimiter=self.mapping.delimiter)
        self.last_line = 0
        header_seen = False
        last_line = 0
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                raise SourceError(self.name, reader.line_num, f"unreadable CSV ({exc})",
                                  "bad_csv", (("reason", str(exc)),)) from exc
            line, last_line = last_line + 1, reader.line_num
            self.last_line = line
            blank = all(not c.strip() for c in cells)
            if not header_seen:
                if blank:
                    self._note(line, "blank_header_line",
                               "blank header line (no column names): skipped")
                    continue
                self._resolve_header(cells, line)
                if line > 1:
                    self._note(line, "header_line", f"header found on line {line}", at=line)
                header_seen = True
                continue
            if blank:
                self.blank_lines += 1
                continue
            if self._is_header(cells):
                self._note(line, "repeated_header", "header repeated inside the file: skipped")
                continue
            if len(cells) != self.width:
                yield BadRow(self.name, line,
                             f"{len(cells)} fields, the header has {self.width}",
                             "field_count", (("fields", len(cells)), ("width", self.width)))
                continue
            yield SourceRow(self.name, line, cells)
        if not header_seen:
            raise SourceError(self.name, max(last_line, 1), "no header line (empty file)",
                              "no_header")
        if self.blank_lines:
            self._note(0, "blank_lines", f"{self.blank_lines} blank line(s) skipped",
                       count=self.blank_lines)


# ---- converting a row ---------------------------------------------------------------------

@dataclass(frozen=True)
class ImportedCall:
    """A source row as a call of this console (times aware, codes mapped)."""

    file: str
    line: int
    received_at: datetime
    times: dict[str, datetime]  # dispatched_at / arrived_at / handled_at / closed_at
    category: Category
    source_category: str  # the raw value, for the unmapped report
    priority: int
    jurisdiction_code: str | None
    address: str
    caller_number: str
    summary: str
    identity: str = ""  # the source row's, see `row_identity`; a run sheet's: its incident's
    units: tuple[UnitRow, ...] = ()  # a run sheet's responding units
    misses: tuple[tuple[str, str], ...] = ()  # (field, raw value) no value map knew


@dataclass
class Unmapped:
    """Source values no value map knew, with their counts, per field."""

    values: dict[str, Counter[str]] = field(default_factory=dict)

    def add(self, name: str, raw: str) -> None:
        self.values.setdefault(name, Counter())[raw] += 1

    def total(self, name: str) -> int:
        return sum(self.values.get(name, Counter()).values())


class RowConverter:
    """Turns source rows into `ImportedCall`s with one mapping and the console's codes."""

    def __init__(self, mapping: Mapping, taxonomy: Taxonomy, jurisdictions: set[str],
                 labels: dict[str, dict[str, str]] | None = None, *,
                 now: datetime | None = None, centre_tz: tzinfo | None = None):
        self.mapping = mapping
        self.now = now  # the window's end; None checks only its start
        self.centre_tz = centre_tz
        self.taxonomy = taxonomy
        self.jurisdictions = jurisdictions
        self.labels = labels or {}
        self.unmapped = Unmapped()
        self.truncated = 0
        self.dst: Counter[str] = Counter()  # daylight-saving hours met, by case
        self._contents: Counter[str] = Counter()  # content hash → rows read with it
        self._misses: list[tuple[str, str]] = []
        self._tz = mapping.tz
        self._unmapped_category = taxonomy.get(UNMAPPED)
        self._blank = {key: column.blank for key, column in mapping.columns.items()}

    def _cell(self, source: SourceFile, row: SourceRow, key: str) -> str:
        pos = source.index.get(key)
        if pos is None:
            return ""
        value = row.cells[pos].strip()
        if "  " in value or "\t" in value or "\n" in value or "\r" in value:
            value = _SPACES.sub(" ", value)
        return "" if value in self._blank[key] else value

    def _text(self, source: SourceFile, row: SourceRow, name: str) -> str:
        src = self.mapping.fields.get(name)
        if src is None:
            return ""
        if src.template is None:
            value = self._cell(source, row, src.columns[0])
        else:
            filled = src.template.format(**{k: self._cell(source, row, k) for k in src.columns})
            value = _SLASHES.sub(" / ", _SPACES.sub(" ", filled).strip(" /-,"))
        limit = MAX_LENGTH.get(name, MAX_LENGTH["summary"])
        if len(value) > limit:
            self.truncated += 1
            value = value[:limit]
        return value if value.isprintable() else _CONTROL.sub(" ", value)

    def _coded(self, source: SourceFile, row: SourceRow, name: str) -> tuple[str, str | None]:
        """(raw value, mapped code or None); an absent column gives the default."""
        vmap = self.mapping.values.get(name)
        src = self.mapping.fields.get(name)
        raw = self._cell(source, row, src.columns[0]) if src else ""
        if vmap is None:
            return raw, raw or None
        if raw:
            found = vmap.lookup(raw, self.labels.get(name))
            if found is not None:
                return raw, found
        if src is not None and (raw or vmap.default in (None, UNMAPPED)):
            # an unknown value, or an empty one with nowhere to go, is reported ("" for
            # empty); an empty cell sent to the map's real default is what the map says
            self._miss(name, raw)
        return raw, vmap.default

    def _window(self, name: str, text: str) -> Params:
        """A refused time's values: which time, as written, and the window accepted."""
        return (("field", name.removesuffix("_at")), ("text", _shown(text)),
                ("earliest", f"{earliest(self.centre_tz):%Y-%m-%d}"),
                ("minutes", int(CLOCK_SKEW.total_seconds() // 60)))

    def _moment(self, text: str, src: Source) -> datetime | None:
        """A cell's time; a date and time pair as "date time", split again when the mapping
        has date_formats of its own."""
        if src.date is None or not self.mapping.date_formats:
            return parse_time(text, self.mapping.time_formats, self._tz)
        # the date cell may hold spaces ("Mar 1 2018"): try each split, date first
        parts = text.split(" ")
        for cut in range(1, len(parts)):
            day = parse_date(" ".join(parts[:cut]), self.mapping.date_formats)
            clock = parse_time_of_day(" ".join(parts[cut:]), self.mapping.time_formats) \
                if day else None
            if day is not None and clock is not None:
                return combine(day, clock, self._tz)
        return None

    def _miss(self, name: str, raw: str) -> None:
        self.unmapped.add(name, raw)
        self._misses.append((name, raw))

    def convert(self, source: SourceFile, row: SourceRow) -> ImportedCall | BadRow:
        self._misses = []  # this row's values no map knew
        times: dict[str, datetime] = {}
        previous_time: datetime | None = None  # the row's last time, on the wall clock
        previous_instant: datetime | None = None  # the same in UTC
        for name in TIME_FIELDS:
            src = self.mapping.fields.get(name)
            if src is None:
                continue
            text = self._cell(source, row, src.columns[0])
            if src.date is not None and text:
                day_text = self._cell(source, row, src.date)
                text = f"{day_text} {text}" if day_text else ""
            if not text:
                if name == "received_at":
                    return BadRow(row.file, row.line, "no receive time", "no_received")
                continue
            moment = self._moment(text, src)
            if moment is None:
                formats = self.mapping.time_formats
                if src.date is not None and self.mapping.date_formats:
                    formats = self.mapping.date_formats + formats
                return BadRow(row.file, row.line,
                              f"{name.removesuffix('_at')} time '{_shown(text)}' matches no"
                              f" time format ({' | '.join(formats)})", "no_time_format",
                              (("field", name.removesuffix("_at")), ("text", _shown(text)),
                               ("formats", " | ".join(formats))))
            if src.date is not None:
                moment = roll_past(moment, previous_time)
            if moment.tzinfo is self._tz:  # a local time of the source's zone
                moment, dst = resolve_dst(moment, previous_instant)
                if dst:
                    self.dst[dst] += 1
            previous_time = moment
            try:
                moment = moment.astimezone(UTC)  # instants compare and sort across DST
            except OverflowError:  # year 1 east of UTC: before any time accepted
                return BadRow(row.file, row.line,
                              f"{name.removesuffix('_at')} time '{_shown(text)}' is before the"
                              f" earliest time accepted ({window_text(self.centre_tz)})",
                              TOO_EARLY, self._window(name, text))
            previous_instant = moment
            refused = time_problem(moment, now=self.now, tz=self.centre_tz)
            if refused:
                why = {TOO_EARLY: "is before the earliest time accepted",
                       IN_FUTURE: "is in the future"}.get(refused, "has no time zone")
                return BadRow(row.file, row.line,
                              f"{name.removesuffix('_at')} time '{_shown(text)}' {why}"
                              f" ({window_text(self.centre_tz)})", refused,
                              self._window(name, text))
            times[name] = moment
        received = times.pop("received_at")
        previous = ("received", received)
        for name in ("dispatched_at", "arrived_at", "handled_at", "closed_at"):
            if name in times:
                if times[name] < previous[1]:
                    return BadRow(row.file, row.line,
                                  f"{name.removesuffix('_at')} time is before the"
                                  f" {previous[0]} time", "out_of_order",
                                  (("field", name.removesuffix("_at")),
                                   ("previous", previous[0])))
                previous = (name.removesuffix("_at"), times[name])
        raw_category, code = self._coded(source, row, "category")
        category = self.taxonomy.find(code) or self._unmapped_category
        if code is not None and category.code != code:
            self._miss("category", raw_category)
        _, priority_code = self._coded(source, row, "priority")
        priority = int(priority_code) if priority_code and priority_code.isdigit() else 0
        if priority not in PRIORITIES:
            priority = category.default_priority
        raw_jurisdiction, jurisdiction = self._coded(source, row, "jurisdiction")
        if jurisdiction is not None and jurisdiction not in self.jurisdictions:
            self._miss("jurisdiction", raw_jurisdiction)
            jurisdiction = None
        grouping = self.mapping.grouping
        named = grouping.key if grouping else self.mapping.identity
        identity = row_identity(self.mapping, [self._cell(source, row, k) for k in named],
                                row.cells)
        if not named and identity is not None:
            self._contents[identity] += 1
            if self._contents[identity] > 1:
                identity += f"#{self._contents[identity]}"
        if identity is None:
            return BadRow(row.file, row.line,
                          f"no value in the identity column(s) {', '.join(named)}",
                          "no_identity", (("columns", ", ".join(named)),))
        units: tuple[UnitRow, ...] = ()
        if grouping is not None and grouping.unit:
            units = (UnitRow(self._cell(source, row, grouping.unit),
                             times.get("dispatched_at"), times.get("arrived_at")),)
        return ImportedCall(
            identity=identity, units=units, misses=tuple(self._misses),
            file=row.file, line=row.line,
            received_at=received, times=times,
            category=category, source_category=raw_category, priority=priority,
            jurisdiction_code=jurisdiction, address=self._text(source, row, "address"),
            caller_number=self._text(source, row, "caller_number"),
            summary=self._text(source, row, "summary"),
        )
