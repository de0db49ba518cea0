"""Make the console's CJK font: a subset of Noto Sans CJK SC, renamed Console110 Sans SC.

A developer tool, not part of the running console: it needs fontTools, which
the console itself does not depend on. Run it from the repository's top folder
after adding Chinese text the font lacks (tests/test_fonts.py says which):

    python3 -m venv /tmp/fontvenv && /tmp/fontvenv/bin/pip install fonttools
    /tmp/fontvenv/bin/python resources/fonts/make_subset.py

The sources default to Debian's fonts-noto-cjk (the Sans CJK .ttc files, from
which the face named "Noto Sans CJK SC" is taken); upstream's
NotoSansCJKsc-Regular.otf and -Bold.otf work as well (--regular, --bold).

Kept: every character of GB2312 (level 1 and 2 hanzi, symbols, punctuation,
full-width forms), ASCII and Latin-1, the General Punctuation, CJK Symbols and
Punctuation and Half/Full-width Forms blocks, and every character of the
translations, reference data, import mappings, docs/figures.md and the
console's source. Dropped: hinting, vertical metrics and the layout features
Chinese horizontal text does not use (language variants for JP/KR/TC among them).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

try:
    from fontTools import subset
    from fontTools.ttLib import TTFont
    from fontTools.ttLib.ttCollection import TTCollection
except ImportError:  # pragma: no cover - a developer tool
    sys.exit("make_subset.py needs fontTools: pip install fonttools (in a throw-away venv)")

FONTS = Path(__file__).resolve().parent
ROOT = FONTS.parents[1]
DEBIAN = Path("/usr/share/fonts/opentype/noto")
SOURCE_FAMILY = "Noto Sans CJK SC"
FAMILY = "Console110 Sans SC"
POSTSCRIPT = "Console110SansSC"
STYLES = ("Regular", "Bold")
# Chinese horizontal text needs no more; 'locl' alone would pull in the JP, KR and TC forms.
FEATURES = ["ccmp", "liga", "clig", "calt", "rlig", "rvrn", "kern", "mark", "mkmk"]
BLOCKS = [(0x0020, 0x007E), (0x00A0, 0x00FF), (0x2000, 0x206F), (0x3000, 0x303F),
          (0xFF01, 0xFF5E), (0xFF5F, 0xFFEF)]
PROJECT_TEXT = ["resources/translations/*.ts", "db/reference/*", "db/mappings/*",
                "docs/figures.md", "console/**/*.py"]


def gb2312() -> set[int]:
    """Every character GB2312 encodes (rows 1-9 symbols, 16-87 hanzi)."""
    chars: set[int] = set()
    for high in range(0xA1, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                chars.add(ord(bytes((high, low)).decode("gb2312")))
            except UnicodeDecodeError:
                continue
    return chars


def project_text() -> set[int]:
    """Every character of the project's own Chinese text."""
    chars: set[int] = set()
    for pattern in PROJECT_TEXT:
        for path in sorted(ROOT.glob(pattern)):
            if path.is_file():
                chars.update(ord(c) for c in path.read_text(encoding="utf-8") if c >= " ")
    return chars


def wanted() -> set[int]:
    chars = gb2312() | project_text()
    for first, last in BLOCKS:
        chars.update(range(first, last + 1))
    return chars


def open_face(path: Path) -> TTFont:
    """The Noto Sans CJK SC face of a .ttc collection, or the font of an .otf file."""
    if path.suffix.lower() != ".ttc":
        return TTFont(path, recalcTimestamp=False)
    count = len(TTCollection(path).fonts)
    for index in range(count):
        font = TTFont(path, fontNumber=index, recalcTimestamp=False)
        if font["name"].getDebugName(1) == SOURCE_FAMILY:
            print(f"{path.name}: face {index} is {SOURCE_FAMILY}")
            return font
    sys.exit(f"{path} has no face named {SOURCE_FAMILY}")


def rename(font: TTFont, style: str) -> None:
    """A modified version takes a name of its own (and never shadows an installed Noto)."""
    full = FAMILY if style == "Regular" else f"{FAMILY} {style}"
    postscript = f"{POSTSCRIPT}-{style}"
    name = font["name"]
    version = name.getDebugName(5) or "Version ?"
    old_postscript = name.getDebugName(6) or ""
    names = {1: FAMILY, 2: style, 3: f"{version.split(';')[0].split()[-1]};{postscript}",
             4: full, 5: f"{version}; subset for 110 Console", 6: postscript}
    for record in name.names:
        if record.nameID in names:
            record.string = names[record.nameID]
    name.names = [r for r in name.names if r.nameID not in (16, 17, 21, 22)]
    cff = font["CFF "].cff
    old_cff = cff.fontNames[0]
    cff.fontNames = [postscript]
    top = cff.topDictIndex[0]
    top.FullName, top.FamilyName = full, FAMILY
    for fd in getattr(top, "FDArray", []):
        if hasattr(fd, "FontName"):
            fd.FontName = fd.FontName.replace(old_cff, postscript).replace(old_postscript,
                                                                           postscript)


def make(source: Path, style: str, chars: set[int]) -> set[int]:
    """Write the subset of one style; the characters its source has."""
    font = open_face(source)
    cmap = set(font.getBestCmap())
    options = subset.Options()
    options.layout_features = FEATURES
    options.hinting = False
    options.drop_tables += ["VORG", "vhea", "vmtx"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(chars & cmap))
    subsetter.subset(font)
    rename(font, style)
    out = FONTS / f"{POSTSCRIPT}-{style}.otf"
    font.save(out)
    print(f"{out.relative_to(ROOT)}: {len(font.getBestCmap())} characters, "
          f"{out.stat().st_size / 1e6:.2f} MB")
    return cmap


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--regular", type=Path, default=DEBIAN / "NotoSansCJK-Regular.ttc")
    parser.add_argument("--bold", type=Path, default=DEBIAN / "NotoSansCJK-Bold.ttc")
    args = parser.parse_args()
    chars = wanted()
    lacking: set[int] = set()
    for style, source in zip(STYLES, (args.regular, args.bold), strict=True):
        lacking |= project_text() - make(source, style, chars)
    if lacking:
        print("Not in the source font (drawn by a fallback font if any): "
              + " ".join(f"{chr(c)} U+{c:04X}" for c in sorted(lacking)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
