"""The main window: navigation between the views a role may open, menus, status.

Views are built the first time they are opened (the registry in `views.py`);
the window only knows a few optional hooks a view may offer: `countChanged`
(shown next to its title), `new_call()` (F2), `openIncident` (routed to the
board's `open_incident`) and `openIncidentIn` (to that of the view it names),
`take_focus()` (put the cursor where the operator
types in that view) and `can_close()` (asked before the window closes).

A view that is shown always has the keyboard: after login, after a view switch
and when the window is activated again, the cursor goes into the current view
(its `take_focus()`, else where it was last, else its first field), so no
keystroke lands in the navigation or nowhere.

The window locks itself after a time without input (`lock.ScreenLock`), and the
operator changes their password from the File menu (`password.PasswordDialog`).
An administrator sets this seat's backup schedule under Settings › Backups…
(`backup_dialog.BackupDialog`); the schedule (`backup_schedule.BackupSchedule`)
runs on the seat where it was set, whoever is logged in there. The Administration
menu opens the tools of `views.TOOLS` a role may use (importing calls, the time
zone): dialogs that are not modal, so the window works on while an import runs.
"""

from __future__ import annotations

import logging
from functools import partial

from PySide6.QtCore import QEvent, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QGuiApplication,
    QIcon,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

import console
from console.domain.access import Permission, may
from console.domain.reference import Role
from console.paths import resources_dir
from console.store import Store
from console.store.records import Operator
from console.ui.changes import ChangeWatcher
from console.ui.context import ViewContext
from console.ui.shell.backup_dialog import BackupDialog
from console.ui.shell.backup_schedule import BackupSchedule, Outcome, done_text
from console.ui.shell.language import LANGUAGES, save_language
from console.ui.shell.lock import ScreenLock
from console.ui.shell.messages import MessageBox
from console.ui.shell.password import PasswordDialog
from console.ui.shell.status import ShellStatusBar
from console.ui.shell.views import TOOLS, ViewSpec, build_tool, build_view, tool_titles, views_for

log = logging.getLogger(__name__)

GEOMETRY_KEY = "shell/geometry"
LAST_VIEW_KEY = "shell/last_view"
DEFAULT_SIZE = QSize(1400, 850)
EAGER_VIEWS = ("queues",)  # their count belongs in the navigation from the start
LANGUAGE_NAMES = {"zh_CN": "中文", "en": "English"}  # each in its own language


def icon(name: str) -> QIcon:
    return QIcon(str(resources_dir() / "icons" / f"{name}.svg"))


def _can_focus(view: QWidget, widget: QWidget) -> bool:
    return (widget is not view and view.isAncestorOf(widget) and widget.isEnabled()
            and widget.isVisibleTo(view)
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus)


def _first_field(view: QWidget) -> QWidget | None:
    """The view's first widget that Tab would reach."""
    widget = view.nextInFocusChain()
    while widget is not None and widget is not view:
        if _can_focus(view, widget) and widget.focusProxy() is None:
            return widget
        widget = widget.nextInFocusChain()
    return None


def _role(store: Store, code: str) -> Role | None:
    return next((r for r in store.reference.roles if r.code == code), None)


