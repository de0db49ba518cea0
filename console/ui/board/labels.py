"""Words for stages, unit states, timeline events and refusals, in the UI language.

Codes come from the domain and the store; this module is the one place that
turns them into text an operator reads.
"""

from __future__ import annotations

import re
from datetime import tzinfo

from PySide6.QtCore import QCoreApplication

from console.domain.clock import from_stored
from console.domain.closures import default_closures
from console.domain.events import (
    CALLBACK_DISSATISFIED,
    CALLBACK_NOT_REACHED,
    FRAUD_KEYS,
    OUTCOME_KEYS,
    RESOLVED_DONE,
    RESOLVED_ITEM_ENDED,
    EventKind,
    event_kind,
    level_code,
    overdue_item,
)
from console.domain.fraud import format_amount
from console.domain.lifecycle import Stage, TransitionError, is_reopen
from console.domain.overdue import ARRIVAL, DISPATCH
from console.domain.problems import Problem
from console.domain.reference import Reference
from console.store import InputRefused, StoreError
from console.store.records import TimelineEvent

translate = QCoreApplication.translate  # lupdate reads `translate("Context", "text")` calls


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


class EventNames:
    """What a timeline sentence names: units, closures, ratings and times, in the user's words."""

    def __init__(self, reference: Reference, lang: str, tz: tzinfo):
        self.reference = reference
        self.lang = lang
        self.tz = tz
        self._units = {u.code: u for u in reference.units}
        self._closures = {c.code: c for c in default_closures()}

    def unit(self, code: str | None) -> str:
        unit = self._units.get(code or "")
        if unit is not None:
            return unit.name(self.lang)
        return translate("BoardLabels", "a unit no longer listed")

    def closure(self, code: str) -> str:
        closure = self._closures.get(code)
        if closure is not None:
            return closure.name(self.lang)
        return translate("BoardLabels", "another disposition")

    def rating(self, code: str) -> str:
        if code not in self.reference.callbacks.ratings:
            return translate("BoardLabels", "no rating")
        return self.reference.callbacks.rating_name(code, self.lang)

    def when(self, stored: object) -> str:
        """A stored time as the centre's local `MM-DD HH:MM`."""
        try:
            return from_stored(str(stored)).astimezone(self.tz).strftime("%m-%d %H:%M")
        except ValueError:
            return ""


def _fill(template: str, *values: object) -> str:
    """`%1`, `%2`, … replaced in one pass (a value holding `%2` is left alone)."""
    return re.sub(r"%(\d)", lambda m: str(values[int(m.group(1)) - 1])
                  if 0 < int(m.group(1)) <= len(values) else m.group(0), template)


def _clauses(*parts: str) -> str:
    return translate("BoardLabels", "; ", "clause separator").join(p for p in parts if p)


def _free(detail: dict[str, object], key: str) -> str:
    """An operator's own text from the payload (result, note, remarks), trimmed."""
    value = detail.get(key)
    return value.strip() if isinstance(value, str) else ""


def operator_name(event: TimelineEvent) -> str:
    """Who did it: the operator, or the system for what the console did by itself."""
    return event.operator or translate("BoardLabels", "System", "who did an automatic step")


def level_name(level: str) -> str:
    names = {
        "desk": translate("BoardLabels", "the desk", "escalation level"),
        "supervisor": translate("BoardLabels", "the duty supervisor", "escalation level"),
        "leadership": translate("BoardLabels", "the bureau leadership", "escalation level"),
    }
    return names.get(level_code(level),
                     translate("BoardLabels", "a higher level", "escalation level"))


def push_role_name(role: str) -> str:
    names = {
        "bureau_leader": translate("BoardLabels", "bureau leader", "responsible person"),
        "station_leader": translate("BoardLabels", "station leader", "responsible person"),
        "officer": translate("BoardLabels", "responsible officer", "responsible person"),
    }
    return names.get(role, translate("BoardLabels", "responsible person", "responsible person"))


