"""The shape of the demo data: the centre's real year turned into shares and word lists.

Every figure here comes from the reference year in DESIGN.md ("The centre, in
figures", Huainan 110, 2023) and is used as a share, so a demo of any length
and load keeps the real mix: a year at the default 2,800 calls a day gives
about the reference year's figures (2,800 × 365 = 1,022,000 calls against
1,014,800, so every count comes out about 0.7% above the table).

Two desks are rare at small scale (about 700 new domestic-violence households
a year, 245 enterprise incidents): a demo gets at least FLOOR_PER_DAY of each a day so
that a small database still shows every desk at work.

Nothing here is real: names, numbers, roads, compounds and enterprises are
built from the word lists below. Caller numbers all start with 19900 and
enterprise staff numbers with 13800; bank cards start with 6200 0000.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import accumulate

# --- the reference year -----------------------------------------------------------------

YEAR_CALLS = 1_014_800
YEAR_INCIDENTS = 247_300
YEAR_TRANSFERS_12345 = 8_519
YEAR_TURNOUTS = 564_700
YEAR_CAUGHT = 10_162
YEAR_FRAUD_FROZEN = 3_235
YEAR_FRAUD_RECOVERED_YUAN = 32_030_000
YEAR_ENTERPRISE_INCIDENTS = 245
# The anti-DV desk handled 4,595 cases from 2017 to 2023, about 700 a year: a case is a
# household, and a household calls 1–5 times (DV_HOUSEHOLD_SIZES), about 1.85 incidents each;
# the later ones take the place of other incidents on their day.
YEAR_DV_HOUSEHOLDS = 700
DEFAULT_CALLS_PER_DAY = 2_800

# Incidents a year per tally group. Criminal, public order, assistance and disputes are
# the table's figures; fire and other help are plausible guesses; traffic takes the rest.
# Enterprise and DV incidents are carved out of their groups below.
GROUP_YEAR: dict[str, int] = {
    "criminal": 7_685,
    "public_order": 23_500,
    "fire": 2_500,
    "assist_missing": 2_241,
    "assist_selfharm": 657,
    "assist_trapped": 5_099,
    "assist_lost_property": 12_449,
    "assist_other": 14_000,
    "dispute_neighbour": 5_974,
    "dispute_economic": 13_053,
    "dispute_consumer": 10_235,
    "dispute_family": 9_499,
    "domestic_violence": YEAR_DV_HOUSEHOLDS,
    "telecom_fraud": 3_802,
}
GROUP_YEAR["traffic"] = YEAR_INCIDENTS - sum(GROUP_YEAR.values())

# Categories within each group (relative weights; codes from db/reference/categories.csv).
CATEGORY_WEIGHTS: dict[str, dict[str, float]] = {
    "criminal": {
        "theft": 30, "burglary": 8, "vehicle_theft": 4, "ebike_theft": 20, "robbery": 2,
        "snatching": 3, "fraud": 10, "assault": 10, "homicide": 0.1, "sexual_assault": 1.5,
        "kidnapping": 0.1, "drugs": 3, "firearms_explosives": 0.3, "arson": 0.5,
        "provoking_trouble": 6, "extortion": 1.5,
    },
    "public_order": {
        "property_damage": 12, "fight": 25, "noise": 22, "gambling": 6, "prostitution": 3,
        "drunken_disorder": 12, "illegal_gathering": 1, "suspicious_person": 10,
        "public_order_disturbance": 6, "threat_intimidation": 5,
    },
    "traffic": {
        "traffic_accident": 60, "traffic_accident_injury": 10, "hit_and_run": 3,
        "drunk_driving": 2, "traffic_congestion": 12, "illegal_parking": 13,
    },
    "fire": {"fire": 70, "gas_leak": 30},
    "assist_missing": {"missing_person": 70, "disappearance": 30},
    "assist_selfharm": {"self_harm": 1},
    "assist_trapped": {"trapped": 30, "lift_trapped": 60, "drowning": 10},
    "assist_lost_property": {"lost_property": 1},
    "assist_other": {"medical_emergency": 35, "animal_attack": 5, "other_assist": 60},
    "dispute_neighbour": {"dispute_neighbour": 1},
    "dispute_economic": {"dispute_economic": 65, "wage_arrears": 35},
    "dispute_consumer": {"dispute_consumer": 1},
    "dispute_family": {"dispute_family": 1},
    "domestic_violence": {
        "domestic_violence": 55, "dv_threat": 15, "dv_injury": 25, "dv_order_breach": 5,
    },
    "telecom_fraud": {
        "telecom_fraud": 15, "fraud_rebate": 25, "fraud_impersonation": 12,
        "fraud_investment": 20, "fraud_loan": 13, "fraud_customer_service": 15,
    },
}
# Enterprise incidents (护企): their categories count in public order or economic disputes.
ENTERPRISE_WEIGHTS: dict[str, float] = {
    "enterprise_security": 30, "enterprise_obstruction": 25, "enterprise_surroundings": 20,
    "enterprise_dispute": 25,
}
ENTERPRISE_GROUP = {
    "enterprise_security": "public_order", "enterprise_obstruction": "public_order",
    "enterprise_surroundings": "public_order", "enterprise_dispute": "dispute_economic",
}
FLOOR_PER_DAY = {"domestic_violence": 1.0, "enterprise": 0.5}
ENTERPRISE_COUNT = 235

# What calls turn out to be (share of all calls). Incidents and 12345 transfers are the
# year's figures; the rest split the remainder like a busy city centre (invalid calls ≈30%).
_INCIDENT_SHARE = YEAR_INCIDENTS / YEAR_CALLS
_TRANSFER_SHARE = YEAR_TRANSFERS_12345 / YEAR_CALLS
_OTHER = {"duplicate": 13.0, "inquiry": 20.0, "complaint": 2.5, "nuisance": 24.0,
          "silent": 10.29, "handover_119": 1.5, "handover_120": 3.5}
DISPOSITION_SHARES: dict[str, float] = {
    "incident": _INCIDENT_SHARE,
    "transfer_12345": _TRANSFER_SHARE,
    **{k: v / sum(_OTHER.values()) * (1 - _INCIDENT_SHARE - _TRANSFER_SHARE)
       for k, v in _OTHER.items()},
}
# Categories of calls that make no incident.
CALL_CATEGORIES: dict[str, dict[str, float]] = {
    "transfer_12345": {"municipal": 30, "utilities": 25, "sanitation": 15,
                       "urban_management": 20, "non_police_other": 10},
    "inquiry": {"inquiry": 1}, "complaint": {"complaint": 1}, "nuisance": {"nuisance": 1},
    "silent": {"silent": 1}, "handover_119": {"fire": 80, "gas_leak": 20},
    "handover_120": {"medical_emergency": 1},
}
# Share of calls on the 122 traffic line, by what the call is about.
LINE_122 = {"traffic": 0.75, "inquiry": 0.12, "other": 0.02}

# --- time --------------------------------------------------------------------------------

# Calls per local hour (relative): quiet 02–06, peaks late morning and in the evening.
HOUR_WEIGHTS: tuple[float, ...] = (
    3.0, 2.2, 1.5, 1.1, 1.0, 1.3, 2.2, 3.4, 4.6, 5.4, 5.9, 6.1,
    5.6, 5.0, 5.2, 5.4, 5.6, 5.9, 6.3, 6.6, 6.4, 5.7, 4.7, 3.8,
)
# Weekends: a little more at night and late evening.
WEEKEND_HOUR_WEIGHTS: tuple[float, ...] = tuple(
    w * (1.25 if h in (0, 1, 2, 21, 22, 23) else 1.0) for h, w in enumerate(HOUR_WEIGHTS)
)
# Day-of-week load (Monday first); weekends a bit higher, mean 1.
WEEKDAY_FACTORS: tuple[float, ...] = (0.968, 0.968, 0.968, 0.968, 0.968, 1.08, 1.08)
DAY_NOISE = 0.04

# Seconds from answering to the call being logged, by disposition.
LOG_SECONDS: dict[str, tuple[int, int]] = {
    "incident": (45, 180), "duplicate": (30, 90), "inquiry": (30, 150),
    "complaint": (60, 200), "nuisance": (5, 40), "silent": (3, 15),
    "transfer_12345": (60, 200), "handover_119": (30, 90), "handover_120": (30, 90),
}
# Seconds from intake to the first unit dispatched, by priority.
DISPATCH_SECONDS: dict[int, tuple[int, int]] = {1: (30, 90), 2: (45, 150), 3: (60, 180)}
# Minutes from dispatch to the first unit on scene (low, mode, high), by area type.
ARRIVAL_MINUTES: dict[str, tuple[float, float, float]] = {
    "urban": (3, 6, 15), "suburban": (5, 9, 22), "rural": (8, 15, 38),
}
URGENT_ARRIVAL_FACTOR = 0.75


@dataclass(frozen=True)
class Handling:
    """How a group's incidents are worked: by phone or on scene, and how long."""

    by_phone: float  # share settled at intake (guidance, caller withdrew)
    two_units: float  # share that needs a second unit
    on_scene_min: tuple[int, int]  # on scene → handled
    close_min: tuple[int, int]  # handled → closed
    closures: tuple[str, ...]  # closure codes (db/reference/closures.csv), first most common


