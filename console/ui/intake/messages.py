"""Every intake problem, field and desk name in words: the one place they are translated.

The store and the domain speak in codes (`Problem("summary", "too_long", 2000)`);
this module turns them into a sentence that says what is wrong and what to do.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from console.domain.problems import Problem

translate = QCoreApplication.translate


def field_name(field: str) -> str:
    names = {
        "line": translate("IntakeMessages", "Line"),
        "caller_number": translate("IntakeMessages", "Caller number"),
        "caller_name": translate("IntakeMessages", "Caller name"),
        "address": translate("IntakeMessages", "Address"),
        "jurisdiction_code": translate("IntakeMessages", "Jurisdiction"),
        "category_code": translate("IntakeMessages", "Category"),
        "priority": translate("IntakeMessages", "Priority"),
        "summary": translate("IntakeMessages", "Summary"),
        "disposition": translate("IntakeMessages", "Disposition"),
        "duplicate_of": translate("IntakeMessages", "Duplicate of incident"),
        "transfer_ref": translate("IntakeMessages", "12345 ticket reference"),
        "received_at": translate("IntakeMessages", "Receive time"),
        "victim_account": translate("IntakeMessages", "Victim's account"),
        "victim_bank": translate("IntakeMessages", "Victim's bank"),
        "amount": translate("IntakeMessages", "Transfer amount"),
        "transfer_at": translate("IntakeMessages", "Transfer time"),
        "to_account": translate("IntakeMessages", "Receiving account"),
        "to_name": translate("IntakeMessages", "Receiving name"),
        "to_bank": translate("IntakeMessages", "Receiving bank"),
        "accounts_frozen": translate("IntakeMessages", "Accounts frozen"),
        "money_recovered": translate("IntakeMessages", "Money recovered"),
    }
    return names.get(field, field)


def problem_text(problem: Problem) -> str:
    """One sentence: the field, what is wrong, what to do."""
    templates = {
        "too_long": translate(
            "IntakeMessages",
            "{field} is longer than {limit} characters: shorten it, then save again."),
        "control_chars": translate(
            "IntakeMessages",
            "{field} contains invisible control characters (often from pasting): "
            "retype or delete them, then save again."),
        "bad_time": translate(
            "IntakeMessages", "{field} is not a time: type it as HH:MM or YYYY-MM-DD HH:MM."),
        "too_early": translate(
            "IntakeMessages",
            "{field} is before 1990-01-01: check the date (the year), then save again."),
        "in_future": translate(
            "IntakeMessages",
            "{field} is later than now: check the date and the time, then save again."),
        "bad_number": translate(
            "IntakeMessages",
            "{field} is not an incident number: type it as 340400-20261129-0017"
            " (centre, day, sequence) or pick one from the list."),
        "bad_amount": translate(
            "IntakeMessages", "{field} is not an amount of money: type yuan, e.g. 1234.56."),
        "bad_count": translate(
            "IntakeMessages", "{field} is not a number: type a whole number or leave it empty."),
        "missing": translate("IntakeMessages", "{field} is not filled in."),
        "unknown_code": translate(
            "IntakeMessages", "{field} is not one of the listed choices: pick one from the list."),
        "odd_number": translate(
            "IntakeMessages", "{field} does not look like a phone number: check it."),
    }
    template = templates.get(problem.code, "{field}: {code}")
    return template.format(field=field_name(problem.field), limit=problem.limit,
                           code=problem.code)


def desk_name(desk: str) -> str:
    names = {
        "dispatch": translate("IntakeMessages", "dispatch"),
        "dv": translate("IntakeMessages", "anti-DV desk"),
        "enterprise": translate("IntakeMessages", "enterprise desk"),
        "transfer_12345": translate("IntakeMessages", "12345 hotline"),
    }
    return names.get(desk, desk)


def stage_name(stage: str | None) -> str:
    names = {
        "alert": translate("IntakeMessages", "alert"),
        "intake": translate("IntakeMessages", "intake"),
        "dispatched": translate("IntakeMessages", "dispatched"),
        "en_route": translate("IntakeMessages", "en route"),
        "on_scene": translate("IntakeMessages", "on scene"),
        "handled": translate("IntakeMessages", "handled"),
        "closed": translate("IntakeMessages", "closed"),
        "called_back": translate("IntakeMessages", "called back"),
        "cancelled": translate("IntakeMessages", "cancelled"),
    }
    return names.get(stage or "", stage or "")
