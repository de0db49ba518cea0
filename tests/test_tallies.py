"""Every tally figure against values computed in Python from the rows the test inserted."""

from __future__ import annotations

import math
from datetime import UTC, date, datetime, timedelta

import pytest
from figures_dataset import Dataset, random_dataset

from console.domain.clock import from_stored
from console.domain.figures import (
    BREAKDOWNS,
    FIGURES,
    Period,
    differences,
    format_value,
    growth,
    growth_pct,
    offset_segments,
)
from console.store import Store

BOTH_ENGINES = True  # each store test runs on SQLite and on PostgreSQL

DAYS = [date(2025, 11, 27), date(2025, 11, 28), date(2026, 11, 27), date(2026, 11, 28)]


@pytest.fixture
def dataset(store: Store) -> Dataset:
    return random_dataset(store, DAYS, calls_per_day=120)


def _nearest_rank(values: list[float], p: int) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[math.ceil(p * len(ordered) / 100) - 1]


def _seconds(later: str, earlier: str) -> float:
    return round((from_stored(later) - from_stored(earlier)).total_seconds(), 3)


def _pct(part: int, whole: int) -> float | None:
    return round(100 * part / whole, 2) if whole else None


def expected(data: Dataset, period: Period) -> tuple[dict, dict]:
    """The figures and breakdowns, computed row by row from what was inserted."""
    store = data.store
    ref = store.reference

    def in_period(row: dict) -> bool:
        return (period.first.isoformat() <= row["day"] <= period.last.isoformat()
                and (period.jurisdiction is None
                     or row["jurisdiction_code"] == period.jurisdiction))

    def group(code: str | None) -> str:
        cat = ref.taxonomy.find(code)
        return cat.tally_group if cat else "unmapped"

    calls = [c for c in data.calls if in_period(c)]
    incidents = [i for i in data.incidents if in_period(i)]
    by_id = {i["id"]: i for i in incidents}
    f: dict[str, object] = {}
    f["calls_total"] = len(calls)
    f["calls_line_110"] = sum(c["line"] == "110" for c in calls)
    f["calls_line_122"] = sum(c["line"] == "122" for c in calls)
    for d in ("incident", "duplicate", "inquiry", "complaint", "nuisance", "silent",
              "transfer_12345", "handover_119", "handover_120"):
        f[f"calls_{d}"] = sum(c["disposition"] == d for c in calls)
    f["incidents_total"] = len(incidents)
    f["incidents_criminal"] = sum(group(i["category_code"]) == "criminal" for i in incidents)
    f["incidents_public_order"] = sum(group(i["category_code"]) == "public_order"
                                      for i in incidents)
    f["incidents_traffic"] = sum(group(i["category_code"]) == "traffic" for i in incidents)
    assigned = [a for a in data.assignments if a["incident_id"] in by_id]
    street = {a["incident_id"] for a in assigned if a["unit_code"][:2] in ("DS", "SP")}
    f["incidents_street_posts"] = len(street)
    f["street_posts_share_pct"] = _pct(len(street), len(incidents))
    f["turnouts_person_times"] = sum(a["officers"] for a in assigned)
    f["turnouts_assignments"] = len(assigned)
    outcomes = [o for o in data.outcomes if o["incident_id"] in by_id]
    f["people_caught"] = sum(o["people_caught"] for o in outcomes)
    for key, result, grp in (("assist_missing_found", "found", "assist_missing"),
                             ("assist_selfharm_rescued", "rescued", "assist_selfharm"),
                             ("assist_trapped_rescued", "rescued", "assist_trapped"),
                             ("assist_lost_property_returned", "returned",
                              "assist_lost_property")):
        f[key] = sum(o["assistance"] == result
                     and group(by_id[o["incident_id"]]["category_code"]) == grp
                     for o in outcomes)
    for kind in ("neighbour", "economic", "consumer", "family"):
        f[f"mediated_{kind}"] = sum(
            o["mediated"] and group(by_id[o["incident_id"]]["category_code"]) == f"dispute_{kind}"
            for o in outcomes)
    call_ids = {c["id"] for c in calls}
    fraud = [r for r in data.fraud if r["call_id"] in call_ids]
    f["fraud_cases"] = len(fraud)
    f["fraud_stop_payments"] = sum(r["stop"] for r in fraud)
    f["fraud_accounts_frozen"] = sum(r["accounts_frozen"] or 0 for r in fraud)
    f["fraud_loss_fen"] = sum(r["loss_fen"] for r in fraud)
    f["fraud_money_recovered_fen"] = sum(r["money_recovered_fen"] or 0 for r in fraud)
    f["enterprise_incidents"] = sum(i["is_enterprise"] for i in incidents)
    f["enterprise_key_incidents"] = sum(i["enterprise_id"] is not None for i in incidents)
    f["enterprises_concerned"] = len({i["enterprise_id"] for i in incidents
                                      if i["enterprise_id"] is not None})
    pushes = [p for p in data.pushes if p["incident_id"] in by_id
              and by_id[p["incident_id"]]["is_enterprise"]]
    f["enterprise_pushes"] = len(pushes)
    f["enterprise_pushes_acked"] = sum(p["acked"] for p in pushes)
    done = [c for c in data.callbacks if c["incident_id"] in by_id and c["done"]]
    f["enterprise_callbacks"] = sum(by_id[c["incident_id"]]["is_enterprise"] for c in done)
    f["dv_incidents"] = sum(i["is_dv"] for i in incidents)
    f["dv_households"] = len({i["address_key"] for i in incidents
                              if i["is_dv"] and i["address_key"]})
    f["dv_callbacks"] = sum(by_id[c["incident_id"]]["is_dv"] for c in done)
    f["incidents_closed"] = sum(i["stage"] in ("closed", "called_back") for i in incidents)
    f["closure_rate_pct"] = _pct(f["incidents_closed"], len(incidents))  # type: ignore[arg-type]
    f["callbacks_done"] = len(done)
    reached = [c for c in done if c["rating"] in ("satisfied", "basically_satisfied",
                                                  "dissatisfied")]
    satisfied = [c for c in reached if c["rating"] != "dissatisfied"]
    f["callbacks_reached"] = len(reached)
    f["callbacks_satisfied"] = len(satisfied)
    f["callbacks_dissatisfied"] = len(reached) - len(satisfied)
    f["satisfaction_rate_pct"] = _pct(len(satisfied), len(reached))
    intake = [_seconds(c["logged_at"], c["received_at"]) for c in calls
              if c["disposition"] == "incident"]
    f["intake_measured"] = len(intake)
    f["intake_median_s"] = _nearest_rank(intake, 50)
    f["intake_p90_s"] = _nearest_rank(intake, 90)
    deadlines = ref.deadlines
    timed = [i for i in incidents if i["dispatched_at"]]
    dispatch = [_seconds(i["dispatched_at"], i["opened_at"]) for i in timed]
    f["dispatch_measured"] = len(dispatch)
    f["dispatch_median_s"] = _nearest_rank(dispatch, 50)
    f["dispatch_p90_s"] = _nearest_rank(dispatch, 90)
    f["dispatch_within_pct"] = _pct(sum(
        s <= deadlines.dispatch[i["priority"]].total_seconds()
        for s, i in zip(dispatch, timed, strict=True)), len(dispatch))
    arrived = [i for i in timed if i["arrived_at"]]
    arrival = [_seconds(i["arrived_at"], i["dispatched_at"]) for i in arrived]

    def arrival_limit(i: dict) -> float:
        place = ref.jurisdiction(i["jurisdiction_code"] or "")
        area = place.area_type if place else "urban"
        return deadlines.arrival[area][i["priority"]].total_seconds()

    f["arrival_measured"] = len(arrival)
    f["arrival_median_s"] = _nearest_rank(arrival, 50)
    f["arrival_p90_s"] = _nearest_rank(arrival, 90)
    f["arrival_within_pct"] = _pct(sum(s <= arrival_limit(i)
                                       for s, i in zip(arrival, arrived, strict=True)),
                                   len(arrival))
    b: dict[str, dict[str, int]] = {}
    hours = {f"{h:02d}": 0 for h in range(24)}
    for c in calls:
        hours[f"{from_stored(c['received_at']).astimezone(store.tz).hour:02d}"] += 1
    b["calls_by_hour"] = hours
    b["calls_by_line"] = {"110": f["calls_line_110"], "122": f["calls_line_122"]}  # type: ignore[dict-item]
    b["calls_by_disposition"] = {d: f[f"calls_{d}"] for d in (  # type: ignore[misc]
        "incident", "duplicate", "inquiry", "complaint", "nuisance", "silent",
        "transfer_12345", "handover_119", "handover_120")}
    for name, key in (("incidents_by_group", lambda i: group(i["category_code"])),
                      ("incidents_by_category", lambda i: i["category_code"] or ""),
                      ("incidents_by_jurisdiction", lambda i: i["jurisdiction_code"] or "")):
        cells: dict[str, int] = {}
        for i in incidents:
            cells[key(i)] = cells.get(key(i), 0) + 1
        b[name] = dict(sorted(cells.items()))
    ratings: dict[str, int] = {}
    for c in done:
        ratings[c["rating"] or ""] = ratings.get(c["rating"] or "", 0) + 1
    b["callbacks_by_rating"] = dict(sorted(ratings.items()))
    return f, b


