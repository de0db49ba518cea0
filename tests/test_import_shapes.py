"""Exports in the shapes other systems write them: finished calls, date and time-of-day in
separate columns, one row per responding unit, queue and arrival times without a dispatch
time, daylight-saving hours. Small files written by each test in those shapes."""

from __future__ import annotations

from pathlib import Path

import pytest
from run_sheet import RUN_SHEET

from console.domain.lifecycle import Stage, replay
from console.domain.mapping import Mapping, MappingError, load_mapping
from console.store import Store


def _mapping(tmp_path: Path, text: str) -> Mapping:
    path = tmp_path / "shape.toml"
    path.write_text(text, encoding="utf-8")
    return load_mapping(path)


def _csv(tmp_path: Path, lines: list[str], name: str = "calls.csv") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


SECTOR = """
name = "sector"
timezone = "Asia/Shanghai"
time_formats = ["%Y-%m-%d %H:%M:%S"]
{extra}

[columns]
received = ["Received"]
queued = {{ names = ["Queued"], optional = true }}
arrived = {{ names = ["Arrived"], optional = true }}
type = ["Type"]

[fields]
received_at = "received"
arrived_at = "arrived"
category = "type"

[values.category]
default = "unmapped"
codes = {{ "THEFT" = "theft", "FIGHT" = "fight" }}
"""
SECTOR_ROWS = [
    "Received,Queued,Arrived,Type",
    "2018-03-01 10:00:00,2018-03-01 10:01:00,2018-03-01 10:09:00,THEFT",
    "2018-03-01 11:00:00,2018-03-01 11:02:00,,FIGHT",
    "2018-03-01 12:00:00,,2018-03-01 12:30:00,FIGHT",
]


def test_a_mapping_of_finished_calls_closes_every_imported_incident(store: Store,
                                                                    tmp_path: Path):
    mapping = _mapping(tmp_path, SECTOR.format(extra="finished_calls = true"))
    report = store.imports.import_calls([_csv(tmp_path, SECTOR_ROWS)], mapping)
    assert report.incidents == 3
    assert store.incidents.open_incidents() == []
    rows = store.conn.execute(
        "SELECT id, stage, stage_at, arrived_at, closed_at FROM incidents ORDER BY id").fetchall()
    assert [r["stage"] for r in rows] == ["closed"] * 3
    assert [r["closed_at"] for r in rows] == [None] * 3  # the export gives no close time
    assert rows[0]["stage_at"] == rows[0]["arrived_at"] == "2018-03-01T02:09:00.000Z"
    events = store.incidents.timeline(rows[0]["id"])
    assert [e.stage for e in events] == ["intake", "dispatched", "on_scene", "handled", "closed"]
    assert [bool(e.detail.get("time_unknown")) for e in events] == \
        [False, True, False, True, True]
    assert replay([Stage(e.stage) for e in events]) is Stage.CLOSED


def test_without_it_an_arrival_time_leaves_the_incident_on_scene(store: Store,
                                                                  tmp_path: Path):
    mapping = _mapping(tmp_path, SECTOR.format(extra=""))
    store.imports.import_calls([_csv(tmp_path, SECTOR_ROWS)], mapping)
    stages = [r[0] for r in store.conn.execute("SELECT stage FROM incidents ORDER BY id")]
    assert stages == ["on_scene", "handled", "on_scene"]


def test_finished_calls_must_be_true_or_false(tmp_path: Path):
    with pytest.raises(MappingError, match="finished_calls must be true or false"):
        _mapping(tmp_path, SECTOR.format(extra='finished_calls = "yes"'))


PAIRS = """
name = "run_sheet"
timezone = "Asia/Shanghai"
time_formats = ["%H:%M:%S", "%H:%M"]
date_formats = ["%m/%d/%Y"]
finished_calls = true

[columns]
date = ["Date"]
received = ["Received"]
dispatched = ["Dispatched"]
arrived = ["Arrived"]
type = ["Type"]

[fields]
received_at = { date = "date", time = "received" }
dispatched_at = { date = "date", time = "dispatched" }
arrived_at = { date = "date", time = "arrived" }
category = "type"

[values.category]
default = "unmapped"
codes = { "FIGHT" = "fight" }
"""


