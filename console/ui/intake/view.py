"""接警登记: the call-taker's intake page — form, call timer, live history, drafts.

A call starts with F2 (or with the first keystroke in an idle form): the
receive time is taken from the store's clock at that moment, never typed.
Ctrl+Enter saves whatever is there; only impossible input is refused, and then
the form keeps every character. After a save the form is cleared and *idle*:
the next call's receive time is taken when it is answered (F2 or the first
keystroke), not when the previous one was saved, so no call is timed from the
wrong moment.

The save runs on the operation layer's write lane, so the window never freezes
while another seat or an import holds the database: the page says it is saving,
the form keeps the call being saved, and the draft on disk stays until the save is
confirmed. A second Ctrl+Enter meanwhile does nothing (the save already given
wins); whatever else is typed meanwhile is held and given back once the answer is
in (`hold.py`), so no keystroke is lost and the next call starts only after the
confirmation. A refusal, a busy, full or damaged database is said on the form
itself, with everything typed kept.

Whenever the page shows, a field of the form has the cursor (`take_focus`): the
caller number when idle, so a typed digit starts the call there; otherwise the
field the call-taker was in, or the first one left empty in a restored draft.
Keys typed while the history has the cursor go back to the form.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QSettings, QSysInfo, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from console.domain.calls import CallDraft
from console.domain.clock import local_day
from console.domain.dv.safety import SafetyAnswers
from console.domain.intake_form import draft_has_input
from console.domain.problems import Problem
from console.store import InputRefused, Store, StoreError
from console.store.history import IntakeLookup
from console.store.records import SavedCall
from console.ui.context import ViewContext
from console.ui.intake.drafts import DraftKeeper, draft_path
from console.ui.intake.form import IntakeForm
from console.ui.intake.history import HistoryPanel
from console.ui.intake.hold import Held, InputHold, matching_action
from console.ui.intake.lookup import HistoryLookup, LookupRequest
from console.ui.intake.messages import desk_name, problem_text
from console.ui.intake.safety import SafetyPrompt

TICK_MS = 500
SLOW_SAVE_MS = 1500  # a save still running after this waits for the database: say so
_STYLE = """
QLabel#callTimer { font-size: 22px; font-weight: bold; font-family: monospace; }
QLabel#confirmation { background: #e8f5e9; color: #1b5e20; padding: 4px 8px; }
QLabel#confirmation[saving="true"] { background: #e3f2fd; color: #0d47a1; }
QLabel#warnings { background: #fff3e0; color: #e65100; padding: 4px 8px; }
QLabel#errors { background: #ffebee; color: #b71c1c; padding: 4px 8px; font-weight: bold; }
QLabel#notice { background: #e3f2fd; color: #0d47a1; padding: 4px 8px; }
QLabel#hints { color: #555; }
QLabel#sectionTitle { font-weight: bold; }
"""


def _mmss(seconds: float) -> str:
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


class IntakeView(QWidget):
    """The intake page; `new_call()` is bound to F2 by the main window."""

    saved = Signal(int)  # call id

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.store = ctx.store
        self._received: datetime | None = None
        self._discard_armed = False
        self._saving = False
        self._typed_at: datetime | None = None  # when a key given back was typed
        self._confirmed = ""  # the last confirmation, shown again after a failed save
        self.last_saved: SavedCall | None = None
        self._safety: SafetyAnswers | None = None  # a DV call's answers, once asked
        self._asked_from: QWidget | None = None  # the field the questions were asked from
        self.setStyleSheet(_STYLE)
        self.form = IntakeForm(ctx.reference, ctx.lang, self)
        self.history = HistoryPanel(ctx.reference, ctx.lang, self.store.tz, self)
        self.lookup = HistoryLookup(ctx.ops, self)
        where = self.store.url or self.store.path  # the server's URL, or the file
        self.drafts = DraftKeeper(draft_path(where, ctx.operator.username),
                                  self._draft_to_keep, self)
        self._build()
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._slow = QTimer(self)
        self._slow.setSingleShot(True)
        self._slow.setInterval(SLOW_SAVE_MS)
        self._slow.timeout.connect(self._still_saving)
        self.hold = InputHold(self, self.form, self._held_actions(), self._now)
        self._connect()
        self.setFocusProxy(self.form.caller_number)  # the page opens where a call starts
        self._restore_draft()
        self.lookup.warm()

    # ---- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        title = QLabel(self.tr("Call intake"))
        title.setObjectName("sectionTitle")
        self.timer_label = QLabel("--:--")
        self.timer_label.setObjectName("callTimer")
        self.timer_label.setToolTip(self.tr("Time since the call was answered"))
        self.received_label = QLabel(self.tr("No call in progress — press F2"))
        self.received_label.setObjectName("receivedAt")
        self.new_button = QPushButton(self.tr("New call (F2)"))
        self.new_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.save_button = QPushButton(self.tr("Save (Ctrl+Enter)"))
        self.save_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.save_button.setDefault(False)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(self.timer_label)
        top.addWidget(self.received_label, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.save_button)

        self.hints = QLabel(self.tr(
            "F2 new call (or just type the number) · Tab next field · Ctrl+Enter save · "
            "Alt+1…9 disposition · F3 history and possible duplicates (Enter marks the "
            "call a duplicate, Esc back to the form) · Esc closes a list"))
        self.hints.setObjectName("hints")
        self.hints.setWordWrap(True)
        self.notice = self._line("notice")
        self.errors = self._line("errors")
        self.confirmation = self._line("confirmation")
        self.warnings = self._line("warnings")
        self.safety_prompt = SafetyPrompt(self)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        splitter.addWidget(self.history)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 6)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.hints)
        for line in (self.notice, self.errors, self.confirmation, self.warnings):
            layout.addWidget(line)
        layout.addWidget(self.safety_prompt)
        layout.addWidget(splitter, 1)

        self.save_action = QAction(self.tr("Save call"), self)
        self.save_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.setToolTip(self.tr("Save the call (Ctrl+Enter)"))
        self.history_action = QAction(self.tr("History and duplicates"), self)
        self.history_action.setShortcut(QKeySequence("F3"))
        self.history_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addActions([self.save_action, self.history_action])
        self.addActions(self.form.disposition_actions)

    def _held_actions(self) -> list[QAction]:
        """The view's shortcuts that change the form: held, like typing, while saving."""
        return [self.history_action, *self.form.disposition_actions]

    @staticmethod
    def _line(name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setVisible(False)
        return label

    def _connect(self) -> None:
        self.new_button.clicked.connect(self.new_call)
        self.save_button.clicked.connect(self.save)
        self.save_action.triggered.connect(self.save)
        self.history_action.triggered.connect(self.history.focus_first)
        self.form.edited.connect(self._edited)
        self.form.lookupChanged.connect(self._ask_history)
        self.form.lookupNow.connect(lambda: self._ask_history(now=True))
        self.lookup.found.connect(self._show_history)
        self.lookup.failed.connect(self._lookup_failed)
        self.history.duplicateChosen.connect(self._duplicate_chosen)
        self.history.backToForm.connect(self._back_to_form)
        self.history.typed.connect(self._typed_in_history)
        self.ctx.changes.changed.connect(self.lookup.refresh)
        self.safety_prompt.answered.connect(self._safety_answered)
        self.safety_prompt.cancelled.connect(self._back_from_safety)

    # ---- public ---------------------------------------------------------------------------
    def new_call(self) -> None:
        """F2: clear the form and start timing a new call from now.

        A form with unsaved input is not thrown away on one key press: the
        first F2 says so, a second F2 discards it. While a call is being saved, the
        new call waits for the answer (and is then timed from this key press).
        """
        if self._saving:
            self.hold.hold_new_call()
            return
        if self._received is not None and self._has_input() and not self._discard_armed:
            self._discard_armed = True
            self._show(self.notice, self.tr(
                "The call on the form is not saved. Ctrl+Enter saves it (missing fields are "
                "marked incomplete); press F2 again to discard it and start a new call."))
            return
        self._discard_armed = False
        self._safety = None
        self.form.clear()
        self.history.clear()
        self.lookup.clear()
        self.drafts.clear()
        self._hide(self.notice, self.errors)
        self._start(self._now())
        self.form.caller_number.setFocus()

    def take_focus(self) -> None:
        """Put the cursor in the form (the main window calls this whenever the page shows)."""
        self._field_to_focus().setFocus(Qt.FocusReason.OtherFocusReason)

    def _field_to_focus(self) -> QWidget:
        if self._received is None and not self._has_input():
            return self.form.caller_number  # idle: where the next call starts
        last = self.form.focusWidget()
        if (last is not None and last is not self.form and self.form.isAncestorOf(last)
                and last.isEnabled() and last.isVisibleTo(self.form)):
            return last
        return self.form.first_empty_field()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        focused = QApplication.focusWidget()
        if focused is None or not self.isAncestorOf(focused):
            self.take_focus()

    def can_close(self) -> bool:
        """Closing never loses a call: the draft is written now and restored next time.

        While a save waits for the database the page stays open (closing would hold
        the window frozen until the answer) and says so; once the answer is in,
        closing works again.
        """
        self.drafts.flush()
        if self._saving:
            self._show(self.notice, self.tr(
                "The call is still being saved. Close the console again once it is "
                "confirmed (or refused: the form keeps it)."))
            return False
        self.lookup.clear()  # nothing more is asked as the window closes
        return True

    @property
    def received_at(self) -> datetime | None:
        return self._received

    @property
    def saving(self) -> bool:
        """A save was given and its answer is not in yet."""
        return self._saving

    def _now(self) -> datetime:
        """The store's clock; for a key held during a save, when it was typed."""
        return self._typed_at or self.store.now()

    # ---- call timing ----------------------------------------------------------------------
    def _start(self, received: datetime) -> None:
        self._received = received
        self._hide(self.warnings)  # the previous call's; this one has its own
        local = received.astimezone(self.store.tz)
        self.received_label.setText(
            self.tr("Answered at {time}").format(time=local.strftime("%Y-%m-%d %H:%M:%S")))
        self._tick()
        self._timer.start()

    def _stop(self) -> None:
        self._received = None
        self._timer.stop()
        self._tick()
        self.received_label.setText(self.tr("Ready — press F2 or start typing for the next call"))

    def _tick(self) -> None:
        if self._received is None:
            self.timer_label.setText("--:--")
            return
        self.timer_label.setText(
            _mmss((self.store.now() - self._received).total_seconds()))

    # ---- typing ---------------------------------------------------------------------------
    def _edited(self) -> None:
        if self._received is None:
            self._start(self._now())  # typing without F2 starts the call
        self._discard_armed = False
        self.drafts.touch()

    def _has_input(self) -> bool:
        return draft_has_input(self.form.to_draft())

    def _draft_to_keep(self) -> CallDraft | None:
        if self._received is None:
            return None
        draft = self.form.to_draft()
        if not draft_has_input(draft):
            return None
        draft.received_at = self._received
        return draft

    def _restore_draft(self) -> None:
        draft = self.drafts.load()
        if draft is None or draft.received_at is None or draft.received_at.tzinfo is None:
            self._stop()
            return
        self.form.load_draft(draft)
        self._start(draft.received_at)
        local = draft.received_at.astimezone(self.store.tz)
        self._show(self.notice, self.tr(
            "Restored draft: the unsaved call answered at {time} is back on the form. "
            "Check it and press Ctrl+Enter to save.").format(time=local.strftime("%H:%M:%S")))
        self.form.first_empty_field().setFocus()  # where the call-taker goes on
        self._ask_history(now=True)

    # ---- history --------------------------------------------------------------------------
    def _ask_history(self, *, now: bool = False) -> None:
        number = self.form.caller_number.text()
        address = self.form.address.text()
        if not number.strip() and not address.strip():
            self.lookup.clear()
            self.history.clear()
            self.form.set_duplicate_candidates([])
            return
        self.lookup.request(number, address, self.form.category_code(), now=now)

    def _show_history(self, request: LookupRequest, result: IntakeLookup) -> None:
        self.history.show_result(result.rows, result.flags, asked=True)
        self.form.set_duplicate_candidates([i.number for i in result.flags.possible_duplicates])
        if request.address == self.form.address.text().strip():
            self.form.set_address_suggestions(result.addresses)
            self.form.suggest_enterprise(result.flags.enterprise_id is not None)

    def _lookup_failed(self, detail: str) -> None:
        self._show(self.errors, self.tr(
            "The history could not be read ({detail}). The form still works; "
            "saving is not affected.").format(detail=detail))

    def _duplicate_chosen(self, number: str) -> None:
        """Enter on a possible duplicate: marked, and on to the summary (Ctrl+Enter saves;
        the call takes the incident's category, address and district where left blank)."""
        self.form.mark_duplicate(number)
        self.form.summary.setFocus()

    def _back_to_form(self) -> None:
        self.take_focus()

    def _typed_in_history(self, event: QKeyEvent) -> None:
        """Text typed while the history has the cursor belongs in the form."""
        self.take_focus()
        target = QApplication.focusWidget()
        if target is not None and self.form.isAncestorOf(target):
            QApplication.sendEvent(target, QKeyEvent(
                event.type(), event.key(), event.modifiers(), event.text()))

    # ---- saving ---------------------------------------------------------------------------
    def save(self) -> None:
        """Ctrl+Enter: save whatever is there; refuse only impossible input.

        The save runs off the GUI thread; while it runs a second Ctrl+Enter does
        nothing: the save already given wins.
        """
        if self._saving or self.safety_prompt.asking:
            return
        self._commit_open_editor()
        if self._received is None and not self._has_input():
            self._show(self.errors, self.tr("Nothing to save: press F2 for a new call."))
            return
        if self._received is None:
            self._start(self.store.now())
        if self.form.dv.isChecked() and self._safety is None:
            focused = QApplication.focusWidget()
            self._asked_from = focused if self.form.isAncestorOf(focused) else None
            self.safety_prompt.ask()  # saved once both are answered (`_safety_answered`)
            return
        received = self._received
        assert received is not None
        draft = self.form.to_draft()
        draft.received_at = received
        draft.extra = {}
        self.form.unmark_all()
        if not self.form.fraud.isHidden():
            report, problems = self.form.fraud.report(self.store.tz,
                                                      local_day(received, self.store.tz))
            if problems:
                self._refuse(problems)
                return
            draft.fraud = report
        operator_id, seat = self.ctx.operator.id, self._seat()
        safety = self._safety if draft.dv_flag else None

        def work(store: Store) -> SavedCall:  # on the write lane: plain values only
            return store.calls.log_call(draft, operator_id, seat, dv_safety=safety)

        self._begin_saving()
        self.ctx.ops.write(work, success=self._save_done, failure=self._save_failed,
                           owner=self, disable=[self.save_button, self.new_button])

    def _safety_answered(self, answers: SafetyAnswers) -> None:
        self._safety = answers
        self._back_from_safety()
        self.save()

    def _back_from_safety(self) -> None:
        """The cursor goes back to the field it was in when the questions were asked."""
        target, self._asked_from = self._asked_from, None
        (target or self._field_to_focus()).setFocus(Qt.FocusReason.OtherFocusReason)

    def _begin_saving(self) -> None:
        self._saving = True
        self.hold.start()
        self.drafts.flush()  # kept on disk until the save is confirmed
        label = self.confirmation
        label.setProperty("saving", True)
        label.style().unpolish(label)
        label.style().polish(label)
        self._show(label, self.tr("Saving the call…"))
        self._slow.start()

    def _still_saving(self) -> None:
        if self._saving:
            self._show(self.confirmation, self.tr(
                "Saving the call… the database is busy (another seat or an import is "
                "writing). It is saved as soon as the database is free; what you type "
                "meanwhile is kept."))

    def _end_saving(self) -> list[Held]:
        """The answer is in: stop saying "saving"; what was typed meanwhile, in order."""
        self._saving = False
        self._slow.stop()
        label = self.confirmation
        label.setProperty("saving", False)
        label.style().unpolish(label)
        label.style().polish(label)
        if self._confirmed:
            self._show(label, self._confirmed)
        else:
            self._hide(label)
        return self.hold.release()

    def _save_done(self, saved: SavedCall) -> None:
        held = self._end_saving()
        self._saved(saved)
        self._give_back(held)

    def _save_failed(self, error: BaseException) -> bool:
        """Said on the form, everything typed kept; False leaves it to the message bridge."""
        held = self._end_saving()
        shown = True
        if isinstance(error, InputRefused):
            self._refuse(error.problems)
        elif isinstance(error, StoreError):
            self._show(self.errors, self._not_saved_text(error))
            self.drafts.flush()
        else:
            shown = False
        self._give_back(held)
        return shown

    def _not_saved_text(self, error: StoreError) -> str:
        if error.code == "busy":
            return self.tr(
                "The call could not be saved: the database stayed busy (another seat or an "
                "import is writing). Everything typed is kept — press Ctrl+Enter again.")
        if error.code == "disk_full":
            return self.tr(
                "The call could not be saved: the disk holding the database is full. "
                "Everything typed is kept — tell the administrator to free space, then "
                "press Ctrl+Enter again.")
        if error.code == "corrupt":
            return self.tr(
                "The call could not be saved: the database file is damaged and nothing more "
                "is written to it. Everything typed stays on the form — note the call on "
                "paper and tell the administrator (the latest backup must be restored).")
        if error.code == "read_only":
            return self.tr(
                "The call could not be saved: the database cannot be written (read-only file "
                "or folder). Everything typed stays on the form — note the call on paper and "
                "tell the administrator.")
        return self.tr(
            "The call could not be saved: the database cannot be reached just now "
            "({detail}). Everything typed is kept — press Ctrl+Enter again in a moment."
        ).format(detail=error.detail or error.code)

    def _give_back(self, held: list[Held]) -> None:
        """Keys typed while saving go where they would have gone had the save been instant."""
        for item in held:
            self._typed_at = item.at
            try:
                event = item.event
                if event is None:
                    self.new_call()
                    continue
                action = (matching_action(event, self._held_actions())
                          if isinstance(event, QKeyEvent) else None)
                if action is not None:
                    if event.type() == QKeyEvent.Type.KeyPress:
                        action.trigger()
                    continue
                QApplication.sendEvent(self._typing_target(), event)
            finally:
                self._typed_at = None

    def _typing_target(self) -> QWidget:
        focused = QApplication.focusWidget()
        if focused is not None and self.isAncestorOf(focused):
            return focused
        target = self._field_to_focus()
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        return target

    def _commit_open_editor(self) -> None:
        table = self.form.fraud.table
        if table.state() == QAbstractItemView.State.EditingState:
            focused = QApplication.focusWidget()
            if focused is not None:
                focused.clearFocus()  # the delegate commits the cell on focus-out

    def _seat(self) -> str:
        seat = QSettings().value("seat", "")
        return str(seat) if seat else QSysInfo.machineHostName()

    def _refuse(self, problems: list[Problem]) -> None:
        lines = [self.tr("Not saved — please correct:")]
        lines += [f"• {problem_text(p)}" for p in problems]
        self._show(self.errors, "\n".join(lines))
        self.form.mark_problems(problems, focus=True)
        self.drafts.flush()

    def _saved(self, saved: SavedCall) -> None:
        self.last_saved = saved
        self._safety = None
        self.drafts.clear()
        self._hide(self.errors, self.notice)
        self._confirmed = self._confirmation_text(saved)
        self._show(self.confirmation, self._confirmed)
        if saved.warnings:
            lines = [self.tr("Saved, but marked incomplete:")]
            lines += [f"• {problem_text(p)}" for p in saved.warnings]
            self._show(self.warnings, "\n".join(lines))
        else:
            self._hide(self.warnings)
        self.form.clear()
        self.history.clear()
        self.lookup.clear()
        self._stop()
        self.form.caller_number.setFocus()
        self.saved.emit(saved.call_id)

    def _confirmation_text(self, saved: SavedCall) -> str:
        disposition = self.ctx.reference.disposition(saved.disposition)
        name = disposition.name(self.ctx.lang) if disposition else saved.disposition
        at = self.store.now().astimezone(self.store.tz).strftime("%H:%M:%S")
        if saved.route.creates_incident:
            text = self.tr("Saved {time}: incident {number} ({disposition})").format(
                time=at, number=saved.incident_number, disposition=name)
        elif saved.disposition == "duplicate" and saved.incident_number:
            text = self.tr("Saved {time}: call {call} — duplicate of incident {number}").format(
                time=at, call=saved.call_id, number=saved.incident_number)
        else:
            text = self.tr("Saved {time}: call {call} ({disposition})").format(
                time=at, call=saved.call_id, disposition=name)
        desks = [desk_name(d) for d in ("dispatch", "dv", "enterprise", "transfer_12345")
                 if d in saved.route.desks]
        if desks:
            text += self.tr(" → sent to: {desks}").format(desks=self.tr(", ").join(desks))
        if saved.disposition == "silent":
            text += self.tr(" — call the number back")
        return text

    # ---- helpers --------------------------------------------------------------------------
    @staticmethod
    def _show(label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(True)

    @staticmethod
    def _hide(*labels: QLabel) -> None:
        for label in labels:
            label.clear()
            label.setVisible(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """F2 when the page stands alone; in the main window its global action comes first."""
        if event.key() == Qt.Key.Key_F2 and not event.modifiers():
            self.new_call()
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.can_close()
        super().closeEvent(event)
