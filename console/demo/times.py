"""Time in the generator: epoch milliseconds, and their stored text without a datetime per row."""

from __future__ import annotations

from datetime import UTC, datetime

SEC = 1000
MIN = 60 * SEC
HOUR = 60 * MIN
DAY = 24 * HOUR


def epoch_ms(moment: datetime) -> int:
    return round(moment.timestamp() * 1000)


class Times:
    """Epoch milliseconds → stored time text from precomputed pieces.

    The same text as console.domain.clock.to_stored, which the tests check.
    """

    def __init__(self) -> None:
        days: dict[int, str] = {}
        hms = [f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}." for s in range(86_400)]
        millis = [f"{m:03d}Z" for m in range(1000)]

        def text(ms: int, day_ms: int = DAY) -> str:
            day = ms // day_ms
            prefix = days.get(day)
            if prefix is None:
                prefix = days[day] = datetime.fromtimestamp(day * 86_400, UTC).strftime(
                    "%Y-%m-%dT")
            rest = ms - day * day_ms
            return prefix + hms[rest // 1000] + millis[rest % 1000]

        def maybe(ms: int | None) -> str | None:
            return None if ms is None else text(ms)

        self.text = text
        self.maybe = maybe
