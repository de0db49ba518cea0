"""接警登记: the call-taker's intake view."""

from console.ui.intake.view import IntakeView

__all__ = ["IntakeView"]
