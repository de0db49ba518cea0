"""What the call-taker types while a call is being saved: held, then given back in order.

A save runs off the GUI thread and may wait for the database (another seat or an
import writing). Meanwhile the form shows the call being saved and does not change
under it, and nothing typed is lost: every key and every committed Chinese string
aimed at the view is held, with the moment it was typed, and handed back once the
answer is in — into the cleared form after a confirmation (the next call, timed from
its first key), into the same call after a refusal — exactly as if the save had been
instant. The view's own shortcuts typed meanwhile (Alt+1…9, F3) are held the same
way; F2 is held by the view itself. Clicks and wheel turns on the form are ignored:
they are no typing, and the form being saved must not change.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QInputMethodEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

_KEYS = (QEvent.Type.KeyPress, QEvent.Type.KeyRelease)
_POINTER = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
            QEvent.Type.MouseButtonDblClick, QEvent.Type.ContextMenu)


@dataclass
class Held:
    at: datetime  # when it was typed
    event: QKeyEvent | QInputMethodEvent | None  # None: a new call was asked for (F2)


def matching_action(event: QKeyEvent, actions: Sequence[QAction]) -> QAction | None:
    """The enabled action whose shortcut is exactly this key, if any."""
    typed = QKeySequence(event.keyCombination())
    for action in actions:
        if action.isEnabled() and any(
                s.matches(typed) == QKeySequence.SequenceMatch.ExactMatch
                for s in action.shortcuts()):
            return action
    return None


class InputHold(QObject):
    """While `active`, keys aimed at `view` are held instead of delivered."""

    def __init__(self, view: QWidget, form: QWidget, actions: Sequence[QAction],
                 now: Callable[[], datetime]):
        super().__init__(view)
        self._view, self._form = view, form
        self._actions = list(actions)  # held rather than triggered while saving
        self._now = now
        self._held: list[Held] = []
        self.active = False

    def start(self) -> None:
        if not self.active:
            self.active = True
            app = QApplication.instance()
            if app is not None:
                app.installEventFilter(self)

    def hold_new_call(self) -> None:
        self._held.append(Held(self._now(), None))

    def release(self) -> list[Held]:
        """Stop holding; what was held, oldest first."""
        if self.active:
            self.active = False
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
        held, self._held = self._held, []
        return held

    @property
    def held(self) -> int:
        return len(self._held)

    def _in_view(self, watched: QObject) -> bool:
        return isinstance(watched, QWidget) and (
            watched is self._view or self._view.isAncestorOf(watched))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ShortcutOverride:
            # The view's own shortcuts arrive as keys, to be held like any other.
            if (isinstance(event, QKeyEvent) and self._in_view(watched)
                    and matching_action(event, self._actions) is not None):
                event.accept()
                return True
            return False
        if kind in _KEYS and isinstance(event, QKeyEvent) and self._in_view(watched):
            self._held.append(Held(self._now(), QKeyEvent(
                kind, event.key(), event.modifiers(), event.text(), event.isAutoRepeat(),
                event.count())))
            return True
        if (kind == QEvent.Type.InputMethod and isinstance(event, QInputMethodEvent)
                and self._in_view(watched)):
            if event.commitString():
                copy = QInputMethodEvent("", [])
                copy.setCommitString(event.commitString(), event.replacementStart(),
                                     event.replacementLength())
                self._held.append(Held(self._now(), copy))
            return True  # a composition in progress shows again when it is committed
        if kind in _POINTER or (kind == QEvent.Type.Wheel and isinstance(watched, QComboBox)):
            return isinstance(watched, QWidget) and (
                watched is self._form or self._form.isAncestorOf(watched))
        return False
