"""Every .ts is complete, up to date with the code, and compiled into its .qm.

Areas as in the Makefile: console/ui/<area>/ → resources/translations/<area>_zh_CN.ts,
the modules directly in console/ui/ → common_zh_CN.ts.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "console" / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
LANG = "zh_CN"


def tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


def areas() -> dict[str, list[Path]]:
    """Area name → the Python files whose strings belong in its .ts."""
    found = {"common": sorted(UI.glob("*.py"))}
    for init in sorted(UI.glob("*/__init__.py")):
        found[init.parent.name] = sorted(init.parent.rglob("*.py"))
    return found


def ts_files() -> list[Path]:
    return sorted(TRANSLATIONS.glob("*.ts"))


Key = tuple[str, str, str]  # context, source, disambiguation comment


def messages(ts: Path) -> dict[Key, ET.Element]:
    out: dict[Key, ET.Element] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            out[key] = message
    return out


def lupdate(files: list[Path], ts: Path) -> None:
    subprocess.run([tool("pyside6-lupdate"), *map(str, files), "-ts", str(ts)],
                   check=True, capture_output=True, cwd=ROOT)


def test_there_are_translations() -> None:
    assert (TRANSLATIONS / f"shell_{LANG}.ts").exists()


@pytest.mark.parametrize("ts", ts_files(), ids=lambda p: p.name)
def test_every_message_is_translated(ts: Path) -> None:
    untranslated = []
    for (context, source, _), message in messages(ts).items():
        translation = message.find("translation")
        assert translation is not None
        forms = translation.findall("numerusform") or [translation]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(
                (form.text or "").strip() for form in forms):
            untranslated.append(f"{context}: {source!r}")
    assert untranslated == []


@pytest.mark.parametrize("area", sorted(areas()))
def test_each_ts_has_every_string_of_its_area(area: str, tmp_path: Path) -> None:
    files = areas()[area]
    ts = TRANSLATIONS / f"{area}_{LANG}.ts"
    fresh = tmp_path / ts.name
    if ts.exists():
        shutil.copy(ts, fresh)
    if files:
        lupdate(files, fresh)
    found = set(messages(fresh)) if fresh.exists() else set()
    if not ts.exists():
        assert found == set(), f"{area} has strings to translate but no {ts.name}"
        return
    missing = sorted(f"{c}: {s!r}" for c, s, _ in found - set(messages(ts)))
    assert missing == [], f"run lupdate for {area} and translate the new strings"


@pytest.mark.parametrize("ts", ts_files(), ids=lambda p: p.name)
def test_each_qm_is_compiled_from_its_ts(ts: Path, tmp_path: Path) -> None:
    qm = ts.with_suffix(".qm")
    assert qm.exists(), f"run pyside6-lrelease {ts.name}"
    fresh = tmp_path / qm.name
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(fresh)],
                   check=True, capture_output=True)
    assert fresh.read_bytes() == qm.read_bytes(), f"{qm.name} is older than {ts.name}"
