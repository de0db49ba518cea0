"""Screenshots of the active-incident board and an incident detail, in Chinese.

Builds a fictional database (about 25 open incidents in every stage, some past
their deadline, one escalated by itself) in a temporary folder and shows the
board in the main window at 1366×768, the smallest screen the centre uses.
Run with QT_QPA_PLATFORM=offscreen; writes docs/board.png and docs/incident.png.
"""

from __future__ import annotations

import os
import tempfile
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _common import own_settings, shot_application

from console.domain.calls import CallDraft
from console.domain.clock import FixedClock
from console.domain.outcomes import Outcome
from console.store import Store
from console.store.records import Operator
from console.ui.board import BoardView
from console.ui.board.detail import IncidentDetail
from console.ui.shell import MainWindow

DOCS = Path(__file__).resolve().parents[1]
SIZE = (1366, 768)  # the smallest screen in the centre: the board must fit it
DETAIL_SIZE = (640, 940)  # tall enough for the whole timeline

# number, address, jurisdiction, category, summary, what happens next, flags
INCIDENTS = [
    ("13805540110", "田家庵区洞山中路18号", "340403", "ebike_theft", "电动车在小区楼下被盗",
     "closed", ""),
    ("13955400077", "大通区大通街道新华路6号", "340402", "fight", "饭店门口多人斗殴",
     "on_scene", ""),
    ("15155400031", "谢家集区蔡家岗街道平安里3栋", "340404", "noise", "楼上深夜装修噪音扰民",
     "handled", ""),
    ("13605540888", "凤台县城关镇淮河路22号", "340421", "traffic_accident", "两车追尾，无人受伤",
     "en_route", ""),
    ("18055401234", "田家庵区舜耕中路88号", "340403", "domestic_violence", "丈夫酒后殴打妻子",
     "dispatched", "dv"),
    ("13866601111", "潘集区经济开发区纬三路5号", "340406", "enterprise_obstruction",
     "十余人在厂门口阻拦施工车辆", "dispatched", "enterprise"),
    ("15905540202", "八公山区新庄孜街道和平路9号", "340405", "missing_person",
     "七十岁老人早饭后外出未归", "en_route", ""),
    ("13705543030", "寿县寿春镇东大街41号", "340422", "dispute_neighbour", "邻居占用楼道堆放杂物",
     "intake", ""),
    ("18955404040", "田家庵区国庆中路15号", "340403", "robbery", "路边被抢手机一部", "intake", ""),
    ("13505545050", "大通区上窑镇上窑街", "340402", "fire", "农户柴草堆起火", "on_scene", ""),
    ("13305546060", "谢家集区望峰岗镇锦绣小区", "340404", "lift_trapped", "电梯困人，两人被困",
     "on_scene", ""),
    ("17705547070", "田家庵区朝阳中路120号", "340403", "drunken_disorder", "醉酒男子在超市滋事",
     "dispatched", ""),
    ("13905548080", "凤台县刘集镇刘集街", "340421", "wage_arrears", "工人讨要工资", "intake", ""),
    ("15055409090", "田家庵区龙湖南路6号", "340403", "suspicious_person",
     "有人在停车场逐车拉门把手", "intake", ""),
    ("13605541212", "大通区九龙岗镇九龙岗街", "340402", "dispute_family", "夫妻争吵，摔砸物品",
     "handled", ""),
    ("18655401313", "八公山区山王镇山王街", "340405", "theft", "店铺收银台现金被盗", "dispatched",
     ""),
    ("13855401414", "寿县炎刘镇炎刘街", "340422", "traffic_accident_injury",
     "摩托车与行人相撞，一人受伤", "en_route", ""),
    ("13705541515", "田家庵区淮滨路200号", "340403", "drowning", "有人落入淮河", "dispatched", ""),
    ("15855401616", "潘集区田集街道田集街", "340406", "dispute_consumer", "顾客与商家退货纠纷",
     "intake", ""),
    ("13955401717", "谢家集区立新街道立新路", "340404", "assault", "两人争执，一人被打伤",
     "on_scene", ""),
    ("18155401818", "田家庵区曙光路3号", "340403", "lost_property", "出租车上遗失背包",
     "intake", ""),
    ("13605541919", "大通区洛河镇洛河街", "340402", "gas_leak", "居民楼闻到燃气味", "en_route", ""),
    ("13305542020", "凤台县凤凰镇凤凰街", "340421", "enterprise_security",
     "企业仓库夜间有人翻墙", "intake", "enterprise"),
    ("15955402121", "田家庵区安成镇安成街", "340403", "traffic_congestion",
     "路口信号灯故障，车辆拥堵", "intake", ""),
    ("13805542222", "寿县正阳关镇正阳街", "340422", "other_assist", "老人摔倒无法起身",
     "dispatched", ""),
    ("13905542323", "大通区淮南东站广场", "340402", "theft", "候车厅行李被盗", "intake", ""),
    ("18055402424", "谢家集区唐山镇唐山街", "340404", "dispute_economic", "合伙生意分账纠纷",
     "handled", ""),
]