@pytest.mark.parametrize("period", [
    Period.day(date(2026, 11, 28)),
    Period(date(2026, 11, 27), date(2026, 11, 28)),
    Period(date(2025, 11, 27), date(2026, 11, 28)),  # long: calls are read by a table scan
    Period(date(2026, 11, 27), date(2026, 11, 28), "340402"),
    Period.day(date(2026, 11, 27), "340421"),
], ids=["day", "two-days", "year-span", "jurisdiction", "county-day"])
def test_every_figure_matches_the_rows(store: Store, dataset: Dataset, period: Period) -> None:
    figures, breakdowns = expected(dataset, period)
    tallies = store.figures.tallies(period)
    assert set(tallies.figures) == {f.key for f in FIGURES}
    assert set(tallies.breakdowns) == {b.key for b in BREAKDOWNS}
    for key, value in figures.items():
        assert tallies.figures[key] == value, key
    assert tallies.breakdowns == breakdowns
    assert tallies.figures["calls_total"] > 0


def test_an_empty_period_gives_zeros_and_no_rates(store: Store, dataset: Dataset) -> None:
    tallies = store.figures.tallies(Period.day(date(2024, 1, 1)))
    assert tallies["calls_total"] == 0
    assert tallies["incidents_total"] == 0
    assert tallies["closure_rate_pct"] is None
    assert tallies["dispatch_median_s"] is None
    assert tallies.breakdowns["calls_by_hour"]["23"] == 0