HANDLING: dict[str, Handling] = {
    "criminal": Handling(0.02, 0.40, (30, 180), (15, 120), ("criminal_case", "resolved")),
    "public_order": Handling(0.05, 0.25, (15, 90), (5, 60),
                             ("admin_case", "resolved", "nothing_found", "unfounded")),
    "traffic": Handling(0.06, 0.12, (15, 75), (5, 45),
                        ("resolved", "handed_over", "nothing_found")),
    "fire": Handling(0.0, 0.30, (20, 120), (10, 90), ("handed_over", "resolved")),
    "assist_missing": Handling(0.0, 0.30, (30, 300), (5, 60), ("assistance",)),
    "assist_selfharm": Handling(0.0, 0.50, (20, 120), (10, 90), ("assistance",)),
    "assist_trapped": Handling(0.0, 0.15, (10, 60), (5, 45), ("assistance",)),
    "assist_lost_property": Handling(0.30, 0.02, (10, 60), (10, 240), ("assistance",)),
    "assist_other": Handling(0.15, 0.05, (10, 60), (5, 45), ("assistance", "handed_over")),
    "dispute_neighbour": Handling(0.08, 0.05, (20, 120), (5, 60), ("mediated",)),
    "dispute_economic": Handling(0.08, 0.10, (20, 120), (5, 60), ("mediated",)),
    "dispute_consumer": Handling(0.10, 0.05, (20, 90), (5, 60), ("mediated",)),
    "dispute_family": Handling(0.05, 0.10, (20, 120), (5, 60), ("mediated",)),
    "domestic_violence": Handling(0.0, 0.40, (30, 150), (20, 180),
                                  ("admin_case", "criminal_case", "mediated")),
    "telecom_fraud": Handling(0.40, 0.02, (30, 120), (30, 180), ("criminal_case",)),
}
# Assistance result recorded for each help group (console.domain.outcomes).
ASSISTANCE_RESULT = {
    "assist_missing": "found", "assist_selfharm": "rescued", "assist_trapped": "rescued",
    "assist_lost_property": "returned",
}
MEDIATED_GROUPS = frozenset(
    {"dispute_neighbour", "dispute_economic", "dispute_consumer", "dispute_family"})