def test_a_date_and_time_of_day_pair_rolls_past_midnight_in_order(store: Store,
                                                                   tmp_path: Path):
    mapping = _mapping(tmp_path, PAIRS)
    data = _csv(tmp_path, ["Date,Received,Dispatched,Arrived,Type",
                           "03/01/2018,23:55:10,23:58,00:07,FIGHT",
                           "03/02/2018,08:00:00,08:03,,FIGHT"])
    report = store.imports.import_calls([data], mapping)
    assert (report.imported, report.bad_count) == (2, 0)
    late, morning = store.conn.execute(
        "SELECT day, opened_at, dispatched_at, arrived_at FROM incidents ORDER BY id").fetchall()
    # 23:55 Shanghai = 15:55 UTC; arrival 00:07 is on 2 March
    assert tuple(late) == ("2018-03-01", "2018-03-01T15:55:10.000Z",
                           "2018-03-01T15:58:00.000Z", "2018-03-01T16:07:00.000Z")
    assert tuple(morning) == ("2018-03-02", "2018-03-02T00:00:00.000Z",
                              "2018-03-02T00:03:00.000Z", None)


def test_an_unreadable_date_or_time_of_a_pair_is_a_bad_row(store: Store, tmp_path: Path):
    mapping = _mapping(tmp_path, PAIRS)
    data = _csv(tmp_path, ["Date,Received,Dispatched,Arrived,Type",
                           "2018-03-01,23:55:10,23:58,00:07,FIGHT",
                           "03/01/2018,,23:58,00:07,FIGHT",
                           "03/01/2018,25:61,,,FIGHT"])
    report = store.imports.import_calls([data], mapping, skip_bad=True)
    assert [b.text() for b in report.bad_rows] == [
        "calls.csv, line 2: received time '2018-03-01 23:55:10' matches no time format"
        " (%m/%d/%Y | %H:%M:%S | %H:%M)",
        "calls.csv, line 3: no receive time",
        "calls.csv, line 4: received time '03/01/2018 25:61' matches no time format"
        " (%m/%d/%Y | %H:%M:%S | %H:%M)"]


def test_a_format_without_a_date_is_refused_unless_paired_with_a_date_column(tmp_path: Path):
    alone = PAIRS.replace('received_at = { date = "date", time = "received" }',
                          'received_at = "received"')
    with pytest.raises(MappingError, match=r"'%H:%M:%S' has no date, so received_at would"
                                           r" read every call as 1900-01-01"):
        _mapping(tmp_path, alone)
    with pytest.raises(MappingError, match="give date_formats"):
        _mapping(tmp_path, PAIRS.replace('date_formats = ["%m/%d/%Y"]', ""))
    # without date_formats a pair is read as "date time" with time_formats
    joined = PAIRS.replace('date_formats = ["%m/%d/%Y"]', "").replace(
        'time_formats = ["%H:%M:%S", "%H:%M"]',
        'time_formats = ["%m/%d/%Y %H:%M:%S", "%m/%d/%Y %H:%M"]')
    assert _mapping(tmp_path, joined).fields["received_at"].date == "date"
    with pytest.raises(MappingError, match="a date and time pair is"):
        _mapping(tmp_path, PAIRS.replace('{ date = "date", time = "received" }',
                                         '{ day = "date", time = "received" }'))


# Two incidents: the fight's three units (one listed after the theft), the theft's one unit.
RUN_ROWS = ["Date,Received,Dispatched,Arrived,Cleared,Type,Unit",
            "2018-03-01,23:50,23:52,23:58,00:40,FIGHT,E12",
            "2018-03-01,23:50,23:53,00:03,00:20,FIGHT,M5",
            "2018-03-01,08:00,08:02,08:10,08:30,THEFT,P1",
            "2018-03-01,23:50,23:56,,00:55,FIGHT,BC2"]


