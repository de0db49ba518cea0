"""The supervisor's daily summary (值班长汇总): figures, charts, sign-off and exports."""

from console.ui.summary.models import BreakdownModel, FiguresModel
from console.ui.summary.view import SummaryView

__all__ = ["BreakdownModel", "FiguresModel", "SummaryView"]
