"""Which desks a logged call goes to.

Every incident goes to dispatch; a domestic-violence call also goes to the
anti-DV desk; a call about an enterprise (marked by the caller or call-taker,
or at the address of a registered enterprise) also goes to the enterprise desk.
"""

from __future__ import annotations

from dataclasses import dataclass

from console.domain.taxonomy import Category

DISPATCH = "dispatch"
DV = "dv"
ENTERPRISE = "enterprise"
TRANSFER_12345 = "transfer_12345"

INCIDENT_DISPOSITION = "incident"


@dataclass(frozen=True)
class Route:
    creates_incident: bool
    desks: frozenset[str]
    is_dv: bool
    is_enterprise: bool


def route(
    category: Category | None,
    disposition: str,
    *,
    dv_flag: bool = False,
    enterprise_flag: bool = False,
) -> Route:
    """The desks a call lands on, from its category, disposition and flags."""
    creates = disposition == INCIDENT_DISPOSITION
    is_dv = dv_flag or (category is not None and category.desk == DV)
    is_enterprise = enterprise_flag or (category is not None and category.desk == ENTERPRISE)
    desks: set[str] = set()
    if creates:
        desks.add(DISPATCH)
    if is_dv and creates:
        desks.add(DV)
    if is_enterprise and creates:
        desks.add(ENTERPRISE)
    if disposition == TRANSFER_12345:
        desks.add(TRANSFER_12345)
    return Route(creates, frozenset(desks), is_dv, is_enterprise)
