"""重点企业台账: the registry page of the enterprise desk, keyboard first.

Typing in the search (Ctrl+F) narrows the list at once; the list's current row shows
its enterprise's page beside it. Ctrl+N adds, Enter or F2 edits, Ctrl+R records a
visit, contact or request, Ctrl+D makes an entry active or inactive, Del deletes one
made in error, Ctrl+J links an incident found later to concern the enterprise, Ctrl+I
imports a CSV file, Ctrl+E exports what the list shows.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from console.domain.enterprises import ACTIVE, INACTIVE
from console.store.enterprise_registry import Enterprise, ImportRefused
from console.store.errors import InputRefused
from console.ui.context import ViewContext
from console.ui.enterprise_desk import texts
from console.ui.enterprise_desk.action_dialog import LoopActionDialog
from console.ui.enterprise_desk.editor import EnterpriseDialog
from console.ui.enterprise_desk.model import RegistryModel
from console.ui.enterprise_desk.page import page_html
from console.ui.enterprise_desk.service_entry import ServiceEntryDialog

_SHOWN_PROBLEMS = 12


class RegistryPage(QWidget):
    loaded = Signal()  # a search's result is in the list
    pageShown = Signal(int)  # an enterprise's page is shown

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._want: int | None = None  # the entry to select after the next read
        self.model = RegistryModel(ctx.reference, ctx.lang, self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr(
            "Search: name, pinyin initials, credit code or address (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _: self.reload(debounce=True))
        self.search.returnPressed.connect(self.focus_table)
        self.count = QLabel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.activated.connect(lambda _: self.edit())
        self.page = QTextBrowser()
        self.page.setOpenLinks(False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        buttons = QHBoxLayout()
        actions = (
            (self.tr("New (Ctrl+N)"), ("Ctrl+N",), self.add),
            (self.tr("Edit (F2)"), ("F2",), self.edit),
            (self.tr("Service file entry (Ctrl+R)"), ("Ctrl+R",), self.add_entry),
            (self.tr("Link an incident (Ctrl+J)"), ("Ctrl+J",), self.link_incident),
            (self.tr("Active / inactive (Ctrl+D)"), ("Ctrl+D",), self.toggle_status),
            (self.tr("Delete (Del)"), (), self.delete),
            (self.tr("Import CSV (Ctrl+I)"), ("Ctrl+I",), self.import_csv),
            (self.tr("Export (Ctrl+E)"), ("Ctrl+E",), self.export_csv),
        )
        for label, keys, slot in actions:
            button = QPushButton(label)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self, slot)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        buttons.addStretch(1)
        find = QShortcut(QKeySequence("Ctrl+F"), self, self.focus_search)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        delete = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, self.delete)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)

        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(self.page)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(split, 1)
        layout.addWidget(self.message)
        self.current_dialog: QWidget | None = None
        self.reload()

    # -- reading ----------------------------------------------------------------------------

    def reload(self, *, debounce: bool = False) -> None:
        text = self.search.text()
        self._ctx.ops.read(lambda store: store.registry.search(text),
                           success=self._found, key=f"registry/{id(self)}",
                           debounce_ms=150 if debounce else 0, owner=self)

    def _found(self, rows: list[Enterprise]) -> None:
        current = self.current()
        keep = self._want if self._want is not None else (current.id if current else None)
        self._want = None
        self.model.set_rows(rows)
        self.count.setText(self.tr("%n enterprise(s)", "", len(rows)))
        row = self.model.row_of(keep) if keep is not None else -1
        if rows:
            self.table.setCurrentIndex(self.model.index(max(row, 0), 0))
        else:
            self.page.clear()
        self.loaded.emit()

    def current(self) -> Enterprise | None:
        index = self.table.currentIndex()
        return self.model.entry(index.row()) if index.isValid() else None

    def _row_changed(self, index: QModelIndex, _previous: QModelIndex) -> None:
        entry = self.model.entry(index.row())
        if entry is None:
            return
        target = entry.id
        self._ctx.ops.read(
            lambda store: (store.registry.get(target), store.registry.service_file(target),
                           store.registry.incidents_of(target)),
            success=self._show_page, key=f"registry/page/{id(self)}", owner=self)

    def _show_page(self, found: tuple[Enterprise, list[object], list[dict[str, object]]]) -> None:
        entry, entries, incidents = found
        self.page.setHtml(page_html(self._ctx, entry, entries, incidents))  # type: ignore[arg-type]
        self.pageShown.emit(entry.id)

    # -- focus ------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def focus_table(self) -> None:
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))

    # -- actions ----------------------------------------------------------------------------

    def _open(self, dialog: QWidget) -> None:
        self.current_dialog = dialog
        dialog.finished.connect(self._dialog_closed)  # type: ignore[attr-defined]
        dialog.open()  # type: ignore[attr-defined]

    def _dialog_closed(self) -> None:
        self.current_dialog = None
        self.reload()
        self.focus_table()

    def add(self) -> None:
        dialog = EnterpriseDialog(self._ctx, parent=self)
        dialog.saved.connect(self._select_later)
        self._open(dialog)

    def edit(self) -> None:
        entry = self.current()
        if entry is None:
            return
        dialog = EnterpriseDialog(self._ctx, entry.id, entry.draft, parent=self)
        dialog.saved.connect(self._select_later)
        self._open(dialog)

    def _select_later(self, enterprise_id: int) -> None:
        self._want = enterprise_id
        self.message.setText(self.tr("Saved."))

    def add_entry(self) -> None:
        entry = self.current()
        if entry is None:
            return
        self._open(ServiceEntryDialog(self._ctx, entry.id, entry.draft.name, entry.draft.officer,
                                      parent=self))

    def link_incident(self) -> None:
        """An incident found later to concern this enterprise: pushed to its three persons."""
        entry = self.current()
        if entry is None:
            return
        target, me, name = entry.id, self._ctx.operator.id, entry.draft.name
        dialog = LoopActionDialog(
            self._ctx, self.tr("Link an incident to {name}").format(name=name),
            [("line", self.tr("Incident number"), "")],
            lambda store, v: store.enterprises.link_incident(v[0], target, me), parent=self)
        dialog.accepted.connect(lambda: self.message.setText(self.tr(
            "Linked to {name} and pushed to its three responsible persons.").format(name=name)))
        self._open(dialog)

    def toggle_status(self) -> None:
        entry = self.current()
        if entry is None:
            return
        status = INACTIVE if entry.draft.status == ACTIVE else ACTIVE
        target = entry.id
        self._ctx.ops.write(lambda store: store.registry.set_status(target, status),
                            success=lambda _: self._done(self.tr("{name} is now {status}.")
                                                         .format(name=entry.draft.name,
                                                                 status=texts.status_name(status))),
                            owner=self)

    def delete(self) -> None:
        entry = self.current()
        if entry is None:
            return
        target = entry.id
        self._ctx.ops.write(lambda store: store.registry.delete(target),
                            success=lambda _: self._done(self.tr("{name} was deleted.")
                                                         .format(name=entry.draft.name)),
                            failure=self._refused, owner=self)

    def _done(self, text: str) -> None:
        self.message.setText(text)
        self.reload()

    def _refused(self, error: BaseException) -> bool:
        if not isinstance(error, InputRefused):
            return False
        lines = [texts.problem_text(p) for p in error.problems]
        self.message.setText(self.tr("Not done: {why}").format(why="; ".join(lines)))
        return True

    def import_csv(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import the registry"), "",
                                              self.tr("CSV files (*.csv)"))
        if not name:
            return
        path = Path(name)
        self.message.setText(self.tr("Importing {file}…").format(file=path.name))
        self._ctx.ops.write(lambda store: store.registry.import_csv(path),
                            success=lambda counts: self._done(self.tr(
                                "{file}: {added} added, {updated} updated.").format(
                                    file=path.name, added=counts[0], updated=counts[1])),
                            failure=self._import_refused, owner=self)

    def _import_refused(self, error: BaseException) -> bool:
        if not isinstance(error, ImportRefused):
            return self._refused(error)
        lines = [self.tr("{file}, line {line}: {problem}").format(
            file=error.file.name, line=line, problem=texts.problem_text(p))
            for line, p in error.rows[:_SHOWN_PROBLEMS]]
        if len(error.rows) > _SHOWN_PROBLEMS:
            lines.append(self.tr("… and %n more", "", len(error.rows) - _SHOWN_PROBLEMS))
        self.message.setText(self.tr("Nothing was imported: correct the file and import it "
                                     "again.") + "\n" + "\n".join(lines))
        return True

    def export_csv(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the registry"), "enterprises.csv",
            self.tr("CSV files (*.csv);;Excel workbooks (*.xlsx)"))
        if not name:
            return
        path = Path(name)
        shown = [e for e in (self.model.entry(r) for r in range(self.model.rowCount())) if e]
        xlsx = path.suffix.lower() == ".xlsx"
        self._ctx.ops.read(lambda store: (store.registry.export_xlsx(path, shown) if xlsx
                                          else store.registry.export_csv(path, shown)),
                           success=lambda n: self.message.setText(self.tr(
                               "{n} enterprises written to {file}.").format(n=n, file=path.name)),
                           report=True, owner=self)
