"""Queue kinds, each declared once: one module of this package per kind.

A kind's module defines `KIND = QueueKind(...)`, which says everything the console needs
to know about it:

- `code`: its rule line, `[kinds.<code>]` in `db/reference/queue_rules.toml` (owner desk
  and deadline), and the prefix of its items' keys;
- `source` and `derive`: the facts it is derived from (one read of the store per source:
  `INCIDENTS`, `PUSHES`, `CALLBACKS`, `ESCALATIONS`, `CALLS`, `DV_FOLLOWUPS`, `DV_ORDERS` —
  the SQL stays in the store)
  and a pure function of one row of those facts and a `Context` (rules, recorded levels,
  reference facts, now) giving the item, or None when the row asks nothing of this kind;
- `action`: the store service method whose write finishes an item, named
  `service.method` (`"callbacks.record_callback"`) and called as
  `method(item.ref_id, **form values, operator_id=…)` (for items finished on the board,
  the board's method);
- `form`: the fields the item's form shows (a declarative description the UI renders), or
  `ON_THE_BOARD`: the item opens its incident on the board, whose dialogs finish it (or
  `ON_THE_DV_DESK`: on the DV desk's page, whose measures finish it);
- `confidential`: its items tell of a DV case's own record (its tier, its orders), so the
  store gives them only to roles that may read DV details.

Its words (label, what the item asks, the form's labels) are the UI's, translated there
(`console/ui/queues/texts.py`, one entry per kind). Adding a kind is a module here, its
rule line and its words; the modules are found by themselves (`kinds()`).
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from functools import cache
from typing import Any, Protocol

from console.domain.queues import Level, QueueItem, QueueRules

# The facts a kind can be derived from: each is one read of the store.
INCIDENTS = "incidents"  # open incidents, with their owner
PUSHES = "pushes"  # enterprise pushes not acknowledged, with their incident
CALLBACKS = "callbacks"  # callbacks not done, with their incident
ESCALATIONS = "escalations"  # escalations raised by hand and not resolved, with their incident
CALLS = "calls"  # calls of the look-back window needing a follow-up (silent or incomplete),
#                 and older ones whose item is escalated; `done` lists the follow-ups made
DV_FOLLOWUPS = "dv_followups"  # DV incidents with a tier: the latest assessment's colour
#                 and time, the latest follow-up's time (no names, numbers or notes)
DV_ORDERS = "dv_orders"  # protection orders awaiting a ruling, and granted ones no later
#                 application replaced: decision, its due time, the last valid day
SOURCES: tuple[str, ...] = (INCIDENTS, PUSHES, CALLBACKS, ESCALATIONS, CALLS, DV_FOLLOWUPS,
                            DV_ORDERS)
CALL_SOURCES = frozenset({CALLS})  # scoped by call ids; the others by incident ids
# Sources whose items begin with the clock, not with a write (a follow-up coming due, an
# order's notice period): no change feed names them, so a view reads them again now and then.
TIMED_SOURCES = frozenset({DV_FOLLOWUPS, DV_ORDERS})


_LEVELS = tuple(Level)  # by number, without the enum's lookup (a queue derives thousands)


class Facts(Protocol):
    """One row of a source, read by column name (an sqlite3.Row or a dict)."""

    def __getitem__(self, key: str) -> Any: ...


@dataclass(frozen=True)
class Context:
    """What a derivation may use besides its row of facts."""

    rules: QueueRules
    now: datetime
    levels: Mapping[str, int]  # the level each overdue item reached, by item key
    tally_groups: Mapping[str, str]  # category code -> tally group
    area_types: Mapping[str, str]  # jurisdiction code -> area type
    tz: tzinfo = UTC  # the centre's time zone (local days: an order's last valid day)

    def level(self, key: str, base: Level = Level.DESK) -> Level:
        return _LEVELS[max(int(base), self.levels.get(key, 0))]

    def tally_group(self, category: str | None) -> str:
        return self.tally_groups.get(category or "", "")


# -- forms --------------------------------------------------------------------------------
CHOICE, TEXT, SHOWN, NOTE = "choice", "text", "shown", "note"


@dataclass(frozen=True)
class Field:
    """One line of an item's form. `name` is the action's parameter a choice or a text
    fills, and for every field the key of its words in the UI."""

    name: str
    type: str
    options: tuple[str, ...] = ()  # a choice's codes…
    options_from: str = ""  # …or the reference data holding them ("callback_ratings")
    shows: str = ""  # a shown field: the item's attribute it shows ("detail")

    @property
    def fills(self) -> bool:
        """Whether the field gives the action a value."""
        return self.type in (CHOICE, TEXT)


def choice(name: str, *options: str, options_from: str = "") -> Field:
    return Field(name, CHOICE, tuple(options), options_from)


def text(name: str) -> Field:
    return Field(name, TEXT)


def shown(name: str, attribute: str) -> Field:
    return Field(name, SHOWN, shows=attribute)


def note(name: str) -> Field:
    return Field(name, NOTE)


@dataclass(frozen=True)
class Form:
    fields: tuple[Field, ...] = ()
    on_board: bool = False  # finished in a view: the item opens its incident there
    view: str = "board"  # that view (console.ui.shell.views), the board unless named

    def inputs(self) -> tuple[str, ...]:
        """The names of the values the action is given, in order."""
        return tuple(f.name for f in self.fields if f.fills)


ON_THE_BOARD = Form(on_board=True)
ON_THE_DV_DESK = Form(on_board=True, view="desk_dv")


# -- kinds --------------------------------------------------------------------------------
Derive = Callable[[Facts, Context], QueueItem | None]


@dataclass(frozen=True)
class QueueKind:
    code: str
    source: str
    derive: Derive = field(repr=False)
    action: str
    form: Form
    call_followup: str = ""  # a kind over calls: the follow-up that finishes it
    confidential: bool = False  # only for roles that may read DV details

    def __post_init__(self) -> None:
        if self.source not in SOURCES:
            raise ValueError(f"queue kind {self.code}: unknown source {self.source!r}")


@cache
def kinds() -> tuple[QueueKind, ...]:
    """Every kind: the `KIND` of each module of this package (by module name)."""
    found: list[QueueKind] = []
    for module in sorted(m.name for m in pkgutil.iter_modules(__path__)):
        declared = getattr(importlib.import_module(f"{__name__}.{module}"), "KIND", None)
        if not isinstance(declared, QueueKind):
            raise TypeError(f"{__name__}.{module} declares no KIND = QueueKind(...)")
        found.append(declared)
    codes = [k.code for k in found]
    if len(set(codes)) != len(codes):
        raise ValueError(f"queue kinds declared twice: {sorted(codes)}")
    return tuple(found)


@cache
def _by_code() -> dict[str, QueueKind]:
    return {k.code: k for k in kinds()}


def queue_kind(code: str) -> QueueKind:
    """The kind of this code (KeyError for none)."""
    return _by_code()[str(code)]


def codes() -> tuple[str, ...]:
    return tuple(k.code for k in kinds())


@cache
def by_source() -> dict[str, tuple[QueueKind, ...]]:
    """The kinds derived from each source (only sources some kind uses)."""
    out: dict[str, list[QueueKind]] = {}
    for kind in kinds():
        out.setdefault(kind.source, []).append(kind)
    return {source: tuple(found) for source, found in out.items()}


# -- what derivations share ---------------------------------------------------------------
def incident_item(f: Facts, ctx: Context, *, key: str, kind: str, ref_id: int, due: datetime,
                  created: datetime, desk: str, detail: str = "",
                  base: Level = Level.DESK) -> QueueItem:
    """An item about an incident, from a row that carries the incident's columns
    (incident_id, number, priority, category_code, is_dv, is_enterprise, owner)."""
    return QueueItem(
        key, kind, ref_id, f["incident_id"], f["number"], None, desk, due, created,
        f["priority"], ctx.level(key, base), base, f["owner_id"], f["owner_name"] or "",
        detail, f["category_code"], bool(f["is_dv"]), bool(f["is_enterprise"]))


def call_item(f: Facts, ctx: Context, *, kind: str, due: datetime, created: datetime,
              detail: str) -> QueueItem:
    """An item about a call (a row of `CALLS`), keyed `<kind>:<call id>`."""
    key = f"{kind}:{f['id']}"
    return QueueItem(
        key, kind, f["id"], f["incident_id"], f["number"], f["id"], ctx.rules.desk(kind),
        due, created, f["priority"], ctx.level(key), Level.DESK, None, "", detail,
        f["category_code"], bool(f["is_dv"]))


def followups_done(f: Facts) -> frozenset[str]:
    """The follow-ups already made about a call (a row of `CALLS`)."""
    return frozenset((f["done"] or "").split())
