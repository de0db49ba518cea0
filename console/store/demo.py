"""Fictional demo data for `console110 demo`: a year of the centre's work in well under a minute.

Demo accounts, one per role, all with the password `demo110`:

    jiejing01    call-taker 接警员          huqi01       enterprise desk 护企专席
    fanjiabao01  anti-DV desk 反家暴专席     diaodu01     dispatcher 调度员
    zhibanzhang  supervisor 值班长           admin        administrator 系统管理员

and jiejing02 … jiejing21, the other call-takers of the three shifts (they author events).

What is made follows the reference year (console/domain/demo_mix.py): calls on lines 110/122
with an hourly curve, incidents with their whole stage history (events, unit assignments,
outcomes), key enterprises with their three responsible persons and the 一警三派 pushes, DV
households with repeat incidents, callbacks with ratings, escalations and fraud reports.
Incidents of earlier days are closed but for a few dozen left open for the clear-to-zero
review; the end day runs up to "now", with incidents in every open stage. Calls are marked
`source = 'demo'`; 12345 ticket references read `GD<day><seq>`.

Deterministic: one `random.Random(seed)`, and with `end` given no wall clock is read — "now"
is then 20:00 local on the end day, or the given clock's time clamped to the end day.

Fast: rows are built in id order (ids are known without reading back) from precomputed
lookup tables and time-string pieces, handed to a writer thread that runs `executemany`
while the next rows are built (SQLite releases the GIL while it works). The load is one
transaction on a rollback journal with synchronous writes and foreign-key checks off and the
secondary indexes dropped, rebuilt at the end; the file is then back in WAL mode with full
synchronous commits. A failed load rolls back to the empty file.
"""

from __future__ import annotations

import queue
import random
import sqlite3
import threading
from bisect import bisect
from collections import deque
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path

from console.domain import demo_mix as mix
from console.domain.addresses import address_key
from console.domain.clock import Clock, FixedClock, SystemClock, day_start, local_day, to_stored
from console.domain.closures import default_closures
from console.domain.passwords import hash_password
from console.store.store import Store
from console.store.tallies import refill_tally_counts

DEMO_PASSWORD = "demo110"
# (username, display name, role): the accounts made through Store.add_operator.
ROLE_ACCOUNTS: tuple[tuple[str, str, str], ...] = (
    ("jiejing01", "王晓燕", "call_taker"),
    ("huqi01", "陈立新", "enterprise_desk"),
    ("fanjiabao01", "刘慧敏", "dv_desk"),
    ("diaodu01", "赵建国", "dispatcher"),
    ("zhibanzhang", "孙志强", "supervisor"),
    ("admin", "系统管理员", "admin"),
)
EXTRA_CALL_TAKERS = 20  # jiejing02 … jiejing21
TEAMS = 3  # shifts 00–08, 08–16, 16–24, teams rotating daily
DEFAULT_END_HOUR = 20  # "now" on the end day when an end date is given without a clock

