"""Deadlines as the queues derive them, and the escalations an overdue item leaves behind.

The store derives queue items from the rows (console/store/queues.py) and its escalation
pass, run by the seats every 15 seconds, raises an overdue item one level (desk →
supervisor), and a step later one more (→ bureau leadership), writing an `escalations` row
and an `escalate` event for an incident's item and a `queue_escalations` row for every
level. When the item is done the levels are resolved with it; an item that ended elsewhere
(an incident dispatched, on scene, closed) is resolved by the next pass.

The demo writes the same rows for the rare item done late and for every item still open
and overdue at the demo's "now", so that the first escalation pass finds nothing to do.
"""

from __future__ import annotations

import json

from console.demo.dice import Dice
from console.demo.rows import Rows
from console.demo.times import SEC, Times
from console.domain.queues import LEVEL_CODES, Kind, QueueRules
from console.domain.reference import Reference

PASS_EVERY = 15 * SEC  # how often a seat runs the escalation pass
ESCALATE_ORDER, RESOLVE_ORDER = 18, 19  # after the derived events of the same moment


class Allowances:
    """How long each item of an incident may wait, in ms, from the queue rules."""

    # The order of `of`'s answer.
    DISPATCH, ARRIVAL, HANDLING, CLOSURE, CALLBACK, PUSH_ACK, ESCALATION = range(7)

    def __init__(self, rules: QueueRules, reference: Reference):
        self.rules = rules
        self.groups = {c.code: c.tally_group for c in reference.taxonomy.categories}
        self.areas = {j.code: j.area_type for j in reference.jurisdictions}
        self.step = _ms(rules.step.total_seconds())
        self._cache: dict[tuple[str, int, str, str], tuple[int, ...]] = {}
        self.silent = _ms(rules.allowance(Kind.SILENT_CALLBACK).total_seconds())
        self.incomplete = {p: _ms(rules.allowance(Kind.INCOMPLETE_CALL, priority=p)
                                  .total_seconds()) for p in (1, 2, 3)}

    def of(self, category: str, priority: int, jurisdiction: str, desk: str) -> tuple[int, ...]:
        key = (category, priority, jurisdiction, desk)
        found = self._cache.get(key)
        if found is None:
            rules, group = self.rules, self.groups.get(category, "")
            area = rules.area_type(jurisdiction, self.areas.get(jurisdiction))
            p, g, c = priority, group, category
            found = self._cache[key] = tuple(_ms(span.total_seconds()) for span in (
                rules.allowance(Kind.DISPATCH, priority=p, tally_group=g, category=c),
                rules.allowance(Kind.FOLLOW_UP, priority=p, tally_group=g, category=c,
                                area_type=area, phase="arrival"),
                rules.allowance(Kind.FOLLOW_UP, priority=p, tally_group=g, category=c,
                                area_type=area, phase="handling"),
                rules.allowance(Kind.FOLLOW_UP, priority=p, tally_group=g, category=c,
                                area_type=area, phase="closure"),
                rules.allowance(Kind.CALLBACK, priority=p, tally_group=g, category=c, desk=desk),
                rules.allowance(Kind.PUSH_ACK, priority=p),
                rules.allowance(Kind.ESCALATION, priority=p, tally_group=g, category=c),
            ))
        return found


def _ms(seconds: float) -> int:
    return round(seconds * 1000)


def in_time(dice: Dice, span: int, allowance: int, low: int = 0) -> int:
    """A span of work kept within its allowance: the centre works to its deadlines, so a
    span that would overrun is drawn again below the limit (97% of the allowance)."""
    limit = allowance * 97 // 100
    if span <= limit:
        return span
    return dice.between(min(low, limit * 2 // 3), limit)


class Trails:
    """Writes what the escalation pass would have written about an overdue item."""

    def __init__(self, rows: Rows, times: Times, dice: Dice, step: int, now: int):
        self.rows, self.times, self.dice = rows, times, dice
        self.step, self.now = step, now

    def item(self, key: str, kind: Kind, due: int, done: int | None, *,
             incident_id: int | None, call_id: int | None = None, base: int = 0,
             by: int | None = None, resolution: str = "done", ended: bool = False) -> int:
        """The levels an item reached before `done` (None: still open at now); returns the
        time of its last event (0: none).

        `ended`: the item ends by itself (a stage moved on), so the next pass resolves its
        levels, as 'item_ended'; otherwise the action that finished it does, by `by`.
        """
        end = self.now if done is None else done
        if end <= due:
            return 0
        rows, text, between = self.rows, self.times.text, self.dice.between
        raised: list[tuple[int, int]] = []  # (level, moment)
        for steps in (1, 2):
            level = base + steps
            if level >= len(LEVEL_CODES):
                break
            threshold = due + (steps - 1) * self.step
            if end <= threshold:
                break
            moment = threshold + between(1, PASS_EVERY + 1)
            if done is None:
                moment = min(moment, self.now)
            elif moment >= done:
                break  # done before a pass saw it overdue
            raised.append((level, moment))
        if not raised:
            return 0
        resolved_at: str | None = None
        resolver: int | None = None
        last = raised[-1][1]
        if done is not None:
            if ended:
                moment = min(done + between(1, PASS_EVERY + 1), self.now)
                resolution = "item_ended"
            else:
                moment, resolver = done, by
            resolved_at, last = text(moment), moment
        for level, moment in raised:
            code, at = LEVEL_CODES[level], text(moment)
            escalation_id = None
            if incident_id is not None and call_id is None:
                escalation_id = rows.new_id("escalations")
                reason = f"overdue_{kind.value}"
                rows["escalations"].append((
                    escalation_id, incident_id, code, reason, at, None, resolved_at, resolver,
                    resolution if resolved_at else ""))
                rows.event(incident_id, at, ESCALATE_ORDER, None, "escalate", json.dumps(
                    {"level": code, "reason": reason, "escalation_id": escalation_id,
                     "item": key, "auto": True, "due": text(due)}, ensure_ascii=False))
            rows["queue_escalations"].append((
                rows.new_id("queue_escalations"), key, kind.value, incident_id, call_id,
                escalation_id, code, level, at, resolved_at))
        if resolved_at is not None and incident_id is not None:
            rows.event(incident_id, resolved_at, RESOLVE_ORDER, resolver, "escalation_resolved",
                       json.dumps({"item": key, "resolution": resolution}, ensure_ascii=False))
        return last
