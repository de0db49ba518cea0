"""Screenshots of the anti-DV desk (Chinese) on a fictional database, in the main window at
1366×768: docs/dv_desk_queue.png (the desk's list, a known household's new call to
re-assess), docs/dv_case.png (an incident's page with its case, assessments, measures and
the one timeline) and docs/dv_warning.png (a printed written
warning, the PDF's page)."""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from _common import own_settings, settle, shot_application
from PySide6.QtWidgets import QApplication, QScrollArea

from console.domain.calls import CallDraft
from console.domain.clock import FixedClock
from console.domain.dv.cases import CaseDetails
from console.domain.dv.safety import SafetyAnswers
from console.domain.dv.warnings import WarningDraft
from console.domain.lifecycle import Stage
from console.reports.dv_warning import write_warning_pdf
from console.store import Store
from console.store.records import Operator
from console.ui.dv_desk import DvDeskView
from console.ui.shell.main_window import MainWindow

DOCS = Path(__file__).resolve().parents[1]
NOW = datetime(2026, 11, 29, 2, 0, tzinfo=UTC)  # 10:00 in Huainan
SIZE = (1366, 768)

# minutes ago, category, address, number, summary, safety answers, taken, assessments
# (the codes answered yes, a judgement, its reason)
CASES: list[tuple[int, str, str, str, str, tuple[str, str], bool,
                  list[tuple[list[str], str, str]]]] = [
    (4, "dv_injury", "田家庵区舜耕中路66号", "19900002001", "丈夫酒后殴打，妻子头部受伤，孩子在场",
     ("no", "no"), False, []),
    (18, "dv_threat", "大通区九龙岗镇东风路3号", "19900002002", "前夫持刀在门外威胁",
     ("yes", "yes"), False, []),
    (55, "domestic_violence", "谢家集区望峰路21号", "19900002003", "夫妻争吵后动手，女方求助",
     ("yes", "yes"), True,
     [(["injury", "very_frightened", "controlling", "more_often", "getting_worse",
        "substances", "separated", "isolated", "financial", "fears_violence",
        "threats_to_kill"], "", "")]),
    (140, "dv_injury", "八公山区新庄孜路12号", "19900002004", "儿子酒后打伤老母亲",
     ("yes", "unknown"), True,
     [(["injury", "substances", "hurt_others"], "", ""),
      (["injury", "substances", "hurt_others", "more_often", "getting_worse", "isolated",
        "depressed"], "orange", "老人独居，对方多次酒后施暴，邻居反映近期加重")]),
    (230, "dv_order_breach", "潘集区泥河镇前进路5号", "19900002005", "对方违反保护令到住处纠缠",
     ("yes", "yes"), True,
     [(["breached_orders", "stalking", "very_frightened", "separated", "child_contact",
        "controlling"], "", "")]),
    (300, "domestic_violence", "田家庵区洞山东路9号", "19900002006", "夫妻口角推搡，无人受伤",
     ("yes", "yes"), True, [(["very_frightened"], "", "")]),
    (14400, "dv_threat", "谢家集区蔡家岗镇新村2号", "19900002007", "前夫多次跟踪并扬言报复",
     ("no", "no"), True, [(["stalking", "threats_to_kill", "separated", "very_frightened"],
                           "", "")]),
    # The same household calls again: its case asks for a re-assessment.
    (30, "dv_threat", "谢家集区蔡家岗镇新村2号", "19900002007", "前夫又到门口纠缠，扬言报复",
     ("no", "yes"), True, []),
]


