"""The generator's one source of chance: `random.Random(seed)` and quick draws from it.

Draws are `random()` arithmetic: several times faster than `randint` or `choices` for
one value at a time.
"""

from __future__ import annotations

import random
from bisect import bisect
from collections.abc import Iterable, Sequence
from typing import TypeVar

T = TypeVar("T")


def accumulate(weights: Iterable[float]) -> list[float]:
    total, out = 0.0, []
    for weight in weights:
        total += weight
        out.append(total)
    return out


class Dice:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.random = self.rng.random

    def between(self, low: int, high: int) -> int:
        """An integer in [low, high) (low when the range is empty)."""
        return low + int(self.random() * (high - low))

    def pick(self, items: Sequence[str]) -> str:
        return items[int(self.random() * len(items))]

    def weighted(self, keys: Sequence[T], cum: Sequence[float]) -> T:
        return keys[bisect(cum, self.random() * cum[-1])]

    def chance(self, share: float) -> bool:
        return self.random() < share
