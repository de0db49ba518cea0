"""Timing helpers shared by the benchmarks: every figure is printed beside its floor.

A floor is the same work done with plain sqlite3 and no console code; the
ratio says what the console's layers cost on top of SQLite itself.
"""

from __future__ import annotations

import statistics
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out"


@dataclass
class Timing:
    samples_ms: list[float]

    @property
    def median(self) -> float:
        return statistics.median(self.samples_ms)

    @property
    def p99(self) -> float:
        ordered = sorted(self.samples_ms)
        return ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]

    @property
    def total(self) -> float:
        return sum(self.samples_ms)


def measure(fn: Callable[[], object], repeat: int) -> Timing:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return Timing(samples)


def peak_memory_mib(fn: Callable[[], object]) -> float:
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def report(name: str, value: Timing, floor: Timing | None = None, *,
           target_ms: float | None = None, unit: str = "ms") -> None:
    line = f"{name}: median {value.median:.2f} {unit}, p99 {value.p99:.2f} {unit}"
    if floor is not None:
        ratio = value.median / floor.median if floor.median else float("inf")
        line += f" | floor median {floor.median:.2f} {unit}, p99 {floor.p99:.2f} {unit}"
        line += f" | ratio {ratio:.1f}x"
    if target_ms is not None:
        verdict = "within" if value.p99 <= target_ms else "OVER"
        line += f" | target p99 {target_ms:g} {unit}: {verdict}"
    print(line, flush=True)


def out_path(name: str) -> Path:
    OUT.mkdir(exist_ok=True)
    return OUT / name
