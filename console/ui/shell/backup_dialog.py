"""The administrator's backup settings for this seat: folder, interval, copies kept.

Keyboard first: the folder field has the cursor, Tab walks the fields, Enter saves,
Esc leaves without saving. "Back up now" takes a backup into the folder as typed
(on the report lane, like a scheduled one) and shows its outcome here. A folder is
refused in place, with the typed text kept, unless it exists or its parent does (the
backup makes the last level, as `console110 backup` does: a mistyped tree is not made).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from console.store.backup import backups
from console.ui.shell.backup_schedule import (
    BackupSchedule,
    Outcome,
    Schedule,
    done_text,
    load_schedule,
    save_schedule,
)

MAX_HOURS = 168  # a week
MAX_KEEP = 999


class BackupDialog(QDialog):
    def __init__(self, schedule: BackupSchedule, stem: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._schedule = schedule
        self._stem = stem
        self.setObjectName("backupDialog")
        self.setWindowTitle(self.tr("Backups"))
        saved = load_schedule()

        self.folder = QLineEdit(saved.folder)
        self.folder.setObjectName("backupFolder")
        self.folder.setPlaceholderText(self.tr("e.g. /mnt/backup/console110"))
        self.folder.setMinimumWidth(360)
        self.folder.textChanged.connect(self._show_latest)
        self.browse = QPushButton(self.tr("&Browse…"))
        self.browse.setObjectName("backupBrowse")
        self.browse.setAutoDefault(False)
        self.browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)

        self.every = QSpinBox()
        self.every.setObjectName("backupEvery")
        self.every.setRange(0, MAX_HOURS)
        self.every.setSuffix(self.tr(" h"))
        self.every.setSpecialValueText(self.tr("never (no schedule)"))
        self.every.setValue(saved.every_hours)
        self.keep = QSpinBox()
        self.keep.setObjectName("backupKeep")
        self.keep.setRange(1, MAX_KEEP)
        self.keep.setValue(saved.keep)

        self.now_button = QPushButton(self.tr("Back &up now"))
        self.now_button.setObjectName("backupNow")
        self.now_button.setAutoDefault(False)
        self.now_button.clicked.connect(self.back_up_now)

        self.latest = QLabel()
        self.latest.setObjectName("backupLatest")
        self.latest.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("backupMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        note = QLabel(self.tr(
            "The schedule runs while the console is open on this seat (it is kept for this "
            "computer's user account); for a host where nobody stays logged in, run "
            "`console110 backup` from cron or the Task Scheduler instead."))
        note.setObjectName("backupNote")
        note.setWordWrap(True)

        folder_label = QLabel(self.tr("Backup &folder:"))
        folder_label.setBuddy(self.folder)
        form = QFormLayout()
        form.addRow(folder_label, folder_row)
        form.addRow(self.tr("&Every:"), self.every)
        form.addRow(self.tr("&Keep copies:"), self.keep)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.now_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.latest)
        layout.addWidget(self.message)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        for first, second in ((self.folder, self.browse), (self.browse, self.every),
                              (self.every, self.keep), (self.keep, self.now_button)):
            QWidget.setTabOrder(first, second)
        self.folder.setFocus(Qt.FocusReason.OtherFocusReason)
        schedule.finished.connect(self._finished)
        self._show_latest()

    # --- what is typed ----------------------------------------------------------------------

    def typed(self) -> Schedule:
        return Schedule(self.folder.text().strip(), self.every.value(), self.keep.value())

    def _folder_problem(self, schedule: Schedule) -> str:
        """Why the typed folder cannot take backups, or ""."""
        if not schedule.folder:
            return self.tr("Type the folder the backups go to.")
        path = schedule.path()
        if not path.is_absolute():
            return self.tr("Type the folder's full path (e.g. /mnt/backup/console110).")
        if path.exists() and not path.is_dir():
            return self.tr("{path} is a file, not a folder.").format(path=path)
        if not path.exists() and not path.parent.is_dir():
            return self.tr("Neither {path} nor its parent folder exists: create the parent "
                           "folder or correct the path.").format(path=path)
        return ""

    def _refuse(self, text: str) -> None:
        self.message.setStyleSheet("color: #c62828;")
        self.message.setText(text)
        self.folder.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_latest(self) -> None:
        folder = self.folder.text().strip()
        found = backups(Path(os.path.expanduser(folder)), self._stem) if folder else []
        if found:
            self.latest.setText(self.tr("Newest backup here: {name} ({count} in the folder).")
                                .format(name=found[0].path.name, count=len(found)))
        else:
            self.latest.setText(self.tr("No backup of this database in that folder yet."))

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"),
                                                  self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    # --- actions ----------------------------------------------------------------------------

    def accept(self) -> None:
        """Save the schedule; a schedule without a usable folder is refused in place."""
        schedule = self.typed()
        if schedule.every_hours > 0 or schedule.folder:
            problem = self._folder_problem(schedule)
            if problem:
                self._refuse(problem)
                return
        save_schedule(schedule)
        super().accept()

    def back_up_now(self) -> None:
        schedule = self.typed()
        problem = self._folder_problem(schedule)
        if problem:
            self._refuse(problem)
            return
        if not self._schedule.run_now(schedule.path(), schedule.keep, quiet=True):
            self.message.setStyleSheet("")
            self.message.setText(self.tr("A backup is being taken already."))
            return
        self.now_button.setEnabled(False)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Taking the backup…"))

    def _finished(self, outcome: Outcome) -> None:
        self.now_button.setEnabled(True)
        if outcome.report is not None:
            self.message.setStyleSheet("")
            self.message.setText(done_text(outcome.report))
        else:
            self.message.setStyleSheet("color: #c62828;")
            self.message.setText(outcome.problem)
        self._show_latest()
