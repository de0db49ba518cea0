"""Importing historical calls from CSV exports, on small files written by each test."""

from __future__ import annotations

import codecs
import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from console.cli import main
from console.domain.addresses import address_key
from console.domain.calls import CallDraft
from console.domain.clock import to_stored
from console.domain.lifecycle import Stage, replay
from console.domain.mapping import (
    Mapping,
    MappingError,
    SourceError,
    load_mapping,
    parse_time,
    stage_steps,
)
from console.store import Store
from console.store.importer import ImportRefused

MAPPING = """
name = "test_city"
timezone = "Asia/Shanghai"
time_formats = ["%Y-%m-%d %H:%M:%S", "%d/%m/%Y %H:%M"]
without_close_time = "handled"

[columns]
received = ["Received", "Call Time"]
dispatched = { names = ["Dispatched"], optional = true }
arrived = { names = ["Arrived"], optional = true }
closed = { names = ["Closed"], optional = true }
type = ["Type", "Call Type"]
prio = ["Prio"]
area = { names = ["Area"], blank = ["-1"] }
street = ["Street", "Address"]
phone = { names = ["Phone"], optional = true }
ref = ["Ref"]

[fields]
received_at = "received"
dispatched_at = "dispatched"
arrived_at = "arrived"
closed_at = "closed"
category = "type"
priority = "prio"
jurisdiction = "area"
address = "street"
caller_number = "phone"
summary = "Test city {ref} {type}"

[values.category]
default = "unmapped"
codes = { "THEFT" = "theft", "FIGHT" = "fight", "ASK" = "inquiry", "DV" = "domestic_violence" }

[values.priority]
codes = { "A" = 1, "B" = 2, "C" = 3 }

[values.jurisdiction]
default = "340403"
codes = { "N*" = "340402", "S1" = "340404" }
"""
HEADER = "Received,Dispatched,Arrived,Closed,Type,Prio,Area,Street,Phone,Ref"


def write_csv(path: Path, lines: list[str], *, bom: bool = False) -> Path:
    data = "\n".join(lines) + "\n"
    path.write_bytes((codecs.BOM_UTF8 if bom else b"") + data.encode("utf-8"))
    return path


@pytest.fixture
def mapping(tmp_path: Path) -> Mapping:
    path = tmp_path / "test_city.toml"
    path.write_text(MAPPING, encoding="utf-8")
    return load_mapping(path)


GOOD_ROWS = [
    HEADER,
    "2026-11-20 08:00:00,2026-11-20 08:01:00,2026-11-20 08:09:00,2026-11-20 09:30:00,"
    "THEFT,B,N7,舜耕路12号,13905540001,R1",
    "2026-11-20 23:30:00,,,,ASK,C,S1,洞山路3号,13905540002,R2",
    "2026-11-21 07:15:00,2026-11-21 07:16:00,,,FIGHT,A,-1,龙湖路8号,,R3",
]


