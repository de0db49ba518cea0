"""The risk assessment form: the checklist of `db/reference/dv_risk.toml`, read out and
ticked (Space), the tier shown as it is counted, saved with Ctrl+Enter.

The desk may raise the tier by its judgement, with a reason; it never lowers it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from console.domain.dv.risk import Assessment, Checklist
from console.domain.problems import Problem
from console.store import InputRefused
from console.ui.context import ViewContext
from console.ui.dv_desk.texts import level_name, raised_name, tier_name

CODE_ROLE = Qt.ItemDataRole.UserRole + 1


class AssessDialog(QDialog):
    def __init__(self, ctx: ViewContext, checklist: Checklist, incident_id: int, number: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.checklist = checklist
        self.incident_id = incident_id
        self.saved: Assessment | None = None
        self.setWindowTitle(self.tr("Risk assessment — %1").replace("%1", number))
        self.questions = QStandardItemModel(self)
        for n, q in enumerate(checklist.questions, start=1):
            item = QStandardItem(f"{n:>2}. {q.text(ctx.lang)}" + (" ！" if q.critical else ""))
            item.setCheckable(True)
            item.setEditable(False)
            item.setData(q.code, CODE_ROLE)
            self.questions.appendRow(item)
        self.list = QListView()
        self.list.setObjectName("questions")
        self.list.setModel(self.questions)
        self.list.setCurrentIndex(self.questions.index(0, 0))
        self.judgement = QComboBox()
        self.judgement.setObjectName("judgement")
        self.judgement.addItem(self.tr("(as counted)"), "")
        for c in checklist.colours:
            self.judgement.addItem(tier_name(c.code), c.code)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("Why the desk raises the tier"))
        self.result = QLabel()
        self.result.setObjectName("result")
        self.errors = QLabel()
        self.errors.setObjectName("errors")
        self.errors.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.errors.setVisible(False)
        hints = QLabel(self.tr("Read each question out · Space ticks a yes · Tab to the "
                               "judgement · Ctrl+Enter save · Esc cancel"))
        hints.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Raise to:"), self.judgement)
        form.addRow(self.tr("Reason:"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(hints)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addWidget(self.result)
        layout.addWidget(self.errors)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save)
        self.questions.itemChanged.connect(self._update)
        self.judgement.currentIndexChanged.connect(self._update)
        self.reason.textChanged.connect(self._update)
        self.resize(760, 640)
        self._update()

    def yes(self) -> list[str]:
        return [str(self.questions.item(n).data(CODE_ROLE))
                for n in range(self.questions.rowCount())
                if self.questions.item(n).checkState() == Qt.CheckState.Checked]

    def _update(self) -> None:
        judgement = str(self.judgement.currentData() or "")
        a = self.checklist.assess(self.yes(), judgement, self.reason.text())
        text = self.tr("Score %1 of %2 → %3 (%4)").replace("%1", str(a.score)).replace(
            "%2", str(len(self.checklist.questions))).replace("%3", tier_name(a.colour)).replace(
            "%4", level_name(a.level))
        if a.raised:
            text += " · " + raised_name(a.raised)
        self.result.setText(text)

    def save(self) -> None:
        yes, judgement, reason = self.yes(), str(self.judgement.currentData() or ""), \
            self.reason.text()
        incident_id, operator_id = self.incident_id, self.ctx.operator.id
        self.ctx.ops.write(
            lambda store: store.dv.assess(incident_id, yes, judgement, reason,
                                          operator_id=operator_id),
            success=self._saved, failure=self._refused, owner=self)

    def _saved(self, result: Assessment) -> None:
        self.saved = result
        self.accept()

    def _refused(self, error: BaseException) -> bool:
        if not isinstance(error, InputRefused):
            return False
        self.errors.setText("\n".join(self._problem(p) for p in error.problems))
        self.errors.setVisible(True)
        if any(p.field == "reason" for p in error.problems):
            self.reason.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _problem(self, problem: Problem) -> str:
        if problem.field == "reason" and problem.code == "missing":
            return self.tr("Say why the desk raises the tier.")
        if problem.field == "reason":
            return self.tr("The reason is too long (at most 500 characters).")
        return self.tr("Not saved: %1").replace("%1", f"{problem.field} {problem.code}")
