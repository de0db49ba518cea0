"""Screenshots of the enterprise desk (Chinese) on a fictional database, in the main window at
1366×768: its queue (docs/enterprise_desk_queue.png), the key-enterprise registry
(docs/enterprise_registry.png) and an incident's loop (docs/enterprise_loop.png)."""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from _common import own_settings, settle, shot_application

from console.domain.calls import CallDraft
from console.domain.clock import FixedClock, local_day
from console.domain.credit_code import check_digit
from console.domain.enterprises import EnterpriseDraft
from console.domain.lifecycle import Stage
from console.store import Store
from console.store.records import Operator
from console.ui.enterprise_desk import EnterpriseDeskView
from console.ui.shell.main_window import MainWindow

DOCS = Path(__file__).resolve().parents[1]
NOW = datetime(2026, 11, 29, 2, 0, tzinfo=UTC)  # 10:00 in Huainan
SIZE = (1366, 768)

# name, address, jurisdiction, industry, (bureau leader, station leader, officer)
FIRMS = (
    ("淮南市明达化工有限公司", "田家庵区洞山路18号", "340403", "化工",
     ("王振华", "赵立新", "钱伟")),
    ("淮南市永安煤矿机械有限公司", "大通区工业路18号", "340402", "机械",
     ("王振华", "孙海", "李明")),
    ("淮南市华信电子科技有限公司", "田家庵区高新区科创路6号", "340403", "电子",
     ("周立", "赵立新", "陈亮")),
    ("淮南市恒通物流有限公司", "谢家集区望峰路66号", "340404", "物流",
     ("周立", "吴刚", "郑凯")),
    ("凤台县永安建材有限公司", "凤台县城关镇淮河路9号", "340421", "建材",
     ("王振华", "冯涛", "何军")),
    ("寿县安丰食品有限公司", "寿县寿春镇南街12号", "340422", "食品",
     ("周立", "许峰", "曹阳")),
    ("淮南市潘集区新能源发电有限公司", "潘集区泥河路28号", "340406", "能源",
     ("王振华", "韩磊", "唐杰")),
    ("淮南市八公山纺织有限公司", "八公山区新庄孜路5号", "340405", "纺织",
     ("周立", "邓斌", "田野")),
)


def code(n: int) -> str:
    first17 = f"91340400MA{n * 7919 % 10**7:07d}"
    return first17 + check_digit(first17)


def call(store: Store, op: Operator, at: datetime, address: str, jur: str, summary: str,
         category: str = "enterprise_security") -> int:
    store.clock.set(at)  # type: ignore[attr-defined]
    saved = store.calls.log_call(CallDraft(
        caller_number="19900001234", address=address, jurisdiction_code=jur,
        category_code=category, summary=summary, disposition="incident"), op.id)
    assert saved.incident_id is not None
    return saved.incident_id


