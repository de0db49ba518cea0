"""The desk's measures by keys: O a protection order (apply, or record the court's ruling on
the one awaited), R a referral (women's federation, shelter, medical care, legal aid), S a
referral's status. Ctrl+Enter records, Esc cancels; refused input is said on the form and
kept."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from console.domain.clock import local_day
from console.domain.dv.followup import KINDS as FOLLOWUP_KINDS
from console.domain.dv.measures import AGENCIES, DECISIONS, MAX_VALID_DAYS, REFERRAL_STATUSES
from console.store import InputRefused, Store
from console.store.dv_desk import DvOrder, DvReferral
from console.ui.context import ViewContext


def agency_name(code: str) -> str:
    return {
        "women_federation": QCoreApplication.translate("DvTexts", "Women's federation (妇联)"),
        "shelter": QCoreApplication.translate("DvTexts", "Shelter"),
        "medical": QCoreApplication.translate("DvTexts", "Medical care"),
        "legal_aid": QCoreApplication.translate("DvTexts", "Legal aid"),
    }.get(code, code)


def decision_name(code: str) -> str:
    return {
        "granted": QCoreApplication.translate("DvTexts", "granted"),
        "refused": QCoreApplication.translate("DvTexts", "refused"),
        "": QCoreApplication.translate("DvTexts", "ruling awaited"),
    }.get(code, code)


def status_name(code: str) -> str:
    return {
        "referred": QCoreApplication.translate("DvTexts", "referred"),
        "accepted": QCoreApplication.translate("DvTexts", "accepted"),
        "declined": QCoreApplication.translate("DvTexts", "declined"),
        "done": QCoreApplication.translate("DvTexts", "done"),
    }.get(code, code)


class _MeasureDialog(QDialog):
    """A small form: rows, an error line, Ctrl+Enter to record."""

    def __init__(self, ctx: ViewContext, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.errors = QLabel()
        self.errors.setObjectName("errors")
        self.errors.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.errors.setVisible(False)
        hints = QLabel(self.tr("Tab next field · Ctrl+Enter record · Esc cancel"))
        layout = QVBoxLayout(self)
        layout.addWidget(hints)
        layout.addLayout(self.form)
        layout.addWidget(self.errors)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.record)
        self.resize(520, 220)

    def record(self) -> None:
        raise NotImplementedError

    def _refused(self, error: BaseException) -> bool:
        if not isinstance(error, InputRefused):
            return False
        texts = {"valid_until": self.tr("Give the last day of the order: from today, at most "
                                        "six months on."),
                 "decision": self.tr("The ruling is recorded already."),
                 "court": self.tr("The court's name is too long."),
                 "note": self.tr("The note is too long (at most 1000 characters).")}
        self.errors.setText("\n".join(texts.get(p.field, f"{p.field}: {p.code}")
                                      for p in error.problems))
        self.errors.setVisible(True)
        return True


class OrderDialog(_MeasureDialog):
    """Apply for an order, or, when one awaits its ruling, record the ruling."""

    def __init__(self, ctx: ViewContext, incident_id: int, awaited: DvOrder | None,
                 parent: QWidget | None = None):
        super().__init__(ctx, QCoreApplication.translate("OrderDialog",
                                                         "Personal-safety protection order"),
                         parent)
        self.incident_id = incident_id
        self.awaited = awaited
        today = local_day(ctx.store.now(), ctx.store.tz)
        if awaited is None:
            self.urgent = QCheckBox(self.tr("Urgent (ruling within 24 hours)"))
            self.urgent.setObjectName("urgent")
            self.court = QLineEdit()
            self.court.setObjectName("court")
            self.form.addRow(self.tr("Application:"), self.urgent)
            self.form.addRow(self.tr("Court:"), self.court)
            self.first: QWidget = self.urgent
        else:
            self.decision = QComboBox()
            self.decision.setObjectName("decision")
            for code in DECISIONS:
                self.decision.addItem(decision_name(code), code)
            self.until = QDateEdit()
            self.until.setObjectName("valid_until")
            self.until.setCalendarPopup(False)
            self.until.setDisplayFormat("yyyy-MM-dd")
            six = today + timedelta(days=MAX_VALID_DAYS)
            self.until.setDate(QDate(six.year, six.month, six.day))
            self.form.addRow(self.tr("Ruling:"), self.decision)
            self.form.addRow(self.tr("Valid until:"), self.until)
            self.first = self.decision

    def record(self) -> None:
        operator_id, incident_id = self.ctx.operator.id, self.incident_id
        if self.awaited is None:
            urgent, court = self.urgent.isChecked(), self.court.text()

            def work(store: Store) -> object:
                return store.dv.apply_order(incident_id, urgent, court, operator_id=operator_id)
        else:
            order_id, decision = self.awaited.id, str(self.decision.currentData())
            until = self.until.date().toPython() if decision == "granted" else None

            def work(store: Store) -> object:
                return store.dv.decide_order(order_id, decision, until,  # type: ignore[arg-type]
                                             operator_id=operator_id)
        self.ctx.ops.write(work, success=lambda _r: self.accept(), failure=self._refused,
                           owner=self)


class ReferralDialog(_MeasureDialog):
    def __init__(self, ctx: ViewContext, incident_id: int, parent: QWidget | None = None):
        super().__init__(ctx, QCoreApplication.translate("ReferralDialog", "Referral"), parent)
        self.incident_id = incident_id
        self.agency = QComboBox()
        self.agency.setObjectName("agency")
        for code in AGENCIES:
            self.agency.addItem(agency_name(code), code)
        self.form.addRow(self.tr("Refer to:"), self.agency)
        self.first: QWidget = self.agency

    def record(self) -> None:
        operator_id, incident_id = self.ctx.operator.id, self.incident_id
        agency = str(self.agency.currentData())
        self.ctx.ops.write(
            lambda store: store.dv.refer(incident_id, agency, operator_id=operator_id),
            success=lambda _r: self.accept(), failure=self._refused, owner=self)


class ReferralStatusDialog(_MeasureDialog):
    """A referral's new status (accepted, declined, done): the open ones first, the next
    status offered."""

    def __init__(self, ctx: ViewContext, referrals: list[DvReferral],
                 parent: QWidget | None = None):
        super().__init__(ctx, QCoreApplication.translate("ReferralStatusDialog",
                                                         "Referral status"), parent)
        self.referral = QComboBox()
        self.referral.setObjectName("referral")
        tz = ctx.store.tz
        finished = ("declined", "done")
        for r in sorted(referrals, key=lambda r: (r.status in finished, -r.id)):
            self.referral.addItem(f"{agency_name(r.agency)} · {status_name(r.status)} · "
                                  f"{r.referred_at.astimezone(tz).strftime('%m-%d %H:%M')}",
                                  (r.id, r.status))
        self.status = QComboBox()
        self.status.setObjectName("status")
        for code in REFERRAL_STATUSES:
            self.status.addItem(status_name(code), code)
        self.form.addRow(self.tr("Referral:"), self.referral)
        self.form.addRow(self.tr("Status now:"), self.status)
        self.first: QWidget = self.referral
        self.referral.currentIndexChanged.connect(self._chosen)
        self._chosen()

    def _chosen(self) -> None:
        """The status after the referral's own (referred → accepted → done)."""
        chosen = self.referral.currentData()
        if chosen is None:
            return
        following = {"referred": "accepted", "accepted": "done"}.get(chosen[1], chosen[1])
        self.status.setCurrentIndex(max(0, self.status.findData(following)))

    def record(self) -> None:
        chosen = self.referral.currentData()
        if chosen is None:
            return
        referral_id, status = int(chosen[0]), str(self.status.currentData())
        operator_id = self.ctx.operator.id
        self.ctx.ops.write(
            lambda store: store.dv.referral_status(referral_id, status, operator_id=operator_id),
            success=lambda _r: self.accept(), failure=self._refused, owner=self)


