"""Times outside the window (from 1990 local, not in the future) are refused where they enter,
and what is stored is always one fixed-width form."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from console.cli import main
from console.domain.calls import CallDraft, check_call
from console.domain.clock import from_stored, local_text, to_stored, zone
from console.domain.fraud import FraudReport, Transfer
from console.domain.numbering import format_incident_number, is_incident_number
from console.domain.reference import default_reference
from console.domain.time_window import CLOCK_SKEW, earliest, time_problem
from console.store import InputRefused, Store
from console.store.importer import ImportRefused
from tests.test_import import GOOD_ROWS, HEADER, MAPPING, importer_account, write_csv

NOW = datetime(2026, 11, 29, 2, 0, tzinfo=UTC)
SHANGHAI = zone("Asia/Shanghai")
YEAR_999 = datetime(999, 11, 28, 3, 0, tzinfo=UTC)


def _check(**fields: object):  # type: ignore[no-untyped-def]
    ref = default_reference()
    values: dict[str, object] = {"caller_number": "13905541234", "address": "舜耕路1号",
                                 "category_code": "theft", "jurisdiction_code": "340403",
                                 "disposition": "incident", **fields}
    draft = CallDraft(**values)  # type: ignore[arg-type]
    return check_call(draft, ref.taxonomy, ref.jurisdiction_codes, now=NOW, tz=SHANGHAI)


# ---- the rule ----------------------------------------------------------------------------

def test_the_window_starts_on_1990_01_01_in_the_centres_zone_and_ends_a_clock_skew_ahead():
    start = earliest(SHANGHAI)
    assert to_stored(start) == "1989-12-31T16:00:00.000Z"
    assert time_problem(start, now=NOW, tz=SHANGHAI) is None
    assert time_problem(start - timedelta(seconds=1), now=NOW, tz=SHANGHAI) == "too_early"
    assert time_problem(NOW + CLOCK_SKEW, now=NOW, tz=SHANGHAI) is None
    assert time_problem(NOW + CLOCK_SKEW + timedelta(seconds=1), now=NOW,
                        tz=SHANGHAI) == "in_future"
    assert time_problem(datetime(2026, 11, 29, 10, 0), now=NOW) == "bad_time"  # naive


def test_a_moment_too_far_from_utc_to_convert_is_too_early_not_an_overflow():
    plus14 = timezone(timedelta(hours=14))
    with pytest.raises(OverflowError):
        datetime(1, 1, 1, tzinfo=plus14).astimezone(UTC)
    assert time_problem(datetime(1, 1, 1, tzinfo=plus14), now=NOW) == "too_early"
    assert time_problem(datetime(9999, 12, 31, 23, 0, tzinfo=timezone(timedelta(hours=-14))),
                        now=NOW) == "in_future"


# ---- the form check and the store --------------------------------------------------------

def test_the_form_check_refuses_year_999_and_1989_and_accepts_1990():
    assert [(p.field, p.code) for p in _check(received_at=YEAR_999).errors] == \
        [("received_at", "too_early")]
    assert _check(received_at=datetime(1989, 12, 31, 23, 59, tzinfo=SHANGHAI)).errors
    assert not _check(received_at=datetime(1990, 1, 1, 0, 0, tzinfo=SHANGHAI)).errors
    assert [p.code for p in _check(received_at=NOW + timedelta(hours=1)).errors] == ["in_future"]


def test_a_fraud_transfer_time_outside_the_window_is_refused():
    report = FraudReport(transfers=[Transfer(100_00, datetime(1900, 1, 1, tzinfo=SHANGHAI))])
    assert [(p.field, p.code) for p in _check(fraud=report).errors] == \
        [("transfer_at", "too_early")]


def test_the_store_refuses_a_year_999_call_and_writes_nothing(store: Store):
    with pytest.raises(InputRefused) as refused:
        store.calls.log_call(CallDraft(caller_number="13905541234", category_code="theft",
                                       received_at=YEAR_999), None)
    assert [(p.field, p.code) for p in refused.value.problems] == [("received_at", "too_early")]
    assert store.count("calls") == 0 and store.count("incidents") == 0


def test_the_intake_message_says_what_is_wrong_with_the_time(qapp):
    from console.domain.problems import Problem
    from console.ui.intake.messages import problem_text

    assert "1990-01-01" in problem_text(Problem("received_at", "too_early"))
    assert "later than now" in problem_text(Problem("received_at", "in_future"))
    assert "340400-20261129-0017" in problem_text(Problem("duplicate_of", "bad_number"))


# ---- the import --------------------------------------------------------------------------

@pytest.fixture
def mapping_path(tmp_path: Path) -> Path:
    path = tmp_path / "test_city.toml"
    path.write_text(MAPPING.replace(
        'time_formats = ["%Y-%m-%d %H:%M:%S", "%d/%m/%Y %H:%M"]',
        'time_formats = ["%Y-%m-%d %H:%M:%S", "iso"]'), encoding="utf-8")
    # (a time-only format is refused by the mapping itself: see tests/test_import_shapes.py)
    return path


def test_an_import_refuses_times_outside_the_window_as_bad_rows_with_file_and_line(
        store: Store, mapping_path: Path, tmp_path: Path):
    from console.domain.mapping import load_mapping

    rows = [*GOOD_ROWS,
            "0999-11-28 11:00:00,,,,THEFT,B,N1,x,,R4",
            "0001-01-01T00:00:00+14:00,,,,THEFT,B,N1,x,,R5",
            "2026-11-20 08:00:00,2026-12-25 08:00:00,,,THEFT,B,N1,x,,R7",  # dispatched later
            "2027-01-01 00:00:00,,,,THEFT,B,N1,x,,R8"]
    data = write_csv(tmp_path / "window.csv", rows)
    with pytest.raises(ImportRefused) as refused:
        store.imports.import_calls([data], load_mapping(mapping_path))
    bad = refused.value.report.bad_rows
    assert [(b.file, b.line) for b in bad] == [("window.csv", n) for n in (5, 6, 7, 8)]
    assert "received time '0999-11-28 11:00:00' is before the earliest" in bad[0].reason
    assert "1990-01-01" in bad[0].reason
    assert "received time '0001-01-01T00:00:00+14:00' is before" in bad[1].reason
    assert "dispatched time '2026-12-25 08:00:00' is in the future" in bad[2].reason
    assert "received time '2027-01-01 00:00:00' is in the future" in bad[3].reason
    assert store.count("calls") == 0


def test_the_cli_reports_a_year_one_placeholder_as_a_bad_row_not_a_traceback(
        mapping_path: Path, tmp_path: Path, capsys, monkeypatch):
    data = write_csv(tmp_path / "placeholder.csv",
                     [HEADER, "0001-01-01T00:00:00+14:00,,,,THEFT,B,N1,x,,R1"])
    db = tmp_path / "c.db"
    args = ["import-calls", "--db", str(db), str(data), "--mapping", str(mapping_path),
            *importer_account(db, capsys, monkeypatch)]
    assert main(args) == 1
    err = capsys.readouterr().err
    assert "placeholder.csv, line 2: received time '0001-01-01T00:00:00+14:00'" in err
    assert "Traceback" not in err and "OverflowError" not in err


# ---- the stored form ---------------------------------------------------------------------

def test_a_stored_time_is_always_24_characters_with_a_four_digit_year():
    assert to_stored(datetime(999, 11, 28, 3, 4, 5, 678_000, tzinfo=UTC)) == \
        "0999-11-28T03:04:05.678Z"
    assert to_stored(datetime(5, 1, 2, tzinfo=UTC)) == "0005-01-02T00:00:00.000Z"
    assert to_stored(datetime(2026, 11, 29, 10, 0, tzinfo=SHANGHAI)) == \
        "2026-11-29T02:00:00.000Z"
    for moment in (datetime(999, 11, 28, tzinfo=UTC), datetime(2026, 1, 1, tzinfo=UTC)):
        assert len(to_stored(moment)) == 24
        assert from_stored(to_stored(moment)) == moment


def test_an_incident_number_always_has_an_eight_digit_day():
    assert format_incident_number("340400", date(999, 1, 2), 7) == "340400-09990102-0007"
    assert is_incident_number(format_incident_number("340400", date(999, 1, 2), 7))


def test_a_saved_call_stores_its_times_in_the_fixed_form(store: Store):
    saved = store.calls.log_call(CallDraft(caller_number="13905541234", category_code="theft",
                                           received_at=datetime(1990, 1, 1, 0, 0,
                                                                tzinfo=SHANGHAI)), None)
    row = store.conn.execute("SELECT received_at, logged_at, day FROM calls WHERE id = ?",
                             [saved.call_id]).fetchone()
    assert tuple(row) == ("1989-12-31T16:00:00.000Z", "2026-11-29T02:00:00.000Z", "1990-01-01")
    incident = store.conn.execute("SELECT number, opened_at FROM incidents").fetchone()
    assert tuple(incident) == ("340400-19900101-0001", "1989-12-31T16:00:00.000Z")


def test_an_unreadable_stored_time_is_shown_as_stored_not_raised():
    assert local_text("999-11-28T03:00:00.000Z", SHANGHAI) == "999-11-28T03:00:00.000Z"
    assert local_text("0999-11-28T03:00:00.000Z", SHANGHAI, seconds=False) == \
        "0999-11-28 11:05"  # Shanghai's mean time then: +8:05:43
    with pytest.raises(ValueError):
        from_stored(None)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        from_stored("999-11-28T03:00:00.000Z")


# ---- malformed incident numbers ----------------------------------------------------------

@pytest.mark.parametrize("number", ["340400-10101-0001", "340400-20261339-0001",
                                    "34040-20261129-1", "not a number"])
def test_a_malformed_duplicate_of_number_is_refused(store: Store, number: str):
    assert not is_incident_number(number)
    assert [(p.field, p.code) for p in _check(disposition="duplicate",
                                              duplicate_of=number).errors] == \
        [("duplicate_of", "bad_number")]
    with pytest.raises(InputRefused):
        store.calls.log_call(CallDraft(caller_number="13905541234", disposition="duplicate",
                                       duplicate_of=number), None)
    assert store.count("calls") == 0


def test_a_well_formed_unknown_number_is_still_saved_marked_incomplete(store: Store):
    saved = store.calls.log_call(CallDraft(caller_number="13905541234", disposition="duplicate",
                                           duplicate_of="340400-20260101-9999"), None)
    assert "duplicate_of:unknown_code" in json.dumps(store.calls.call(saved.call_id))


def test_a_handover_for_a_shift_outside_the_window_is_refused(store: Store, supervisor):
    with pytest.raises(InputRefused) as refused:
        store.shift.save_handover_remarks("dispatch", YEAR_999, "无", supervisor.id)
    assert [(p.field, p.code) for p in refused.value.problems] == [("shift_start", "too_early")]
    assert store.count("handover_notes") == 0
    note = store.shift.handover("dispatch")
    store.shift.save_handover_remarks("dispatch", note.shift_start, "无", supervisor.id)
    assert store.shift.handover("dispatch").remarks == "无"
