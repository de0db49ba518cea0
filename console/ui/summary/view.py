"""The supervisor's summary: pick a day, a range or a jurisdiction; figures, charts, sign-off.

Figures and exports are computed on the operation layer's report lane
(`ctx.ops.read(..., report=True)`), never on the GUI thread; the view shows a busy
bar meanwhile, and a newer request for figures overtakes an older one (latest
wins: the operator may step through days quickly). The sign-off is a write on the
write lane. While the period includes today, changes from other seats refresh
it (debounced).
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import (
    QDate,
    QSettings,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from console.domain.access import Permission, may
from console.domain.clock import local_day, local_text
from console.domain.figures import (
    BY_KEY,
    Period,
    compared,
    format_growth,
    format_value,
    growth_pct,
)
from console.reports import FORMATS
from console.store import StoreError
from console.store.signoff import SignoffRefused
from console.ui.context import ViewContext
from console.ui.summary.charts import ChartsPanel
from console.ui.summary.compute import (
    ExportResult,
    SummaryResult,
    compute_summary,
    export_figures,
)
from console.ui.summary.dates import DateEdit
from console.ui.summary.models import BreakdownModel, FiguresModel
from console.ui.summary.signoff import SignOffDialog

CARD_KEYS = ("calls_total", "incidents_total", "turnouts_person_times", "people_caught",
             "closure_rate_pct", "satisfaction_rate_pct", "dispatch_p90_s", "arrival_p90_s")
REFRESH_DEBOUNCE_MS = 1500
SUMMARY_KEY = "summary"  # figures requests: the latest wins
EXPORT_FOLDER_KEY = "summary/export_folder"
MODE_DAY, MODE_RANGE = 0, 1


def export_folder() -> Path:
    """Where the export dialog starts: the folder used last, else the user's Documents."""
    last = QSettings().value(EXPORT_FOLDER_KEY)
    if last and Path(str(last)).is_dir():
        return Path(str(last))
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def remember_export_folder(folder: Path) -> None:
    settings = QSettings()
    settings.setValue(EXPORT_FOLDER_KEY, str(folder))
    settings.sync()


def suggested_name(period: Period, fmt: str) -> str:
    """`110-2026-11-28.pdf` for a day, `110-2026-11-01_2026-11-30.xlsx` for a range."""
    days = (period.first.isoformat() if period.is_day
            else f"{period.first.isoformat()}_{period.last.isoformat()}")
    place = f"-{period.jurisdiction}" if period.jurisdiction else ""
    return f"110-{days}{place}.{fmt}"


