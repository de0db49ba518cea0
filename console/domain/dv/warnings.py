"""Written warnings (家庭暴力告诫书): what one holds, its number, and the household flag.

Anti-Domestic Violence Law art. 16: for minor domestic violence the police may issue a
written warning naming the abuser and the facts and forbidding further violence; art. 17:
it is served on the abuser and the victim and sent to the residents' or villagers'
committee, which with the police station follows up. A household warned twice or more
is flagged for special attention wherever it appears (the flag only, never the details).
"""

from __future__ import annotations

from dataclasses import dataclass

from console.domain.problems import Problem, has_control_chars

FLAG_AT = 2  # warnings at one household that flag it
PARTIES: tuple[str, ...] = ("abuser", "victim", "committee")  # served / notified
RELATIONSHIPS: tuple[str, ...] = ("spouse", "former_spouse", "partner", "parent_child",
                                  "other_family", "cohabitant")
LIMITS = {"abuser_name": 50, "victim_name": 50, "facts": 2000, "committee": 100}


@dataclass(frozen=True)
class WarningDraft:
    abuser_name: str
    victim_name: str
    relationship: str
    facts: str
    committee: str = ""

    def problems(self) -> list[Problem]:
        found: list[Problem] = []
        for name in ("abuser_name", "victim_name", "facts"):
            if not str(getattr(self, name)).strip():
                found.append(Problem(name, "missing"))
        for name, limit in LIMITS.items():
            value = str(getattr(self, name))
            if len(value) > limit:
                found.append(Problem(name, "too_long", limit))
            elif has_control_chars(value, multiline=name == "facts"):
                found.append(Problem(name, "control_chars"))
        if self.relationship not in RELATIONSHIPS:
            found.append(Problem("relationship", "unknown_code" if self.relationship
                                 else "missing"))
        return found


def warning_number(centre: str, year: int, seq: int) -> str:
    """A warning's number: the centre, the year and the year's sequence."""
    return f"{centre}-{year}-GJ{seq:04d}"


def flagged(warnings: int) -> bool:
    return warnings >= FLAG_AT
