"""The summary's charts: calls per local hour, incidents by tally group, the 30-day trend."""

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
from PySide6.QtGui import QColor, QPainter
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


class ChartsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.hourly = QChartView()
        self.groups = QChartView()
        self.trend = QChartView()
        self._charts: dict[QChartView, QChart] = {}
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hourly, 0, 0)
        layout.addWidget(self.groups, 0, 1)
        layout.addWidget(self.trend, 1, 0, 1, 2)
        for view in (self.hourly, self.groups, self.trend):
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(220)

    def show_result(self, current: Tallies, trend: list[tuple[date, int, int]],
                    lang: str) -> None:
        self._show_hourly(current)
        self._show_groups(current, lang)
        self._show_trend(trend)

    def _show_hourly(self, current: Tallies) -> None:
        hours = current.breakdowns.get("calls_by_hour", {})
        chart = _chart(self.tr("Calls per hour"))
        bars = QBarSet(self.tr("Calls"))
        bars.setColor(CALLS_COLOUR)
        bars.append([float(hours.get(f"{h:02d}", 0)) for h in range(24)])
        series = QBarSeries()
        series.append(bars)
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append([f"{h:02d}" for h in range(24)])
        axis_y = _value_axis(max(hours.values(), default=0))
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        self._replace(self.hourly, chart)

    def _show_groups(self, current: Tallies, lang: str) -> None:
        groups = sorted(current.breakdowns.get("incidents_by_group", {}).items(),
                        key=lambda item: item[1], reverse=True)[:TOP_GROUPS]
        groups.reverse()  # the largest at the top of a horizontal chart
        chart = _chart(self.tr("Incidents by group"))
        bars = QBarSet(self.tr("Incidents"))
        bars.setColor(INCIDENTS_COLOUR)
        bars.append([float(n) for _, n in groups])
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        chart.addSeries(series)
        axis_y = QBarCategoryAxis()
        axis_y.append([group_name(g, lang) for g, _ in groups] or [" "])
        axis_y.setTruncateLabels(False)
        axis_x = _value_axis(max((n for _, n in groups), default=0))
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_y)
        series.attachAxis(axis_x)
        self._replace(self.groups, chart)

    def _show_trend(self, trend: list[tuple[date, int, int]]) -> None:
        chart = _chart(self.tr("Last 30 days: calls and incidents"))
        chart.legend().setVisible(True)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        calls, incidents = QLineSeries(), QLineSeries()
        calls.setName(self.tr("Calls"))
        incidents.setName(self.tr("Incidents"))
        calls.setColor(CALLS_COLOUR)
        incidents.setColor(INCIDENTS_COLOUR)
        for i, (_, n_calls, n_incidents) in enumerate(trend):
            calls.append(i, n_calls)
            incidents.append(i, n_incidents)
        chart.addSeries(calls)
        chart.addSeries(incidents)
        axis_x = QCategoryAxis()
        axis_x.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        axis_x.setRange(0, max(1, len(trend) - 1))
        for i, (day, _, _) in enumerate(trend):
            if i % 5 == 0 or i == len(trend) - 1:
                axis_x.append(day.strftime("%m-%d"), i)
        axis_y = _value_axis(max((c for _, c, _ in trend), default=0))
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        for series in (calls, incidents):
            series.attachAxis(axis_x)
            series.attachAxis(axis_y)
        self._replace(self.trend, chart)

    def _replace(self, view: QChartView, chart: QChart) -> None:
        view.setChart(chart)
        self._charts[view] = chart  # the view does not own a chart it was given later
