"""One language rule for the GUI and the CLI's reports: --lang, then the locale (none → Chinese)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from console.cli import main
from console.domain.language import environment_locale, language_of_locale, pick_language
from console.ui.shell import language as gui_language

LOCALES = [
    ("C", "zh_CN"), ("C.UTF-8", "zh_CN"), ("POSIX", "zh_CN"), ("", "zh_CN"), (None, "zh_CN"),
    ("zh_CN", "zh_CN"), ("zh_CN.UTF-8", "zh_CN"), ("zh_TW.UTF-8", "zh_CN"),
    ("en_US", "en"), ("en_US.UTF-8", "en"), ("de_DE", "en"), ("de_DE.UTF-8@euro", "en"),
]


@pytest.mark.parametrize(("locale_name", "expected"), LOCALES)
def test_the_locale_rule(locale_name: str | None, expected: str) -> None:
    assert language_of_locale(locale_name) == expected
    assert pick_language(None, None, locale_name) == expected


@pytest.mark.parametrize("locale_name", ["C", "zh_CN", "en_US", "de_DE"])
def test_an_explicit_lang_wins_then_the_saved_choice(locale_name: str) -> None:
    assert pick_language("en", "zh_CN", locale_name) == "en"
    assert pick_language("zh_CN", "en", locale_name) == "zh_CN"
    assert pick_language(None, "en", locale_name) == "en"
    assert pick_language("klingon", None, "de_DE") == "en"  # unknown requests are ignored


def test_the_environment_names_the_locale_in_posix_order() -> None:
    assert environment_locale({}) == ""
    assert environment_locale({"LANG": "C.UTF-8"}) == "C.UTF-8"
    assert environment_locale({"LANG": "de_DE.UTF-8", "LC_MESSAGES": "en_US"}) == "en_US"
    assert environment_locale({"LANG": "de_DE", "LC_MESSAGES": "en_US", "LC_ALL": "zh_CN"}) \
        == "zh_CN"
    assert environment_locale({"LANG": "en_US", "LC_ALL": ""}) == "en_US"


def _without_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)


@pytest.mark.parametrize(("locale_name", "expected"),
                         [("C", "zh_CN"), ("C.UTF-8", "zh_CN"), ("POSIX", "zh_CN"),
                          ("zh_CN.UTF-8", "zh_CN"), ("en_US.UTF-8", "en"), ("de_DE.UTF-8", "en")])
def test_gui_and_report_agree(locale_name: str, expected: str, tmp_path: Path,
                              monkeypatch: pytest.MonkeyPatch, qapp) -> None:  # type: ignore[no-untyped-def]
    _without_locale(monkeypatch)
    monkeypatch.setenv("LANG", locale_name)
    monkeypatch.setattr(gui_language, "saved_language", lambda: None)
    assert gui_language.choose_language(None) == expected
    db, out = tmp_path / "c.db", tmp_path / "day.json"
    assert main(["init", "--db", str(db)]) == 0
    assert main(["report", "--db", str(db), "--from", "2026-11-28", "--to", "2026-11-28",
                 "--format", "json", "--out", str(out)]) == 0
    assert json.loads(out.read_text("utf-8"))["lang"] == expected


@pytest.mark.parametrize("argv_lang", [["--lang", "en"], ["--lang", "zh_CN"]])
def test_an_explicit_report_lang_wins(argv_lang: list[str], tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    _without_locale(monkeypatch)
    monkeypatch.setenv("LANG", "de_DE.UTF-8" if argv_lang[1] == "zh_CN" else "C")
    db = tmp_path / "c.db"
    assert main(["init", "--db", str(db)]) == 0
    for before, after in ((argv_lang, []), ([], argv_lang)):
        out = tmp_path / f"day{len(before)}.json"
        assert main([*before, "report", "--db", str(db), "--from", "2026-11-28",
                     "--to", "2026-11-28", "--format", "json", "--out", str(out),
                     *after]) == 0
        assert json.loads(out.read_text("utf-8"))["lang"] == argv_lang[1]
    monkeypatch.setattr(gui_language, "saved_language", lambda: None)
    assert gui_language.choose_language(argv_lang[1]) == argv_lang[1]


def test_qt_dialogs_speak_chinese(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QFileDialog, QLabel

    translators = gui_language.install_translators(qapp, "zh_CN")
    try:
        dialog = QFileDialog()
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        texts = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
        assert texts and all(any("\u4e00" <= ch <= "\u9fff" for ch in t) for t in texts), texts
        dialog.deleteLater()
        # A string no catalogue has is shown as written, never blank.
        assert QCoreApplication.translate("Nowhere", "Not translated") == "Not translated"
        assert QCoreApplication.translate("QFileDialog", "Not a Qt string") == "Not a Qt string"
    finally:
        gui_language.remove_translators(qapp, translators)