# People caught: criminal incidents catch someone 40% of the time (1–3 people); the
# public-order share is whatever makes the year come to YEAR_CAUGHT.
CAUGHT_COUNTS = (1, 2, 3)
CAUGHT_WEIGHTS = (0.7, 0.2, 0.1)
CAUGHT_CRIMINAL_SHARE = 0.40
_CAUGHT_MEAN = sum(c * w for c, w in zip(CAUGHT_COUNTS, CAUGHT_WEIGHTS, strict=True))
CAUGHT_PUBLIC_ORDER_SHARE = (
    (YEAR_CAUGHT - GROUP_YEAR["criminal"] * CAUGHT_CRIMINAL_SHARE * _CAUGHT_MEAN)
    / (GROUP_YEAR["public_order"] * _CAUGHT_MEAN)
)


def _expected_assignments_per_year() -> float:
    return sum(
        count * (1 - HANDLING[group].by_phone) * (1 + HANDLING[group].two_units)
        for group, count in GROUP_YEAR.items()
    )


# Officers per assignment: 2 as a rule, sometimes 1 or 3, so that turnouts
# (officers summed over assignments) come to YEAR_TURNOUTS.
_OFFICERS_TARGET = YEAR_TURNOUTS / _expected_assignments_per_year()
OFFICERS_ONE_SHARE = 0.10
OFFICERS_THREE_SHARE = min(0.85, max(0.0, _OFFICERS_TARGET - 2 + OFFICERS_ONE_SHARE))

