"""The shift handover note (交接班): what is open, overdue and escalated at a desk, and the
outgoing operator's remarks — printable and exportable to PDF.

The note is read on the read lane (the remarks field waits, read-only, until it is);
saving the remarks is a write on the write lane: the text stays in the field while it
runs, and a refusal is said in the dialog. Closing with unsaved remarks saves them and
closes once they have landed."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSettings, QStandardPaths, Signal
from PySide6.QtGui import (
    QKeySequence,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QShortcut,
    QShowEvent,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from console.domain.queues import QueueItem
from console.store import InputRefused
from console.store.queues import Handover
from console.ui.context import ViewContext
from console.ui.ops import error_text
from console.ui.queues import texts

FOLDER_KEY = "queues/handover_folder"  # where the last handover PDF was saved
_NOWRAP = ' style="white-space: nowrap"'  # incident numbers and deadlines stay whole


class HandoverDialog(QDialog):
    saved = Signal()
    loaded = Signal()
    anchored = Signal()  # the audit anchor stored with the saved remarks has been read

    def __init__(self, ctx: ViewContext, desk: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.desk = desk
        self.setWindowTitle(self.tr("Shift handover — %1").replace("%1", texts.desk_name(desk)))
        self.resize(820, 680)
        self.handover: Handover | None = None  # until read
        self._close_when_saved = False
        self.preview = QTextBrowser()
        self._saved_remarks = ""
        self.remarks = QPlainTextEdit()
        self.remarks.setReadOnly(True)  # until the saved remarks are read
        self.remarks.setPlaceholderText(self.tr("Remarks for the next shift"))
        self.remarks.setMaximumHeight(120)
        self.remarks.setTabChangesFocus(True)  # Tab walks the dialog, as everywhere else
        self.message = QLabel()
        self.message.setStyleSheet("color: #b71c1c;")
        self.save_button = save = QPushButton(self.tr("Save remarks"))
        save.setShortcut(QKeySequence("Ctrl+S"))
        save.setToolTip(self.tr("Save remarks (Ctrl+S or Ctrl+Enter)"))
        save.clicked.connect(self.save_remarks)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.save_remarks)
        print_button = QPushButton(self.tr("Print…"))
        print_button.setShortcut(QKeySequence("Ctrl+P"))
        print_button.setToolTip(self.tr("Print… (Ctrl+P)"))
        print_button.clicked.connect(self.print_note)
        pdf = QPushButton(self.tr("Export PDF…"))
        pdf.setShortcut(QKeySequence("Ctrl+E"))
        pdf.setToolTip(self.tr("Export PDF… (Ctrl+E)"))
        pdf.clicked.connect(self._ask_pdf)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        for button in (save, print_button, pdf, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addWidget(QLabel(self.tr("Outgoing operator's remarks:")))
        layout.addWidget(self.remarks)
        layout.addLayout(buttons)
        self.preview.setPlainText(self.tr("Reading the queue…"))
        ctx.ops.read(lambda store: store.shift.handover(desk), success=self._read,
                     failure=self._not_read, owner=self)

    def is_loaded(self) -> bool:
        return self.handover is not None

    def _read(self, handover: Handover) -> None:
        self.handover = handover
        self._saved_remarks = handover.remarks
        self.remarks.setPlainText(handover.remarks)
        self.remarks.setReadOnly(False)
        self.remarks.moveCursor(QTextCursor.MoveOperation.End)
        self.refresh_preview()
        self.loaded.emit()

    def _not_read(self, exc: BaseException) -> bool:
        self.preview.setPlainText(self.tr("The handover note could not be read (%1). Close it "
                                          "and open it again.").replace(
                                              "%1", texts.read_problem(exc)))
        return True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.remarks.setFocus()
        self.remarks.moveCursor(QTextCursor.MoveOperation.End)

    def reject(self) -> None:
        """Escape or Close: remarks typed and not yet saved are saved, never lost, and the
        dialog closes once they have landed; if they cannot be, it stays open and says why."""
        if self.handover is not None and self.remarks.toPlainText() != self._saved_remarks:
            self._close_when_saved = True
            self.save_remarks()
            return
        super().reject()

    def document(self) -> QTextDocument:
        doc = QTextDocument(self)
        doc.setHtml(self.html())
        return doc

    def refresh_preview(self) -> None:
        self.preview.setHtml(self.html())

    def html(self) -> str:
        h = self.handover
        if h is None:
            return ""
        now = self._ctx.store.now()
        tz = self._ctx.store.tz
        overdue = [i for i in h.items if i.overdue(now) or i.owner_level() > i.base_level]
        rest = [i for i in h.items if i not in overdue]
        span = (f"{h.shift_start.astimezone(tz):%Y-%m-%d %H:%M} – "
                f"{h.shift_end.astimezone(tz):%Y-%m-%d %H:%M}")
        remarks = self.remarks.toPlainText() if hasattr(self, "remarks") else h.remarks
        title = self.tr("Shift handover note")
        shift, printed = self.tr("Shift"), self.tr("Printed")
        open_items, late = self.tr("Open items"), self.tr("overdue or escalated")
        heading, none = self.tr("Remarks"), self.tr("(none)")
        # The audit chain's head this page vouches for (`console110 verify-audit --anchor`):
        # the one stored with the saved remarks, else the head at printing.
        if h.anchor is not None:
            anchor, anchored = h.anchor, self.tr("Audit anchor (saved with the remarks): %1")
        else:
            anchor, anchored = self._ctx.store.audit.audit_anchor(), self.tr(
                "Audit anchor (at printing): %1")
        anchored = anchored.replace(
            "%1", anchor.label if anchor is not None else self.tr("no audit trail"))
        parts = [
            f"<h2>{escape(title)} — {escape(texts.desk_name(self.desk))}</h2>",
            f"<p>{escape(shift)}: {escape(span)}<br>"
            f"{escape(printed)}: {now.astimezone(tz):%Y-%m-%d %H:%M} · "
            f"{escape(self._ctx.operator.display_name)}</p>",
            f"<p><b>{escape(open_items)}: {len(h.items)}</b> · {escape(late)}: {len(overdue)}</p>",
            self._section(self.tr("Overdue and escalated"), overdue, now),
            self._section(self.tr("Open"), rest, now),
            f"<h3>{escape(heading)}</h3>",
            "<p>" + (escape(remarks).replace("\n", "<br>") or escape(none)) + "</p>",
            f'<p style="font-size: small; color: #555555">{escape(anchored)}</p>',
        ]
        return "\n".join(parts)

    def _section(self, title: str, items: list[QueueItem], now: datetime) -> str:
        out = [f"<h3>{escape(title)} ({len(items)})</h3>"]
        if not items:
            none = self.tr("(none)")
            out.append(f"<p>{escape(none)}</p>")
            return "".join(out)
        heads = [self.tr("Kind"), self.tr("Incident / call"), self.tr("What to do"),
                 self.tr("Owner"), self.tr("Deadline"), self.tr("Level")]
        out.append('<table border="1" cellspacing="0" cellpadding="3" width="100%"><tr>')
        out += [f"<th>{escape(h)}</th>" for h in heads]
        out.append("</tr>")
        for item in items:
            cells = [texts.kind_name(item.kind), texts.reference_label(item),
                     texts.what_to_do(item), texts.owner_text(item),
                     texts.deadline_text(item, now), texts.level_name(item.owner_level())]
            out.append("<tr>" + "".join(
                f"<td{_NOWRAP if column in (1, 4) else ''}>{escape(c)}</td>"
                for column, c in enumerate(cells)) + "</tr>")
        out.append("</table>")
        return "".join(out)

    def saving(self) -> bool:
        """Remarks were handed to the write lane and have not landed yet."""
        return not self.save_button.isEnabled()

    def save_remarks(self) -> None:
        """Save the remarks on the write lane (once: a second press waits for the first)."""
        if self.handover is None or self.saving():
            return
        desk, start, by = self.desk, self.handover.shift_start, self._ctx.operator.id
        text = self.remarks.toPlainText()
        dialog = self

        def landed(_result: object) -> None:
            if not isValid(dialog):
                return
            dialog._saved_remarks = text
            dialog.message.setText(self.tr("Remarks saved."))
            dialog.refresh_preview()
            dialog._read_anchor()
            dialog.saved.emit()
            if dialog._close_when_saved:
                dialog._close_when_saved = False
                if dialog.remarks.toPlainText() == text:
                    QDialog.reject(dialog)
                else:
                    dialog.reject()  # typed more meanwhile: saved too before closing

        def refused(exc: BaseException) -> bool:
            if not isValid(dialog):
                return False
            dialog._close_when_saved = False
            if isinstance(exc, InputRefused):
                dialog.message.setText(self.tr(
                    "The remarks are too long or contain characters that cannot be saved; "
                    "they are kept here."))
            else:
                dialog.message.setText(error_text(exc))
            return True

        self.message.setText(self.tr("Saving…"))
        self._ctx.ops.write(
            lambda store: store.shift.save_handover_remarks(desk, start, text, by),
            success=landed, failure=refused, owner=self, disable=[self.save_button])

    def _read_anchor(self) -> None:
        """The audit anchor stored with the remarks just saved, for the page to print."""
        def read(handover: Handover) -> None:
            if isValid(self) and self.handover is not None:
                self.handover = replace(self.handover, anchor=handover.anchor)
                self.refresh_preview()
                self.anchored.emit()

        desk = self.desk
        self._ctx.ops.read(lambda store: store.shift.handover(desk), success=read, owner=self)

    def export_pdf(self, path: Path | str) -> Path:
        path = Path(path)
        writer = QPdfWriter(str(path))
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                         QPageLayout.Orientation.Portrait,
                                         QMarginsF(15, 15, 15, 15)))
        writer.setTitle(self.windowTitle())
        self.document().print_(writer)
        return path

    def file_name(self) -> str:
        """The name suggested for the PDF: the desk and the shift's day and start."""
        shift_start = (self.handover.shift_start if self.handover is not None
                       else self._ctx.store.queues.queue_rules.shift_bounds(
                           self._ctx.store.now(), self._ctx.store.tz)[0])
        start = shift_start.astimezone(self._ctx.store.tz)
        desk = re.sub(r'[\\/:*?"<>|\s]+', "_", texts.desk_name(self.desk))
        return self.tr("handover-%1-%2.pdf").replace("%1", desk).replace(
            "%2", f"{start:%Y-%m-%d-%H%M}")

    def suggested_path(self) -> Path:
        """Where the file dialog starts: the folder used last time, else Documents."""
        last = QSettings().value(FOLDER_KEY)
        folder = Path(str(last)) if last else None
        if folder is None or not folder.is_dir():
            folder = documents_folder()
        return folder / self.file_name()

    def _ask_pdf(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export PDF"),
                                              str(self.suggested_path()),
                                              self.tr("PDF files (*.pdf)"))
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            self.export_pdf(path)
        except OSError:
            self.message.setText(self.tr("The file could not be written."))
            return
        settings = QSettings()
        settings.setValue(FOLDER_KEY, str(path.parent))
        settings.sync()
        self.message.setText(self.tr("Saved to %1").replace("%1", str(path)))

    def print_note(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.document().print_(printer)


def documents_folder() -> Path:
    """The user's Documents folder (made if it is missing), else the home folder."""
    location = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(location) if location else Path.home()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return Path.home()
    return folder
