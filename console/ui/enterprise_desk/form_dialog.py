"""What every form dialog of the desk ends with: a line for refusals, Save and Cancel, and
Ctrl+Enter saving from any field."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)


def finish_form(dialog: QDialog, form: QFormLayout, save: Callable[[], None],
                tooltip: str = "") -> tuple[QLabel, QPushButton]:
    """Lay out `form` above a hidden refusal line and Save/Cancel; (the line, Save)."""
    problems = QLabel()
    problems.setWordWrap(True)
    problems.setStyleSheet("color: #b00020;")
    problems.hide()
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                               | QDialogButtonBox.StandardButton.Cancel)
    save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
    if tooltip:
        save_button.setToolTip(tooltip)
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    for keys in ("Ctrl+Return", "Ctrl+Enter"):
        QShortcut(QKeySequence(keys), dialog, save)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(problems)
    layout.addWidget(buttons)
    return problems, save_button
