"""Jurisdictions (五区两县) and the units that serve them."""

from __future__ import annotations

from dataclasses import dataclass

AREA_TYPES: tuple[str, ...] = ("urban", "suburban", "rural")
UNIT_KINDS: tuple[str, ...] = (
    "duty_station", "stationing_point", "police_station", "special_patrol",
)


@dataclass(frozen=True)
class Jurisdiction:
    code: str  # administrative division code, e.g. 340403
    name_zh: str
    name_en: str
    kind: str  # "district" or "county"
    area_type: str  # default area for arrival deadlines

    def name(self, lang: str) -> str:
        return self.name_zh if lang.startswith("zh") else self.name_en


@dataclass(frozen=True)
class Unit:
    code: str
    name_zh: str
    name_en: str
    kind: str
    jurisdiction_code: str

    def name(self, lang: str) -> str:
        return self.name_zh if lang.startswith("zh") else self.name_en


def suggest_units(units: list[Unit], jurisdiction_code: str | None) -> list[Unit]:
    """Units to offer for dispatch: those of the incident's jurisdiction first.

    Street duty stations and stationing points come first (they take street
    incidents fastest), then special patrol, then the police station.
    """
    order = {kind: i for i, kind in enumerate(("duty_station", "stationing_point",
                                               "special_patrol", "police_station"))}
    return sorted(
        units,
        key=lambda u: (u.jurisdiction_code != jurisdiction_code, order.get(u.kind, 9), u.code),
    )