def test_unit_rows_are_grouped_into_incidents_with_their_units(store: Store, tmp_path: Path):
    mapping = _mapping(tmp_path, RUN_SHEET)
    report = store.imports.import_calls([_csv(tmp_path, RUN_ROWS)], mapping)
    assert (report.rows, report.imported, report.incidents, report.unit_rows) == (4, 2, 2, 2)
    assert report.categories == {"fight": 1, "theft": 1}
    fight, theft = store.conn.execute(
        "SELECT id, opened_at, dispatched_at, arrived_at, handled_at, stage FROM incidents"
        " ORDER BY id").fetchall()
    # first dispatch, first arrival (of any unit), handled when the last unit cleared
    assert tuple(fight)[1:] == ("2018-03-01T15:50:00.000Z", "2018-03-01T15:52:00.000Z",
                                "2018-03-01T15:58:00.000Z", "2018-03-01T16:55:00.000Z",
                                "handled")
    units = store.conn.execute(
        "SELECT incident_id, unit, dispatched_at, arrived_at FROM import_units ORDER BY id"
    ).fetchall()
    assert [tuple(u) for u in units] == [
        (fight["id"], "E12", "2018-03-01T15:52:00.000Z", "2018-03-01T15:58:00.000Z"),
        (fight["id"], "M5", "2018-03-01T15:53:00.000Z", "2018-03-01T16:03:00.000Z"),
        (fight["id"], "BC2", "2018-03-01T15:56:00.000Z", None),
        (theft["id"], "P1", "2018-03-01T00:02:00.000Z", "2018-03-01T00:10:00.000Z")]
    assert store.count("calls") == 2
    again = store.imports.import_calls([_csv(tmp_path, RUN_ROWS)], mapping)
    assert (again.imported, again.already) == (0, 2)  # an incident is known by its key


def test_an_incident_rule_may_take_the_last_time_and_names_known_columns(store: Store,
                                                                         tmp_path: Path):
    last = RUN_SHEET.replace('unit = "unit"\n', 'unit = "unit"\ntimes = { arrived_at = "last" }\n')
    store.imports.import_calls([_csv(tmp_path, RUN_ROWS)], _mapping(tmp_path, last))
    arrived = store.conn.execute("SELECT arrived_at FROM incidents ORDER BY id").fetchone()[0]
    assert arrived == "2018-03-01T16:03:00.000Z"
    with pytest.raises(MappingError, match="column 'incident_no' is not listed"):
        _mapping(tmp_path, RUN_SHEET.replace('key = ["date", "type", "received"]',
                                             'key = ["incident_no"]'))
    with pytest.raises(MappingError, match=r"incident\.times\.arrived_at"):
        _mapping(tmp_path, last.replace('"last"', '"median"'))


LA = """
name = "west"
timezone = "America/Los_Angeles"
time_formats = ["%Y-%m-%d %H:%M:%S"]
finished_calls = true

[columns]
received = ["Received"]
dispatched = ["Dispatched"]
type = ["Type"]

[fields]
received_at = "received"
dispatched_at = "dispatched"
category = "type"

[values.category]
default = "unmapped"
codes = { "FIGHT" = "fight" }
"""


def test_daylight_saving_hours_are_reported_with_their_count_and_resolved_by_rule(
        store: Store, tmp_path: Path):
    rows = ["Received,Dispatched,Type",
            # 1 Nov 2026: 01:00-02:00 twice in Los Angeles (PDT, then PST)
            "2026-11-01 01:30:00,2026-11-01 01:40:00,FIGHT",  # both the first occurrence
            "2026-11-01 01:50:00,2026-11-01 01:05:00,FIGHT",  # dispatch: the second one
            "2026-11-01 00:30:00,2026-11-01 03:00:00,FIGHT",  # no DST hour
            # 8 Mar 2026: 02:00-03:00 skipped
            "2026-03-08 02:30:00,2026-03-08 03:40:00,FIGHT"]
    report = store.imports.import_calls([_csv(tmp_path, rows)], _mapping(tmp_path, LA))
    assert (report.imported, report.bad_count) == (4, 0)
    assert report.dst == {"repeated": 3, "repeated_second": 1, "skipped": 1}
    assert [n.detail for n in report.notices if n.code == "daylight_saving"] == [
        "4 time(s) in an hour the clocks repeat (set back): read as its first occurrence"
        " (summer time), 1 of them as the second to keep their row's times in order",
        "1 time(s) in an hour the clocks skip (set forward), which no clock showed: read as"
        " if not yet set forward (02:30 as 03:30 summer time)"]
    times = store.conn.execute(
        "SELECT opened_at, dispatched_at FROM incidents ORDER BY id").fetchall()
    assert [tuple(t) for t in times] == [
        ("2026-11-01T08:30:00.000Z", "2026-11-01T08:40:00.000Z"),  # PDT = UTC-7
        ("2026-11-01T08:50:00.000Z", "2026-11-01T09:05:00.000Z"),  # 01:05 PST = UTC-8
        ("2026-11-01T07:30:00.000Z", "2026-11-01T11:00:00.000Z"),
        ("2026-03-08T10:30:00.000Z", "2026-03-08T10:40:00.000Z")]  # 02:30 read as 03:30 PDT
