"""Risk assessment (风险评估) of a DV case from the checklist in `db/reference/dv_risk.toml`.

The score counts the "yes" answers (each its weight; DASH weighs them alike); the level
and the five-colour tier follow from it by the file's thresholds. A critical item
(strangulation, threats to kill, weapons) raises the tier to red whatever the count, and
the desk may raise it further by its judgement, with a reason; nothing lowers it.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from console.domain.problems import Problem

RAISED_CRITICAL, RAISED_JUDGEMENT = "critical", "judgement"
REASON_LIMIT = 500


@dataclass(frozen=True)
class Question:
    code: str
    weight: int
    critical: bool
    zh: str
    en: str

    def text(self, lang: str) -> str:
        return self.zh if lang.startswith("zh") else self.en


@dataclass(frozen=True)
class Colour:
    code: str
    rank: int  # 1 = most serious
    min: int
    visit_days: int  # 查访 interval; 0 = one follow-up only
    level: str


@dataclass(frozen=True)
class Assessment:
    answers: tuple[str, ...]  # the codes answered yes, in the checklist's order
    score: int
    level: str
    colour: str
    raised: str = ""  # "", "critical" or "judgement"
    reason: str = ""
    checklist: str = ""  # the version of the data file


@dataclass(frozen=True)
class Checklist:
    version: str
    questions: tuple[Question, ...]
    levels: tuple[tuple[str, int], ...]  # (code, min), lowest first
    colours: tuple[Colour, ...]  # most serious first
    critical_colour: str

    @classmethod
    def from_mapping(cls, raw: dict[str, Any]) -> Checklist:
        questions = tuple(Question(str(q["code"]), int(q.get("weight", 1)),
                                   bool(q.get("critical", False)), str(q["zh"]), str(q["en"]))
                          for q in raw["questions"])
        codes = [q.code for q in questions]
        if len(set(codes)) != len(codes):
            raise ValueError("dv_risk.toml: a question code is given twice")
        colours = tuple(sorted((Colour(str(c["code"]), int(c["rank"]), int(c["min"]),
                                       int(c["visit_days"]), str(c["level"]))
                                for c in raw["colours"]), key=lambda c: c.rank))
        critical = str(raw["critical"]["colour"])
        if critical not in {c.code for c in colours}:
            raise ValueError(f"dv_risk.toml: [critical] colour {critical!r} is no colour")
        levels = tuple(sorted(((str(v["code"]), int(v["min"])) for v in raw["levels"]),
                              key=lambda v: v[1]))
        return cls(str(raw["version"]), questions, levels, colours, critical)

    def colour(self, code: str) -> Colour:
        for c in self.colours:
            if c.code == code:
                return c
        raise KeyError(code)

    def level_for(self, score: int) -> str:
        found = self.levels[0][0]
        for code, least in self.levels:
            if score >= least:
                found = code
        return found

    def colour_for(self, score: int) -> Colour:
        """The tier the count alone gives: the most serious whose minimum it reaches."""
        for c in self.colours:
            if score >= c.min:
                return c
        return self.colours[-1]

    def check(self, yes: Iterable[str], judgement: str = "", reason: str = "") -> list[Problem]:
        known = {q.code for q in self.questions}
        problems = [Problem("answers", "unknown_code") for code in set(yes) - known][:1]
        if judgement and judgement not in {c.code for c in self.colours}:
            problems.append(Problem("judgement", "unknown_code"))
        if judgement and not reason.strip():
            problems.append(Problem("reason", "missing"))
        if len(reason) > REASON_LIMIT:
            problems.append(Problem("reason", "too_long"))
        return problems

    def assess(self, yes: Iterable[str], judgement: str = "", reason: str = "") -> Assessment:
        """The assessment of these "yes" answers; `judgement` a colour the desk raises it to
        (with `reason`). Call `check` first: unknown codes are ignored here."""
        said = set(yes)
        answered = tuple(q.code for q in self.questions if q.code in said)
        score = sum(q.weight for q in self.questions if q.code in said)
        colour = self.colour_for(score)
        level = self.level_for(score)
        raised = ""
        if any(q.critical for q in self.questions if q.code in said):
            critical = self.colour(self.critical_colour)
            if critical.rank < colour.rank:
                colour, level, raised = critical, critical.level, RAISED_CRITICAL
        if judgement:
            chosen = self.colour(judgement)
            if chosen.rank < colour.rank:
                colour, level, raised = chosen, chosen.level, RAISED_JUDGEMENT
        return Assessment(answered, score, level, colour.code, raised,
                          reason.strip() if raised == RAISED_JUDGEMENT or judgement else "",
                          self.version)


def load_checklist(path: Path) -> Checklist:
    with path.open("rb") as fh:
        return Checklist.from_mapping(tomllib.load(fh))


@cache
def default_checklist() -> Checklist:
    """`db/reference/dv_risk.toml` of the installed console (read once)."""
    from console.paths import db_dir

    return load_checklist(db_dir() / "reference" / "dv_risk.toml")
