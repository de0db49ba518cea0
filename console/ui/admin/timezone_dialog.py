"""时区: the centre's time zone, whose calendar days are the tally days.

The administrator picks an IANA zone (typed, with completion, or from the list). On a
database without calls the change is simply stored. Once calls are counted on the old zone's
days the store refuses it, and the dialog says so: ticking "recount" confirms, and then every
stored call's and incident's day is re-derived in the same transaction as the setting (a
busy bar shows while it runs on the write lane). Other seats count by the new zone after
their next start.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo, available_timezones

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from console.store import Store
from console.store.importer import TimezoneRefused
from console.ui.context import ViewContext
from console.ui.ops import error_text

RED = "color: #c62828;"


def zone_name(store: Store) -> str:
    return str(getattr(store.tz, "key", store.tz))


class TimezoneDialog(QDialog):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.busy = False
        self.moved = 0
        self._focus_next: QWidget | None = None  # where the cursor goes once a save settled
        self.setObjectName("timezoneDialog")
        self.setWindowTitle(self.tr("Time zone"))
        self.zones = sorted(available_timezones())

        self.current = QLabel()
        self.current.setObjectName("timezoneCurrent")
        self.zone = QComboBox()
        self.zone.setObjectName("timezoneZone")
        self.zone.setEditable(True)
        self.zone.addItems(self.zones)
        self.zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(self.zones, self.zone)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
        self.zone.setCompleter(completer)
        self.zone.setMinimumWidth(300)
        self.recount = QCheckBox(self.tr("&Recount: move every stored call and incident to "
                                         "its day in the new zone"))
        self.recount.setObjectName("timezoneRecount")
        self.recount.setVisible(False)  # offered once the store says a recount is needed
        self.bar = QProgressBar()
        self.bar.setObjectName("timezoneProgress")
        self.bar.setRange(0, 0)
        self.bar.setVisible(False)
        self.message = QLabel()
        self.message.setObjectName("timezoneMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        note = QLabel(self.tr("The tally day of every call is its calendar day in the centre's "
                              "time zone. Other seats count by a new zone after their next "
                              "start."))
        note.setWordWrap(True)

        zone_label = QLabel(self.tr("&Time zone:"))
        zone_label.setBuddy(self.zone)
        form = QFormLayout()
        form.addRow(self.tr("Now:"), self.current)
        form.addRow(zone_label, self.zone)
        form.addRow("", self.recount)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.bar)
        layout.addWidget(self.message)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self._show_current()
        self.zone.setFocus(Qt.FocusReason.OtherFocusReason)
        line = self.zone.lineEdit()
        if line is not None:
            line.selectAll()  # typing replaces the zone shown

    def _show_current(self) -> None:
        name = zone_name(self.ctx.store)
        self.current.setText(name)
        self.zone.setEditText(name)

    def _refuse(self, text: str) -> None:
        self.message.setStyleSheet(RED)
        self.message.setText(text)

    def save(self) -> None:
        """Store the typed zone; refused in place (the text kept) when it is unknown or
        would move counted calls without a recount."""
        if self.busy:
            return
        name = self.zone.currentText().strip()
        if name not in self.zones:
            self._refuse(self.tr("{zone} is not a time zone: type an IANA name such as "
                                 "Asia/Shanghai or America/Los_Angeles.").format(zone=name))
            self.zone.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if name == zone_name(self.ctx.store):
            self.accept()
            return
        recount = self.recount.isVisible() and self.recount.isChecked()

        def work(store: Store) -> int | TimezoneRefused:
            try:
                return store.imports.set_timezone(name, recount=recount)
            except TimezoneRefused as exc:
                return exc

        self.busy = True
        self.bar.setVisible(True)
        self.buttons.setEnabled(False)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Recounting every stored day…") if recount
                             else self.tr("Saving…"))
        self.ctx.ops.write(work, success=lambda result: self._saved(name, result),
                           failure=self._failed, settled=self._settled, owner=self)

    def _saved(self, name: str, result: int | TimezoneRefused) -> None:
        if isinstance(result, TimezoneRefused):
            if result.calls:
                self._refuse(self.tr(
                    "The database holds {calls} calls counted on the days of {current}: a new "
                    "time zone moves calls to other days. Nothing was changed. Tick "
                    "\"Recount\" and save again to move every stored call and incident to its "
                    "day in {zone} (in one transaction; signed-off days keep their frozen "
                    "figures and show the difference).").format(
                        calls=f"{result.calls:,}", current=result.current, zone=name))
                self.recount.setVisible(True)
                self._focus_next = self.recount
            else:
                self._refuse(str(result))
            return
        self.ctx.store.tz = ZoneInfo(name)  # this seat's own reads from now on
        self.moved = result
        self.message.setStyleSheet("")
        self.message.setText(self.tr("The centre's time zone is now {zone}; {moved} calls and "
                                     "incidents moved to another day.").format(
                                         zone=name, moved=f"{result:,}"))
        self.current.setText(name)
        self.recount.setChecked(False)
        self.recount.setVisible(False)

    def _failed(self, error: BaseException) -> bool:
        self._refuse(error_text(error))
        return True

    def _settled(self) -> None:
        self.busy = False
        self.bar.setVisible(False)
        self.buttons.setEnabled(True)
        if self._focus_next is not None:
            self._focus_next.setFocus(Qt.FocusReason.OtherFocusReason)
            self._focus_next = None
