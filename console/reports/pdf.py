"""The PDF of a report: an HTML page laid out by QTextDocument and printed on QPdfWriter.

Chinese needs a CJK font: the console's own (console.fonts, regular and bold)
is used for all the text, so a report is the same on every machine, whatever
fonts it has installed, and its glyphs are embedded in the PDF.
"""

from __future__ import annotations

import os
import sys
from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)

from console.fonts import register_fonts
from console.reports.content import Report

RESOLUTION = 300
CSS = """
body { font-size: 10pt; }
h1 { font-size: 17pt; margin-bottom: 2pt; }
h2 { font-size: 12.5pt; margin-top: 12pt; margin-bottom: 4pt; color: #1F3A5F; }
p.meta { color: #444444; margin-top: 0; }
p.note { color: #555555; font-size: 8.5pt; }
table { border-collapse: collapse; }
th { background-color: #DDE6F0; font-weight: bold; padding: 3px 6px; }
td { padding: 3px 6px; }
td.num { text-align: right; }
tr.odd td { background-color: #F4F6F9; }
span.changed { color: #B00020; font-weight: bold; }
"""


def ensure_gui_application() -> QGuiApplication:
    """Text layout needs a QGuiApplication; headless (no display), use the offscreen platform."""
    app = QGuiApplication.instance()
    if app is None:
        if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY")
                                                     or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["console110-report"])
    if not isinstance(app, QGuiApplication):
        raise RuntimeError("a PDF needs a QGuiApplication, not a bare QCoreApplication")
    return app


def report_font() -> QFont:
    """The bundled face at body size (headings and table heads take its bold)."""
    font = QFont()
    font.setFamilies([register_fonts()])
    font.setPointSizeF(10)
    return font


def _table(head: list[str], rows: list[list[str]], numeric: set[int]) -> str:
    out = ['<table width="100%" border="0.5" cellspacing="0">', "<tr>"]
    out += [f"<th>{escape(h)}</th>" for h in head]
    out.append("</tr>")
    for i, row in enumerate(rows):
        out.append(f'<tr class="{"odd" if i % 2 else "even"}">')
        out += [f'<td class="{"num" if c in numeric else "text"}">{escape(v)}</td>'
                for c, v in enumerate(row)]
        out.append("</tr>")
    out.append("</table>")
    return "".join(out)


def report_html(report: Report) -> str:
    w = report.word
    parts = [f"<h1>{escape(report.title)}</h1>",
             f'<p class="meta">{escape(w("period"))}：{escape(report.period_text)}　'
             f'{escape(w("jurisdiction"))}：{escape(report.jurisdiction_text)}　'
             f'{escape(w("generated"))}：{escape(report.generated_at)}</p>']
    if report.kind == "daily_briefing":
        if report.signoff is None:
            parts.append(f'<p class="meta">{escape(w("not_signed"))}</p>')
        else:
            parts.append(f'<p class="meta">{escape(w("signed"))}：'
                         f"{escape(report.signoff.signer)} {escape(report.signoff.signed_at)}</p>")
    parts.append(f"<h2>{escape(w('centre_table'))}</h2>")
    parts.append(_table([w("figure"), w("value"), w("growth")],
                        [[t.label, t.text, t.growth_text] for t in report.centre_table], {1, 2}))
    if report.signoff is not None and report.signoff.changed:
        parts.append(f"<h2>{escape(w('changed_since'))}</h2>")
        parts.append(_table([w("figure"), w("signed_value"), w("live_value")],
                            [list(c) for c in report.signoff.changed], {1, 2}))
    for heading, lines in report.sections:
        parts.append(f"<h2>{escape(heading)}</h2>")
        parts.append(_table(
            [w("figure"), w("value"), w("previous_year"), w("growth")],
            [[line.label, line.text, line.previous_text, line.growth_text] for line in lines],
            {1, 2, 3}))
    for key, heading, cells in report.breakdowns:
        if key in ("calls_by_line", "calls_by_disposition") or not cells:
            continue  # already figures above
        parts.append(f"<h2>{escape(heading)}</h2>")
        parts.append(_table([w("figure"), w("count")],
                            [[c.label, f"{c.value:,}"] for c in cells], {1}))
    parts.append(f'<p class="note">{escape(w("confidential"))}<br>'
                 f"{escape(report.anchor_text)}</p>")
    return f"<html><body>{''.join(parts)}</body></html>"


def write_pdf(report: Report, path: Path) -> None:
    print_html(report_html(report), report.title, path)


def print_html(html: str, title: str, path: Path) -> None:
    """An HTML page on A4 sheets of a PDF, in the report's font and style."""
    ensure_gui_application()
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setTitle(title)
    writer.setCreator("110 Console")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    document = QTextDocument()
    document.setDefaultFont(report_font())
    document.setDefaultStyleSheet(CSS)
    document.setHtml(html)
    document.print_(writer)  # laid out on the writer's page, fonts at its resolution