def test_the_tally_day_is_the_local_day(store: Store) -> None:
    data = Dataset(store)
    with store.write():
        # 23:30 local on 27 Nov is 15:30 UTC; 00:30 local on 28 Nov is 16:30 UTC on the 27th.
        data.call(datetime(2026, 11, 27, 15, 30, tzinfo=UTC))
        data.call(datetime(2026, 11, 27, 16, 30, tzinfo=UTC))
    day27 = store.figures.tallies(Period.day(date(2026, 11, 27)))
    day28 = store.figures.tallies(Period.day(date(2026, 11, 28)))
    assert day27["calls_total"] == 1 and day27.breakdowns["calls_by_hour"]["23"] == 1
    assert day28["calls_total"] == 1 and day28.breakdowns["calls_by_hour"]["00"] == 1


def test_local_hours_follow_daylight_saving(tmp_path, clock) -> None:  # type: ignore[no-untyped-def]
    store = Store.open(tmp_path / "berlin.db", clock=clock, tz_name="Europe/Berlin")
    try:
        data = Dataset(store)
        with store.write():
            # 29 Mar 2026: clocks go 02:00 -> 03:00 at 01:00 UTC.
            data.call(datetime(2026, 3, 29, 0, 30, tzinfo=UTC))  # 01:30 CET
            data.call(datetime(2026, 3, 29, 1, 30, tzinfo=UTC))  # 03:30 CEST
        hours = store.figures.tallies(Period(date(2026, 3, 28), date(2026, 3, 30))).breakdowns[
            "calls_by_hour"]
        assert (hours["01"], hours["02"], hours["03"]) == (1, 0, 1)
        assert len(offset_segments(date(2026, 3, 28), date(2026, 3, 30), store.tz)) == 2
    finally:
        store.close()


