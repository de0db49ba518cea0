"""反家暴专席: the anti-domestic-violence desk's view."""

from console.ui.dv_desk.view import DvDeskView

__all__ = ["DvDeskView"]
