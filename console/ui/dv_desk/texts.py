"""Words and colours of the DV desk: the five tiers, the DASH levels, the safety answers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from console.domain.events import event_kind

# The tier's colour as painted (white drawn grey-edged: a white row must still show a tier).
TIER_COLOURS: dict[str, QColor] = {
    "red": QColor("#e53935"), "orange": QColor("#fb8c00"), "yellow": QColor("#fdd835"),
    "blue": QColor("#42a5f5"), "white": QColor("#fafafa"),
}
TIER_TEXT: dict[str, QColor] = {
    "red": QColor("#ffffff"), "orange": QColor("#ffffff"), "yellow": QColor("#212121"),
    "blue": QColor("#ffffff"), "white": QColor("#424242"),
}


def tier_name(colour: str) -> str:
    return {
        "red": QCoreApplication.translate("DvTexts", "Red"),
        "orange": QCoreApplication.translate("DvTexts", "Orange"),
        "yellow": QCoreApplication.translate("DvTexts", "Yellow"),
        "blue": QCoreApplication.translate("DvTexts", "Blue"),
        "white": QCoreApplication.translate("DvTexts", "White"),
        "": QCoreApplication.translate("DvTexts", "Not assessed"),
    }.get(colour, colour)


def level_name(level: str) -> str:
    return {
        "high": QCoreApplication.translate("DvTexts", "high risk"),
        "medium": QCoreApplication.translate("DvTexts", "medium risk"),
        "standard": QCoreApplication.translate("DvTexts", "standard risk"),
        "none": QCoreApplication.translate("DvTexts", "no risk factor reported"),
    }.get(level, level)


def answer_name(answer: str) -> str:
    return {
        "yes": QCoreApplication.translate("DvTexts", "yes"),
        "no": QCoreApplication.translate("DvTexts", "no"),
        "unknown": QCoreApplication.translate("DvTexts", "could not say"),
        "": QCoreApplication.translate("DvTexts", "not asked"),
    }.get(answer, answer)


def raised_name(raised: str) -> str:
    return {
        "critical": QCoreApplication.translate("DvTexts", "raised by a critical item"),
        "judgement": QCoreApplication.translate("DvTexts", "raised by the desk's judgement"),
    }.get(raised, "")


def event_name(kind: str, stage: str | None, detail: dict[str, object] | None = None) -> str:
    """An event of the incident's timeline, in a few words: every kind and stage the
    console writes has its own (`console.domain.events.EventKind`, `lifecycle.Stage`)."""
    detail = detail or {}
    if kind == "stage" and stage:
        kind = stage
    if kind == "dv_desk":
        return measure_name(str(detail.get("action", "")), str(detail.get("party", "")))
    known = event_kind(kind)  # an old spelling of a kind reads as the kind
    if known is not None:
        kind = known.value
    if kind == "unit_status":
        status = str(detail.get("status", ""))
        kind = f"unit_{status}" if status in ("en_route", "on_scene", "cleared") else "unit_"
    return {
        "alert": QCoreApplication.translate("DvTexts", "alarm received"),
        "cancelled": QCoreApplication.translate("DvTexts", "cancelled"),
        "called_back": QCoreApplication.translate("DvTexts", "caller called back"),
        "unit_en_route": QCoreApplication.translate("DvTexts", "unit on the way"),
        "unit_on_scene": QCoreApplication.translate("DvTexts", "unit on scene"),
        "unit_cleared": QCoreApplication.translate("DvTexts", "unit cleared"),
        "unit_": QCoreApplication.translate("DvTexts", "unit status reported"),
        "edit": QCoreApplication.translate("DvTexts", "results recorded"),
        "push": QCoreApplication.translate("DvTexts", "pushed to the enterprise"),
        "push_ack": QCoreApplication.translate("DvTexts", "push acknowledged"),
        "push_feedback": QCoreApplication.translate("DvTexts", "enterprise's feedback"),
        "enterprise_linked": QCoreApplication.translate("DvTexts", "linked to an enterprise"),
        "escalation_resolved": QCoreApplication.translate("DvTexts", "escalation resolved"),
        "callback": QCoreApplication.translate("DvTexts", "callback (回访) made"),
        "call_completed": QCoreApplication.translate("DvTexts", "call record completed"),
        "call_called_back": QCoreApplication.translate("DvTexts", "silent call called back"),
        "intake": QCoreApplication.translate("DvTexts", "call logged"),
        "duplicate_call": QCoreApplication.translate("DvTexts", "another call"),
        "assign": QCoreApplication.translate("DvTexts", "unit dispatched"),
        "dispatched": QCoreApplication.translate("DvTexts", "dispatched"),
        "en_route": QCoreApplication.translate("DvTexts", "en route"),
        "on_scene": QCoreApplication.translate("DvTexts", "on scene"),
        "handled": QCoreApplication.translate("DvTexts", "handled"),
        "closed": QCoreApplication.translate("DvTexts", "closed"),
        "note": QCoreApplication.translate("DvTexts", "note"),
        "escalate": QCoreApplication.translate("DvTexts", "escalated"),
        "owner": QCoreApplication.translate("DvTexts", "taken (answerable from now on)"),
    }.get(kind, kind)


def measure_name(action: str, party: str = "") -> str:
    """A measure of the desk as its timeline entry names it (the details are on the page)."""
    if action == "warning_served":
        return {
            "abuser": QCoreApplication.translate("DvTexts", "warning served on the abuser"),
            "victim": QCoreApplication.translate("DvTexts", "warning served on the victim"),
            "committee": QCoreApplication.translate("DvTexts", "warning sent to the committee"),
        }.get(party, QCoreApplication.translate("DvTexts", "warning served"))
    return {
        "assessed": QCoreApplication.translate("DvTexts", "risk assessed"),
        "warning_issued": QCoreApplication.translate("DvTexts", "written warning issued"),
        "order_applied": QCoreApplication.translate("DvTexts", "protection order applied for"),
        "order_decided": QCoreApplication.translate("DvTexts", "court's ruling recorded"),
        "referral_made": QCoreApplication.translate("DvTexts", "referral made"),
        "referral_status": QCoreApplication.translate("DvTexts", "referral status changed"),
        "followup": QCoreApplication.translate("DvTexts", "follow-up (查访) made"),
        "case_opened": QCoreApplication.translate("DvTexts", "case ledger opened"),
        "case_linked": QCoreApplication.translate("DvTexts", "linked to a known case"),
        "marked_dv": QCoreApplication.translate("DvTexts", "re-categorised as domestic violence"),
    }.get(action, QCoreApplication.translate("DvTexts", "a measure recorded"))