def test_a_good_import_writes_calls_incidents_and_their_stage_events(store: Store, mapping,
                                                                    tmp_path: Path):
    data = write_csv(tmp_path / "calls.csv", GOOD_ROWS)
    report = store.imports.import_calls([data], mapping, run_by="tester")
    assert (report.rows, report.imported, report.incidents, report.skipped) == (3, 3, 2, 0)

    calls = [store.calls.call(i) for i in range(report.first_call_id, report.last_call_id + 1)]
    theft, ask, fight = calls
    assert theft["source"] == "import:test_city"
    assert theft["received_at"] == "2026-11-20T00:00:00.000Z"  # 08:00 in Huainan
    assert theft["day"] == "2026-11-20"
    assert (theft["category_code"], theft["priority"], theft["jurisdiction_code"]) == \
        ("theft", 2, "340402")
    assert theft["summary"] == "Test city R1 THEFT"
    assert theft["caller_number"] == "13905540001" and theft["disposition"] == "incident"
    assert (ask["category_code"], ask["disposition"], ask["incident_id"]) == \
        ("inquiry", "inquiry", None)
    assert ask["jurisdiction_code"] == "340404"
    assert fight["jurisdiction_code"] == "340403"  # "-1" is empty: the default applies

    closed = store.incidents.incident(theft["incident_id"])
    assert closed.number == "340400-20261120-0001"
    assert closed.stage == "closed" and closed.dispatched_at == "2026-11-20T00:01:00.000Z"
    assert closed.arrived_at == "2026-11-20T00:09:00.000Z"
    events = store.incidents.timeline(closed.id)
    assert [e.stage for e in events] == ["intake", "dispatched", "on_scene", "handled", "closed"]
    assert all(e.operator == "" and e.detail["import"] == "test_city" for e in events)
    assert events[3].detail.get("time_unknown") is True  # no handling time in the export
    assert replay([Stage(e.stage) for e in events]) is Stage.CLOSED

    dispatched = store.incidents.incident(fight["incident_id"])
    assert dispatched.number == "340400-20261121-0001" and dispatched.stage == "dispatched"

    run = store.imports.import_runs()[0]
    assert (run["mapping"], run["rows"], run["imported"], run["incidents"], run["skipped"],
            run["unmapped"], run["run_by"]) == ("test_city", 3, 3, 2, 0, 0, "tester")
    assert json.loads(run["files"]) == ["calls.csv"]


def test_a_malformed_row_refuses_the_import_with_its_line_and_writes_nothing(
        store: Store, mapping, tmp_path: Path):
    rows = [*GOOD_ROWS, "2026-11-21 25:99:00,,,,THEFT,B,N1,x,,R4", "2026-11-21 09:00:00,THEFT"]
    data = write_csv(tmp_path / "bad.csv", rows)
    calls_before = store.count("calls")
    with pytest.raises(ImportRefused) as refused:
        store.imports.import_calls([data], mapping)
    bad = refused.value.report.bad_rows
    assert [(b.file, b.line) for b in bad] == [("bad.csv", 5), ("bad.csv", 6)]
    assert "received time '2026-11-21 25:99:00' matches no time format" in bad[0].reason
    assert "2 fields, the header has 10" in bad[1].reason
    assert store.count("calls") == calls_before
    assert store.count("incidents") == 0 and store.count("incident_events") == 0
    assert store.imports.import_runs() == []


def test_skip_bad_imports_the_rest_and_lists_the_bad_lines(store: Store, mapping,
                                                          tmp_path: Path):
    rows = [GOOD_ROWS[0], GOOD_ROWS[1], "not a time,,,,THEFT,B,N1,x,,R4", GOOD_ROWS[2],
            "2026-11-21 10:00:00,2026-11-21 09:00:00,,,THEFT,B,N1,x,,R5"]
    data = write_csv(tmp_path / "some_bad.csv", rows)
    report = store.imports.import_calls([data], mapping, skip_bad=True)
    assert (report.imported, report.skipped) == (2, 2)
    assert [b.text() for b in report.bad_rows] == [
        "some_bad.csv, line 3: received time 'not a time' matches no time format"
        " (%Y-%m-%d %H:%M:%S | %d/%m/%Y %H:%M)",
        "some_bad.csv, line 5: dispatched time is before the received time",
    ]
    assert store.count("calls") == 2
    run = store.imports.import_runs()[0]
    assert run["skipped"] == 2 and "some_bad.csv, line 3" in run["report"]


def test_unknown_categories_land_in_unmapped_and_are_reported_with_counts(
        store: Store, mapping, tmp_path: Path):
    rows = [HEADER] + [f"2026-11-22 10:0{i}:00,,,,{t},B,N1,x,,R{i}"
                       for i, t in enumerate(["UFO", "UFO", "THEFT", "GHOST", ""])]
    data = write_csv(tmp_path / "odd.csv", rows)
    report = store.imports.import_calls([data], mapping)
    assert report.unmapped["category"] == {"UFO": 2, "GHOST": 1, "": 1}
    assert report.unmapped_calls == 4
    assert store.imports.calls_per_category(date(2026, 11, 22), date(2026, 11, 22)) == \
        {"unmapped": 4, "theft": 1}
    assert store.count("incidents") == 1  # unmapped calls are not incidents
    assert store.imports.import_runs()[0]["unmapped"] == 4


