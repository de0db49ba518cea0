"""Caller and premise history at intake."""

from console.domain.calls import CallDraft

BOTH_ENGINES = True  # each store test runs on SQLite and on PostgreSQL


def _log(store, **kw):
    base = dict(caller_number="13800002222", address="大通区洛河路8号", jurisdiction_code="340402",
                category_code="noise", disposition="incident")
    base.update(kw)
    return store.calls.log_call(CallDraft(**base), None)


def test_history_by_number_is_newest_first_and_ignores_formatting(store, clock):
    _log(store, summary="first")
    clock.advance(hours=1)
    _log(store, summary="second")
    rows = store.lookup.history(number="138-0000-2222")
    assert [r.summary for r in rows] == ["second", "first"]
    assert all(r.matched_on == "both" or r.matched_on == "number" for r in rows)


def test_history_by_address_folds_width_and_spaces(store):
    _log(store, caller_number="13900000000")
    rows = store.lookup.history(address="大通区 洛河路８号")
    assert len(rows) == 1 and rows[0].matched_on == "address"


def test_a_call_matching_number_and_address_is_listed_once(store):
    _log(store)
    rows = store.lookup.history(number="13800002222", address="大通区洛河路8号")
    assert len(rows) == 1 and rows[0].matched_on == "both"


def test_history_looks_back_twelve_months_by_default(store, clock):
    _log(store, summary="old")
    clock.advance(days=400)
    _log(store, summary="recent")
    assert [r.summary for r in store.lookup.history(number="13800002222")] == ["recent"]


def test_flags_earlier_dv_repeat_caller_and_possible_duplicate(store, clock):
    _log(store, category_code="domestic_violence", caller_number="13700000000")
    clock.advance(minutes=20)
    first = _log(store)
    clock.advance(minutes=10)
    flags = store.lookup.history_flags("13800002222", "大通区洛河路8号", "noise")
    assert flags.dv_before  # the DV call was at the same address
    assert flags.calls_today == 1
    assert [i.id for i in flags.possible_duplicates] == [first.incident_id]


def test_a_closed_or_incompatible_incident_is_no_duplicate(store, clock):
    saved = _log(store)
    assert store.lookup.history_flags("13800002222", "", "theft").possible_duplicates == []
    store.incidents.advance(saved.incident_id, "handled", None, result="劝解")
    store.incidents.advance(saved.incident_id, "closed", None)
    assert store.lookup.history_flags("13800002222", "", "noise").possible_duplicates == []


def test_an_empty_lookup_returns_nothing(store):
    _log(store)
    assert store.lookup.history() == []
