"""Address keys: one spelling per place, so history look-ups match what was typed before."""

from __future__ import annotations

import re
import unicodedata

_DROP = re.compile(r"[\s,，.。、;；:：\-—_()（）#＃]+")


def address_key(address: str) -> str:
    """Fold width and case, drop spaces and punctuation.

    `田家庵区 舜耕路１２号` → `田家庵区舜耕路12号`.
    """
    folded = unicodedata.normalize("NFKC", address or "").casefold()
    return _DROP.sub("", folded)


def number_key(number: str) -> str:
    """Digits only (keeping a leading +), so `0554-123 4567` and `05541234567` match."""
    text = unicodedata.normalize("NFKC", number or "").strip()
    digits = re.sub(r"\D", "", text)
    if digits.startswith("86") and len(digits) == 13 and text.startswith("+"):
        digits = digits[2:]
    return digits
