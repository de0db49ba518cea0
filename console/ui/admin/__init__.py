"""系统管理: the administrator's screens opened from the main window's menu — importing
calls from another system's export, and the centre's time zone."""

from console.ui.admin.import_dialog import ImportDialog
from console.ui.admin.timezone_dialog import TimezoneDialog

__all__ = ["ImportDialog", "TimezoneDialog"]
