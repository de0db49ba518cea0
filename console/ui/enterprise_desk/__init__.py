"""The enterprise protection desk (护企110专席): its queue, the key-enterprise registry and an
enterprise's page."""

from console.ui.enterprise_desk.view import EnterpriseDeskView

__all__ = ["EnterpriseDeskView"]
