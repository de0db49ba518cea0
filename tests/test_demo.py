"""The demo generator: a small fictional week, checked for its mix and its consistency."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from itertools import pairwise
from pathlib import Path

import pytest

from console.demo import DEMO_PASSWORD, ROLE_ACCOUNTS, generate
from console.domain import demo_mix as mix
from console.domain.addresses import address_key, number_key
from console.domain.calls import CallDraft
from console.domain.clock import FixedClock, from_stored
from console.domain.lifecycle import OPEN_STAGES, Stage, replay
from console.domain.numbering import parse_incident_number
from console.domain.reference import default_reference
from console.store import Store

END = date(2026, 11, 29)
DAYS, PER_DAY, SEED = 7, 300, 7
KEY_TABLES = ("calls", "incidents", "incident_events", "assignments", "incident_outcomes",
              "callbacks", "escalations", "enterprises", "enterprise_pushes", "fraud_reports",
              "fraud_transfers", "units", "settings", "call_followups", "queue_escalations",
              "counters")
# A month at the default load, seen by the supervisor at the demo's "now" (20:00 local on
# END, the evening peak: about 45 new incidents an hour). What a working centre shows then:
MONTH_DAYS = 30
MAX_ITEMS = 150  # open items in all queues: mostly incidents under way and callbacks not yet due
MAX_OVERDUE = 10  # overdue items, all of them from today
MAX_LEADERSHIP = 5  # items at the bureau leadership
MAX_EARLIER_OPEN = 5  # incidents of earlier days in the clear-to-zero review (警情清零)
MAX_IN_STAGE = timedelta(hours=24)  # the longest an open incident waits in one stage
MAX_ESCALATED_SHARE = 0.01  # escalations per incident over the month
MAX_MOVED = 3  # items the first escalation pass moves


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    summary = generate(path, days=DAYS, seed=SEED, calls_per_day=PER_DAY, end=END)
    assert summary.calls > 0 and summary.end == END
    return path


@pytest.fixture(scope="module")
def month_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("month") / "month.db"
    generate(path, days=MONTH_DAYS, end=END)
    return path


@pytest.fixture
def db(demo_db: Path) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(f"{demo_db.as_uri()}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    yield conn
    conn.close()


def _groups(conn: sqlite3.Connection) -> Counter[str]:
    return Counter(dict(conn.execute(
        "SELECT c.tally_group, count(*) FROM incidents i JOIN categories c"
        " ON c.code = i.category_code GROUP BY 1").fetchall()))


def _content_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with sqlite3.connect(path) as conn:
        for table in KEY_TABLES:
            for row in conn.execute(f"SELECT * FROM {table} ORDER BY rowid"):
                digest.update(repr(tuple(row)).encode())
        for row in conn.execute("SELECT id, username, display_name, role, created_at"
                                " FROM operators ORDER BY id"):
            digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


def test_about_a_quarter_of_calls_become_incidents(db: sqlite3.Connection) -> None:
    counts = Counter(dict(db.execute(
        "SELECT disposition, count(*) FROM calls GROUP BY 1").fetchall()))
    total = sum(counts.values())
    expected = mix.disposition_shares(PER_DAY)["incident"]
    assert abs(counts["incident"] / total - expected) < 0.03
    for disposition in ("duplicate", "inquiry", "nuisance", "silent", "complaint",
                        "transfer_12345", "handover_120"):
        assert counts[disposition] > 0, disposition
    assert counts["incident"] == db.execute("SELECT count(*) FROM incidents").fetchone()[0]


def test_incident_groups_follow_the_reference_year(db: sqlite3.Connection) -> None:
    groups = _groups(db)
    total = sum(groups.values())
    weights = mix.incident_weights(PER_DAY)
    expected: Counter[str] = Counter()
    for (group, code), weight in weights.items():
        expected[mix.ENTERPRISE_GROUP.get(code, group)] += weight
    expected_total = sum(expected.values())
    for group in ("traffic", "public_order", "dispute_economic", "assist_lost_property"):
        share = expected[group] / expected_total
        tolerance = 3.5 * (share * (1 - share) / total) ** 0.5
        assert abs(groups[group] / total - share) < tolerance, group
    assert groups["traffic"] > groups["public_order"] > groups["criminal"]


def test_night_hours_are_quieter_than_the_day(db: sqlite3.Connection) -> None:
    hours = Counter(dict(db.execute(
        "SELECT CAST(strftime('%H', received_at, '+8 hours') AS INTEGER), count(*)"
        " FROM calls WHERE day < ? GROUP BY 1", [END.isoformat()]).fetchall()))
    night = sum(hours[h] for h in (2, 3, 4, 5)) / 4
    late_morning = sum(hours[h] for h in (9, 10, 11)) / 3
    evening = sum(hours[h] for h in (18, 19, 20)) / 3
    assert night < 0.4 * late_morning and night < 0.4 * evening


def test_traffic_calls_come_on_the_122_line(db: sqlite3.Connection) -> None:
    rows = db.execute(
        "SELECT c.tally_group = 'traffic' AS traffic, avg(k.line = '122') FROM calls k"
        " JOIN categories c ON c.code = k.category_code WHERE k.disposition = 'incident'"
        " GROUP BY 1").fetchall()
    share = {bool(r[0]): r[1] for r in rows}
    assert share[True] > 0.6 and share[False] < 0.1


def test_every_stage_agrees_with_the_replayed_events(db: sqlite3.Connection) -> None:
    events: dict[int, list[sqlite3.Row]] = defaultdict(list)
    for e in db.execute("SELECT * FROM incident_events ORDER BY id"):
        events[e["incident_id"]].append(e)
    incidents = db.execute("SELECT * FROM incidents").fetchall()
    assert len(events) == len(incidents)
    for inc in incidents:
        mine = events[inc["id"]]
        times = [e["at"] for e in mine]
        assert times == sorted(times), inc["number"]
        # Only the escalation pass acts without an operator (an overdue item's levels).
        assert all(e["operator_id"] is not None or _by_the_escalation_pass(e) for e in mine)
        stages = [e for e in mine if e["kind"] == "stage"]
        assert stages[0]["stage"] == "intake"
        assert replay([Stage(e["stage"]) for e in stages]).value == inc["stage"]
        assert inc["stage_at"] == stages[-1]["at"]
        assert inc["updated_at"] == times[-1]
        first = {}
        for e in stages:
            first.setdefault(e["stage"], e["at"])
        for column, stage in (("dispatched_at", "dispatched"), ("arrived_at", "on_scene"),
                              ("handled_at", "handled"), ("closed_at", "closed")):
            assert inc[column] == first.get(stage), (inc["number"], column)
        at = [from_stored(e["at"]) for e in stages]
        assert all(a < b for a, b in pairwise(at))


def _by_the_escalation_pass(event: sqlite3.Row) -> bool:
    detail = json.loads(event["detail"])
    if event["kind"] == "escalate":
        return detail.get("auto") is True
    return event["kind"] == "escalation_resolved" and detail["resolution"] == "item_ended"


def _late(conn: sqlite3.Connection, kind: str) -> set[int]:
    """Incidents whose item of this kind was overdue (escalated by the pass)."""
    return {r[0] for r in conn.execute(
        "SELECT incident_id FROM queue_escalations WHERE kind = ? AND incident_id IS NOT NULL",
        [kind])}


def test_units_of_the_jurisdiction_respond_in_realistic_times(db: sqlite3.Connection) -> None:
    ref = default_reference()
    unit_area = {u.code: u.jurisdiction_code for u in ref.units}
    area_type = {j.code: j.area_type for j in ref.jurisdictions}
    per_incident = Counter(r[0] for r in db.execute("SELECT incident_id FROM assignments"))
    assert set(per_incident.values()) <= {1, 2}
    rows = db.execute(
        "SELECT i.*, a.unit_code, a.dispatched_at AS a_dispatched, a.on_scene_at,"
        " a.officers, k.logged_at FROM assignments a JOIN incidents i ON i.id = a.incident_id"
        " JOIN calls k ON k.incident_id = i.id AND k.disposition = 'incident'").fetchall()
    assert rows
    late_dispatch, late_follow_up = _late(db, "dispatch"), _late(db, "follow_up")
    for r in rows:
        assert unit_area[r["unit_code"]] == r["jurisdiction_code"]
        assert r["a_dispatched"] == r["dispatched_at"]
        assert 1 <= r["officers"] <= 3
        dispatch = from_stored(r["dispatched_at"]) - from_stored(r["logged_at"])
        assert dispatch >= timedelta(seconds=30)
        assert dispatch <= timedelta(minutes=3) or r["id"] in late_dispatch
        if r["arrived_at"] and r["id"] not in late_follow_up:
            arrival = from_stored(r["arrived_at"]) - from_stored(r["dispatched_at"])
            limit = 15 if area_type[r["jurisdiction_code"]] == "urban" else 40
            assert timedelta(minutes=1) <= arrival <= timedelta(minutes=limit)


def test_earlier_days_are_closed_and_today_is_in_several_stages(db: sqlite3.Connection) -> None:
    rows = db.execute("SELECT day, stage, stage_at FROM incidents").fetchall()
    yesterday = (END - timedelta(days=1)).isoformat()
    older = [r["stage"] for r in rows if r["day"] < yesterday]
    today = Counter(r["stage"] for r in rows if r["day"] == END.isoformat())
    assert older and not [s for s in older if Stage(s) in OPEN_STAGES]
    assert len({s for s in today if Stage(s) in OPEN_STAGES}) >= 2
    now = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
    for r in rows:
        if Stage(r["stage"]) in OPEN_STAGES:
            assert now - from_stored(r["stage_at"]) < timedelta(hours=24), r["stage"]
    busy = db.execute("SELECT count(*) FROM units WHERE status <> 'available'").fetchone()[0]
    assert busy > 0


def test_a_busy_end_day_has_incidents_in_every_open_stage(tmp_path: Path) -> None:
    path = tmp_path / "busy.db"
    generate(path, days=1, calls_per_day=mix.DEFAULT_CALLS_PER_DAY, end=END)
    with sqlite3.connect(path) as conn:
        stages = {r[0] for r in conn.execute("SELECT DISTINCT stage FROM incidents")}
    assert {"intake", "dispatched", "en_route", "on_scene", "handled"} <= stages


def test_no_row_is_later_than_now(db: sqlite3.Connection) -> None:
    now = db.execute("SELECT value FROM settings WHERE key = 'demo_now'").fetchone()[0]
    assert now == "2026-11-29T12:00:00.000Z"  # 20:00 in Huainan
    assert db.execute("SELECT max(logged_at) FROM calls").fetchone()[0] <= now
    assert db.execute("SELECT max(at) FROM incident_events").fetchone()[0] <= now
    assert db.execute("SELECT max(done_at) FROM callbacks").fetchone()[0] <= now


def test_enterprises_have_their_three_persons_and_pushes(db: sqlite3.Connection) -> None:
    enterprises = db.execute("SELECT * FROM enterprises").fetchall()
    assert len(enterprises) == mix.ENTERPRISE_COUNT
    assert len({e["name"] for e in enterprises}) == len(enterprises)
    for e in enterprises:
        assert e["address_key"] == address_key(e["address"])
        for role in ("bureau_leader", "station_leader", "officer"):
            assert e[role] and e[f"{role}_phone"].startswith(mix.STAFF_PREFIX)
    incidents = db.execute(
        "SELECT i.*, e.address AS e_address FROM incidents i"
        " JOIN enterprises e ON e.id = i.enterprise_id").fetchall()
    assert incidents
    for inc in incidents:
        assert inc["is_enterprise"] == 1 and inc["address"] == inc["e_address"]
        roles = {r[0] for r in db.execute(
            "SELECT role FROM enterprise_pushes WHERE incident_id = ? AND acked_at IS NOT NULL",
            [inc["id"]])}
        assert roles == {"bureau_leader", "station_leader", "officer"}


def test_dv_households_call_again(db: sqlite3.Connection) -> None:
    per_address = db.execute(
        "SELECT address_key, count(*) FROM incidents WHERE is_dv = 1 GROUP BY 1"
        " HAVING count(*) BETWEEN 2 AND 5").fetchall()
    assert per_address
    groups = {r[0] for r in db.execute(
        "SELECT c.tally_group FROM incidents i JOIN categories c ON c.code = i.category_code"
        " WHERE i.is_dv = 1")}
    assert groups == {"domestic_violence"}


def test_callbacks_follow_the_rules_and_mostly_satisfy(db: sqlite3.Connection) -> None:
    uncalled = db.execute(
        "SELECT count(*) FROM incidents i WHERE (i.is_dv = 1 OR i.is_enterprise = 1)"
        " AND i.closed_at IS NOT NULL AND NOT EXISTS"
        " (SELECT 1 FROM callbacks b WHERE b.incident_id = i.id)").fetchone()[0]
    assert uncalled == 0
    closed_other = db.execute(
        "SELECT count(*), sum(EXISTS (SELECT 1 FROM callbacks b WHERE b.incident_id = i.id))"
        " FROM incidents i WHERE i.is_dv = 0 AND i.is_enterprise = 0"
        " AND i.closed_at IS NOT NULL").fetchone()
    assert 0.2 < closed_other[1] / closed_other[0] < 0.4
    ratings = Counter(r[0] for r in db.execute(
        "SELECT rating FROM callbacks WHERE done_at IS NOT NULL"))
    reached = sum(n for r, n in ratings.items() if r != "not_reached")
    satisfied = ratings["satisfied"] + ratings["basically_satisfied"]
    assert reached and satisfied / reached > 0.97
    mismatch = db.execute(
        "SELECT count(*) FROM incidents i WHERE i.closed_at IS NOT NULL"
        " AND (i.stage = 'called_back') <> EXISTS (SELECT 1 FROM callbacks b"
        " WHERE b.incident_id = i.id AND b.done_at IS NOT NULL"
        " AND b.rating <> 'not_reached')").fetchone()[0]
    assert mismatch == 0


def test_outcomes_and_fraud_reports(db: sqlite3.Connection) -> None:
    outcomes = db.execute(
        "SELECT c.tally_group, o.*, i.handled_at FROM incident_outcomes o"
        " JOIN incidents i ON i.id = o.incident_id"
        " JOIN categories c ON c.code = i.category_code").fetchall()
    assert outcomes
    for o in outcomes:
        assert o["handled_at"] is not None
        assert o["assistance"] == mix.ASSISTANCE_RESULT.get(o["tally_group"], "")
        assert o["mediated"] == (o["tally_group"] in mix.MEDIATED_GROUPS)
    caught = sum(o["people_caught"] for o in outcomes)
    assert caught > 0
    reports = db.execute(
        "SELECT r.*, (SELECT sum(amount_fen) FROM fraud_transfers t WHERE t.report_id = r.id)"
        " AS transferred FROM fraud_reports r").fetchall()
    fraud_incidents = db.execute(
        "SELECT count(*) FROM incidents i JOIN categories c ON c.code = i.category_code"
        " WHERE c.tally_group = 'telecom_fraud'").fetchone()[0]
    assert len(reports) == fraud_incidents > 0
    for r in reports:
        assert r["loss_fen"] == r["transferred"]
        assert r["money_recovered_fen"] is None or r["money_recovered_fen"] <= r["loss_fen"]


def test_numbers_names_and_addresses(db: sqlite3.Connection) -> None:
    incidents = db.execute("SELECT number, day, seq FROM incidents").fetchall()
    assert len({i["number"] for i in incidents}) == len(incidents)
    for i in incidents:
        assert parse_incident_number(i["number"]) == ("340400", date.fromisoformat(i["day"]),
                                                      i["seq"])
    calls = db.execute("SELECT caller_number, number_key, address, address_key, source"
                       " FROM calls").fetchall()
    for c in calls:
        assert c["caller_number"].startswith(mix.CALLER_PREFIX)
        assert c["number_key"] == number_key(c["caller_number"])
        assert c["address_key"] == address_key(c["address"])
        assert c["source"] == "demo"


def test_history_lookups_find_earlier_calls(demo_db: Path) -> None:
    clock = FixedClock(datetime(2026, 11, 29, 12, 0, tzinfo=UTC))
    with Store.open(demo_db, clock=clock) as store:
        number = store.conn.execute(
            "SELECT caller_number FROM calls GROUP BY 1 HAVING count(*) > 2 LIMIT 1").fetchone()
        address = store.conn.execute(
            "SELECT address FROM calls WHERE address <> '' GROUP BY address_key"
            " HAVING count(DISTINCT day) > 1 LIMIT 1").fetchone()
        assert number and address
        assert len(store.lookup.history(number=number[0])) > 2
        assert len(store.lookup.history(address=address[0])) > 1


def test_accounts_settings_and_integrity(demo_db: Path, db: sqlite3.Connection) -> None:
    with Store.open(demo_db) as store:
        assert store.is_demo
        assert store.setting("demo_seed") == str(SEED)
        assert store.setting("demo_end") == END.isoformat()
        for username, _, role in ROLE_ACCOUNTS[:2]:
            found = store.accounts.authenticate(username, DEMO_PASSWORD)
            assert found is not None and found.role == role
        roles = {op.role for op in store.accounts.operators()}
        assert roles == {r.code for r in store.reference.roles}
        assert len(store.accounts.operators()) > 20
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_indexes_are_rebuilt(demo_db: Path, tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.db"
    Store.open(fresh).close()
    query = "SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"
    with sqlite3.connect(fresh) as a, sqlite3.connect(demo_db) as b:
        assert a.execute(query).fetchall() == b.execute(query).fetchall()


def test_same_seed_and_end_give_the_same_data(demo_db: Path, tmp_path: Path) -> None:
    again, other = tmp_path / "again.db", tmp_path / "other.db"
    generate(again, days=DAYS, seed=SEED, calls_per_day=PER_DAY, end=END)
    generate(other, days=DAYS, seed=SEED + 1, calls_per_day=PER_DAY, end=END)
    assert _content_hash(again) == _content_hash(demo_db)
    assert _content_hash(other) != _content_hash(demo_db)


def test_a_database_with_data_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "used.db"
    with Store.open(path) as store:
        store.accounts.add_operator("ct01", "张明", "call_taker", "secret-110")
    with pytest.raises(ValueError, match="already holds data"):
        generate(path, days=1, calls_per_day=50, end=END)
    with Store.open(path) as store:
        assert store.count("calls") == 0 and len(store.accounts.operators()) == 1
        assert not store.is_demo


def test_the_clock_bounds_the_end_day(tmp_path: Path) -> None:
    clock = FixedClock(datetime(2026, 11, 29, 2, 0, tzinfo=UTC))  # 10:00 in Huainan
    path = tmp_path / "morning.db"
    summary = generate(path, days=2, calls_per_day=200, clock=clock)
    assert summary.end == END
    with sqlite3.connect(path) as conn:
        latest = conn.execute("SELECT max(logged_at) FROM calls").fetchone()[0]
        assert "2026-11-29T00:00" < latest <= "2026-11-29T02:00:00.000Z"
        detail = conn.execute("SELECT detail FROM incident_events WHERE kind = 'stage'"
                              " LIMIT 1").fetchone()[0]
    assert json.loads(detail)["desks"][0] == "dispatch"


def test_nonsense_sizes_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="days"):
        generate(tmp_path / "x.db", days=0)
    with pytest.raises(ValueError, match="calls per day"):
        generate(tmp_path / "x.db", days=1, calls_per_day=0)


def test_the_per_day_counts_match_the_rows_and_the_counting_triggers_are_back(
        db: sqlite3.Connection) -> None:
    kinds = dict(((d, li, di), n) for d, li, di, n in db.execute(
        "SELECT day, line, disposition, calls FROM call_kinds"))
    direct = dict(((d, li, di), n) for d, li, di, n in db.execute(
        "SELECT day, line, disposition, COUNT(*) FROM calls GROUP BY 1, 2, 3"))
    assert kinds == direct and kinds
    incidents = db.execute("SELECT SUM(incidents), SUM(closed) FROM incident_kinds").fetchone()
    assert tuple(incidents) == tuple(db.execute(
        "SELECT COUNT(*), SUM(stage IN ('closed', 'called_back')) FROM incidents").fetchone())
    triggers = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    assert {"call_counts_insert", "incident_kinds_insert"} <= triggers


def _now(path: Path) -> datetime:
    with sqlite3.connect(path) as conn:
        return from_stored(conn.execute(
            "SELECT value FROM settings WHERE key = 'demo_now'").fetchone()[0])


def test_a_month_leaves_the_queues_as_a_working_centre_does(month_db: Path) -> None:
    now = _now(month_db)
    with Store.open(month_db, clock=FixedClock(now)) as store:
        items = store.queues.queue_items()
        overdue = [i for i in items if i.overdue(now)]
        assert 20 <= len(items) <= MAX_ITEMS
        assert len(overdue) <= MAX_OVERDUE
        assert all(i.created.astimezone(store.tz).date() == END for i in overdue)
        assert sum(i.in_queue("leadership") for i in items) <= MAX_LEADERSHIP
        # The queues start with the escalation state the pass gives them: nothing to move.
        for item in items:
            assert store.queues.queue_rules.target_level(item.due, now, item.base_level,
                                                         item.kind) == item.level
        # Every incident behind an item is from today or yesterday, but the DV desk's
        # follow-ups and protection orders, which run for months after their incident.
        lasting = {"dv_followup", "dv_order"}
        days = {r[0] for r in store.conn.execute(
            "SELECT DISTINCT day FROM incidents WHERE id IN ({})".format(
                ", ".join(str(i.incident_id) for i in items
                          if i.incident_id and i.kind not in lasting)))}
        assert days <= {END.isoformat(), (END - timedelta(days=1)).isoformat()}
        review = store.shift.clear_review(now)
        assert len(review.incidents) <= MAX_EARLIER_OPEN
        assert all(o.day == END - timedelta(days=1) for o in review.incidents)
        for stage_at, in store.conn.execute(
                "SELECT stage_at FROM incidents WHERE stage NOT IN"
                " ('closed', 'called_back', 'cancelled')"):
            assert now - from_stored(stage_at) < MAX_IN_STAGE


def test_the_first_escalation_pass_after_a_month_moves_almost_nothing(
        tmp_path_factory: pytest.TempPathFactory, month_db: Path) -> None:
    path = tmp_path_factory.mktemp("pass") / "month.db"
    with sqlite3.connect(month_db) as source, sqlite3.connect(path) as copy:
        source.backup(copy)
    now = _now(path)
    with Store.open(path, clock=FixedClock(now)) as store:
        def rows() -> tuple[int, ...]:
            return tuple(store.conn.execute(
                "SELECT (SELECT count(*) FROM queue_escalations WHERE resolved_at IS NULL),"
                " (SELECT count(*) FROM queue_escalations),"
                " (SELECT count(*) FROM escalations WHERE resolved_at IS NULL)").fetchone())

        before = rows()
        moved = store.escalation.escalate_due(now)
        assert len(moved) <= MAX_MOVED
        assert sum(abs(a - b) for a, b in zip(rows(), before, strict=True)) <= MAX_MOVED
        # Time goes on: the items held today climb as they should.
        later = now + timedelta(hours=2)
        assert store.escalation.escalate_due(later)


def test_a_month_closes_its_loops(month_db: Path) -> None:
    day_before = (END - timedelta(days=1)).isoformat()
    with sqlite3.connect(month_db) as conn:
        incidents = conn.execute("SELECT count(*) FROM incidents").fetchone()[0]
        earlier = conn.execute(
            "SELECT count(*),"
            " sum(stage IN ('closed', 'called_back')),"
            " sum(EXISTS (SELECT 1 FROM callbacks b WHERE b.incident_id = i.id"
            "     AND b.done_at IS NULL)),"
            " sum(EXISTS (SELECT 1 FROM enterprise_pushes p WHERE p.incident_id = i.id"
            "     AND p.acked_at IS NULL))"
            " FROM incidents i WHERE day < ?", [day_before]).fetchone()
        assert earlier[0] > 0 and earlier[1:] == (earlier[0], 0, 0)
        uncalled = conn.execute(
            "SELECT count(*) FROM calls c WHERE c.disposition = 'silent' AND c.day < ?"
            " AND NOT EXISTS (SELECT 1 FROM call_followups f WHERE f.call_id = c.id)",
            [day_before]).fetchone()[0]
        assert uncalled == 0
        # Escalations are rare; each has its escalate event, and each resolved one its
        # resolution.
        escalations = conn.execute(
            "SELECT e.id, e.incident_id, e.resolved_at,"
            " (SELECT count(*) FROM incident_events v WHERE v.incident_id = e.incident_id"
            "  AND v.kind = 'escalate' AND json_extract(v.detail, '$.escalation_id') = e.id),"
            " (SELECT count(*) FROM incident_events v WHERE v.incident_id = e.incident_id"
            "  AND v.kind = 'escalation_resolved' AND v.at = e.resolved_at)"
            " FROM escalations e").fetchall()
        assert 0 < len(escalations) <= MAX_ESCALATED_SHARE * incidents
        for _, _, resolved_at, raised, resolved in escalations:
            assert raised == 1
            assert (resolved >= 1) == (resolved_at is not None)
        reasons = Counter(r[0] for r in conn.execute("SELECT reason FROM escalations"))
        assert reasons["callback_dissatisfied"] > 0
        assert any(r.startswith("overdue_") for r in reasons)


def test_a_new_call_on_a_demo_database_gets_the_next_number(demo_db: Path,
                                                            tmp_path: Path) -> None:
    path = tmp_path / "copy.db"
    with sqlite3.connect(demo_db) as source, sqlite3.connect(path) as copy:
        source.backup(copy)
    now = _now(path)
    with Store.open(path, clock=FixedClock(now)) as store:
        last = store.conn.execute(
            "SELECT max(seq) FROM incidents WHERE day = ?", [END.isoformat()]).fetchone()[0]
        saved = store.calls.log_call(CallDraft(
            caller_number="13800001111", address="田家庵区朝阳路18号",
            jurisdiction_code="340403", category_code="theft", summary="电动车被盗",
            disposition="incident"), None)
        assert saved.incident_number == f"340400-{END:%Y%m%d}-{last + 1:04d}"
        assert store.changes.last_seq() > 0
