"""Screenshots of the supervisor's summary (in Chinese) and page 1 of its PDF briefing.

Builds a fictional 30-day database in a temporary folder (the demo generator),
signs off a day, changes one of its figures afterwards, and writes
docs/summary.png and docs/briefing_page1.png (the latter needs pdftoppm).
Run with QT_QPA_PLATFORM=offscreen.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QApplication

from console.domain.calls import CallDraft
from console.domain.clock import FixedClock
from console.domain.figures import Period
from console.reports import export, make_report
from console.store import Store
from console.store.demo import generate
from console.ui.changes import ChangeWatcher
from console.ui.context import ViewContext
from console.ui.shell.language import install_translators
from console.ui.summary import SummaryView

DOCS = Path(__file__).resolve().parents[1]
NOW = datetime(2026, 11, 29, 7, 30, tzinfo=UTC)  # 15:30 in Huainan
DAY = date(2026, 11, 28)
SIZE = (1400, 900)


def fictional_store(folder: Path) -> Store:
    path = folder / "console.db"
    generate(path, days=30, calls_per_day=900, end=date(2026, 11, 29),
             clock=FixedClock(NOW))
    store = Store.open(path, clock=FixedClock(NOW))
    supervisor = store.operator(next(o.id for o in store.operators() if o.role == "supervisor"))
    assert supervisor is not None
    store.sign_off_day(DAY, supervisor.id, note="日评查")
    # A call logged late for the signed day: the view shows the difference.
    store.log_call(CallDraft(caller_number="13805540110", category_code="inquiry",
                             received_at=datetime(2026, 11, 28, 9, 0, tzinfo=UTC)), None)
    return store


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    QCoreApplication.setOrganizationName("Console110Shots")
    QCoreApplication.setApplicationName("console110-shots")
    keep = install_translators(app, "zh_CN")
    with tempfile.TemporaryDirectory() as tmp:
        store = fictional_store(Path(tmp))
        supervisor = next(o for o in store.operators() if o.role == "supervisor")
        ctx = ViewContext(store, supervisor, "zh_CN", ChangeWatcher(store))
        view = SummaryView(ctx)
        view.resize(*SIZE)
        view.show()
        loop = QEventLoop()
        view.computed.connect(loop.quit)
        view.set_day(DAY)
        loop.exec()
        while view.busy.isVisible():  # the first request, overtaken, may still report back
            loop.exec()
        view.grab().save(str(DOCS / "summary.png"))
        pdf = Path(tmp) / "briefing.pdf"
        export(make_report(store, Period.day(DAY), "zh_CN"), "pdf", pdf)
        if shutil.which("pdftoppm"):
            subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1",
                            "-singlefile", str(pdf), str(DOCS / "briefing_page1")], check=True)
        else:
            print("pdftoppm not found: docs/briefing_page1.png not updated", file=sys.stderr)
        ctx.changes.stop()
        view.close()
        store.close()
    del keep
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
