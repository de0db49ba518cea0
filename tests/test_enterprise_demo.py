"""The demo's registry: valid credit codes, service files, loops with feedback."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from console.demo import generate
from console.domain import credit_code
from console.domain.clock import FixedClock
from console.domain.figures import Period
from console.store import Store

END = date(2026, 11, 29)


def test_demo_registry_and_loops(tmp_path: Path) -> None:
    path = tmp_path / "demo.db"
    generate(path, days=20, seed=7, calls_per_day=600, end=END)
    store = Store.open(path, clock=FixedClock(datetime(2026, 11, 29, 12, 0, tzinfo=UTC)))
    try:
        listed = store.registry.search()
        assert len(listed) > 200
        codes = [e.draft.credit_code for e in listed]
        assert all(credit_code.is_valid(c) for c in codes) and len(set(codes)) == len(codes)
        assert all(e.draft.contact_name for e in listed)
        assert store.registry.search(listed[0].draft.credit_code)[0].id == listed[0].id
        files = [store.registry.service_file(e.id) for e in listed[:20]]
        assert all(files) and any(s.kind == "visit" for f in files for s in f)
        figures = store.figures.tallies(Period(date(2026, 11, 10), END)).figures
        assert figures["enterprises_registered"] == len(listed)
        assert figures["enterprise_visits"] > 0
        assert 0 < figures["enterprise_pushes_acked_in_time"] <= figures["enterprise_pushes"]
        done = next(s for s in store.enterprises.loop(_closed_enterprise_incident(store))
                    if s.code == "feedback")
        assert done.done and done.detail
    finally:
        store.close()


def _closed_enterprise_incident(store: Store) -> int:
    for e in store.registry.search():
        for incident in store.registry.incidents_of(e.id):
            if incident["stage"] in ("closed", "called_back"):
                return int(str(incident["id"]))
    raise AssertionError("no closed enterprise incident in the demo")
