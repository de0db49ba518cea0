"""The two questions asked before a DV call is saved: is it safe to talk now, and is this
number safe to call back (DASH practice: ask first, and which contact is safe).

The answers are DV details: a call back to an unsafe number can put the victim at risk,
and who may read them is the store's to decide (`console.domain.access`).
"""

from __future__ import annotations

from dataclasses import dataclass

from console.domain.problems import Problem

YES, NO, UNKNOWN = "yes", "no", "unknown"
ANSWERS: tuple[str, ...] = (YES, NO, UNKNOWN)


@dataclass(frozen=True)
class SafetyAnswers:
    safe_to_talk: str = UNKNOWN
    safe_number: str = UNKNOWN

    def problems(self) -> list[Problem]:
        return [Problem(name, "unknown_code")
                for name, value in (("safe_to_talk", self.safe_to_talk),
                                    ("safe_number", self.safe_number))
                if value not in ANSWERS]

    @property
    def may_call_back(self) -> bool:
        """Whether the desk may ring the number given: only when the caller said it is safe."""
        return self.safe_number == YES
