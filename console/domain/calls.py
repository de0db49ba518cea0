"""A call as the call-taker types it, and the check that decides how it is saved.

Saving never waits for a perfect form: a missing or odd field is a *warning*
and the call is saved marked incomplete. Only impossible input — over-long
text, control characters, a malformed time — is an *error* that refuses the
save, and the form keeps what was typed. A time outside the window of
`console.domain.time_window` (before 1990, or ahead of now by more than a seat's
clock may differ) and a duplicate-of number that is no incident number
(`console.domain.numbering`) are impossible input too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields, replace
from datetime import datetime, tzinfo

from console.domain.fraud import FraudReport, check_fraud
from console.domain.numbering import is_incident_number
from console.domain.problems import Problem, has_control_chars
from console.domain.taxonomy import PRIORITIES, Category, Taxonomy
from console.domain.time_window import time_problem

__all__ = ["CallDraft", "Checked", "Problem", "check_call", "duplicated_incident",
           "has_control_chars", "implied_disposition", "with_incident_values"]

LINES: tuple[str, ...] = ("110", "122")
DISPOSITIONS: tuple[str, ...] = (
    "incident",
    "duplicate",
    "inquiry",
    "complaint",
    "nuisance",
    "silent",
    "transfer_12345",
    "handover_119",
    "handover_120",
)
# The disposition a category implies when the call-taker chose none.
_GROUP_DISPOSITION = {
    "inquiry": "inquiry",
    "complaint": "complaint",
    "nuisance": "nuisance",
    "silent": "silent",
    "duplicate": "duplicate",
    "non_police": "transfer_12345",
    "unmapped": "inquiry",
}

MAX_LENGTH: dict[str, int] = {
    "caller_number": 32,
    "caller_name": 50,
    "address": 200,
    "summary": 2000,
    "transfer_ref": 40,
    "duplicate_of": 40,
}
_MULTILINE = {"summary"}
_PHONE = re.compile(r"^\+?[0-9][0-9 \-]{2,30}$")


@dataclass
class CallDraft:
    """What the intake form holds; every field may still be empty."""

    line: str = "110"
    caller_number: str = ""
    caller_name: str = ""
    address: str = ""
    jurisdiction_code: str = ""
    category_code: str = ""
    priority: int | None = None
    summary: str = ""
    disposition: str = ""
    duplicate_of: str = ""
    transfer_ref: str = ""
    dv_flag: bool = False
    enterprise_flag: bool = False
    # The call-taker cleared 涉及企业 the console had ticked for a registered enterprise's
    # address (a resident's call from the premises): not the enterprise's, no pushes.
    enterprise_cleared: bool = False
    received_at: datetime | None = None
    fraud: FraudReport | None = None
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready copy, for drafts kept while typing."""
        out: dict[str, object] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, datetime):
                value = value.isoformat()
            elif f.name == "fraud" and value is not None:
                value = value.to_dict()
            out[f.name] = value
        return out

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> CallDraft:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        received = values.get("received_at")
        if isinstance(received, str) and received:
            values["received_at"] = datetime.fromisoformat(received)
        if isinstance(values.get("fraud"), dict):
            values["fraud"] = FraudReport.from_dict(values["fraud"])  # type: ignore[arg-type]
        return cls(**values)  # type: ignore[arg-type]


@dataclass
class Checked:
    errors: list[Problem]
    warnings: list[Problem]
    disposition: str
    priority: int

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def incomplete(self) -> bool:
        return bool(self.warnings)


def implied_disposition(category: Category | None) -> str:
    """The disposition a call takes when the call-taker chose none."""
    if category is None:
        return "incident"
    if category.is_incident:
        return "incident"
    return _GROUP_DISPOSITION.get(category.tally_group, "inquiry")


