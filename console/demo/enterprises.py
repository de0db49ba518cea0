"""The registry of key enterprises (护企), each with its three responsible persons."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from console.demo.dice import Dice
from console.demo.places import Places, person_name, staff_phone
from console.domain import demo_mix as mix
from console.domain.addresses import address_key
from console.domain.clock import from_stored, to_stored
from console.domain.credit_code import check_digit
from console.domain.reference import Reference
from console.store import Store

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


# 一企一警: a visit a month, a contact every week or two; the service file is kept for the
# last SERVICE_DAYS of the demo at most (a year's demo would otherwise hold tens of thousands).
SERVICE_DAYS = 120
VISITS: tuple[str, ...] = (
    "走访企业，检查监控和门卫值守", "走访企业，开展防盗防诈宣传", "走访企业，排查周边治安隐患",
    "走访企业，了解生产经营中的涉警诉求")
CONTACTS: tuple[str, ...] = (
    "电话联系企业负责人，通报近期辖区警情", "微信联系企业保卫科，提醒节假日安全防范",
    "电话回访企业，询问诉求办理情况")
REQUESTS: tuple[str, ...] = (
    "企业请求夜间加强厂区周边巡逻", "企业反映门前道路货车乱停影响通行",
    "企业请求协助开展员工反诈培训")
FEEDBACK: tuple[str, ...] = (
    "已到现场了解情况，正在处置", "已与企业负责人联系，情况已掌握", "已安排巡逻力量加强巡防",
    "已会同派出所处理完毕，企业认可")


def credit_code(index: int) -> str:
    """A fictional unified social credit code with a right check digit (Huainan's division)."""
    first17 = f"91340400MA{(index * 7919) % 10**7:07d}"
    return first17 + check_digit(first17)


def complete(store: Store, listed: list[Enterprise], dice: Dice, first: date,
             end: date, now: datetime) -> int:
    """Credit codes, contacts and service files for the registry; feedback on acknowledged
    pushes and a responsible leader on enterprise escalations to the leadership. Returns the
    service-file entries made."""
    codes = [(credit_code(e.id), person_name(60007 + 23 * e.id), e.id) for e in listed]
    start = max(first, end - timedelta(days=SERVICE_DAYS))
    entries: list[tuple[int, str, str, str, str, str]] = []
    for e in listed:
        officer = e.persons[2][0]
        day = start + timedelta(days=dice.between(0, 7))
        while day <= end:
            if dice.between(0, 4) == 0:
                kind, texts = "visit", VISITS
            elif dice.between(0, 10) == 0:
                kind, texts = "request", REQUESTS
            else:
                kind, texts = "contact", CONTACTS
            recorded = min(datetime.fromisoformat(f"{day.isoformat()}T08:00:00+00:00"), now)
            entries.append((e.id, kind, day.isoformat(), officer, dice.pick(texts),
                            to_stored(recorded)))
            day += timedelta(days=dice.between(5, 15))
    store.registry.complete(codes, entries)
    leaders = {e.id: e.persons[0][0] for e in listed}
    feedback = [(dice.pick(FEEDBACK),
                 to_stored(min(from_stored(acked) + timedelta(minutes=dice.between(15, 120)),
                               now)), pid)
                for pid, role, acked in store.enterprises.acknowledged_without_feedback()
                if role == "officer"]
    store.enterprises.complete_loops(
        feedback, [(leaders.get(ent, ""), eid)
                   for eid, ent in store.enterprises.leadership_escalations()])
    return len(entries)
