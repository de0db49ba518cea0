"""Made-up places, people and phone numbers, and the units that serve each jurisdiction."""

from __future__ import annotations

from console.demo.dice import Dice, accumulate
from console.domain import demo_mix as mix
from console.domain.reference import Reference

# Units per jurisdiction, weighted: street units for the street, stations for homes.
_STREET_UNITS = {"duty_station": 30, "stationing_point": 30, "special_patrol": 25,
                 "police_station": 15}
_HOME_UNITS = {"police_station": 70, "special_patrol": 15, "duty_station": 10,
               "stationing_point": 5}


def person_name(index: int) -> str:
    surnames, given = mix.SURNAMES, mix.GIVEN_NAMES
    return surnames[index % len(surnames)] + given[(index * 7 + index // 97) % len(given)]


def staff_phone(index: int) -> str:
    return f"{mix.STAFF_PREFIX}{(index * 7331) % 10**6:06d}"


class Places:
    """Roads, compounds, hotspots and towns per jurisdiction, made up from word lists."""

    def __init__(self, reference: Reference, dice: Dice):
        self.dice = dice
        self.jur = {j.code: j for j in reference.jurisdictions}
        self.place_cum = {g: accumulate(w) for g, w in mix.PLACE_WEIGHTS.items()}
        rng = dice.rng
        pairs = [a + b for a in mix.ROAD_FIRST for b in mix.ROAD_SECOND if a != b]
        self.roads: dict[str, list[str]] = {}
        self.compounds: dict[str, list[str]] = {}
        self.hotspots: dict[str, list[str]] = {}
        self.towns: dict[str, list[str]] = {}
        n_roads, n_spots = mix.ROADS_PER_JURISDICTION, mix.HOTSPOTS_PER_JURISDICTION
        for j in reference.jurisdictions:
            names = rng.sample(pairs, n_roads + mix.COMPOUNDS_PER_JURISDICTION + n_spots)
            self.roads[j.code] = [r + rng.choice(mix.ROAD_SUFFIX) for r in names[:n_roads]]
            self.compounds[j.code] = [c + rng.choice(mix.COMPOUND_SUFFIX)
                                      for c in names[n_roads:-n_spots]]
            self.hotspots[j.code] = [j.name_zh + h + rng.choice(mix.HOTSPOT_KINDS)
                                     for h in names[-n_spots:]]
            self.towns[j.code] = [a + b + "镇" for a, b in zip(
                rng.sample(mix.ROAD_FIRST, 6), rng.sample(mix.TOWN_SECOND, 6), strict=True)]
        self.units: dict[tuple[str, bool], tuple[list[str], list[float]]] = {}
        self.units_of: dict[str, list[str]] = {}
        for j in reference.jurisdictions:
            mine = [u for u in reference.units if u.jurisdiction_code == j.code]
            if not mine:
                raise ValueError(f"no units serve jurisdiction {j.code}")
            self.units_of[j.code] = [u.code for u in mine]
            for at_home, table in ((False, _STREET_UNITS), (True, _HOME_UNITS)):
                self.units[(j.code, at_home)] = (
                    [u.code for u in mine], accumulate(table.get(u.kind, 5) for u in mine))

    def caller(self, nuisance: bool = False, named: bool = True) -> tuple[str, str]:
        """A caller number (one name per number) from the pools; repeat callers call often."""
        random = self.dice.random
        r = random()
        if nuisance and r < mix.NUISANCE_FROM_POOL:
            index = int(random() ** 2 * mix.NUISANCE_CALLERS)
        elif r < mix.REPEAT_CALLER_SHARE:
            index = int(random() ** 2 * mix.REPEAT_CALLERS)
        else:
            index = int(random() * mix.CALLER_SPACE)
        number = f"{mix.CALLER_PREFIX}{index:06d}"
        if not named or random() < mix.NAMELESS_SHARE:
            return number, ""
        return number, person_name(index)

    def place(self, jur: str, group: str) -> tuple[str, bool]:
        """An address for a group's incident in a jurisdiction, and whether it is a home."""
        dice = self.dice
        kind = dice.weighted((0, 1, 2, 3), self.place_cum[group])
        name, roads = self.jur[jur].name_zh, self.roads[jur]
        if kind == 0:
            number = 1 + int(dice.random() ** 1.5 * mix.STREET_NUMBERS)
            return f"{name}{dice.pick(roads)}{number}号", False
        if kind == 1:
            first = dice.pick(roads)
            second = dice.pick(roads)
            while second == first:
                second = dice.pick(roads)
            return f"{name}{first}与{second}交叉口", False
        if kind == 2:
            spots = self.hotspots[jur]
            return spots[int(dice.random() ** 2 * len(spots))], False
        return self.home(jur), True

    def home(self, jur: str) -> str:
        dice = self.dice
        between = dice.between
        name = self.jur[jur].name_zh
        if self.jur[jur].area_type == "rural" and dice.random() < 0.45:
            village = mix.ROAD_FIRST[between(0, mix.VILLAGES_PER_TOWN)]
            return (f"{name}{dice.pick(self.towns[jur])}{village}庄村"
                    f"{between(1, mix.VILLAGE_GROUPS + 1)}组")
        compounds = self.compounds[jur]
        compound = compounds[int(dice.random() ** 1.3 * len(compounds))]
        return (f"{name}{compound}{between(1, mix.BUILDINGS + 1)}栋"
                f"{between(1, mix.UNITS_PER_BUILDING + 1)}单元{between(1, mix.FLOORS + 1)}"
                f"{between(1, mix.FLATS_PER_FLOOR + 1):02d}室")

    def bank_card(self) -> str:
        return f"{mix.BANK_CARD_PREFIX}{self.dice.between(0, 10**8):08d}"
