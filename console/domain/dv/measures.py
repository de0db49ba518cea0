"""Protection orders and referrals: the deadlines the law sets and the alerts they raise.

Anti-Domestic Violence Law art. 28: the court rules on an application for a
personal-safety protection order within 72 hours, within 24 hours when the case is
urgent; art. 30: an order is valid for up to six months. The desk is alerted when a
ruling is overdue and before a granted order ends (`EXPIRY_NOTICE`), so the victim can
ask in time for it to be extended.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo

from console.domain.clock import day_start

DECISION_HOURS = 72
URGENT_DECISION_HOURS = 24
MAX_VALID_DAYS = 183  # six months
EXPIRY_NOTICE = timedelta(days=7)
DECISIONS: tuple[str, ...] = ("granted", "refused")
AGENCIES: tuple[str, ...] = ("women_federation", "shelter", "medical", "legal_aid")
REFERRAL_STATUSES: tuple[str, ...] = ("referred", "accepted", "declined", "done")

# Alert codes
DECISION_OVERDUE, EXPIRING, EXPIRED = "decision_overdue", "expiring", "expired"


def decision_due(applied_at: datetime, urgent: bool) -> datetime:
    return applied_at + timedelta(hours=URGENT_DECISION_HOURS if urgent else DECISION_HOURS)


def latest_valid_until(decided_on: date) -> date:
    return decided_on + timedelta(days=MAX_VALID_DAYS)


def order_ends(valid_until: date, tz: tzinfo) -> datetime:
    """The end of a granted order's last valid day (a local day of the centre), in UTC."""
    return day_start(valid_until + timedelta(days=1), tz).astimezone(UTC)


@dataclass(frozen=True)
class OrderState:
    decision: str  # "" while awaited
    decision_due: datetime
    ends_at: datetime | None  # a granted order: the end of its last valid day
    decided_at: datetime | None = None  # when the ruling was recorded


def order_alert(order: OrderState, now: datetime) -> str:
    """What the desk must notice about an order now: "" for nothing."""
    if not order.decision:
        return DECISION_OVERDUE if now > order.decision_due else ""
    if order.decision != "granted" or order.ends_at is None:
        return ""
    if now >= order.ends_at:
        return EXPIRED if now < order.ends_at + EXPIRY_NOTICE else ""
    return EXPIRING if order.ends_at - now <= EXPIRY_NOTICE else ""


def alert_since(order: OrderState, alert: str) -> datetime | None:
    """When an alert began: the ruling's due time, or the start of the expiry notice (an
    order just ended is the same alert going on) but never before the ruling was recorded:
    an order granted for a few days is news to the desk then, not overdue already. None for
    no alert."""
    if alert == DECISION_OVERDUE:
        return order.decision_due
    if alert in (EXPIRING, EXPIRED) and order.ends_at is not None:
        notice = order.ends_at - EXPIRY_NOTICE
        return max(notice, order.decided_at) if order.decided_at else notice
    return None
