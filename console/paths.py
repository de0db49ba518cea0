"""Where the shipped data folders are, in a checkout and in an installed wheel.

A wheel carries `db/` and `resources/` as `console/_data/`; an editable install
or a checkout uses the folders at the top of the repository.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _data_dir(name: str) -> Path:
    bundled = _PACKAGE / "_data" / name
    if bundled.is_dir():
        return bundled
    return _PACKAGE.parent / name


def db_dir() -> Path:
    """The folder with reference data, migrations and import mappings."""
    return _data_dir("db")


def resources_dir() -> Path:
    """The folder with translations, icons and sounds."""
    return _data_dir("resources")
