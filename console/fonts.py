"""The console's own Chinese font, so a machine without one still shows (and prints) Chinese.

`resources/fonts/` carries Console110 Sans SC, a subset of Noto Sans CJK SC
(GB2312 and every character of the console's own text, regular and bold). It
is added to Qt's font database once per process; the GUI keeps the system's
UI font for Latin and draws Chinese with it, and the PDF reports use it
throughout so a report looks the same on every machine. A character the
subset lacks (a rare name outside GB2312) still falls back to installed fonts.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QGuiApplication

from console.paths import resources_dir

FAMILY = "Console110 Sans SC"
FILES = ("Console110SansSC-Regular.otf", "Console110SansSC-Bold.otf")

_font_ids: list[int] = []


def font_files() -> list[Path]:
    """The bundled font files, regular then bold."""
    return [resources_dir() / "fonts" / name for name in FILES]


def register_fonts() -> str:
    """Add the bundled faces to Qt's font database (once per process); their family.

    Needs a QGuiApplication. Raises OSError when a file is missing or unreadable.
    """
    if QGuiApplication.instance() is None:
        raise RuntimeError("the bundled fonts need a QGuiApplication")
    if _font_ids and all(QFontDatabase.applicationFontFamilies(i) for i in _font_ids):
        return FAMILY
    _font_ids.clear()
    for path in font_files():
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            raise OSError(f"cannot load the bundled font {path}")
        _font_ids.append(font_id)
    return FAMILY


def with_chinese(font: QFont) -> QFont:
    """A copy of `font` that keeps its own face for Latin and draws Chinese in ours.

    The face is the one `font` resolves to: a generic name such as "Sans Serif"
    is no family of the database, and in front of ours would leave ours to draw
    everything.
    """
    own = QFontInfo(font).family()
    out = QFont(font)
    out.setFamilies([own, FAMILY] if own and own != FAMILY else [FAMILY])
    return out


def install_application_font(app: QGuiApplication) -> str:
    """Register the bundled faces and make them the application font's Chinese; the family."""
    family = register_fonts()
    app.setFont(with_chinese(app.font()))
    return family