def visit_kind_name(code: str) -> str:
    return {
        "visit": QCoreApplication.translate("DvTexts", "home visit"),
        "call": QCoreApplication.translate("DvTexts", "telephone call"),
    }.get(code, code)


class FollowUpDialog(_MeasureDialog):
    """A follow-up (查访) made: a visit or a call, and what was found."""

    def __init__(self, ctx: ViewContext, incident_id: int, parent: QWidget | None = None):
        super().__init__(ctx, QCoreApplication.translate("FollowUpDialog", "Follow-up (查访)"),
                         parent)
        self.incident_id = incident_id
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for code in FOLLOWUP_KINDS:
            self.kind.addItem(visit_kind_name(code), code)
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("What was found; the risk is assessed next"))
        self.form.addRow(self.tr("Follow-up:"), self.kind)
        self.form.addRow(self.tr("Found:"), self.note)
        self.first: QWidget = self.kind

    def record(self) -> None:
        operator_id, incident_id = self.ctx.operator.id, self.incident_id
        kind, note = str(self.kind.currentData()), self.note.text()
        self.ctx.ops.write(
            lambda store: store.dv.record_visit(incident_id, kind, note,
                                                operator_id=operator_id),
            success=lambda _r: self.accept(), failure=self._refused, owner=self)
