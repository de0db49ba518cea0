"""The demo's DV desk: open DV incidents taken, recent ones assessed in every tier, written
warnings served, orders and referrals, and the queue holds no untaken DV incident but the
newest; the first escalation pass finds nothing of the desk's to raise."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from console.demo.generate import generate
from console.domain.clock import FixedClock
from console.domain.figures import Period
from console.store import Store


def test_the_demo_gives_the_desk_realistic_work(tmp_path: Path) -> None:
    path = tmp_path / "demo.db"
    summary = generate(path, days=45, seed=7, calls_per_day=1500, end=date(2026, 11, 28))
    store = Store.open(path, clock=FixedClock(summary.now))
    try:
        tallies = store.figures.tallies(Period(date(2026, 10, 15), date(2026, 11, 28)))
        f = tallies.figures
        assert f["dv_incidents"] > 50
        assert f["dv_assessed"] > 0.7 * f["dv_incidents"]
        assert 0 < f["dv_high_risk"] < f["dv_assessed"]
        assert f["dv_warnings_issued"] > 0 and f["dv_referrals"] > 0
        assert f["dv_orders_applied"] >= f["dv_orders_granted"]
        untaken = [i for i in store.queues.queue_items() if i.kind == "dv_take"]
        assert len(untaken) <= 2  # only incidents of the last minutes wait to be taken
        assert not [k for k in store.escalation.escalate_due() if k.startswith("dv_take")]
    finally:
        store.close()
