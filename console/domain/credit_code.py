"""The unified social credit code (统一社会信用代码, GB 32100-2015) and its check digit.

A registry that accepts a mistyped code cannot match the enterprise later, so a code is
checked before it is stored: 18 characters from the standard's 31-character set
(digits and capitals without I, O, S, V, Z), an administrative-division code of six
digits in places 3–8, and a last character that is the check digit of the first 17.
"""

from __future__ import annotations

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
LENGTH = 18


def normalise(text: str) -> str:
    """As typed or pasted: spaces dropped, full-width characters folded, capitals."""
    folded = "".join(chr(ord(ch) - 0xFEE0) if "！" <= ch <= "～" else ch for ch in text)
    return "".join(folded.split()).upper()


def check_digit(first17: str) -> str:
    """The 18th character for these 17 (each from ALPHABET)."""
    total = sum(ALPHABET.index(ch) * w for ch, w in zip(first17, WEIGHTS, strict=True))
    return ALPHABET[(31 - total % 31) % 31]


def problem(code: str) -> str | None:
    """Why a (normalised) code is not valid: 'length', 'characters', 'division',
    'check_digit'; None when it is."""
    if len(code) != LENGTH:
        return "length"
    if any(ch not in ALPHABET for ch in code):
        return "characters"
    if not code[2:8].isdigit():
        return "division"
    if check_digit(code[:17]) != code[17]:
        return "check_digit"
    return None


def is_valid(code: str) -> bool:
    return problem(normalise(code)) is None
