"""Fuzzed call records through `store.calls.log_call`: saved whole or refused, nothing else.

A seeded generator (the same records for the same seed) makes drafts a form, a script or
an import could hand the store: odd unicode (direction marks, zero-width joiners, emoji,
rare CJK, combining marks, noncharacters, lone surrogates), control characters, fields at,
just over and far over their limits, SQL and format strings, impossible codes, receive
times from year 1 to 9999 in every offset and without one, extreme priorities and
amounts, fraud reports with up to fifty transfers.

Each record is judged against the file itself:
- refused (`InputRefused`): nothing of it may be in the file (no row, no count, no
  audit row, no incident number handed out);
- saved: the call row holds what was given, its times in the stored form, its incident
  with a well-formed number and first event, its fraud report with every transfer;
- anything else raised is a crash.
Afterwards the file is checked, and the views every seat reads are read once.
"""

from __future__ import annotations

import random
import re
import sqlite3
import string
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

from console.domain.calls import DISPOSITIONS, MAX_LENGTH, CallDraft
from console.domain.figures import Period
from console.domain.fraud import MAX_FEN, TEXT_LIMIT, FraudReport, Transfer
from console.store import InputRefused, Store
from console.store.records import SavedCall
from stress.common import FileChecks, log_in, prepare, seat_user
from stress.drafts import CATEGORIES, JURISDICTIONS

STORED_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$")
STORED_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
INCIDENT_NUMBER = re.compile(r"^\d{6}-\d{8}-\d{4,}$")

# Characters a text may hold, however odd; and those it may not (control, lone surrogates).
_EXOTIC = [
    "\u202e", "\u200b", "\u200d", "\ufeff", "\u2028", "\u2029", "\u00a0", "\u3000",
    "e\u0301\u0301\u0301", "👮\u200d♀️", "🚓", "🇨🇳", "𠀀", "𪚥", "龘", "﷽", "\ufffd", "\uffff",
    "\ue000", "１１０", "Ⅻ", "ß", "İ", "'; DROP TABLE calls; --", "%s%n%x", "{0}{1!r}", "\\",
    "'", '"', "%", "_", "NULL", "null", "  ", "<b>粗</b>", "\n", "\t",
]
_CONTROL = ["\u0000", "\u0001", "\u001b", "\u007f", "\u0085", "\r", "\r\n", "\ud800",
            "\udfff"]
_PLAIN = string.ascii_letters + string.digits + " -+()#" + "报警电话田家庵区舜耕路号楼栋室王芳李强"
_TEXT_FIELDS = ("caller_number", "caller_name", "address", "summary", "transfer_ref",
                "duplicate_of")
_OFFSETS = [timedelta(0), timedelta(hours=14), timedelta(hours=-12), timedelta(hours=8),
            timedelta(hours=5, minutes=45), timedelta(hours=-3, minutes=-30),
            timedelta(hours=23, minutes=59)]
_YEARS = [1, 2, 99, 999, 1000, 1899, 1900, 1969, 1970, 1989, 1990, 2000, 2025, 2026, 2027,
          2100, 9998, 9999]
_INTS = [None, -(2**63), -(10**30), -1, 0, 1, 2, 3, 4, 5, 99, 2**31, 2**63 - 1, 2**63,
         10**30]


