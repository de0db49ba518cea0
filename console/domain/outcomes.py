"""What handling achieved, as counted by the daily tallies.

`assistance` is one of ASSISTANCE_RESULTS for help incidents: a missing person
found, a self-harm case rescued, a trapped person rescued, lost property
returned. `mediated` marks a dispute settled by mediation.
"""

from __future__ import annotations

from dataclasses import dataclass

ASSISTANCE_RESULTS: tuple[str, ...] = ("", "found", "rescued", "returned")


@dataclass(frozen=True)
class Outcome:
    people_caught: int = 0
    assistance: str = ""
    mediated: bool = False

    def __post_init__(self) -> None:
        if self.people_caught < 0 or self.people_caught > 999:
            raise ValueError("people caught must be between 0 and 999")
        if self.assistance not in ASSISTANCE_RESULTS:
            raise ValueError(f"unknown assistance result {self.assistance!r}")
