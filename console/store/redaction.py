"""DV details leave the store only for roles that may read them (`console.domain.access`).

Every reader of calls, incidents, callers and timelines passes its records through
here, so no widget, export or command has to remember to hide them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import Any, TypeVar

from console.domain.access import DV_DETAIL_FIELDS, sees_dv_details

R = TypeVar("R")

# A stored row also carries the number's search key.
_DV_ROW_FIELDS = frozenset({*DV_DETAIL_FIELDS, "number_key"})

# Event detail keys that carry what a person said or wrote about a DV incident.
_DV_EVENT_TEXT = frozenset({"text", "note", "summary", "caller_name", "caller_number",
                            "remarks", "reason"})


def redact(record: R, role: str, *, is_dv: bool | None = None) -> R:
    """The record with its DV details blanked when the role may not read them.

    `is_dv` is taken from the record unless given (caller rows do not carry it).
    """
    dv = bool(getattr(record, "is_dv", False)) if is_dv is None else is_dv
    if not dv or sees_dv_details(role):
        return record
    blanks = {f: "" for f in DV_DETAIL_FIELDS
              if any(f == x.name for x in dataclasses.fields(record))}  # type: ignore[arg-type]
    return dataclasses.replace(record, **blanks)  # type: ignore[type-var]


def redact_all(records: Iterable[R], role: str, *, is_dv: bool | None = None) -> list[R]:
    return [redact(r, role, is_dv=is_dv) for r in records]


def redact_row(row: dict[str, Any], role: str) -> dict[str, Any]:
    """A call or incident as a plain dict (the CLI's and exports' shape)."""
    if not row.get("is_dv") or sees_dv_details(role):
        return row
    return {k: ("" if k in _DV_ROW_FIELDS else v) for k, v in row.items()}


def redact_detail(detail: dict[str, object], role: str, is_dv: bool) -> dict[str, object]:
    """An event's detail of a DV incident, without what was said or written."""
    if not is_dv or sees_dv_details(role):
        return detail
    return {k: ("" if k in _DV_EVENT_TEXT else v) for k, v in detail.items()}


def discloses_dv(is_dv: bool, role: str) -> bool:
    """Whether a record shown to this role discloses DV details: such reads are logged
    (`console.store.audit.AuditService.note_dv_read`)."""
    return bool(is_dv) and sees_dv_details(role)
