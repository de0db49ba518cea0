"""Timing helpers shared by the benchmarks: every figure is printed beside its floor.

A floor is the same work done with plain sqlite3 and no console code; the
ratio says what the console's layers cost on top of SQLite itself. Every figure reported
is also kept in `FIGURES`, which `python -m bench` writes to bench/results.json; a figure
that could not be taken is kept as skipped, with why.

`QUICK` is set by `python -m bench --quick`: each benchmark then runs on small databases.
"""

from __future__ import annotations

import statistics
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent / "out"
QUICK = False
FIGURES: list[dict[str, Any]] = []


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
           target_ms: float | None = None, unit: str = "ms", note: str = "") -> None:
    """Print a figure beside its floor and target, and keep it for results.json.

    The target is met when the p99 is within it (for a single sample, that sample)."""
    line = f"{name}: median {value.median:.2f} {unit}, p99 {value.p99:.2f} {unit}"
    ratio = None
    if floor is not None:
        ratio = value.median / floor.median if floor.median else None
        line += f" | floor median {floor.median:.2f} {unit}, p99 {floor.p99:.2f} {unit}"
        line += f" | ratio {ratio:.1f}x" if ratio is not None else ""
    verdict = None
    if target_ms is not None:
        verdict = "within" if value.p99 <= target_ms else "OVER"
        line += f" | target p99 {target_ms:g} {unit}: {verdict}"
    if note:
        line += f" ({note})"
    print(line, flush=True)
    FIGURES.append({
        "figure": name, "unit": unit, "median": round(value.median, 3),
        "p99": round(value.p99, 3), "samples": len(value.samples_ms),
        "floor": round(floor.median, 3) if floor is not None else None,
        "ratio": round(ratio, 2) if ratio is not None else None,
        "target": target_ms, "verdict": verdict, "note": note})


def skipped(name: str, why: str, *, target_ms: float | None = None, unit: str = "ms") -> None:
    """A figure that could not be taken in this run, kept with the reason."""
    print(f"{name}: skipped: {why}", flush=True)
    FIGURES.append({"figure": name, "unit": unit, "median": None, "p99": None, "samples": 0,
                    "floor": None, "ratio": None, "target": target_ms,
                    "verdict": "skipped", "note": why})


def out_path(name: str) -> Path:
    OUT.mkdir(exist_ok=True)
    return OUT / name
