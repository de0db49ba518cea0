"""The case ledger from the desk (C): the household's case of the chosen incident — its
details to complete — or, for an incident in no case yet, the known cases it may belong to
(same number, address or name) to confirm, or a new case. Ctrl+Enter records, Esc cancels."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from console.domain.dv.cases import CaseDetails
from console.domain.dv.warnings import RELATIONSHIPS
from console.store import InputRefused, Store
from console.store.dv_desk import CaseMatch, DvCase
from console.ui.context import ViewContext
from console.ui.dv_desk.warning import relationship_name

NEW = -1  # the choice "a new case"


def match_name(reason: str) -> str:
    return {
        "number": QCoreApplication.translate("DvTexts", "same number"),
        "address": QCoreApplication.translate("DvTexts", "same address"),
        "name": QCoreApplication.translate("DvTexts", "same name"),
    }.get(reason, reason)


class CaseDialog(QDialog):
    def __init__(self, ctx: ViewContext, incident_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.incident_id = incident_id
        self.case: DvCase | None = None
        self.loaded = False
        self.setWindowTitle(self.tr("Case ledger (一案一台账)"))
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.choice = QComboBox()
        self.choice.setObjectName("case")
        self.victim = QLineEdit()
        self.victim.setObjectName("victim_name")
        self.abuser = QLineEdit()
        self.abuser.setObjectName("abuser_name")
        self.relationship = QComboBox()
        self.relationship.setObjectName("relationship")
        self.relationship.addItem(self.tr("(not known)"), "")
        for code in RELATIONSHIPS:
            self.relationship.addItem(relationship_name(code), code)
        self.children = QCheckBox(self.tr("Children present"))
        self.children.setObjectName("children_present")
        self.injuries = QLineEdit()
        self.injuries.setObjectName("injuries")
        self.weapons = QCheckBox(self.tr("Weapons"))
        self.weapons.setObjectName("weapons")
        self.alcohol = QCheckBox(self.tr("Alcohol or drugs"))
        self.alcohol.setObjectName("alcohol_drugs")
        self.threats = QLineEdit()
        self.threats.setObjectName("threats")
        self.safe_contact = QLineEdit()
        self.safe_contact.setObjectName("safe_contact")
        self.errors = QLabel()
        self.errors.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.errors.setVisible(False)
        form = QFormLayout()
        form.addRow(self.tr("Case:"), self.choice)
        form.addRow(self.tr("Victim:"), self.victim)
        form.addRow(self.tr("Abuser:"), self.abuser)
        form.addRow(self.tr("Relationship:"), self.relationship)
        form.addRow("", self.children)
        form.addRow(self.tr("Injuries:"), self.injuries)
        form.addRow("", self.weapons)
        form.addRow("", self.alcohol)
        form.addRow(self.tr("Threats:"), self.threats)
        form.addRow(self.tr("Safe contact:"), self.safe_contact)
        hints = QLabel(self.tr("Tab next field · Ctrl+Enter record · Esc cancel"))
        layout = QVBoxLayout(self)
        layout.addWidget(hints)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.record)
        self.choice.currentIndexChanged.connect(self._chosen)
        self.resize(560, 460)
        iid = incident_id

        def work(store: Store) -> tuple[DvCase | None, list[CaseMatch]]:
            found = store.dv.case_of(iid)
            return found, ([] if found is not None else store.dv.suggested_cases(iid))

        ctx.ops.read(work, success=lambda found: self._loaded(*found), owner=self)

    def _loaded(self, case: DvCase | None, matches: list[CaseMatch]) -> None:
        self.case = case
        if case is not None:
            self.choice.addItem(self.tr("Case %1").replace("%1", str(case.id)), case.id)
            self.heading.setText(self.tr("Household at %1 · incidents: %2").replace(
                "%1", case.address or "—").replace("%2", ", ".join(n for _, n in case.incidents)))
            self._fill(case.details)
        else:
            for m in matches:
                reasons = ", ".join(match_name(r) for r in m.matched_on)
                self.choice.addItem(self.tr("Case %1 at %2 (%3)").replace(
                    "%1", str(m.case_id)).replace("%2", m.address or "—").replace("%3", reasons),
                    m.case_id)
            self.choice.addItem(self.tr("A new case"), NEW)
            self.heading.setText(self.tr("Known cases this incident may belong to: %n", "",
                                         len(matches)))
        self.loaded = True
        self._chosen()

    def _chosen(self) -> None:
        linking = self.case is None and self.choice.currentData() not in (None, NEW)
        for w in (self.victim, self.abuser, self.relationship, self.children, self.injuries,
                  self.weapons, self.alcohol, self.threats, self.safe_contact):
            w.setEnabled(not linking)

    def _fill(self, d: CaseDetails) -> None:
        self.victim.setText(d.victim_name)
        self.abuser.setText(d.abuser_name)
        self.relationship.setCurrentIndex(max(0, self.relationship.findData(d.relationship)))
        self.children.setChecked(d.children_present)
        self.injuries.setText(d.injuries)
        self.weapons.setChecked(d.weapons)
        self.alcohol.setChecked(d.alcohol_drugs)
        self.threats.setText(d.threats)
        self.safe_contact.setText(d.safe_contact)

    def details(self) -> CaseDetails:
        return CaseDetails(self.victim.text(), self.abuser.text(),
                           str(self.relationship.currentData() or ""), self.children.isChecked(),
                           self.injuries.text(), self.weapons.isChecked(),
                           self.alcohol.isChecked(), self.threats.text(),
                           self.safe_contact.text())

    def record(self) -> None:
        if not self.loaded:
            return
        details, iid, operator_id = self.details(), self.incident_id, self.ctx.operator.id
        chosen, in_case = int(self.choice.currentData()), self.case is not None

        def work(store: Store) -> object:  # on the write lane: plain values only
            if in_case:
                return store.dv.update_case(chosen, details, operator_id=operator_id)
            if chosen == NEW:
                return store.dv.open_case(iid, details, operator_id=operator_id)
            return store.dv.link_case(iid, chosen, operator_id=operator_id)

        self.ctx.ops.write(work, success=lambda _r: self.accept(), failure=self._refused,
                           owner=self)

    def _refused(self, error: BaseException) -> bool:
        if not isinstance(error, InputRefused):
            return False
        self.errors.setText("\n".join(self.tr("%1: too long (at most %2 characters)").replace(
            "%1", p.field).replace("%2", str(p.limit)) if p.code == "too_long"
            else f"{p.field}: {p.code}" for p in error.problems))
        self.errors.setVisible(True)
        return True
