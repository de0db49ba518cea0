"""Issuing a written warning (家庭暴力告诫书) from the desk: the parties, their relationship,
the facts and the committee to notify; Ctrl+Enter issues it, Esc cancels. A refused
form keeps everything typed and says what to correct."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from console.domain.dv.warnings import RELATIONSHIPS, WarningDraft
from console.domain.problems import Problem
from console.store import InputRefused
from console.store.dv_desk import DvWarning
from console.ui.context import ViewContext


def relationship_name(code: str) -> str:
    return {
        "spouse": QCoreApplication.translate("DvTexts", "spouse"),
        "former_spouse": QCoreApplication.translate("DvTexts", "former spouse"),
        "partner": QCoreApplication.translate("DvTexts", "partner"),
        "parent_child": QCoreApplication.translate("DvTexts", "parent and child"),
        "other_family": QCoreApplication.translate("DvTexts", "other family member"),
        "cohabitant": QCoreApplication.translate("DvTexts", "living together"),
    }.get(code, code)


class WarningDialog(QDialog):
    def __init__(self, ctx: ViewContext, incident_id: int, number: str, summary: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.incident_id = incident_id
        self.issued: DvWarning | None = None
        self.setWindowTitle(self.tr("Written warning — %1").replace("%1", number))
        self.abuser = QLineEdit()
        self.abuser.setObjectName("abuser_name")
        self.victim = QLineEdit()
        self.victim.setObjectName("victim_name")
        self.relationship = QComboBox()
        self.relationship.setObjectName("relationship")
        for code in RELATIONSHIPS:
            self.relationship.addItem(relationship_name(code), code)
        self.facts = QPlainTextEdit(summary)
        self.facts.setObjectName("facts")
        self.facts.setTabChangesFocus(True)
        self.committee = QLineEdit()
        self.committee.setObjectName("committee")
        self.committee.setPlaceholderText(self.tr("Residents' or villagers' committee"))
        self.errors = QLabel()
        self.errors.setObjectName("errors")
        self.errors.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.errors.setVisible(False)
        hints = QLabel(self.tr("Anti-Domestic Violence Law art. 16–17 · Tab next field · "
                               "Ctrl+Enter issue · Esc cancel"))
        hints.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Abuser:"), self.abuser)
        form.addRow(self.tr("Victim:"), self.victim)
        form.addRow(self.tr("Relationship:"), self.relationship)
        form.addRow(self.tr("Facts found:"), self.facts)
        form.addRow(self.tr("Committee:"), self.committee)
        layout = QVBoxLayout(self)
        layout.addWidget(hints)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.issue)
        self.fields = {"abuser_name": self.abuser, "victim_name": self.victim,
                       "relationship": self.relationship, "facts": self.facts,
                       "committee": self.committee}
        self.resize(620, 420)

    def draft(self) -> WarningDraft:
        return WarningDraft(self.abuser.text(), self.victim.text(),
                            str(self.relationship.currentData()), self.facts.toPlainText(),
                            self.committee.text())

    def issue(self) -> None:
        draft, incident_id, operator_id = self.draft(), self.incident_id, self.ctx.operator.id
        self.ctx.ops.write(lambda store: store.dv.issue_warning(incident_id, draft,
                                                                operator_id=operator_id),
                           success=self._issued, failure=self._refused, owner=self)

    def _issued(self, warning: DvWarning) -> None:
        self.issued = warning
        self.accept()

    def _refused(self, error: BaseException) -> bool:
        if not isinstance(error, InputRefused):
            return False
        self.errors.setText("\n".join(self._problem(p) for p in error.problems))
        self.errors.setVisible(True)
        first = self.fields.get(error.problems[0].field) if error.problems else None
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _problem(self, problem: Problem) -> str:
        label = {"abuser_name": self.tr("Abuser"), "victim_name": self.tr("Victim"),
                 "facts": self.tr("Facts found"), "committee": self.tr("Committee"),
                 "relationship": self.tr("Relationship")}.get(problem.field, problem.field)
        if problem.code == "missing":
            return self.tr("%1: required").replace("%1", label)
        if problem.code == "too_long":
            return self.tr("%1: too long (at most %2 characters)").replace(
                "%1", label).replace("%2", str(problem.limit))
        return self.tr("%1: contains characters that cannot be saved").replace("%1", label)
