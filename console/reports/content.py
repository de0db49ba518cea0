"""What a report says, independent of its file format: titles, the centre table, sections."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from console.domain.audit import Anchor
from console.domain.figures import (
    BREAKDOWNS,
    BY_KEY,
    CENTRE_TABLE,
    FIGURES,
    SECTIONS,
    Tallies,
    compared,
    differences,
    format_growth,
    format_value,
    group_name,
    growth,
    word,
)
from console.domain.reference import Reference


@dataclass(frozen=True)
class FigureLine:
    key: str
    section: str
    label: str
    unit: str
    value: int | float | None
    text: str
    previous: int | float | None
    previous_text: str
    growth: float | None
    growth_text: str


@dataclass(frozen=True)
class TableLine:
    label: str
    text: str  # the row's values, " / "-joined
    growth_text: str


@dataclass(frozen=True)
class BreakdownLine:
    key: str  # "incidents_by_group.criminal"
    code: str
    label: str
    value: int


@dataclass(frozen=True)
class SignoffInfo:
    signer: str
    signed_at: str  # local text
    changed: list[tuple[str, str, str]]  # label, signed text, live text


@dataclass
class Report:
    kind: str  # daily_briefing, yearly_report or period_report
    lang: str
    title: str
    period_text: str
    jurisdiction_text: str
    generated_at: str  # local text
    current: Tallies
    previous: Tallies
    growth: dict[str, float | None]
    centre_table: list[TableLine] = field(default_factory=list)
    sections: list[tuple[str, list[FigureLine]]] = field(default_factory=list)
    breakdowns: list[tuple[str, str, list[BreakdownLine]]] = field(default_factory=list)
    signoff: SignoffInfo | None = None
    signed: Tallies | None = None
    anchor: Anchor | None = None  # the audit chain's head: the sign-off's, else at printing
    anchor_at_signoff: bool = False  # `anchor` is the one stored with the sign-off

    def word(self, key: str) -> str:
        return word(key, self.lang)

    @property
    def anchor_text(self) -> str:
        """The footer line that ties the paper to the audit trail (`verify-audit --anchor`)."""
        return anchor_line(self.anchor, self.lang, signed=self.anchor_at_signoff)

    def lines(self) -> list[FigureLine]:
        return [line for _, lines in self.sections for line in lines]


_ANCHOR_WORDS = {
    "zh": ("审计链锚点（签核时）", "审计链锚点（打印时）", "无审计记录", "："),
    "en": ("Audit anchor (at sign-off)", "Audit anchor (at printing)", "no audit trail", ": "),
}


def anchor_line(anchor: Anchor | None, lang: str, *, signed: bool) -> str:
    """`审计链锚点（签核时）：ROWS:HASH`: the head of the audit chain a page vouches for, in
    the form `console110 verify-audit --anchor` takes; which moment it is, said in words."""
    at_signoff, at_printing, none, colon = _ANCHOR_WORDS["zh" if lang.startswith("zh") else "en"]
    return f"{at_signoff if signed else at_printing}{colon}{anchor.label if anchor else none}"


def _period_text(current: Tallies, lang: str) -> str:
    first, last = current.period.first, current.period.last

    def one(day: date) -> str:
        return f"{day.year}年{day.month}月{day.day}日" if lang.startswith("zh") else \
            day.strftime("%d %b %Y")

    return one(first) if first == last else f"{one(first)} – {one(last)}"


def _code_label(breakdown: str, code: str, ref: Reference, lang: str) -> str:
    if breakdown == "calls_by_hour":
        return f"{code}:00–{int(code) + 1:02d}:00"
    if breakdown == "incidents_by_group":
        return group_name(code, lang)
    if breakdown == "incidents_by_category":
        cat = ref.taxonomy.find(code)
        return cat.name(lang) if cat else group_name("unmapped", lang)
    if breakdown == "incidents_by_jurisdiction":
        place = ref.jurisdiction(code)
        return place.name(lang) if place else ("未填辖区" if lang.startswith("zh") else "Unknown")
    if breakdown == "calls_by_disposition":
        known = ref.disposition(code)
        return known.name(lang) if known else code
    if breakdown == "callbacks_by_rating":
        if not code:
            return "未评价" if lang.startswith("zh") else "Not rated"
        return ref.callbacks.rating_name(code, lang)
    return code


def build_report(current: Tallies, previous: Tallies, reference: Reference, lang: str, *,
                 generated_at: str, signed: Tallies | None = None, signer: str = "",
                 signed_at: str = "", anchor: Anchor | None = None,
                 anchor_at_signoff: bool = False) -> Report:
    """Assemble a report; `signed` is the day's sign-off snapshot, if there is one, and
    `anchor` the audit chain's head to print (stored with the sign-off, else the head now)."""
    period = current.period
    kind = ("daily_briefing" if period.is_day
            else "yearly_report" if period.is_calendar_year else "period_report")
    title = word({"daily_briefing": "daily_title", "yearly_report": "yearly_title",
                  "period_report": "period_title"}[kind], lang)
    if kind == "yearly_report":
        title += f"（{period.first.year}年）" if lang.startswith("zh") else f" {period.first.year}"
    place = reference.jurisdiction(period.jurisdiction or "")
    report = Report(
        kind=kind, lang=lang, title=title, period_text=_period_text(current, lang),
        jurisdiction_text=place.name(lang) if place else word("all_jurisdictions", lang),
        generated_at=generated_at, current=current, previous=previous,
        growth=growth(current, previous), signed=signed, anchor=anchor,
        anchor_at_signoff=anchor_at_signoff)
    for row in CENTRE_TABLE:
        text = " / ".join(format_value(BY_KEY[k].unit, current.figures.get(k), lang)
                          for k in row.keys)
        rate = report.growth.get(row.growth_key) if row.growth_key else None
        report.centre_table.append(TableLine(row.label(lang), text,
                                             format_growth(rate) if row.growth_key else ""))
    for section in SECTIONS:
        lines = []
        for fig in (f for f in FIGURES if f.section == section.key):
            value, before = current.figures.get(fig.key), compared(previous, fig.key)
            rate = report.growth.get(fig.key)
            lines.append(FigureLine(
                fig.key, section.key, fig.label(lang), fig.unit, value,
                format_value(fig.unit, value, lang), before,
                format_value(fig.unit, before, lang) if fig.compare else "",
                rate, format_growth(rate) if fig.compare else ""))
        report.sections.append((section.label(lang), lines))
    for breakdown in BREAKDOWNS:
        cells = current.breakdowns.get(breakdown.key, {})
        report.breakdowns.append((breakdown.key, breakdown.label(lang), [
            BreakdownLine(f"{breakdown.key}.{code}", code,
                          _code_label(breakdown.key, code, reference, lang), value)
            for code, value in cells.items()]))
    if signed is not None:
        labels = {f.key: f for f in FIGURES}
        changed = []
        for diff in differences(signed.flat(), current.flat()):
            known = labels.get(diff.key)
            unit = known.unit if known else "count"
            label = known.label(lang) if known else _breakdown_label(diff.key, reference, lang)
            changed.append((label, format_value(unit, diff.signed, lang),
                            format_value(unit, diff.live, lang)))
        report.signoff = SignoffInfo(signer, signed_at, changed)
    return report


def _breakdown_label(flat_key: str, ref: Reference, lang: str) -> str:
    name, _, code = flat_key.partition(".")
    known = next((b for b in BREAKDOWNS if b.key == name), None)
    head = known.label(lang) if known else name
    return f"{head}：{_code_label(name, code, ref, lang)}"
