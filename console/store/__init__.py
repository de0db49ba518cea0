"""The only code that speaks SQL: SQLite through sqlite-utils, schema in `db/migrations/`."""

from console.store.errors import (
    ChangedMeanwhile,
    CorruptDatabaseError,
    DatabaseBusyError,
    DatabaseUnavailableError,
    DiskFullError,
    InputRefused,
    NewerDatabaseError,
    NotADatabaseError,
    ReadOnlyDatabaseError,
    StoreError,
)
from console.store.store import Store

__all__ = [
    "ChangedMeanwhile",
    "CorruptDatabaseError",
    "DatabaseBusyError",
    "DatabaseUnavailableError",
    "DiskFullError",
    "InputRefused",
    "NewerDatabaseError",
    "NotADatabaseError",
    "ReadOnlyDatabaseError",
    "Store",
    "StoreError",
]
