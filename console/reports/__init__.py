"""Reports of the daily tallies: the daily briefing and the yearly report, and their exports.

Built from `console.domain.figures` and the store's tallies; written as PDF
(QTextDocument on QPdfWriter), XLSX, CSV and JSON. Labels come bilingual from
the figure registry, so a report is written in Chinese or English whatever
language the console runs in. Only figures leave the console: no names,
numbers or addresses (domestic-violence parties included) ever reach a report. The
PDF's footer carries the audit chain's anchor (the day's sign-off's, else the head at
printing), which `console110 verify-audit --anchor` checks against the database.
"""

from console.reports.content import Report, build_report
from console.reports.export import FORMATS, export, make_report

__all__ = ["FORMATS", "Report", "build_report", "export", "make_report"]
