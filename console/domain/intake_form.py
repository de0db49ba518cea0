"""Small decisions the intake form makes while the call-taker types.

They live here, away from the widgets, so the CLI and tests can use them and
so the form holds no rules of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, time, tzinfo

from console.domain.calls import DISPOSITIONS, CallDraft
from console.domain.places import Jurisdiction
from console.domain.taxonomy import Category, Taxonomy

TRANSFER_DESK = "transfer_12345"
FRAUD_GROUP = "telecom_fraud"
# The dispositions whose category is the call kind itself: choosing one of them with
# its key fills an empty category, so the call is complete without typing it.
_CALL_KIND_DISPOSITIONS = ("inquiry", "complaint", "nuisance", "silent")
# A mainland mobile number, as dialled or shown by the exchange (+86 / 0086 / spaces).
_MOBILE = re.compile(r"^(?:\+?86|0086)?1[3-9][0-9]{9}$")
_TIME_FORMATS = ("%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S", "%m-%d %H:%M", "%H:%M", "%H:%M:%S")


def suggested_disposition(category: Category | None) -> str:
    """The disposition a category usually means; the call-taker may change it.

    An incident category opens an incident; a non-police appeal goes to 12345;
    the call kinds whose group names a disposition (inquiry, complaint, nuisance,
    silent, duplicate) take that one; anything else is an inquiry.
    """
    if category is None:
        return ""
    if category.is_incident:
        return "incident"
    if category.desk == TRANSFER_DESK:
        return "transfer_12345"
    if category.tally_group in DISPOSITIONS:
        return category.tally_group
    return "inquiry"


def category_for_disposition(disposition: str, taxonomy: Taxonomy) -> Category | None:
    """The category a disposition implies when no category was typed, if it names one.

    An inquiry, complaint, nuisance or silent call is its own category (咨询, 投诉,
    骚扰/无效报警, 无声/中断电话). A duplicate takes its incident's category when saved,
    and a transfer or an incident needs the category the caller describes: None.
    """
    if disposition not in _CALL_KIND_DISPOSITIONS:
        return None
    found = [c for c in taxonomy.in_group(disposition) if not c.is_incident]
    return found[0] if len(found) == 1 else None


def number_complete(number: str) -> bool:
    """Whether a typed caller number is a whole mobile number (11 digits), so the
    history can be looked up at once instead of after a pause in typing."""
    digits = re.sub(r"[\s\-]", "", number)
    return bool(_MOBILE.match(digits))


def is_fraud(category: Category | None) -> bool:
    return category is not None and category.tally_group == FRAUD_GROUP


def jurisdiction_from_address(address: str, jurisdictions: Iterable[Jurisdiction]) -> str:
    """The district or county an address names (`田家庵区舜耕路` → 340403), else ''.

    Matches the full name, or the name without its 区/县 suffix when that is at
    least two characters (`凤台` but not a bare `寿`).
    """
    text = address.strip()
    if not text:
        return ""
    for j in jurisdictions:
        names = [j.name_zh]
        short = j.name_zh.rstrip("区县")
        if len(short) >= 2:
            names.append(short)
        if any(name and name in text for name in names):
            return j.code
    return ""


def parse_local_time(text: str, tz: tzinfo, day: date) -> datetime | None:
    """A typed time of a transfer in the centre's zone; '' is None, nonsense raises ValueError.

    `14:05` is on the call's day, `11-28 14:05` in the call's year, or a full
    `2026-11-28 14:05`.
    """
    cleaned = text.strip().replace("：", ":").replace("/", "-")
    if not cleaned:
        return None
    for fmt in _TIME_FORMATS:
        try:
            parsed = datetime.strptime(cleaned, fmt)
        except ValueError:
            continue
        if fmt.startswith("%H"):
            return datetime.combine(day, time(parsed.hour, parsed.minute, parsed.second), tz)
        if fmt.startswith("%m"):
            parsed = parsed.replace(year=day.year)
        return parsed.replace(tzinfo=tz)
    raise ValueError(f"not a time: {text!r}")


def draft_has_input(draft: CallDraft) -> bool:
    """Whether the call-taker typed anything worth keeping."""
    texts = (draft.caller_number, draft.caller_name, draft.address, draft.category_code,
             draft.summary, draft.duplicate_of, draft.transfer_ref)
    return (any(t.strip() for t in texts) or draft.dv_flag or draft.enterprise_flag
            or draft.fraud is not None or bool(draft.extra.get("typed")))
