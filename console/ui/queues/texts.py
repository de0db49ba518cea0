"""Words for queue codes (kinds, levels, states, desks, reasons, stages) in the user's language.

Each queue kind has one entry in `KIND_TEXTS`: its label, what an item asks for, and the
words of its form (the fields its module in `console.domain.queue_kinds` declares).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication

from console.domain.queue_kinds import codes
from console.domain.queues import Kind, Level, QueueItem, State, format_span, level_from_code
from console.domain.reference import Reference


@dataclass(frozen=True)
class KindTexts:
    """A queue kind's words."""

    name: str  # the kind, as the queue's first column says it
    todo: Callable[[QueueItem], str]  # what an item asks for, in a few words
    confirm: str = ""  # the form's button
    labels: Mapping[str, str] = field(default_factory=dict)  # form field -> its label
    hints: Mapping[str, str] = field(default_factory=dict)  # a text's placeholder, a note
    options: Mapping[str, str] = field(default_factory=dict)  # a choice's code -> its name


def _follow_up_todo(item: QueueItem) -> str:
    return {
        "arrival": QCoreApplication.translate("QueueTexts", "Chase arrival on scene"),
        "handling": QCoreApplication.translate("QueueTexts", "Chase handling on scene"),
    }.get(item.detail, QCoreApplication.translate("QueueTexts", "Get feedback and close"))


def _push_todo(item: QueueItem) -> str:
    role, _, person = item.detail.partition("|")
    text = QCoreApplication.translate("QueueTexts", "Get acknowledgement from %1 (%2)")
    return text.replace("%1", person or "?").replace("%2", push_role_name(role))


def _escalation_todo(item: QueueItem) -> str:
    text = QCoreApplication.translate("QueueTexts", "Resolve: %1")
    return text.replace("%1", escalation_reason(item.detail))


def _silent_todo(item: QueueItem) -> str:
    text = QCoreApplication.translate("QueueTexts", "Call back %1")
    return text.replace("%1", item.detail or "?")


def tier_name(colour: str) -> str:
    """A DV household's risk tier (the colours of db/reference/dv_risk.toml)."""
    return {
        "red": QCoreApplication.translate("QueueTexts", "red"),
        "orange": QCoreApplication.translate("QueueTexts", "orange"),
        "yellow": QCoreApplication.translate("QueueTexts", "yellow"),
        "blue": QCoreApplication.translate("QueueTexts", "blue"),
        "white": QCoreApplication.translate("QueueTexts", "white"),
    }.get(colour, colour)


def _dv_followup_todo(item: QueueItem) -> str:
    if not item.detail:
        return QCoreApplication.translate("QueueTexts", "Visit or call the household (查访)")
    text = QCoreApplication.translate("QueueTexts",
                                      "Visit or call the household (查访), %1 tier")
    return text.replace("%1", tier_name(item.detail))


def _dv_order_todo(item: QueueItem) -> str:
    return {
        "decision_overdue": QCoreApplication.translate(
            "QueueTexts", "Protection order: the court's ruling is overdue"),
        "expiring": QCoreApplication.translate(
            "QueueTexts", "Protection order ends soon: see the victim about a new one"),
        "expired": QCoreApplication.translate(
            "QueueTexts", "Protection order has ended: see the victim about a new one"),
    }.get(item.detail, QCoreApplication.translate("QueueTexts", "Protection order"))


def _remarks() -> str:
    return QCoreApplication.translate("QueueTexts", "Remarks:")


