"""The base of the store's services: one subject each, sharing the store's connection.

A service reads the open file, the reference data, the clock and the acting
operator through its `Store`; it holds no state of its own that another
connection would need, so `Store.reopen` gives every worker thread its own set.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import AbstractContextManager
from datetime import datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from sqlite_utils import Database

from console.domain.access import Permission
from console.domain.clock import Clock
from console.domain.reference import Reference
from console.store.change_log import ChangeLog
from console.store.db import Db
from console.store.leases import Leases
from console.store.records import Operator

if TYPE_CHECKING:
    from console.store.store import Store


class Service:
    def __init__(self, store: Store) -> None:
        self.store = store

    @property
    def conn(self) -> sqlite3.Connection:
        return self.store.conn

    @property
    def db(self) -> Database | None:
        return self.store.db

    @property
    def _db(self) -> Db:
        return self.store._db

    @property
    def path(self) -> Path:
        return self.store.path

    @property
    def reference(self) -> Reference:
        return self.store.reference

    @property
    def clock(self) -> Clock:
        return self.store.clock

    @property
    def tz(self) -> tzinfo:
        return self.store.tz

    @property
    def actor(self) -> Operator | None:
        return self.store.actor

    @property
    def role(self) -> str:
        return self.store.role

    @property
    def changes(self) -> ChangeLog:
        return self.store.changes

    @property
    def leases(self) -> Leases:
        return self.store.leases

    def require(self, permission: Permission, operator_id: int | None = None) -> None:
        self.store.require(permission, operator_id)

    def now(self) -> datetime:
        return self.store.now()

    def now_text(self) -> str:
        return self.store.now_text()

    def setting(self, key: str, default: str | None = None) -> str | None:
        return self.store.setting(key, default)

    def write(self) -> AbstractContextManager[sqlite3.Connection]:
        return self.store.write()

    def reading(self) -> AbstractContextManager[sqlite3.Connection]:
        return self.store.reading()


__all__ = ["Iterator", "Service"]
