"""The console's own CJK font: it covers the console's text, the PDF and the GUI draw with it.

Each test fails on a machine without a Chinese font if the bundled one is not
registered: run them with FONTCONFIG_FILE=/work/shared/tools/nocjk-fonts.conf
(DejaVu only) to see it.
"""

from __future__ import annotations

import ast
import re
import unicodedata
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest

from console.domain.figures import Period
from console.fonts import FAMILY, font_files, register_fonts
from console.paths import db_dir, resources_dir
from console.reports import export, make_report
from console.store import Store

ROOT = Path(__file__).resolve().parents[1]
REMAKE = "add them to the subset: python resources/fonts/make_subset.py (see its README)"
# Controls, format characters, unassigned and private code points (sentinels) draw nothing.
UNDRAWN = {"Cc", "Cf", "Cn", "Co", "Cs"}


def _translations() -> dict[str, str]:
    return {path.name: "".join(t for node in ET.parse(path).iter("translation")
                               for t in node.itertext())
            for path in sorted((resources_dir() / "translations").glob("*.ts"))}


def _data_files() -> dict[str, str]:
    paths = sorted((db_dir() / "reference").iterdir()) + sorted((db_dir() / "mappings").iterdir())
    return {f"{p.parent.name}/{p.name}": p.read_text(encoding="utf-8")
            for p in paths if p.is_file()}


def _source_strings() -> dict[str, str]:
    """The string literals of the console's code (its Chinese labels), docstrings left out."""
    texts = {}
    for path in sorted((ROOT / "console").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                      if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef
                                    | ast.AsyncFunctionDef)
                      and node.body and isinstance(node.body[0], ast.Expr)}
        texts[str(path.relative_to(ROOT))] = "".join(
            node.value for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and id(node) not in docstrings)
    return texts


@pytest.mark.parametrize("gather", [_translations, _data_files, _source_strings])
def test_the_bundled_font_has_every_character_of_the_console(gather, qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QRawFont

    faces = [QRawFont(str(path), 16) for path in font_files()]
    assert all(face.isValid() for face in faces)
    missing: dict[str, set[str]] = {}
    for name, text in gather().items():
        for ch in set(text):
            if unicodedata.category(ch) not in UNDRAWN and not all(
                    face.supportsCharacter(ord(ch)) for face in faces):
                missing.setdefault(name, set()).add(ch)
    assert not missing, "not in the bundled font ({}): {}".format(REMAKE, "; ".join(
        f"{name}: " + " ".join(f"{ch} U+{ord(ch):04X}" for ch in sorted(chars))
        for name, chars in missing.items()))


def test_the_bundled_faces_are_one_family_regular_and_bold(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QFont, QFontDatabase, QRawFont

    assert register_fonts() == register_fonts() == FAMILY  # once per process
    regular, bold = (QRawFont(str(path), 16) for path in font_files())
    assert (regular.familyName(), regular.weight()) == (FAMILY, QFont.Weight.Normal)
    assert (bold.familyName(), bold.weight()) == (FAMILY, QFont.Weight.Bold)
    assert QFontDatabase.isSmoothlyScalable(FAMILY, "Bold")
    assert (ROOT / "resources" / "fonts" / "OFL.txt").is_file()


def _ink(image) -> int:  # type: ignore[no-untyped-def]
    """How many pixels of a white page are drawn on."""
    from PySide6.QtGui import QImage

    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    return sum(1 for y in range(grey.height()) for x in range(grey.width())
               if grey.pixelColor(x, y).value() < 128)


def _page_image(path: Path):  # type: ignore[no-untyped-def]
    """Page 1 at 1 pixel a millimetre, on white paper (the rendering itself is transparent)."""
    from PySide6.QtCore import QSize, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    size = QSize(210, 297)
    page = QImage(size, QImage.Format.Format_RGB32)
    page.fill(Qt.GlobalColor.white)
    painter = QPainter(page)
    painter.drawImage(0, 0, document.render(0, size))
    painter.end()
    document.close()
    return page


def test_the_pdf_draws_chinese_glyphs_not_boxes(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    """A missing glyph is the same empty box for every character: two characters must differ."""
    from console.reports.pdf import print_html

    pages = {}
    for ch in "警情":
        path = tmp_path / f"{ord(ch):X}.pdf"
        print_html(f'<p style="font-size: 150pt">{ch}</p>', ch, path)
        pages[ch] = _page_image(path)
    ink = {ch: _ink(image) for ch, image in pages.items()}
    # A box is about 150 pixels of ink here, 警 about 1000, 情 about 900.
    assert all(n > 500 for n in ink.values()), ink
    assert pages["警"] != pages["情"]
    assert abs(ink["警"] - ink["情"]) > 50, ink  # 警 has more strokes than 情


def test_the_briefing_pdf_embeds_only_the_bundled_faces(store: Store, tmp_path: Path,
                                                        qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtPdf import QPdfDocument

    report = make_report(store, Period.day(date(2026, 11, 28)), "zh_CN")
    path = export(report, "pdf", tmp_path / "briefing.pdf")
    fonts = set(re.findall(rb"/BaseFont\s*/(?:[A-Z]{6}\+)?([^\s/<>\[\]()]+)", path.read_bytes()))
    # Bold headings and table heads, regular text: both faces, no system font.
    assert fonts == {b"Console110SansSC-Regular", b"Console110SansSC-Bold"}
    document = QPdfDocument()
    document.load(str(path))
    assert report.title in document.getAllText(0).text()
    document.close()
    assert _ink(_page_image(path)) > 500


def test_a_label_draws_chinese_with_the_bundled_face_and_latin_with_the_ui_font(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QTextLayout
    from PySide6.QtWidgets import QLabel

    label = QLabel("接警A")
    assert FAMILY in label.font().families()  # the application font, as set at start
    layout = QTextLayout(label.text(), label.font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    runs = {run.rawFont().familyName(): list(run.glyphIndexes()) for run in layout.glyphRuns()}
    assert len(runs.get(FAMILY, [])) == 2 and all(runs[FAMILY]), runs
    assert any(family != FAMILY for family in runs), runs  # Latin keeps the UI font

    shots = []
    for ch in "警情":
        label = QLabel(ch)
        font = label.font()
        font.setPixelSize(48)
        label.setFont(font)
        label.resize(64, 64)
        shots.append(label.grab().toImage())
    assert shots[0] != shots[1]  # boxes would be the same


def test_bold_labels_use_the_bold_face(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QFont, QTextLayout

    font = QFont()
    font.setFamilies([FAMILY])
    font.setBold(True)
    layout = QTextLayout("接警", font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    (run,) = layout.glyphRuns()
    assert (run.rawFont().familyName(), run.rawFont().styleName()) == (FAMILY, "Bold")