# One entry per queue kind (made when asked: the words follow the language in force).
KIND_TEXTS: dict[str, Callable[[], KindTexts]] = {
    Kind.DISPATCH: lambda: KindTexts(
        QCoreApplication.translate("QueueTexts", "Dispatch"),
        lambda _item: QCoreApplication.translate("QueueTexts", "Dispatch units")),
    Kind.FOLLOW_UP: lambda: KindTexts(
        QCoreApplication.translate("QueueTexts", "Follow-up"), _follow_up_todo),
    Kind.PUSH_ACK: lambda: KindTexts(
        QCoreApplication.translate("QueueTexts", "Enterprise push"), _push_todo,
        confirm=QCoreApplication.translate("QueueTexts", "Acknowledge"),
        hints={"confirm": QCoreApplication.translate(
            "QueueTexts", "Confirm that the person has received the push.")}),
    Kind.CALLBACK: lambda: KindTexts(
        QCoreApplication.translate("QueueTexts", "Callback"),
        lambda _item: QCoreApplication.translate("QueueTexts", "Call back the caller"),
        confirm=QCoreApplication.translate("QueueTexts", "Record callback"),
        labels={"rating": QCoreApplication.translate("QueueTexts", "Rating:"),
                "remarks": _remarks()}),
    Kind.ESCALATION: lambda: KindTexts(
        QCoreApplication.translate("QueueTexts", "Escalation"), _escalation_todo,
        confirm=QCoreApplication.translate("QueueTexts", "Resolve"),
        labels={"resolution": QCoreApplication.translate("QueueTexts", "Resolution:")},
        hints={"resolution": QCoreApplication.translate(
            "QueueTexts", "What was done to resolve it")}),
    Kind.INCOMPLETE_CALL: lambda: KindTexts(
        QCoreApplication.translate("QueueTexts", "Incomplete call"),
        lambda _item: QCoreApplication.translate("QueueTexts", "Complete the call record"),
        confirm=QCoreApplication.translate("QueueTexts", "Mark completed"),
        labels={"missing": QCoreApplication.translate("QueueTexts", "Missing:"),
                "remarks": QCoreApplication.translate("QueueTexts", "Completed:")},
        hints={"remarks": QCoreApplication.translate(
            "QueueTexts", "What was completed, and how")}),
    Kind.SILENT_CALLBACK: lambda: KindTexts(
        QCoreApplication.translate("QueueTexts", "Silent call"), _silent_todo,
        confirm=QCoreApplication.translate("QueueTexts", "Record call-back"),
        labels={"outcome": QCoreApplication.translate("QueueTexts", "Outcome:"),
                "remarks": _remarks()},
        options={"reached": QCoreApplication.translate("QueueTexts", "Reached the caller"),
                 "not_reached": QCoreApplication.translate("QueueTexts", "Not reached")}),
    "dv_take": lambda: KindTexts(
        QCoreApplication.translate("QueueTexts", "New DV incident"),
        lambda _item: QCoreApplication.translate("QueueTexts", "Take the DV incident (签收)"),
        confirm=QCoreApplication.translate("QueueTexts", "Take"),
        hints={"confirm": QCoreApplication.translate(
            "QueueTexts", "You answer for this incident from now on: follow it up, assess "
            "the risk, record the measures.")}),
    "dv_followup": lambda: KindTexts(
        QCoreApplication.translate("QueueTexts", "DV follow-up"), _dv_followup_todo,
        confirm=QCoreApplication.translate("QueueTexts", "Record follow-up"),
        labels={"kind": QCoreApplication.translate("QueueTexts", "Made by:"),
                "note": QCoreApplication.translate("QueueTexts", "Note:")},
        hints={"note": QCoreApplication.translate(
            "QueueTexts", "What was found; re-assess the risk on the DV desk's page")},
        options={"visit": QCoreApplication.translate("QueueTexts", "Visit"),
                 "call": QCoreApplication.translate("QueueTexts", "Telephone call")}),
    "dv_order": lambda: KindTexts(
        QCoreApplication.translate("QueueTexts", "Protection order"), _dv_order_todo),
}


def kind_texts(kind: str) -> KindTexts:
    """A kind's words; a kind without an entry yet is named by its code."""
    made = KIND_TEXTS.get(kind)
    if made is None:
        return KindTexts(str(kind), lambda item: item.detail or str(kind))
    return made()


def kind_name(kind: str) -> str:
    return kind_texts(kind).name


def level_name(level: Level) -> str:
    return {
        Level.DESK: QCoreApplication.translate("QueueTexts", "Desk"),
        Level.SUPERVISOR: QCoreApplication.translate("QueueTexts", "Supervisor"),
        Level.LEADERSHIP: QCoreApplication.translate("QueueTexts", "Bureau leadership"),
    }[level]


def state_name(state: State) -> str:
    return {
        State.OPEN: QCoreApplication.translate("QueueTexts", "Open"),
        State.OVERDUE: QCoreApplication.translate("QueueTexts", "Overdue"),
        State.ESCALATED: QCoreApplication.translate("QueueTexts", "Escalated"),
        State.DONE: QCoreApplication.translate("QueueTexts", "Done"),
    }[state]


def desk_name(desk: str) -> str:
    return {
        "dispatch": QCoreApplication.translate("QueueTexts", "Dispatch desk"),
        "enterprise": QCoreApplication.translate("QueueTexts", "Enterprise desk"),
        "dv": QCoreApplication.translate("QueueTexts", "DV desk"),
        "supervisor": QCoreApplication.translate("QueueTexts", "Supervisor"),
        "leadership": QCoreApplication.translate("QueueTexts", "Bureau leadership"),
        "all": QCoreApplication.translate("QueueTexts", "All queues"),
    }.get(desk, desk)


def stage_name(stage: str) -> str:
    return {
        "alert": QCoreApplication.translate("QueueTexts", "Alert"),
        "intake": QCoreApplication.translate("QueueTexts", "Intake"),
        "dispatched": QCoreApplication.translate("QueueTexts", "Dispatched"),
        "en_route": QCoreApplication.translate("QueueTexts", "En route"),
        "on_scene": QCoreApplication.translate("QueueTexts", "On scene"),
        "handled": QCoreApplication.translate("QueueTexts", "Handled"),
        "closed": QCoreApplication.translate("QueueTexts", "Closed"),
        "called_back": QCoreApplication.translate("QueueTexts", "Called back"),
        "cancelled": QCoreApplication.translate("QueueTexts", "Cancelled"),
    }.get(stage, stage)


