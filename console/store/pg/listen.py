"""LISTEN/NOTIFY for a seat: the server's errors turned into the store's."""

from __future__ import annotations

import psycopg

from console.store.errors import DatabaseUnavailableError
from console.store.locations import shown
from console.store.pg.connect import ChangeListener


class SeatListener:
    """A `ChangeSource` over a `ChangeListener`: a lost server is a `StoreError`."""

    def __init__(self, url: str):
        self.url = url
        try:
            self._listener = ChangeListener(url)
        except psycopg.OperationalError as exc:
            raise DatabaseUnavailableError(shown(url), str(exc)) from exc

    def fileno(self) -> int:
        return self._listener.fileno()

    def drain(self) -> int:
        try:
            return self._listener.drain()
        except psycopg.OperationalError as exc:
            raise DatabaseUnavailableError(shown(self.url), str(exc)) from exc

    def close(self) -> None:
        self._listener.close()


def listen(url: str) -> SeatListener:
    return SeatListener(url)