def _unit_for(store: Store, jurisdiction: str, used: set[str]) -> str:
    for unit in store.reference.units:
        if unit.jurisdiction_code == jurisdiction and unit.code not in used:
            used.add(unit.code)
            return unit.code
    raise LookupError(jurisdiction)


def fictional_store(folder: Path) -> tuple[Store, FixedClock, Operator, int]:
    """An open shift at 10:00–11:00 on 29 Nov 2026; returns the incident to show in detail."""
    clock = FixedClock(datetime(2026, 11, 29, 2, 0, tzinfo=UTC))
    store = Store.open(folder / "console.db", clock=clock)
    store.set_setting("demo", "1")
    taker = store.accounts.add_operator("ct01", "张明", "call_taker", "Shots-Pass-2026")
    dispatcher = store.accounts.add_operator("dp01", "王磊", "dispatcher", "Shots-Pass-2026")
    supervisor = store.accounts.add_operator("sv01", "李强", "supervisor", "Shots-Pass-2026")
    used: set[str] = set()
    featured = 0
    for n, (number, address, place, category, summary, goal, flag) in enumerate(INCIDENTS):
        saved = store.calls.log_call(CallDraft(
            caller_number=number, caller_name="刘女士" if n == 1 else "", address=address,
            jurisdiction_code=place, category_code=category, summary=summary,
            disposition="incident", dv_flag=flag == "dv", enterprise_flag=flag == "enterprise",
        ), taker.id, seat=f"A0{1 + n % 3}")
        incident = saved.incident_id
        assert incident is not None
        clock.advance(seconds=30 + 2 * n)
        if goal == "intake":
            continue
        if n == 1:  # no unit sent within the minute: it goes up to the supervisor by itself
            clock.advance(seconds=70)
            store.escalation.escalate_due()
        first = store.units.dispatch(incident, [_unit_for(store, place, used)], dispatcher.id)[0]
        clock.advance(seconds=25)
        if goal == "dispatched":
            continue
        store.units.unit_progress(first, "en_route", dispatcher.id)
        clock.advance(seconds=50)
        if goal == "en_route":
            continue
        store.units.unit_progress(first, "on_scene", dispatcher.id)
        if n == 1:
            featured = incident
            second = store.units.dispatch(incident, [_unit_for(store, place, used)],
                                          dispatcher.id)[0]
            clock.advance(seconds=30)
            store.incidents.add_note(incident, "现场约六人，已控制两名参与者，伤者一人送医",
                                     supervisor.id)
            store.units.unit_progress(second, "on_scene", dispatcher.id)
            store.incidents.add_note(incident, "报警人刘女士再次来电，称另有两人逃往新华路北侧",
                                     taker.id)
            store.incidents.record_results(incident, Outcome(people_caught=2), supervisor.id)
        clock.advance(seconds=45)
        if goal == "on_scene":
            continue
        store.incidents.advance(incident, "handled", dispatcher.id, result="现场调解，双方达成和解")
        if goal == "closed":
            store.incidents.finish(incident, "closed", supervisor.id, closure="mediated")
    clock.advance(minutes=2)  # the shift goes on: several incidents are now past a deadline
    # and those past a deadline go up to the duty supervisor by themselves
    store.escalation.escalate_due()
    return store, clock, dispatcher, featured


def main() -> int:
    app, _translators = shot_application()  # as the console starts, with its own CJK font
    with tempfile.TemporaryDirectory() as tmp:
        own_settings(tmp)
        store, _clock, dispatcher, featured = fictional_store(Path(tmp))
        try:
            window = MainWindow(store, dispatcher, "zh_CN")
            window.resize(*SIZE)
            window.show()
            window.show_view("board")
            board = window.view("board")
            assert isinstance(board, BoardView)
            for _ in range(5):
                app.processEvents()
            board.select_incident(featured)
            app.processEvents()
            window.grab().save(str(DOCS / "board.png"))
            detail = IncidentDetail(window.ctx)
            detail.resize(*DETAIL_SIZE)
            detail.show_incident(featured)
            detail.show()
            app.processEvents()
            detail.grab().save(str(DOCS / "incident.png"))
            detail.close()
            window.close()
        finally:
            store.close()
    print(f"wrote {DOCS / 'board.png'} and {DOCS / 'incident.png'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