# Tables the generator fills: a database with rows in any of them is not empty.
DATA_TABLES = (
    "operators", "enterprises", "incidents", "calls", "incident_events", "assignments",
    "enterprise_pushes", "callbacks", "escalations", "fraud_reports", "fraud_transfers",
    "incident_outcomes",
)
_COLUMNS = {
    "calls": "id, line, received_at, logged_at, day, caller_number, number_key, caller_name,"
             " address, address_key, jurisdiction_code, category_code, priority, summary,"
             " disposition, incident_id, transfer_ref, is_dv, is_enterprise, incomplete,"
             " operator_id, seat, source",
    "incidents": "id, number, day, seq, category_code, priority, jurisdiction_code, address,"
                 " address_key, caller_number, summary, enterprise_id, opened_by, is_dv,"
                 " is_enterprise, opened_at, stage, stage_at, dispatched_at, arrived_at,"
                 " handled_at, closed_at, result, closure, updated_at",
    "incident_events": "id, incident_id, at, operator_id, kind, stage, unit_code, detail",
    "assignments": "id, incident_id, unit_code, dispatched_at, en_route_at, on_scene_at,"
                   " cleared_at, dispatched_by, officers",
    "incident_outcomes": "incident_id, people_caught, assistance, mediated, recorded_at,"
                         " recorded_by",
    "callbacks": "id, incident_id, due_at, done_at, operator_id, rating, remarks",
    "escalations": "id, incident_id, level, reason, raised_at, raised_by, resolved_at,"
                   " resolved_by, resolution",
    "enterprise_pushes": "id, incident_id, enterprise_id, role, person, phone, pushed_at,"
                         " acked_at, acked_by",
    "fraud_reports": "id, call_id, incident_id, victim_account, victim_bank,"
                     " stop_payment_requested, accounts_frozen, money_recovered_fen, loss_fen,"
                     " updated_at",
    "fraud_transfers": "id, report_id, amount_fen, transferred_at, to_account, to_name, to_bank",
}
_INSERT = {
    table: f"INSERT INTO {table} ({cols}) VALUES ({', '.join('?' * (cols.count(',') + 1))})"
    for table, cols in _COLUMNS.items()
}
# The event log of incidents ?1..?2, derived from the rows just written: each stage change,
# assignment, unit status, outcome edit, push and ack, escalation, callback and duplicate call,
# in time order per incident (ids follow that order, as the timeline reads them). ?3 is the
# enterprise desk's account, which sends the pushes.
_EVENTS_SQL = """
INSERT INTO incident_events (incident_id, at, operator_id, kind, stage, unit_code, detail)
SELECT incident_id, at, operator_id, kind, stage, unit_code, detail FROM (
    SELECT c.incident_id, c.logged_at AS at, 0 AS ord, c.id AS sub, c.operator_id,
           'stage' AS kind, 'intake' AS stage, NULL AS unit_code,
           json_object('call_id', c.id, 'desks', json(CASE WHEN c.is_dv THEN '["dispatch","dv"]'
               WHEN c.is_enterprise THEN '["dispatch","enterprise"]' ELSE '["dispatch"]' END))
           AS detail
      FROM calls c WHERE c.incident_id BETWEEN ?1 AND ?2 AND c.disposition = 'incident'
    UNION ALL
    SELECT p.incident_id, p.pushed_at, 1, p.id, ?3, 'push', NULL, NULL,
           json_object('role', p.role, 'person', p.person, 'push_id', p.id)
      FROM enterprise_pushes p WHERE p.incident_id BETWEEN ?1 AND ?2
    UNION ALL
    SELECT a.incident_id, a.dispatched_at, 2, a.id, a.dispatched_by, 'assign', NULL,
           a.unit_code, '{}'
      FROM assignments a WHERE a.incident_id BETWEEN ?1 AND ?2
    UNION ALL
    SELECT a.incident_id, min(a.dispatched_at), 3, 0, min(a.dispatched_by), 'stage',
           'dispatched', NULL, '{"previous":"intake"}'
      FROM assignments a WHERE a.incident_id BETWEEN ?1 AND ?2 GROUP BY a.incident_id
    UNION ALL
    SELECT a.incident_id, a.en_route_at, 4, a.id, a.dispatched_by, 'unit_status', NULL,
           a.unit_code, '{"status":"en_route"}'
      FROM assignments a WHERE a.incident_id BETWEEN ?1 AND ?2 AND a.en_route_at IS NOT NULL
    UNION ALL
    SELECT a.incident_id, min(a.en_route_at), 5, 0, min(a.dispatched_by), 'stage', 'en_route',
           NULL, '{"previous":"dispatched"}'
      FROM assignments a WHERE a.incident_id BETWEEN ?1 AND ?2 AND a.en_route_at IS NOT NULL
     GROUP BY a.incident_id
    UNION ALL
    SELECT a.incident_id, a.on_scene_at, 6, a.id, a.dispatched_by, 'unit_status', NULL,
           a.unit_code, '{"status":"on_scene"}'
      FROM assignments a WHERE a.incident_id BETWEEN ?1 AND ?2 AND a.on_scene_at IS NOT NULL
    UNION ALL
    SELECT a.incident_id, min(a.on_scene_at), 7, 0, min(a.dispatched_by), 'stage', 'on_scene',
           NULL, '{"previous":"en_route"}'
      FROM assignments a WHERE a.incident_id BETWEEN ?1 AND ?2 AND a.on_scene_at IS NOT NULL
     GROUP BY a.incident_id
    UNION ALL
    SELECT i.id, i.handled_at, 8, 0,
           COALESCE((SELECT a.dispatched_by FROM assignments a WHERE a.incident_id = i.id
                     LIMIT 1), i.opened_by), 'stage', 'handled', NULL,
           json_object('previous', CASE WHEN i.dispatched_at IS NULL THEN 'intake'
                                        ELSE 'on_scene' END, 'result', i.result)
      FROM incidents i WHERE i.id BETWEEN ?1 AND ?2 AND i.handled_at IS NOT NULL
    UNION ALL
    SELECT a.incident_id, a.cleared_at, 9, a.id, a.dispatched_by, 'unit_status', NULL,
           a.unit_code, '{"status":"cleared"}'
      FROM assignments a WHERE a.incident_id BETWEEN ?1 AND ?2 AND a.cleared_at IS NOT NULL
    UNION ALL
    SELECT o.incident_id, o.recorded_at, 10, 0, o.recorded_by, 'edit', NULL, NULL,
           json_object('people_caught', o.people_caught, 'assistance', o.assistance,
                       'mediated', json(CASE WHEN o.mediated THEN 'true' ELSE 'false' END))
      FROM incident_outcomes o WHERE o.incident_id BETWEEN ?1 AND ?2
    UNION ALL
    SELECT e.incident_id, e.raised_at, 11, e.id, e.raised_by, 'escalate', NULL, NULL,
           json_object('escalation_id', e.id, 'level', e.level, 'reason', e.reason)
      FROM escalations e WHERE e.incident_id BETWEEN ?1 AND ?2
    UNION ALL
    SELECT e.incident_id, e.resolved_at, 12, e.id, e.resolved_by, 'resolve', NULL, NULL,
           json_object('escalation_id', e.id, 'level', e.level, 'resolution', e.resolution)
      FROM escalations e WHERE e.incident_id BETWEEN ?1 AND ?2 AND e.resolved_at IS NOT NULL
    UNION ALL
    SELECT i.id, i.closed_at, 13, 0,
           COALESCE((SELECT a.dispatched_by FROM assignments a WHERE a.incident_id = i.id
                     LIMIT 1), i.opened_by), 'stage', 'closed', NULL,
           json_object('previous', 'handled', 'closure', i.closure)
      FROM incidents i WHERE i.id BETWEEN ?1 AND ?2 AND i.closed_at IS NOT NULL
    UNION ALL
    SELECT b.incident_id, b.done_at, 14, b.id, b.operator_id, 'callback', NULL, NULL,
           json_object('callback_id', b.id, 'rating', b.rating)
      FROM callbacks b WHERE b.incident_id BETWEEN ?1 AND ?2 AND b.done_at IS NOT NULL
    UNION ALL
    SELECT b.incident_id, b.done_at, 15, b.id, b.operator_id, 'stage', 'called_back', NULL,
           '{"previous":"closed"}'
      FROM callbacks b WHERE b.incident_id BETWEEN ?1 AND ?2 AND b.done_at IS NOT NULL
       AND b.rating <> 'not_reached'
    UNION ALL
    SELECT c.incident_id, c.logged_at, 16, c.id, c.operator_id, 'duplicate_call', NULL, NULL,
           json_object('call_id', c.id, 'desks', json('[]'))
      FROM calls c WHERE c.incident_id BETWEEN ?1 AND ?2 AND c.disposition = 'duplicate'
    UNION ALL
    SELECT p.incident_id, p.acked_at, 17, p.id, p.acked_by, 'ack', NULL, NULL,
           json_object('role', p.role, 'push_id', p.id)
      FROM enterprise_pushes p WHERE p.incident_id BETWEEN ?1 AND ?2 AND p.acked_at IS NOT NULL
) ORDER BY incident_id, at, ord, sub
"""
# Indexes the event query needs while loading; every other secondary index is rebuilt after.
_LOAD_INDEXES = frozenset({"calls_incident", "assignments_incident", "callbacks_incident",
                           "escalations_incident", "enterprise_pushes_incident"})

_BATCH_ROWS = 100_000
_SEC = 1000
_MIN = 60 * _SEC
_HOUR = 60 * _MIN
_DAY = 24 * _HOUR
_DUPLICATE_WINDOW = 90 * _MIN  # a duplicate call reports an incident opened this recently
_PENDING_WINDOW = 2 * _HOUR  # incidents are written once no duplicate can reach them
_ROLES = ("bureau_leader", "station_leader", "officer")
# The stage whose time ends the work on an incident left open after the given stage.
_FOLLOWING = {"intake": "dispatched", "dispatched": "en_route", "on_scene": "handled",
              "handled": "closed"}


@dataclass(frozen=True)
class DemoSummary:
    """What a demo run made."""

    calls: int
    incidents: int
    events: int
    assignments: int
    callbacks: int
    enterprises: int
    operators: int
    first_day: date
    end: date
    now: datetime


