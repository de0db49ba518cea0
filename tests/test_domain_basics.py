"""Pure domain helpers: times, numbers, addresses, deadlines, call checks."""

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from console.domain.addresses import address_key, number_key
from console.domain.calls import CallDraft, check_call
from console.domain.clock import day_bounds, from_stored, local_day, to_stored, zone
from console.domain.fraud import format_amount, parse_amount
from console.domain.numbering import format_incident_number, parse_incident_number
from console.domain.reference import default_reference

REF = default_reference()
SH = zone("Asia/Shanghai")


@given(st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1),
                    timezones=st.just(UTC)))
def test_stored_times_round_trip_to_the_millisecond(moment):
    back = from_stored(to_stored(moment))
    assert abs(back - moment) < timedelta(milliseconds=1)


def test_stored_times_sort_as_text():
    a = to_stored(datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC))
    b = to_stored(datetime(2026, 1, 2, 3, 4, 6, tzinfo=UTC))
    assert a == "2026-01-02T03:04:05.000Z" and a < b


def test_a_local_day_spans_utc_bounds():
    assert day_bounds(date(2026, 11, 29), date(2026, 11, 29), SH) == (
        "2026-11-28T16:00:00.000Z", "2026-11-29T16:00:00.000Z")
    assert local_day(datetime(2026, 11, 28, 16, 0, tzinfo=UTC), SH) == date(2026, 11, 29)


def test_incident_numbers_round_trip():
    number = format_incident_number("340400", date(2026, 11, 29), 17)
    assert number == "340400-20261129-0017"
    assert parse_incident_number(number) == ("340400", date(2026, 11, 29), 17)
    with pytest.raises(ValueError):
        parse_incident_number("20261129-17")


def test_address_and_number_keys():
    assert address_key("田家庵区 舜耕路１２号") == address_key("田家庵区舜耕路12号")
    assert number_key("+86 138-0000-1111") == "13800001111"
    assert number_key("0554-1234567") == "05541234567"


def test_amounts_are_exact_fen():
    assert parse_amount("1,234.5") == 123450
    assert parse_amount("¥20000元") == 2000000
    assert format_amount(123450) == "1,234.50"
    for bad in ("", "12.345", "-5", "abc", "1e5"):
        with pytest.raises(ValueError):
            parse_amount(bad)


def test_deadlines_by_priority_and_area():
    d = REF.deadlines
    t0 = datetime(2026, 11, 29, 2, 0, tzinfo=UTC)
    assert d.arrival_due(t0, 1, "urban") - t0 == timedelta(minutes=5)
    assert d.arrival_due(t0, 1, "suburban") - t0 == timedelta(minutes=10)
    assert d.dispatch_due(t0, 9) == d.dispatch_due(t0, 3)  # out-of-range priority clamps


def _check(**kw):
    return check_call(CallDraft(**kw), REF.taxonomy, REF.jurisdiction_codes)


def test_a_complete_call_has_no_findings():
    checked = _check(caller_number="13800001111", address="寿县寿春镇1号",
                     jurisdiction_code="340422", category_code="theft", disposition="incident")
    assert checked.ok and not checked.incomplete and checked.priority == 2


def test_the_disposition_defaults_from_the_category():
    assert _check(category_code="inquiry").disposition == "inquiry"
    assert _check(category_code="municipal").disposition == "transfer_12345"
    assert _check(category_code="theft").disposition == "incident"


def test_a_silent_call_needs_no_number():
    checked = _check(disposition="silent", category_code="silent")
    assert all(p.field != "caller_number" for p in checked.warnings)


def test_a_12345_transfer_without_ticket_is_incomplete_not_refused():
    checked = _check(disposition="transfer_12345", category_code="municipal",
                     caller_number="13800001111")
    assert checked.ok and [p.field for p in checked.warnings] == ["transfer_ref"]


@given(st.text(max_size=300))
def test_any_typed_summary_is_either_saved_or_refused_with_a_reason(text):
    checked = _check(summary=text)
    for problem in checked.errors:
        assert problem.field == "summary" and problem.code in ("too_long", "control_chars")


def test_a_draft_survives_json():
    draft = CallDraft(caller_number="1", received_at=datetime(2026, 1, 1, tzinfo=UTC))
    assert CallDraft.from_dict(draft.to_dict()) == draft
