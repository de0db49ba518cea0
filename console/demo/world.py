"""What every part of the generator shares: the reference, chance, time, staff and rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from console.demo.accounts import Staff
from console.demo.dice import Dice
from console.demo.escalation import Allowances, Trails
from console.demo.places import Places
from console.demo.rows import Rows
from console.demo.times import Times
from console.domain.reference import Reference
from console.domain.taxonomy import Category


@dataclass
class World:
    reference: Reference
    category: dict[str, Category]
    dice: Dice
    times: Times
    rows: Rows
    staff: Staff
    places: Places
    allowances: Allowances
    trails: Trails
    first: date
    end: date
    now: int  # epoch ms: nothing happens after it
    tz_offset_ms: int
    calls_per_day: int
