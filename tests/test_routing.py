"""Routing: which desk gets a call."""

from console.domain.reference import default_reference
from console.domain.routing import route

TAX = default_reference().taxonomy


def test_an_ordinary_incident_goes_to_dispatch_only():
    r = route(TAX.get("theft"), "incident")
    assert r.creates_incident and r.desks == {"dispatch"}


def test_domestic_violence_goes_to_the_dv_desk_and_dispatch():
    r = route(TAX.get("domestic_violence"), "incident")
    assert r.desks == {"dispatch", "dv"} and r.is_dv


def test_a_dv_flag_on_another_category_also_reaches_the_dv_desk():
    r = route(TAX.get("dispute_family"), "incident", dv_flag=True)
    assert "dv" in r.desks


def test_an_enterprise_call_goes_to_the_enterprise_desk():
    assert route(TAX.get("theft"), "incident", enterprise_flag=True).desks == {
        "dispatch", "enterprise"}
    assert "enterprise" in route(TAX.get("enterprise_security"), "incident").desks


def test_non_incident_dispositions_create_no_incident():
    for disposition in ("inquiry", "nuisance", "silent", "duplicate", "handover_119"):
        r = route(TAX.get("theft"), disposition)
        assert not r.creates_incident and "dispatch" not in r.desks


def test_a_12345_transfer_is_routed_to_12345():
    assert route(TAX.get("municipal"), "transfer_12345").desks == {"transfer_12345"}