# Callbacks: share reached, and ratings of those reached (satisfaction ≈99.6%). A caller
# not reached is tried again (db/reference/callbacks.toml), and is harder to reach then.
# Callbacks are made in office hours (local, [from, to)).
CALLBACK_NOT_REACHED = 0.03
CALLBACK_RETRY_NOT_REACHED = 0.20
CALLBACK_HOURS = (8, 21)
CALLBACK_RATINGS = ("satisfied", "basically_satisfied", "dissatisfied")
CALLBACK_RATING_WEIGHTS = (0.900, 0.096, 0.004)
ENTERPRISE_ESCALATED = 0.10  # enterprise incidents not resolved on the spot

# Telecom fraud per report: loss (lognormal, yuan), frozen accounts, money recovered.
FRAUD_LOSS_MU = 10.05
FRAUD_LOSS_SIGMA = 1.0
FRAUD_STOP_PAYMENT = 0.70
FRAUD_FROZEN_COUNTS = (1, 2, 3)
FRAUD_FROZEN_WEIGHTS = (0.60, 0.25, 0.15)
_FROZEN_MEAN = sum(c * w for c, w in zip(FRAUD_FROZEN_COUNTS, FRAUD_FROZEN_WEIGHTS,
                                         strict=True))
FRAUD_FROZEN_SHARE = YEAR_FRAUD_FROZEN / GROUP_YEAR["telecom_fraud"] / _FROZEN_MEAN
FRAUD_RECOVERED_RANGE = (0.10, 0.70)  # share of the loss recovered when accounts are frozen
# Scale so that recovered money per year is the reference figure.
_LOSS_MEAN = 2.718281828459045 ** (FRAUD_LOSS_MU + FRAUD_LOSS_SIGMA ** 2 / 2)
FRAUD_RECOVERY_SCALE = (
    YEAR_FRAUD_RECOVERED_YUAN / GROUP_YEAR["telecom_fraud"]
    / (FRAUD_FROZEN_SHARE * _LOSS_MEAN * sum(FRAUD_RECOVERED_RANGE) / 2)
)

# Work done late: the share of items of each kind finished after their deadline (a handful
# a day at the default load). Each leaves the escalations its overdue queue item raised.
LATE_SHARE: dict[str, float] = {
    "dispatch": 0.0003, "arrival": 0.0008, "handling": 0.0005, "closure": 0.0003,
    "push_ack": 0.01, "callback": 0.0007, "silent_callback": 0.0005, "incomplete_call": 0.01,
}
# On the end day, a few incidents wait at each open stage at "now" (a call-taker still
# finding a unit, a unit slow to report, a closure not yet written), so the board shows
# every stage and the queues have some items overdue today: per stage, HOLDS_PER_STAGE (at
# the default load) of the incidents received between the given minutes before "now".
HOLDS_PER_STAGE = 2
HOLD_WINDOWS: dict[str, tuple[int, int]] = {
    "intake": (3, 8), "dispatched": (10, 25), "en_route": (20, 45), "on_scene": (90, 200),
    "handled": (240, 480),
}

# DV households: how many incidents a household has over the period.
DV_HOUSEHOLD_SIZES = (1, 2, 3, 4, 5)
DV_HOUSEHOLD_WEIGHTS = (0.55, 0.22, 0.11, 0.07, 0.05)
DV_GAP_DAYS = (1, 20)

# --- places --------------------------------------------------------------------------------

# Call load per jurisdiction: population, with the urban districts weighing more.
JURISDICTION_WEIGHTS: dict[str, float] = {
    "340403": 30, "340402": 12, "340404": 12, "340405": 6, "340406": 11,
    "340421": 13, "340422": 16,
}
# Enterprises per jurisdiction: where the industrial parks are.
ENTERPRISE_JURISDICTION_WEIGHTS: dict[str, float] = {
    "340403": 18, "340402": 16, "340404": 14, "340405": 8, "340406": 16,
    "340421": 14, "340422": 14,
}
ROAD_FIRST = ("安", "康", "福", "瑞", "泰", "祥", "兴", "华", "明", "宁", "丰", "德", "顺",
              "嘉", "盛", "和", "永", "春", "秀", "富")
ROAD_SECOND = ("平", "乐", "宁", "源", "阳", "新", "园", "林", "山", "溪", "桥", "苑", "安",
               "泰", "昌", "旺")
