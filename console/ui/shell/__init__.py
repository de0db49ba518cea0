"""The application shell: login, main window with navigation, menus and status bar."""

from console.ui.shell.login import LoginDialog
from console.ui.shell.main_window import MainWindow
from console.ui.shell.views import VIEWS, ViewSpec

__all__ = ["VIEWS", "LoginDialog", "MainWindow", "ViewSpec"]
