"""The sign-off dialog (日评查签核): the day, what is still open, an optional note.

A day with open incidents is not signed unawares: the dialog says how many are open and
names the first few; its default button is "Go back" (Enter and Escape both leave without
signing) and the supervisor must choose "Sign anyway" (Tab to it, or Alt+S). A day with
nothing open signs with Enter or Ctrl+Enter. Tab walks note → buttons.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.store.signoff import NOTE_LIMIT, DayOpen


class SignOffDialog(QDialog):
    def __init__(self, day: date, still_open: DayOpen,
                 category_name: Callable[[str | None], str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("signOffDialog")
        self.setWindowTitle(self.tr("Sign off day"))
        self.still_open = still_open
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Sign off %1? Its figures will be frozen as they are now.")
                       .replace("%1", day.isoformat()))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.warning = QLabel()
        self.warning.setObjectName("openWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("background: #FDE2E1; color: #8A1C12; padding: 6px;")
        if still_open.count:
            lines = [self.tr("%n incident(s) of this day are still open:", "",
                             still_open.count)]
            lines += [f"• {item.number}　{category_name(item.category_code)}"
                      for item in still_open.first]
            more = still_open.count - len(still_open.first)
            if more > 0:
                lines.append(self.tr("… and %n more.", "", more))
            lines.append(self.tr("Signed now, they are frozen as open. Go back to bring them "
                                 "to a close first, or sign anyway."))
            self.warning.setText("\n".join(lines))
            layout.addWidget(self.warning)
        else:
            self.warning.hide()

        note_label = QLabel(self.tr("&Note (optional):"))
        self.note = QLineEdit()
        self.note.setMaxLength(NOTE_LIMIT)
        note_label.setBuddy(self.note)
        layout.addWidget(note_label)
        layout.addWidget(self.note)

        self.buttons = QDialogButtonBox()
        if still_open.count:
            self.sign_button = QPushButton(self.tr("&Sign anyway"))
            self.back_button = QPushButton(self.tr("Go &back"))
        else:
            self.sign_button = QPushButton(self.tr("&Sign off"))
            self.back_button = QPushButton(self.tr("Cancel"))
        self.sign_button.setObjectName("signButton")
        self.back_button.setObjectName("backButton")
        self.buttons.addButton(self.sign_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.back_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        # Enter presses the default button: "Go back" while incidents are open.
        default = self.back_button if still_open.count else self.sign_button
        default.setDefault(True)
        if not still_open.count:
            for keys in ("Ctrl+Return", "Ctrl+Enter"):
                QShortcut(QKeySequence(keys), self, activated=self.accept)
        self.setTabOrder(self.note, self.sign_button)
        self.setTabOrder(self.sign_button, self.back_button)
        self.note.setFocus()
        self.setMinimumWidth(460)

    def note_text(self) -> str:
        return self.note.text().strip()
