"""Run sheets with one row per responding unit: their rows grouped into incidents.

A fire/EMS or police run sheet lists each unit sent to an incident on a row of its own, with
that unit's dispatch and arrival times; counted row by row, one incident becomes as many as it
had units. A mapping's `[incident]` table names the columns that identify one incident (an
incident number, or the date, call type and first dispatch time together) and the column of
the unit; the rows sharing those values become one call and one incident, whose times follow
the rule of each field (`first` or `last` of its rows) and whose units are recorded with their
own times.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from console.domain.mapping import ImportedCall

FIRST, LAST = "first", "last"
# The rule of each time when a group's rows disagree: the call came once (its first row); the
# first unit dispatched and the first on scene are the incident's; it is handled and closed
# when its last unit is.
DEFAULT_RULES: dict[str, str] = {"received_at": FIRST, "dispatched_at": FIRST,
                                 "arrived_at": FIRST, "handled_at": LAST, "closed_at": LAST}


class GroupingError(ValueError):
    """An `[incident]` table that cannot be used (the message names the key)."""


@dataclass(frozen=True)
class UnitRow:
    """One responding unit of an imported incident, as the source names it."""

    unit: str
    dispatched_at: datetime | None
    arrived_at: datetime | None


@dataclass(frozen=True)
class Grouping:
    """How a run sheet's rows make incidents: the key columns, the unit column, the rules."""

    key: tuple[str, ...]
    unit: str | None
    rules: dict[str, str]


def parse_grouping(spec: Any, columns: Iterable[str], time_fields: Iterable[str],
                   where: str) -> Grouping:
    if not isinstance(spec, dict):
        raise GroupingError(f"{where}: [incident] must be a table")
    known = set(columns)
    key = spec.get("key")
    if isinstance(key, str):
        key = [key]
    if not isinstance(key, list) or not key or not all(isinstance(k, str) for k in key):
        raise GroupingError(f"{where}: incident.key: the column key(s) identifying one"
                            ' incident, e.g. key = ["incident_number"]')
    unit = spec.get("unit")
    for name in [*key, *([unit] if unit is not None else [])]:
        if not isinstance(name, str) or name not in known:
            raise GroupingError(f"{where}: incident: column {name!r} is not listed under"
                                " [columns]")
    rules = dict(DEFAULT_RULES)
    raw_rules = spec.get("times", {})
    if not isinstance(raw_rules, dict):
        raise GroupingError(f"{where}: incident.times must be a table")
    fields = set(time_fields)
    for name, rule in raw_rules.items():
        if name not in fields or rule not in (FIRST, LAST):
            raise GroupingError(f"{where}: incident.times.{name}: a time field and"
                                f" \"{FIRST}\" or \"{LAST}\"")
        rules[name] = str(rule)
    return Grouping(tuple(key), unit, rules)


def _pick(values: list[datetime], rule: str) -> datetime | None:
    if not values:
        return None
    return min(values) if rule == FIRST else max(values)


def merge(rows: list[ImportedCall], rules: dict[str, str]) -> ImportedCall:
    """One incident's rows as one call: the first row's codes and text, each time by its
    rule, every row's unit."""
    first = rows[0]
    received = _pick([r.received_at for r in rows], rules["received_at"])
    assert received is not None
    times: dict[str, datetime] = {}
    for name, rule in rules.items():
        if name == "received_at":
            continue
        picked = _pick([r.times[name] for r in rows if name in r.times], rule)
        if picked is not None:
            times[name] = picked
    units = tuple(u for r in rows for u in r.units)
    return replace(first, received_at=received, times=times, units=units)


def grouped(calls: Iterable[ImportedCall], rules: dict[str, str]) -> Iterator[ImportedCall]:
    """The calls of a whole import merged by their group key, in order of first appearance
    (the rows of one incident need not be next to each other)."""
    groups: dict[str, list[ImportedCall]] = {}
    for call in calls:
        groups.setdefault(call.identity, []).append(call)
    for rows in groups.values():
        yield merge(rows, rules) if len(rows) > 1 else rows[0]
