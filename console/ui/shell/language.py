"""Which language the console speaks, and loading its translations.

The choice follows `console.domain.language.pick_language`, the rule the CLI's
reports follow too: `--lang` on the command line, the operator's saved choice
(Settings ▸ Language), then the system locale (none named, as with `C` or
`POSIX`, or zh* → Chinese; any other language → English).

Qt's own dialogs (file dialogs, message boxes) speak Chinese through Qt's
catalogue `qtbase_zh_CN.qm`; the few of their strings that catalogue lacks are
filled in by `QtGapsTranslator`.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from console.domain.language import LANGUAGES, environment_locale, pick_language
from console.paths import resources_dir

__all__ = ["LANGUAGES", "QtGapsTranslator", "choose_language", "install_translators",
           "pick_language", "remove_translators", "save_language", "saved_language",
           "translation_files"]

SETTING = "ui/language"
# Strings of Qt's own dialogs that Qt's Chinese catalogue (qtbase_zh_CN.qm) lacks:
# (context, source) → translation. Qt 6 added mnemonics to these labels.
QT_GAPS: dict[str, dict[tuple[str, str], str]] = {
    "zh_CN": {
        ("QFileDialog", "&Look in:"): "查找范围(&L)：",
        ("QFileDialog", "Files of &type:"): "文件类型(&T)：",
    },
}


def saved_language() -> str | None:
    value = QSettings().value(SETTING)
    return str(value) if value in LANGUAGES else None


def save_language(lang: str) -> None:
    if lang not in LANGUAGES:
        raise ValueError(lang)
    settings = QSettings()
    settings.setValue(SETTING, lang)
    settings.sync()


def choose_language(requested: str | None) -> str:
    """The GUI's language: the environment's locale as the CLI reads it, else Qt's (Windows)."""
    system = environment_locale(os.environ) or QLocale.system().name()
    return pick_language(requested, saved_language(), system)


class QtGapsTranslator(QTranslator):
    """Fills in the strings of Qt's own dialogs that Qt's catalogue for `lang` lacks."""

    def __init__(self, lang: str, parent: QCoreApplication | None = None):
        super().__init__(parent)
        self._strings = QT_GAPS.get(lang, {})

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        # None (a null string) means "not here": Qt asks the next translator, or shows the
        # source. An empty string would be taken as the translation and blank the text.
        return self._strings.get((context, source))

    def isEmpty(self) -> bool:
        return not self._strings


def translation_files(lang: str) -> list[str]:
    """Every .qm to load for `lang`: the console's own areas, then Qt's."""
    if lang == "en":
        return []
    folder = resources_dir() / "translations"
    files = [str(p) for p in sorted(folder.glob(f"*_{lang}.qm"))]
    qtbase = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    qtbase /= f"qtbase_{lang}.qm"
    if qtbase.is_file():
        files.append(str(qtbase))
    return files


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Load and install the translations; keep the list to remove them later."""
    installed: list[QTranslator] = []
    gaps = QtGapsTranslator(lang, app)
    if not gaps.isEmpty():  # installed first, so asked last: only for what no catalogue has
        app.installTranslator(gaps)
        installed.append(gaps)
    for path in translation_files(lang):
        translator = QTranslator(app)
        if translator.load(path):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
        translator.deleteLater()
