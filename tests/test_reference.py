"""The reference data files in db/reference load and hang together."""

from console.domain.places import AREA_TYPES, UNIT_KINDS, suggest_units
from console.domain.reference import default_reference
from console.domain.taxonomy import DESKS, TALLY_GROUPS


def test_seven_jurisdictions_with_their_division_codes():
    ref = default_reference()
    codes = {j.name_zh: j.code for j in ref.jurisdictions}
    assert codes == {"大通区": "340402", "田家庵区": "340403", "谢家集区": "340404",
                     "八公山区": "340405", "潘集区": "340406", "凤台县": "340421", "寿县": "340422"}
    assert {j.kind for j in ref.jurisdictions} == {"district", "county"}
    assert all(j.area_type in AREA_TYPES for j in ref.jurisdictions)


def test_every_category_is_well_formed():
    ref = default_reference()
    for cat in ref.taxonomy.categories:
        assert cat.tally_group in TALLY_GROUPS, cat
        assert cat.desk in DESKS, cat
        assert cat.kind in ("incident", "call"), cat
        assert cat.default_priority in (1, 2, 3), cat
        assert cat.pinyin.isascii() and cat.pinyin.isalpha(), cat


def test_the_street_deployment_matches_the_brief():
    ref = default_reference()
    kinds = [u.kind for u in ref.units]
    assert kinds.count("duty_station") == 10
    assert kinds.count("stationing_point") == 21
    assert set(kinds) <= set(UNIT_KINDS)
    assert {u.jurisdiction_code for u in ref.units} <= ref.jurisdiction_codes


def test_units_of_the_incident_jurisdiction_are_suggested_first():
    ref = default_reference()
    units = suggest_units(list(ref.units), "340422")
    local = [u for u in units if u.jurisdiction_code == "340422"]
    assert units[: len(local)] == local


def test_roles_name_the_views_they_may_open():
    ref = default_reference()
    assert "summary" in ref.role("supervisor").views
    assert "summary" not in ref.role("call_taker").views
    assert "intake" in ref.role("call_taker").views


def test_urban_arrival_deadline_is_five_minutes():
    deadlines = default_reference().deadlines
    assert deadlines.arrival["urban"][1].total_seconds() == 300
    assert deadlines.arrival["suburban"][1].total_seconds() == 600
    assert deadlines.arrival["rural"][1] > deadlines.arrival["suburban"][1]
