"""Closure dispositions (结案方式): how an incident was closed, from `db/reference/closures.csv`."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path


@dataclass(frozen=True)
class Closure:
    code: str
    name_zh: str
    name_en: str

    def name(self, lang: str) -> str:
        return self.name_zh if lang.startswith("zh") else self.name_en


def load_closures(path: Path) -> tuple[Closure, ...]:
    """Read the closure list; a row without a code or names raises with the file name."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    closures = []
    for row in rows:
        values = {k.strip(): (v or "").strip() for k, v in row.items()}
        if not (values.get("code") and values.get("name_zh") and values.get("name_en")):
            raise ValueError(f"{path}: incomplete closure row {row!r}")
        closures.append(Closure(values["code"], values["name_zh"], values["name_en"]))
    if len({c.code for c in closures}) != len(closures):
        raise ValueError(f"{path}: duplicate closure code")
    return tuple(closures)


@cache
def default_closures() -> tuple[Closure, ...]:
    """The closure list shipped with the console (read once per process)."""
    from console.paths import db_dir

    return load_closures(db_dir() / "reference" / "closures.csv")
