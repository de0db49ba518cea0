"""The views the main window can show, built only when first opened, and the
administrator's screens (tools) its menu opens.

Each view lives in its own area package and is named here by an import path,
so the shell never imports a view it does not show, and a view that is not
built yet (or fails to import) becomes a placeholder page instead of a crash.
A tool is a dialog of an area, offered to the roles with its permission.
"""

from __future__ import annotations

import importlib
import logging
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from console.domain.access import Permission
from console.ui.context import ViewContext
from console.ui.shell.placeholder import UnavailableView

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ViewSpec:
    code: str  # as listed in db/reference/roles.csv `views`
    shortcut: str
    target: str  # "package.module:ClassName"

    @property
    def title(self) -> str:
        return view_titles()[self.code]


VIEWS: tuple[ViewSpec, ...] = (
    ViewSpec("intake", "Ctrl+1", "console.ui.intake:IntakeView"),
    ViewSpec("board", "Ctrl+2", "console.ui.board:BoardView"),
    ViewSpec("desk_enterprise", "Ctrl+3", "console.ui.enterprise_desk:EnterpriseDeskView"),
    ViewSpec("desk_dv", "Ctrl+4", "console.ui.dv_desk:DvDeskView"),
    ViewSpec("queues", "Ctrl+5", "console.ui.queues:QueuesView"),
    ViewSpec("summary", "Ctrl+6", "console.ui.summary:SummaryView"),
)


def view_titles() -> dict[str, str]:
    """Titles in the user's language (looked up each time: translators may change)."""
    return {
        "intake": QCoreApplication.translate("ShellViews", "Intake"),
        "board": QCoreApplication.translate("ShellViews", "Incident board"),
        "desk_enterprise": QCoreApplication.translate("ShellViews", "Enterprise desk"),
        "desk_dv": QCoreApplication.translate("ShellViews", "DV desk"),
        "queues": QCoreApplication.translate("ShellViews", "Queues"),
        "summary": QCoreApplication.translate("ShellViews", "Supervisor summary"),
    }


@dataclass(frozen=True)
class ToolSpec:
    code: str
    shortcut: str
    target: str  # "package.module:DialogClass", made with (ctx, parent)
    permission: Permission  # the store refuses the rest; the menu offers it to these only


TOOLS: tuple[ToolSpec, ...] = (
    ToolSpec("import_calls", "Ctrl+Shift+I", "console.ui.admin:ImportDialog",
             Permission.IMPORT_CALLS),
    ToolSpec("timezone", "Ctrl+Shift+O", "console.ui.admin:TimezoneDialog",
             Permission.CHANGE_SETTINGS),
)


def tool_titles() -> dict[str, str]:
    return {
        "import_calls": QCoreApplication.translate("ShellViews", "&Import calls…"),
        "timezone": QCoreApplication.translate("ShellViews", "&Time zone…"),
    }


def build_tool(tool: ToolSpec, ctx: ViewContext, parent: QWidget | None = None) -> QWidget:
    """The tool's dialog (an import failing here is a bug, reported by the caller)."""
    module_name, _, class_name = tool.target.partition(":")
    cls = getattr(importlib.import_module(module_name), class_name)
    widget = cls(ctx, parent)
    assert isinstance(widget, QWidget)
    return widget


def spec(code: str) -> ViewSpec:
    return next(s for s in VIEWS if s.code == code)


def views_for(allowed: frozenset[str] | set[str]) -> list[ViewSpec]:
    """The registry's views a role may open, in navigation order."""
    return [s for s in VIEWS if s.code in allowed]


def _is_missing(exc: ModuleNotFoundError, module_name: str) -> bool:
    """True when the view's own package is absent, not something it imports."""
    return bool(exc.name) and (module_name == exc.name or module_name.startswith(f"{exc.name}."))


def build_view(view: ViewSpec, ctx: ViewContext, parent: QWidget | None = None) -> QWidget:
    """The view's widget, or a placeholder page saying why it cannot be shown."""
    module_name, _, class_name = view.target.partition(":")
    try:
        module = importlib.import_module(module_name)
        cls = getattr(module, class_name, None)
        if not (isinstance(cls, type) and issubclass(cls, QWidget)):
            return UnavailableView(view.title, parent=parent)
        return cls(ctx, parent)
    except ModuleNotFoundError as exc:
        if _is_missing(exc, module_name):
            return UnavailableView(view.title, parent=parent)
        log.exception("view %s failed to import", view.target)
        return UnavailableView(view.title, error=f"{type(exc).__name__}: {exc}", parent=parent)
    except Exception as exc:  # a view's bug must not take the console down
        log.exception("view %s failed to open", view.target)
        return UnavailableView(view.title, error=f"{type(exc).__name__}: {exc}", parent=parent)
