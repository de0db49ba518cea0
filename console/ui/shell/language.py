"""Which language the console speaks, and loading its translations.

The choice is, in order: `--lang` on the command line, the operator's saved
choice (Settings ▸ Language), the system locale (zh* → Chinese, else English).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from console.paths import resources_dir

LANGUAGES = ("zh_CN", "en")
SETTING = "ui/language"


def pick_language(requested: str | None, saved: str | None, system: str) -> str:
    """The language to use: requested, else saved, else from the system locale name."""
    for choice in (requested, saved):
        if choice in LANGUAGES:
            return str(choice)
    return "zh_CN" if system.lower().startswith("zh") else "en"


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
    return pick_language(requested, saved_language(), QLocale.system().name())


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
    installed = []
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