def test_year_earlier_comparison(store: Store, dataset: Dataset) -> None:
    period = Period(date(2026, 11, 27), date(2026, 11, 28))
    current, previous = store.figures.tallies(period), store.figures.tallies(period.year_earlier())
    assert previous.period.first == date(2025, 11, 27)
    rates = growth(current, previous)
    c, p = current["calls_total"], previous["calls_total"]
    assert rates["calls_total"] == round(100 * (c - p) / p, 2)
    assert "closure_rate_pct" not in rates


def test_growth_and_formatting() -> None:
    assert growth_pct(1_014_800, 974_000) == 4.19
    assert growth_pct(5, 0) is None
    assert Period(date(2024, 2, 29), date(2024, 2, 29)).year_earlier().first == date(2023, 2, 28)
    assert format_value("fen", 3_203_000_000, "zh_CN") == "32,030,000.00 元"
    assert format_value("percent", 99.6) == "99.60%"
    assert format_value("seconds", 75.0, "en") == "1 min 15 s"
    assert format_value("count", None) == "—"
    moved = differences({"calls_total": 10, "x.a": 1}, {"calls_total": 11, "x.a": 1})
    assert [(d.key, d.signed, d.live) for d in moved] == [("calls_total", 10, 11)]


def test_trend_lists_every_day(store: Store, dataset: Dataset) -> None:
    period = Period(date(2026, 11, 26), date(2026, 11, 28))
    trend = store.figures.daily_counts(period)
    assert [d for d, _, _ in trend] == [date(2026, 11, 26), date(2026, 11, 27),
                                        date(2026, 11, 28)]
    assert trend[0][1:] == (None, None)  # no call at all that day: no data, not zero
    day = store.figures.tallies(Period.day(date(2026, 11, 28)))
    assert trend[2][1:] == (day["calls_total"], day["incidents_total"])
    county = store.figures.daily_counts(Period(date(2026, 11, 26), date(2026, 11, 28), "340421"))
    assert county[0][1:] == (None, None)
    assert county[2][1] == store.figures.tallies(Period.day(date(2026, 11, 28),
                                                            "340421"))["calls_total"]
    quiet = store.figures.daily_counts(Period(date(2026, 11, 26), date(2026, 11, 28), "340405"))
    assert [row[1:] for row in quiet] == [(None, None), (0, 0), (0, 0)]  # a true zero


def test_a_reversed_period_is_refused() -> None:
    with pytest.raises(ValueError):
        Period(date(2026, 11, 28), date(2026, 11, 27))
    assert Period.day(date(2026, 1, 1)).days == 1
    assert (Period(date(2026, 1, 1), date(2026, 12, 31)).is_calendar_year
            and timedelta(days=1))


