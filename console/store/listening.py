"""What a seat listens to for other seats' commits, whatever the engine behind it."""

from __future__ import annotations

from typing import Protocol


class ChangeSource(Protocol):
    """A connection that learns of commits as they happen (see `Store.listen`)."""

    def fileno(self) -> int: ...

    def drain(self) -> int: ...

    def close(self) -> None: ...