ROAD_SUFFIX = ("路", "路", "路", "街", "大道")
ROADS_PER_JURISDICTION = 20
STREET_NUMBERS = 300
COMPOUND_SUFFIX = ("花园", "小区", "家园", "新村", "苑", "名邸")
COMPOUNDS_PER_JURISDICTION = 30
BUILDINGS, UNITS_PER_BUILDING, FLOORS, FLATS_PER_FLOOR = 15, 4, 18, 2
HOTSPOT_KINDS = ("商业广场", "农贸市场", "客运站", "公园", "步行街", "夜市", "中学门口",
                 "医院门口", "汽车站", "超市")
HOTSPOTS_PER_JURISDICTION = 25
TOWN_SECOND = ("集", "湖", "岗", "桥", "店", "庄")
VILLAGES_PER_TOWN = 12
VILLAGE_GROUPS = 12
PARKS = ("经济开发区", "工业园", "高新区", "产业园")

# Where incidents of a group happen: street, crossing, hotspot or home (weights).
PLACE_WEIGHTS: dict[str, tuple[float, float, float, float]] = {
    "traffic": (40, 50, 10, 0),
    "criminal": (35, 0, 25, 40),
    "public_order": (35, 0, 40, 25),
    "fire": (30, 0, 10, 60),
    "assist_missing": (30, 0, 30, 40),
    "assist_selfharm": (20, 0, 20, 60),
    "assist_trapped": (20, 0, 10, 70),
    "assist_lost_property": (40, 0, 60, 0),
    "assist_other": (40, 0, 30, 30),
    "dispute_neighbour": (0, 0, 0, 100),
    "dispute_economic": (50, 0, 30, 20),
    "dispute_consumer": (30, 0, 70, 0),
    "dispute_family": (0, 0, 0, 100),
    "domestic_violence": (0, 0, 0, 100),
    "telecom_fraud": (0, 0, 0, 100),
}

# --- people ------------------------------------------------------------------------------------

SURNAMES = (
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭",
    "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾",
    "肖", "田", "董", "袁", "潘", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任",
    "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金", "石",
)
GIVEN_NAMES = (
    "伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟",
    "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "建华", "文", "华", "红", "建国", "志强",
    "海燕", "玉兰", "丹", "萍", "鑫", "浩", "宇", "欣怡", "子涵", "梓轩", "雨桐", "晓东", "春梅",
    "国庆", "凤英", "长林", "德胜", "玉梅", "晓燕", "立新", "家豪", "思远", "慧敏", "俊杰", "婷婷",
    "成龙", "小燕", "红梅", "金凤", "卫东", "永红",
)
CALLER_PREFIX = "19900"  # every demo caller number: 19900xxxxxx
CALLER_SPACE = 1_000_000
REPEAT_CALLERS = 5_000  # numbers 0..4999 call often
NUISANCE_CALLERS = 300  # and 0..299 make most nuisance calls
REPEAT_CALLER_SHARE = 0.22
NUISANCE_FROM_POOL = 0.60
NAMELESS_SHARE = 0.30
STAFF_PREFIX = "13800"  # enterprise responsible persons: 13800xxxxxx
LANDLINE_PREFIX = "0554-0"  # enterprise switchboards (no real 0554 number starts with 0)
BANK_CARD_PREFIX = "62000000"

# --- enterprises ------------------------------------------------------------------------------

ENTERPRISE_WORDS = (
    "恒泰", "鑫源", "华宇", "宏达", "金鼎", "瑞丰", "中联", "皖淮", "东辰", "永兴", "泰和", "新锐",
    "天成", "润达", "安盛", "嘉禾", "博远", "汇通", "德隆", "正邦", "淮润", "鼎盛", "丰源", "远航",
)
INDUSTRIES: dict[str, str] = {
    "机械": "机械制造", "化工": "化工", "建材": "建材", "食品": "食品加工", "纺织": "纺织服装",
    "电子": "电子信息", "新能源": "新能源", "物流": "现代物流", "煤机装备": "煤矿装备",
    "建筑工程": "建筑施工", "医药": "医药", "包装": "包装印刷", "环保科技": "节能环保",
    "农业开发": "农副产品", "商贸": "商贸流通",
}
COMPANY_SUFFIX = ("有限公司", "有限公司", "股份有限公司")
BUREAU_LEADERS = 12
STATION_LEADERS_PER_JURISDICTION = 4
OFFICERS_PER_JURISDICTION = 15