def overdue_name(item_kind: str) -> str:
    names = {
        "dispatch": translate("BoardLabels", "Dispatch", "overdue queue item"),
        "follow_up": translate("BoardLabels", "Follow-up", "overdue queue item"),
        "push_ack": translate("BoardLabels", "Push acknowledgement", "overdue queue item"),
        "callback": translate("BoardLabels", "Callback", "overdue queue item"),
        "escalation": translate("BoardLabels", "Escalation", "overdue queue item"),
        "incomplete_call": translate("BoardLabels", "Completing the call record",
                                     "overdue queue item"),
        "silent_callback": translate("BoardLabels", "Calling back the silent call",
                                     "overdue queue item"),
        "dv_take": translate("BoardLabels", "Taking the DV incident", "overdue queue item"),
        "dv_followup": translate("BoardLabels", "DV follow-up visit", "overdue queue item"),
        "dv_order": translate("BoardLabels", "Protection order", "overdue queue item"),
    }
    return names.get(item_kind, translate("BoardLabels", "A queue item", "overdue queue item"))


def assistance_name(code: str) -> str:
    names = {
        "": translate("BoardLabels", "no assistance result"),
        "found": translate("BoardLabels", "missing person found"),
        "rescued": translate("BoardLabels", "person rescued"),
        "returned": translate("BoardLabels", "lost property returned"),
    }
    return names.get(code, translate("BoardLabels", "another assistance result"))


def event_sentence(event: TimelineEvent, names: EventNames) -> str:
    """One timeline entry as a sentence in the user's language: no codes, local times."""
    kind = event_kind(event.kind)
    detail = event.detail
    if kind is EventKind.STAGE:
        return _stage_sentence(event, names)
    if kind is EventKind.ASSIGN:
        return _fill(translate("BoardLabels", "Unit dispatched: %1"), names.unit(event.unit_code))
    if kind is EventKind.UNIT_STATUS:
        return _unit_status_sentence(names.unit(event.unit_code), str(detail.get("status", "")))
    if kind is EventKind.NOTE:
        if detail.get("review"):
            return _fill(translate("BoardLabels", "Clear-to-zero review note: %1"),
                         _free(detail, "text"))
        return _fill(translate("BoardLabels", "Note: %1"), _free(detail, "text"))
    if kind is EventKind.EDIT:
        return _edit_sentence(detail)
    if kind is EventKind.DUPLICATE_CALL:
        return translate("BoardLabels", "Another call about this incident")
    if kind is EventKind.PUSH:
        return _push_sentence(detail)
    if kind is EventKind.PUSH_ACK:
        person = _free(detail, "person")
        role = push_role_name(str(detail.get("role", "")))
        if person:
            return _fill(translate("BoardLabels", "Push acknowledged by %2 (%1)"), role, person)
        return _fill(translate("BoardLabels", "Push acknowledged by the %1"), role)
    if kind is EventKind.PUSH_FEEDBACK:
        person = _free(detail, "person") or push_role_name(str(detail.get("role", "")))
        return _fill(translate("BoardLabels", "Feedback from %1: %2"), person,
                     _free(detail, "feedback"))
    if kind is EventKind.ENTERPRISE_LINKED:
        return translate("BoardLabels", "Linked to a registered key enterprise")
    if kind is EventKind.ESCALATE:
        return _escalate_sentence(detail, names)
    if kind is EventKind.ESCALATION_RESOLVED:
        return _resolved_sentence(_free(detail, "resolution"))
    if kind is EventKind.CALLBACK:
        rating = names.rating(str(detail.get("rating", "")))
        return _clauses(_fill(translate("BoardLabels", "Callback: %1"), rating),
                        _free(detail, "remarks"))
    if kind is EventKind.CALL_COMPLETED:
        return _clauses(translate("BoardLabels", "Call record completed"),
                        _free(detail, "remarks"))
    if kind is EventKind.CALL_CALLED_BACK:
        if detail.get("outcome") == "reached":
            text = translate("BoardLabels", "Silent call called back: caller reached")
        else:
            text = translate("BoardLabels", "Silent call called back: caller not reached")
        return _clauses(text, _free(detail, "remarks"))
    if kind is EventKind.OWNER:
        owner = _free(detail, "owner")
        if owner:
            return _fill(translate("BoardLabels", "%1 made answerable for this incident"), owner)
        return translate("BoardLabels", "An operator was made answerable for this incident")
    if kind is EventKind.DV_DESK:
        return _dv_desk_sentence(detail)
    return translate("BoardLabels", "An entry this version of the console cannot show")


