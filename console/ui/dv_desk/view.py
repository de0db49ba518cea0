"""反家暴专席: the anti-DV desk's own page, keyboard-first.

The list holds every open DV incident: those waiting to be taken (签收) first, then those
to re-assess (a known case's household called again) or overdue a follow-up, then by risk
tier. Every action is a key on the list (`DvDeskView.keys`, listed above it and in its
tooltip): Enter takes the selected incident, A assesses its risk from the checklist, S
changes a referral's status, F5 reads again. Another seat's change — a new DV incident,
a measure recorded — shows by itself (the change watcher). The panel beside the list is
the incident's page: the caller and what was said, the intake's safety answers, the case,
assessments (newest first), measures and the incident's timeline. Every list and page
read is recorded by the store as a read of DV details.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.domain.access import Permission, may
from console.domain.clock import from_stored
from console.domain.dv.risk import default_checklist
from console.store import InputRefused, Store
from console.store.dv_desk import (
    DeskIncident,
    DvCase,
    DvOrder,
    DvReferral,
    DvWarning,
    StoredAssessment,
)
from console.store.records import TimelineEvent
from console.ui.context import ViewContext
from console.ui.dv_desk.access import AccessDialog
from console.ui.dv_desk.assess import AssessDialog
from console.ui.dv_desk.case import CaseDialog
from console.ui.dv_desk.measures import (
    FollowUpDialog,
    OrderDialog,
    ReferralDialog,
    ReferralStatusDialog,
    agency_name,
    decision_name,
    status_name,
)
from console.ui.dv_desk.model import COL_ADDRESS, DeskModel
from console.ui.dv_desk.texts import (
    answer_name,
    event_name,
    level_name,
    raised_name,
    tier_name,
)
from console.ui.dv_desk.warning import WarningDialog, relationship_name

_STYLE = """
QLabel#sectionTitle { font-weight: bold; font-size: 15px; }
QLabel#counts { color: #ad1457; font-weight: bold; }
QLabel#hints { color: #555; }
QLabel#notice { background: #e3f2fd; color: #0d47a1; padding: 4px 8px; }
QLabel#alerts { background: #ad1457; color: white; font-weight: bold; padding: 4px 8px; }
"""
# Every write the page shows reaches it through the change watcher (a new DV incident, a
# call, each measure of the desk, which writes an incident event). Only the clock moves
# without a write: a ruling falls overdue, an order nears its end, a follow-up falls due —
# due times of hours and days, so the list and the alerts are read again this often.
CLOCK_MS = 300_000


class DvDeskView(QWidget):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.store = ctx.store
        self.checklist = default_checklist()
        self.allowed = may(ctx.operator.role, Permission.READ_DV_DETAILS)
        self.loaded = False
        self.page_of: int | None = None  # the incident the page shows
        self.wanted: int | None = None  # asked for by another view, until the list has it
        self.page_warnings: list[DvWarning] = []  # its written warnings
        self.page_orders: list[DvOrder] = []  # its protection orders
        self.page_referrals: list[DvReferral] = []  # its referrals
        self._alerted: set[tuple[int, str]] = set()  # alerts already sounded
        self.alert_reads = 0  # how many times the alerts were read
        self.setStyleSheet(_STYLE)
        self.model = DeskModel(ctx.reference, self.checklist, ctx.lang, self.store.tz,
                               self.store.now, self)
        self._build()
        self.alert_timer = QTimer(self)
        self.alert_timer.setInterval(CLOCK_MS)
        self.alert_timer.timeout.connect(self.reload)
        if self.allowed:
            self.ctx.changes.changed.connect(self.reload)
            self.reload()
            self.alert_timer.start()
        else:
            self.notice.setText(self.tr(
                "Only the DV desk and supervisors read DV cases; other seats see the DV flag "
                "on the board and in the queues."))
            self.notice.setVisible(True)

    def _build(self) -> None:
        title = QLabel(self.tr("Anti-domestic-violence desk"))
        title.setObjectName("sectionTitle")
        self.counts = QLabel()
        self.counts.setObjectName("counts")
        hints = QLabel(" · ".join([*(f"{k} {name}" for k, name, _ in self.keys()),
                                   self.tr("↑↓ choose an incident")]))
        hints.setObjectName("hints")
        hints.setWordWrap(True)
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)
        self.alerts = QLabel()
        self.alerts.setObjectName("alerts")
        self.alerts.setWordWrap(True)
        self.alerts.setVisible(False)
        self.table = QTableView()
        self.table.setObjectName("dvIncidents")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(COL_ADDRESS,
                                                           QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setMinimumSectionSize(40)
        self.table.setWordWrap(False)
        help_text = "\n".join(f"{k}\t{name}" for k, name, _ in self.keys())
        self.table.setToolTip(help_text)
        hints.setToolTip(help_text)
        # The same actions are the rows' context menu (the menu key, or a right click).
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for shown, name, slot in self.keys():
            action = QAction(name, self.table)
            keys = ["Return", "Enter"] if shown == "Enter" else [shown]
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.setToolTip(f"{name} ({shown})")
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            self.table.addAction(action)
        self.page = QLabel()
        self.page.setObjectName("casePage")
        self.page.setWordWrap(True)
        self.page.setTextFormat(Qt.TextFormat.PlainText)
        self.page.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.page.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.page)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setMinimumWidth(360)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([800, 360])
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(self.counts, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hints)
        layout.addWidget(self.notice)
        layout.addWidget(self.alerts)
        layout.addWidget(splitter, 1)
        self.table.selectionModel().currentRowChanged.connect(self._chosen)

    def keys(self) -> list[tuple[str, str, Callable[[], None]]]:
        """Every action of the page: its key, its name, what it does."""
        return [
            ("Enter", self.tr("take (签收)"), self.take),
            ("A", self.tr("assess risk"), self.assess),
            ("W", self.tr("written warning"), self.warn),
            ("V", self.tr("record the warning served"), self.serve),
            ("F", self.tr("follow-up (查访)"), self.follow_up),
            ("O", self.tr("protection order: apply, or record the ruling"), self.order),
            ("R", self.tr("referral"), self.referral),
            ("S", self.tr("referral status"), self.referral_status),
            ("C", self.tr("case ledger"), self.case),
            ("L", self.tr("who read what"), self.access_log),
            ("F5", self.tr("read again"), self.reload),
        ]

    # ---- the shell's calls ----------------------------------------------------------------
    def take_focus(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_incident(self, incident_id: int) -> None:
        """Another view (the queue's protection-order item) asked for this incident: its
        row and page, now if listed, else once the list is read again."""
        row = self.model.row_of(incident_id)
        if self.loaded and row >= 0:
            self.wanted = None
            self.table.setCurrentIndex(self.model.index(row, 0))
        else:
            self.wanted = incident_id
            self.reload()
        self.take_focus()

    # ---- reading --------------------------------------------------------------------------
    def reload(self) -> None:
        self.ctx.ops.read(lambda store: store.dv.desk_incidents(), success=self._loaded,
                          key="dv_desk", debounce_ms=100, owner=self)
        self.reload_alerts()

    def reload_alerts(self) -> None:
        self.ctx.ops.read(lambda store: store.dv.order_alerts(), success=self._alerts_read,
                          key="dv_alerts", debounce_ms=100, owner=self)

    def _alerts_read(self, orders: list[DvOrder]) -> None:
        """The strip of orders to act on; a new one sounds once."""
        self.alert_reads += 1
        lines = []
        for o in orders:
            if o.alert == "decision_overdue":
                text = self.tr("Protection order for %1: the court's ruling is overdue "
                               "(due %2)").replace("%2", self._local(o.decision_due))
            elif o.alert == "expiring":
                text = self.tr("Protection order for %1 ends on %2: ask the victim whether "
                               "to apply for an extension").replace(
                    "%2", o.valid_until.isoformat() if o.valid_until else "")
            else:
                text = self.tr("Protection order for %1 has ended (%2)").replace(
                    "%2", o.valid_until.isoformat() if o.valid_until else "")
            lines.append("！ " + text.replace("%1", o.incident_number))
        self.alerts.setText("\n".join(lines))
        self.alerts.setVisible(bool(lines))
        fresh = {(o.id, o.alert) for o in orders} - self._alerted
        if fresh:
            QApplication.beep()
        self._alerted |= fresh

    def _local(self, moment: datetime) -> str:
        return moment.astimezone(self.store.tz).strftime("%m-%d %H:%M")

    def _loaded(self, rows: list[DeskIncident]) -> None:
        current = self.current_incident()
        self.model.set_rows(rows)
        self.loaded = True
        new, high, reassess, overdue = self.model.counts()
        self.counts.setText(self.tr("%1 to take · %2 red · %3 to re-assess · "
                                    "%4 follow-ups overdue · %5 listed")
                            .replace("%1", str(new)).replace("%2", str(high))
                            .replace("%3", str(reassess)).replace("%4", str(overdue))
                            .replace("%5", str(len(rows))))
        row = self.model.row_of(current.incident_id) if current else -1
        if self.wanted is not None:  # asked for: there now, or gone (done meanwhile)
            if self.model.row_of(self.wanted) >= 0:
                row = self.model.row_of(self.wanted)
            self.wanted = None
        if row < 0 and rows:
            row = 0
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
            self._show_page(row)

    def current_incident(self) -> DeskIncident | None:
        return self.model.incident(self.table.currentIndex().row())

    def _chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_page(current.row())

    def _show_page(self, row: int) -> None:
        incident = self.model.incident(row)
        if incident is None:
            self.page.clear()
            self.page_of = None
            return
        iid = incident.incident_id

        def work(store: Store) -> tuple[list[StoredAssessment], list[DvWarning],
                                        list[DvOrder], list[DvReferral], list[TimelineEvent],
                                        DvCase | None]:
            return (store.dv.assessments(iid), store.dv.warnings(iid), store.dv.orders(iid),
                    store.dv.referrals(iid), store.incidents.timeline(iid),
                    store.dv.case_of(iid))

        self.ctx.ops.read(work, success=lambda found: self._page(incident, *found),
                          key="dv_page", owner=self)

    def _page(self, incident: DeskIncident, assessments: list[StoredAssessment],
              warnings: list[DvWarning], orders: list[DvOrder], referrals: list[DvReferral],
              timeline: list[TimelineEvent], case: DvCase | None) -> None:
        current = self.current_incident()
        if current is None or current.incident_id != incident.incident_id:
            return  # another incident was chosen meanwhile
        self.page_of = incident.incident_id
        self.page_warnings = warnings
        self.page_orders = orders
        self.page_referrals = referrals
        tz = self.store.tz
        lines = [
            self.tr("Incident %1").replace("%1", incident.number),
            self.tr("Caller: %1").replace("%1", incident.caller_number or "—"),
            self.tr("Address: %1").replace("%1", incident.address or "—"),
            self.tr("Said: %1").replace("%1", incident.summary or "—"),
            self.tr("Safe to talk: %1 · safe number: %2").replace(
                "%1", answer_name(incident.safe_to_talk)).replace(
                "%2", answer_name(incident.safe_number)),
            self.tr("Taken by: %1").replace(
                "%1", incident.owner_name or self.tr("nobody yet")),
            "",
        ]
        if incident.reassess:
            lines[-1:-1] = [self.tr("Re-assess: the household called again after the case's "
                                    "latest assessment — press A")]
        if case is None:
            lines.append(self.tr("Case ledger: not in a case yet — press C"))
        else:
            d = case.details
            flags = [name for name, on in ((self.tr("children present"), d.children_present),
                                           (self.tr("weapons"), d.weapons),
                                           (self.tr("alcohol or drugs"), d.alcohol_drugs)) if on]
            lines += [
                self.tr("Case %1: %2 incident(s) · %3").replace("%1", str(case.id)).replace(
                    "%2", str(len(case.incidents))).replace(
                    "%3", ", ".join(n for _, n in case.incidents)),
                "  " + self.tr("Victim %1 · abuser %2 · %3").replace(
                    "%1", d.victim_name or "—").replace("%2", d.abuser_name or "—").replace(
                    "%3", relationship_name(d.relationship) if d.relationship else "—"),
                "  " + " · ".join([*flags, d.injuries, d.threats] if flags or d.injuries
                                  or d.threats else ["—"]),
                "  " + self.tr("Safe contact: %1").replace("%1", d.safe_contact or "—"),
            ]
        lines += ["", self.tr("Risk assessments")]
        if not assessments:
            lines.append("  " + self.tr("none yet — press A"))
        for stored in assessments:
            a = stored.assessment
            at = from_stored(stored.assessed_at).astimezone(tz).strftime("%Y-%m-%d %H:%M")
            line = f"  {at}  {tier_name(a.colour)} · {level_name(a.level)} · " + self.tr(
                "score %1").replace("%1", str(a.score)) + f" · {stored.assessed_by}"
            if a.raised:
                line += f" · {raised_name(a.raised)}"
            if a.reason:
                line += f": {a.reason}"
            lines.append(line)
        lines += ["", self.tr("Written warnings")]
        if not warnings:
            lines.append("  " + self.tr("none — press W"))
        for w in warnings:
            issued = w.issued_at.astimezone(tz).strftime("%Y-%m-%d")
            lines.append(f"  {w.number}  {issued}  {w.abuser_name} → {w.victim_name}"
                         f" ({relationship_name(w.relationship)})")
            steps = [(self.tr("served on the abuser"), w.served_abuser_at),
                     (self.tr("served on the victim"), w.served_victim_at),
                     (self.tr("committee notified"), w.committee_notified_at)]
            lines.append("    " + " · ".join(
                f"{'√' if done else '×'} {name}" for name, done in steps))
        if incident.followup_due is not None:
            lines += ["", self.tr("Next follow-up (查访): %1").replace(
                "%1", self._local(incident.followup_due))]
        lines += ["", self.tr("Protection orders")]
        if not orders:
            lines.append("  " + self.tr("none — press O"))
        for o in orders:
            line = (f"  {self._local(o.applied_at)}  "
                    + (self.tr("urgent") + " · " if o.urgent else "")
                    + decision_name(o.decision))
            if o.decision == "granted" and o.valid_until:
                line += " · " + self.tr("valid until %1").replace("%1", o.valid_until.isoformat())
            elif not o.decision:
                line += " · " + self.tr("due %1").replace("%1", self._local(o.decision_due))
            lines.append(line)
        lines += ["", self.tr("Referrals")]
        if not referrals:
            lines.append("  " + self.tr("none — press R"))
        for r in referrals:
            lines.append(f"  {self._local(r.referred_at)}  {agency_name(r.agency)} · "
                         f"{status_name(r.status)} ({self._local(r.status_at)})")
        if any(r.status not in ("declined", "done") for r in referrals):
            lines.append("  " + self.tr("S changes a referral's status"))
        lines += ["", self.tr("Timeline")]
        for event in timeline:
            at = from_stored(event.at).astimezone(tz).strftime("%m-%d %H:%M")
            what = event_name(event.kind, event.stage, event.detail)
            lines.append(f"  {at}  {what}  {event.operator}")
        self.page.setText("\n".join(lines))

    # ---- actions --------------------------------------------------------------------------
    def case(self) -> None:
        incident = self.current_incident()
        if incident is not None:
            self._open(CaseDialog(self.ctx, incident.incident_id, self))

    def access_log(self) -> None:
        dialog = AccessDialog(self.ctx, self)
        dialog.finished.connect(lambda _code: self.take_focus())
        dialog.open()
        dialog.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def take(self) -> None:
        incident = self.current_incident()
        if incident is None or incident.taken:
            return
        iid, operator_id = incident.incident_id, self.ctx.operator.id
        self.ctx.ops.write(lambda store: store.dv.take(iid, operator_id),
                           success=lambda _r: self.reload(), failure=self._refused,
                           owner=self)

    def assess(self) -> None:
        incident = self.current_incident()
        if incident is None:
            return
        dialog = AssessDialog(self.ctx, self.checklist, incident.incident_id, incident.number,
                              self)
        dialog.finished.connect(lambda _code: (self.reload(), self.take_focus()))
        dialog.open()
        dialog.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def warn(self) -> None:
        incident = self.current_incident()
        if incident is None:
            return
        dialog = WarningDialog(self.ctx, incident.incident_id, incident.number,
                               incident.summary, self)
        dialog.finished.connect(lambda _code: (self.reload(), self.take_focus()))
        dialog.open()
        dialog.abuser.setFocus(Qt.FocusReason.OtherFocusReason)

    def follow_up(self) -> None:
        """F: a follow-up visit or call recorded, then the risk assessed again."""
        incident = self.current_incident()
        if incident is None:
            return
        dialog = FollowUpDialog(self.ctx, incident.incident_id, self)
        dialog.accepted.connect(self.assess)
        self._open(dialog)

    def order(self) -> None:
        incident = self.current_incident()
        if incident is None or self.page_of != incident.incident_id:
            return
        awaited = next((o for o in self.page_orders if not o.decision), None)
        self._open(OrderDialog(self.ctx, incident.incident_id, awaited, self))

    def referral(self) -> None:
        incident = self.current_incident()
        if incident is None:
            return
        self._open(ReferralDialog(self.ctx, incident.incident_id, self))

    def referral_status(self) -> None:
        """S: a referral of the incident on the page moves on (accepted, declined, done)."""
        incident = self.current_incident()
        if incident is None or self.page_of != incident.incident_id or not self.page_referrals:
            return
        self._open(ReferralStatusDialog(self.ctx, self.page_referrals, self))

    def _open(self, dialog: OrderDialog | ReferralDialog | ReferralStatusDialog
              | FollowUpDialog | CaseDialog) -> None:
        dialog.finished.connect(lambda _code: (self.reload(), self.take_focus()))
        dialog.open()
        first = dialog.choice if isinstance(dialog, CaseDialog) else dialog.first
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    def serve(self) -> None:
        """The next step of the newest warning not fully served: abuser, victim, committee."""
        incident = self.current_incident()
        if incident is None or self.page_of != incident.incident_id:
            return
        step = next(((w.id, party) for w in reversed(self.page_warnings)
                     for party, done in (("abuser", w.served_abuser_at),
                                         ("victim", w.served_victim_at),
                                         ("committee", w.committee_notified_at))
                     if not done), None)
        if step is None:
            return
        (wid, party), operator_id = step, self.ctx.operator.id
        self.ctx.ops.write(
            lambda store: store.dv.record_served(wid, party, operator_id=operator_id),
            success=lambda _r: self._show_page(self.table.currentIndex().row()), owner=self)

    def _refused(self, error: BaseException) -> bool:
        if not isinstance(error, InputRefused):
            return False
        self.notice.setText(self.tr("Already taken by another seat."))
        self.notice.setVisible(True)
        self.reload()
        return True