def test_a_byte_order_mark_is_read_and_noted(store: Store, mapping, tmp_path: Path):
    data = write_csv(tmp_path / "bom.csv", GOOD_ROWS, bom=True)
    report = store.imports.import_calls([data], mapping)
    assert report.imported == 3
    assert [n.code for n in report.notices] == ["bom"]


def test_header_aliases_are_accepted_and_reported(store: Store, mapping, tmp_path: Path):
    renamed = [GOOD_ROWS[0].replace("Received", "Call Time").replace("Street", "Address"),
               *GOOD_ROWS[1:]]
    data = write_csv(tmp_path / "renamed.csv", renamed)
    report = store.imports.import_calls([data], mapping)
    assert report.imported == 3
    assert [n.text() for n in report.notices] == [
        "renamed.csv, line 1: column 'Received' read from header 'Call Time'",
        "renamed.csv, line 1: column 'Street' read from header 'Address'",
    ]
    assert store.calls.call(report.first_call_id)["address"] == "舜耕路12号"


def test_a_header_repeated_inside_a_file_is_skipped_not_a_bad_row(store: Store, mapping,
                                                                  tmp_path: Path):
    rows = [GOOD_ROWS[0], GOOD_ROWS[1], GOOD_ROWS[0], GOOD_ROWS[2], "", GOOD_ROWS[3]]
    data = write_csv(tmp_path / "twice.csv", rows)
    report = store.imports.import_calls([data], mapping)
    assert (report.imported, report.skipped) == (3, 0)
    assert ("repeated_header", 3) in [(n.code, n.line) for n in report.notices]
    assert "1 blank line(s) skipped" in [n.detail for n in report.notices]


def test_a_blank_header_line_and_a_nameless_column_are_ignored_and_reported(
        store: Store, mapping, tmp_path: Path):
    rows = [",,,,,,,,,,", HEADER + ",", *(r + "," for r in GOOD_ROWS[1:])]
    data = write_csv(tmp_path / "blank.csv", rows)
    report = store.imports.import_calls([data], mapping)
    assert report.imported == 3
    assert [(n.code, n.line) for n in report.notices] == [
        ("blank_header_line", 1), ("blank_column", 2), ("header_line", 2)]
    assert store.calls.call(report.first_call_id)["received_at"] == "2026-11-20T00:00:00.000Z"


def test_a_file_without_the_mapped_columns_is_refused_with_the_names_it_needs(
        store: Store, mapping, tmp_path: Path):
    good = write_csv(tmp_path / "good.csv", GOOD_ROWS)
    other = write_csv(tmp_path / "other.csv", ["When,What", "2026-11-20 08:00:00,THEFT"])
    with pytest.raises(SourceError, match=r"other.csv, line 1: the header has no column"
                                          r" 'Received' / 'Call Time'"):
        store.imports.import_calls([good, other], mapping)
    assert store.count("calls") == 0


def test_a_mapping_naming_an_unknown_category_is_refused(store: Store, tmp_path: Path):
    path = tmp_path / "wrong.toml"
    path.write_text(MAPPING.replace('"FIGHT" = "fight"', '"FIGHT" = "brawl"'), encoding="utf-8")
    data = write_csv(tmp_path / "calls.csv", GOOD_ROWS)
    with pytest.raises(MappingError, match="'brawl' is not a known category code"):
        store.imports.import_calls([data], load_mapping(path))
    assert store.count("calls") == 0


def test_a_broken_mapping_file_names_the_problem(tmp_path: Path):
    path = tmp_path / "broken.toml"
    path.write_text(MAPPING.replace('received_at = "received"\n', ""), encoding="utf-8")
    with pytest.raises(MappingError, match=r"fields\.received_at"):
        load_mapping(path)
    path.write_text(MAPPING.replace('street = ["Street", "Address"]', ""), encoding="utf-8")
    with pytest.raises(MappingError, match="column 'street' is not listed under"):
        load_mapping(path)
    path.write_text("name = [", encoding="utf-8")
    with pytest.raises(MappingError, match="not valid TOML"):
        load_mapping(path)


