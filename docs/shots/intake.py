"""Screenshot of the intake page (接警登记) in Chinese, with the history flags showing, in the
main window at 1366×768 (the smallest screen the centre uses).

Builds a fictional database in a temp folder: an earlier domestic-violence call
from the caller's number, a registered key enterprise at the address (which ticks
涉及企业 by itself), and an open incident reported from the same number twenty
minutes earlier. Run with QT_QPA_PLATFORM=offscreen; writes docs/intake.png.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from _common import own_settings, shot_application
from PySide6.QtCore import QElapsedTimer, QStandardPaths
from PySide6.QtWidgets import QApplication

from console.domain.calls import CallDraft
from console.domain.clock import FixedClock
from console.store import Store
from console.ui.intake import IntakeView
from console.ui.shell.main_window import MainWindow

DOCS = Path(__file__).resolve().parents[1]
SIZE = (1366, 768)
NUMBER = "13805541234"
SITE = "田家庵区舜耕中路88号"


def fictional_store(folder: Path) -> tuple[Store, FixedClock]:
    clock = FixedClock(datetime(2026, 8, 14, 12, 10, tzinfo=UTC))
    store = Store.open(folder / "console.db", clock=clock)
    operator = store.accounts.add_operator("ct01", "张明", "call_taker", "Shots-Pass-2026")
    earlier = store.calls.log_call(CallDraft(
        caller_number=NUMBER, caller_name="刘女士", address="田家庵区龙湖南路3栋402",
        jurisdiction_code="340403", category_code="domestic_violence",
        summary="（虚构）家中争吵后被推搡", disposition="incident"), operator.id, "A02")
    store.incidents.advance(earlier.incident_id, "handled", operator.id, result="出具告诫书")
    store.incidents.advance(earlier.incident_id, "closed", operator.id)
    store.enterprises.register_enterprise("淮南市安泰机械制造有限公司（虚构）", SITE, "340403",
                                          industry="机械制造", bureau_leader="王局长",
                                          station_leader="陈所长", officer="周警官")
    clock.set(datetime(2026, 11, 29, 1, 40, tzinfo=UTC))
    store.calls.log_call(CallDraft(
        caller_number=NUMBER, caller_name="刘女士", address=SITE, jurisdiction_code="340403",
        category_code="enterprise_obstruction", summary="厂门口有人聚集阻拦货车进出",
        disposition="incident"), operator.id, "A02")
    clock.set(datetime(2026, 11, 29, 2, 0, tzinfo=UTC))
    return store, clock


def wait_for(app: QApplication, done, ms: int = 5000) -> None:  # type: ignore[no-untyped-def]
    """Let the history worker answer; polled gently (each Qt call costs, see below)."""
    timer = QElapsedTimer()
    timer.start()
    while not done() and timer.elapsed() < ms:
        app.processEvents()
        time.sleep(0.02)


def main() -> int:
    app, _translators = shot_application()  # as the console starts, with its own CJK font
    with tempfile.TemporaryDirectory() as tmp:
        QStandardPaths.setTestModeEnabled(True)
        own_settings(tmp)
        store, clock = fictional_store(Path(tmp))
        operator = store.accounts.authenticate("ct01", "Shots-Pass-2026")
        assert operator is not None
        window = MainWindow(store, operator, "zh_CN")
        window.resize(*SIZE)
        window.show()
        window.show_view("intake")
        view = window.view("intake")
        assert isinstance(view, IntakeView)

        # The call just before: a 12345 transfer, to show the confirmation line.
        view.new_call()
        form = view.form
        form.caller_number.setText("15055400912")
        form.choose_category(store.reference.taxonomy.get("municipal"))
        form.summary.setPlainText("小区路灯损坏")
        form.transfer_ref.setText("GD-20261129-0042")
        clock.advance(minutes=1)
        view.save()

        clock.advance(minutes=4)
        view.new_call()
        form.caller_number.setText(NUMBER)
        form.caller_name.setText("刘女士")
        form.address.setText(SITE)
        form.jurisdiction.setCurrentIndex(form.jurisdiction.findData("340403"))
        form.choose_category(store.reference.taxonomy.get("fight"))
        form.summary.setPlainText("厂门口聚集人员与保安发生推搡，有人受伤，请求出警")
        clock.advance(seconds=47)
        view.form.lookupNow.emit()
        wait_for(app, lambda: view.history.model.rowCount() >= 2
                 and view.history.duplicates.rowCount() >= 1
                 and form.enterprise.isChecked())
        view.form.summary.setFocus()
        view._tick()
        window.status.tick()
        app.processEvents()
        out = DOCS / "intake.png"
        window.grab().save(str(out))
        print(f"wrote {out}")
        window.close()
        app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
