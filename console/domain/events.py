"""The kinds of entry in an incident's event log, and what each one carries.

The store writes these kinds into `incident_events` (each with a JSON payload);
the timeline turns every one of them into a sentence. `EVENT_KINDS` is the
complete list: a kind missing here has no sentence, and the tests fail.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum


class EventKind(StrEnum):
    STAGE = "stage"  # the incident moved to a stage (intake, dispatched, …, reopened)
    ASSIGN = "assign"  # a unit was dispatched to the incident
    UNIT_STATUS = "unit_status"  # a unit reported en route, on scene or cleared
    NOTE = "note"  # a free-text note (also a clear-to-zero review remark)
    EDIT = "edit"  # results of handling, or a fraud case's later figures
    DUPLICATE_CALL = "duplicate_call"  # another call about the same incident
    PUSH = "push"  # an enterprise incident pushed to its responsible persons (一警三派)
    PUSH_ACK = "push_ack"  # a responsible person acknowledged a push
    PUSH_FEEDBACK = "push_feedback"  # a responsible person reported back (反馈)
    ENTERPRISE_LINKED = "enterprise_linked"  # linked to a registered enterprise after intake
    ESCALATE = "escalate"  # escalated, by hand or because a deadline passed
    ESCALATION_RESOLVED = "escalation_resolved"  # an escalation was resolved or ended
    CALLBACK = "callback"  # a callback (回访) with its rating
    CALL_COMPLETED = "call_completed"  # an incomplete call record was completed
    CALL_CALLED_BACK = "call_called_back"  # a silent or dropped call was called back
    OWNER = "owner"  # an operator made answerable for the incident (清零 review)
    DV_DESK = "dv_desk"  # the anti-DV desk recorded a measure: which one, never its content


EVENT_KINDS: frozenset[str] = frozenset(k.value for k in EventKind)

# Other spellings of the same kinds found in existing databases (the demo loader's).
ALIASES: Mapping[str, EventKind] = {
    "ack": EventKind.PUSH_ACK,
    "resolve": EventKind.ESCALATION_RESOLVED,
}

# The payload keys each kind may carry (all optional when reading an old log).
PAYLOAD_KEYS: Mapping[EventKind, frozenset[str]] = {
    EventKind.STAGE: frozenset({"previous", "desks", "call_id", "result", "closure", "note",
                                "import", "run", "time_unknown"}),
    EventKind.ASSIGN: frozenset(),
    EventKind.UNIT_STATUS: frozenset({"status"}),
    EventKind.NOTE: frozenset({"text", "review"}),
    EventKind.EDIT: frozenset({"people_caught", "assistance", "mediated", "fraud_report",
                               "accounts_frozen", "money_recovered_fen"}),
    EventKind.DUPLICATE_CALL: frozenset({"call_id", "desks"}),
    EventKind.PUSH: frozenset({"enterprise_id", "pushes", "role", "person", "push_id"}),
    EventKind.PUSH_ACK: frozenset({"push_id", "role", "person"}),
    EventKind.PUSH_FEEDBACK: frozenset({"push_id", "role", "person", "feedback"}),
    EventKind.ENTERPRISE_LINKED: frozenset({"enterprise_id"}),
    EventKind.ESCALATE: frozenset({"level", "reason", "escalation_id", "item", "auto", "due",
                                   "callback_id", "attempts", "leader", "supervised"}),
    EventKind.ESCALATION_RESOLVED: frozenset({"escalation_id", "item", "resolution", "level"}),
    EventKind.CALLBACK: frozenset({"callback_id", "rating", "remarks"}),
    EventKind.CALL_COMPLETED: frozenset({"call_id", "outcome", "remarks"}),
    EventKind.CALL_CALLED_BACK: frozenset({"call_id", "outcome", "remarks"}),
    EventKind.OWNER: frozenset({"owner_id", "owner"}),
    EventKind.DV_DESK: frozenset({"action", "party"}),
}

# What the anti-DV desk records (`EventKind.DV_DESK`'s action); its details stay in the
# desk's own tables, read only by roles that may read DV details.
DV_ACTIONS = frozenset({"assessed", "warning_issued", "warning_served", "order_applied",
                        "order_decided", "referral_made", "referral_status", "followup",
                        "case_opened", "case_linked", "marked_dv"})

OUTCOME_KEYS = frozenset({"people_caught", "assistance", "mediated"})
FRAUD_KEYS = frozenset({"accounts_frozen", "money_recovered_fen"})

# Escalation reasons the console writes itself; any other reason is the operator's own text.
OVERDUE_PREFIX = "overdue_"  # + the queue item kind that passed its deadline
CALLBACK_DISSATISFIED = "callback_dissatisfied"
CALLBACK_NOT_REACHED = "callback_not_reached"
# Resolutions the console writes itself; any other is the operator's own text.
RESOLVED_DONE = "done"  # the item's action was done (push acknowledged, callback made)
RESOLVED_ITEM_ENDED = "item_ended"  # the item ended elsewhere (dispatched on the board)
# Escalation levels: the queue levels, and the demo data's name for the bureau leadership.
LEVEL_ALIASES: Mapping[str, str] = {"bureau": "leadership"}


def event_kind(kind: str) -> EventKind | None:
    """The kind of a stored event (old spellings included); None if unknown."""
    if kind in ALIASES:
        return ALIASES[kind]
    try:
        return EventKind(kind)
    except ValueError:
        return None


def overdue_item(reason: str) -> str | None:
    """The queue item kind of an automatic 'overdue' escalation reason, else None."""
    return reason[len(OVERDUE_PREFIX):] if reason.startswith(OVERDUE_PREFIX) else None


def level_code(level: str) -> str:
    return LEVEL_ALIASES.get(level, level)

