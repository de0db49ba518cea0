"""A run's figures kept: bench/results.json, its table, and what got slower since another run.

The file holds the machine and the commit the figures were taken on, so two runs are only
compared knowingly: a figure is slower when its median grew by more than `SLOWER` (20 %).
"""

from __future__ import annotations

import json
import os
import platform
import sqlite3
import subprocess
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results.json"
SLOWER = 0.20


def _cpu() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _memory_gb() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("MemTotal:"):
                return round(int(line.split()[1]) * 1024 / 1e9, 1)
    except OSError:
        pass
    return None


def machine() -> dict[str, Any]:
    """What the figures depend on besides the code."""
    try:
        from PySide6 import __version__ as pyside
    except ImportError:  # pragma: no cover - the console needs it anyway
        pyside = ""
    return {
        "cpu": _cpu(), "cores": os.cpu_count(), "memory_gb": _memory_gb(),
        "system": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(), "sqlite": sqlite3.sqlite_version,
        "pyside6": pyside,
        "load_average": [round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg")
        else None,
    }


def commit() -> str:
    """The commit measured, `+changes` when the working tree differs from it."""
    def git(*args: str) -> str:
        return subprocess.run(["git", *args], capture_output=True, text=True, cwd=HERE,
                              check=False).stdout.strip()

    head = git("rev-parse", "--short=12", "HEAD")
    if not head:
        return "unknown"
    return head + ("+changes" if git("status", "--porcelain", "--untracked-files=no") else "")


def document(figures: list[dict[str, Any]], *, quick: bool, note: str = "") -> dict[str, Any]:
    return {"taken": datetime.now(UTC).isoformat(timespec="seconds"), "quick": quick,
            "machine": machine(), "commit": commit(), "note": note, "figures": figures}


def write(doc: dict[str, Any], path: Path = RESULTS) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_name(path.name + ".part")
    part.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    part.replace(path)


def load(path: Path) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return doc


def _number(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:,.0f}" if abs(value) >= 100 else f"{value:.2f}"


def rows(doc: dict[str, Any]) -> list[tuple[str, ...]]:
    """The table's rows: figure, median, p99, floor, ratio, target, verdict."""
    out = []
    for f in doc["figures"]:
        if f["verdict"] == "skipped":
            out.append((f["figure"], "", "", "", "", _target(f), f"skipped: {f['note']}"))
            continue
        unit = f["unit"]
        out.append((f["figure"], f"{_number(f['median'])} {unit}", f"{_number(f['p99'])} {unit}",
                    f"{_number(f['floor'])} {unit}" if f["floor"] is not None else "",
                    f"{f['ratio']:.1f}×" if f["ratio"] is not None else "", _target(f),
                    {"within": "met", "OVER": "MISSED"}.get(f["verdict"] or "", "")))
    return out


def _target(f: dict[str, Any]) -> str:
    return f"{f['target']:g} {f['unit']}" if f["target"] is not None else ""


HEADERS = ("figure", "median", "p99", "floor", "ratio", "target (p99)", "")


def table(doc: dict[str, Any]) -> str:
    """The figures as a plain-text table, the machine and commit under it."""
    body = [HEADERS, *rows(doc)]
    widths = [max(len(r[i]) for r in body) for i in range(len(HEADERS))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip()
             for r in body]
    lines.insert(1, "  ".join("-" * w for w in widths))
    m = doc["machine"]
    lines.append(f"machine: {m['cpu']}, {m['cores']} cores, {m['memory_gb']} GB, {m['system']},"
                 f" Python {m['python']}, SQLite {m['sqlite']}, load {m['load_average']};"
                 f" commit {doc['commit']}, {doc['taken']}")
    return "\n".join(lines)


@dataclass(frozen=True)
class Change:
    figure: str
    unit: str
    old: float
    new: float

    @property
    def ratio(self) -> float:
        return self.new / self.old if self.old else float("inf")


def slower(old: dict[str, Any], new: dict[str, Any], threshold: float = SLOWER) -> list[Change]:
    """Figures present in both runs whose median grew by more than `threshold`.

    Memory counts as a figure like any other; skipped figures and those of one run only
    are left out (a renamed figure is a new one)."""
    before = {f["figure"]: f for f in old["figures"] if f.get("median") is not None}
    out = []
    for f in new["figures"]:
        was = before.get(f["figure"])
        if was is None or f.get("median") is None or was["unit"] != f["unit"]:
            continue
        if f["median"] > was["median"] * (1 + threshold):
            out.append(Change(f["figure"], f["unit"], was["median"], f["median"]))
    return out


def compare_text(old: dict[str, Any], new: dict[str, Any]) -> tuple[str, bool]:
    """What got slower, said plainly; and whether anything did."""
    changes = slower(old, new)
    head = (f"{new['commit']} ({new['taken']}) against {old['commit']} ({old['taken']}):")
    if old["machine"].get("cpu") != new["machine"].get("cpu"):
        head += " NOTE: taken on different machines"
    if not changes:
        return head + f"\nnothing slower by more than {SLOWER:.0%}", False
    lines = [head, f"slower by more than {SLOWER:.0%}:"]
    for c in changes:
        lines.append(f"  {c.figure}: median {_number(c.old)} -> {_number(c.new)} {c.unit}"
                     f" (+{(c.ratio - 1):.0%})")
    return "\n".join(lines), True
