"""Screenshots of the supervisor's summary (in Chinese) and page 1 of its PDF briefing.

Builds a fictional 30-day database in a temporary folder (the demo generator),
signs off a day, changes one of its figures afterwards, and writes
docs/summary.png (the whole console window at 1366×768, a common control-room
screen, showing the summary) and docs/briefing_page1.png (through QtPdf).
Run with QT_QPA_PLATFORM=offscreen.
"""

from __future__ import annotations

import os
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _common import own_settings, shot_application
from PySide6.QtCore import QEventLoop, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument

from console.demo import generate
from console.domain.calls import CallDraft
from console.domain.clock import FixedClock
from console.domain.figures import Period
from console.reports import export, make_report
from console.store import Store
from console.ui.shell.main_window import MainWindow
from console.ui.summary import SummaryView

DOCS = Path(__file__).resolve().parents[1]
NOW = datetime(2026, 11, 29, 7, 30, tzinfo=UTC)  # 15:30 in Huainan
DAY = date(2026, 11, 28)
SIZE = (1366, 768)


def fictional_store(folder: Path) -> Store:
    path = folder / "console.db"
    generate(path, days=30, calls_per_day=900, end=date(2026, 11, 29),
             clock=FixedClock(NOW))
    store = Store.open(path, clock=FixedClock(NOW))
    supervisor = store.accounts.operator(
        next(o.id for o in store.accounts.operators() if o.role == "supervisor"))
    assert supervisor is not None
    store.signoff.sign_off_day(DAY, supervisor.id, note="日评查")
    # A call logged late for the signed day: the view shows the difference.
    store.calls.log_call(CallDraft(caller_number="13805540110", category_code="inquiry",
                                   received_at=datetime(2026, 11, 28, 9, 0, tzinfo=UTC)), None)
    return store


def render_first_page(pdf: Path, png: Path, dpi: int = 80) -> None:
    """Page 1 of a PDF as a PNG, through Qt's own PDF renderer (QtPdf)."""
    document = QPdfDocument()
    if document.load(str(pdf)) != QPdfDocument.Error.None_:
        raise RuntimeError(f"cannot read {pdf}")
    points = document.pagePointSize(0)
    size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
    image = document.render(0, size)
    page = QImage(size, QImage.Format.Format_RGB32)
    page.fill(Qt.GlobalColor.white)  # the page, not the transparent image, is white
    painter = QPainter(page)
    painter.drawImage(0, 0, image)
    painter.end()
    page.save(str(png))
    document.close()


def main() -> int:
    _app, keep = shot_application()  # as the console starts, with its own CJK font
    with tempfile.TemporaryDirectory() as tmp:
        own_settings(Path(tmp) / "settings")
        store = fictional_store(Path(tmp))
        supervisor = next(o for o in store.accounts.operators() if o.role == "supervisor")
        window = MainWindow(store, supervisor, "zh_CN")
        window.resize(*SIZE)
        window.show()
        window.show_view("summary")
        view = window.view("summary")
        assert isinstance(view, SummaryView)
        loop = QEventLoop()
        view.computed.connect(loop.quit)
        view.set_day(DAY)
        loop.exec()
        while view.busy.isVisible():  # the first request, overtaken, may still report back
            loop.exec()
        window.grab().save(str(DOCS / "summary.png"))
        pdf = Path(tmp) / "briefing.pdf"
        export(make_report(store, Period.day(DAY), "zh_CN"), "pdf", pdf)
        render_first_page(pdf, DOCS / "briefing_page1.png")
        window.close()
    del keep
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
