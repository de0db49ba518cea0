"""Words for queue codes (kinds, levels, states, desks, reasons, stages) in the user's language."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from console.domain.queues import Kind, Level, QueueItem, State, format_span, level_from_code
from console.domain.reference import Reference


def _t(text: str) -> str:
    return QCoreApplication.translate("QueueTexts", text)


def kind_name(kind: Kind) -> str:
    return {
        Kind.DISPATCH: _t("Dispatch"),
        Kind.FOLLOW_UP: _t("Follow-up"),
        Kind.PUSH_ACK: _t("Enterprise push"),
        Kind.CALLBACK: _t("Callback"),
        Kind.ESCALATION: _t("Escalation"),
        Kind.INCOMPLETE_CALL: _t("Incomplete call"),
        Kind.SILENT_CALLBACK: _t("Silent call"),
    }[kind]


def level_name(level: Level) -> str:
    return {
        Level.DESK: _t("Desk"),
        Level.SUPERVISOR: _t("Supervisor"),
        Level.LEADERSHIP: _t("Bureau leadership"),
    }[level]


def state_name(state: State) -> str:
    return {
        State.OPEN: _t("Open"),
        State.OVERDUE: _t("Overdue"),
        State.ESCALATED: _t("Escalated"),
        State.DONE: _t("Done"),
    }[state]


def desk_name(desk: str) -> str:
    return {
        "dispatch": _t("Dispatch desk"),
        "enterprise": _t("Enterprise desk"),
        "dv": _t("DV desk"),
        "supervisor": _t("Supervisor"),
        "leadership": _t("Bureau leadership"),
        "all": _t("All queues"),
    }.get(desk, desk)


def stage_name(stage: str) -> str:
    return {
        "alert": _t("Alert"),
        "intake": _t("Intake"),
        "dispatched": _t("Dispatched"),
        "en_route": _t("En route"),
        "on_scene": _t("On scene"),
        "handled": _t("Handled"),
        "closed": _t("Closed"),
        "called_back": _t("Called back"),
        "cancelled": _t("Cancelled"),
    }.get(stage, stage)


def push_role_name(role: str) -> str:
    return {
        "bureau_leader": _t("bureau leader"),
        "station_leader": _t("station leader"),
        "officer": _t("responsible officer"),
    }.get(role, role)


def reason_name(reason: str, stage: str = "", pushes: int = 0) -> str:
    if reason == "stage":
        return _t("still at stage %1").replace("%1", stage_name(stage))
    if reason == "callback":
        return _t("callback missing")
    if reason == "push":
        return _t("%1 push(es) not acknowledged").replace("%1", str(pushes))
    if reason == "escalation":
        return _t("open escalation")
    return reason


def escalation_reason(reason: str) -> str:
    if reason.startswith("overdue_"):
        return _t("overdue: %1").replace("%1", kind_name(Kind(reason[len("overdue_"):])))
    if reason == "callback_dissatisfied":
        return _t("dissatisfied callback")
    return reason


def what_to_do(item: QueueItem) -> str:
    """The action an item asks for, in a few words."""
    if item.kind is Kind.DISPATCH:
        return _t("Dispatch units")
    if item.kind is Kind.FOLLOW_UP:
        return {
            "arrival": _t("Chase arrival on scene"),
            "handling": _t("Chase handling on scene"),
        }.get(item.detail, _t("Get feedback and close"))
    if item.kind is Kind.PUSH_ACK:
        role, _, person = item.detail.partition("|")
        return _t("Get acknowledgement from %1 (%2)").replace("%1", person or "?").replace(
            "%2", push_role_name(role))
    if item.kind is Kind.CALLBACK:
        return _t("Call back the caller")
    if item.kind is Kind.ESCALATION:
        return _t("Resolve: %1").replace("%1", escalation_reason(item.detail))
    if item.kind is Kind.INCOMPLETE_CALL:
        return _t("Complete the call record")
    return _t("Call back %1").replace("%1", item.detail or "?")


def owner_text(item: QueueItem) -> str:
    level = item.owner_level()
    holder = desk_name(item.desk) if level is Level.DESK else level_name(level)
    return f"{item.owner_name} · {holder}" if item.owner_name else holder


def deadline_text(item: QueueItem, now: datetime) -> str:
    span = item.due - now
    if span.total_seconds() < 0:
        return _t("overdue by %1").replace("%1", format_span(span))
    return _t("in %1").replace("%1", format_span(span))


def reference_label(item: QueueItem) -> str:
    if item.incident_number:
        return item.incident_number
    return _t("call #%1").replace("%1", str(item.call_id or item.ref_id))


def category_name(reference: Reference, code: str | None, lang: str) -> str:
    category = reference.taxonomy.find(code)
    return category.name(lang) if category else ""


def level_name_code(code: str) -> str:
    """An escalation level stored as text ('supervisor', 'leadership'); '' for none."""
    if not code:
        return ""
    return level_name(level_from_code(code))
