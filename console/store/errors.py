"""Errors the user can act on, each with a code the UI and CLI turn into words.

Anything else raised from the store is a bug and is reported as one.
"""

from __future__ import annotations

from pathlib import Path

from console.domain.calls import Problem


class StoreError(Exception):
    """A known problem with the database file: tell the user, change nothing."""

    code = "store"

    def __init__(self, path: Path | str, detail: str = ""):
        super().__init__(f"{self.code}: {path} {detail}".strip())
        self.path = Path(path)
        self.detail = detail


class NotADatabaseError(StoreError):
    code = "not_a_database"


class NewerDatabaseError(StoreError):
    code = "newer_version"


class ReadOnlyDatabaseError(StoreError):
    code = "read_only"


class DatabaseBusyError(StoreError):
    code = "busy"


class DiskFullError(StoreError):
    """The disk (or the user's quota) is full: nothing of the action was written."""

    code = "disk_full"


class CorruptDatabaseError(StoreError):
    """SQLite found damage in the file: stop writing, restore from a backup."""

    code = "corrupt"


class DatabaseUnavailableError(StoreError):
    """The file could not be read just now (disk or share trouble); worth retrying."""

    code = "unavailable"


class CopyCheckFailedError(StoreError):
    """A backup (just made, or about to be restored) failed its check: it is not kept
    or not used."""

    code = "copy_check_failed"


class TargetExistsError(StoreError):
    """A file is in the way: restoring writes a new file and never replaces one."""

    code = "target_exists"


class InputRefused(ValueError):
    """A save refused because some input is impossible; nothing was written."""

    def __init__(self, problems: list[Problem]):
        super().__init__("; ".join(f"{p.field}: {p.code}" for p in problems))
        self.problems = problems


class ChangedMeanwhile(InputRefused):
    """Another seat changed the incident after this one read it: nothing was saved, so no
    one's update is lost silently; the seat reads the incident again and decides."""

    def __init__(self, incident_id: int, changed_at: str, changed_by: str):
        super().__init__([Problem("incident", "changed_meanwhile")])
        self.incident_id = incident_id
        self.changed_at = changed_at  # stored UTC text of the other seat's change
        self.changed_by = changed_by  # their display name ("" when the system changed it)
