"""Loads the centre's reference data from the data files in `db/reference/`."""

from __future__ import annotations

import csv
import tomllib
from dataclasses import dataclass
from datetime import timedelta
from functools import cache
from pathlib import Path
from typing import Any

from console.domain.deadlines import Deadlines
from console.domain.places import Jurisdiction, Unit
from console.domain.taxonomy import Category, Taxonomy

CENTRE_CODE = "340400"  # Huainan municipal public security bureau


@dataclass(frozen=True)
class Role:
    code: str
    name_zh: str
    name_en: str
    views: frozenset[str]

    def name(self, lang: str) -> str:
        return self.name_zh if lang.startswith("zh") else self.name_en


@dataclass(frozen=True)
class Disposition:
    code: str
    name_zh: str
    name_en: str
    creates_incident: bool
    needs: str

    def name(self, lang: str) -> str:
        return self.name_zh if lang.startswith("zh") else self.name_en


@dataclass(frozen=True)
class CallbackRules:
    ratings: tuple[str, ...]
    escalate_on: frozenset[str]
    shares: dict[str, float]
    rating_names: dict[str, dict[str, str]]
    retry_after: timedelta = timedelta(hours=2)
    attempts: int = 3

    def share(self, desk: str) -> float:
        return self.shares.get(desk, self.shares.get("default", 0.0))

    def rating_name(self, rating: str, lang: str) -> str:
        names = self.rating_names.get("zh" if lang.startswith("zh") else "en", {})
        return names.get(rating, rating)


@dataclass(frozen=True)
class Reference:
    taxonomy: Taxonomy
    jurisdictions: tuple[Jurisdiction, ...]
    units: tuple[Unit, ...]
    deadlines: Deadlines
    callbacks: CallbackRules
    roles: tuple[Role, ...]
    dispositions: tuple[Disposition, ...]
    centre_code: str = CENTRE_CODE

    def jurisdiction(self, code: str) -> Jurisdiction | None:
        return next((j for j in self.jurisdictions if j.code == code), None)

    def role(self, code: str) -> Role:
        return next(r for r in self.roles if r.code == code)

    def disposition(self, code: str) -> Disposition | None:
        return next((d for d in self.dispositions if d.code == code), None)

    @property
    def jurisdiction_codes(self) -> set[str]:
        return {j.code for j in self.jurisdictions}


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return [
            {k.strip(): (v or "").strip() for k, v in row.items()}
            for row in csv.DictReader(handle)
        ]


def _toml(path: Path) -> dict[str, Any]:
    with path.open("rb") as handle:
        return tomllib.load(handle)


def load_reference(folder: Path) -> Reference:
    """Read every reference file; a broken file raises with its name."""
    categories = [
        Category(
            code=r["code"],
            name_zh=r["name_zh"],
            name_en=r["name_en"],
            pinyin=r["pinyin"].lower(),
            tally_group=r["tally_group"],
            default_priority=int(r["default_priority"]),
            desk=r["desk"],
            kind=r["kind"],
        )
        for r in _rows(folder / "categories.csv")
    ]
    jurisdictions = tuple(
        Jurisdiction(r["code"], r["name_zh"], r["name_en"], r["kind"], r["area_type"])
        for r in _rows(folder / "jurisdictions.csv")
    )
    units = tuple(
        Unit(r["code"], r["name_zh"], r["name_en"], r["kind"], r["jurisdiction_code"])
        for r in _rows(folder / "units.csv")
    )
    roles = tuple(
        Role(r["code"], r["name_zh"], r["name_en"], frozenset(r["views"].split()))
        for r in _rows(folder / "roles.csv")
    )
    dispositions = tuple(
        Disposition(r["code"], r["name_zh"], r["name_en"], r["creates_incident"] == "1",
                    r["needs"])
        for r in _rows(folder / "dispositions.csv")
    )
    cb = _toml(folder / "callbacks.toml")
    callbacks = CallbackRules(
        ratings=tuple(cb["ratings"]),
        escalate_on=frozenset(cb.get("escalate_on", [])),
        shares={k: float(v) for k, v in cb["rules"].items()},
        rating_names=cb.get("rating_names", {}),
        retry_after=timedelta(seconds=int(cb.get("not_reached", {}).get("retry_after", 7200))),
        attempts=int(cb.get("not_reached", {}).get("attempts", 3)),
    )
    return Reference(
        taxonomy=Taxonomy(categories),
        jurisdictions=jurisdictions,
        units=units,
        deadlines=Deadlines.from_mapping(_toml(folder / "deadlines.toml")),
        callbacks=callbacks,
        roles=roles,
        dispositions=dispositions,
    )


@cache
def default_reference() -> Reference:
    """The reference data shipped with the console (read once per process)."""
    from console.paths import db_dir

    return load_reference(db_dir() / "reference")
