"""The installed Qt binding keeps Python's reference counts right.

PySide6 6.12.0 lost a reference to None on every call returning void; a
console ticking its clocks for a shift then aborted. This guards the pin.
"""

import sys

from PySide6.QtWidgets import QLabel


def test_void_calls_do_not_leak_references_to_none(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(5000):
        label.setText("x")
    assert sys.getrefcount(None) >= before - 100
