"""Telecom fraud reports: the victim's transfers, stop-payment, accounts frozen, money back."""

from __future__ import annotations

from console.demo.dice import accumulate
from console.demo.places import person_name
from console.demo.times import HOUR, MIN
from console.demo.world import World
from console.domain import demo_mix as mix

_FROZEN_CUM = accumulate(mix.FRAUD_FROZEN_WEIGHTS)
_PARTS_CUM = (45, 75, 90, 100)


class Fraud:
    def __init__(self, world: World):
        self.w = world

    def report(self, call_id: int, incident_id: int, opened: int, handled: int | None) -> None:
        """The fraud report of a fraud call; outcomes are known once the incident is handled."""
        w = self.w
        dice, rows, text, places = w.dice, w.rows, w.times.text, w.places
        rng, between = dice.rng, dice.between
        loss_yuan = rng.lognormvariate(mix.FRAUD_LOSS_MU, mix.FRAUD_LOSS_SIGMA)
        loss = int(min(2_000_000.0, max(300.0, loss_yuan)) * 100)
        parts = int(dice.weighted((1, 2, 3, 4), _PARTS_CUM))
        cuts = sorted(between(1, loss) for _ in range(parts - 1))
        amounts = [b - a for a, b in zip([0, *cuts], [*cuts, loss], strict=True)]
        moments = sorted(opened - between(10 * MIN, 72 * HOUR) for _ in amounts)
        report_id = rows.new_id("fraud_reports")
        for amount, moment in zip(amounts, moments, strict=True):
            rows["fraud_transfers"].append((
                rows.new_id("fraud_transfers"), report_id, amount, text(moment),
                places.bank_card(), person_name(between(0, 10**6)), dice.pick(mix.BANKS)))
        frozen: int | None = None
        recovered: int | None = None
        if handled is not None:
            frozen, recovered = 0, 0
            if dice.random() < mix.FRAUD_FROZEN_SHARE:
                frozen = int(dice.weighted(mix.FRAUD_FROZEN_COUNTS, _FROZEN_CUM))
                share = rng.uniform(*mix.FRAUD_RECOVERED_RANGE) * mix.FRAUD_RECOVERY_SCALE
                recovered = min(loss, int(loss * share))
        rows["fraud_reports"].append((
            report_id, call_id, incident_id, places.bank_card(), dice.pick(mix.BANKS),
            int(dice.random() < mix.FRAUD_STOP_PAYMENT), frozen, recovered, loss,
            text(handled if handled is not None else opened)))
