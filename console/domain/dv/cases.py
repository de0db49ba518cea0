"""The case ledger (一案一台账): one case per household or relationship, across its incidents.

A new DV incident is matched to known cases by the caller's number, the address and the
names (`MATCHES`); the desk confirms a match before the incident joins a case, since two
households may share a number or a building.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from console.domain.dv.warnings import RELATIONSHIPS
from console.domain.problems import Problem, has_control_chars

MATCHES: tuple[str, ...] = ("number", "address", "name")
LIMITS = {"victim_name": 50, "abuser_name": 50, "injuries": 500, "threats": 500,
          "safe_contact": 100}


@dataclass(frozen=True)
class CaseDetails:
    """What the desk records of a household; every field may still be empty."""

    victim_name: str = ""
    abuser_name: str = ""
    relationship: str = ""
    children_present: bool = False
    injuries: str = ""
    weapons: bool = False
    alcohol_drugs: bool = False
    threats: str = ""
    safe_contact: str = ""  # a number or way to reach the victim safely

    def problems(self) -> list[Problem]:
        found: list[Problem] = []
        for name, limit in LIMITS.items():
            value = str(getattr(self, name))
            if len(value) > limit:
                found.append(Problem(name, "too_long", limit))
            elif has_control_chars(value, multiline=False):
                found.append(Problem(name, "control_chars"))
        if self.relationship and self.relationship not in RELATIONSHIPS:
            found.append(Problem("relationship", "unknown_code"))
        return found


def reassessment_due(last_call: datetime | None, last_assessed: datetime | None) -> bool:
    """Each call to a known case prompts a re-assessment: due while the household's latest
    call is newer than its latest assessment. Derived each time, so nothing is left to clear;
    a case never assessed wants a first assessment, which the tier already shows."""
    return last_call is not None and last_assessed is not None and last_call > last_assessed
