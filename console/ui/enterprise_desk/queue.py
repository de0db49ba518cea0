"""The desk's queue: its enterprise incidents, overdue and escalated first, each one's loop
beside the list, and a key per step of the loop.

A acknowledges the next push (签收), F records a person's feedback (反馈), H marks the
incident handled, B records the callback (回访), K closes it (the store refuses before the
callback), S puts it under supervision (挂牌督办), V resolves the supervision, F5 reads again.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from console.domain.access import Permission, may
from console.domain.enterprise_loop import DeskRow, Step
from console.domain.lifecycle import Stage
from console.store import Store
from console.store.enterprise_loop import CallbackFirst
from console.store.errors import InputRefused
from console.ui.context import ViewContext
from console.ui.enterprise_desk import loop_texts, texts
from console.ui.enterprise_desk.action_dialog import LoopActionDialog
from console.ui.enterprise_desk.queue_model import DeskQueueModel


@dataclass
class Shown:
    """What the loop panel shows, read together."""

    incident_id: int
    number: str
    steps: list[Step]
    pushes: list[dict[str, object]]
    callback_id: int | None
    supervision_id: int | None


def _read_loop(store: Store, incident_id: int, number: str) -> Shown:
    pending = [c for c in store.callbacks.callbacks_of(incident_id) if not c["done_at"]]
    return Shown(incident_id, number, store.enterprises.loop(incident_id),
                 store.enterprises.pushes(incident_id),
                 int(str(pending[0]["id"])) if pending else None,
                 store.enterprises.open_supervision(incident_id))


class DeskQueuePage(QWidget):
    loaded = Signal()
    loopShown = Signal(int)

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._shown: Shown | None = None
        self._want: int | None = None
        self.current_dialog: LoopActionDialog | None = None
        self.model = DeskQueueModel(ctx.store.tz, self)
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
        self.loop = QTextBrowser()
        self.count = QLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)

        buttons = QHBoxLayout()
        role = ctx.operator.role
        actions = [
            (self.tr("Acknowledge (A)"), "A", self.acknowledge, Permission.ENTERPRISE_PUSHES),
            (self.tr("Feedback (F)"), "F", self.feedback, Permission.ENTERPRISE_PUSHES),
            (self.tr("Handled (H)"), "H", self.handled, Permission.WORK_INCIDENTS),
            (self.tr("Callback (B)"), "B", self.callback, Permission.CALLBACKS),
            (self.tr("Close (K)"), "K", self.close_incident, Permission.CLOSE_INCIDENTS),
            (self.tr("Supervise (S)"), "S", self.supervise, Permission.WORK_INCIDENTS),
            (self.tr("Resolve (V)"), "V", self.resolve, Permission.RESOLVE_ESCALATIONS),
            (self.tr("Refresh (F5)"), "F5", self.reload, None),
        ]
        for label, key, slot, permission in actions:
            if permission is not None and not may(role, permission):
                continue
            button = QPushButton(label)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            shortcut = QShortcut(QKeySequence(key), self.table, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        buttons.addStretch(1)
        buttons.addWidget(self.count)

        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(self.loop)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(buttons)
        layout.addWidget(split, 1)
        layout.addWidget(self.message)
        ctx.changes.changed.connect(self.reload)
        self.reload()

    # -- reading ----------------------------------------------------------------------------

    def reload(self) -> None:
        self._ctx.ops.read(lambda store: store.enterprises.desk_queue(), success=self._found,
                           key=f"enterprise/queue/{id(self)}", owner=self)

    def _found(self, rows: list[DeskRow]) -> None:
        current = self.current()
        keep = self._want if self._want is not None else (
            current.incident_id if current else None)
        self._want = None
        self.model.set_rows(rows)
        self.count.setText(self.tr("%n incident(s)", "", len(rows)))
        row = self.model.row_of(keep) if keep is not None else -1
        if rows:
            self.table.setCurrentIndex(self.model.index(max(row, 0), 0))
            self._row_changed(self.table.currentIndex(), QModelIndex())
        else:
            self.loop.clear()
            self._shown = None
        self.loaded.emit()

    def is_settled(self) -> bool:
        """Nothing of this seat's is still being read or written: the loop shown is current."""
        return not self._ctx.ops.busy()

    def current(self) -> DeskRow | None:
        index = self.table.currentIndex()
        return self.model.entry(index.row()) if index.isValid() else None

    def _row_changed(self, index: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.entry(index.row())
        if row is None:
            return
        target, number = row.incident_id, row.number
        self._ctx.ops.read(lambda store: _read_loop(store, target, number),
                           success=self._show_loop, key=f"enterprise/loop/{id(self)}",
                           owner=self)

    def _show_loop(self, shown: Shown) -> None:
        self._shown = shown
        self.loop.setHtml(loop_texts.loop_html(shown.number, shown.steps, self._ctx.reference,
                                               self._ctx.lang, self._ctx.store.tz))
        self.loopShown.emit(shown.incident_id)

    def focus_table(self) -> None:
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))

    # -- the steps --------------------------------------------------------------------------

    def _write(self, work, done: str) -> None:  # type: ignore[no-untyped-def]
        shown = self._shown
        if shown is None:
            return
        self._want = shown.incident_id
        self._ctx.ops.write(work, success=lambda _: self._done(done), failure=self._refused,
                            owner=self)

    def _done(self, text: str) -> None:
        self.message.setText(text)
        self.reload()

    def _refused(self, error: BaseException) -> bool:
        if isinstance(error, CallbackFirst):
            self.message.setText(self.tr(
                "Not closed: an enterprise incident is closed only after its callback. "
                "Record the callback first (B)."))
            return True
        if isinstance(error, InputRefused):
            self.message.setText(self.tr("Not done: {why}").format(
                why="; ".join(texts.problem_text(p) for p in error.problems)))
            return True
        return False

    def _dialog(self, title: str, spec: list[tuple[str, str, object]], work,  # type: ignore[no-untyped-def]
                done: str) -> None:
        shown = self._shown
        if shown is None:
            return
        self._want = shown.incident_id
        dialog = LoopActionDialog(self._ctx, title, spec, work, parent=self)
        self.current_dialog = dialog
        dialog.accepted.connect(lambda: self._done(done))
        dialog.finished.connect(self._dialog_closed)
        dialog.open()

    def _dialog_closed(self) -> None:
        self.current_dialog = None
        self.focus_table()

    def acknowledge(self) -> None:
        shown = self._shown
        if shown is None:
            return
        target, me = shown.incident_id, self._ctx.operator.id
        self._want = target
        self._ctx.ops.write(lambda store: store.enterprises.acknowledge_next(target, me),
                            success=self._acknowledged, failure=self._refused, owner=self)

    def _acknowledged(self, push: dict[str, object] | None) -> None:
        if push is None:
            self._done(self.tr("Every push is acknowledged already."))
            return
        self._done(self.tr("Acknowledged by {person} ({role}).").format(
            person=push["person"], role=loop_texts.role_name(str(push["role"]))))

    def feedback(self) -> None:
        shown = self._shown
        if shown is None:
            return
        choices = [(f"{p['person']} ({loop_texts.role_name(str(p['role']))})", str(p["id"]))
                   for p in shown.pushes if p["acked_at"] and not p.get("feedback_at")]
        if not choices:
            self.message.setText(self.tr("No acknowledged push is waiting for feedback."))
            return
        me = self._ctx.operator.id
        self._dialog(self.tr("Feedback (反馈)"), [
            ("choice", self.tr("From"), choices),
            ("text", self.tr("Feedback"), self.tr("What the person reported (Ctrl+Enter saves)")),
        ], lambda store, v: store.enterprises.push_feedback(int(v[0]), v[1], me),
            self.tr("Feedback recorded."))

    def handled(self) -> None:
        shown = self._shown
        if shown is None:
            return
        target, me = shown.incident_id, self._ctx.operator.id
        self._dialog(self.tr("Handled"), [
            ("text", self.tr("Result"), self.tr("How it was handled (Ctrl+Enter saves)")),
        ], lambda store, v: store.incidents.advance(target, Stage.HANDLED, me, result=v[0]),
            self.tr("Marked handled; the callback is due."))

    def callback(self) -> None:
        shown = self._shown
        if shown is None:
            return
        if shown.callback_id is None:
            self.message.setText(self.tr("No callback is due: it falls due when the incident "
                                         "is handled."))
            return
        callback_id, me = shown.callback_id, self._ctx.operator.id
        rules = self._ctx.reference.callbacks
        ratings = [(rules.rating_name(r, self._ctx.lang), r) for r in rules.ratings]
        self._dialog(self.tr("Callback (回访)"), [
            ("choice", self.tr("Outcome"), ratings),
            ("text", self.tr("Notes"), self.tr("What the enterprise said (Ctrl+Enter saves)")),
        ], lambda store, v: store.callbacks.record_callback(callback_id, v[0], v[1], me),
            self.tr("Callback recorded."))

    def close_incident(self) -> None:
        shown = self._shown
        if shown is None:
            return
        target, me = shown.incident_id, self._ctx.operator.id
        self._write(lambda store: store.incidents.finish(target, Stage.CLOSED, me,
                                                         closure="resolved"),
                    self.tr("Closed."))

    def supervise(self) -> None:
        shown = self._shown
        if shown is None:
            return
        target, me = shown.incident_id, self._ctx.operator.id
        self._dialog(self.tr("Supervise (挂牌督办)"), [
            ("line", self.tr("Responsible leader"), ""),
            ("text", self.tr("Reason"), self.tr("Why it was not resolved on the spot")),
        ], lambda store, v: store.enterprises.supervise(target, v[1], v[0], me),
            self.tr("Put under the bureau leadership's supervision."))

    def resolve(self) -> None:
        shown = self._shown
        if shown is None:
            return
        if shown.supervision_id is None:
            self.message.setText(self.tr("This incident is not under supervision."))
            return
        escalation_id, me = shown.supervision_id, self._ctx.operator.id
        self._dialog(self.tr("Resolve the supervision"), [
            ("text", self.tr("Result"), self.tr("How it was resolved (Ctrl+Enter saves)")),
        ], lambda store, v: store.escalation.resolve_escalation(escalation_id, v[0], me),
            self.tr("Supervision resolved."))