def fill(store: Store) -> tuple[Operator, list[int]]:
    taker = store.accounts.add_operator("jiejing01", "陈晓", "call_taker", "Shots-Pass-2026")
    desk = store.accounts.add_operator("fanjiabao01", "王芳", "dv_desk", "Shots-Pass-2026")
    ids: list[int] = []
    for minutes, cat, addr, number, summary, safety, taken, assessments in CASES:
        store.clock.set(NOW - timedelta(minutes=minutes))  # type: ignore[attr-defined]
        store.actor = taker
        saved = store.calls.log_call(
            CallDraft(caller_number=number, caller_name="", address=addr,
                      jurisdiction_code="340403", category_code=cat, summary=summary),
            taker.id, dv_safety=SafetyAnswers(*safety))
        iid = saved.incident_id or 0
        ids.append(iid)
        if taken:
            store.clock.set(NOW - timedelta(minutes=minutes - 2))  # type: ignore[attr-defined]
            store.units.dispatch(iid, ["DS01"], taker.id)
            store.actor = desk
            store.dv.take(iid, desk.id)
            for n, (yes, judgement, reason) in enumerate(assessments):
                store.clock.set(NOW - timedelta(minutes=minutes - 10 - 20 * n))  # type: ignore[attr-defined]
                store.dv.assess(iid, yes, judgement, reason, operator_id=desk.id)
            if minutes == 140:
                store.clock.set(NOW - timedelta(minutes=60))  # type: ignore[attr-defined]
                warning = store.dv.issue_warning(iid, WarningDraft(
                    "赵某", "赵某某", "parent_child",
                    "2026年11月29日7时40分许，你在八公山区新庄孜路12号家中酒后殴打母亲，致其面部受伤",
                    "新庄孜社区居委会"), operator_id=desk.id)
                for party in ("abuser", "victim"):
                    store.dv.record_served(warning.id, party, operator_id=desk.id)
                store.dv.open_case(iid, CaseDetails(
                    "赵某某", "赵某", "parent_child", injuries="面部擦伤", alcohol_drugs=True,
                    threats="扬言再打", safe_contact="邻居 19900003004"), operator_id=desk.id)
                referral = store.dv.refer(iid, "women_federation", operator_id=desk.id)
                store.clock.set(NOW - timedelta(minutes=40))  # type: ignore[attr-defined]
                store.dv.referral_status(referral.id, "accepted", operator_id=desk.id)
            if minutes == 14400:
                store.dv.open_case(iid, CaseDetails("孙某某", "钱某", "former_spouse"),
                                   operator_id=desk.id)
            if minutes == 55:  # a protection order granted a while ago, ending soon
                order = store.dv.apply_order(iid, True, "淮南市谢家集区人民法院",
                                             operator_id=desk.id)
                store.dv.decide_order(order.id, "granted",
                                      (NOW + timedelta(days=5)).date(), operator_id=desk.id)
            if minutes == 14400:  # closed, its weekly follow-up overdue
                store.incidents.advance(iid, Stage.EN_ROUTE, desk.id)
                store.incidents.advance(iid, Stage.ON_SCENE, desk.id)
                store.incidents.advance(iid, Stage.HANDLED, desk.id, result="已告诫")
                store.incidents.advance(iid, Stage.CLOSED, desk.id, closure="resolved")
            elif minutes > 250:
                store.incidents.advance(iid, Stage.EN_ROUTE, desk.id)
    store.clock.set(NOW)  # type: ignore[attr-defined]
    store.actor = None
    return desk, ids


def settle_desk(app: QApplication, view: DvDeskView, incident_id: int | None = None) -> None:
    settle(app, lambda: view.loaded and (incident_id is None or view.page_of == incident_id))


def render_page(pdf: Path, png: Path) -> None:
    """The PDF's first page as a picture, 900 px wide, on white."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    document.load(str(pdf))
    size = document.pagePointSize(0)
    width = 900
    height = int(width * size.height() / size.width())
    page = document.render(0, QSize(width, height))
    out = QImage(width, height, QImage.Format.Format_RGB32)
    out.fill(QColor("white"))
    painter = QPainter(out)
    painter.drawImage(0, 0, page)
    painter.end()
    out.save(str(png))
    document.close()


def main() -> None:
    app, keep = shot_application()  # as the console starts, with its own CJK font
    with tempfile.TemporaryDirectory() as tmp:
        own_settings(Path(tmp) / "settings")
        store = Store.open(Path(tmp) / "demo.db", clock=FixedClock(NOW))
        desk, ids = fill(store)
        window = MainWindow(store, desk, "zh_CN")
        window.resize(*SIZE)
        window.show()
        window.show_view("desk_dv")
        view = window.view("desk_dv")
        assert isinstance(view, DvDeskView)
        settle_desk(app, view, ids[0])
        view.take_focus()
        app.processEvents()
        window.grab().save(str(DOCS / "dv_desk_queue.png"))
        row = view.model.row_of(ids[3])
        view.table.setCurrentIndex(view.model.index(row, 0))
        settle_desk(app, view, ids[3])
        page = view.findChild(QScrollArea)  # down to its measures and the one timeline
        page.verticalScrollBar().setValue(page.verticalScrollBar().maximum())
        app.processEvents()
        window.grab().save(str(DOCS / "dv_case.png"))
        store.actor = desk
        [warning] = store.dv.warnings(ids[3])
        pdf = Path(tmp) / "warning.pdf"
        write_warning_pdf(warning, pdf, store.tz)
        render_page(pdf, DOCS / "dv_warning.png")
        window.close()
    del keep
    print("saved docs/dv_desk_queue.png, docs/dv_case.png, docs/dv_warning.png")


if __name__ == "__main__":
    main()