class _Times:
    """Epoch milliseconds → stored time text from precomputed pieces (no datetime per row).

    The same text as console.domain.clock.to_stored, which the tests check.
    """

    def __init__(self) -> None:
        days: dict[int, str] = {}
        hms = [f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}." for s in range(86_400)]
        millis = [f"{m:03d}Z" for m in range(1000)]

        def text(ms: int, day_ms: int = _DAY) -> str:
            day = ms // day_ms
            prefix = days.get(day)
            if prefix is None:
                prefix = days[day] = datetime.fromtimestamp(day * 86_400, UTC).strftime(
                    "%Y-%m-%dT")
            rest = ms - day * day_ms
            return prefix + hms[rest // 1000] + millis[rest % 1000]

        def maybe(ms: int | None) -> str | None:
            return None if ms is None else text(ms)

        self.text = text
        self.maybe = maybe


@dataclass
class _Enterprise:
    id: int
    address: str
    key: str
    jurisdiction: str
    persons: tuple[tuple[str, str], ...]  # (name, phone) per role in _ROLES


@dataclass
class _Household:
    address: str
    key: str
    jurisdiction: str
    number: str
    name: str


class _Incident:
    """An incident kept until no more duplicate calls can reach it, then written."""

    __slots__ = ("address", "akey", "category", "flags", "group", "handled", "id",
                 "jurisdiction", "last", "opened", "priority", "row", "summary")


class _Writer(threading.Thread):
    """Runs `executemany` on batches while the generator builds the next ones."""

    def __init__(self, conn: sqlite3.Connection):
        super().__init__(name="demo-writer", daemon=True)
        self.conn = conn
        self.jobs: queue.Queue[tuple[str, list[tuple[object, ...]]] | None] = queue.Queue(4)
        self.error: BaseException | None = None

    def run(self) -> None:
        while (job := self.jobs.get()) is not None:
            if self.error is None:
                try:
                    self.conn.executemany(*job)
                except BaseException as exc:  # handed to the generating thread
                    self.error = exc

    def put(self, sql: str, rows: list[tuple[object, ...]]) -> None:
        if self.error is not None:
            raise self.error
        self.jobs.put((sql, rows))

    def finish(self) -> None:
        self.jobs.put(None)
        self.join()
        if self.error is not None:
            raise self.error


class _Generator:
    def __init__(self, store: Store, rng: random.Random, *, first: date, end: date,
                 now: datetime, calls_per_day: int):
        self.store = store
        self.ref = store.reference
        self.rng = rng
        self.random = rng.random
        self.first, self.end = first, end
        self.now_ms = _epoch_ms(now)
        self.calls_per_day = calls_per_day
        self.times = _Times()
        offset = now.astimezone(store.tz).utcoffset() or timedelta(0)
        self.tz_offset_ms = int(offset.total_seconds() * 1000)
        self.rows: dict[str, list[tuple[object, ...]]] = {t: [] for t in _INSERT}
        self.counts: dict[str, int] = dict.fromkeys(_INSERT, 0)
        self.next_id: dict[str, int] = dict.fromkeys(_INSERT, 1)
        self.pending: deque[_Incident] = deque()
        self.active_units: dict[str, tuple[int, str]] = {}
        self.dv_follow_ups: list[tuple[date, _Household]] = []
        self.writer: _Writer | None = None
        self.flushed = self.events_done = 0  # incidents queued / with their events derived
        self._check_mix()
        self._tables()
        self._places()
        self._units()

    # --- lookup tables -----------------------------------------------------------------

    def _check_mix(self) -> None:
        taxonomy = self.ref.taxonomy
        codes = {c for cats in mix.CATEGORY_WEIGHTS.values() for c in cats}
        codes |= set(mix.ENTERPRISE_WEIGHTS)
        codes |= {c for cats in mix.CALL_CATEGORIES.values() for c in cats}
        missing = sorted(c for c in codes if c not in taxonomy)
        if missing:
            raise ValueError(f"demo mix names unknown categories: {', '.join(missing)}")
        closures = {c.code for c in default_closures()}
        unknown = {c for h in mix.HANDLING.values() for c in h.closures} - closures
        if unknown:
            raise ValueError(f"demo mix names unknown closures: {', '.join(sorted(unknown))}")

    def _tables(self) -> None:
        ref = self.ref
        self.category = {c.code: c for c in ref.taxonomy.categories}
        self.disp_keys, self.disp_cum = mix.cumulative(mix.disposition_shares(
            self.calls_per_day))
        weights = mix.incident_weights(self.calls_per_day)
        self.incidents_per_day = sum(weights.values())
        self.inc_keys = tuple(weights)
        self.inc_cum = tuple(_accumulate(weights.values()))
        self.call_cats = {d: mix.cumulative(w) for d, w in mix.CALL_CATEGORIES.items()}
        self.log_ms = {d: (low * _SEC, (high - low) * _SEC)
                       for d, (low, high) in mix.LOG_SECONDS.items()}
        self.dv_codes = mix.cumulative(mix.CATEGORY_WEIGHTS["domestic_violence"])
        self.hour_cum = (_accumulate(mix.HOUR_WEIGHTS), _accumulate(mix.WEEKEND_HOUR_WEIGHTS))
        self.jur_keys, self.jur_cum = mix.cumulative(
            {j.code: mix.JURISDICTION_WEIGHTS.get(j.code, 1.0) for j in ref.jurisdictions})
        self.jur = {j.code: j for j in ref.jurisdictions}
        self.place_cum = {g: _accumulate(w) for g, w in mix.PLACE_WEIGHTS.items()}
        self.callback_due = {k: int(v.total_seconds() * 1000)
                             for k, v in ref.deadlines.callback.items()}
        self.open_share_recent = min(1.0, mix.OPEN_PER_RECENT_DAY / self.incidents_per_day)
        self.open_share_today = min(mix.OPEN_TODAY_MAX_SHARE,
                                    mix.OPEN_TODAY / self.incidents_per_day)
        older_days = (self.end - self.first).days - mix.OPEN_RECENT_DAYS
        self.open_share_older = (
            min(1.0, mix.OPEN_OLDER_TOTAL / (self.incidents_per_day * older_days))
            if older_days > 0 else 0.0)

    def _places(self) -> None:
        """Roads, compounds, hotspots and towns per jurisdiction, made up from word lists."""
        rng = self.rng
        pairs = [a + b for a in mix.ROAD_FIRST for b in mix.ROAD_SECOND if a != b]
        self.roads: dict[str, list[str]] = {}
        self.compounds: dict[str, list[str]] = {}
        self.hotspots: dict[str, list[str]] = {}
        self.towns: dict[str, list[str]] = {}
        n_roads, n_spots = mix.ROADS_PER_JURISDICTION, mix.HOTSPOTS_PER_JURISDICTION
        for j in self.ref.jurisdictions:
            names = rng.sample(pairs, n_roads + mix.COMPOUNDS_PER_JURISDICTION + n_spots)
            self.roads[j.code] = [r + rng.choice(mix.ROAD_SUFFIX) for r in names[:n_roads]]
            self.compounds[j.code] = [c + rng.choice(mix.COMPOUND_SUFFIX)
                                      for c in names[n_roads:-n_spots]]
            self.hotspots[j.code] = [j.name_zh + h + rng.choice(mix.HOTSPOT_KINDS)
                                     for h in names[-n_spots:]]
            self.towns[j.code] = [a + b + "镇" for a, b in zip(
                rng.sample(mix.ROAD_FIRST, 6), rng.sample(mix.TOWN_SECOND, 6), strict=True)]

    def _units(self) -> None:
        """Units per jurisdiction, weighted: street units for the street, stations for homes."""
        street = {"duty_station": 30, "stationing_point": 30, "special_patrol": 25,
                  "police_station": 15}
        home = {"police_station": 70, "special_patrol": 15, "duty_station": 10,
                "stationing_point": 5}
        self.units: dict[tuple[str, bool], tuple[list[str], list[float]]] = {}
        self.units_of: dict[str, list[str]] = {}
        for j in self.ref.jurisdictions:
            mine = [u for u in self.ref.units if u.jurisdiction_code == j.code]
            if not mine:
                raise ValueError(f"no units serve jurisdiction {j.code}")
            self.units_of[j.code] = [u.code for u in mine]
            for at_home, table in ((False, street), (True, home)):
                self.units[(j.code, at_home)] = (
                    [u.code for u in mine], _accumulate(table.get(u.kind, 5) for u in mine))

    # --- small random helpers (random() arithmetic: several times faster than randint) ---

    def between(self, low: int, high: int) -> int:
        return low + int(self.random() * (high - low))

    def pick(self, items: tuple[str, ...] | list[str]) -> str:
        return items[int(self.random() * len(items))]

    def weighted(self, keys: tuple | list, cum: tuple | list) -> object:  # type: ignore[type-arg]
        return keys[bisect(cum, self.random() * cum[-1])]

    # --- people and places --------------------------------------------------------------

    @staticmethod
    def person_name(index: int) -> str:
        surnames, given = mix.SURNAMES, mix.GIVEN_NAMES
        return surnames[index % len(surnames)] + given[(index * 7 + index // 97) % len(given)]

    @staticmethod
    def staff_phone(index: int) -> str:
        return f"{mix.STAFF_PREFIX}{(index * 7331) % 10**6:06d}"

    def caller(self, nuisance: bool = False, named: bool = True) -> tuple[str, str]:
        """A caller number (one name per number) from the pools; repeat callers call often."""
        r = self.random()
        if nuisance and r < mix.NUISANCE_FROM_POOL:
            index = int(self.random() ** 2 * mix.NUISANCE_CALLERS)
        elif r < mix.REPEAT_CALLER_SHARE:
            index = int(self.random() ** 2 * mix.REPEAT_CALLERS)
        else:
            index = int(self.random() * mix.CALLER_SPACE)
        number = f"{mix.CALLER_PREFIX}{index:06d}"
        if not named or self.random() < mix.NAMELESS_SHARE:
            return number, ""
        return number, self.person_name(index)

    def place(self, jur: str, group: str) -> tuple[str, bool]:
        """An address for a group's incident in a jurisdiction, and whether it is a home."""
        kind = self.weighted((0, 1, 2, 3), self.place_cum[group])
        name, roads = self.jur[jur].name_zh, self.roads[jur]
        if kind == 0:
            number = 1 + int(self.random() ** 1.5 * mix.STREET_NUMBERS)
            return f"{name}{self.pick(roads)}{number}号", False
        if kind == 1:
            first = self.pick(roads)
            second = self.pick(roads)
            while second == first:
                second = self.pick(roads)
            return f"{name}{first}与{second}交叉口", False
        if kind == 2:
            spots = self.hotspots[jur]
            return spots[int(self.random() ** 2 * len(spots))], False
        return self.home(jur), True

    def home(self, jur: str) -> str:
        between = self.between
        name = self.jur[jur].name_zh
        if self.jur[jur].area_type == "rural" and self.random() < 0.45:
            village = mix.ROAD_FIRST[between(0, mix.VILLAGES_PER_TOWN)]
            return (f"{name}{self.pick(self.towns[jur])}{village}庄村"
                    f"{between(1, mix.VILLAGE_GROUPS + 1)}组")
        compounds = self.compounds[jur]
        compound = compounds[int(self.random() ** 1.3 * len(compounds))]
        return (f"{name}{compound}{between(1, mix.BUILDINGS + 1)}栋"
                f"{between(1, mix.UNITS_PER_BUILDING + 1)}单元{between(1, mix.FLOORS + 1)}"
                f"{between(1, mix.FLATS_PER_FLOOR + 1):02d}室")

    def taker(self, ms: int) -> tuple[int, str]:
        """The call-taker on shift at a moment (three teams rotating daily) and the seat."""
        shift = (ms + self.tz_offset_ms) // (8 * _HOUR)
        team = self.teams[(shift + shift // 3) % TEAMS]
        seat = int(self.random() * len(team))
        return team[seat], self.seats[seat]

    # --- set-up rows ----------------------------------------------------------------------

    def operators(self, now: datetime) -> None:
        """The role accounts through the store; more call-takers in bulk with one hash."""
        store = self.store
        self.ops = {u: store.add_operator(u, name, role, DEMO_PASSWORD).id
                    for u, name, role in ROLE_ACCOUNTS}
        shared_hash, created = hash_password(DEMO_PASSWORD), to_stored(now)
        first_id = max(self.ops.values()) + 1
        extra = [(first_id + n, f"jiejing{n + 2:02d}", self.person_name(7919 * (n + 11)),
                  "call_taker", shared_hash, created) for n in range(EXTRA_CALL_TAKERS)]
        with store.write() as conn:
            conn.executemany("INSERT INTO operators (id, username, display_name, role,"
                             " password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)", extra)
        takers = [self.ops["jiejing01"]] + [row[0] for row in extra]
        size = len(takers) // TEAMS
        self.teams = [takers[i * size:(i + 1) * size] for i in range(TEAMS)]
        self.seats = [f"S{n + 1:02d}" for n in range(size)]
        self.operator_count = len(self.ops) + len(extra)

    def enterprises(self, created: str) -> list[tuple[object, ...]]:
        """The registry of key enterprises, each with its three responsible persons."""
        rng = self.rng
        names = [(f"淮南市{w}{word}{rng.choice(mix.COMPANY_SUFFIX)}", industry)
                 for w in mix.ENTERPRISE_WORDS for word, industry in mix.INDUSTRIES.items()]
        jur_keys, jur_cum = mix.cumulative(
            {j.code: mix.ENTERPRISE_JURISDICTION_WEIGHTS.get(j.code, 1.0)
             for j in self.ref.jurisdictions})
        jur_index = {code: i for i, code in enumerate(self.jur)}
        leaders = [(self.person_name(30011 + 13 * i), self.staff_phone(i))
                   for i in range(mix.BUREAU_LEADERS)]
        self.enterprise_list: list[_Enterprise] = []
        rows: list[tuple[object, ...]] = []
        used: set[str] = set()
        for index, (name, industry) in enumerate(rng.sample(names, mix.ENTERPRISE_COUNT), 1):
            jur = str(self.weighted(jur_keys, jur_cum))
            address = ""
            while not address or address in used:
                address = (f"{self.jur[jur].name_zh}{self.pick(mix.PARKS)}"
                           f"{self.pick(self.roads[jur])}{self.between(1, 200)}号")
            used.add(address)
            station = jur_index[jur] * 10 + self.between(0, mix.STATION_LEADERS_PER_JURISDICTION)
            officer = jur_index[jur] * 100 + self.between(0, mix.OFFICERS_PER_JURISDICTION)
            persons = (
                leaders[self.between(0, len(leaders))],
                (self.person_name(40013 + 17 * station), self.staff_phone(1000 + station)),
                (self.person_name(50021 + 19 * officer), self.staff_phone(5000 + officer)),
            )
            ent = _Enterprise(index, address, address_key(address), jur, persons)
            self.enterprise_list.append(ent)
            rows.append((index, name, address, ent.key, jur, industry,
                         f"{mix.LANDLINE_PREFIX}{self.between(0, 10**6):06d}",
                         *persons[0], *persons[1], *persons[2], created))
        return rows

    # --- the days ---------------------------------------------------------------------------

    def run(self, writer: _Writer) -> None:
        self.writer = writer
        day = self.first
        while day <= self.end:
            self.day(day)
            if sum(len(r) for r in self.rows.values()) >= _BATCH_ROWS:
                self.write()
            day += timedelta(days=1)
        while self.pending:
            self.flush(self.pending.popleft())
        self.write()

    def day(self, day: date) -> None:
        rng = self.rng
        start = _epoch_ms(day_start(day, self.store.tz))
        load = mix.WEEKDAY_FACTORS[day.weekday()] * (1 + rng.gauss(0, mix.DAY_NOISE))
        n = max(1, round(self.calls_per_day * load))
        hours = rng.choices(range(24), cum_weights=self.hour_cum[day.weekday() >= 5], k=n)
        rand, now = self.random, self.now_ms
        moments = sorted(start + h * _HOUR + int(rand() * _HOUR) for h in hours)
        moments = [m for m in moments if m <= now]
        dispositions = rng.choices(self.disp_keys, cum_weights=self.disp_cum, k=len(moments))
        jurs = rng.choices(self.jur_keys, cum_weights=self.jur_cum, k=len(moments))
        age = (self.end - day).days
        open_share = (self.open_share_today if age == 0 else self.open_share_recent
                      if age <= mix.OPEN_RECENT_DAYS else self.open_share_older)
        self.stop_cum = _TODAY_STOP_CUM if age == 0 else _OPEN_STOP_CUM
        self.today, self.day_text = day, day.isoformat()
        self.number_prefix = f"{self.ref.centre_code}-{day:%Y%m%d}-"
        self.seq = self.transfer_seq = 0
        pending, flush = self.pending, self.flush
        for received, disposition, jur in zip(moments, dispositions, jurs, strict=True):
            while pending and pending[0].opened < received - _PENDING_WINDOW:
                flush(pending.popleft())
            if disposition == "incident":
                self.incident_call(received, jur, open_share)
            elif disposition == "duplicate":
                self.duplicate_call(received, jur)
            else:
                self.other_call(received, disposition, jur)

    def new_id(self, table: str) -> int:
        value = self.next_id[table]
        self.next_id[table] = value + 1
        return value

    def call_row(self, received: int, logged: int, line: str, number: str, name: str,
                 address: str, key: str, jur: str | None, category: str | None, priority: int,
                 summary: str, disposition: str, incident_id: int | None, transfer: str = "",
                 dv: int = 0, ent: int = 0, incomplete: str = "", *, taker: tuple[int, str]
                 ) -> int:
        call_id = self.new_id("calls")
        text = self.times.text
        self.rows["calls"].append((
            call_id, line, text(received), text(logged), self.day_text, number, number, name,
            address, key, jur, category, priority, summary, disposition, incident_id, transfer,
            dv, ent, incomplete, taker[0], taker[1], "demo"))
        return call_id

    def line_for(self, group: str) -> str:
        share = mix.LINE_122.get(group, mix.LINE_122["other"])
        return "122" if self.random() < share else "110"

    def logged_at(self, received: int, disposition: str) -> int:
        low, span = self.log_ms[disposition]
        return received + low + int(self.random() * span)

    def summary_for(self, code: str, group: str) -> str:
        texts = mix.SUMMARIES.get(code) or mix.GROUP_SUMMARIES.get(group)
        return self.pick(texts) if texts else self.category[code].name_zh

    def other_call(self, received: int, disposition: str, jur: str) -> None:
        """A call that makes no incident: inquiry, nuisance, silent, 12345, 119/120…"""
        logged = self.logged_at(received, disposition)
        if logged > self.now_ms:
            return  # still being typed at "now": not saved yet
        keys, cum = self.call_cats[disposition]
        category = self.category[keys[0] if len(keys) == 1 else str(self.weighted(keys, cum))]
        quiet = disposition in ("silent", "nuisance")
        number, name = self.caller(nuisance=disposition == "nuisance", named=not quiet)
        address = ""
        if disposition in ("handover_119", "handover_120"):
            address = self.place(jur, "fire" if disposition == "handover_119"
                                 else "assist_other")[0]
        elif disposition in ("inquiry", "complaint", "transfer_12345") and self.random() < 0.3:
            address = self.place(jur, "dispute_economic")[0]
        transfer = ""
        if disposition == "transfer_12345":
            self.transfer_seq += 1
            transfer = f"GD{self.today:%Y%m%d}{self.transfer_seq:04d}"
        code: str | None = category.code
        incomplete = ""
        if disposition == "inquiry" and self.today == self.end and self.random() < 0.02:
            code, incomplete = None, "category_code:missing"  # for the call-taker to complete
        self.call_row(received, logged, self.line_for(category.tally_group), number, name,
                      address, address_key(address) if address else "", jur, code,
                      category.default_priority, self.summary_for(category.code,
                                                                   category.tally_group),
                      disposition, None, transfer, incomplete=incomplete,
                      taker=self.taker(received))

    def duplicate_call(self, received: int, jur: str) -> None:
        """Another caller reporting a recent incident; with none recent, an inquiry."""
        pending = self.pending
        inc = pending[-1 - int(self.random() ** 2 * min(len(pending), 15))] if pending else None
        if inc is None or inc.opened < received - _DUPLICATE_WINDOW:
            self.other_call(received, "inquiry", jur)
            return
        logged = self.logged_at(received, "duplicate")
        if logged > self.now_ms:
            return
        number, name = self.caller()
        taker = self.taker(received)
        dv, ent = inc.flags
        self.call_row(
            received, logged, self.line_for(inc.group), number, name, inc.address, inc.akey,
            inc.jurisdiction, inc.category, inc.priority, "重复报警：" + inc.summary,
            "duplicate", inc.id, dv=dv, ent=ent, taker=taker)
        inc.last = max(inc.last, logged)  # its duplicate_call event

    # --- incidents ----------------------------------------------------------------------------

    def incident_call(self, received: int, jur: str, open_share: float) -> None:
        logged = self.logged_at(received, "incident")
        if logged > self.now_ms:
            return
        household: _Household | None = None
        follow = self.dv_follow_ups
        if follow and follow[0][0] <= self.today:  # a DV household calls again
            household = follow.pop(0)[1]
            group, code = "domestic_violence", str(self.weighted(*self.dv_codes))
        else:
            group, code = self.weighted(self.inc_keys, self.inc_cum)  # type: ignore[misc]
        enterprise: _Enterprise | None = None
        dv = 0
        if group == "enterprise":
            group = mix.ENTERPRISE_GROUP[code]
            listed = self.enterprise_list
            enterprise = listed[int(self.random() ** 1.5 * len(listed))]
            jur, address, at_home = enterprise.jurisdiction, enterprise.address, False
            number, name = self.caller()
        elif group == "domestic_violence":
            household = household or self.household(jur)
            jur, address, at_home, dv = household.jurisdiction, household.address, True, 1
            number, name = ((household.number, household.name) if self.random() < 0.8
                            else self.caller())
        else:
            address, at_home = self.place(jur, group)
            number, name = self.caller()
        category = self.category[code]
        priority = category.default_priority
        if self.random() < 0.1:
            priority = min(3, max(1, priority + (1 if self.random() < 0.5 else -1)))
        taker = self.taker(received)
        self.seq += 1
        inc = _Incident()
        inc.id = self.new_id("incidents")
        inc.opened, inc.category, inc.group, inc.priority = received, code, group, priority
        inc.jurisdiction, inc.address = jur, address
        inc.akey = enterprise.key if enterprise else address_key(address)
        inc.summary = self.summary_for(code, group)
        ent = 1 if enterprise else 0
        inc.flags = (dv, ent)
        call_id = self.call_row(
            received, logged, self.line_for(group), number, name, address, inc.akey, jur, code,
            priority, inc.summary, "incident", inc.id, dv=dv, ent=ent, taker=taker)
        # The number is format_incident_number(centre, day, seq), with the prefix made once a day.
        inc.row = [inc.id, f"{self.number_prefix}{self.seq:04d}", self.day_text, self.seq, code,
                   priority, jur, address, inc.akey, number, inc.summary,
                   enterprise.id if enterprise else None, taker[0], dv, ent,
                   self.times.text(received)]
        keep_open = open_share > 0 and self.random() < open_share
        self.timeline(inc, call_id, logged, taker[0], at_home, enterprise, keep_open)
        if group == "telecom_fraud":
            self.fraud(call_id, inc)
        self.pending.append(inc)

    def household(self, jur: str) -> _Household:
        """A new DV household, its later incidents (0–4) planned on the days ahead."""
        follow = self.dv_follow_ups
        number, name = self.caller()
        address = self.home(jur)
        household = _Household(address, address_key(address), jur, number,
                               name or self.person_name(int(number[-6:])))
        size = int(self.weighted(mix.DV_HOUSEHOLD_SIZES, _accumulate(mix.DV_HOUSEHOLD_WEIGHTS)))
        due = self.today
        # Gaps shrink in a short demo so that the repeats still fall inside it.
        longest = min(mix.DV_GAP_DAYS[1], max(1, (self.end - self.today).days // size))
        for _ in range(size - 1):
            due += timedelta(days=self.between(mix.DV_GAP_DAYS[0], longest + 1))
            if due <= self.end:
                follow.append((due, household))
        follow.sort(key=lambda item: item[0])
        return household

    def timeline(self, inc: _Incident, call_id: int, logged: int, taker: int, at_home: bool,
                 enterprise: _Enterprise | None, keep_open: bool) -> None:
        """The times of every step from intake to callback, cut where the work stops.

        Only rows are made here; the event log is derived from them in SQL (_EVENTS_SQL).
        """
        between, rand = self.between, self.random
        handling = mix.HANDLING[inc.group]
        dv, ent = inc.flags
        dispatcher = taker if rand() < 0.7 else self.ops["diaodu01"]
        times = {"intake": logged}
        inc.last = logged
        if enterprise is not None:
            self.pushes(inc, enterprise, logged)
        units: list[list] = []  # type: ignore[type-arg]  # [unit, en route, on scene, clear, n]
        by_phone = rand() < handling.by_phone
        if by_phone:  # settled at intake: guidance, or the caller withdrew
            handled, handler = logged + between(2 * _MIN, 10 * _MIN), taker
        else:
            handled, handler = self.dispatch(inc, logged, at_home, dispatcher, times, units)
        times["handled"] = handled
        for unit in units:
            unit[3] = handled + between(0, 10 * _MIN)
        outcome = self.outcome(inc.group)
        recorded = handled + between(30 * _SEC, 5 * _MIN)
        escalations: list[tuple[str, int, int, int, int]] = []  # kind, raised, by, resolved, by
        close_after = handled
        if ent and rand() < mix.ENTERPRISE_ESCALATED:  # not resolved on the spot: to the bureau
            close_after = handled + between(4 * _HOUR, 48 * _HOUR)
            escalations.append(("enterprise", handled + 5 * _MIN, self.ops["huqi01"],
                                close_after, self.ops["zhibanzhang"]))
        closed = close_after + between(handling.close_min[0] * _MIN, handling.close_min[1] * _MIN)
        times["closed"] = closed
        closure = handling.closures[0] if rand() < 0.7 else self.pick(handling.closures)
        callback = self.callback(dv, ent, closed, times, escalations)
        cut = self.now_ms + 1
        if keep_open:  # work stops after this stage: open for the clear-to-zero review
            stop = str(self.weighted(mix.OPEN_STOP_STAGES, self.stop_cum))
            cut = min(cut, times["closed" if by_phone else _FOLLOWING[stop]])
        self.incident_rows(inc, cut, times, self.pick(mix.RESULTS.get(inc.group, ("已处置",))),
                           closure, units, dispatcher, handler,
                           (outcome, recorded) if outcome else None, callback, escalations)

    def dispatch(self, inc: _Incident, logged: int, at_home: bool, dispatcher: int,
                 times: dict[str, int], units: list[list]  # type: ignore[type-arg]
                 ) -> tuple[int, int]:
        """Dispatch 1–2 units of the jurisdiction, en route, on scene; returns handled time."""
        between, rand = self.between, self.random
        handling = mix.HANDLING[inc.group]
        low, high = mix.DISPATCH_SECONDS.get(inc.priority, (60, 180))
        dispatched = logged + between(low * _SEC, high * _SEC)
        pool, cum = self.units[(inc.jurisdiction, at_home)]
        chosen = [str(self.weighted(pool, cum))]
        if rand() < handling.two_units:
            second = self.pick(self.units_of[inc.jurisdiction])
            if second != chosen[0]:
                chosen.append(second)
        low_a, mode_a, high_a = mix.ARRIVAL_MINUTES[self.jur[inc.jurisdiction].area_type]
        factor = (mix.URGENT_ARRIVAL_FACTOR if inc.priority == 1 else 1.0) * _MIN
        for k, unit in enumerate(chosen):
            en_route = dispatched + between(10 * _SEC, 90 * _SEC) + k * between(0, 2 * _MIN)
            travel = int(self.rng.triangular(low_a, high_a, mode_a) * factor)
            on_scene = max(en_route + _MIN, dispatched + travel + k * between(0, 5 * _MIN))
            units.append([unit, en_route, on_scene, 0, self.officers()])
        times["dispatched"] = dispatched
        times["en_route"] = min(u[1] for u in units)
        times["on_scene"] = min(u[2] for u in units)
        low_h, high_h = handling.on_scene_min
        return max(u[2] for u in units) + between(low_h * _MIN, high_h * _MIN), dispatcher

    def callback(self, dv: int, ent: int, closed: int, times: dict[str, int],
                 escalations: list[tuple[str, int, int, int, int]]
                 ) -> tuple[int, int, int, str] | None:
        """回访 per callbacks.toml: all enterprise and DV incidents, a sample of the rest."""
        desk = "enterprise" if ent else "dv" if dv else "default"
        if self.random() >= self.ref.callbacks.share(desk):
            return None
        done = closed + self.between(30 * _MIN, 22 * _HOUR)
        if self.random() < mix.CALLBACK_NOT_REACHED:
            rating = "not_reached"
        else:
            rating = str(self.weighted(mix.CALLBACK_RATINGS, _RATING_CUM))
            times["called_back"] = done
        who = (self.ops["huqi01"] if ent else self.ops["fanjiabao01"] if dv
               else self.taker(done)[0])
        if rating in self.ref.callbacks.escalate_on:
            escalations.append(("callback", done + _SEC, who,
                                done + self.between(_HOUR, 24 * _HOUR), self.ops["zhibanzhang"]))
        due = closed + self.callback_due.get(desk, self.callback_due["default"])
        return due, done, who, rating

    def incident_rows(self, inc: _Incident, cut: int, times: dict[str, int], result: str,
                      closure: str, units: list[list], dispatcher: int,  # type: ignore[type-arg]
                      handler: int, outcome: tuple[tuple[int, str, int], int] | None,
                      callback: tuple[int, int, int, str] | None,
                      escalations: list[tuple[str, int, int, int, int]]) -> None:
        """The rows that hang off an incident and its stage columns, as of its cut.

        `inc.last` follows every row that makes an event, for `updated_at`.
        """
        text, maybe, rows = self.times.text, self.times.maybe, self.rows
        last = inc.last

        def seen(ms: int | None) -> int | None:
            return ms if ms is not None and ms < cut else None

        for unit, en_route, on_scene, cleared, officers in units:
            dispatched = seen(times["dispatched"])
            if dispatched is None:
                break
            en_route, on_scene, cleared = seen(en_route), seen(on_scene), seen(cleared)
            rows["assignments"].append((
                self.new_id("assignments"), inc.id, unit, text(dispatched), maybe(en_route),
                maybe(on_scene), maybe(cleared), dispatcher, officers))
            last = max(last, dispatched, en_route or 0, on_scene or 0, cleared or 0)
            if cleared is None:  # the unit is still out: the board shows it busy
                status = "on_scene" if on_scene else "en_route" if en_route else "dispatched"
                moment = on_scene or en_route or dispatched
                held = self.active_units.get(unit)
                if held is None or held[0] <= moment:
                    self.active_units[unit] = (moment, status)
        stage, stage_at = "intake", times["intake"]
        for name in ("dispatched", "en_route", "on_scene", "handled", "closed", "called_back"):
            if name not in times:
                continue  # not on this incident's path (settled by phone, not called back)
            moment = seen(times[name])
            if moment is None:
                break
            stage, stage_at = name, moment
        last = max(last, stage_at)
        handled, closed = seen(times["handled"]), seen(times["closed"])
        inc.handled = handled
        if outcome is not None and seen(outcome[1]) is not None:
            (caught, assistance, mediated), recorded = outcome
            rows["incident_outcomes"].append(
                (inc.id, caught, assistance, mediated, text(recorded), handler))
            last = max(last, recorded)
        if callback is not None and closed is not None:
            due, done, who, rating = callback
            finished = seen(done)
            remarks = (self.pick(mix.CALLBACK_REMARKS) if finished is not None
                       and rating in ("satisfied", "basically_satisfied") else "")
            rows["callbacks"].append((
                self.new_id("callbacks"), inc.id, text(due), maybe(finished),
                who if finished else None, rating if finished else None, remarks))
            last = max(last, finished or 0)
        for kind, raised, raised_by, resolved, resolved_by in escalations:
            if seen(raised) is None:
                continue
            done = seen(resolved)
            rows["escalations"].append((
                self.new_id("escalations"), inc.id, "bureau" if kind == "enterprise"
                else "supervisor", mix.ESCALATION_REASONS[kind], text(raised), raised_by,
                maybe(done), resolved_by if done else None,
                mix.ESCALATION_RESOLUTIONS[kind] if done else ""))
            last = max(last, raised, done or 0)
        inc.last = last
        inc.row += [stage, text(stage_at), maybe(seen(times.get("dispatched"))),
                    maybe(seen(times.get("on_scene"))), maybe(handled), maybe(closed),
                    result if handled else "", closure if closed else ""]

    def pushes(self, inc: _Incident, enterprise: _Enterprise, logged: int) -> None:
        """一警三派: one push per responsible person at once, each acknowledged within minutes."""
        text, desk = self.times.text, self.ops["huqi01"]
        pushed = logged + self.between(2 * _SEC, 5 * _SEC)
        if pushed > self.now_ms:
            return
        inc.last = max(inc.last, pushed)
        for role, (person, phone) in zip(_ROLES, enterprise.persons, strict=True):
            acked: int | None = pushed + self.between(_MIN, 8 * _MIN)
            if acked is not None and acked > self.now_ms:
                acked = None
            self.rows["enterprise_pushes"].append((
                self.new_id("enterprise_pushes"), inc.id, enterprise.id, role, person, phone,
                text(pushed), self.times.maybe(acked), desk if acked else None))
            inc.last = max(inc.last, acked or 0)

    def officers(self) -> int:
        r = self.random()
        if r < mix.OFFICERS_ONE_SHARE:
            return 1
        return 3 if r < mix.OFFICERS_ONE_SHARE + mix.OFFICERS_THREE_SHARE else 2

    def outcome(self, group: str) -> tuple[int, str, int] | None:
        """(people caught, assistance result, mediated) for the groups the tallies count."""
        if group in ("criminal", "public_order"):
            share = (mix.CAUGHT_CRIMINAL_SHARE if group == "criminal"
                     else mix.CAUGHT_PUBLIC_ORDER_SHARE)
            caught = 0
            if self.random() < share:
                caught = int(self.weighted(mix.CAUGHT_COUNTS, _CAUGHT_CUM))
            return caught, "", 0
        if group in mix.ASSISTANCE_RESULT:
            return 0, mix.ASSISTANCE_RESULT[group], 0
        if group in mix.MEDIATED_GROUPS:
            return 0, "", 1
        return None

    def fraud(self, call_id: int, inc: _Incident) -> None:
        """The fraud report of a fraud call: transfers, stop-payment, frozen, recovered."""
        rng, text, between = self.rng, self.times.text, self.between
        loss_yuan = rng.lognormvariate(mix.FRAUD_LOSS_MU, mix.FRAUD_LOSS_SIGMA)
        loss = int(min(2_000_000.0, max(300.0, loss_yuan)) * 100)
        parts = int(self.weighted((1, 2, 3, 4), (45, 75, 90, 100)))
        cuts = sorted(between(1, loss) for _ in range(parts - 1))
        amounts = [b - a for a, b in zip([0, *cuts], [*cuts, loss], strict=True)]
        moments = sorted(inc.opened - between(10 * _MIN, 72 * _HOUR) for _ in amounts)
        report_id = self.new_id("fraud_reports")
        for amount, moment in zip(amounts, moments, strict=True):
            self.rows["fraud_transfers"].append((
                self.new_id("fraud_transfers"), report_id, amount, text(moment),
                self.bank_card(), self.person_name(between(0, 10**6)), self.pick(mix.BANKS)))
        handled = inc.handled
        frozen: int | None = None
        recovered: int | None = None
        if handled is not None:  # outcomes are known once the incident is handled
            frozen, recovered = 0, 0
            if self.random() < mix.FRAUD_FROZEN_SHARE:
                frozen = int(self.weighted(mix.FRAUD_FROZEN_COUNTS, _FROZEN_CUM))
                share = rng.uniform(*mix.FRAUD_RECOVERED_RANGE) * mix.FRAUD_RECOVERY_SCALE
                recovered = min(loss, int(loss * share))
        self.rows["fraud_reports"].append((
            report_id, call_id, inc.id, self.bank_card(), self.pick(mix.BANKS),
            int(self.random() < mix.FRAUD_STOP_PAYMENT), frozen, recovered, loss,
            text(handled if handled is not None else inc.opened)))

    def bank_card(self) -> str:
        return f"{mix.BANK_CARD_PREFIX}{self.between(0, 10**8):08d}"

    # --- writing ------------------------------------------------------------------------------

    def flush(self, inc: _Incident) -> None:
        """Queue an incident once no more duplicate calls can reach it."""
        self.rows["incidents"].append((*inc.row, self.times.text(inc.last)))
        self.flushed = inc.id

    def write(self) -> None:
        """Hand the rows to the writer, then have it derive the events of written incidents."""
        assert self.writer is not None
        for table, rows in self.rows.items():
            if rows:
                self.writer.put(_INSERT[table], rows)
                self.counts[table] += len(rows)
                self.rows[table] = []
        if self.flushed > self.events_done:
            self.writer.put(_EVENTS_SQL, [(self.events_done + 1, self.flushed,
                                           self.ops["huqi01"])])
            self.events_done = self.flushed

    def unit_status_rows(self) -> list[tuple[str, str, str]]:
        return [(status, self.times.text(moment), unit)
                for unit, (moment, status) in sorted(self.active_units.items())]


def _accumulate(weights: object) -> list[float]:
    total, out = 0.0, []
    for weight in weights:  # type: ignore[attr-defined]
        total += weight
        out.append(total)
    return out


_OPEN_STOP_CUM = _accumulate(mix.OPEN_STOP_WEIGHTS)
_TODAY_STOP_CUM = _accumulate([1.0] * len(mix.OPEN_STOP_STAGES))
_RATING_CUM = _accumulate(mix.CALLBACK_RATING_WEIGHTS)
_CAUGHT_CUM = _accumulate(mix.CAUGHT_WEIGHTS)
_FROZEN_CUM = _accumulate(mix.FRAUD_FROZEN_WEIGHTS)


def _epoch_ms(moment: datetime) -> int:
    return round(moment.timestamp() * 1000)


def _is_empty(store: Store) -> bool:
    tables = set(store.db.table_names())
    for table in DATA_TABLES:
        if table in tables and store.conn.execute(
                f'SELECT 1 FROM "{table}" LIMIT 1').fetchone():
            return False
    return store.setting("demo") is None


def _resolve_now(end: date | None, clock: Clock | None, tz: tzinfo) -> tuple[date, datetime]:
    """The end day and the moment the demo runs up to (no wall clock when `end` is given)."""
    if end is None:
        now = (clock or SystemClock()).now()
        return local_day(now, tz), now
    start = day_start(end, tz)
    if clock is None:
        return end, start + timedelta(hours=DEFAULT_END_HOUR)
    latest = day_start(end + timedelta(days=1), tz) - timedelta(milliseconds=1)
    return end, min(max(clock.now(), start), latest)


def generate(path: Path | str, *, days: int = 30, seed: int = 110, calls_per_day: int = 2800,
             end: date | None = None, clock: Clock | None = None) -> DemoSummary:
    """Fill a new or empty database with `days` days of fictional work ending on `end`.

    `end` defaults to today (local); the end day runs up to the clock's now. Raises
    ValueError, with a message for the user, if the database already holds data or the
    numbers make no sense; nothing is changed then.
    """
    if not 1 <= days <= 36_600:
        raise ValueError(f"days must be between 1 and 36600, not {days}")
    if not 1 <= calls_per_day <= 200_000:
        raise ValueError(f"calls per day must be between 1 and 200000, not {calls_per_day}")
    fixed = FixedClock()
    store = Store.open(path, clock=fixed)
    try:
        if not _is_empty(store):
            raise ValueError(f"{path} already holds data: demo data go only into a new or empty"
                             " database. Choose another file; nothing was changed.")
        end, now = _resolve_now(end, clock, store.tz)
        fixed.set(now)
        first = end - timedelta(days=days - 1)
        gen = _Generator(store, random.Random(seed), first=first, end=end, now=now,
                         calls_per_day=calls_per_day)
        gen.operators(now)
        _bulk_load(store, gen, {
            "demo": "1", "demo_seed": str(seed), "demo_end": end.isoformat(),
            "demo_days": str(days), "demo_calls_per_day": str(calls_per_day),
            "demo_now": to_stored(now),
        })
        return DemoSummary(
            calls=gen.counts["calls"], incidents=gen.counts["incidents"],
            events=gen.counts["incident_events"], assignments=gen.counts["assignments"],
            callbacks=gen.counts["callbacks"], enterprises=len(gen.enterprise_list),
            operators=gen.operator_count, first_day=first, end=end, now=now)
    finally:
        store.close()


def _bulk_load(store: Store, gen: _Generator, settings: dict[str, str]) -> None:
    """Everything in one transaction; the file's safety settings are restored afterwards."""
    conn = store.conn
    created = to_stored(day_start(gen.first, store.tz))
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA journal_mode = DELETE")  # new pages need no journal; WAL would copy
    conn.execute("PRAGMA cache_size = -262144")
    try:
        with store.write():
            names = ", ".join(f"'{t}'" for t in DATA_TABLES)
            indexes = conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
                f" AND tbl_name IN ({names}) ORDER BY name").fetchall()
            indexes = [(n, sql) for n, sql in indexes if n not in _LOAD_INDEXES]
            for name, _ in indexes:
                conn.execute(f'DROP INDEX "{name}"')
            # The per-day counting triggers fire per row; one recount at the end is cheaper.
            triggers = conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
                " AND tbl_name IN ('calls', 'incidents') ORDER BY name").fetchall()
            for name, _ in triggers:
                conn.execute(f'DROP TRIGGER "{name}"')
            conn.executemany(_ENTERPRISE_INSERT, gen.enterprises(created))
            writer = _Writer(conn)
            writer.start()
            try:
                gen.run(writer)
            finally:
                writer.finish()
            conn.executemany("UPDATE units SET status = ?, status_at = ? WHERE code = ?",
                             gen.unit_status_rows())
            for _, sql in indexes:
                conn.execute(sql)
            refill_tally_counts(conn)
            for _, sql in triggers:
                conn.execute(sql)
            gen.counts["incident_events"] = int(conn.execute(
                "SELECT COALESCE(MAX(id), 0) FROM incident_events").fetchone()[0])
            conn.executemany(
                "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key)"
                " DO UPDATE SET value = excluded.value", sorted(settings.items()))
    finally:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")


_ENTERPRISE_INSERT = (
    "INSERT INTO enterprises (id, name, address, address_key, jurisdiction_code, industry,"
    " contact_phone, bureau_leader, bureau_leader_phone, station_leader, station_leader_phone,"
    " officer, officer_phone, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
