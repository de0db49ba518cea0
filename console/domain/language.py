"""Which language the console speaks: one rule for the GUI, the CLI and the reports.

In order: a language asked for explicitly (`--lang`), then the operator's saved
choice (the GUI's Settings ▸ Language; the CLI has none), then the system locale:

- a locale that names no language (`C`, `C.UTF-8`, `POSIX`, nothing set) → Chinese,
  the centre's own language;
- a Chinese locale (`zh*`) → Chinese;
- any other named language (`en_US`, `de_DE`, …) → English.
"""

from __future__ import annotations

from collections.abc import Mapping

CHINESE = "zh_CN"
ENGLISH = "en"
LANGUAGES = (CHINESE, ENGLISH)
CENTRE_LANGUAGE = CHINESE

# Locale names that name no language at all.
_NO_LANGUAGE = frozenset({"", "c", "posix"})
# POSIX order: the first of these that is set and not empty names the messages' locale.
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")


def _language_part(locale_name: str) -> str:
    """`zh_CN.UTF-8@pinyin` → `zh`; `C.UTF-8` → `c`; `Chinese (Simplified)_China` → `chinese`."""
    name = locale_name.strip().split("@", 1)[0].split(".", 1)[0]
    return name.replace("-", "_").split("_", 1)[0].strip().lower()


def language_of_locale(locale_name: str | None) -> str:
    """The console's language for a system locale name (see the module's rule)."""
    part = _language_part(locale_name or "")
    if part in _NO_LANGUAGE or part == "zh" or part.startswith("chinese"):
        return CHINESE
    return ENGLISH


def pick_language(requested: str | None, saved: str | None, locale_name: str | None) -> str:
    """The language to use: requested, else saved, else from the system locale name."""
    for choice in (requested, saved):
        if choice in LANGUAGES:
            return str(choice)
    return language_of_locale(locale_name)


def environment_locale(environ: Mapping[str, str]) -> str:
    """The messages' locale named by the environment (`LC_ALL`, `LC_MESSAGES`, `LANG`), or ''."""
    for name in LOCALE_VARIABLES:
        value = environ.get(name, "")
        if value:
            return value
    return ""