def _dv_desk_sentence(detail: dict[str, object]) -> str:
    """What the anti-DV desk did, never what it recorded: the board's readers may not read
    DV details, the desk reads them on its own page."""
    action, party = str(detail.get("action", "")), str(detail.get("party", ""))
    if action == "warning_served":
        return {
            "abuser": translate("BoardLabels",
                               "Anti-DV desk: written warning served on the abuser"),
            "victim": translate("BoardLabels",
                               "Anti-DV desk: written warning served on the victim"),
            "committee": translate("BoardLabels",
                                   "Anti-DV desk: written warning sent to the local committee"),
        }.get(party, translate("BoardLabels", "Anti-DV desk: written warning served"))
    names = {
        "assessed": translate("BoardLabels", "Anti-DV desk: risk assessed"),
        "warning_issued": translate("BoardLabels", "Anti-DV desk: written warning issued"),
        "order_applied": translate("BoardLabels",
                                   "Anti-DV desk: protection order applied for"),
        "order_decided": translate("BoardLabels",
                                   "Anti-DV desk: the court's ruling on the protection order "
                                   "recorded"),
        "referral_made": translate("BoardLabels", "Anti-DV desk: referral made"),
        "referral_status": translate("BoardLabels", "Anti-DV desk: referral status changed"),
        "followup": translate("BoardLabels", "Anti-DV desk: follow-up visit or call made"),
        "case_opened": translate("BoardLabels", "Anti-DV desk: case ledger opened"),
        "case_linked": translate("BoardLabels", "Anti-DV desk: linked to a known case"),
        "marked_dv": translate("BoardLabels",
                               "Re-categorised as domestic violence: sent to the anti-DV desk"),
    }
    return names.get(action, translate("BoardLabels", "Anti-DV desk: a measure recorded"))


def _stage_sentence(event: TimelineEvent, names: EventNames) -> str:
    detail = event.detail
    stage, previous = event.stage or "", str(detail.get("previous") or "")
    try:
        reopened = is_reopen(Stage(previous), Stage(stage))
    except ValueError:
        reopened = False
    note, result = _free(detail, "note"), _free(detail, "result")
    if reopened:
        text = _fill(translate("BoardLabels", "Reopened (it was “%1”)"), stage_name(previous))
    elif stage == Stage.INTAKE:
        text = translate("BoardLabels", "Call taken at intake")
        desks = detail.get("desks")
        if isinstance(desks, list) and desks:
            separator = translate("BoardLabels", ", ", "list separator")
            text = _fill(translate("BoardLabels", "Call taken at intake, routed to %1"),
                         separator.join(desk_name(str(d)) for d in desks))
    elif stage == Stage.HANDLED:
        text = (_fill(translate("BoardLabels", "Handling finished: %1"), result) if result
                else translate("BoardLabels", "Handling finished"))
        result = ""
    elif stage == Stage.CLOSED:
        closure = str(detail.get("closure") or "")
        text = (_fill(translate("BoardLabels", "Closed as “%1”"), names.closure(closure))
                if closure else translate("BoardLabels", "Closed"))
    elif stage == Stage.CANCELLED:
        text = (_fill(translate("BoardLabels", "Incident cancelled: %1"), note) if note
                else translate("BoardLabels", "Incident cancelled"))
        note = ""
    else:
        text = _fill(translate("BoardLabels", "Now at stage “%1”"), stage_name(stage))
    extra = [_fill(translate("BoardLabels", "result: %1"), result) if result else "",
             _fill(translate("BoardLabels", "note: %1"), note) if note else ""]
    if detail.get("import"):
        extra.append(translate("BoardLabels", "imported from earlier records"))
    if detail.get("time_unknown"):
        extra.append(translate("BoardLabels", "time not recorded"))
    return _clauses(text, *extra)