def push_role_name(role: str) -> str:
    return {
        "bureau_leader": QCoreApplication.translate("QueueTexts", "bureau leader"),
        "station_leader": QCoreApplication.translate("QueueTexts", "station leader"),
        "officer": QCoreApplication.translate("QueueTexts", "responsible officer"),
    }.get(role, role)


def reason_name(reason: str, stage: str = "", pushes: int = 0) -> str:
    if reason == "stage":
        text = QCoreApplication.translate("QueueTexts", "still at stage %1")
        return text.replace("%1", stage_name(stage))
    if reason == "callback":
        return QCoreApplication.translate("QueueTexts", "callback missing")
    if reason == "push":
        text = QCoreApplication.translate("QueueTexts", "%1 push(es) not acknowledged")
        return text.replace("%1", str(pushes))
    if reason == "escalation":
        return QCoreApplication.translate("QueueTexts", "open escalation")
    return reason


def escalation_reason(reason: str) -> str:
    if reason.startswith("overdue_"):
        kind = kind_name(reason[len("overdue_"):])
        return QCoreApplication.translate("QueueTexts", "overdue: %1").replace("%1", kind)
    if reason == "callback_dissatisfied":
        return QCoreApplication.translate("QueueTexts", "dissatisfied callback")
    if reason == "callback_not_reached":
        return QCoreApplication.translate(
            "QueueTexts", "caller not reached after repeated callbacks")
    return reason


def what_to_do(item: QueueItem) -> str:
    """The action an item asks for, in a few words."""
    return kind_texts(item.kind).todo(item)


def read_problem(error: BaseException) -> str:
    """Why a read of the queue failed, in a word (a busy or unreadable file)."""
    return {
        "busy": QCoreApplication.translate("QueueTexts", "the database is busy"),
        "unavailable": QCoreApplication.translate("QueueTexts", "the database cannot be read"),
        "corrupt": QCoreApplication.translate("QueueTexts", "the database file is damaged"),
    }.get(str(getattr(error, "code", "")), type(error).__name__)


def owner_text(item: QueueItem) -> str:
    level = item.owner_level()
    holder = desk_name(item.desk) if level is Level.DESK else level_name(level)
    return f"{item.owner_name} · {holder}" if item.owner_name else holder


def span_text(span: timedelta) -> str:
    """A duration with the day unit in the user's language (`1天 2:50`)."""
    return format_span(span, QCoreApplication.translate("QueueTexts", "d", "days, abbreviated"))


def deadline_text(item: QueueItem, now: datetime) -> str:
    span = item.due - now
    if span.total_seconds() < 0:
        text = QCoreApplication.translate("QueueTexts", "overdue by %1")
        return text.replace("%1", span_text(span))
    return QCoreApplication.translate("QueueTexts", "in %1").replace("%1", span_text(span))


def reference_label(item: QueueItem) -> str:
    if item.incident_number:
        return item.incident_number
    text = QCoreApplication.translate("QueueTexts", "call #%1")
    return text.replace("%1", str(item.call_id or item.ref_id))


def category_name(reference: Reference, code: str | None, lang: str) -> str:
    category = reference.taxonomy.find(code)
    return category.name(lang) if category else ""


def level_name_code(code: str) -> str:
    """An escalation level stored as text ('supervisor', 'leadership'); '' for none."""
    if not code:
        return ""
    return level_name(level_from_code(code))


# -- samples of what a column can hold, to size it ---------------------------------------
SAMPLE_SPANS = (timedelta(days=99, hours=23, minutes=59), timedelta(hours=23, minutes=59,
                                                                    seconds=59))


def kind_names() -> list[str]:
    return [kind_name(kind) for kind in codes()]


def level_names() -> list[str]:
    return [level_name(level) for level in Level]


def state_names() -> list[str]:
    return [state_name(state) for state in State]


def stage_names() -> list[str]:
    return [stage_name(stage) for stage in ("alert", "intake", "dispatched", "en_route",
                                            "on_scene", "handled", "closed", "called_back",
                                            "cancelled")]


def desk_names() -> list[str]:
    return [desk_name(desk) for desk in ("dispatch", "enterprise", "dv", "supervisor",
                                         "leadership")]


def span_samples() -> list[str]:
    return [span_text(span) for span in SAMPLE_SPANS]


def deadline_samples() -> list[str]:
    overdue = QCoreApplication.translate("QueueTexts", "overdue by %1")
    ahead = QCoreApplication.translate("QueueTexts", "in %1")
    return [text.replace("%1", span) for text in (overdue, ahead) for span in span_samples()]


def call_label_sample() -> str:
    return QCoreApplication.translate("QueueTexts", "call #%1").replace("%1", "9999999")
