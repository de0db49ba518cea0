"""Backups taken by the console itself, on the schedule an administrator set at this seat.

The schedule lives in QSettings, which belong to this computer's user account: it runs
on the seat where the administrator set it (whoever is logged in there later) and on no
other. A timer asks now and then whether the newest backup in the folder is older than
the interval (`backup_due`, so a backup taken by cron or by another seat counts too);
if so, `backup_database` runs on the operation layer's report lane, never on the GUI
thread. The outcome goes to the status bar; a failure to the message bridge, once,
with where, why and what to do, and the next try waits `RETRY_AFTER`. When the window
closes, a copy still running is abandoned at its next step (its part file removed), so
closing does not wait for a whole year's file to be copied.
"""

from __future__ import annotations

import logging
import os
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer, Signal, Slot

from console.store import Store, StoreError
from console.store.backup import DEFAULT_KEEP, BackupReport, backup_database, backup_due
from console.ui.ops import Operations

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

FOLDER_KEY = "backup/folder"
EVERY_HOURS_KEY = "backup/every_hours"  # 0: no schedule
KEEP_KEY = "backup/keep"
CHECK_MS = 60_000  # how often the timer asks whether a backup is due
FIRST_CHECK_MS = 30_000  # after login: let the views load first
RETRY_AFTER = timedelta(minutes=30)  # after a failure, not every minute with a message


@dataclass(frozen=True)
class Schedule:
    folder: str  # as typed; "" when none is set
    every_hours: int
    keep: int

    @property
    def active(self) -> bool:
        return bool(self.folder) and self.every_hours > 0

    def path(self) -> Path:
        return Path(os.path.expanduser(self.folder))


def load_schedule(settings: QSettings | None = None) -> Schedule:
    """The schedule saved at this seat; a value edited by hand into nonsense is off."""
    settings = settings or QSettings()

    def number(key: str, default: int) -> int:
        try:
            return int(str(settings.value(key, default)))
        except (TypeError, ValueError):
            return default

    folder = str(settings.value(FOLDER_KEY, "") or "")
    return Schedule(folder, max(0, number(EVERY_HOURS_KEY, 0)),
                    max(1, number(KEEP_KEY, DEFAULT_KEEP)))


def save_schedule(schedule: Schedule) -> None:
    settings = QSettings()
    settings.setValue(FOLDER_KEY, schedule.folder)
    settings.setValue(EVERY_HOURS_KEY, schedule.every_hours)
    settings.setValue(KEEP_KEY, schedule.keep)
    settings.sync()


@dataclass(frozen=True)
class Outcome:
    """What a backup run came to: its report, or why it failed in the operator's words."""

    report: BackupReport | None = None
    problem: str = ""  # "" with no report: abandoned because the console closed


class Abandoned(Exception):
    """The console closes: the copy stops between two steps."""


def run_backup(store: Store, folder: Path, keep: int,
               abandon: threading.Event | None = None) -> Outcome:
    """On the report lane: every failure a person can act on becomes a message, not a
    crash report (a missing folder is an OSError, not a StoreError)."""
    def progress(_done: int, _total: int) -> None:
        if abandon is not None and abandon.is_set():
            raise Abandoned

    try:
        return Outcome(report=backup_database(store.path, folder, keep=keep,
                                              progress=progress))
    except Abandoned:
        log.info("backup into %s abandoned: the console closes", folder)
        return Outcome()
    except (StoreError, OSError) as exc:
        log.warning("backup into %s failed: %s", folder, exc)
        return Outcome(problem=failure_text(exc, folder))


