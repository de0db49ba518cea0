"""The case ledger (一案一台账): one case per household or relationship, across its incidents.

A new DV incident is matched to known cases by the caller's number, the address and the
names (`MATCHES`); the desk confirms a match before the incident joins a case, since two
households may share a number or a building.
"""

from __future__ import annotations

from dataclasses import dataclass

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