def test_imported_calls_show_in_history_and_count_by_day(store: Store, mapping,
                                                          tmp_path: Path):
    data = write_csv(tmp_path / "calls.csv", GOOD_ROWS)
    store.imports.import_calls([data], mapping)
    found = store.lookup.history(number="139 0554 0001")
    assert [(h.category_code, h.incident_number, h.matched_on) for h in found] == \
        [("theft", "340400-20261120-0001", "number")]
    by_address = store.lookup.history(address="舜耕路 12号")
    assert [h.call_id for h in by_address] == [found[0].call_id]
    assert store.imports.calls_per_day(date(2026, 11, 19), date(2026, 11, 30)) == \
        {"2026-11-20": 2, "2026-11-21": 1}
    assert store.imports.calls_per_day(date(2026, 11, 19), date(2026, 11, 30),
                                       source="intake") == {}
    assert store.imports.calls_per_category(date(2026, 11, 21), date(2026, 11, 21)) == {"fight": 1}


def test_imported_incidents_continue_the_daily_sequence(store: Store, mapping, operator,
                                                        tmp_path: Path):
    store.calls.log_call(CallDraft(category_code="theft", caller_number="13800000000",
                                   address="x", jurisdiction_code="340403",
                                   received_at=datetime(2026, 11, 20, 1, 0,
                                                        tzinfo=UTC)), operator.id)
    data = write_csv(tmp_path / "calls.csv", GOOD_ROWS)
    report = store.imports.import_calls([data], mapping)
    theft = store.calls.call(report.first_call_id)
    assert store.incidents.incident(theft["incident_id"]).number == "340400-20261120-0002"
    # An import after it does not collide with either.
    later = write_csv(tmp_path / "later.csv", [HEADER, GOOD_ROWS[1].replace("R1", "R9")])
    again = store.imports.import_calls([later], mapping)
    first_call = store.calls.call(again.first_call_id)
    assert store.incidents.incident(first_call["incident_id"]).number == "340400-20261120-0003"


def test_source_times_are_read_in_the_mapping_time_zone(store: Store, tmp_path: Path):
    path = tmp_path / "la.toml"
    path.write_text(MAPPING.replace('"Asia/Shanghai"', '"America/Los_Angeles"'),
                    encoding="utf-8")
    data = write_csv(tmp_path / "la.csv", [HEADER, "20/11/2026 18:30,,,,ASK,C,N1,x,,R1"])
    report = store.imports.import_calls([data], load_mapping(path))
    call = store.calls.call(report.first_call_id)
    # 18:30 in Los Angeles (UTC-8) is 02:30 UTC, 10:30 on the 21st in Huainan.
    assert call["received_at"] == "2026-11-21T02:30:00.000Z" and call["day"] == "2026-11-21"


def test_a_closed_without_close_time_mapping_closes_incidents_with_the_time_unknown(
        store: Store, tmp_path: Path):
    path = tmp_path / "closed.toml"
    path.write_text(MAPPING.replace('without_close_time = "handled"',
                                    'without_close_time = "closed"'), encoding="utf-8")
    data = write_csv(tmp_path / "c.csv", [HEADER, "2026-11-20 08:00:00,,,,THEFT,B,N1,x,,R1"])
    report = store.imports.import_calls([data], load_mapping(path))
    incident = store.incidents.incident(store.calls.call(report.first_call_id)["incident_id"])
    assert incident.stage == "closed"
    assert incident not in store.incidents.open_incidents()
    row = store.conn.execute("SELECT closed_at FROM incidents WHERE id = ?",
                             [incident.id]).fetchone()
    assert row[0] is None
    events = store.incidents.timeline(incident.id)
    assert [(e.stage, e.detail.get("time_unknown", False)) for e in events] == \
        [("intake", False), ("handled", True), ("closed", True)]


