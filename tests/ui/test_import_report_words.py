"""The administrator's import report speaks the user's language throughout: a notice's detail
and a bad row's reason are said from their code and values, not left in the importer's
English inside a Chinese report."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest

from console.domain.mapping import SourceError, load_mapping
from console.store import Store
from console.ui.admin.report_text import headline, report_html, source_problem
from console.ui.shell.language import install_translators, remove_translators
from tests.test_import import GOOD_ROWS, MAPPING


def imported(store: Store, tmp_path: Path) -> object:
    """A file with a blank line, a row of the wrong width, an unreadable time, a time before
    the one it follows, and no line break at its end; imported twice (the second run skips
    every row as imported before)."""
    mapping_path = tmp_path / "test_city.toml"
    mapping_path.write_text(MAPPING, encoding="utf-8")
    data = tmp_path / "day.csv"
    data.write_text("\n".join([
        *GOOD_ROWS, "",
        "soon,,,,THEFT,B,N1,淮舜路1号,,R9",
        "2026-11-21 09:00:00,2026-11-21 08:00:00,,,THEFT,B,N1,淮舜路2号,,R10",
        "2026-11-21 10:00:00,,,,THEFT",
    ]), encoding="utf-8")
    mapping = load_mapping(mapping_path)
    store.imports.import_calls([data], mapping, skip_bad=True)
    return store.imports.import_calls([data], mapping, skip_bad=True)


def test_the_report_in_chinese_has_no_english_sentence(qapp, store: Store,  # type: ignore[no-untyped-def]
                                                       tmp_path: Path) -> None:
    report = imported(store, tmp_path)
    english = unescape(re.sub(r"<[^>]+>", " ", report_html(report, headline(report))))  # type: ignore[arg-type]
    assert "its last line may be cut short" in english
    assert 'line 6: received time "soon" matches no time format' in english

    translators = install_translators(qapp, "zh_CN")
    try:
        html = report_html(report, headline(report))  # type: ignore[arg-type]
    finally:
        remove_translators(qapp, translators)
    text = unescape(re.sub(r"<[^>]+>", " ", html))
    for said in ("最后一行可能不完整", "已跳过 1 个空行", "3 行已用此映射导入过",
                 "第 6 行：接警时间“soon”不符合映射中的任何时间格式",
                 "第 7 行：派警时间早于接警时间", "第 8 行：本行 5 个字段，表头有 10 个"):
        assert said in text, (said, text)
    # no English word left: the mapping's name and the value as written aside
    words = re.findall(r"[A-Za-z]{4,}", re.sub(r"%[A-Za-z]", "", text))
    assert set(words) <= {"test", "city", "soon"}, words


def test_a_file_the_mapping_does_not_fit_is_refused_in_chinese(qapp, store: Store,  # type: ignore[no-untyped-def]
                                                               tmp_path: Path) -> None:
    mapping_path = tmp_path / "test_city.toml"
    mapping_path.write_text(MAPPING, encoding="utf-8")
    data = tmp_path / "other.csv"
    data.write_text("Datum,Ort\n2026-11-21,Mitte\n", encoding="utf-8")
    with pytest.raises(SourceError) as refused:
        store.imports.import_calls([data], load_mapping(mapping_path))
    assert store.count("calls") == 0
    assert "the header has no column 'Received'" in str(refused.value)  # the command line's

    translators = install_translators(qapp, "zh_CN")
    try:
        said = source_problem(refused.value)
    finally:
        remove_translators(qapp, translators)
    assert said.startswith("other.csv，第 1 行：表头中没有 'Received' / 'Call Time'")
    assert "这个映射是否适用于该文件？（表头：Datum, Ort）" in said
