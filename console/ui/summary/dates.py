"""A date field that takes a date typed on the keyboard, from wherever its cursor is.

QDateEdit alone only replaces a section that is selected: after a click the cursor sits
inside a section and typed digits are refused, and a typed separator skips a section
that had already advanced by itself. Here:

- a click selects the section clicked, so typing replaces it (Up/Down still step it);
- with the whole text selected (Ctrl+A), typing starts at the year;
- a separator (`-`, `/`, `.`, space) right after a section filled itself is not taken as
  a second "next section";
- eight digits typed in a row (20261204, or 2026-12-04 with separators) set that date,
  whichever section they were typed into, and select the year for the next one;
- F4 or Alt+Down opens the calendar (arrows move, Enter picks, Escape closes it).
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QObject, QPointF, Qt, QTimer
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QStyle, QStyleOptionComboBox, QWidget

DISPLAY_FORMAT = "yyyy-MM-dd"
SEPARATORS = frozenset("-/. ")
DIGITS = frozenset("0123456789")


class DateEdit(QDateEdit):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(DISPLAY_FORMAT)
        self._digits = ""  # digits typed in a row
        self._advanced = False  # the last digit filled its section and moved on
        self.lineEdit().installEventFilter(self)

    # -- keys ---------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, text = event.key(), event.text()
        alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if key == Qt.Key.Key_F4 or (key == Qt.Key.Key_Down and alt):
            self.open_calendar()
            event.accept()
            return
        if len(text) == 1 and text in DIGITS:
            line = self.lineEdit()
            if line.hasSelectedText() and line.selectedText() == line.text():
                self.setSelectedSection(QDateTimeEdit.Section.YearSection)
            before = self.currentSectionIndex()
            self._digits = (self._digits + text)[-8:]
            super().keyPressEvent(event)
            self._advanced = self.currentSectionIndex() != before
            self._take_typed_date()
            return
        if len(text) == 1 and text in SEPARATORS:
            if self._advanced:  # the section moved on by itself: this separator is that move
                self._advanced = False
                event.accept()
                return
            # Any separator moves on, as the display's own "-" does.
            super().keyPressEvent(QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Minus,
                                            Qt.KeyboardModifier.NoModifier, "-"))
            return
        self._digits, self._advanced = "", False
        super().keyPressEvent(event)

    def _take_typed_date(self) -> None:
        if len(self._digits) != 8:
            return
        typed = QDate(int(self._digits[:4]), int(self._digits[4:6]), int(self._digits[6:]))
        self._digits = ""
        if typed.isValid() and self.minimumDate() <= typed <= self.maximumDate():
            if typed != self.date():
                self.setDate(typed)
            # Ready for the next date typed whole; Right/Left move to another part.
            self.setSelectedSection(QDateTimeEdit.Section.YearSection)
            self._advanced = False

    # -- mouse and focus ----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A click in the text (the line edit inside takes it) selects the section clicked."""
        if watched is self.lineEdit() and event.type() == QEvent.Type.MouseButtonRelease:
            QTimer.singleShot(0, self._select_clicked_section)  # once the click has placed it
        return super().eventFilter(watched, event)

    def _select_clicked_section(self) -> None:
        self._digits, self._advanced = "", False
        if self.hasFocus() and not self.lineEdit().hasSelectedText():
            self.setSelectedSection(self.currentSection())

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._digits, self._advanced = "", False

    # -- the calendar -------------------------------------------------------------------------

    def open_calendar(self) -> None:
        """Open the calendar popup, as a click on the arrow does."""
        option = QStyleOptionComboBox()
        option.initFrom(self)
        option.editable = True
        option.frame = True
        option.subControls = QStyle.SubControl.SC_All
        arrow = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxArrow, self)
        at = QPointF(arrow.center())
        for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
            click = QMouseEvent(kind, at, QPointF(self.mapToGlobal(at)),
                                Qt.MouseButton.LeftButton,
                                Qt.MouseButton.LeftButton if kind == QEvent.Type.MouseButtonPress
                                else Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
            if kind == QEvent.Type.MouseButtonPress:
                super().mousePressEvent(click)
            else:
                super().mouseReleaseEvent(click)
