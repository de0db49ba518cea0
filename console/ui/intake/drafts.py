"""The unsaved call kept on disk while typing, so a crash or kill loses nothing.

One file per database and operator under the application data folder, written
a moment (300 ms) after the last keystroke through `QSaveFile`, so the file on
disk is always either the previous or the new draft, never half of one.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSaveFile, QStandardPaths, QTimer

from console.domain.calls import CallDraft

DEBOUNCE_MS = 300


def draft_path(db_path: Path | str, username: str) -> Path:
    """Where one operator's draft for one database is kept (a file, or a server's URL)."""
    base = Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.AppDataLocation))
    where = db_path if isinstance(db_path, str) else str(Path(db_path).resolve())
    digest = hashlib.sha1(where.encode("utf-8")).hexdigest()[:16]
    safe_user = "".join(ch if ch.isalnum() else "_" for ch in username) or "operator"
    return base / "drafts" / f"intake-{digest}-{safe_user}.json"


class DraftKeeper(QObject):
    """Writes the form's draft after a pause in typing; reads it back after a crash."""

    def __init__(self, path: Path, snapshot: Callable[[], CallDraft | None],
                 parent: QObject | None = None, debounce_ms: int = DEBOUNCE_MS):
        super().__init__(parent)
        self.path = path
        self._snapshot = snapshot
        self.last_error = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self.flush)

    def touch(self) -> None:
        """Something was typed: write the draft after the pause."""
        self._timer.start()

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def flush(self) -> bool:
        """Write now (or remove the file when there is nothing worth keeping)."""
        self._timer.stop()
        draft = self._snapshot()
        if draft is None:
            self.clear()
            return True
        data = json.dumps(draft.to_dict(), ensure_ascii=False, indent=1).encode("utf-8")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        out = QSaveFile(str(self.path))
        if not out.open(QSaveFile.OpenModeFlag.WriteOnly):
            self.last_error = out.errorString()
            return False
        out.write(data)
        if not out.commit():
            self.last_error = out.errorString()
            return False
        self.last_error = ""
        return True

    def clear(self) -> None:
        self._timer.stop()
        self.path.unlink(missing_ok=True)

    def load(self) -> CallDraft | None:
        """The draft left by an earlier session, or None (an unreadable file is set aside)."""
        if not self.path.exists():
            return None
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return CallDraft.from_dict(data)
        except (OSError, ValueError, TypeError, KeyError):
            with contextlib.suppress(OSError):
                self.path.replace(self.path.with_suffix(".unreadable"))
            return None
