"""The enterprise desk's words: field names, statuses, entry kinds and refusals."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from console.domain.problems import Problem


def field_names() -> dict[str, str]:
    return {
        "name": QCoreApplication.translate(
            "EnterpriseTexts", "Name"),
        "credit_code": QCoreApplication.translate(
            "EnterpriseTexts", "Credit code"),
        "address": QCoreApplication.translate(
            "EnterpriseTexts", "Address"),
        "jurisdiction_code": QCoreApplication.translate(
            "EnterpriseTexts", "Jurisdiction"),
        "industry": QCoreApplication.translate(
            "EnterpriseTexts", "Industry"),
        "contact_name": QCoreApplication.translate(
            "EnterpriseTexts", "Enterprise contact"),
        "contact_phone": QCoreApplication.translate(
            "EnterpriseTexts", "Contact phone"),
        "bureau_leader": QCoreApplication.translate(
            "EnterpriseTexts", "Bureau leader"),
        "bureau_leader_phone": QCoreApplication.translate(
            "EnterpriseTexts", "Bureau leader's phone"),
        "station_leader": QCoreApplication.translate(
            "EnterpriseTexts", "Station leader"),
        "station_leader_phone": QCoreApplication.translate(
            "EnterpriseTexts", "Station leader's phone"),
        "officer": QCoreApplication.translate(
            "EnterpriseTexts", "Officer"),
        "officer_phone": QCoreApplication.translate(
            "EnterpriseTexts", "Officer's phone"),
        "status": QCoreApplication.translate(
            "EnterpriseTexts", "Status"),
        "kind": QCoreApplication.translate(
            "EnterpriseTexts", "Kind"),
        "day": QCoreApplication.translate(
            "EnterpriseTexts", "Date"),
        "what": QCoreApplication.translate(
            "EnterpriseTexts", "What was done"),
        "enterprise": QCoreApplication.translate(
            "EnterpriseTexts", "Enterprise"),
        "file": QCoreApplication.translate(
            "EnterpriseTexts", "File"),
        "row": QCoreApplication.translate(
            "EnterpriseTexts", "Row"),
        "incident": QCoreApplication.translate(
            "EnterpriseTexts", "Incident"),
        "feedback": QCoreApplication.translate(
            "EnterpriseTexts", "Feedback"),
        "reason": QCoreApplication.translate(
            "EnterpriseTexts", "Reason"),
        "leader": QCoreApplication.translate(
            "EnterpriseTexts", "Responsible leader"),
        "result": QCoreApplication.translate(
            "EnterpriseTexts", "Result"),
        "resolution": QCoreApplication.translate(
            "EnterpriseTexts", "Result"),
        "remarks": QCoreApplication.translate(
            "EnterpriseTexts", "Notes"),
        "rating": QCoreApplication.translate(
            "EnterpriseTexts", "Outcome"),
        "callback": QCoreApplication.translate(
            "EnterpriseTexts", "Callback"),
    }


def status_name(status: str) -> str:
    return {
        "active": QCoreApplication.translate("EnterpriseTexts", "Active"),
        "inactive": QCoreApplication.translate("EnterpriseTexts", "Inactive"),
    }.get(status, status)


def entry_kind_name(kind: str) -> str:
    return {
        "visit": QCoreApplication.translate("EnterpriseTexts", "Visit"),
        "contact": QCoreApplication.translate("EnterpriseTexts", "Contact"),
        "request": QCoreApplication.translate("EnterpriseTexts", "Request"),
    }.get(kind, kind)


def problem_text(p: Problem) -> str:
    """One refusal in the operator's words: the field, then what is wrong with it."""
    field = field_names().get(p.field, p.field)
    why = {
        "required": QCoreApplication.translate(
            "EnterpriseTexts", "is required"),
        "too_long": QCoreApplication.translate(
            "EnterpriseTexts", "is longer than {n} characters"),
        "phone": QCoreApplication.translate(
            "EnterpriseTexts", "is not a phone number"),
        "unknown": QCoreApplication.translate(
            "EnterpriseTexts", "is not one the console knows"),
        "control_chars": QCoreApplication.translate(
            "EnterpriseTexts", "holds invisible control characters"),
        "date": QCoreApplication.translate(
            "EnterpriseTexts", "must be a date like 2026-11-30"),
        "date_range": QCoreApplication.translate(
            "EnterpriseTexts", "must lie between 1990-01-01 and today"),
        "credit_code_length": QCoreApplication.translate(
            "EnterpriseTexts", "must have 18 characters"),
        "credit_code_characters": QCoreApplication.translate(
            "EnterpriseTexts", "may hold only digits and capitals other than I, O, S, V, Z"),
        "credit_code_division": QCoreApplication.translate(
            "EnterpriseTexts", "must have a six-digit division code in places 3 to 8"),
        "credit_code_check_digit": QCoreApplication.translate(
            "EnterpriseTexts", "has a wrong check digit (last character): check the code "
            "on the business licence"),
        "registered": QCoreApplication.translate(
            "EnterpriseTexts", "is registered already (entry {n})"),
        "repeated": QCoreApplication.translate(
            "EnterpriseTexts", "repeats the code of line {n}"),
        "has_incidents": QCoreApplication.translate(
            "EnterpriseTexts", "is named by {n} incidents or pushes: make it inactive "
            "instead"),
        "has_service_file": QCoreApplication.translate(
            "EnterpriseTexts", "has a service file: make it inactive instead"),
        "unknown_column": QCoreApplication.translate(
            "EnterpriseTexts", "is not a column of the registry file"),
        "missing_column": QCoreApplication.translate(
            "EnterpriseTexts", "is a column missing from the file"),
        "cells": QCoreApplication.translate(
            "EnterpriseTexts", "must have {n} cells"),
        "encoding": QCoreApplication.translate(
            "EnterpriseTexts", "is not UTF-8 text"),
        "not_csv": QCoreApplication.translate(
            "EnterpriseTexts", "is not a CSV file"),
        "linked_already": QCoreApplication.translate(
            "EnterpriseTexts", "concerns an enterprise already"),
        "not_acknowledged": QCoreApplication.translate(
            "EnterpriseTexts", "comes after the push is acknowledged"),
        "already_done": QCoreApplication.translate(
            "EnterpriseTexts", "is recorded already"),
        "not_enterprise": QCoreApplication.translate(
            "EnterpriseTexts", "does not concern an enterprise"),
        "required_before_close": QCoreApplication.translate(
            "EnterpriseTexts", "must be recorded before the incident is closed"),
    }.get(p.code, p.code)
    return QCoreApplication.translate("EnterpriseTexts", "{field} {why}").format(
        field=field, why=why.format(n=p.limit))


def stage_name(stage: str) -> str:
    return {
        "alert": QCoreApplication.translate(
            "EnterpriseTexts", "Alert"),
        "intake": QCoreApplication.translate(
            "EnterpriseTexts", "Intake"),
        "dispatched": QCoreApplication.translate(
            "EnterpriseTexts", "Dispatched"),
        "en_route": QCoreApplication.translate(
            "EnterpriseTexts", "En route"),
        "on_scene": QCoreApplication.translate(
            "EnterpriseTexts", "On scene"),
        "handled": QCoreApplication.translate(
            "EnterpriseTexts", "Handled"),
        "closed": QCoreApplication.translate(
            "EnterpriseTexts", "Closed"),
        "called_back": QCoreApplication.translate(
            "EnterpriseTexts", "Called back"),
        "cancelled": QCoreApplication.translate(
            "EnterpriseTexts", "Cancelled"),
    }.get(stage, stage)
