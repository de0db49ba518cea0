"""Words for stages, unit states, timeline events and refusals, in the UI language.

Codes come from the domain and the store; this module is the one place that
turns them into text an operator reads.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from console.domain.lifecycle import Stage, TransitionError
from console.domain.overdue import ARRIVAL, DISPATCH
from console.domain.problems import Problem
from console.store import InputRefused, StoreError
from console.store.records import TimelineEvent


def stage_name(stage: str | None) -> str:
    names = {
        Stage.ALERT: QCoreApplication.translate("BoardLabels", "Alert"),
        Stage.INTAKE: QCoreApplication.translate("BoardLabels", "Intake"),
        Stage.DISPATCHED: QCoreApplication.translate("BoardLabels", "Dispatched"),
        Stage.EN_ROUTE: QCoreApplication.translate("BoardLabels", "En route"),
        Stage.ON_SCENE: QCoreApplication.translate("BoardLabels", "On scene"),
        Stage.HANDLED: QCoreApplication.translate("BoardLabels", "Handled"),
        Stage.CLOSED: QCoreApplication.translate("BoardLabels", "Closed"),
        Stage.CALLED_BACK: QCoreApplication.translate("BoardLabels", "Called back"),
        Stage.CANCELLED: QCoreApplication.translate("BoardLabels", "Cancelled"),
    }
    try:
        return names[Stage(stage)]
    except ValueError:
        return stage or ""


def unit_status_name(status: str) -> str:
    names = {
        "available": QCoreApplication.translate("BoardLabels", "Available", "unit status"),
        "dispatched": QCoreApplication.translate("BoardLabels", "Dispatched", "unit status"),
        "en_route": QCoreApplication.translate("BoardLabels", "En route", "unit status"),
        "on_scene": QCoreApplication.translate("BoardLabels", "On scene", "unit status"),
        "cleared": QCoreApplication.translate("BoardLabels", "Cleared", "unit status"),
    }
    return names.get(status, status)


def priority_name(priority: int) -> str:
    names = {
        1: QCoreApplication.translate("BoardLabels", "1 Urgent"),
        2: QCoreApplication.translate("BoardLabels", "2 Pressing"),
        3: QCoreApplication.translate("BoardLabels", "3 Routine"),
    }
    return names.get(priority, str(priority))


def deadline_name(kind: str) -> str:
    if kind == DISPATCH:
        return QCoreApplication.translate("BoardLabels", "Dispatch deadline")
    if kind == ARRIVAL:
        return QCoreApplication.translate("BoardLabels", "Arrival deadline")
    return kind


def desk_name(desk: str) -> str:
    names = {
        "dispatch": QCoreApplication.translate("BoardLabels", "dispatch"),
        "dv": QCoreApplication.translate("BoardLabels", "anti-DV desk"),
        "enterprise": QCoreApplication.translate("BoardLabels", "enterprise desk"),
        "transfer_12345": QCoreApplication.translate("BoardLabels", "12345 hotline"),
    }
    return names.get(desk, desk)


def describe_event(event: TimelineEvent, unit_name: str, closure_name: str) -> str:
    """One timeline line: what happened, in words (`unit_name` / `closure_name` resolved)."""
    detail = event.detail
    if event.kind == "stage":
        text = QCoreApplication.translate("BoardLabels", "Stage: %1").replace(
            "%1", stage_name(event.stage))
        previous = detail.get("previous")
        if previous and event.stage == Stage.INTAKE and previous != Stage.ALERT:
            text = QCoreApplication.translate("BoardLabels", "Reopened (was %1)").replace(
                "%1", stage_name(str(previous)))
        desks = detail.get("desks")
        if isinstance(desks, list) and desks:
            text += " · " + QCoreApplication.translate("BoardLabels", "routed to %1").replace(
                "%1", QCoreApplication.translate("BoardLabels", ", ", "list separator").join(
                    desk_name(str(d)) for d in desks))
        if detail.get("result"):
            text += " · " + QCoreApplication.translate("BoardLabels", "result: %1").replace(
                "%1", str(detail["result"]))
        if detail.get("closure"):
            text += " · " + QCoreApplication.translate("BoardLabels", "closure: %1").replace(
                "%1", closure_name)
        if detail.get("note"):
            text += " · " + str(detail["note"])
        return text
    if event.kind == "assign":
        return QCoreApplication.translate("BoardLabels", "Unit assigned: %1").replace(
            "%1", unit_name)
    if event.kind == "unit_status":
        return QCoreApplication.translate("BoardLabels", "%1: %2").replace(
            "%1", unit_name).replace("%2", unit_status_name(str(detail.get("status", ""))))
    if event.kind == "note":
        return QCoreApplication.translate("BoardLabels", "Note: %1").replace(
            "%1", str(detail.get("text", "")))
    if event.kind == "edit":
        fields = ", ".join(f"{k}={v}" for k, v in sorted(detail.items()))
        return QCoreApplication.translate("BoardLabels", "Edited: %1").replace("%1", fields)
    if event.kind == "duplicate_call":
        return QCoreApplication.translate("BoardLabels", "Another call about this incident")
    fields = ", ".join(f"{k}={v}" for k, v in sorted(detail.items()))
    return f"{event.kind}: {fields}" if fields else event.kind


def _problem_text(problem: Problem) -> str:
    if problem.code == "already_cleared":
        return QCoreApplication.translate(
            "BoardLabels", "This unit has already cleared from this incident: nothing was changed.")
    if problem.field in ("money_recovered", "accounts_frozen", "people_caught"):
        return QCoreApplication.translate(
            "BoardLabels", "A figure is out of range: check the number and save again.")
    if problem.field == "units":
        return QCoreApplication.translate("BoardLabels", "Choose at least one unit to dispatch.")
    field = {
        "note": QCoreApplication.translate("BoardLabels", "The note"),
        "result": QCoreApplication.translate("BoardLabels", "The result"),
        "closure": QCoreApplication.translate("BoardLabels", "The closure"),
    }.get(problem.field, problem.field)
    if problem.code == "too_long":
        return QCoreApplication.translate(
            "BoardLabels", "%1 is too long: keep it under %2 characters.").replace(
            "%1", field).replace("%2", str(problem.limit))
    if problem.code == "control_chars":
        return QCoreApplication.translate(
            "BoardLabels", "%1 contains invisible control characters: delete them and retry."
        ).replace("%1", field)
    if problem.code == "missing":
        return QCoreApplication.translate("BoardLabels", "%1 is empty: type it first.").replace(
            "%1", field)
    return f"{field}: {problem.code}"


def refusal_text(exc: Exception) -> str:
    """A clear message for a refused write; what was typed stays where it was."""
    if isinstance(exc, TransitionError):
        return QCoreApplication.translate(
            "BoardLabels",
            "This incident is now at “%1” and cannot move to “%2”. "
            "The board has been refreshed; check the incident and try again.",
        ).replace("%1", stage_name(exc.current)).replace("%2", stage_name(exc.target))
    if isinstance(exc, InputRefused):
        return " ".join(_problem_text(p) for p in exc.problems)
    if isinstance(exc, StoreError):
        return QCoreApplication.translate(
            "BoardLabels",
            "The database is busy or cannot be written. Nothing was saved; try again.")
    return QCoreApplication.translate(
        "BoardLabels", "Nothing was saved: %1").replace("%1", str(exc))
