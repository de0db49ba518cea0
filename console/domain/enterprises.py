"""The key-enterprise registry (重点企业台账): what a registry entry must hold, and its search.

An entry names the enterprise, its unified social credit code (checked, see
`credit_code`), its address and jurisdiction, its own contact, and the three
responsible persons of 一警三派 with their phones: without all three a push would
reach nobody. An enterprise is active or inactive; one with incidents is never
deleted, only made inactive, so its incidents keep their enterprise.

Jurisdiction scope: operators carry no jurisdiction today, so every enterprise desk is
the city desk and sees the whole registry; the store's search takes a jurisdiction to
narrow to, ready for a county desk once operators have one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, fields
from datetime import date

from console.domain import credit_code
from console.domain.problems import Problem, has_control_chars

ACTIVE = "active"
INACTIVE = "inactive"
STATUSES = (ACTIVE, INACTIVE)

# Kinds of service-file entry (一企一警: a contact a week, a visit a month, requests received).
VISIT = "visit"
CONTACT = "contact"
REQUEST = "request"
ENTRY_KINDS = (VISIT, CONTACT, REQUEST)

NAME_MAX = 100
TEXT_MAX = 200
NOTE_MAX = 2000
_PHONE = re.compile(r"^[0-9+\-() ]{5,20}$")


@dataclass(frozen=True)
class EnterpriseDraft:
    """A registry entry as typed (or read from a CSV row); the store keeps these columns."""

    name: str = ""
    credit_code: str = ""
    address: str = ""
    jurisdiction_code: str = ""
    industry: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    bureau_leader: str = ""
    bureau_leader_phone: str = ""
    station_leader: str = ""
    station_leader_phone: str = ""
    officer: str = ""
    officer_phone: str = ""
    status: str = ACTIVE

    def cleaned(self) -> EnterpriseDraft:
        """Whitespace trimmed, the credit code normalised."""
        values = {f.name: str(getattr(self, f.name)).strip() for f in fields(self)}
        values["credit_code"] = credit_code.normalise(values["credit_code"])
        values["status"] = values["status"] or ACTIVE
        return EnterpriseDraft(**values)


# The columns of the registry's CSV, in order (export writes them, import expects them).
COLUMNS: tuple[str, ...] = tuple(f.name for f in fields(EnterpriseDraft))
PERSON_FIELDS = (("bureau_leader", "bureau_leader_phone"),
                 ("station_leader", "station_leader_phone"),
                 ("officer", "officer_phone"))


def problems(draft: EnterpriseDraft, jurisdictions: Iterable[str]) -> list[Problem]:
    """What stops this entry being registered; empty when it may be saved."""
    d = draft.cleaned()
    found: list[Problem] = []
    for name in ("name", "address"):
        if not getattr(d, name):
            found.append(Problem(name, "required"))
    if len(d.name) > NAME_MAX:
        found.append(Problem("name", "too_long", NAME_MAX))
    if not d.credit_code:
        found.append(Problem("credit_code", "required"))
    else:
        why = credit_code.problem(d.credit_code)
        if why is not None:
            found.append(Problem("credit_code", f"credit_code_{why}"))
    if d.jurisdiction_code and d.jurisdiction_code not in set(jurisdictions):
        found.append(Problem("jurisdiction_code", "unknown"))
    for person, phone in PERSON_FIELDS:
        if not getattr(d, person):
            found.append(Problem(person, "required"))
        if not getattr(d, phone):
            found.append(Problem(phone, "required"))
        elif not _PHONE.match(getattr(d, phone)):
            found.append(Problem(phone, "phone"))
    if d.contact_phone and not _PHONE.match(d.contact_phone):
        found.append(Problem("contact_phone", "phone"))
    if d.status not in STATUSES:
        found.append(Problem("status", "unknown"))
    for f in fields(d):
        value = str(getattr(d, f.name))
        if len(value) > TEXT_MAX and f.name != "name":
            found.append(Problem(f.name, "too_long", TEXT_MAX))
        if has_control_chars(value, multiline=False):
            found.append(Problem(f.name, "control_chars"))
    return found


def entry_problems(kind: str, day: str, officer: str, what: str,
                   today: date | None = None) -> list[Problem]:
    """What stops a service-file entry (a visit, a contact, a request) being recorded: its
    day must be a real date from 1990 to `today` (the local day), as every time typed."""
    found: list[Problem] = []
    if kind not in ENTRY_KINDS:
        found.append(Problem("kind", "unknown"))
    when = _day(day)
    if when is None:
        found.append(Problem("day", "date"))
    elif when < EARLIEST or (today is not None and when > today):
        found.append(Problem("day", "date_range"))
    if not officer.strip():
        found.append(Problem("officer", "required"))
    if not what.strip():
        found.append(Problem("what", "required"))
    if len(what) > NOTE_MAX:
        found.append(Problem("what", "too_long", NOTE_MAX))
    if has_control_chars(officer, multiline=False) or has_control_chars(what, multiline=True):
        found.append(Problem("what", "control_chars"))
    return found


EARLIEST = date(1990, 1, 1)


def _day(text: str) -> date | None:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text.strip()):
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        return None


# GB2312's first-level characters are ordered by pinyin: where each initial begins.
_GB2312_INITIALS = (
    (0xB0A1, "a"), (0xB0C5, "b"), (0xB2C1, "c"), (0xB4EE, "d"), (0xB6EA, "e"), (0xB7A2, "f"),
    (0xB8C1, "g"), (0xB9FE, "h"), (0xBBF7, "j"), (0xBFA6, "k"), (0xC0AC, "l"), (0xC2E8, "m"),
    (0xC4C3, "n"), (0xC5B6, "o"), (0xC5BE, "p"), (0xC6DA, "q"), (0xC8BB, "r"), (0xC8F6, "s"),
    (0xCBFA, "t"), (0xCDDA, "w"), (0xCEF4, "x"), (0xD1B9, "y"), (0xD4D1, "z"),
)
_GB2312_LEVEL1_END = 0xD7F9


def initial(ch: str) -> str:
    """The pinyin initial of a common Chinese character (its most common reading), a Latin
    letter or digit as itself lowered, '' for anything else."""
    if ch.isascii():
        return ch.lower() if ch.isalnum() else ""
    try:
        raw = ch.encode("gb2312")
    except UnicodeEncodeError:
        return ""
    if len(raw) != 2:
        return ""
    code = raw[0] << 8 | raw[1]
    if not _GB2312_INITIALS[0][0] <= code <= _GB2312_LEVEL1_END:
        return ""
    letter = ""
    for start, value in _GB2312_INITIALS:
        if code < start:
            break
        letter = value
    return letter


def initials(name: str) -> str:
    """`淮南市明达化工有限公司` → `hnsmdhgyxgs`: what a desk types to find it."""
    return "".join(initial(ch) for ch in name)


def matches(query: str, name: str, code: str, address: str) -> bool:
    """Does a typed search find this entry: part of its name or address, its credit
    code's start, or its name's pinyin initials (in order, anywhere)."""
    needle = "".join(query.split()).casefold()
    if not needle:
        return True
    return (needle in name.casefold() or needle in address.casefold()
            or code.casefold().startswith(needle)
            or (needle.isascii() and needle in initials(name)))