def failure_text(error: BaseException, folder: Path) -> str:
    """Where, why and what to do; every failure leaves no file and removes no backup."""
    code = getattr(error, "code", "")
    if isinstance(error, FileNotFoundError):
        why = translate("BackupSchedule", "the folder {path} does not exist").format(
            path=error.filename or folder)
        todo = translate("BackupSchedule",
                         "Create it, or choose another folder under Settings › Backups.")
    elif isinstance(error, NotADirectoryError):
        why = translate("BackupSchedule", "{path} is not a folder").format(path=folder)
        todo = translate("BackupSchedule", "Choose a folder under Settings › Backups.")
    elif isinstance(error, PermissionError) or code == "read_only":
        why = translate("BackupSchedule", "the folder cannot be written")
        todo = translate("BackupSchedule",
                         "Let this account write there, or choose another folder.")
    elif code == "disk_full":
        why = translate("BackupSchedule", "the disk holding the backup folder is full")
        todo = translate("BackupSchedule",
                         "Free space on that disk, or choose a folder on another disk.")
    elif code == "corrupt":
        why = translate("BackupSchedule", "the database file is damaged")
        todo = translate("BackupSchedule",
                         "Keep the existing backups and restore the newest sound one "
                         "(console110 restore).")
    elif code == "copy_check_failed":
        why = translate("BackupSchedule", "the copy failed its check and was not kept")
        todo = translate("BackupSchedule",
                         "It is tried again later; if it fails again, check the disk of "
                         "the backup folder.")
    elif code == "busy":
        why = translate("BackupSchedule", "the database was busy")
        todo = translate("BackupSchedule", "It is tried again later; nothing needs to be done.")
    else:
        why = str(getattr(error, "detail", "") or getattr(error, "strerror", "") or error)
        todo = translate("BackupSchedule", "Check the folder and its disk, then use Back up now.")
    return translate("BackupSchedule",
                     "The backup into {folder} failed: {why}. No older backup was "
                     "removed. {todo}").format(folder=folder, why=why, todo=todo)


class BackupSchedule(QObject):
    """Checks the schedule now and then and takes a backup when one is due."""

    finished = Signal(object)  # Outcome of a run (scheduled or asked for)

    def __init__(self, ops: Operations, stem: str, parent: QObject | None = None):
        super().__init__(parent)
        self._ops = ops
        self._stem = stem  # the database's file name without .db, as the backups are named
        self._running = False
        self._not_before: datetime | None = None  # after a failure
        self._abandon = threading.Event()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        QTimer.singleShot(FIRST_CHECK_MS, self, self.check)

    @property
    def running(self) -> bool:
        return self._running

    @Slot()
    def check(self) -> bool:
        """Start a backup if the schedule says one is due; whether one was started."""
        schedule = load_schedule()
        if not schedule.active or self._running or self._ops.closed:
            return False
        now = datetime.now()  # local time, as the backups' names are
        if self._not_before is not None and now < self._not_before:
            return False
        if not backup_due(schedule.path(), self._stem, timedelta(hours=schedule.every_hours),
                          now):
            return False
        return self.run_now(schedule.path(), schedule.keep)

    def run_now(self, folder: Path, keep: int, *, quiet: bool = False) -> bool:
        """Take a backup into `folder` now; False if one is running. `quiet`: whoever asked
        shows a failure (the dialog's "Back up now"), not the message bridge."""
        if self._running or self._ops.closed:
            return False
        self._running = True
        self._ops.read(lambda store: run_backup(store, folder, keep, self._abandon), report=True,
                       success=lambda outcome: self._done(outcome, quiet),
                       settled=self._settled, owner=self)
        return True

    def _settled(self) -> None:
        self._running = False

    def _done(self, outcome: Outcome, quiet: bool) -> None:
        self._running = False
        if outcome.report is None and outcome.problem:
            if not quiet:
                self._not_before = datetime.now() + RETRY_AFTER
                self._ops.problem.emit(outcome.problem)
        else:
            self._not_before = None
        self.finished.emit(outcome)

    def stop(self) -> None:
        """No more checks; a copy still running stops at its next step."""
        self.timer.stop()
        self._abandon.set()


def done_text(report: BackupReport) -> str:
    """The status bar's line after a backup that was taken and passed its check."""
    return translate("BackupSchedule",
                     "Backup {path} taken and checked ({size:.1f} MiB in {seconds:.1f} s); "
                     "{kept} kept.").format(path=report.path, size=report.size / 2**20,
                                            seconds=report.seconds, kept=len(report.kept))