class MainWindow(QMainWindow):
    viewChanged = Signal(str)  # code of the view now shown
    closed = Signal()  # the window closed for good and its store is closed

    def __init__(self, store: Store, operator: Operator, lang: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.operator = operator
        self.lang = lang
        self.switch_requested = False  # set by "Switch operator": the caller logs in again
        self._closed = False
        role = _role(store, operator.role)
        self.role_name = role.name(lang) if role else operator.role
        self.specs: list[ViewSpec] = views_for(role.views if role else frozenset())
        store.actor = operator  # every read and write from now on is this operator's
        self.changes = ChangeWatcher(store, self)
        self.ctx = ViewContext(store, operator, lang, self.changes)
        self.views: dict[str, QWidget] = {}  # built so far
        self._pages: dict[str, QWidget] = {}  # one container per view, filled lazily
        self._counts: dict[str, int] = {}

        self.setObjectName("mainWindow")
        self.setWindowIcon(icon("console110"))
        self.setWindowTitle(self._title())
        self._build_body()
        self._build_actions()
        self._build_menus()
        self.status = ShellStatusBar(store, operator, self.role_name, self)
        self.setStatusBar(self.status)
        self.ctx.ops.problem.connect(self._show_problem)
        # A file is backed up by the seats; a PostgreSQL server by its own tools (README).
        self.backups: BackupSchedule | None = None
        if store.url is None:
            self.backups = BackupSchedule(self.ctx.ops, store.name, self)
            self.backups.finished.connect(self._backup_finished)
        self.backup_dialog: BackupDialog | None = None
        self.tools: dict[str, QWidget] = {}  # the tools' dialogs open now
        self.screen_lock = ScreenLock(self, self.ctx, operator, self.switch_operator)
        self._restore()

    # --- building -------------------------------------------------------------------------

    def _title(self) -> str:
        title = self.tr("110 Console — {name} ({role})").format(
            name=self.operator.display_name, role=self.role_name)
        if self.store.is_demo:
            title += self.tr(" — DEMO DATA")
        return title

    def _build_body(self) -> None:
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        # Views open with Ctrl+1…6 or a click; the list never takes the keyboard away
        # from the view (typed digits would select list rows instead of reaching a form).
        self.nav.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setFixedWidth(190)
        self.nav.setSpacing(2)
        self.nav.setStyleSheet(
            "QListWidget { font-size: 11pt; background: #eceff1; border: none; padding-top: 6px;"
            " outline: 0; }"
            " QListWidget::item { padding: 8px 6px; }"
            " QListWidget::item:selected { background: #d0e2f7; color: #0d47a1;"
            " border-left: 4px solid #1565c0; }")
        self.stack = QStackedWidget()
        for view in self.specs:
            item = QListWidgetItem(icon(view.code), view.title)
            item.setData(Qt.ItemDataRole.UserRole, view.code)
            keys = QKeySequence(view.shortcut).toString(QKeySequence.SequenceFormat.NativeText)
            item.setToolTip(f"{view.title} ({keys})")
            self.nav.addItem(item)
            page = QWidget()
            page.setObjectName(f"page_{view.code}")
            layout = QVBoxLayout(page)
            layout.setContentsMargins(0, 0, 0, 0)
            self._pages[view.code] = page
            self.stack.addWidget(page)
        if not self.specs:
            empty = QLabel(self.tr("Your role has no views in this version of the console. "
                                   "Ask the administrator to check your account."))
            empty.setObjectName("noViews")
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            empty.setWordWrap(True)
            self.stack.addWidget(empty)
        self.nav.currentRowChanged.connect(self._nav_row_changed)
        body = QWidget()
        layout = QHBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(body)

    def _build_actions(self) -> None:
        self.view_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        group.setExclusive(True)
        for view in self.specs:
            action = QAction(icon(view.code), view.title, self)
            action.setObjectName(f"show_{view.code}")
            action.setCheckable(True)
            action.setShortcut(QKeySequence(view.shortcut))
            action.triggered.connect(lambda _=False, code=view.code: self.show_view(code))
            group.addAction(action)
            self.addAction(action)
            self.view_actions[view.code] = action

        self.new_call_action = QAction(icon("new_call"), self.tr("&New call"), self)
        self.new_call_action.setObjectName("newCall")
        self.new_call_action.setIconText(self.tr("New call (F2)"))
        self.new_call_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.new_call_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.new_call_action.setToolTip(self.tr("Start a new call at intake (F2)"))
        self.new_call_action.setEnabled("intake" in self._pages)
        self.new_call_action.triggered.connect(lambda _=False: self.new_call())
        self.addAction(self.new_call_action)

        self.switch_action = QAction(self.tr("&Switch operator / log out…"), self)
        self.switch_action.setObjectName("switchOperator")
        self.switch_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.switch_action.triggered.connect(lambda _=False: self.switch_operator())

        self.lock_action = QAction(self.tr("&Lock the screen"), self)
        self.lock_action.setObjectName("lockScreen")
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(lambda _=False: self.screen_lock.lock())

        self.password_action = QAction(self.tr("Change &password…"), self)
        self.password_action.setObjectName("changePassword")
        self.password_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.password_action.triggered.connect(lambda _=False: self.change_password())

        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setObjectName("quit")
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)

        self.backup_action: QAction | None = None
        if may(self.operator.role, Permission.CHANGE_SETTINGS) and self.store.url is None:
            self.backup_action = QAction(self.tr("&Backups…"), self)
            self.backup_action.setObjectName("backups")
            self.backup_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
            self.backup_action.triggered.connect(lambda _=False: self.open_backups())
            self.addAction(self.backup_action)

        self.tool_actions: dict[str, QAction] = {}
        titles = tool_titles()
        for tool in TOOLS:
            if not may(self.operator.role, tool.permission):
                continue
            action = QAction(titles[tool.code], self)
            action.setObjectName(f"tool_{tool.code}")
            action.setShortcut(QKeySequence(tool.shortcut))
            action.triggered.connect(lambda _=False, code=tool.code: self.open_tool(code))
            self.addAction(action)
            self.tool_actions[tool.code] = action

        self.language_actions: dict[str, QAction] = {}
        languages = QActionGroup(self)
        for lang in LANGUAGES:
            action = QAction(LANGUAGE_NAMES[lang], self)
            action.setObjectName(f"language_{lang}")
            action.setCheckable(True)
            action.setChecked(lang == self.lang)
            action.triggered.connect(lambda _=False, lang=lang: self.choose_language(lang))
            languages.addAction(action)
            self.language_actions[lang] = action

        self.about_action = QAction(self.tr("&About 110 Console"), self)
        self.about_action.setObjectName("about")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(lambda _=False: self.about())

    def _build_menus(self) -> None:
        tools = self.addToolBar(self.tr("Main"))
        tools.setObjectName("mainToolBar")
        tools.setMovable(False)
        tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        tools.addAction(self.new_call_action)
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_call_action)
        file_menu.addSeparator()
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.password_action)
        file_menu.addAction(self.switch_action)
        file_menu.addAction(self.quit_action)
        view_menu = bar.addMenu(self.tr("&View"))
        for action in self.view_actions.values():
            view_menu.addAction(action)
        settings_menu = bar.addMenu(self.tr("&Settings"))
        language_menu = settings_menu.addMenu(self.tr("&Language"))
        for action in self.language_actions.values():
            language_menu.addAction(action)
        if self.backup_action is not None:
            settings_menu.addAction(self.backup_action)
        if self.tool_actions:
            admin_menu = bar.addMenu(self.tr("&Administration"))
            admin_menu.setObjectName("adminMenu")
            for action in self.tool_actions.values():
                admin_menu.addAction(action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

    def _first_size(self) -> QSize:
        """The default size, shrunk to the screen's free area (a 1366×768 seat included)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return DEFAULT_SIZE
        free = screen.availableGeometry().size()
        frame = QSize(16, 40)  # title bar and borders the window manager adds
        return DEFAULT_SIZE.boundedTo(free - frame)

    def _restore(self) -> None:
        settings = QSettings()
        geometry = settings.value(GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(self._first_size())
        last = settings.value(LAST_VIEW_KEY)
        if self.specs:
            self.show_view(str(last) if last in self._pages else self.specs[0].code)
        for code in EAGER_VIEWS:
            if code in self._pages:
                QTimer.singleShot(0, self, partial(self.view, code))

    # --- views ----------------------------------------------------------------------------

    def current_view(self) -> str | None:
        row = self.nav.currentRow()
        return self.specs[row].code if 0 <= row < len(self.specs) else None

    def view(self, code: str) -> QWidget | None:
        """The view's widget, built now if it was not yet; None if the role may not open it."""
        if code in self.views:
            return self.views[code]
        page = self._pages.get(code)
        if page is None or self._closed:
            return None
        view_spec = next(s for s in self.specs if s.code == code)
        widget = build_view(view_spec, self.ctx, page)
        page.layout().addWidget(widget)
        self.views[code] = widget
        self._connect_view(code, widget)
        return widget

    def _connect_view(self, code: str, widget: QWidget) -> None:
        count_changed = getattr(widget, "countChanged", None)
        if count_changed is not None and hasattr(count_changed, "connect"):
            count_changed.connect(partial(self.set_count, code))
        open_incident = getattr(widget, "openIncident", None)
        if open_incident is not None and hasattr(open_incident, "connect"):
            open_incident.connect(self.open_incident)
        open_incident_in = getattr(widget, "openIncidentIn", None)
        if open_incident_in is not None and hasattr(open_incident_in, "connect"):
            open_incident_in.connect(self.open_incident_in)

    def show_view(self, code: str) -> bool:
        """Switch to a view the role may open; False if it may not."""
        if code not in self._pages:
            return False
        row = next(i for i, s in enumerate(self.specs) if s.code == code)
        self.view(code)
        self.stack.setCurrentIndex(row)
        if self.nav.currentRow() != row:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(row)
            self.nav.blockSignals(False)
        self.view_actions[code].setChecked(True)
        self.focus_view(code)
        self.viewChanged.emit(code)
        return True

    def focus_view(self, code: str | None = None) -> None:
        """Give the keyboard to a view (the current one by default) unless it has it."""
        code = code or self.current_view()
        widget = self.views.get(code or "")
        page = self._pages.get(code or "")
        if widget is None or page is None:
            return
        focused = QApplication.focusWidget()
        if focused is not None and page.isAncestorOf(focused):
            return
        take = getattr(widget, "take_focus", None)
        if callable(take):
            take()
            return
        last = widget.focusWidget()
        if last is None or not _can_focus(widget, last):
            last = _first_field(widget)
        if last is not None:
            last.setFocus(Qt.FocusReason.OtherFocusReason)

    def changeEvent(self, event: QEvent) -> None:
        # Not `event()`: a Python override there would also run the window's deletion
        # under the interpreter lock, and a worker still running Python would then wait
        # for it forever.
        if (event.type() == QEvent.Type.ActivationChange and self.isActiveWindow()
                and not self._closed):
            last = self.focusWidget()
            page = self._pages.get(self.current_view() or "")
            if last is None or page is None or not page.isAncestorOf(last) \
                    or not last.isVisible():
                self.focus_view()  # e.g. right after login: Qt would pick the first widget
        super().changeEvent(event)

    def _nav_row_changed(self, row: int) -> None:
        if 0 <= row < len(self.specs):
            self.show_view(self.specs[row].code)

    def set_count(self, code: str, count: int) -> None:
        """Show a view's pending count next to its title, e.g. "Queues (3)"."""
        self._counts[code] = count
        row = next((i for i, s in enumerate(self.specs) if s.code == code), None)
        if row is None:
            return
        title = self.specs[row].title
        self.nav.item(row).setText(
            self.tr("{title} ({count})").format(title=title, count=count) if count else title)

    def new_call(self) -> None:
        """F2: go to intake and start a new call there, whatever view was showing."""
        if not self.show_view("intake"):
            return
        intake = self.views["intake"]
        start = getattr(intake, "new_call", None)
        if callable(start):
            start()

    def open_incident(self, incident_id: int) -> None:
        """A view asked to open an incident: show it on the board if the role has one."""
        self.open_incident_in("board", incident_id)

    def open_incident_in(self, code: str, incident_id: int) -> None:
        """A view asked to open an incident in another view (the DV desk's page for a
        protection order): there if the role has it, else on the board."""
        if code != "board" and code not in self._pages:
            code = "board"
        if not self.show_view(code):
            return
        view = self.views[code]
        for name in ("open_incident", "select_incident", "show_incident"):
            method = getattr(view, name, None)
            if callable(method):
                method(incident_id)
                return

    # --- menus ----------------------------------------------------------------------------

    def switch_operator(self) -> bool:
        """End this session for the login (each view's draft kept); False if a view may
        not close yet."""
        self.switch_requested = True
        if not self.close():
            self.switch_requested = False
            return False
        return True

    def change_password(self) -> bool:
        """The operator's own password (the store checks the current one)."""
        changed = PasswordDialog.ask(self.ctx.ops, self.operator, self)
        if changed:
            self.status.showMessage(self.tr("Your password was changed."), 10000)
        return changed

    def open_backups(self) -> BackupDialog | None:
        """The administrator's backup settings for this seat (window-modal, not blocking)."""
        if self.backup_action is None or self.backups is None:
            return None
        if self.backup_dialog is not None and self.backup_dialog.isVisible():
            self.backup_dialog.activateWindow()
            return self.backup_dialog
        dialog = BackupDialog(self.backups, self.store.name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _=None: setattr(self, "backup_dialog", None))
        self.backup_dialog = dialog
        dialog.open()
        return dialog

    def open_tool(self, code: str) -> QWidget | None:
        """An administrator's tool (not modal: the window goes on working); one of each."""
        if code not in self.tool_actions:
            return None
        dialog = self.tools.get(code)
        if dialog is not None:
            dialog.show()
            dialog.raise_()
            dialog.activateWindow()
            return dialog
        tool = next(t for t in TOOLS if t.code == code)
        dialog = build_tool(tool, self.ctx, self)
        dialog.setWindowFlag(Qt.WindowType.Dialog)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _=None, code=code: self.tools.pop(code, None))
        self.tools[code] = dialog
        dialog.show()
        dialog.activateWindow()
        return dialog

    def _backup_finished(self, outcome: Outcome) -> None:
        if outcome.report is not None:
            self.status.showMessage(done_text(outcome.report), 15000)

    def choose_language(self, lang: str) -> None:
        save_language(lang)
        self.language_actions[lang].setChecked(True)
        if lang == self.lang:
            return
        MessageBox.show(QMessageBox.Icon.Information, self.tr("Language"),
                        self.tr("The console will use {language} the next time it starts.")
                        .format(language=LANGUAGE_NAMES[lang]), self)

    def about_text(self) -> str:
        return self.tr(
            "110 Console {version}\n"
            "Operator console for a city 110 police service centre.\n\n"
            "Database: {path}\nDatabase schema version: {schema}"
        ).format(version=console.__version__, path=self.store.label,
                 schema=self.store.schema_version())

    def about(self) -> None:
        MessageBox.show(QMessageBox.Icon.Information, self.tr("About 110 Console"),
                        self.about_text(), self)

    def _show_problem(self, text: str) -> None:
        """The operation layer's message bridge: a known problem nobody handled in place."""
        self.status.showMessage(text, 15000)
        MessageBox.show(QMessageBox.Icon.Warning, self.tr("110 Console"), text, self)

    # --- closing --------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closed:
            event.accept()
            return
        for code, widget in self.views.items():
            may_close = getattr(widget, "can_close", None)
            if callable(may_close) and not may_close():
                self.show_view(code)
                event.ignore()
                return
        settings = QSettings()
        settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        if (code := self.current_view()) is not None:
            settings.setValue(LAST_VIEW_KEY, code)
        settings.sync()
        self._shut_down()
        event.accept()

    def _shut_down(self) -> None:
        """Stop everything that could still touch the store, then close it."""
        self._closed = True
        self.screen_lock.stop()
        if self.backups is not None:
            self.backups.stop()
        self.status.stop()
        self.changes.stop()
        for dialog in self.tools.values():
            stop = getattr(dialog, "stop", None)
            if callable(stop):
                stop()  # a running import ends before its next batch, not after the file
        self.ctx.ops.shutdown()  # every write already given is finished first
        for widget in self.views.values():
            for timer in widget.findChildren(QTimer):
                timer.stop()
        self.store.close()
        self.closed.emit()