class FigureCard(QFrame):
    """A headline figure: its name, its value and the change on last year."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("figureCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#figureCard { background: #F6F8FB; border: 1px solid #C9D3E0;"
                           " border-radius: 6px; }")
        self.title = QLabel(title)
        self.title.setStyleSheet("color: #44546A;")
        self.value = QLabel("—")
        self.value.setStyleSheet("font-size: 20pt; font-weight: bold; color: #1F3A5F;")
        self.change = QLabel("")
        self.change.setStyleSheet("color: #5A6B80;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        for label in (self.title, self.value, self.change):
            layout.addWidget(label)


class SummaryView(QWidget):
    computed = Signal()  # new figures shown
    exported = Signal(str)  # path written
    signedOff = Signal(str)  # day signed (ISO date)
    failed = Signal(str)  # message shown

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.result: SummaryResult | None = None
        self.signoff_dialog: SignOffDialog | None = None  # while it is open
        self._computing = False  # the latest figures request has not answered yet
        self._exports = 0  # exports under way
        self._signing = False  # a sign-off is being written
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(REFRESH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)
        self._build()
        self._connect_signals()
        self.set_day(local_day(ctx.store.now(), ctx.store.tz))

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        ref = self.ctx.reference
        self.mode = QComboBox()
        self.mode.addItems([self.tr("Day"), self.tr("Range")])
        self.first_date = self._date_edit()
        self.last_date = self._date_edit()
        self.to_label = QLabel(self.tr("to"))
        self.jurisdiction = QComboBox()
        self.jurisdiction.addItem(self.tr("Whole city"), "")
        for place in ref.jurisdictions:
            self.jurisdiction.addItem(place.name(self.ctx.lang), place.code)
        self.refresh_action = QAction(self.tr("Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_button = QToolButton()
        self.refresh_button.setDefaultAction(self.refresh_action)
        self.sign_button = QPushButton(self.tr("Sign off day…"))
        self.export_button = QPushButton(self.tr("Export"))
        menu = QMenu(self.export_button)
        self.export_actions: dict[str, QAction] = {}
        for fmt, text in zip(FORMATS, (self.tr("PDF briefing…"), self.tr("Excel workbook…"),
                                       self.tr("CSV file…"), self.tr("JSON file…")),
                             strict=True):
            action = menu.addAction(text)
            action.setData(fmt)
            self.export_actions[fmt] = action
        self.export_button.setMenu(menu)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Period:")))
        bar.addWidget(self.mode)
        bar.addWidget(self.first_date)
        bar.addWidget(self.to_label)
        bar.addWidget(self.last_date)
        bar.addWidget(QLabel(self.tr("Jurisdiction:")))
        bar.addWidget(self.jurisdiction)
        bar.addWidget(self.refresh_button)
        bar.addStretch(1)
        bar.addWidget(self.busy)
        bar.addWidget(self.sign_button)
        bar.addWidget(self.export_button)

        self.signoff_banner = QLabel()
        self.signoff_banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.signoff_banner.setMinimumHeight(self.signoff_banner.fontMetrics().height() + 12)
        self.cards: dict[str, FigureCard] = {}
        cards = QGridLayout()
        for i, key in enumerate(CARD_KEYS):
            card = FigureCard(BY_KEY[key].label(self.ctx.lang))
            self.cards[key] = card
            cards.addWidget(card, i // 4, i % 4)

        self.charts = ChartsPanel()
        self.figures_model = FiguresModel(self.ctx.lang, self)
        self.figures_table = self._table(self.figures_model)
        self.category_model = BreakdownModel(self)
        self.jurisdiction_model = BreakdownModel(self)
        breakdowns = QWidget()
        split = QHBoxLayout(breakdowns)
        for title, model in ((self.tr("Incidents by category"), self.category_model),
                             (self.tr("Incidents by jurisdiction"), self.jurisdiction_model)):
            column = QVBoxLayout()
            column.addWidget(QLabel(title))
            column.addWidget(self._table(model))
            split.addLayout(column)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.charts, self.tr("Charts"))
        self.tabs.addTab(self.figures_table, self.tr("All figures"))
        self.tabs.addTab(breakdowns, self.tr("Breakdowns"))

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(self.signoff_banner)
        layout.addLayout(cards)
        layout.addWidget(self.tabs, 1)
        self.addAction(self.refresh_action)
        self.sign_button.setVisible(self.may_sign)
        self._sync_mode()

    def _date_edit(self) -> DateEdit:
        edit = DateEdit()
        edit.setToolTip(self.tr("Type a date (20261204 or 2026-12-04), step a part with "
                                "Up/Down, or open the calendar with F4"))
        return edit

    def _table(self, model) -> QTableView:  # type: ignore[no-untyped-def]
        table = QTableView()
        table.setModel(model)
        table.setAlternatingRowColors(True)
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _connect_signals(self) -> None:
        self.mode.currentIndexChanged.connect(self._on_mode)
        self.first_date.dateChanged.connect(self._on_first_date)
        self.last_date.dateChanged.connect(self._schedule_now)
        self.jurisdiction.currentIndexChanged.connect(self._schedule_now)
        self.refresh_action.triggered.connect(self.refresh)
        self.sign_button.clicked.connect(self.sign_off)
        for action in self.export_actions.values():
            action.triggered.connect(self._on_export_action)
        self.ctx.changes.changed.connect(self._on_changes)
        self.ctx.ops.idle.connect(self._nothing_pending)

    def take_focus(self) -> None:
        """Where the keyboard goes when the view is shown: the (first) date, ready to type."""
        self.first_date.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- the period -------------------------------------------------------------------------

    @property
    def may_sign(self) -> bool:
        return may(self.ctx.operator.role, Permission.SIGN_OFF)

    def period(self) -> Period | None:
        """The chosen period, or None (with a message) when it makes no sense."""
        first = self.first_date.date().toPython()
        last = first if self.mode.currentIndex() == MODE_DAY else self.last_date.date().toPython()
        if last < first:
            return None
        return Period(first, last, self.jurisdiction.currentData() or None)

    def set_day(self, day: date) -> None:
        self.mode.setCurrentIndex(MODE_DAY)
        self._set_dates(day, day)

    def set_range(self, first: date, last: date) -> None:
        self.mode.setCurrentIndex(MODE_RANGE)
        self._set_dates(first, last)

    def set_jurisdiction(self, code: str | None) -> None:
        self.jurisdiction.setCurrentIndex(max(0, self.jurisdiction.findData(code or "")))

    def _set_dates(self, first: date, last: date) -> None:
        for edit, value in ((self.first_date, first), (self.last_date, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(value.year, value.month, value.day))
            edit.blockSignals(False)
        self.refresh()

    def _sync_mode(self) -> None:
        ranged = self.mode.currentIndex() == MODE_RANGE
        self.to_label.setVisible(ranged)
        self.last_date.setVisible(ranged)
        self.sign_button.setEnabled(self.may_sign and not ranged and not self._signing)

    @Slot()
    def _on_mode(self) -> None:
        self._sync_mode()
        self.refresh()

    @Slot()
    def _on_first_date(self) -> None:
        if self.mode.currentIndex() == MODE_DAY:
            self.last_date.blockSignals(True)
            self.last_date.setDate(self.first_date.date())
            self.last_date.blockSignals(False)
        self.refresh()

    @Slot()
    def _schedule_now(self) -> None:
        self.refresh()

    @Slot()
    def _on_changes(self) -> None:
        period = self.period()
        today = local_day(self.ctx.store.now(), self.ctx.store.tz)
        if period is not None and period.first <= today <= period.last + timedelta(days=1):
            self._debounce.start()

    # -- computing --------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        period = self.period()
        if period is None:
            self._show_status(self.tr("The end date is before the start date: pick a later "
                                      "end date."), error=True)
            return
        self._computing = True
        self._update_busy()
        self._show_status(self.tr("Computing the figures…"))
        self.ctx.ops.read(lambda store: compute_summary(store, period),
                          success=self._on_computed, failure=self._on_summary_failed,
                          key=SUMMARY_KEY, report=True, owner=self)

    def _update_busy(self) -> None:
        self.busy.setVisible(self._computing or self._signing or self._exports > 0)

    def _nothing_pending(self) -> None:
        """No lane has work left: whatever of ours has not answered met a bug (the crash
        reporter has told the operator). Release the busy marks and the sign-off button."""
        if not (self._computing or self._signing or self._exports):
            return
        self._computing = self._signing = False
        self._exports = 0
        self._update_busy()
        self._sync_mode()
        self._show_status(self.tr("An unexpected error stopped this; it has been reported. "
                                  "Try again."), error=True)

    def _on_computed(self, result: SummaryResult) -> None:
        """The latest request's figures (an overtaken request never reaches here)."""
        self._computing = False
        self._update_busy()
        self.result = result
        lang = self.ctx.lang
        signed = result.snapshot.tallies if result.snapshot else None
        self.figures_model.set_tallies(result.current, result.previous, signed)
        for key, card in self.cards.items():
            fig = BY_KEY[key]
            value = result.current.figures.get(key)
            card.value.setText(format_value(fig.unit, value, lang))
            if fig.compare:
                rate = growth_pct(value, compared(result.previous, key))
                card.change.setText(self.tr("Year on year: %1").replace(
                    "%1", format_growth(rate)))
            else:
                card.change.setText("")
        ref = self.ctx.reference
        categories = result.current.breakdowns.get("incidents_by_category", {})
        self.category_model.set_rows([
            (code, (ref.taxonomy.find(code).name(lang) if ref.taxonomy.find(code)
                    else self.tr("No category")), n) for code, n in categories.items()])
        places = result.current.breakdowns.get("incidents_by_jurisdiction", {})
        self.jurisdiction_model.set_rows([
            (code, (ref.jurisdiction(code).name(lang) if ref.jurisdiction(code)
                    else self.tr("No jurisdiction")), n) for code, n in places.items()])
        self.charts.show_result(result.current, result.trend, lang,
                                today=local_day(self.ctx.store.now(), self.ctx.store.tz))
        self._show_signoff(result)
        period = result.current.period
        self._show_status(self.tr("Figures for %1 – %2, %3 calls.").replace(
            "%1", period.first.isoformat()).replace("%2", period.last.isoformat()).replace(
            "%3", f"{result.current.figures['calls_total']:,}"))
        self.computed.emit()

    def _show_signoff(self, result: SummaryResult) -> None:
        snapshot = result.snapshot
        self.signoff_banner.setToolTip("")
        if not result.current.period.is_day:
            self.signoff_banner.setText(self.tr("Pick a single day to see or make its "
                                                "sign-off."))
            self.signoff_banner.setStyleSheet("color: #5A6B80;")
            return
        if snapshot is None:
            self.signoff_banner.setText(self.tr("This day has not been signed off."))
            self.signoff_banner.setStyleSheet("color: #5A6B80;")
            return
        when = local_text(snapshot.signed_at, self.ctx.store.tz, seconds=False)
        text = self.tr("Signed off by %1 at %2.").replace("%1", snapshot.signer_name).replace(
            "%2", when)
        changed = self.figures_model.changed_keys()
        if changed:
            names = self.tr(", ", "list separator").join(
                BY_KEY[k].label(self.ctx.lang) for k in changed[:4])
            more = "…" if len(changed) > 4 else ""
            self.signoff_banner.setToolTip("\n".join(BY_KEY[k].label(self.ctx.lang)
                                                      for k in changed))
            text += " " + self.tr("%n figure(s) changed since then: ", "", len(changed))
            text += names + more
            self.signoff_banner.setStyleSheet(
                "background: #FDE2E1; color: #8A1C12; padding: 4px; font-weight: bold;")
        else:
            text += " " + self.tr("The live figures still match the signed ones.")
            self.signoff_banner.setStyleSheet(
                "background: #E3F4E6; color: #1E5C2B; padding: 4px;")
        self.signoff_banner.setText(text)

    def _on_summary_failed(self, exc: BaseException) -> bool:
        self._computing = False
        self._update_busy()
        self._show_status(self.tr("The figures could not be read (%1). Try again with "
                                  "Refresh.").replace("%1", str(exc)), error=True)
        return True

    def _show_status(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #B00020;" if error else "color: #44546A;")
        if error:
            self.failed.emit(text)

    # -- sign-off ---------------------------------------------------------------------------

    @Slot()
    def sign_off(self) -> None:
        """Ask (what is still open, a note), then sign: the dialog is window-modal, not a
        nested event loop; its answer arrives in `_on_signoff_answer`."""
        period = self.period()
        if self._signing:
            return  # the sign-off asked for is still being written
        if period is None or not period.is_day:
            self._show_status(self.tr("Sign-off is for one day: choose Day and a date."),
                              error=True)
            return
        if not self.may_sign:
            self._show_status(self.tr("Only a supervisor or an administrator may sign off "
                                      "a day."), error=True)
            return
        try:
            still_open = self.ctx.store.signoff.open_on_day(period.first, period.jurisdiction)
        except StoreError:
            self._show_status(self.tr("The database is busy or cannot be read: the day is "
                                      "not signed off yet. Try again in a moment."), error=True)
            return
        dialog = SignOffDialog(period.first, still_open, self._category_name, self)
        dialog.finished.connect(lambda result: self._on_signoff_answer(dialog, period, result))
        self.signoff_dialog = dialog
        dialog.open()

    def _category_name(self, code: str | None) -> str:
        category = self.ctx.reference.taxonomy.find(code or "")
        return category.name(self.ctx.lang) if category else self.tr("No category")

    def _on_signoff_answer(self, dialog: SignOffDialog, period: Period, result: int) -> None:
        dialog.deleteLater()
        if self.signoff_dialog is dialog:
            self.signoff_dialog = None
        if result != QDialog.DialogCode.Accepted:
            self._show_status(self.tr("The day was not signed off."))
            return
        day, jurisdiction, note = period.first, period.jurisdiction, dialog.note_text()
        operator_id = self.ctx.operator.id
        self._signing = True
        self._update_busy()
        self.ctx.ops.write(
            lambda store: store.signoff.sign_off_day(day, operator_id, jurisdiction=jurisdiction,
                                                     note=note),
            success=lambda _snapshot: self._on_signed(day),
            failure=self._on_signoff_failed, owner=self, disable=[self.sign_button])

    def _on_signed(self, day: date) -> None:
        self._signing = False
        self._update_busy()
        self._sync_mode()
        self.signedOff.emit(day.isoformat())
        self.refresh()

    def _on_signoff_failed(self, exc: BaseException) -> bool:
        self._signing = False
        self._update_busy()
        self._sync_mode()
        if isinstance(exc, SignoffRefused):
            self._show_status({
                "not_allowed": self.tr("Only a supervisor or an administrator may sign off "
                                       "a day."),
                "future_day": self.tr("A day that has not begun cannot be signed off: pick "
                                      "today or an earlier day."),
            }.get(exc.code, self.tr("The note is too long or holds control characters: "
                                    "shorten it and sign again.")), error=True)
            return True
        if isinstance(exc, StoreError):
            self._show_status(self.tr("The database is busy or cannot be written: the day is "
                                      "not signed off yet. Try again in a moment."), error=True)
            return True
        return False  # the main window's message bridge says it

    # -- export -----------------------------------------------------------------------------

    @staticmethod
    def ask_path(parent: QWidget, title: str, suggested: str, filter_text: str) -> str:
        """Ask where to save (tests replace this); '' when cancelled."""
        return QFileDialog.getSaveFileName(parent, title, suggested, filter_text)[0]

    @Slot()
    def _on_export_action(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.export_to(str(action.data()))

    def export_to(self, fmt: str, path: str | None = None) -> None:
        period = self.period()
        if period is None:
            self._show_status(self.tr("The end date is before the start date: pick a later "
                                      "end date."), error=True)
            return
        if path is None:
            path = self.ask_path(self, self.tr("Export the figures"),
                                 str(export_folder() / suggested_name(period, fmt)),
                                 self.tr("%1 files (*.%2)").replace("%1", fmt.upper())
                                 .replace("%2", fmt))
            if not path:
                return
            remember_export_folder(Path(path).parent)
        lang, target = self.ctx.lang, Path(path)
        self._exports += 1
        self._update_busy()
        self._show_status(self.tr("Writing %1…").replace("%1", path))
        # No key: an export is never overtaken, not even by the figures refreshing meanwhile.
        self.ctx.ops.read(lambda store: export_figures(store, period, lang, fmt, target),
                          success=self._on_exported, failure=self._on_export_failed,
                          report=True, owner=self)

    def _on_exported(self, result: ExportResult) -> None:
        self._exports = max(0, self._exports - 1)
        self._update_busy()
        if result.problem:
            self._export_refused(result.problem)
            return
        self._show_status(self.tr("Saved %1.").replace("%1", result.path))
        self.exported.emit(result.path)

    def _on_export_failed(self, exc: BaseException) -> bool:
        self._exports = max(0, self._exports - 1)
        self._update_busy()
        self._export_refused(str(exc))
        return True

    def _export_refused(self, message: str) -> None:
        self._show_status(self.tr("Nothing was saved (%1). Choose another folder or file "
                                  "name.").replace("%1", message), error=True)
