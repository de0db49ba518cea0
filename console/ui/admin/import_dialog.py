"""导入警情: the administrator imports calls from another system's CSV export.

Keyboard first: the file field has the cursor, Tab walks file, Browse, mapping, mapping file
and "skip bad rows", Enter imports, Esc closes. The import runs on the operation layer's
bulk lane (off the GUI thread, this seat's other writes going between its batches) with a
progress bar of rows, rate and time left; the dialog is not modal, so the window stays
usable meanwhile. Cancel stops the import where it is:
while every row is being checked nothing has been written; once writing, the batches
committed stay (500 calls each, each whole) and the run is left incomplete, so importing
the same file with the same mapping again finishes it. At the end the importer's report is
shown here. The store refuses anyone whose role may not import.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from console.domain.mapping import Mapping, MappingError, SourceError, load_mapping
from console.paths import db_dir
from console.store import Store
from console.store.importer import ImportRefused, ImportReport
from console.ui.admin.progress import ImportProgress, Step
from console.ui.admin.report_text import (
    headline,
    refused_headline,
    report_html,
    source_problem,
)
from console.ui.context import ViewContext
from console.ui.ops import error_text

PROGRESS_EVERY = 250  # rows between the importer's reports (the bridge shows ≤ 10 a second)
RED = "color: #c62828;"


def shipped_mappings() -> list[str]:
    """The mappings that come with the console (db/mappings/*.toml), by name."""
    return sorted(p.stem for p in (db_dir() / "mappings").glob("*.toml"))


@dataclass(frozen=True)
class Outcome:
    """What an import came to, as the bulk lane hands it back."""

    report: ImportReport | None = None
    refused: bool = False  # bad rows without "skip bad rows": nothing written
    problem: MappingError | SourceError | None = None  # the file or mapping could not be
    # used: nothing written (said in the user's words on the GUI thread)


class ImportDialog(QDialog):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.running: ImportProgress | None = None
        self.last: Outcome | None = None
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import calls"))
        self.setModal(False)

        self.file = QLineEdit()
        self.file.setObjectName("importFile")
        self.file.setPlaceholderText(self.tr("the CSV export to import, e.g. /data/calls_2023.csv"))
        self.file.setMinimumWidth(420)
        self.browse = QPushButton(self.tr("&Browse…"))
        self.browse.setObjectName("importBrowse")
        self.browse.setAutoDefault(False)
        self.browse.clicked.connect(self._browse_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(self.browse)

        self.mapping = QComboBox()
        self.mapping.setObjectName("importMapping")
        self.mapping.setEditable(True)  # a shipped mapping's name, or a mapping file's path
        self.mapping.addItems(shipped_mappings())
        self.mapping.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.mapping_browse = QPushButton(self.tr("Mapping fi&le…"))
        self.mapping_browse.setObjectName("importMappingBrowse")
        self.mapping_browse.setAutoDefault(False)
        self.mapping_browse.clicked.connect(self._browse_mapping)
        mapping_row = QHBoxLayout()
        mapping_row.addWidget(self.mapping, 1)
        mapping_row.addWidget(self.mapping_browse)

        self.skip_bad = QCheckBox(self.tr("&Skip bad rows and import the rest"))
        self.skip_bad.setObjectName("importSkipBad")

        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.file)
        mapping_label = QLabel(self.tr("&Mapping:"))
        mapping_label.setBuddy(self.mapping)
        form = QFormLayout()
        form.addRow(file_label, file_row)
        form.addRow(mapping_label, mapping_row)
        form.addRow("", self.skip_bad)

        self.bar = QProgressBar()
        self.bar.setObjectName("importProgress")
        self.bar.setVisible(False)
        self.status = QLabel()
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("importMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.report = QTextBrowser()
        self.report.setObjectName("importReport")
        self.report.setMinimumHeight(260)
        self.report.setPlaceholderText(self.tr(
            "The import's report is shown here: rows imported, rows skipped as imported "
            "before, bad rows with their line, unmapped values and notices."))

        self.start_button = QPushButton(self.tr("&Import"))
        self.start_button.setObjectName("importStart")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("&Cancel import"))
        self.cancel_button.setObjectName("importCancel")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("importClose")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.start_button, self.cancel_button, self.close_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addWidget(self.message)
        layout.addWidget(self.report, 1)
        layout.addLayout(buttons)
        for first, second in ((self.file, self.browse), (self.browse, self.mapping),
                              (self.mapping, self.mapping_browse),
                              (self.mapping_browse, self.skip_bad),
                              (self.skip_bad, self.start_button)):
            QWidget.setTabOrder(first, second)
        self.resize(720, 560)
        self.file.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- what is typed ----------------------------------------------------------------------

    def mapping_path(self) -> Path | None:
        """The typed mapping: a file's path, else a shipped mapping's name."""
        text = self.mapping.currentText().strip()
        if not text:
            return None
        typed = Path(text).expanduser()
        if typed.suffix == ".toml" or typed.is_file():
            return typed
        shipped = db_dir() / "mappings" / f"{text}.toml"
        return shipped if shipped.is_file() else None

    def _refuse(self, text: str, where: QWidget) -> None:
        self.message.setStyleSheet(RED)
        self.message.setText(text)
        where.setFocus(Qt.FocusReason.OtherFocusReason)

    def _checked(self) -> tuple[Path, Mapping] | None:
        """The file and the mapping, or None with the reason shown (the text kept)."""
        text = self.file.text().strip()
        if not text:
            self._refuse(self.tr("Type or choose the file to import."), self.file)
            return None
        path = Path(text).expanduser()
        if not path.is_file():
            self._refuse(self.tr("{path} is not a file: check the path.").format(path=path),
                         self.file)
            return None
        mapping_path = self.mapping_path()
        if mapping_path is None:
            self._refuse(self.tr("Choose a mapping from the list, or a mapping file (.toml)."),
                         self.mapping)
            return None
        try:
            return path, load_mapping(mapping_path)
        except (MappingError, ValueError, OSError) as exc:
            self._refuse(self.tr("The mapping cannot be used: {reason}").format(reason=exc),
                         self.mapping)
            return None

    # --- running ----------------------------------------------------------------------------

    def start(self) -> None:
        if self.running is not None:
            return
        checked = self._checked()
        if checked is None:
            return
        path, mapping = checked
        progress = ImportProgress(self)
        progress.advanced.connect(self._advanced)
        operator, skip_bad = self.ctx.operator, self.skip_bad.isChecked()

        def work(store: Store) -> Outcome:
            try:
                return Outcome(store.imports.import_calls(
                    [path], mapping, skip_bad=skip_bad, operator_id=operator.id,
                    run_by=operator.username, progress=progress.writing,
                    checking=progress.checking, progress_every=PROGRESS_EVERY,
                    stop=progress.stop))
            except ImportRefused as exc:
                return Outcome(exc.report, refused=True)
            except (MappingError, SourceError) as exc:
                return Outcome(problem=exc)

        self.running = progress
        self._set_running(True)
        self.message.setStyleSheet("")
        self.message.setText("")
        self.report.clear()
        self.status.setText(self.tr("Starting the import…"))
        self.ctx.ops.write(work, success=self._finished, failure=self._failed,
                           settled=self._settled, owner=self, bulk=True)

    def cancel(self) -> None:
        """Stop the running import: before the next row or batch (see the module text)."""
        if self.running is None:
            return
        self.running.stopping.set()
        self.cancel_button.setEnabled(False)
        self.status.setText(self.tr("Stopping after the batch being written…"))

    def _set_running(self, running: bool) -> None:
        for widget in (self.file, self.browse, self.mapping, self.mapping_browse,
                       self.skip_bad, self.start_button, self.close_button):
            widget.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.bar.setVisible(running or self.bar.value() > 0)
        if running:
            self.bar.setRange(0, 0)  # busy until the first count arrives
            self.bar.setValue(0)
            self.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _advanced(self, step: Step) -> None:
        if self.running is None:
            return
        self.bar.setRange(0, max(step.total, 1))
        self.bar.setValue(min(step.done, max(step.total, 1)))
        if not self.running.stop():
            self.status.setText(step.text())

    def _finished(self, outcome: Outcome) -> None:
        self.last = outcome
        if outcome.problem is not None:
            self.status.setText("")
            self.message.setStyleSheet(RED)
            self.message.setText(self.tr("Nothing was imported: {reason}").format(
                reason=source_problem(outcome.problem)))
            return
        report = outcome.report
        assert report is not None
        if outcome.refused:
            head = refused_headline(report)
            self.message.setStyleSheet(RED)
        else:
            head = headline(report)
            self.message.setStyleSheet("")
        self.status.setText("")
        self.message.setText(head)
        self.report.setHtml(report_html(report, head))

    def _failed(self, error: BaseException) -> bool:
        self.status.setText("")
        self.message.setStyleSheet(RED)
        self.message.setText(error_text(error))
        return True

    def _settled(self) -> None:
        self.running = None
        self._set_running(False)
        self.bar.setVisible(self.bar.maximum() > 0)
        self.file.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- choosing files ---------------------------------------------------------------------

    def _browse_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("File to import"), self.file.text(),
            self.tr("CSV exports (*.csv *.txt);;All files (*)"))
        if chosen:
            self.file.setText(chosen)

    def _browse_mapping(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Mapping file"), str(db_dir() / "mappings"),
            self.tr("Mappings (*.toml)"))
        if chosen:
            self.mapping.setEditText(chosen)

    # --- closing ----------------------------------------------------------------------------

    def stop(self) -> None:
        """The console is closing: a running import stops before its next batch."""
        if self.running is not None:
            self.running.stopping.set()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.running is not None:
            self.cancel()  # Esc while importing asks to stop; the dialog stays for the report
            event.accept()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        if self.running is not None:
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running is not None:
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)