def _unit_status_sentence(unit: str, status: str) -> str:
    if status == "en_route":
        return _fill(translate("BoardLabels", "%1 is on the way"), unit)
    if status == "on_scene":
        return _fill(translate("BoardLabels", "%1 arrived on scene"), unit)
    if status == "cleared":
        return _fill(translate("BoardLabels", "%1 cleared from the incident"), unit)
    return _fill(translate("BoardLabels", "%1 is now “%2”"), unit, unit_status_name(status))


def _edit_sentence(detail: dict[str, object]) -> str:
    if OUTCOME_KEYS & detail.keys():
        caught, assistance = detail.get("people_caught"), str(detail.get("assistance") or "")
        parts = [  # nobody caught and no assistance go unsaid; mediation is always said
            _fill(translate("BoardLabels", "people caught: %1"), caught)
            if isinstance(caught, int) and caught > 0 else "",
            assistance_name(assistance) if assistance else "",
            translate("BoardLabels", "settled by mediation") if detail.get("mediated")
            else translate("BoardLabels", "not mediated"),
        ]
        return _fill(translate("BoardLabels", "Results of handling: %1"), _clauses(*parts))
    if FRAUD_KEYS & detail.keys():
        frozen, recovered = detail.get("accounts_frozen"), detail.get("money_recovered_fen")
        parts = [
            _fill(translate("BoardLabels", "accounts frozen: %1"), frozen)
            if isinstance(frozen, int) else "",
            _fill(translate("BoardLabels", "%1 yuan recovered"), format_amount(recovered))
            if isinstance(recovered, int) else "",
        ]
        figures = _clauses(*parts) or translate("BoardLabels", "no new figures")
        return _fill(translate("BoardLabels", "Fraud case figures: %1"), figures)
    return translate("BoardLabels", "Incident details edited")


def _push_sentence(detail: dict[str, object]) -> str:
    pushes = detail.get("pushes")
    if isinstance(pushes, list):
        return _fill(translate(
            "BoardLabels", "Pushed at once to the enterprise's responsible persons (%1)"),
            len(pushes))
    person = _free(detail, "person")
    role = push_role_name(str(detail.get("role", "")))
    if person:
        return _fill(translate("BoardLabels", "Pushed to %2 (%1)"), role, person)
    return _fill(translate("BoardLabels", "Pushed to the enterprise's %1"), role)


def _escalate_sentence(detail: dict[str, object], names: EventNames) -> str:
    level = level_name(str(detail.get("level", "")))
    reason = _free(detail, "reason")
    item = overdue_item(reason)
    if item is not None:
        due = names.when(detail["due"]) if detail.get("due") else ""
        if due:
            return _fill(translate(
                "BoardLabels", "%1 overdue: escalated automatically to %2 (deadline %3 passed)"),
                overdue_name(item), level, due)
        return _fill(translate("BoardLabels", "%1 overdue: escalated automatically to %2"),
                     overdue_name(item), level)
    if reason == CALLBACK_DISSATISFIED:
        return _fill(translate(
            "BoardLabels", "Caller dissatisfied at the callback: escalated to %1"), level)
    if reason == CALLBACK_NOT_REACHED:
        attempts = detail.get("attempts")
        if isinstance(attempts, int):
            return _fill(translate(
                "BoardLabels", "Caller not reached after %2 callback attempts: escalated to %1"),
                level, attempts)
        return _fill(translate(
            "BoardLabels", "Caller not reached at the callback: escalated to %1"), level)
    leader = _free(detail, "leader")
    if detail.get("supervised") and leader:
        return _fill(translate("BoardLabels", "Supervised by the bureau (挂牌督办), %2 responsible:"
                               " %1"), reason, leader)
    if reason:
        return _fill(translate("BoardLabels", "Escalated to %1: %2"), level, reason)
    return _fill(translate("BoardLabels", "Escalated to %1"), level)


def _resolved_sentence(resolution: str) -> str:
    if resolution == RESOLVED_DONE:
        return translate("BoardLabels", "Escalation closed: what was asked has been done")
    if resolution == RESOLVED_ITEM_ENDED:
        return translate("BoardLabels", "Escalation closed: the matter was dealt with elsewhere")
    if resolution:
        return _fill(translate("BoardLabels", "Escalation resolved: %1"), resolution)
    return translate("BoardLabels", "Escalation resolved")


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


def refusal_text(exc: BaseException) -> str:
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
