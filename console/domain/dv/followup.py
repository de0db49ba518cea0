"""Follow-up (查访) by tier: when the next visit or call to a DV household is due.

The tier of the incident's latest assessment sets the interval (`Colour.visit_days` in
`db/reference/dv_risk.toml`: red weekly … blue quarterly), counted from the latest
follow-up, else from the assessment. White asks for one follow-up only, `ONCE_AFTER`
after the assessment (a visit at the very moment of the assessment is the one that led to
it, not the follow-up after it). A follow-up overdue is the desk's to catch up, and the
supervisor's to see.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from console.domain.dv.risk import Checklist

ONCE_AFTER = timedelta(days=30)
KINDS: tuple[str, ...] = ("visit", "call")
NOTE_LIMIT = 1000


def next_due(checklist: Checklist, colour: str, assessed_at: datetime,
             last_visit: datetime | None) -> datetime | None:
    """When the next follow-up is due, or None when no more is asked."""
    try:
        days = checklist.colour(colour).visit_days
    except KeyError:
        return None
    if days <= 0:
        return assessed_at + ONCE_AFTER if last_visit is None or last_visit <= assessed_at \
            else None
    start = max(assessed_at, last_visit) if last_visit is not None else assessed_at
    return start + timedelta(days=days)