# --- words of the records ------------------------------------------------------------------

SUMMARIES: dict[str, tuple[str, ...]] = {
    "traffic_accident": ("两车刮擦，无人员受伤，双方对责任有争议", "车辆追尾，请求交警处理",
                         "电动车与轿车相撞，车辆受损"),
    "traffic_accident_injury": ("车辆相撞，一人受伤，已通知120", "电动车被撞倒，骑车人腿部受伤"),
    "hit_and_run": ("被车辆剐蹭后对方驾车离开", "停放车辆被撞，肇事车辆逃逸"),
    "drunk_driving": ("发现一辆车行驶不稳，疑似酒后驾驶",),
    "traffic_congestion": ("路口车辆拥堵严重，请求疏导",),
    "illegal_parking": ("车辆堵住小区出入口，联系不上车主", "车辆占用消防通道"),
    "theft": ("店内财物被盗", "手机在公交车上被偷"), "ebike_theft": ("停在楼下的电动车被盗",),
    "burglary": ("家中被人撬门入室，财物丢失",), "vehicle_theft": ("停放的轿车不见了",),
    "fight": ("多人在店门口打架", "两人发生口角后互殴"), "noise": ("楼上深夜装修噪音扰民",
                                                           "广场舞音响声音过大"),
    "drunken_disorder": ("有人醉酒后在店内闹事",), "suspicious_person": ("有可疑人员在小区内徘徊",),
    "lift_trapped": ("电梯故障，有人被困", "电梯停在两层之间，两人被困"),
    "lost_property": ("钱包遗失在出租车上", "手机丢失，请求帮助寻找", "捡到他人证件"),
    "missing_person": ("家中老人外出未归", "小孩在商场走失"),
    "self_harm": ("家属称其有轻生念头，情绪激动",), "medical_emergency": ("路边有人晕倒",),
    "dispute_neighbour": ("与邻居因楼道堆放杂物发生纠纷", "楼上漏水与邻居产生纠纷"),
    "dispute_economic": ("与对方因欠款发生纠纷",), "wage_arrears": ("工地多名工人讨要工资",),
    "dispute_consumer": ("与商家因退货发生纠纷", "在饭店消费后对收费有异议"),
    "dispute_family": ("夫妻因家庭琐事发生争吵", "与子女因赡养问题发生纠纷"),
    "domestic_violence": ("报警人称被丈夫殴打", "报警人称被家人打伤"),
    "dv_threat": ("前夫多次上门威胁", "报警人称一直被前男友跟踪"),
    "dv_injury": ("报警人称被配偶打伤头部",),
    "dv_order_breach": ("对方违反人身安全保护令上门滋扰",),
    "enterprise_security": ("厂区内发生盗窃", "厂区内有人员打架"),
    "enterprise_obstruction": ("有人在施工现场阻挠施工", "企业门口被人堵住，影响生产"),
    "enterprise_surroundings": ("企业周边有人聚集滋事",),
    "enterprise_dispute": ("企业与供应商发生经济纠纷", "工人与企业因工资发生纠纷"),
    "fire": ("居民楼冒烟，疑似着火",), "gas_leak": ("闻到燃气味道，疑似泄漏",),
    "inquiry": ("咨询户籍办理事宜", "咨询出入境证件办理", "咨询交通违法处理", ""),
    "complaint": ("投诉出警速度慢", "投诉某路段夜间施工"), "nuisance": ("", "无效报警"),
    "silent": ("",), "municipal": ("路灯损坏，转12345",), "utilities": ("小区停水，转12345",),
    "sanitation": ("垃圾长时间未清运，转12345",), "urban_management": ("占道经营，转12345",),
    "non_police_other": ("非警务求助，转12345",),
}
GROUP_SUMMARIES: dict[str, tuple[str, ...]] = {
    "criminal": ("报警人称财物被侵害", "发生刑事警情，请求出警"),
    "public_order": ("发生治安纠纷，请求处理",),
    "traffic": ("发生交通事故",), "telecom_fraud": ("报警人称被骗，已向对方转账",),
    "assist_trapped": ("有人被困，请求救助",), "assist_other": ("群众求助",),
}
RESULTS: dict[str, tuple[str, ...]] = {
    "criminal": ("已立案侦查", "嫌疑人已控制，移交办案单位"),
    "public_order": ("现场调解，双方和解", "已依法处理"),
    "traffic": ("已疏导交通，双方协商处理", "已移交交警处理"),
    "fire": ("已配合消防处置",), "assist_missing": ("已找到走失人员，交家属",),
    "assist_selfharm": ("已成功劝解救助",), "assist_trapped": ("被困人员已脱困",),
    "assist_lost_property": ("遗失物品已找回归还",), "assist_other": ("已提供帮助",),
    "dispute_neighbour": ("经调解双方达成一致",), "dispute_economic": ("经调解双方达成协议",),
    "dispute_consumer": ("经调解商家同意退款",), "dispute_family": ("经调解双方和好",),
    "domestic_violence": ("已制止家暴，出具告诫书", "已制止家暴，协助申请人身安全保护令"),
    "telecom_fraud": ("已紧急止付，立案侦查",),
}
CALLBACK_REMARKS = ("对处置结果满意", "民警态度很好", "问题已解决", "")
DISSATISFIED_REMARKS = ("认为出警太慢", "对处理结果不认可")
NOT_REACHED_REMARKS = ("电话无人接听", "电话关机", "")
# A silent call called back: reached or not, and what the call-taker noted.
SILENT_REACHED = 0.55
SILENT_REMARKS = {"reached": ("误拨，无警情", "儿童误拨", "信号不好，已确认无事"),
                  "not_reached": ("回拨无人接听", "回拨关机", "")}
