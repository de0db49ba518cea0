"""Findings about typed input, as codes that the UI and CLI turn into words."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One finding about a draft, as a code the UI and CLI turn into words."""

    field: str
    code: str
    limit: int = 0


def has_control_chars(text: str, *, multiline: bool) -> bool:
    allowed = {"\n", "\t"} if multiline else set()
    return any(
        unicodedata.category(ch) in ("Cc", "Cs") and ch not in allowed
        for ch in text
    )
