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

from console.domain.lifecycle import Stage


class Permission(StrEnum):
    READ_DV_DETAILS = "read_dv_details"
    LOG_CALLS = "log_calls"  # a call, its follow-up (complete, call back)
    DISPATCH = "dispatch"  # units sent, their progress
    WORK_INCIDENTS = "work_incidents"  # notes, outcomes, results, handled, escalating
    CLOSE_INCIDENTS = "close_incidents"
    CANCEL_INCIDENTS = "cancel_incidents"
    CALLBACKS = "callbacks"  # 回访: the outcome of calling the caller back
    ENTERPRISE_PUSHES = "enterprise_pushes"  # 签收 of the three pushes of 一警三派
    MANAGE_ENTERPRISES = "manage_enterprises"  # the key-enterprise registry
    ASSIGN_OWNERS = "assign_owners"  # who answers for an open incident
    RESOLVE_ESCALATIONS = "resolve_escalations"
    RUN_ESCALATION = "run_escalation"  # the periodic pass that raises overdue items
    HANDOVER = "handover"
    SIGN_OFF = "sign_off"
    IMPORT_CALLS = "import_calls"
    CHANGE_SETTINGS = "change_settings"
    MANAGE_OPERATORS = "manage_operators"
    WORK_DV_CASES = "work_dv_cases"  # the DV desk's own work: take, assess, measures


_EVERY_SEAT = frozenset({Permission.LOG_CALLS, Permission.DISPATCH, Permission.WORK_INCIDENTS,
                         Permission.CLOSE_INCIDENTS, Permission.CALLBACKS,
                         Permission.RUN_ESCALATION, Permission.HANDOVER})

PERMISSIONS: dict[str, frozenset[Permission]] = {
    "call_taker": _EVERY_SEAT,
    "dispatcher": _EVERY_SEAT | {Permission.CANCEL_INCIDENTS, Permission.ENTERPRISE_PUSHES},
    "enterprise_desk": _EVERY_SEAT | {Permission.ENTERPRISE_PUSHES,
                                      Permission.MANAGE_ENTERPRISES},
    "dv_desk": _EVERY_SEAT | {Permission.READ_DV_DETAILS, Permission.WORK_DV_CASES},
    "supervisor": _EVERY_SEAT | {
        Permission.READ_DV_DETAILS, Permission.WORK_DV_CASES, Permission.CANCEL_INCIDENTS,
        Permission.ENTERPRISE_PUSHES, Permission.MANAGE_ENTERPRISES, Permission.ASSIGN_OWNERS,
        Permission.RESOLVE_ESCALATIONS, Permission.SIGN_OFF, Permission.IMPORT_CALLS},
    # Administers the system and signs the day off where no supervisor is on duty; does no
    # case work and reads no DV details.
    "admin": frozenset({Permission.MANAGE_OPERATORS, Permission.CHANGE_SETTINGS,
                        Permission.IMPORT_CALLS, Permission.SIGN_OFF,
                        Permission.MANAGE_ENTERPRISES, Permission.RUN_ESCALATION}),
}


class NotPermitted(PermissionError):
    """An action the acting operator's role does not allow, or one done in another
    operator's name. Nothing was written."""

    def __init__(self, role: str, permission: Permission | None, reason: str = "role"):
        super().__init__(f"{reason}: {role} may not {permission or 'act for another'}")
        self.role = role
        self.permission = permission
        self.reason = reason  # "role" or "not_yourself"


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


def check(role: str, permission: Permission, *, actor_id: int | None = None,
          operator_id: int | None = None) -> None:
    """Refuse an action the role may not take, or one signed with another operator's id.

    `actor_id` is the operator logged in (None: the system itself, which may act in
    anyone's name, as an import or a scheduled job does); `operator_id` the id the action
    would be recorded under.
    """
    if not may(role, permission):
        raise NotPermitted(role, permission)
    if actor_id is not None and operator_id is not None and operator_id != actor_id:
        raise NotPermitted(role, None, "not_yourself")


def stage_permission(target: Stage | str) -> Permission:
    """What moving an incident to a stage asks: closing and cancelling are their own."""
    stage = Stage(target)
    if stage is Stage.CLOSED:
        return Permission.CLOSE_INCIDENTS
    if stage is Stage.CANCELLED:
        return Permission.CANCEL_INCIDENTS
    return Permission.WORK_INCIDENTS