# End day: share of inquiries saved incomplete (for the call-taker to complete), and the
# remarks the completion records.
INCOMPLETE_SHARE_END_DAY = 0.02
COMPLETED_REMARKS = ("已补录报警类别", "已与报警人核实并补录")
# Escalations raised by a person (the enterprise desk's reason is its own words) and how the
# supervisor resolves them, by reason.
ENTERPRISE_ESCALATION = "现场未能化解，报市局领导督办"
ESCALATION_RESOLUTIONS = {
    ENTERPRISE_ESCALATION: "市局领导督办，问题已解决",
    "callback_dissatisfied": "值班长复核，已向群众解释并整改",
    "callback_not_reached": "值班长核查，已由社区民警当面回访",
}
BANKS = ("中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "邮政储蓄银行",
         "徽商银行", "招商银行")


def cumulative(weights: dict[str, float]) -> tuple[tuple[str, ...], tuple[float, ...]]:
    """Keys and their cumulative weights, for `random.choices(keys, cum_weights=…)`."""
    keys = tuple(weights)
    return keys, tuple(accumulate(weights[k] for k in keys))


def incident_weights(calls_per_day: int) -> dict[tuple[str, str], float]:
    """Expected incidents a day per (group, category), enterprise as its own group.

    Scaled from the year to `calls_per_day`; DV and enterprise get their floor.
    """
    scale = calls_per_day / DEFAULT_CALLS_PER_DAY / 365
    enterprise_day = max(YEAR_ENTERPRISE_INCIDENTS * scale, FLOOR_PER_DAY["enterprise"])
    dv_day = max(GROUP_YEAR["domestic_violence"] * scale, FLOOR_PER_DAY["domestic_violence"])
    ent_total = sum(ENTERPRISE_WEIGHTS.values())
    carved = {g: 0.0 for g in GROUP_YEAR}
    for code, weight in ENTERPRISE_WEIGHTS.items():
        carved[ENTERPRISE_GROUP[code]] += weight / ent_total * YEAR_ENTERPRISE_INCIDENTS
    out: dict[tuple[str, str], float] = {}
    for group, count in GROUP_YEAR.items():
        per_day = dv_day if group == "domestic_violence" else (count - carved[group]) * scale
        cats = CATEGORY_WEIGHTS[group]
        total = sum(cats.values())
        for code, weight in cats.items():
            out[(group, code)] = per_day * weight / total
    for code, weight in ENTERPRISE_WEIGHTS.items():
        out[("enterprise", code)] = enterprise_day * weight / ent_total
    return out


def disposition_shares(calls_per_day: int) -> dict[str, float]:
    """Shares of calls by disposition; the incident share grows by the desks' floors."""
    weights = incident_weights(calls_per_day)
    incidents_day = sum(weights.values())
    incident_share = incidents_day / calls_per_day
    rest = 1 - DISPOSITION_SHARES["incident"]
    factor = (1 - incident_share) / rest if rest else 0.0
    return {k: (incident_share if k == "incident" else v * factor)
            for k, v in DISPOSITION_SHARES.items()}
