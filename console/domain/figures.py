"""Every figure of the daily tallies, defined once: key, label, unit and how it is counted.

The store computes the figures (`console.store.tallies`), the summary view,
the sign-off snapshot and the report exports all read them by the keys below;
`docs/figures.md` documents the same registry. A key, once published, never
changes meaning: JSON exports and signed snapshots rely on it.

Labels are bilingual here, like the reference data, so that a headless export
needs no translator.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from decimal import Decimal

Value = int | float | None

# Units: how a value is read and shown.
COUNT = "count"
PERSON_TIMES = "person_times"
FEN = "fen"  # money, in fen (1/100 yuan), exact integers
PERCENT = "percent"
SECONDS = "seconds"


@dataclass(frozen=True)
class Section:
    key: str
    zh: str
    en: str

    def label(self, lang: str) -> str:
        return self.zh if lang.startswith("zh") else self.en


@dataclass(frozen=True)
class Figure:
    key: str
    section: str
    zh: str
    en: str
    unit: str
    definition: str  # how it is counted (English, for docs/figures.md)
    compare: bool = True  # show growth against the same period a year earlier

    def label(self, lang: str) -> str:
        return self.zh if lang.startswith("zh") else self.en


SECTIONS: tuple[Section, ...] = (
    Section("calls", "接警", "Calls"),
    Section("incidents", "警情", "Incidents"),
    Section("turnouts", "出警与查处", "Turnouts and arrests"),
    Section("assistance", "求助救助", "Assistance"),
    Section("disputes", "矛盾纠纷调解", "Disputes mediated"),
    Section("fraud", "电信网络诈骗", "Telecom and online fraud"),
    Section("enterprise", "护企110", "Enterprise protection"),
    Section("dv", "反家暴", "Anti-domestic violence"),
    Section("quality", "结案与回访", "Closure and callbacks"),
    Section("response", "响应时间", "Response times"),
)

_F = Figure
FIGURES: tuple[Figure, ...] = (
    _F("calls_total", "calls", "接警总数", "Calls received", COUNT,
       "calls whose tally day (calls.day) is in the period, every disposition"),
    _F("calls_line_110", "calls", "110报警电话", "Calls on line 110", COUNT, "calls.line = '110'"),
    _F("calls_line_122", "calls", "122交通报警", "Calls on line 122", COUNT, "calls.line = '122'"),
    _F("calls_incident", "calls", "新警情来电", "Calls opening an incident", COUNT,
       "calls.disposition = 'incident'"),
    _F("calls_duplicate", "calls", "重复报警", "Duplicate calls", COUNT,
       "calls.disposition = 'duplicate'"),
    _F("calls_inquiry", "calls", "咨询", "Inquiries", COUNT, "calls.disposition = 'inquiry'"),
    _F("calls_complaint", "calls", "投诉", "Complaints", COUNT, "calls.disposition = 'complaint'"),
    _F("calls_nuisance", "calls", "骚扰/无效报警", "Nuisance / invalid calls", COUNT,
       "calls.disposition = 'nuisance'"),
    _F("calls_silent", "calls", "无声/中断电话", "Silent / dropped calls", COUNT,
       "calls.disposition = 'silent'"),
    _F("calls_transfer_12345", "calls", "转12345诉求", "Appeals transferred to 12345", COUNT,
       "calls.disposition = 'transfer_12345'"),
    _F("calls_handover_119", "calls", "移交119", "Handed over to 119", COUNT,
       "calls.disposition = 'handover_119'"),
    _F("calls_handover_120", "calls", "移交120", "Handed over to 120", COUNT,
       "calls.disposition = 'handover_120'"),
    _F("incidents_total", "incidents", "警情总数", "Incidents", COUNT,
       "incidents whose tally day (incidents.day) is in the period, every stage"),
    _F("incidents_criminal", "incidents", "刑事警情", "Criminal incidents", COUNT,
       "incidents of a category in tally group 'criminal'"),
    _F("incidents_public_order", "incidents", "治安警情", "Public-order incidents", COUNT,
       "incidents of a category in tally group 'public_order'"),
    _F("incidents_traffic", "incidents", "交通警情", "Traffic incidents", COUNT,
       "incidents of a category in tally group 'traffic'"),
    _F("incidents_street_posts", "incidents", "街面警务站处警", "Incidents taken by street posts",
       COUNT, "incidents with at least one assignment of a unit of kind duty_station or "
       "stationing_point"),
    _F("street_posts_share_pct", "incidents", "街面警务站处警占比",
       "Street posts' share of incidents", PERCENT,
       "incidents_street_posts / incidents_total × 100", compare=False),
    _F("turnouts_person_times", "turnouts", "出动警力（人次）", "Police turnouts (person-times)",
       PERSON_TIMES, "sum of assignments.officers over assignments of the period's incidents"),
    _F("turnouts_assignments", "turnouts", "派出警力（车组次）", "Unit assignments", COUNT,
       "count of assignments of the period's incidents"),
    _F("people_caught", "turnouts", "抓获违法犯罪人员", "Suspects / offenders caught", COUNT,
       "sum of incident_outcomes.people_caught over the period's incidents"),
    _F("assist_missing_found", "assistance", "找回走失人员", "Missing persons found", COUNT,
       "outcomes 'found' of incidents in tally group assist_missing"),
    _F("assist_selfharm_rescued", "assistance", "救助轻生人员", "Self-harm cases rescued", COUNT,
       "outcomes 'rescued' of incidents in tally group assist_selfharm"),
    _F("assist_trapped_rescued", "assistance", "解救被困群众", "Trapped persons rescued", COUNT,
       "outcomes 'rescued' of incidents in tally group assist_trapped"),
    _F("assist_lost_property_returned", "assistance", "帮助找回遗失物品", "Lost items returned",
       COUNT, "outcomes 'returned' of incidents in tally group assist_lost_property"),
    _F("mediated_neighbour", "disputes", "调解邻里纠纷", "Neighbour disputes mediated", COUNT,
       "outcomes with mediated = 1 of incidents in tally group dispute_neighbour"),
    _F("mediated_economic", "disputes", "调解经济纠纷", "Economic disputes mediated", COUNT,
       "outcomes with mediated = 1 of incidents in tally group dispute_economic"),
    _F("mediated_consumer", "disputes", "调解消费纠纷", "Consumer disputes mediated", COUNT,
       "outcomes with mediated = 1 of incidents in tally group dispute_consumer"),
    _F("mediated_family", "disputes", "调解婚恋家庭纠纷", "Family / marriage disputes mediated",
       COUNT, "outcomes with mediated = 1 of incidents in tally group dispute_family"),
    _F("fraud_cases", "fraud", "电诈警情处置", "Fraud cases handled", COUNT,
       "fraud_reports whose call's tally day is in the period"),
    _F("fraud_stop_payments", "fraud", "紧急止付申请", "Stop-payment requests", COUNT,
       "fraud_reports with stop_payment_requested = 1"),
    _F("fraud_accounts_frozen", "fraud", "冻结涉案账户", "Bank accounts frozen", COUNT,
       "sum of fraud_reports.accounts_frozen"),
    _F("fraud_loss_fen", "fraud", "报案损失金额", "Money reported lost", FEN,
       "sum of fraud_reports.loss_fen"),
    _F("fraud_money_recovered_fen", "fraud", "挽回损失金额", "Money recovered", FEN,
       "sum of fraud_reports.money_recovered_fen"),
    _F("enterprise_incidents", "enterprise", "涉企警情", "Enterprise-related incidents", COUNT,
       "incidents with is_enterprise = 1"),
    _F("enterprise_key_incidents", "enterprise", "涉重点企业警情",
       "Incidents concerning key enterprises", COUNT,
       "incidents with enterprise_id set (a registered key enterprise)"),
    _F("enterprises_concerned", "enterprise", "涉及重点企业", "Key enterprises concerned", COUNT,
       "distinct incidents.enterprise_id"),
    _F("enterprise_pushes", "enterprise", "一警三派推送", "Pushes sent (一警三派)", COUNT,
       "enterprise_pushes of the period's enterprise incidents"),
    _F("enterprise_pushes_acked", "enterprise", "推送已签收", "Pushes acknowledged", COUNT,
       "those pushes with acked_at set"),
    _F("enterprise_callbacks", "enterprise", "涉企回访", "Enterprise callbacks done", COUNT,
       "done callbacks (done_at set) of the period's enterprise incidents"),
    _F("enterprises_registered", "enterprise", "重点企业在册", "Key enterprises registered",
       COUNT, "active enterprises registered by the period's last day (in its jurisdiction)"),
    _F("enterprise_visits", "enterprise", "走访企业", "Enterprise visits", COUNT,
       "service-file entries of kind visit whose day is in the period"),
    _F("enterprise_pushes_acked_in_time", "enterprise", "推送按时签收",
       "Pushes acknowledged in time", COUNT,
       "pushes acknowledged within the push_ack deadline (queue_rules.toml) of being sent"),
    _F("enterprise_callbacks_reached", "enterprise", "涉企回访联系上",
       "Enterprise callbacks reached", COUNT,
       "done callbacks of enterprise incidents rated satisfied, basically or dissatisfied"),
    _F("enterprise_callbacks_satisfied", "enterprise", "涉企回访满意",
       "Enterprise callbacks satisfied", COUNT,
       "done callbacks of enterprise incidents rated satisfied or basically satisfied"),
    _F("enterprise_satisfaction_pct", "enterprise", "涉企回访满意率",
       "Enterprise satisfaction rate", PERCENT,
       "enterprise_callbacks_satisfied / enterprise_callbacks_reached × 100", compare=False),
    _F("enterprise_supervisions_open", "enterprise", "挂牌督办未办结",
       "Supervisions (挂牌督办) open", COUNT,
       "escalations with a responsible leader of the period's incidents, not resolved"),
    _F("enterprise_supervisions_resolved", "enterprise", "挂牌督办已办结",
       "Supervisions (挂牌督办) resolved", COUNT,
       "escalations with a responsible leader of the period's incidents, resolved"),
    _F("dv_incidents", "dv", "家暴警情", "Domestic-violence incidents", COUNT,
       "incidents with is_dv = 1"),
    _F("dv_households", "dv", "涉及家庭（地址）", "Households (addresses) concerned", COUNT,
       "distinct non-empty address_key of DV incidents; no name, number or address is exported"),
    _F("dv_callbacks", "dv", "家暴回访", "DV callbacks done", COUNT,
       "done callbacks of the period's DV incidents"),
    _F("dv_taken", "dv", "专席签收", "Taken by the DV desk", COUNT,
       "DV incidents of the period someone answers for: taken by the desk (签收) or assigned"
       " (an incident_owners row)"),
    _F("dv_assessed", "dv", "风险评估", "Risk-assessed", COUNT,
       "DV incidents of the period with at least one dv_assessments row"),
    _F("dv_high_risk", "dv", "红色（高风险）", "High risk (red)", COUNT,
       "DV incidents of the period whose latest assessment's colour is red"),
    _F("dv_warnings_issued", "dv", "告诫书", "Written warnings issued", COUNT,
       "dv_warnings rows about the period's incidents"),
    _F("dv_orders_applied", "dv", "协助申请保护令", "Protection orders applied for", COUNT,
       "dv_orders rows about the period's incidents"),
    _F("dv_orders_granted", "dv", "保护令签发", "Protection orders granted", COUNT,
       "dv_orders rows about the period's incidents with decision = granted"),
    _F("dv_referrals", "dv", "转介（妇联、庇护、医疗、法援）", "Referrals", COUNT,
       "dv_referrals rows about the period's incidents"),
    _F("incidents_closed", "quality", "已结案警情", "Incidents closed", COUNT,
       "incidents whose stage is closed or called_back"),
    _F("closure_rate_pct", "quality", "结案率", "Closure rate", PERCENT,
       "incidents_closed / incidents_total × 100", compare=False),
    _F("callbacks_done", "quality", "回访数", "Callbacks done", COUNT,
       "callbacks of the period's incidents with done_at set"),
    _F("callbacks_reached", "quality", "回访联系上", "Callbacks reached", COUNT,
       "done callbacks rated satisfied, basically_satisfied or dissatisfied"),
    _F("callbacks_satisfied", "quality", "满意及基本满意", "Satisfied or basically satisfied",
       COUNT, "done callbacks rated satisfied or basically_satisfied"),
    _F("callbacks_dissatisfied", "quality", "不满意", "Dissatisfied", COUNT,
       "done callbacks rated dissatisfied"),
    _F("satisfaction_rate_pct", "quality", "群众满意率", "Callback satisfaction rate", PERCENT,
       "callbacks_satisfied / callbacks_reached × 100", compare=False),
    _F("intake_measured", "response", "接警登记计时数", "Incident calls timed (intake)", COUNT,
       "calls that opened an incident (disposition 'incident') and were timed at a seat"
       " (not imported: an imported call's record time is only its receive time)",
       compare=False),
    _F("intake_median_s", "response", "接警登记时长中位数", "Intake time, median", SECONDS,
       "median of calls.logged_at − calls.received_at over calls that opened an incident "
       "(ring and answer times are not recorded, so this is the time from the call's arrival "
       "to its saved record: the intake part of the time to dispatch)", compare=False),
    _F("intake_p90_s", "response", "接警登记时长90分位", "Intake time, 90th percentile", SECONDS,
       "90th percentile of the same", compare=False),
    _F("dispatch_measured", "response", "派警计时数", "Incidents timed (dispatch)", COUNT,
       "incidents with dispatched_at set", compare=False),
    _F("dispatch_median_s", "response", "派警时长中位数", "Dispatch time, median", SECONDS,
       "median of incidents.dispatched_at − opened_at", compare=False),
    _F("dispatch_p90_s", "response", "派警时长90分位", "Dispatch time, 90th percentile", SECONDS,
       "90th percentile of the same", compare=False),
    _F("dispatch_within_pct", "response", "派警按时率", "Dispatched within the deadline", PERCENT,
       "share of timed incidents within deadlines.toml [dispatch] for their priority",
       compare=False),
    _F("arrival_measured", "response", "到场计时数", "Incidents timed (arrival)", COUNT,
       "incidents with dispatched_at and arrived_at set", compare=False),
    _F("arrival_median_s", "response", "到场时长中位数", "Arrival time, median", SECONDS,
       "median of incidents.arrived_at − dispatched_at", compare=False),
    _F("arrival_p90_s", "response", "到场时长90分位", "Arrival time, 90th percentile", SECONDS,
       "90th percentile of the same", compare=False),
    _F("arrival_within_pct", "response", "到场按时率", "Arrived within the deadline", PERCENT,
       "share of timed incidents within deadlines.toml [arrival.<area type>] for their "
       "jurisdiction's area type (urban when unknown) and priority", compare=False),
    _F("reach_measured", "response", "接警到场计时数", "Incidents timed (call to arrival)",
       COUNT, "incidents with arrived_at set (a dispatch time is not needed)", compare=False),
    _F("reach_median_s", "response", "接警到场时长中位数", "Call to arrival, median", SECONDS,
       "median of incidents.arrived_at − opened_at: the caller's wait, counted from the call"
       " as the 5-/10-minute arrival rule is", compare=False),
    _F("reach_p90_s", "response", "接警到场时长90分位", "Call to arrival, 90th percentile",
       SECONDS, "90th percentile of the same", compare=False),
    _F("reach_within_pct", "response", "接警到场按时率", "Arrived within the deadline of the call",
       PERCENT, "share of those incidents whose call-to-arrival time is within deadlines.toml"
       " [arrival.<area type>] for their jurisdiction's area type and priority",
       compare=False),
)

BY_KEY: dict[str, Figure] = {f.key: f for f in FIGURES}


@dataclass(frozen=True)
class Breakdown:
    key: str
    zh: str
    en: str
    definition: str

    def label(self, lang: str) -> str:
        return self.zh if lang.startswith("zh") else self.en


BREAKDOWNS: tuple[Breakdown, ...] = (
    Breakdown("calls_by_hour", "分时段接警", "Calls by local hour",
              "calls per local hour of calls.received_at in the centre's time zone, '00'..'23'"),
    Breakdown("calls_by_line", "分线路接警", "Calls by line", "calls per calls.line"),
    Breakdown("calls_by_disposition", "来电处置", "Calls by disposition",
              "calls per calls.disposition"),
    Breakdown("incidents_by_group", "分类别组警情", "Incidents by tally group",
              "incidents per category tally group (categories.csv); 'unmapped' when no category"),
    Breakdown("incidents_by_category", "分类别警情", "Incidents by category",
              "incidents per category code; '' when no category"),
    Breakdown("incidents_by_jurisdiction", "分辖区警情", "Incidents by jurisdiction",
              "incidents per jurisdiction code; '' when unknown"),
    Breakdown("callbacks_by_rating", "回访评价", "Callbacks by rating",
              "done callbacks per callbacks.rating"),
)
BREAKDOWN_BY_KEY: dict[str, Breakdown] = {b.key: b for b in BREAKDOWNS}


@dataclass(frozen=True)
class Period:
    """Local tally days `first`..`last` inclusive, optionally one jurisdiction."""

    first: date
    last: date
    jurisdiction: str | None = None

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise ValueError("the period ends before it starts")

    @classmethod
    def day(cls, day: date, jurisdiction: str | None = None) -> Period:
        return cls(day, day, jurisdiction)

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    @property
    def is_day(self) -> bool:
        return self.first == self.last

    @property
    def is_calendar_year(self) -> bool:
        return (self.first.month, self.first.day, self.last.month, self.last.day) == (
            1, 1, 12, 31) and self.first.year == self.last.year

    def year_earlier(self) -> Period:
        """The same days a year before (29 Feb falls back to 28 Feb)."""
        return Period(_year_back(self.first), _year_back(self.last), self.jurisdiction)

    def to_dict(self) -> dict[str, str | None]:
        return {"from": self.first.isoformat(), "to": self.last.isoformat(),
                "jurisdiction": self.jurisdiction}


def _year_back(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return day.replace(year=day.year - 1, day=28)


@dataclass
class Tallies:
    """The figures of one period: scalar figures by key, breakdowns by key then code.

    `recorded` is False when the database holds no call at all on any day of the
    period (the whole centre, whatever the jurisdiction): the console was not in
    use then, or that history was never imported, so its zeros mean "no data", not
    "nothing happened". Such a period is never compared with (`compared`, `growth`).
    """

    period: Period
    figures: dict[str, Value] = field(default_factory=dict)
    breakdowns: dict[str, dict[str, int]] = field(default_factory=dict)
    recorded: bool = True

    def __getitem__(self, key: str) -> Value:
        return self.figures[key]

    def flat(self) -> dict[str, Value]:
        """Figures and breakdown cells in one mapping (`incidents_by_group.criminal`)."""
        out: dict[str, Value] = dict(self.figures)
        for name, cells in self.breakdowns.items():
            for code, value in cells.items():
                out[f"{name}.{code}"] = value
        return out

    def to_dict(self) -> dict[str, object]:
        return {"period": self.period.to_dict(), "recorded": self.recorded,
                "figures": dict(self.figures),
                "breakdowns": {k: dict(v) for k, v in self.breakdowns.items()}}

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> Tallies:
        raw = data["period"]
        assert isinstance(raw, dict)
        period = Period(date.fromisoformat(raw["from"]), date.fromisoformat(raw["to"]),
                        raw.get("jurisdiction"))
        figures = dict(data.get("figures", {}))  # type: ignore[call-overload]
        breakdowns = {k: dict(v) for k, v in data.get("breakdowns", {}).items()}  # type: ignore[attr-defined]
        return cls(period, figures, breakdowns, bool(data.get("recorded", True)))


def percent(part: float | None, whole: float | None) -> float | None:
    """`part / whole × 100` to two decimals; None when there is nothing to divide by."""
    if not whole or part is None:
        return None
    return round(100.0 * part / whole, 2)


def growth_pct(current: Value, previous: Value) -> float | None:
    """Growth on the year before, in % to two decimals; None without a base."""
    if current is None or not previous:
        return None
    return round(100.0 * (current - previous) / previous, 2)


def compared(previous: Tallies | None, key: str) -> Value:
    """A figure of an earlier period to compare with; None when that period has no data."""
    if previous is None or not previous.recorded:
        return None
    return previous.figures.get(key)


def growth(current: Tallies, previous: Tallies) -> dict[str, float | None]:
    return {f.key: growth_pct(current.figures.get(f.key), compared(previous, f.key))
            for f in FIGURES if f.compare}


@dataclass(frozen=True)
class Difference:
    key: str
    signed: Value
    live: Value


def differences(signed: dict[str, Value], live: dict[str, Value]) -> list[Difference]:
    """Where live figures moved away from a signed snapshot (flat keys, registry order)."""
    keys = list(dict.fromkeys([*signed, *live]))
    order = {f.key: i for i, f in enumerate(FIGURES)}
    keys.sort(key=lambda k: (order.get(k, len(order)), k))
    return [Difference(k, signed.get(k), live.get(k)) for k in keys
            if (signed.get(k) or 0) != (live.get(k) or 0)
            or (signed.get(k) is None) != (live.get(k) is None)]


def format_value(unit: str, value: Value, lang: str = "zh_CN") -> str:
    """A value as a supervisor reads it: `1,234`, `94.12%`, `1,234.56 元`, `1 min 05 s`."""
    if value is None:
        return "—"
    if unit == PERCENT:
        return f"{value:.2f}%"
    if unit == FEN:
        amount = f"{Decimal(int(value)) / 100:,.2f}"
        return f"{amount} 元" if lang.startswith("zh") else f"¥{amount}"
    if unit == SECONDS:
        return format_seconds(float(value), lang)
    return f"{int(value):,}"


def format_seconds(seconds: float, lang: str = "zh_CN") -> str:
    zh = lang.startswith("zh")
    if seconds < 60:
        return f"{seconds:.1f} 秒" if zh else f"{seconds:.1f} s"
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes} 分 {rest:02d} 秒" if zh else f"{minutes} min {rest:02d} s"


def format_growth(value: float | None) -> str:
    return "—" if value is None else f"{value:+.2f}%"


@dataclass(frozen=True)
class TableRow:
    """One row of "The centre, in figures": a label and the figures it shows, in order."""

    zh: str
    en: str
    keys: tuple[str, ...]
    growth_key: str | None = None

    def label(self, lang: str) -> str:
        return self.zh if lang.startswith("zh") else self.en


# The yearly report's table, in the shape of DESIGN.md "The centre, in figures".
CENTRE_TABLE: tuple[TableRow, ...] = (
    TableRow("110接警总量（含122交通报警）", "Calls received on 110 (incl. 122 traffic line)",
             ("calls_total",), "calls_total"),
    TableRow("出动警力（人次）", "Police turnouts (person-times)", ("turnouts_person_times",),
             "turnouts_person_times"),
    TableRow("处置警情 / 其中刑事 / 治安", "Incidents handled / criminal / public-order",
             ("incidents_total", "incidents_criminal", "incidents_public_order"),
             "incidents_total"),
    TableRow("抓获违法犯罪人员", "Suspects / offenders caught", ("people_caught",),
             "people_caught"),
    TableRow("求助：找回走失 / 救助轻生 / 解救被困 / 找回遗失物品",
             "Assistance: missing found / self-harm rescued / trapped rescued"
             " / lost items returned",
             ("assist_missing_found", "assist_selfharm_rescued", "assist_trapped_rescued",
              "assist_lost_property_returned")),
    TableRow("调解纠纷：邻里 / 经济 / 消费 / 婚恋家庭",
             "Disputes mediated: neighbour / economic / consumer / family-marriage",
             ("mediated_neighbour", "mediated_economic", "mediated_consumer", "mediated_family")),
    TableRow("电信网络诈骗：处置警情 / 冻结账户 / 挽回损失",
             "Telecom & online fraud: cases / accounts frozen / money recovered",
             ("fraud_cases", "fraud_accounts_frozen", "fraud_money_recovered_fen"),
             "fraud_money_recovered_fen"),
    TableRow("处置涉企警情", "Enterprise-related incidents handled", ("enterprise_incidents",),
             "enterprise_incidents"),
    TableRow("联动12345化解诉求", "Appeals resolved with the 12345 hotline",
             ("calls_transfer_12345",), "calls_transfer_12345"),
    TableRow("街面警务站处警 / 占比 / 结案率 / 满意率",
             "Street posts' incidents / share / closure rate / satisfaction",
             ("incidents_street_posts", "street_posts_share_pct", "closure_rate_pct",
              "satisfaction_rate_pct")),
    TableRow("护企专席：涉重点企业警情 / 涉及企业",
             "Enterprise desk: incidents concerning key enterprises / enterprises concerned",
             ("enterprise_key_incidents", "enterprises_concerned")),
    TableRow("反家暴专席：婚恋家庭纠纷调解 / 家暴警情",
             "Anti-DV desk: family disputes mediated / DV cases handled",
             ("mediated_family", "dv_incidents")),
)


def offset_segments(first: date, last: date, tz: tzinfo) -> list[tuple[datetime, int]]:
    """UTC offsets (seconds) in force over local days first..last, as (UTC start, offset).

    A zone without daylight saving gives one segment; the store turns these into
    the local-hour expression of its SQL.
    """
    from console.domain.clock import day_start

    start = day_start(first, tz)
    end = day_start(last + timedelta(days=1), tz)

    def offset(moment: datetime) -> int:
        delta = moment.astimezone(tz).utcoffset()
        return int(delta.total_seconds()) if delta else 0

    segments = [(start, offset(start))]
    moment = start
    while moment < end:
        step = min(moment + timedelta(days=1), end)
        if offset(step) != segments[-1][1]:
            low, high = moment, step  # the change lies in (low, high]
            while high - low > timedelta(seconds=1):
                middle = low + (high - low) / 2
                if offset(middle) == segments[-1][1]:
                    low = middle
                else:
                    high = middle
            segments.append((high, offset(high)))
        moment = step
    return segments


# Names of the taxonomy's tally groups, for the breakdown tables.
GROUP_NAMES: dict[str, tuple[str, str]] = {
    "criminal": ("刑事", "Criminal"),
    "public_order": ("治安", "Public order"),
    "traffic": ("交通", "Traffic"),
    "fire": ("火灾", "Fire"),
    "assist_missing": ("走失/失踪求助", "Missing persons"),
    "assist_selfharm": ("自杀自残求助", "Self-harm"),
    "assist_trapped": ("被困求助", "Trapped persons"),
    "assist_lost_property": ("物品遗失", "Lost property"),
    "assist_other": ("其他求助", "Other assistance"),
    "dispute_neighbour": ("邻里纠纷", "Neighbour disputes"),
    "dispute_economic": ("经济纠纷", "Economic disputes"),
    "dispute_consumer": ("消费纠纷", "Consumer disputes"),
    "dispute_family": ("婚恋家庭纠纷", "Family disputes"),
    "domestic_violence": ("家庭暴力", "Domestic violence"),
    "telecom_fraud": ("电信网络诈骗", "Telecom fraud"),
    "non_police": ("非警务", "Non-police"),
    "inquiry": ("咨询", "Inquiries"),
    "complaint": ("投诉", "Complaints"),
    "nuisance": ("骚扰/无效", "Nuisance"),
    "silent": ("无声", "Silent"),
    "duplicate": ("重复", "Duplicates"),
    "unmapped": ("未分类", "Unclassified"),
}

# The fixed words of the reports and exports (titles, column heads), in both languages.
WORDS: dict[str, tuple[str, str]] = {
    "daily_title": ("110报警服务台每日警情简报", "110 Centre daily briefing"),
    "yearly_title": ("110报警服务台年度工作数据", "110 Centre yearly report"),
    "period_title": ("110报警服务台警情统计", "110 Centre figures for a period"),
    "centre_table": ("中心工作数据一览", "The centre, in figures"),
    "all_figures": ("全部指标", "All figures"),
    "breakdowns": ("分项统计", "Breakdowns"),
    "figure": ("指标", "Figure"),
    "value": ("数值", "Value"),
    "this_period": ("本期", "This period"),
    "previous_year": ("去年同期", "Same period last year"),
    "growth": ("同比", "Year on year"),
    "period": ("统计期间", "Period"),
    "jurisdiction": ("辖区", "Jurisdiction"),
    "all_jurisdictions": ("全市", "Whole city"),
    "generated": ("生成时间", "Generated"),
    "signed": ("已签核", "Signed off"),
    "not_signed": ("未签核", "Not signed off"),
    "signed_by": ("签核人", "Signed by"),
    "changed_since": ("签核后有变动的指标", "Figures changed since sign-off"),
    "signed_value": ("签核值", "Signed"),
    "live_value": ("当前值", "Live"),
    "code": ("代码", "Code"),
    "section": ("类别", "Section"),
    "confidential": ("本报告仅含统计数字，不含家暴当事人姓名、电话、住址等信息。",
                     "Figures only: no names, numbers or addresses of domestic-violence "
                     "parties appear in this report."),
    "hour": ("时段", "Hour"),
    "count": ("数量", "Count"),
}


def word(key: str, lang: str) -> str:
    zh, en = WORDS[key]
    return zh if lang.startswith("zh") else en


def group_name(group: str, lang: str) -> str:
    zh, en = GROUP_NAMES.get(group, (group, group))
    return zh if lang.startswith("zh") else en