def duplicated_incident(draft: CallDraft, taxonomy: Taxonomy) -> str:
    """The number of the incident a call duplicates, or '' when it is no duplicate call."""
    disposition = draft.disposition or implied_disposition(taxonomy.find(draft.category_code))
    return draft.duplicate_of.strip() if disposition == "duplicate" else ""


def with_incident_values(draft: CallDraft, *, category_code: str | None, address: str,
                         jurisdiction_code: str | None) -> CallDraft:
    """A duplicate call takes the category, address and district of the incident it
    duplicates wherever the call-taker left them blank (what was typed is kept): the
    call is about that incident, so it is complete without typing them again."""
    return replace(
        draft,
        category_code=draft.category_code.strip() or (category_code or ""),
        address=draft.address if draft.address.strip() else (address or ""),
        jurisdiction_code=draft.jurisdiction_code.strip() or (jurisdiction_code or ""),
    )


def check_call(draft: CallDraft, taxonomy: Taxonomy, jurisdictions: set[str], *,
               now: datetime | None = None, tz: tzinfo | None = None) -> Checked:
    """Sort what is wrong with a draft into refusals and incomplete-markers.

    `now` and `tz` (the centre's zone) bound the times a draft may carry; without
    `now` a time is checked against the window's start only.
    """
    errors: list[Problem] = []
    warnings: list[Problem] = []
    for name, limit in MAX_LENGTH.items():
        value = getattr(draft, name) or ""
        if len(value) > limit:
            errors.append(Problem(name, "too_long", limit))
        if has_control_chars(value, multiline=name in _MULTILINE):
            errors.append(Problem(name, "control_chars"))
    if draft.received_at is not None:
        code = time_problem(draft.received_at, now=now, tz=tz)
        if code:
            errors.append(Problem("received_at", code))
    duplicate_of = (draft.duplicate_of or "").strip()
    if duplicate_of and not is_incident_number(duplicate_of):
        errors.append(Problem("duplicate_of", "bad_number"))
    if draft.fraud is not None:
        errors.extend(check_fraud(draft.fraud))
        for transfer in draft.fraud.transfers:
            code = time_problem(transfer.at, now=now, tz=tz) if transfer.at else None
            if code and code != "bad_time":  # a naive time is check_fraud's finding
                errors.append(Problem("transfer_at", code))
    if draft.line not in LINES:
        errors.append(Problem("line", "unknown_code"))

    category = taxonomy.find(draft.category_code)
    if not draft.category_code:
        warnings.append(Problem("category_code", "missing"))
    elif category is None:
        warnings.append(Problem("category_code", "unknown_code"))

    disposition = draft.disposition
    if disposition and disposition not in DISPOSITIONS:
        errors.append(Problem("disposition", "unknown_code"))
    if not disposition:
        disposition = implied_disposition(category)
        warnings.append(Problem("disposition", "missing"))

    priority = draft.priority
    if priority not in PRIORITIES:
        if priority is not None:
            warnings.append(Problem("priority", "unknown_code"))
        priority = category.default_priority if category else 2

    number = draft.caller_number.strip()
    if disposition != "silent" and not number:
        warnings.append(Problem("caller_number", "missing"))
    elif number and not _PHONE.match(number):
        warnings.append(Problem("caller_number", "odd_number"))

    if disposition in ("incident", "duplicate"):
        if not draft.address.strip():
            warnings.append(Problem("address", "missing"))
        if not draft.jurisdiction_code:
            warnings.append(Problem("jurisdiction_code", "missing"))
    if draft.jurisdiction_code and draft.jurisdiction_code not in jurisdictions:
        warnings.append(Problem("jurisdiction_code", "unknown_code"))
    if disposition == "duplicate" and not draft.duplicate_of.strip():
        warnings.append(Problem("duplicate_of", "missing"))
    if disposition == "transfer_12345" and not draft.transfer_ref.strip():
        warnings.append(Problem("transfer_ref", "missing"))
    return Checked(errors, warnings, disposition, int(priority))