def test_every_key_is_documented() -> None:
    from pathlib import Path

    text = (Path(__file__).resolve().parents[1] / "docs" / "figures.md").read_text("utf-8")
    missing = [k for k in [*(f.key for f in FIGURES), *(b.key for b in BREAKDOWNS)]
               if f"`{k}`" not in text]
    assert missing == []


def test_call_counts_follow_edits_at_once(store: Store, dataset: Dataset) -> None:
    """Call counts come from per-day totals kept by triggers: an edited or removed call moves
    them in the same transaction, and they match the calls themselves."""
    year = Period(date(2025, 11, 27), date(2026, 11, 28))
    day = Period.day(date(2026, 11, 28))
    moved, removed = [c for c in dataset.calls if c["day"] == "2026-11-28"
                      and c["disposition"] == "inquiry" and c["line"] == "110"][:2]
    before_day, before_year = store.figures.tallies(day), store.figures.tallies(year)
    hour = f"{from_stored(moved['received_at']).astimezone(store.tz).hour:02d}"
    with store.write():
        store.conn.execute("UPDATE calls SET disposition = 'nuisance', line = '122',"
                           " day = '2026-11-27' WHERE id = ?", [moved["id"]])
        store.conn.execute("DELETE FROM calls WHERE id = ?", [removed["id"]])
    after_day, after_year = store.figures.tallies(day), store.figures.tallies(year)
    assert after_day["calls_total"] == before_day["calls_total"] - 2
    assert after_day["calls_inquiry"] == before_day["calls_inquiry"] - 2
    hours_before, hours_after = (t.breakdowns["calls_by_hour"] for t in (before_day, after_day))
    assert hours_after[hour] < hours_before[hour]
    assert after_year["calls_total"] == before_year["calls_total"] - 1
    assert after_year["calls_nuisance"] == before_year["calls_nuisance"] + 1
    assert after_year["calls_line_122"] == before_year["calls_line_122"] + 1
    for kept, counted in (
            ("SELECT day, hour, calls FROM call_hours ORDER BY 1, 2",
             "SELECT day, substr(received_at, 1, 13), COUNT(*) FROM calls GROUP BY 1, 2"
             " ORDER BY 1, 2"),
            ("SELECT day, line, disposition, calls FROM call_kinds ORDER BY 1, 2, 3",
             "SELECT day, line, disposition, COUNT(*) FROM calls GROUP BY 1, 2, 3"
             " ORDER BY 1, 2, 3")):
        assert ([tuple(r) for r in store.conn.execute(kept)]
                == [tuple(r) for r in store.conn.execute(counted)])


def test_an_older_database_gets_its_counts_on_upgrade(  # type: ignore[no-untyped-def]
        db_path, clock) -> None:
    from console.store.connection import open_database
    from console.store.migrations import migration_files

    older = [p for p in migration_files() if p.name < "0007"]
    db = open_database(db_path, files=older)
    db.conn.executemany(
        "INSERT INTO calls (line, received_at, logged_at, day, priority, disposition)"
        " VALUES (?, ?, ?, '2026-11-28', 2, ?)",
        [("110", "2026-11-28T01:00:00.000Z", "2026-11-28T01:00:42.500Z", "inquiry"),
         ("122", "2026-11-28T02:10:00.000Z", "2026-11-28T02:10:05.000Z", "incident"),
         ("122", "2026-11-28T02:20:00.000Z", "2026-11-28T02:20:07.250Z", "incident")])
    db.conn.executemany(
        "INSERT INTO incidents (number, day, seq, priority, stage, stage_at, opened_at,"
        " updated_at, is_dv) VALUES (?, '2026-11-28', ?, 2, ?, ?, ?, ?, ?)",
        [(f"340400-20261128-000{n}", n, stage, "2026-11-28T02:10:05.000Z",
          "2026-11-28T02:10:05.000Z", "2026-11-28T02:10:05.000Z", dv)
         for n, stage, dv in ((1, "closed", 0), (2, "on_scene", 1))])
    db.conn.commit()
    db.conn.close()
    store = Store.open(db_path, clock=clock)
    try:
        for period in (Period.day(date(2026, 11, 28)),
                       Period(date(2025, 11, 28), date(2026, 11, 28))):
            tallies = store.figures.tallies(period)
            assert (tallies["calls_total"], tallies["calls_line_122"]) == (3, 2)
            assert tallies["calls_incident"] == 2
            assert tallies.breakdowns["calls_by_hour"]["09"] == 1  # 01:00 UTC is 09:00 local
            assert tallies.breakdowns["calls_by_hour"]["10"] == 2
            assert tallies["intake_measured"] == 2
            assert (tallies["incidents_total"], tallies["incidents_closed"]) == (2, 1)
            assert tallies["dv_incidents"] == 1
            assert (tallies["intake_median_s"], tallies["intake_p90_s"]) == (5.0, 7.25)
    finally:
        store.close()


