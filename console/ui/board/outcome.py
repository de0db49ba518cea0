"""The results of handling, as the daily tallies count them.

People caught, the assistance result (missing person found, person rescued,
lost property returned), a dispute mediated and — for a telecom-fraud case —
accounts frozen and money recovered, which are often known only days later.
Saved in one transaction on the write lane; a refusal keeps everything typed.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from console.domain.clock import local_text
from console.domain.fraud import FraudReport, format_amount, parse_amount
from console.domain.outcomes import Outcome
from console.store import ChangedMeanwhile
from console.store.records import IncidentRow
from console.ui.board.dialogs import WritingDialog, heading_label, incident_line
from console.ui.context import ViewContext


class OutcomeDialog(WritingDialog):
    """Ctrl+Enter saves; Tab walks the fields."""

    saved = Signal()

    def __init__(self, ctx: ViewContext, incident: IncidentRow,
                 parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self._incident = incident
        self.setWindowTitle(self.tr("Results — %1").replace("%1", incident.number))
        # What the form is filled from: a save after another seat's change is refused.
        self._seen = ctx.store.incidents.version(incident.id)
        known = ctx.store.incidents.outcome(incident.id) or Outcome()
        self._fraud = ctx.store.fraud.fraud_report_of_incident(incident.id)

        self.caught = QSpinBox()
        self.caught.setRange(0, 999)
        self.caught.setValue(known.people_caught)
        self.assistance = QComboBox()
        for code, text in (("", self.tr("None")),
                           ("found", self.tr("Missing person found")),
                           ("rescued", self.tr("Person rescued")),
                           ("returned", self.tr("Lost property returned"))):
            self.assistance.addItem(text, code)
        self.assistance.setCurrentIndex(max(0, self.assistance.findData(known.assistance)))
        self.mediated = QCheckBox(self.tr("Dispute settled by mediation"))
        self.mediated.setChecked(known.mediated)

        form = QFormLayout()
        form.addRow(self.tr("People caught:"), self.caught)
        form.addRow(self.tr("Assistance result:"), self.assistance)
        form.addRow("", self.mediated)
        self.frozen: QSpinBox | None = None
        self.recovered: QLineEdit | None = None
        if self._fraud is not None:
            report: FraudReport = self._fraud[1]
            self.frozen = QSpinBox()
            self.frozen.setRange(0, 9999)
            self.frozen.setValue(report.accounts_frozen or 0)
            self.recovered = QLineEdit(format_amount(report.money_recovered_fen))
            self.recovered.setPlaceholderText(self.tr("yuan, e.g. 12,000.50"))
            form.addRow(self.tr("Accounts frozen:"), self.frozen)
            form.addRow(self.tr("Money recovered (yuan):"), self.recovered)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.addButton(self.tr("Save results"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm_button = ok
        ok.setToolTip(self.tr("Ctrl+Enter"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.heading = heading_label(incident_line(ctx, incident))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        ok.setDefault(True)  # Enter in any field saves, never Cancel (set once inside the dialog)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.accept)

    def refused(self, exc: BaseException) -> str | None:
        """Another seat saved results first: show theirs, say so, let this seat decide."""
        if not isinstance(exc, ChangedMeanwhile):
            return None
        store = self._ctx.store
        self._seen = store.incidents.version(self._incident.id)
        known = store.incidents.outcome(self._incident.id) or Outcome()
        self.caught.setValue(known.people_caught)
        self.assistance.setCurrentIndex(max(0, self.assistance.findData(known.assistance)))
        self.mediated.setChecked(known.mediated)
        fraud = store.fraud.fraud_report_of_incident(self._incident.id)
        if fraud is not None and self.frozen is not None and self.recovered is not None:
            self.frozen.setValue(fraud[1].accounts_frozen or 0)
            self.recovered.setText(format_amount(fraud[1].money_recovered_fen))
        self.caught.setFocus()
        self.caught.selectAll()  # typing replaces the figure, as when the form opened
        when = local_text(exc.changed_at, store.tz, seconds=False) if exc.changed_at else ""
        who = exc.changed_by or self.tr("the system")
        return self.tr("%1 changed this incident at %2, after this form was opened. Nothing "
                       "was saved: the form now shows what is recorded. Check it and save "
                       "again.").replace("%1", who).replace("%2", when)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.caught.setFocus()
        self.caught.selectAll()

    def accept(self) -> None:
        if self.writing():
            return
        recovered: int | None = None
        if self.recovered is not None and self.recovered.text().strip():
            try:
                recovered = parse_amount(self.recovered.text())
            except ValueError:
                self._show(self.tr("Money recovered must be an amount in yuan, such as "
                                   "12000 or 12,000.50."))
                self.recovered.setFocus()
                return
        outcome = Outcome(self.caught.value(), str(self.assistance.currentData()),
                          self.mediated.isChecked())
        incident_id, operator_id = self._incident.id, self._ctx.operator.id
        report_id = self._fraud[0] if self._fraud else None
        frozen = self.frozen.value() if self.frozen is not None else None
        seen = self._seen
        self.write(lambda store: store.incidents.record_results(
            incident_id, outcome, operator_id, fraud_report_id=report_id,
            accounts_frozen=frozen, money_recovered_fen=recovered, seen=seen),
            lambda _result: self.saved.emit())