def fill(store: Store) -> tuple[Operator, int]:
    """The desk's operator, and the incident whose loop is shown."""
    desk = store.accounts.add_operator("huqi01", "陈立新", "enterprise_desk", "Shots-Pass-2026")
    boss = store.accounts.add_operator("zhibanzhang", "刘建国", "supervisor", "Shots-Pass-2026")
    store.clock.set(NOW - timedelta(days=40))  # type: ignore[attr-defined]
    ids = []
    for n, (name, address, jur, industry, persons) in enumerate(FIRMS, 1):
        ids.append(store.registry.add(EnterpriseDraft(
            name=name, credit_code=code(n), address=address, jurisdiction_code=jur,
            industry=industry, contact_name="企业保卫科", contact_phone=f"0554-66{n:05d}",
            bureau_leader=persons[0], bureau_leader_phone=f"1390554{n:04d}",
            station_leader=persons[1], station_leader_phone=f"1390555{n:04d}",
            officer=persons[2], officer_phone=f"1390556{n:04d}")))
    for back, kind, what in ((32, "visit", "走访企业，检查监控和门卫值守"),
                             (20, "contact", "电话联系企业负责人，通报近期辖区警情"),
                             (12, "request", "企业请求夜间加强厂区周边巡逻"),
                             (3, "visit", "走访企业，开展防盗防诈宣传")):
        store.clock.set(NOW - timedelta(days=back))  # type: ignore[attr-defined]
        day = local_day(NOW - timedelta(days=back), store.tz).isoformat()
        for ent, (_, _, _, _, persons) in zip(ids, FIRMS, strict=True):
            store.registry.add_service_entry(ent, kind, day, persons[2], what)
    store.registry.set_status(ids[-1], "inactive")

    # The loop shown: pushed, acknowledged by three, feedback, handled, 挂牌督办 open.
    shown = call(store, desk, NOW - timedelta(hours=5), FIRMS[0][1], FIRMS[0][2],
                 "厂区电缆被盗")
    clock = store.clock
    assert isinstance(clock, FixedClock)
    for minutes, push in zip((4, 6, 9), store.enterprises.pushes(shown), strict=True):
        clock.set(NOW - timedelta(hours=5) + timedelta(minutes=minutes))
        store.enterprises.acknowledge_push(int(str(push["id"])), desk.id)
    store.clock.set(NOW - timedelta(hours=4, minutes=20))  # type: ignore[attr-defined]
    officer = store.enterprises.pushes(shown)[2]
    store.enterprises.push_feedback(int(str(officer["id"])), "民警已到厂区，嫌疑人已控制",
                                    desk.id)
    store.clock.set(NOW - timedelta(hours=3))  # type: ignore[attr-defined]
    store.incidents.advance(shown, Stage.HANDLED, desk.id, result="嫌疑人已移交派出所")
    store.clock.set(NOW - timedelta(hours=2))  # type: ignore[attr-defined]
    callback = store.callbacks.callbacks_of(shown)[0]
    store.callbacks.record_callback(int(str(callback["id"])), "basically_satisfied",
                                    "企业希望追回被盗电缆", desk.id)
    store.enterprises.supervise(shown, "被盗电缆价值较大，企业要求追赃", "王振华", desk.id)

    # Others: an overdue push risen to the supervisor, a callback due, new ones.
    late = call(store, desk, NOW - timedelta(minutes=40), FIRMS[1][1], FIRMS[1][2],
                "阻挠施工", "enterprise_obstruction")
    del late
    due = call(store, desk, NOW - timedelta(hours=6), FIRMS[2][1], FIRMS[2][2], "厂区斗殴",
               "fight")
    for push in store.enterprises.pushes(due):
        store.enterprises.acknowledge_push(int(str(push["id"])), desk.id)
    store.clock.set(NOW - timedelta(hours=1))  # type: ignore[attr-defined]
    store.incidents.advance(due, Stage.HANDLED, desk.id, result="已调解")
    fresh = call(store, desk, NOW - timedelta(minutes=6), FIRMS[3][1], FIRMS[3][2],
                 "货物被盗")
    store.enterprises.acknowledge_push(int(str(store.enterprises.pushes(fresh)[0]["id"])),
                                       desk.id)
    call(store, desk, NOW - timedelta(minutes=2), FIRMS[4][1], FIRMS[4][2], "厂区起火报警",
         "fire")
    store.clock.set(NOW)  # type: ignore[attr-defined]
    store.escalation.escalate_due()
    del boss
    return desk, shown


def main() -> None:
    app, keep = shot_application()  # as the console starts, with its own CJK font
    with tempfile.TemporaryDirectory() as tmp:
        own_settings(Path(tmp) / "settings")
        store = Store.open(Path(tmp) / "demo.db", clock=FixedClock(NOW))
        desk, shown = fill(store)
        window = MainWindow(store, desk, "zh_CN")
        window.resize(*SIZE)
        window.show()
        window.show_view("desk_enterprise")
        view = window.view("desk_enterprise")
        assert isinstance(view, EnterpriseDeskView)
        queue = view.queue
        settle(app, lambda: queue.model.rowCount() > 0 and bool(queue.loop.toPlainText()))
        view.focus_table()
        settle(app, lambda: bool(queue.loop.toPlainText()))
        window.grab().save(str(DOCS / "enterprise_desk_queue.png"))
        row = queue.model.row_of(shown)
        queue.table.setCurrentIndex(queue.model.index(row, 0))
        settle(app, lambda: queue._shown is not None and queue._shown.incident_id == shown)
        window.grab().save(str(DOCS / "enterprise_loop.png"))
        view.step_tab(1)
        registry = view.registry
        settle(app, lambda: registry.model.rowCount() > 0
               and "服务档案" in registry.page.toPlainText())
        window.grab().save(str(DOCS / "enterprise_registry.png"))
        window.close()
    del keep
    print("saved docs/enterprise_desk_queue.png, docs/enterprise_loop.png, "
          "docs/enterprise_registry.png")


if __name__ == "__main__":
    main()
