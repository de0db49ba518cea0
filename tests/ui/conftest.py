"""Fixtures every GUI test shares."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings


@pytest.fixture(autouse=True)
def settings_dir(tmp_path: Path) -> Iterator[Path]:
    """Each test has its own QSettings file (Qt caches the path once per process): the main
    window's geometry, the language and the drafts of one test never reach another."""
    folder = tmp_path / "settings"
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    yield folder
    QSettings().clear()
