"""The summary's charts: calls per local hour, incidents by tally group, the 30-day trend.

Every bar has its label: category labels are never elided, and the groups chart is as
tall as the other two together, with a minimum height of a label line per group. The
day still under way is not drawn as a drop at the end of the trend: it is dashed and
marked "so far"; a day with no data at all breaks the line.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QGridLayout, QWidget

from console.domain.figures import Tallies, group_name

TOP_GROUPS = 10
CALLS_COLOUR = QColor("#2F6DB5")
INCIDENTS_COLOUR = QColor("#D0792B")


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setVisible(False)
    chart.setMargins(QMargins(4, 4, 4, 4))
    return chart


def _value_axis(maximum: int) -> QValueAxis:
    axis = QValueAxis()
    axis.setRange(0, max(1, maximum) * 1.1)
    axis.setLabelFormat("%d")
    axis.applyNiceNumbers()
    return axis


def _segments(points: list[tuple[int, int | None]]) -> list[list[tuple[int, int]]]:
    """Runs of consecutive points with a value: a day without data breaks the line."""
    runs: list[list[tuple[int, int]]] = []
    run: list[tuple[int, int]] = []
    for x, y in points:
        if y is None:
            if run:
                runs.append(run)
            run = []
        else:
            run.append((x, y))
    if run:
        runs.append(run)
    return runs


class ChartsPanel(QWidget):
    """Calls per hour (top left), the 30-day trend (below it), incidents by group (right,
    the height of both, so that every group's name has room beside its bar)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.hourly = QChartView()
        self.groups = QChartView()
        self.trend = QChartView()
        self._charts: dict[QChartView, QChart] = {}
        self.trend_partial: list[QLineSeries] = []  # the day under way, dashed
        self.label_font = QFont(self.font())
        self.label_font.setPointSizeF(max(8.0, self.font().pointSizeF() - 1))
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hourly, 0, 0)
        layout.addWidget(self.trend, 1, 0)
        layout.addWidget(self.groups, 0, 1, 2, 1)
        layout.setColumnStretch(0, 3)
        layout.setColumnStretch(1, 2)
        for view in (self.hourly, self.groups, self.trend):
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(150)
        # Room for a label per bar: a line of the label font each, plus title and axis.
        line = QFontMetrics(self.label_font).lineSpacing() + 4
        self.groups.setMinimumHeight(TOP_GROUPS * line + 4 * line)
        self.groups.setMinimumWidth(320)

    def show_result(self, current: Tallies, trend: list[tuple[date, int | None, int | None]],
                    lang: str, today: date | None = None) -> None:
        """`today`: the day still under way, drawn apart in the trend (its count so far)."""
        self._show_hourly(current)
        self._show_groups(current, lang)
        self._show_trend(trend, today)

    def _category_axis(self, labels: list[str]) -> QBarCategoryAxis:
        axis = QBarCategoryAxis()
        axis.append(labels)
        axis.setTruncateLabels(False)  # a label is shown whole or the chart makes room
        axis.setLabelsFont(self.label_font)
        return axis

    def _show_hourly(self, current: Tallies) -> None:
        hours = current.breakdowns.get("calls_by_hour", {})
        chart = _chart(self.tr("Calls per hour"))
        bars = QBarSet(self.tr("Calls"))
        bars.setColor(CALLS_COLOUR)
        bars.append([float(hours.get(f"{h:02d}", 0)) for h in range(24)])
        series = QBarSeries()
        series.append(bars)
        chart.addSeries(series)
        axis_x = self._category_axis([f"{h:02d}" for h in range(24)])
        axis_y = _value_axis(max(hours.values(), default=0))
        axis_y.setLabelsFont(self.label_font)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        self._replace(self.hourly, chart)

    def _show_groups(self, current: Tallies, lang: str) -> None:
        groups = sorted(current.breakdowns.get("incidents_by_group", {}).items(),
                        key=lambda item: item[1], reverse=True)[:TOP_GROUPS]
        groups.reverse()  # the largest at the top of a horizontal chart
        chart = _chart(self.tr("Incidents by group (largest %1)").replace(
            "%1", str(TOP_GROUPS)))
        bars = QBarSet(self.tr("Incidents"))
        bars.setColor(INCIDENTS_COLOUR)
        bars.setLabelColor(QColor("#1F2933"))
        bars.setLabelFont(self.label_font)
        bars.append([float(n) for _, n in groups])
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsPrecision(12)  # whole counts, never 1.1e+04
        chart.addSeries(series)
        axis_y = self._category_axis([group_name(g, lang) for g, _ in groups] or [" "])
        # Headroom for the count printed past the end of the longest bar.
        axis_x = _value_axis(round(max((n for _, n in groups), default=0) * 1.15))
        axis_x.setLabelsFont(self.label_font)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_y)
        series.attachAxis(axis_x)
        self._replace(self.groups, chart)

    def _show_trend(self, trend: list[tuple[date, int | None, int | None]],
                    today: date | None) -> None:
        """Whole days as solid lines (broken where a day has no data); the day under way,
        if shown, as a dashed end with a marked point: its count is not a drop."""
        chart = _chart(self.tr("Last 30 days: calls and incidents"))
        chart.setMargins(QMargins(4, 4, 24, 4))  # room for half of the last day's label
        chart.legend().setVisible(True)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        chart.legend().setFont(self.label_font)
        axis_x = QCategoryAxis()
        axis_x.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        axis_x.setRange(0, max(1, len(trend) - 1))
        axis_x.setLabelsFont(self.label_font)
        for i, (day, _, _) in enumerate(trend):
            if i % 5 == 0 or i == len(trend) - 1:
                label = day.strftime("%m-%d")
                if day == today:
                    label = self.tr("%1 so far").replace("%1", label)
                axis_x.append(label, i)
        axis_y = _value_axis(max((c or 0 for _, c, _ in trend), default=0))
        axis_y.setLabelsFont(self.label_font)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        self.trend_partial = []
        under_way = len(trend) - 1 if trend and trend[-1][0] == today else None
        for column, name, colour in ((1, self.tr("Calls"), CALLS_COLOUR),
                                     (2, self.tr("Incidents"), INCIDENTS_COLOUR)):
            points = [(i, row[column]) for i, row in enumerate(trend)]
            whole = points[:under_way] if under_way is not None else points
            runs = _segments(whole)
            for k, run in enumerate(runs or [[]]):
                line = QLineSeries()
                line.setName(name)
                line.setColor(colour)
                for x, y in run:
                    line.append(x, y)
                self._add(chart, line, axis_x, axis_y, legend=k == 0)
            if under_way is not None and points[under_way][1] is not None:
                partial = QLineSeries()
                partial.setName(self.tr("%1 today so far").replace("%1", name))
                pen = QPen(colour)
                pen.setStyle(Qt.PenStyle.DashLine)
                pen.setWidthF(2.0)
                partial.setPen(pen)
                partial.setPointsVisible(True)
                before = points[under_way - 1] if under_way > 0 else None
                if before is not None and before[1] is not None:
                    partial.append(before[0], before[1])
                partial.append(under_way, points[under_way][1])
                self._add(chart, partial, axis_x, axis_y, legend=False)
                self.trend_partial.append(partial)
        if under_way is not None:
            chart.setTitle(self.tr("Last 30 days: calls and incidents (today so far: dashed)"))
        self._replace(self.trend, chart)

    @staticmethod
    def _add(chart: QChart, series: QLineSeries, axis_x: QCategoryAxis, axis_y: QValueAxis,
             *, legend: bool) -> None:
        chart.addSeries(series)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        if not legend:
            for marker in chart.legend().markers(series):
                marker.setVisible(False)

    def _replace(self, view: QChartView, chart: QChart) -> None:
        view.setChart(chart)
        self._charts[view] = chart  # the view does not own a chart it was given later
