"""The registry of key enterprises (护企), each with its three responsible persons."""

from __future__ import annotations

from dataclasses import dataclass

from console.demo.dice import Dice
from console.demo.places import Places, person_name, staff_phone
from console.domain import demo_mix as mix
from console.domain.addresses import address_key
from console.domain.reference import Reference

ROLES = ("bureau_leader", "station_leader", "officer")


@dataclass
class Enterprise:
    id: int
    address: str
    key: str
    jurisdiction: str
    persons: tuple[tuple[str, str], ...]  # (name, phone) per role in ROLES


def registry(reference: Reference, places: Places, dice: Dice,
             created: str) -> tuple[list[Enterprise], list[tuple[object, ...]]]:
    """The enterprises, and their rows (console.store.bulk.COLUMNS["enterprises"])."""
    rng = dice.rng
    names = [(f"淮南市{w}{word}{rng.choice(mix.COMPANY_SUFFIX)}", industry)
             for w in mix.ENTERPRISE_WORDS for word, industry in mix.INDUSTRIES.items()]
    jur_keys, jur_cum = mix.cumulative(
        {j.code: mix.ENTERPRISE_JURISDICTION_WEIGHTS.get(j.code, 1.0)
         for j in reference.jurisdictions})
    jur_index = {j.code: i for i, j in enumerate(reference.jurisdictions)}
    leaders = [(person_name(30011 + 13 * i), staff_phone(i)) for i in range(mix.BUREAU_LEADERS)]
    listed: list[Enterprise] = []
    rows: list[tuple[object, ...]] = []
    used: set[str] = set()
    for index, (name, industry) in enumerate(rng.sample(names, mix.ENTERPRISE_COUNT), 1):
        jur = str(dice.weighted(jur_keys, jur_cum))
        address = ""
        while not address or address in used:
            address = (f"{places.jur[jur].name_zh}{dice.pick(mix.PARKS)}"
                       f"{dice.pick(places.roads[jur])}{dice.between(1, 200)}号")
        used.add(address)
        station = jur_index[jur] * 10 + dice.between(0, mix.STATION_LEADERS_PER_JURISDICTION)
        officer = jur_index[jur] * 100 + dice.between(0, mix.OFFICERS_PER_JURISDICTION)
        persons = (
            leaders[dice.between(0, len(leaders))],
            (person_name(40013 + 17 * station), staff_phone(1000 + station)),
            (person_name(50021 + 19 * officer), staff_phone(5000 + officer)),
        )
        ent = Enterprise(index, address, address_key(address), jur, persons)
        listed.append(ent)
        rows.append((index, name, address, ent.key, jur, industry,
                     f"{mix.LANDLINE_PREFIX}{dice.between(0, 10**6):06d}",
                     *persons[0], *persons[1], *persons[2], created))
    return listed, rows