def at(hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, 20, hour, minute, tzinfo=UTC)


@pytest.mark.parametrize(("times", "expected"), [
    ({}, [("intake", True), ("handled", False)]),
    ({"dispatched_at": at(1)}, [("intake", True), ("dispatched", True)]),
    ({"arrived_at": at(2)}, [("intake", True), ("dispatched", False), ("on_scene", True)]),
    ({"closed_at": at(3)}, [("intake", True), ("handled", False), ("closed", True)]),
    ({"dispatched_at": at(1), "handled_at": at(2)},
     [("intake", True), ("dispatched", True), ("on_scene", False), ("handled", True)]),
])
def test_stage_steps_follow_the_lifecycle_from_the_times_present(times, expected):
    steps = stage_steps(at(0), times)
    assert [(s.stage.value, s.known) for s in steps] == expected
    assert replay([s.stage for s in steps]) is Stage(expected[-1][0])
    assert [s.at for s in steps] == sorted(s.at for s in steps)


def test_parse_time_tries_each_format_and_keeps_given_offsets(mapping: Mapping):
    tz = mapping.tz
    assert to_stored(parse_time("2026-11-20 08:00:00", mapping.time_formats, tz)) == \
        "2026-11-20T00:00:00.000Z"
    assert to_stored(parse_time("20/11/2026 08:00", mapping.time_formats, tz)) == \
        "2026-11-20T00:00:00.000Z"
    assert parse_time("2026-11-20T08:00:00+00:00", ("iso",), tz) == at(8)
    assert parse_time("yesterday", mapping.time_formats, tz) is None