def _text(rnd: random.Random, limit: int, hostile: bool) -> str:
    """A field's text: plain, exotic, or (when hostile) over-long or with control characters."""
    roll = rnd.random()
    if roll < 0.2:
        return ""
    if roll < 0.5 or (not hostile and roll < 0.8):
        return "".join(rnd.choice(_PLAIN) for _ in range(rnd.randrange(1, min(limit, 30) + 1)))
    if not hostile:
        return "".join(rnd.choice(_EXOTIC) if rnd.random() < 0.5 else rnd.choice(_PLAIN)
                       for _ in range(rnd.randrange(1, 6)))[:limit]
    if roll < 0.6:  # at, just over, or far over the limit
        size = rnd.choice([limit, limit + 1, limit * 10, 100_000, 1_000_000])
        unit = "".join(rnd.choice(_PLAIN + "".join(_EXOTIC)) for _ in range(min(size, 500)))
        return (unit * (size // len(unit) + 1))[:size]
    pool = _EXOTIC + _CONTROL
    return "".join(rnd.choice(pool) if rnd.random() < 0.5 else rnd.choice(_PLAIN)
                   for _ in range(rnd.randrange(1, 12)))


def _time(rnd: random.Random, now: datetime, hostile: bool) -> datetime | None:
    roll = rnd.random()
    if roll < 0.3:
        return None
    if roll < 0.5 or not hostile:
        return now - timedelta(seconds=rnd.randrange(0, 86400 * 400))
    if roll < 0.6:
        return now + timedelta(seconds=rnd.choice([1, 299, 301, 3600, 86400 * 365]))
    if roll < 0.7:  # no time zone at all
        return datetime(2026, 11, 29, 3, 0, 0)
    if roll < 0.75:
        return rnd.choice([datetime.min.replace(tzinfo=UTC), datetime.max.replace(tzinfo=UTC)])
    year = rnd.choice(_YEARS)
    tz = timezone(rnd.choice(_OFFSETS))
    return datetime(year, rnd.randrange(1, 13), rnd.randrange(1, 29), rnd.randrange(24),
                    rnd.randrange(60), rnd.randrange(60), rnd.randrange(10**6), tzinfo=tz)


def _code(rnd: random.Random, good: tuple[str, ...], hostile: bool) -> str:
    roll = rnd.random()
    if roll < 0.7:
        return rnd.choice(good)
    if roll < 0.85:
        return ""
    return _text(rnd, 20, hostile)


def _fraud(rnd: random.Random, now: datetime, hostile: bool) -> FraudReport | None:
    if rnd.random() < 0.85:
        return None
    amounts = [0, 1, 100, MAX_FEN - 1, MAX_FEN, -1, -(10**20), 10**20]
    transfers = [Transfer(rnd.choice(amounts) if rnd.random() < 0.3 else rnd.randrange(10**9),
                          _time(rnd, now, hostile), _text(rnd, TEXT_LIMIT, hostile),
                          _text(rnd, TEXT_LIMIT, hostile), _text(rnd, TEXT_LIMIT, hostile))
                 for _ in range(rnd.choice([0, 1, 1, 2, 3, 50]))]
    figures = _INTS if hostile else [None, 0, 1, 3]
    return FraudReport(_text(rnd, TEXT_LIMIT, hostile), _text(rnd, TEXT_LIMIT, hostile),
                       transfers, rnd.random() < 0.5, rnd.choice(figures), rnd.choice(figures))


def fuzzed(rnd: random.Random, now: datetime, known_numbers: list[str]) -> CallDraft:
    """One record: two in five odd but possible, the rest hostile in any field."""
    hostile = rnd.random() < 0.6
    texts = {name: _text(rnd, MAX_LENGTH[name], hostile and rnd.random() < 0.4)
             for name in _TEXT_FIELDS}
    if rnd.random() < 0.8:
        texts["duplicate_of"] = ""
    if known_numbers and rnd.random() < 0.1:
        texts["duplicate_of"] = rnd.choice(known_numbers)
    return CallDraft(
        caller_number=texts["caller_number"], caller_name=texts["caller_name"],
        address=texts["address"], summary=texts["summary"],
        transfer_ref=texts["transfer_ref"], duplicate_of=texts["duplicate_of"],
        line=rnd.choice(["110", "110", "122", "", "119", _text(rnd, 5, hostile)]
                        if hostile else ["110", "122"]),
        jurisdiction_code=_code(rnd, JURISDICTIONS, hostile),
        category_code=_code(rnd, CATEGORIES, hostile),
        priority=rnd.choice(_INTS), disposition=_code(rnd, DISPOSITIONS, hostile),
        dv_flag=rnd.random() < 0.1, enterprise_flag=rnd.random() < 0.1,
        received_at=_time(rnd, now, hostile), fraud=_fraud(rnd, now, hostile))


# ---- judging one record against the file ----------------------------------------------------
_MARKS = ("SELECT (SELECT MAX(rowid) FROM calls), (SELECT MAX(rowid) FROM incidents),"
          " (SELECT MAX(rowid) FROM incident_events), (SELECT MAX(rowid) FROM fraud_reports),"
          " (SELECT MAX(rowid) FROM fraud_transfers),"
          " (SELECT MAX(rowid) FROM enterprise_pushes), (SELECT MAX(rowid) FROM audit_log),"
          " (SELECT MAX(rowid) FROM change_log), (SELECT TOTAL(value) FROM counters),"
          " (SELECT TOTAL(calls) FROM call_kinds), (SELECT TOTAL(calls) FROM call_hours),"
          " (SELECT TOTAL(incidents) FROM incident_kinds)")


def _marks(conn: sqlite3.Connection) -> tuple[object, ...]:
    """Where every table a save writes stands: any write moves one of these."""
    return tuple(conn.execute(_MARKS).fetchone())


def _stored_time(value: object) -> bool:
    return isinstance(value, str) and bool(STORED_TIME.match(value))


def whole(conn: sqlite3.Connection, draft: CallDraft, saved: SavedCall) -> list[str]:
    """What is missing or malformed in a saved call (empty: saved whole)."""
    row = conn.execute("SELECT * FROM calls WHERE id = ?", [saved.call_id]).fetchone()
    if row is None:
        return ["no call row"]
    call = dict(zip([d[0] for d in conn.execute("SELECT * FROM calls LIMIT 0").description],
                    row, strict=True))
    given = {name: getattr(draft, name).strip() for name in (
        "caller_number", "caller_name", "address", "summary", "transfer_ref")}
    if saved.disposition == "duplicate" and saved.incident_id and not given["address"]:
        given["address"] = conn.execute(  # a duplicate takes its incident's address
            "SELECT address FROM incidents WHERE id = ?", [saved.incident_id]).fetchone()[0]
    wrong = [name for name, value in given.items() if call[name] != value]
    if call["line"] != draft.line or call["disposition"] != saved.disposition:
        wrong.append("line or disposition")
    for name in ("received_at", "logged_at"):
        if not _stored_time(call[name]):
            wrong.append(f"{name} {call[name]!r}")
    if not STORED_DAY.match(str(call["day"])):
        wrong.append(f"day {call['day']!r}")
    if saved.incident_id is not None:
        incident = conn.execute("SELECT number, opened_at, stage_at FROM incidents WHERE id = ?",
                                [saved.incident_id]).fetchone()
        if incident is None:
            wrong.append("no incident row")
        else:
            if incident[0] != saved.incident_number or not INCIDENT_NUMBER.match(incident[0]):
                wrong.append(f"incident number {incident[0]!r}")
            if not (_stored_time(incident[1]) and _stored_time(incident[2])):
                wrong.append(f"incident times {incident[1]!r} {incident[2]!r}")
            if not conn.execute("SELECT 1 FROM incident_events WHERE incident_id = ?"
                                " AND json_extract(detail, '$.call_id') = ?",
                                [saved.incident_id, saved.call_id]).fetchone():
                wrong.append("no incident event for the call")
    if draft.fraud is not None:
        report = conn.execute("SELECT id FROM fraud_reports WHERE call_id = ?",
                              [saved.call_id]).fetchone()
        if report is None:
            wrong.append("no fraud report")
        else:
            times = [r[0] for r in conn.execute(
                "SELECT transferred_at FROM fraud_transfers WHERE report_id = ?", [report[0]])]
            if len(times) != len(draft.fraud.transfers):
                wrong.append(f"{len(times)} of {len(draft.fraud.transfers)} transfers")
            wrong += [f"transfer time {t!r}" for t in times
                      if t is not None and not _stored_time(t)]
    return wrong


@dataclass
class FuzzResult:
    records: int = 0
    saved: int = 0
    refused: int = 0
    crashes: Counter[str] = field(default_factory=Counter)  # where raised -> how many
    first_crash: str = ""  # the end of the first crash's traceback
    half_writes: list[str] = field(default_factory=list)  # refused yet written, or not whole
    refusals: Counter[str] = field(default_factory=Counter)  # problem codes, for the record
    views: list[str] = field(default_factory=list)  # views that failed on the fuzzed file
    checks: FileChecks | None = None

    @property
    def ok(self) -> bool:
        return (not self.crashes and not self.half_writes and not self.views
                and self.checks is not None and self.checks.ok)


def _views(path: Path) -> list[str]:
    """Read once what every seat reads: anything that fails on what was saved is named."""
    failed: list[str] = []
    with Store.open(path, create=False) as store:
        days = store.conn.execute("SELECT MIN(day), MAX(day) FROM calls").fetchone()
        numbers = [r[0] for r in store.conn.execute(
            "SELECT caller_number FROM calls ORDER BY id DESC LIMIT 20")]
        reads: dict[str, Callable[[], object]] = {
            "queues": lambda: store.queues.queue_items(),
            "board": lambda: store.incidents.open_incidents(),
            "summary": lambda: store.figures.tallies(Period(
                date.fromisoformat(days[0]), date.fromisoformat(days[1]))) if days[0] else None,
            "history": lambda: [store.lookup.history(n) for n in numbers],
            "clear to zero": lambda: store.shift.clear_review(),
            "handover": lambda: store.shift.handover("dispatch"),
            "escalation due": lambda: store.escalation.escalation_due(),
        }
        for name, read in reads.items():
            try:
                read()
            except Exception as exc:  # a view a seat could not open
                failed.append(f"{name}: {type(exc).__name__}: {exc}")
        store.queues.queue_items()
        if store.queues.last_skipped:  # rows a reader had to pass over: stored unreadable
            failed.append(f"queues: {len(store.queues.last_skipped)} row(s) skipped as unreadable")
    return failed


def _where(exc: BaseException) -> str:
    """A crash by its kind and the console's function that raised it."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if "/console/" in f.filename]
    place = f" in {frames[-1].name} ({Path(frames[-1].filename).name}:{frames[-1].lineno})" \
        if frames else ""
    return f"{type(exc).__name__}{place}"


def run_fuzz(folder: Path, records: int, *, seed: int = 110) -> FuzzResult:
    path = folder / "fuzz.db"
    prepare(path, seats=1)
    rnd = random.Random(seed)
    result = FuzzResult()
    store = log_in(path, seat_user(1))
    conn = store.conn
    known: list[str] = []
    try:
        for n in range(records):
            draft = fuzzed(rnd, datetime.now(UTC), known)
            before = _marks(conn)
            result.records += 1
            try:
                saved = store.calls.log_call(draft, store.actor.id if store.actor else None, "F1")
            except InputRefused as refused:
                result.refused += 1
                result.refusals.update(f"{p.field}:{p.code}" for p in refused.problems)
                if _marks(conn) != before:
                    result.half_writes.append(f"record {n}: refused, yet written")
                continue
            except Exception as exc:  # a crash: what the run is for
                result.crashes[_where(exc)] += 1
                if _marks(conn) != before:
                    result.half_writes.append(f"record {n}: crashed, yet written")
                result.first_crash = result.first_crash or traceback.format_exc(limit=-3)
                continue
            result.saved += 1
            problems = whole(conn, draft, saved)
            if problems:
                result.half_writes.append(f"record {n}: saved, but {'; '.join(problems)}")
            if saved.incident_number:
                known.append(saved.incident_number)
    finally:
        store.close()
    result.views = _views(path)
    result.checks = FileChecks.of(path)
    return result