def test_incident_counts_follow_edits_at_once(store: Store, dataset: Dataset) -> None:
    """Incident counts come from per-day totals kept by triggers: a reclassified, reopened,
    moved or removed incident moves them in the same transaction."""
    day = Period.day(date(2026, 11, 28))
    closed = [i for i in dataset.incidents if i["day"] == "2026-11-28"
              and i["stage"] in ("closed", "called_back") and i["category_code"]]
    reopened, moved = closed[0], closed[1]
    before = store.figures.tallies(day)
    with store.write():
        store.conn.execute("UPDATE incidents SET stage = 'on_scene', is_dv = 1,"
                           " category_code = NULL WHERE id = ?", [reopened["id"]])
        store.conn.execute("UPDATE incidents SET day = '2026-11-27', seq = 9999,"
                           " jurisdiction_code = NULL WHERE id = ?", [moved["id"]])
        store.conn.execute("UPDATE incidents SET stage = 'handled' WHERE id = ?",
                           [reopened["id"]])  # not closed before nor after: no count moves
        extra, _ = dataset.incident(datetime(2026, 11, 28, 2, 0, tzinfo=UTC), "theft",
                                    jurisdiction=None, is_enterprise=True)
    after = store.figures.tallies(day)
    assert after["incidents_total"] == before["incidents_total"]  # one moved out, one added
    assert after["incidents_closed"] == before["incidents_closed"] - 1  # -2 closed, +1 closed
    assert after["dv_incidents"] == (before["dv_incidents"] + 1 - reopened["is_dv"]
                                     - moved["is_dv"])
    assert after["enterprise_incidents"] == (before["enterprise_incidents"] + 1
                                             - moved["is_enterprise"])
    assert after.breakdowns["incidents_by_category"][""] == (
        before.breakdowns["incidents_by_category"].get("", 0) + 1)
    with store.write():
        store.conn.execute("DELETE FROM calls WHERE incident_id = ?", [extra])
        store.conn.execute("DELETE FROM incidents WHERE id = ?", [extra])
    assert store.figures.tallies(day)["incidents_total"] == before["incidents_total"] - 1
    kept = store.conn.execute(
        "SELECT day, category_code, jurisdiction_code, incidents, closed, dv, enterprise,"
        " key_enterprise FROM incident_kinds ORDER BY 1, 2, 3").fetchall()
    counted = store.conn.execute(
        "SELECT day, COALESCE(category_code, ''), COALESCE(jurisdiction_code, ''), COUNT(*),"
        " SUM(CASE WHEN stage IN ('closed', 'called_back') THEN 1 ELSE 0 END), SUM(is_dv),"
        " SUM(is_enterprise),"
        " SUM(CASE WHEN enterprise_id IS NOT NULL THEN 1 ELSE 0 END) FROM incidents"
        " GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"
    ).fetchall()
    assert [tuple(r) for r in kept] == [tuple(r) for r in counted]
