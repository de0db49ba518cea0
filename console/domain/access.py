"""Who may do and see what: one permission table for the store, the UI and the CLI.

The store applies it to every record it returns (DV details redacted for roles
that may not read them) and to every action it takes; widgets only follow.
Anti-Domestic Violence Law art. 14: the reporter's identity stays confidential,
so outside the DV desk and the supervisors a DV call shows its flag, never the
victim's or reporter's name, number or account of events. The address stays:
units must be sent there.
"""

from __future__ import annotations

from enum import StrEnum


class Permission(StrEnum):
    READ_DV_DETAILS = "read_dv_details"
    LOG_CALLS = "log_calls"
    DISPATCH = "dispatch"
    CLOSE_INCIDENTS = "close_incidents"
    CANCEL_INCIDENTS = "cancel_incidents"
    SIGN_OFF = "sign_off"
    MANAGE_OPERATORS = "manage_operators"


_EVERY_SEAT = frozenset({Permission.LOG_CALLS, Permission.DISPATCH,
                         Permission.CLOSE_INCIDENTS})

PERMISSIONS: dict[str, frozenset[Permission]] = {
    "call_taker": _EVERY_SEAT,
    "dispatcher": _EVERY_SEAT | {Permission.CANCEL_INCIDENTS},
    "enterprise_desk": _EVERY_SEAT,
    "dv_desk": _EVERY_SEAT | {Permission.READ_DV_DETAILS},
    "supervisor": _EVERY_SEAT | {Permission.READ_DV_DETAILS, Permission.CANCEL_INCIDENTS,
                                 Permission.SIGN_OFF},
    "admin": frozenset({Permission.MANAGE_OPERATORS}),
}

# The acting party of work no person started (the CLI's scheduled jobs, migrations,
# imports run by an administrator on the host): trusted with everything.
SYSTEM = "system"

# Fields of a DV record that name or reach the victim or reporter, or tell what happened.
DV_DETAIL_FIELDS = ("caller_name", "caller_number", "summary")


def may(role: str, permission: Permission) -> bool:
    """Whether a role (or the system itself) may do this."""
    if role == SYSTEM:
        return True
    return permission in PERMISSIONS.get(role, frozenset())


def sees_dv_details(role: str) -> bool:
    return may(role, Permission.READ_DV_DETAILS)
