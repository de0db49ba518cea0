"""Readable incident numbers: centre division code, local date and a daily sequence.

`340400-20261129-0017` is the 17th incident of 29 Nov 2026 at the Huainan centre
(340400). The store allocates the sequence inside the saving transaction so
that two seats never get the same number. The day is always eight digits (a year
padded to four), and a number typed or imported is accepted only when it reads
back as a real day (`is_incident_number`).
"""

from __future__ import annotations

import re
from datetime import date

_PATTERN = re.compile(r"^(\d{6})-(\d{8})-(\d{4,})$")


def format_incident_number(centre_code: str, day: date, sequence: int) -> str:
    if sequence < 1:
        raise ValueError("the daily sequence starts at 1")
    return f"{centre_code}-{day.year:04d}{day.month:02d}{day.day:02d}-{sequence:04d}"


def parse_incident_number(number: str) -> tuple[str, date, int]:
    match = _PATTERN.match(number.strip())
    if not match:
        raise ValueError(f"not an incident number: {number!r}")
    code, ymd, seq = match.groups()
    return code, date(int(ymd[:4]), int(ymd[4:6]), int(ymd[6:])), int(seq)


def is_incident_number(number: str) -> bool:
    """Whether a typed number has the form and a real day (`340400-10101-0001` has not)."""
    try:
        parse_incident_number(number)
    except ValueError:
        return False
    return True
