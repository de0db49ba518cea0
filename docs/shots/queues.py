"""Screenshots of the supervisor's queue and the clear-to-zero review (Chinese), on a fictional
database, in the main window at 1366×768: docs/queues.png and docs/clear_to_zero.png."""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from _common import own_settings, settle, shot_application
from PySide6.QtWidgets import QApplication

from console.domain.addresses import address_key
from console.domain.calls import CallDraft
from console.domain.clock import FixedClock
from console.domain.lifecycle import Stage
from console.store import Store
from console.store.records import Operator
from console.ui.queues import QueuesView
from console.ui.shell.main_window import MainWindow

DOCS = Path(__file__).resolve().parents[1]
NOW = datetime(2026, 11, 29, 2, 0, tzinfo=UTC)  # 10:00 in Huainan
SIZE = (1366, 768)


def call(store: Store, op: Operator, at: datetime, **values: object) -> int | None:
    store.clock.set(at)  # type: ignore[attr-defined]
    draft = dict(caller_number="19900001234", address="田家庵区洞山路12号",
                 jurisdiction_code="340403", category_code="theft", summary="",
                 disposition="incident")
    draft.update(values)
    return store.calls.log_call(CallDraft(**draft), op.id).incident_id  # type: ignore[arg-type]


def fill(store: Store) -> tuple[Operator, int]:
    """The supervisor, and an incident of an earlier day with a review note."""
    taker = store.accounts.add_operator("jiejing01", "陈晓", "call_taker", "Shots-Pass-2026")
    boss = store.accounts.add_operator("zhibanzhang", "刘建国", "supervisor", "Shots-Pass-2026")
    with store.write() as conn:
        conn.execute(
            "INSERT INTO enterprises (name, address, address_key, jurisdiction_code,"
            " bureau_leader, station_leader, officer, created_at) VALUES (?, ?, ?, '340402',"
            " '王振华', '赵立新', '钱伟', ?)",
            ["淮南市某某机械有限公司", "大通区工业路18号", address_key("大通区工业路18号"),
             store.now_text()])
    day = timedelta(days=1)
    # Earlier days: a few incidents never cleared.
    old = call(store, taker, NOW - 2 * day, category_code="dispute_neighbour",
               address="谢家集区望峰路6号", jurisdiction_code="340404", summary="邻里纠纷")
    call(store, taker, NOW - day - timedelta(hours=3), category_code="noise", priority=3,
         address="田家庵区舜耕路88号", summary="夜间噪音")
    dv = call(store, taker, NOW - day - timedelta(hours=5), category_code="domestic_violence",
              address="八公山区新庄孜路3号", jurisdiction_code="340405", summary="家暴")
    for iid in (dv,):
        store.incidents.advance(iid, Stage.HANDLED, taker.id, result="已调解")
        store.incidents.advance(iid, Stage.CLOSED, taker.id, closure="resolved")
    # A DV case assessed red (weekly follow-up) a week ago, its visit three hours overdue.
    desk = store.accounts.add_operator("fanjiabao01", "王芳", "dv_desk", "Shots-Pass-2026")
    red = call(store, taker, NOW - 7 * day - timedelta(hours=4), category_code="dv_threat",
               address="田家庵区洞山中路1号", caller_name="刘某", summary="丈夫扬言杀人")
    store.dv.take(red or 0, desk.id)
    store.clock.set(NOW - 7 * day - timedelta(hours=3))  # type: ignore[attr-defined]
    store.dv.assess(red or 0, ["threats_to_kill"], operator_id=desk.id)
    store.incidents.advance(red or 0, Stage.HANDLED, desk.id, result="已出具告诫书")
    store.incidents.advance(red or 0, Stage.CLOSED, desk.id, closure="resolved")
    for cb in store.callbacks.callbacks_of(red or 0):
        store.callbacks.record_callback(int(cb["id"]), "satisfied", "", desk.id)
    ent_old = call(store, taker, NOW - day - timedelta(hours=1),
                   category_code="enterprise_obstruction", address="大通区工业路18号",
                   jurisdiction_code="340402", summary="阻工")
    store.clock.set(NOW - day)  # type: ignore[attr-defined]
    store.queues.assign_owner(old or 0, taker.id, boss.id)
    store.queues.annotate(old or 0, "已电话督促谢家集区派出所，今日 18 时前反馈调解结果", boss.id)
    store.escalation.escalate_incident(ent_old or 0, "企业反映问题未解决，报局领导督办", boss.id)
    # Today: incidents at intake, under way, a silent call, a dissatisfied callback.
    for minutes, cat, addr, summary in (
        (95, "fight", "田家庵区朝阳路21号", "多人斗殴"),
        (40, "theft", "田家庵区国庆路5号", "电动车被盗"),
        (12, "traffic_accident", "大通区淮舜路口", "两车追尾"),
        (3, "robbery", "田家庵区龙湖路9号", "抢劫"),
    ):
        call(store, taker, NOW - timedelta(minutes=minutes), category_code=cat, address=addr,
             summary=summary)
    moving = call(store, taker, NOW - timedelta(minutes=70), category_code="assault",
                  address="潘集区泥河路2号", jurisdiction_code="340406", summary="故意伤害")
    store.units.dispatch(moving or 0, ["DS01"], taker.id)
    call(store, taker, NOW - timedelta(minutes=25), category_code="enterprise_security",
         address="大通区工业路18号", jurisdiction_code="340402", summary="厂区盗窃")
    call(store, taker, NOW - timedelta(minutes=20), disposition="silent", category_code="silent",
         caller_number="19900005678")
    unhappy = call(store, taker, NOW - timedelta(hours=3), category_code="dispute_consumer",
                   address="田家庵区人民路7号", summary="消费纠纷")
    store.incidents.advance(unhappy or 0, Stage.HANDLED, taker.id, result="已调解")
    store.incidents.advance(unhappy or 0, Stage.CLOSED, taker.id, closure="resolved")
    for cb in store.callbacks.callbacks_of(unhappy or 0):
        store.callbacks.record_callback(int(cb["id"]), "dissatisfied", "认为处理不公", taker.id)
    store.clock.set(NOW)  # type: ignore[attr-defined]
    store.escalation.escalate_due()
    return boss, old or 0


def settle_queues(app: QApplication, view: QueuesView) -> None:
    clear = view.clear_view
    settle(app, lambda: (view.page.is_loaded() and clear is not None and clear.is_loaded()
                         and not view.busy()))


def main() -> None:
    app, keep = shot_application()  # as the console starts, with its own CJK font
    with tempfile.TemporaryDirectory() as tmp:
        own_settings(Path(tmp) / "settings")
        store = Store.open(Path(tmp) / "demo.db", clock=FixedClock(NOW))
        boss, noted = fill(store)
        # The smallest screen the centre uses: everything must fit without scrolling sideways.
        window = MainWindow(store, boss, "zh_CN")
        window.resize(*SIZE)
        window.show()
        window.show_view("queues")
        view = window.view("queues")
        assert isinstance(view, QueuesView)
        settle_queues(app, view)
        view.focus_table()
        app.processEvents()
        window.grab().save(str(DOCS / "queues.png"))
        view.step_tab(1)
        clear = view.clear_view
        assert clear is not None
        clear.select_incident(noted)
        app.processEvents()
        window.grab().save(str(DOCS / "clear_to_zero.png"))
        window.close()
    del keep
    print("saved docs/queues.png, docs/clear_to_zero.png")


if __name__ == "__main__":
    main()
