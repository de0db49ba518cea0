"""The intake form's fields, in the order a call-taker fills them with Tab.

The common path is number · name · address · district · category · summary, then
the field the disposition needs (the 12345 ticket, the duplicated incident) and the
fraud details when shown. The disposition and the priority follow the category, and
the two flags follow the history, so they come after: a disposition is chosen from
anywhere with Alt+1…9 (the cursor goes to the field it needs), or with its digit on
the disposition list.

The form knows how to turn its widgets into a `CallDraft` and back, how to
resolve what was typed (a category by pinyin, a district by part of its name)
and how to point at a field with a problem. Saving, timing and drafts on disk
belong to the view.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from console.domain.addresses import address_key
from console.domain.calls import CallDraft
from console.domain.intake_form import (
    category_for_disposition,
    is_fraud,
    jurisdiction_from_address,
    number_complete,
    suggested_disposition,
)
from console.domain.problems import Problem
from console.domain.reference import Reference
from console.domain.taxonomy import Category
from console.ui.intake.fraud import FraudForm

AnyIndex = QModelIndex | QPersistentModelIndex
CATEGORY_MATCHES = 12
_SETTLE_KEYS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Return, Qt.Key.Key_Enter)
_DIGIT_KEYS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 10)}
# The cursor left a field because the call-taker moved it (not because the window
# closed or lost the keyboard): what was typed there is complete.
_MOVED_ON = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason,
             Qt.FocusReason.MouseFocusReason, Qt.FocusReason.ShortcutFocusReason)
PROBLEM_STYLE = ("*[problem=\"true\"] { border: 2px solid #c62828; background: #fff0f0; }")


class CategoryMatches(QAbstractListModel):
    """The categories matching what was typed, best first (Chinese, English or pinyin)."""

    CodeRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, reference: Reference, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._ref, self._lang = reference, lang
        self._rows: list[Category] = []

    def search(self, text: str) -> list[Category]:
        found = self._ref.taxonomy.search(text)[:CATEGORY_MATCHES] if text.strip() else []
        self.beginResetModel()
        self._rows = found
        self.endResetModel()
        return found

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        cat = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            other = cat.name_en if self._lang.startswith("zh") else cat.name_zh
            return f"{cat.name(self._lang)}  ·  {cat.pinyin}  ·  {other}"
        if role == Qt.ItemDataRole.EditRole:
            return cat.name(self._lang)
        if role == self.CodeRole:
            return cat.code
        return None


class IntakeForm(QWidget):
    """Line, caller, place, category, priority, summary, flags, disposition (+ fraud)."""

    edited = Signal()  # any change the call-taker made
    lookupChanged = Signal()  # number, address or category changed: ask the history again
    lookupNow = Signal()  # a whole number typed, or the cursor left number or address
    categoryChosen = Signal(str)

    def __init__(self, reference: Reference, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._ref, self._lang = reference, lang
        self._loading = False
        self._category: Category | None = None
        self._disposition_touched = False
        self._jurisdiction_touched = False
        self._dv_auto = False
        self._enterprise_auto = False  # ticked because the address is a registered enterprise
        # ... and cleared by the call-taker at this address (its key): not again there
        self._enterprise_cleared_at: str | None = None
        self._setting_enterprise = False
        self.setStyleSheet(PROBLEM_STYLE)
        self._build()
        self._connect()

    # ---- building -----------------------------------------------------------------------
    def _build(self) -> None:
        self.line = QComboBox()
        self.line.setObjectName("line")
        self.line.addItem(self.tr("110"), "110")
        self.line.addItem(self.tr("122 (traffic)"), "122")
        self.caller_number = QLineEdit()
        self.caller_number.setObjectName("caller_number")
        self.caller_number.setPlaceholderText(self.tr("e.g. 13800001111"))
        self.caller_name = QLineEdit()
        self.caller_name.setObjectName("caller_name")
        self.address = QLineEdit()
        self.address.setObjectName("address")
        self.address.setPlaceholderText(self.tr("earlier addresses are offered as you type"))
        self.address_model = QStringListModel(self)
        self.address_completer = QCompleter(self.address_model, self)
        self.address_completer.setCompletionMode(
            QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.address.setCompleter(self.address_completer)
        self.jurisdiction = QComboBox()
        self.jurisdiction.setObjectName("jurisdiction_code")
        self.jurisdiction.setEditable(True)
        self.jurisdiction.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.jurisdiction.addItem("", "")
        for j in self._ref.jurisdictions:
            self.jurisdiction.addItem(j.name(self._lang), j.code)
        completer = self.jurisdiction.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.jurisdiction.lineEdit().setPlaceholderText(self.tr("type to filter"))
        self.category = QLineEdit()
        self.category.setObjectName("category_code")
        self.category.setPlaceholderText(self.tr("Chinese, English or pinyin initials, e.g. jtsg"))
        self.category_matches = CategoryMatches(self._ref, self._lang, self)
        self.category_completer = QCompleter(self.category_matches, self)
        self.category_completer.setCompletionMode(
            QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.category.setCompleter(self.category_completer)
        self.category_hint = QLabel()
        self.category_hint.setObjectName("categoryHint")
        self.priority = QComboBox()
        self.priority.setObjectName("priority")
        self.priority.addItem(self.tr("— (category default)"), None)
        self.priority.addItem(self.tr("1 Urgent"), 1)
        self.priority.addItem(self.tr("2 Rather urgent"), 2)
        self.priority.addItem(self.tr("3 Normal"), 3)
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("summary")
        self.summary.setTabChangesFocus(True)
        self.summary.setPlaceholderText(self.tr("What happened, who, where exactly (Tab moves on)"))
        self.summary.setMinimumHeight(70)
        self.summary.setMaximumHeight(130)
        self.dv = QCheckBox(self.tr("Domestic violence"))
        self.dv.setObjectName("dv_flag")
        self.enterprise = QCheckBox(self.tr("Concerns an enterprise"))
        self.enterprise.setObjectName("enterprise_flag")
        self.disposition = QComboBox()
        self.disposition.setObjectName("disposition")
        self.disposition.addItem(self.tr("— (from the category)"), "")
        self.disposition_actions: list[QAction] = []
        for n, d in enumerate(self._ref.dispositions, start=1):
            self.disposition.addItem(f"{n} {d.name(self._lang)}", d.code)
            if n <= len(_DIGIT_KEYS):
                action = QAction(d.name(self._lang), self)
                action.setObjectName(f"disposition_{d.code}")
                action.setShortcut(QKeySequence(f"Alt+{n}"))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                action.triggered.connect(lambda _=False, code=d.code: self.choose_disposition(code))
                self.disposition_actions.append(action)
        self.disposition.setToolTip(self.tr("Alt+1…9 chooses a disposition from anywhere "
                                            "in the form"))
        self.duplicate_of = QComboBox()
        self.duplicate_of.setObjectName("duplicate_of")
        self.duplicate_of.setEditable(True)
        self.duplicate_of.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.duplicate_of.lineEdit().setPlaceholderText(self.tr("incident number"))
        self.transfer_ref = QLineEdit()
        self.transfer_ref.setObjectName("transfer_ref")
        self.transfer_ref.setPlaceholderText(self.tr("12345 ticket reference"))
        self.callback_hint = QLabel(self.tr("Silent or dropped: call the number back."))
        self.callback_hint.setObjectName("callbackHint")
        self.fraud = FraudForm()

        flags = QHBoxLayout()
        flags.addWidget(self.dv)
        flags.addWidget(self.enterprise)
        flags.addStretch(1)
        category_row = QHBoxLayout()
        category_row.addWidget(self.category, 1)
        category_row.addWidget(self.category_hint)
        self.rows = QFormLayout()
        self.rows.addRow(self.tr("Line"), self.line)
        self.rows.addRow(self.tr("Caller number"), self.caller_number)
        self.rows.addRow(self.tr("Caller name"), self.caller_name)
        self.rows.addRow(self.tr("Address"), self.address)
        self.rows.addRow(self.tr("Jurisdiction"), self.jurisdiction)
        self.rows.addRow(self.tr("Category"), category_row)
        self.rows.addRow(self.tr("Summary"), self.summary)
        self.rows.addRow(self.tr("Duplicate of"), self.duplicate_of)
        self.rows.addRow(self.tr("Ticket ref."), self.transfer_ref)
        self.rows.addRow("", self.callback_hint)
        self.rows.addRow(self.fraud)
        self.rows.addRow(self.tr("Disposition"), self.disposition)
        self.rows.addRow(self.tr("Priority"), self.priority)
        self.rows.addRow(self.tr("Flags"), flags)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.rows)
        layout.addStretch(1)
        # Tab follows the rows: what every call needs first, what follows by itself last.
        order = [self.line, self.caller_number, self.caller_name, self.address,
                 self.jurisdiction, self.category, self.summary, self.duplicate_of,
                 self.transfer_ref, self.fraud.victim_account, self.fraud.victim_bank,
                 self.fraud.table, self.fraud.stop_payment, self.fraud.accounts_frozen,
                 self.fraud.money_recovered, self.disposition, self.priority, self.dv,
                 self.enterprise]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        self.rows.setRowVisible(self.fraud, False)
        self._show_disposition_extras()

    def _connect(self) -> None:
        for edit in (self.caller_number, self.caller_name, self.address, self.transfer_ref):
            edit.textEdited.connect(self._user_edit)
            edit.textEdited.connect(lambda _text, e=edit: self._unmark(e))
        self.caller_number.textEdited.connect(self._number_typed)
        self.address.textEdited.connect(self.lookupChanged)
        self.caller_number.installEventFilter(self)
        self.address.editingFinished.connect(self._guess_jurisdiction)
        self.jurisdiction.lineEdit().textEdited.connect(self._jurisdiction_typed)
        self.jurisdiction.activated.connect(self._jurisdiction_typed)
        self.jurisdiction.lineEdit().editingFinished.connect(self._resolve_jurisdiction)
        self.category.textEdited.connect(self._category_typed)
        self.category.editingFinished.connect(self._resolve_category)
        self.category.installEventFilter(self)
        self.address.installEventFilter(self)
        self.jurisdiction.installEventFilter(self)
        self.jurisdiction.lineEdit().installEventFilter(self)
        self.disposition.installEventFilter(self)
        self.category_completer.activated[str].connect(self._category_picked)
        self.priority.activated.connect(self._user_edit)
        self.line.activated.connect(self._user_edit)
        self.summary.textChanged.connect(self._summary_changed)
        self.dv.toggled.connect(self._dv_toggled)
        self.enterprise.toggled.connect(self._enterprise_toggled)
        self.disposition.activated.connect(self._disposition_picked)
        self.disposition.currentIndexChanged.connect(self._show_disposition_extras)
        self.duplicate_of.lineEdit().textEdited.connect(self._user_edit)
        self.duplicate_of.activated.connect(self._user_edit)
        self.fraud.edited.connect(self._user_edit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Tab or Enter in the category or district settles what was typed before focus moves on.

        While a completion list is open the completer swallows the focus-out, so
        `editingFinished` alone would leave `jtsg` unresolved.
        """
        if (watched in (self.caller_number, self.address)
                and event.type() == QEvent.Type.FocusOut and isinstance(event, QFocusEvent)
                and event.reason() in _MOVED_ON):
            self.lookupNow.emit()
        if (watched is self.category and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() in _SETTLE_KEYS):
            self.category_completer.popup().hide()
            self._resolve_category()
        elif (watched in (self.jurisdiction, self.jurisdiction.lineEdit())
              and event.type() == QEvent.Type.KeyPress
              and isinstance(event, QKeyEvent) and event.key() in _SETTLE_KEYS):
            self.jurisdiction.completer().popup().hide()
            self._resolve_jurisdiction()
        elif (watched is self.address and event.type() == QEvent.Type.KeyPress
              and isinstance(event, QKeyEvent) and event.key() in _SETTLE_KEYS):
            self.address_completer.popup().hide()
            self._guess_jurisdiction()
        elif (watched is self.disposition and event.type() == QEvent.Type.KeyPress
              and isinstance(event, QKeyEvent) and event.key() in _DIGIT_KEYS
              and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            number = _DIGIT_KEYS[Qt.Key(event.key())]
            if number < self.disposition.count():
                self.choose_disposition(str(self.disposition.itemData(number)))
            return True
        return super().eventFilter(watched, event)

    # ---- reacting to typing ---------------------------------------------------------------
    def _user_edit(self, *_args: object) -> None:
        if not self._loading:
            self.edited.emit()

    def _summary_changed(self) -> None:
        self._unmark(self.summary)
        self._user_edit()

    def _number_typed(self, text: str) -> None:
        self.lookupChanged.emit()
        if number_complete(text):
            self.lookupNow.emit()  # the whole number: no pause to wait for

    def _enterprise_toggled(self, checked: bool) -> None:
        if not self._loading and not self._setting_enterprise:
            was_auto, self._enterprise_auto = self._enterprise_auto, False
            if not checked and was_auto:
                self._enterprise_cleared_at = address_key(self.address.text())
            elif checked:
                self._enterprise_cleared_at = None
        self._user_edit()

    @property
    def _enterprise_cleared(self) -> bool:
        """The call-taker cleared the flag the console ticked for this very address."""
        return self._enterprise_cleared_at == address_key(self.address.text())

    def suggest_enterprise(self, registered: bool) -> None:
        """The history found a registered key enterprise at the address (or none any more):
        tick 涉及企业, unless the call-taker cleared it; untick it if only that had ticked it."""
        if registered == self.enterprise.isChecked():
            return
        if registered and self._enterprise_cleared:
            return
        if not registered and not self._enterprise_auto:
            return
        self._setting_enterprise = True
        try:
            self.enterprise.setChecked(registered)
        finally:
            self._setting_enterprise = False
        self._enterprise_auto = registered

    def _dv_toggled(self, _checked: bool) -> None:
        if not self._loading:
            self._dv_auto = False
        self._user_edit()

    def _jurisdiction_typed(self, *_args: object) -> None:
        self._jurisdiction_touched = True
        self._unmark(self.jurisdiction)
        self._user_edit()

    def _resolve_jurisdiction(self) -> None:
        """Settle typed text on the one district it names (`田家` → 田家庵区)."""
        text = self.jurisdiction.currentText().strip().casefold()
        if not text:
            self.jurisdiction.setCurrentIndex(0)
            return
        names = [self.jurisdiction.itemText(i) for i in range(self.jurisdiction.count())]
        exact = [i for i, n in enumerate(names) if n and n.casefold() == text]
        partial = [i for i, n in enumerate(names) if n and text in n.casefold()]
        by_code = [i for i in range(1, self.jurisdiction.count())
                   if self.jurisdiction.itemData(i) == text]
        found = exact or by_code or (partial if len(partial) == 1 else [])
        if found:
            self.jurisdiction.setCurrentIndex(found[0])

    def _guess_jurisdiction(self) -> None:
        if self._jurisdiction_touched or self.jurisdiction_code():
            return
        code = jurisdiction_from_address(self.address.text(), self._ref.jurisdictions)
        if code:
            self.jurisdiction.setCurrentIndex(self.jurisdiction.findData(code))
            self._user_edit()

    def _category_typed(self, text: str) -> None:
        self._unmark(self.category)
        self.category_matches.search(text)
        if self.category.hasFocus() and self.category_matches.rowCount():
            self.category_completer.complete()
        if self._category is not None and text != self._category.name(self._lang):
            self._set_category(None)
        self._user_edit()

    def _category_picked(self, name: str) -> None:
        found = self._ref.taxonomy.search(name)
        if found:
            self.choose_category(found[0])

    def _resolve_category(self) -> None:
        """Tab after `jtsg` takes the best match, so the keyboard never needs the popup."""
        text = self.category.text().strip()
        if not text or (self._category and text == self._category.name(self._lang)):
            return
        found = self._ref.taxonomy.search(text)
        if found:
            self.choose_category(found[0])

    def choose_category(self, category: Category) -> None:
        """Set the category; its default priority and usual disposition follow."""
        if self._category == category and self.category.text() == category.name(self._lang):
            return
        self.category.setText(category.name(self._lang))
        self._set_category(category)
        self.priority.setCurrentIndex(self.priority.findData(category.default_priority))
        if not self._disposition_touched:
            self.disposition.setCurrentIndex(
                self.disposition.findData(suggested_disposition(category)))
        if category.desk == "dv" and not self.dv.isChecked():
            self.dv.setChecked(True)
            self._dv_auto = True
        self.categoryChosen.emit(category.code)
        self.lookupChanged.emit()
        self._user_edit()

    def _set_category(self, category: Category | None) -> None:
        previous = self._category
        self._category = category
        self.category_hint.setText(
            self.tr("code {code}").format(code=category.code) if category else "")
        self.rows.setRowVisible(self.fraud, is_fraud(category))
        if previous is not None and category is None and self._dv_auto:
            self.dv.setChecked(False)
            self._dv_auto = False

    def _disposition_picked(self, _index: int) -> None:
        self._disposition_touched = True
        self._unmark(self.disposition)
        self._user_edit()

    def choose_disposition(self, code: str) -> None:
        """Alt+digit anywhere, or the digit on the list: this disposition, then the field
        it needs. An inquiry, complaint, nuisance or silent call with no category typed
        takes the category the disposition names, so it is complete as it is."""
        index = self.disposition.findData(code)
        if index <= 0:
            return
        self._disposition_touched = True
        focused = QApplication.focusWidget()
        in_old_field = focused is not None and any(
            f is focused or f.isAncestorOf(focused) for f in (self.duplicate_of, self.transfer_ref))
        self.disposition.setCurrentIndex(index)
        self._unmark(self.disposition)
        if not self.category.text().strip():
            implied = category_for_disposition(code, self._ref.taxonomy)
            if implied is not None:
                self.choose_category(implied)
        field = self.disposition_field(code)
        if field is None and in_old_field:
            field = self.summary  # the field the cursor was in is gone with the old choice
        if field is not None:
            field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._user_edit()

    def disposition_field(self, code: str) -> QWidget | None:
        """The field a disposition needs filled in, if any."""
        return {"duplicate": self.duplicate_of, "transfer_12345": self.transfer_ref}.get(code)

    def first_empty_field(self) -> QWidget:
        """Where to go on with a call put back on the form: the first empty field of the
        common path, else the summary."""
        for edit in (self.caller_number, self.address, self.category):
            if not edit.text().strip():
                return edit
        return self.summary

    def _show_disposition_extras(self, *_args: object) -> None:
        code = self.disposition.currentData() or ""
        self.rows.setRowVisible(self.duplicate_of, code == "duplicate")
        self.rows.setRowVisible(self.transfer_ref, code == "transfer_12345")
        self.rows.setRowVisible(self.callback_hint, code == "silent")

    # ---- values ---------------------------------------------------------------------------
    def jurisdiction_code(self) -> str:
        """The chosen district's code; unmatched typed text is passed on (saved incomplete)."""
        text = self.jurisdiction.currentText().strip()
        index = self.jurisdiction.currentIndex()
        if index > 0 and self.jurisdiction.itemText(index) == text:
            return str(self.jurisdiction.itemData(index))
        return text

    def category_code(self) -> str:
        if self._category is not None:
            return self._category.code
        return self.category.text().strip()

    @property
    def current_category(self) -> Category | None:
        return self._category

    def set_duplicate_candidates(self, numbers: list[str]) -> None:
        text = self.duplicate_of.currentText()
        self.duplicate_of.blockSignals(True)
        self.duplicate_of.clear()
        self.duplicate_of.addItems(numbers)
        self.duplicate_of.setEditText(text)
        self.duplicate_of.blockSignals(False)

    def mark_duplicate(self, number: str) -> None:
        """From the history panel: this call duplicates that open incident."""
        self._disposition_touched = True
        self.disposition.setCurrentIndex(self.disposition.findData("duplicate"))
        self.duplicate_of.setEditText(number)
        self._user_edit()

    def set_address_suggestions(self, addresses: list[str]) -> None:
        typed = self.address.text().strip()
        shown = [a for a in addresses if a != typed]
        self.address_model.setStringList(shown)
        if shown and self.address.hasFocus():
            self.address_completer.complete()

    def to_draft(self) -> CallDraft:
        disposition = self.disposition.currentData() or ""
        extra: dict[str, object] = {"category_text": self.category.text(), "typed": True}
        if not self.fraud.isHidden():
            extra["fraud"] = self.fraud.state()
        return CallDraft(
            line=self.line.currentData(),
            caller_number=self.caller_number.text(),
            caller_name=self.caller_name.text(),
            address=self.address.text(),
            jurisdiction_code=self.jurisdiction_code(),
            category_code=self.category_code(),
            priority=self.priority.currentData(),
            summary=self.summary.toPlainText(),
            disposition=disposition,
            duplicate_of=self.duplicate_of.currentText() if disposition == "duplicate" else "",
            transfer_ref=self.transfer_ref.text() if disposition == "transfer_12345" else "",
            dv_flag=self.dv.isChecked(),
            enterprise_flag=self.enterprise.isChecked(),
            enterprise_cleared=self._enterprise_cleared and not self.enterprise.isChecked(),
            extra=extra,
        )

    def load_draft(self, draft: CallDraft) -> None:
        """Put a kept draft back into the widgets, exactly as it was typed."""
        self._loading = True
        try:
            self.clear()
            self._loading = True
            self.line.setCurrentIndex(max(0, self.line.findData(draft.line)))
            self.caller_number.setText(draft.caller_number)
            self.caller_name.setText(draft.caller_name)
            self.address.setText(draft.address)
            index = self.jurisdiction.findData(draft.jurisdiction_code)
            if index > 0:
                self.jurisdiction.setCurrentIndex(index)
            else:
                self.jurisdiction.setEditText(draft.jurisdiction_code)
            self._jurisdiction_touched = bool(draft.jurisdiction_code)
            category = self._ref.taxonomy.find(draft.category_code)
            self.category.setText(category.name(self._lang) if category
                                  else str(draft.extra.get("category_text", "")))
            self._set_category(category)
            self.priority.setCurrentIndex(max(0, self.priority.findData(draft.priority)))
            self.summary.setPlainText(draft.summary)
            self.dv.setChecked(draft.dv_flag)
            self.enterprise.setChecked(draft.enterprise_flag)
            self._enterprise_cleared_at = (address_key(draft.address)
                                           if draft.enterprise_cleared else None)
            self.disposition.setCurrentIndex(max(0, self.disposition.findData(draft.disposition)))
            self._disposition_touched = bool(draft.disposition)
            self.duplicate_of.setEditText(draft.duplicate_of)
            self.transfer_ref.setText(draft.transfer_ref)
            fraud = draft.extra.get("fraud")
            if isinstance(fraud, dict):
                self.fraud.restore(fraud)
        finally:
            self._loading = False

    def clear(self) -> None:
        self._loading = True
        try:
            self.line.setCurrentIndex(0)
            for edit in (self.caller_number, self.caller_name, self.address, self.category,
                         self.transfer_ref):
                edit.clear()
            self.jurisdiction.setCurrentIndex(0)
            self.jurisdiction.setEditText("")
            self._set_category(None)
            self.category_matches.search("")
            self.address_model.setStringList([])
            self.priority.setCurrentIndex(0)
            self.summary.clear()
            self.dv.setChecked(False)
            self.enterprise.setChecked(False)
            self.disposition.setCurrentIndex(0)
            self.duplicate_of.clear()
            self.duplicate_of.setEditText("")
            self.fraud.clear()
            self.rows.setRowVisible(self.fraud, False)
            self._disposition_touched = False
            self._jurisdiction_touched = False
            self._dv_auto = False
            self._enterprise_auto = False
            self._enterprise_cleared_at = None
            self.unmark_all()
        finally:
            self._loading = False

    # ---- problems -------------------------------------------------------------------------
    def widget_for(self, field: str) -> QWidget | None:
        return {
            "line": self.line, "caller_number": self.caller_number,
            "caller_name": self.caller_name, "address": self.address,
            "jurisdiction_code": self.jurisdiction, "category_code": self.category,
            "priority": self.priority, "summary": self.summary,
            "disposition": self.disposition, "duplicate_of": self.duplicate_of,
            "transfer_ref": self.transfer_ref,
        }.get(field)

    def mark_problems(self, problems: list[Problem], *, focus: bool) -> None:
        """Outline each field with a problem; put the cursor in the first one."""
        focused = not focus
        for problem in problems:
            widget = self.widget_for(problem.field)
            if widget is not None:
                self._mark(widget, True)
                if not focused:
                    widget.setFocus()
                    focused = True
            elif not focused:
                focused = self.fraud.focus_problem(problem)

    def unmark_all(self) -> None:
        for field in ("line", "caller_number", "caller_name", "address", "jurisdiction_code",
                      "category_code", "priority", "summary", "disposition", "duplicate_of",
                      "transfer_ref"):
            widget = self.widget_for(field)
            if widget is not None:
                self._mark(widget, False)

    def _unmark(self, widget: QWidget) -> None:
        if widget.property("problem"):
            self._mark(widget, False)

    @staticmethod
    def _mark(widget: QWidget, on: bool) -> None:
        widget.setProperty("problem", on)
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    def marked_fields(self) -> list[str]:
        return [f for f in ("line", "caller_number", "caller_name", "address",
                            "jurisdiction_code", "category_code", "priority", "summary",
                            "disposition", "duplicate_of", "transfer_ref")
                if (w := self.widget_for(f)) is not None and w.property("problem")]