def importer_account(db: Path, capsys: pytest.CaptureFixture[str],
                     monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A new database with a supervisor who may import, and the CLI arguments acting as them."""
    assert main(["init", "--db", str(db)]) == 0
    assert main(["add-operator", "--db", str(db), "daoru", "--name", "导入员",
                 "--role", "supervisor", "--password", "import-pw-2026"]) == 0
    monkeypatch.setenv("CONSOLE110_PASSWORD", "import-pw-2026")
    capsys.readouterr()
    return ["--as", "daoru"]


def test_cli_import_calls_prints_progress_and_a_summary(tmp_path: Path, capsys, monkeypatch):
    mapping_path = tmp_path / "test_city.toml"
    mapping_path.write_text(MAPPING, encoding="utf-8")
    db = tmp_path / "c.db"
    login = importer_account(db, capsys, monkeypatch)
    rows = [GOOD_ROWS[0]] + [f"2026-11-20 08:{i % 60:02d}:00,,,,{'THEFT' if i % 2 else 'UFO'},"
                             f"B,N1,路{i}号,,R{i}" for i in range(12_000)]
    data = write_csv(tmp_path / "many.csv", rows)
    assert main(["import-calls", "--db", str(db), str(data),
                 "--mapping", str(mapping_path), *login]) == 0
    out, err = capsys.readouterr()
    assert "  import: 5,000 / 12,000 rows (" in err and "  import: 10,000 / 12,000 rows (" in err
    assert "  import: 12,000 / 12,000 rows (" in err and " rows/s, 0 s left)" in err
    assert "  check: 5,000 / 12,001 rows (" in err  # the first pass counts lines, header too
    assert "  check: 12,000 / 12,000 rows (" in err
    assert "12,000 calls imported, 6,000 incidents, 0 bad rows skipped," \
           " 6,000 calls in 'unmapped'" in out
    assert "unmapped category values (6,000 rows):\n  UFO\t6,000" in out
    with Store.open(db) as store:
        assert store.count("calls") == 12_000
        assert store.lookup.history(address="路7号", since=at(0))[0].address == "路7号"
        assert address_key("路7号") == store.calls.call(8)["address_key"]


def test_cli_import_calls_refuses_bad_rows_unless_told_to_skip_them(tmp_path: Path, capsys,
                                                                    monkeypatch):
    mapping_path = tmp_path / "test_city.toml"
    mapping_path.write_text(MAPPING, encoding="utf-8")
    db = tmp_path / "c.db"
    data = write_csv(tmp_path / "bad.csv", [*GOOD_ROWS, "soon,,,,THEFT,B,N1,x,,R9"])
    args = ["import-calls", "--db", str(db), str(data), "--mapping", str(mapping_path),
            *importer_account(db, capsys, monkeypatch)]
    assert main(args) == 1
    err = capsys.readouterr().err
    assert "1 bad row(s); nothing was imported:\n  bad.csv, line 5: received time 'soon'" in err
    assert "run again with --skip-bad" in err and "Traceback" not in err
    with Store.open(db) as store:
        assert store.count("calls") == 0
    assert main([*args, "--skip-bad"]) == 0
    out = capsys.readouterr().out
    assert "3 calls imported" in out and "skipped: bad.csv, line 5: received time" in out


def test_cli_import_calls_explains_a_missing_file_or_mapping(tmp_path: Path, capsys,
                                                            monkeypatch):
    db = tmp_path / "c.db"
    login = importer_account(db, capsys, monkeypatch)
    assert main(["import-calls", "--db", str(db), str(tmp_path / "none.csv"),
                 "--mapping", "berkeley_2014", *login]) == 1
    assert "none.csv: cannot be read (No such file or directory)" in capsys.readouterr().err
    assert main(["import-calls", "--db", str(db), str(tmp_path / "none.csv"),
                 "--mapping", str(tmp_path / "nope.toml"), *login]) == 1
    assert "nope.toml: cannot be read" in capsys.readouterr().err


def test_many_bad_rows_are_counted_and_the_first_thousand_listed(store: Store, mapping,
                                                                 tmp_path: Path):
    rows = [*GOOD_ROWS, *(f"never,,,,THEFT,B,N1,x,,R{i}" for i in range(1003))]
    data = write_csv(tmp_path / "junk.csv", rows)
    report = store.imports.import_calls([data], mapping, skip_bad=True)
    assert (report.imported, report.skipped, len(report.bad_rows)) == (3, 1003, 1000)
    assert report.bad_rows[-1].line == 1004
    assert store.imports.import_runs()[0]["skipped"] == 1003


def test_a_code_table_next_to_the_data_explains_codes_and_can_key_the_value_map(
        store: Store, tmp_path: Path):
    path = tmp_path / "labels.toml"
    codes_line = MAPPING.splitlines()[MAPPING.splitlines().index("[values.category]") + 2]
    path.write_text(MAPPING.replace(
        codes_line,
        'codes = { "THEFT" = "theft" }\n'
        'table = { file = "types.csv", code = "code", label = "text" }\n'
        'labels = { "BRAWL IN PUBLIC" = "fight" }'), encoding="utf-8")
    (tmp_path / "types.csv").write_bytes(codecs.BOM_UTF8 + b"code,text,\n"
                                         b"F1,BRAWL IN PUBLIC,\nZZ,SOMETHING ODD,\n"
                                         b"ZZ,ODD AGAIN,\n")
    data = write_csv(tmp_path / "c.csv", [
        HEADER, "2026-11-20 08:00:00,,,,F1,B,N1,x,,R1", "2026-11-20 08:01:00,,,,ZZ,B,N1,x,,R2",
        "2026-11-20 08:02:00,,,,THEFT,B,N1,x,,R3"])
    report = store.imports.import_calls([data], load_mapping(path))
    assert report.categories == {"fight": 1, "unmapped": 1, "theft": 1}
    assert report.label("category", "ZZ") == "SOMETHING ODD"
    assert [n.detail for n in report.notices] == [
        "code(s) listed twice with different labels, first kept: ZZ"]
    (tmp_path / "types.csv").unlink()
    with pytest.raises(SourceError, match="code table for category not found"):
        store.imports.import_calls([data], load_mapping(path))


def test_the_database_itself_is_refused_as_a_source(store):
    mapping = load_mapping(Path(__file__).resolve().parents[1] / "db" / "mappings"
                           / "berkeley_2014.toml")
    with pytest.raises(SourceError):
        store.imports.import_calls([store.path], mapping)
