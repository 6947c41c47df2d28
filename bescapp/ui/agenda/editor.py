"""The side pane that edits one agenda item: English and Spanish side by side.

It never writes the database: it emits what the staffer changed (``edited``,
``leads_changed``, ``attach_requested`` ...) and the workspace turns each into
one undo step. A field is committed when the staffer leaves it, so every edit
is saved at once; a refused edit leaves the text in the field with a message.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ...i18n.formatting import format_datetime, format_number
from ...model.bilingual import Bilingual
from ...model.entities import AgendaKind
from ...store.agenda import (
    INTERNAL_TEXTS,
    SHARED_TEXTS,
    TEXTS,
    AttachmentRow,
    Candidate,
    ItemFields,
    cleaned,
)
from ...store.versions import Seen, keeping
from .. import access, colours
from ..labels import label
from ..retranslate import Retranslates

LANGS = ("en", "es")
LABEL_WIDTH = 96
PASTE_ROOM = 1_000_000  # let a huge paste arrive, so the length check can say so


class AgendaEditor(Retranslates, QScrollArea):
    edited = Signal(int, object, object)  # item id, before, after (ItemFields)
    leads_changed = Signal(int, list, list)  # item id, before, after (person ids)
    attach_requested = Signal(int)
    remove_attachment_requested = Signal(int, int)  # item id, attachment id

    def __init__(self, language: str = "en") -> None:
        super().__init__()
        self.language = language
        self.item_id: int | None = None
        self.fields: ItemFields | None = None
        # the item as shown, for the check that no one else changed what a save overwrites
        self.seen: Seen | None = None
        self._committing: ItemFields | None = None
        self.lead_ids: list[int] = []
        self.days = 1
        self._loading = False
        body = QWidget()
        self.setWidget(body)
        self.setWidgetResizable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, not the pane
        self.setMinimumWidth(380)

        self.notice = QLabel()
        self._notice_is_problem = False
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.kind = QComboBox()
        for kind in AgendaKind:
            self.kind.addItem("", kind.value)
        self.day = QSpinBox()
        self.day.setRange(1, 1)
        self.duration = QSpinBox()
        self.duration.setRange(0, 24 * 60)
        self.duration.setSingleStep(5)
        self.fixed = QCheckBox()
        self.fixed_time = QTimeEdit()
        self.show_times_in(language)
        timing = QHBoxLayout()
        timing.addWidget(self.fixed)
        timing.addWidget(self.fixed_time)
        timing.addStretch()
        self.form = QFormLayout()
        self.kind_label, self.day_label, self.duration_label, self.fixed_label = (
            QLabel(), QLabel(), QLabel(), QLabel())
        self.form.addRow(self.kind_label, self.kind)
        self.form.addRow(self.day_label, self.day)
        self.form.addRow(self.duration_label, self.duration)
        self.form.addRow(self.fixed_label, timing)

        # English | Español, one row per field
        self.texts: dict[str, dict[str, QLineEdit | QPlainTextEdit]] = {}
        self.text_labels: dict[str, QLabel] = {}
        shared = QGridLayout()
        self.language_headers = [QLabel("English"), QLabel("Español")]  # each in its own language
        for k, header in enumerate(self.language_headers):
            header.setStyleSheet("font-weight: 600;")
            shared.addWidget(header, 0, k + 1)
        # the texts the model declares on an agenda item: shared ones here, internal below
        for row, name in enumerate(SHARED_TEXTS, start=1):
            self._add_text_row(shared, row, name, single_line=name == "title")
        self.internal_box = QGroupBox()
        internal = QGridLayout(self.internal_box)
        self.internal_note = QLabel()
        self.internal_note.setWordWrap(True)
        internal.addWidget(self.internal_note, 0, 0, 1, 3)
        for row, name in enumerate(INTERNAL_TEXTS, start=1):
            self._add_text_row(internal, row, name)

        self.leads_box = QGroupBox()
        self.leads = QListWidget()
        self.leads.setMinimumHeight(140)
        QVBoxLayout(self.leads_box).addWidget(self.leads)
        self.attachments_box = QGroupBox()
        self.attachments = QListWidget()
        self.attachments.setMaximumHeight(90)
        self.attach_button = QPushButton()
        self.remove_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        box = QVBoxLayout(self.attachments_box)
        box.addWidget(self.attachments)
        box.addLayout(buttons)

        self.restyle()
        layout = QVBoxLayout(body)
        layout.addWidget(self.notice)
        layout.addLayout(self.form)
        layout.addLayout(shared)
        layout.addWidget(self.internal_box)
        layout.addWidget(self.leads_box)
        layout.addWidget(self.attachments_box)
        layout.addStretch()

        self.kind.currentIndexChanged.connect(self.commit)
        self.day.editingFinished.connect(self.commit)
        self.duration.editingFinished.connect(self.commit)
        self.fixed.toggled.connect(self._fixed_toggled)
        self.fixed_time.editingFinished.connect(self.commit)
        self.leads.itemChanged.connect(self._leads_toggled)
        self.attach_button.clicked.connect(
            lambda: self.item_id is not None and self.attach_requested.emit(self.item_id))
        self.remove_button.clicked.connect(self._remove_attachment)
        self.attachments.itemSelectionChanged.connect(self._enable)
        self.retranslate_ui()
        self.show_item(None)

    def _add_text_row(self, grid: QGridLayout, row: int, name: str,
                      single_line: bool = False) -> None:
        self.text_labels[name] = QLabel()
        self.text_labels[name].setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text_labels[name].setWordWrap(True)  # "Puntos de conversación" on two lines
        self.text_labels[name].setFixedWidth(LABEL_WIDTH)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.addWidget(self.text_labels[name], row, 0)
        self.texts[name] = {}
        for k, lang in enumerate(LANGS):
            if single_line:
                widget = QLineEdit()
                widget.setMaxLength(PASTE_ROOM)
                widget.editingFinished.connect(self.commit)
            else:
                widget = QPlainTextEdit()
                widget.setTabChangesFocus(True)
                widget.setFixedHeight(64)
                widget.installEventFilter(self)
            widget.setObjectName(f"{name}_{lang}")
            self.texts[name][lang] = widget
            grid.addWidget(widget, row, k + 1)

    def edit_controls(self) -> list[QWidget]:
        """What changes the item: off while the database is read-only."""
        texts = [w for widgets in self.texts.values() for w in widgets.values()]
        return [self.kind, self.day, self.duration, self.fixed, self.fixed_time, *texts,
                self.leads, self.attach_button, self.remove_button]

    # language ------------------------------------------------------------

    def show_times_in(self, language: str) -> None:
        """The fixed start as the agenda writes times: "1:00 PM" / "1:00 p.m."."""
        self.language = language
        spanish = QLocale(QLocale.Language.Spanish, QLocale.Country.Mexico)
        english = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
        self.fixed_time.setLocale(spanish if language == "es" else english)
        self.fixed_time.setDisplayFormat("h:mm ap" if language == "es" else "h:mm AP")

    def retranslate_ui(self) -> None:
        self.kind_label.setText(self.tr("Kind"))
        self.day_label.setText(self.tr("Day"))
        self.duration_label.setText(self.tr("Duration (minutes)"))
        self.fixed_label.setText(self.tr("Start"))
        self.fixed.setText(self.tr("Fixed start at"))
        for k in range(self.kind.count()):
            self.kind.setItemText(k, label(self.kind.itemData(k)))
        # one label per text row (a field new to the model needs its label here)
        names = {"title": self.tr("Title"), "description": self.tr("Description"),
                 "objective": self.tr("Objective"), "talking_points": self.tr("Talking points"),
                 "background": self.tr("Background"),
                 "desired_outcome": self.tr("Desired outcome"),
                 "counterpart_position": self.tr("Counterpart's likely position"),
                 "if_asked": self.tr("If asked")}
        for name, caption in self.text_labels.items():
            caption.setText(names[name])
            access.name_pair(self.texts[name]["en"], self.texts[name]["es"], names[name])
        access.name(self.fixed_time, self.tr("Fixed start time"))
        self.fixed.setToolTip(self.tr("The item starts at this time, whatever comes before it"))
        self.duration.setToolTip(self.tr("An item with sub-items lasts as long as they do"))
        self.internal_box.setTitle(self.tr("Internal — for our delegation only"))
        self.internal_note.setText(self.tr(
            "Never printed in the joint agenda or any other shareable document."))
        self.leads_box.setTitle(self.tr("Leads (both delegations)"))
        self.attachments_box.setTitle(self.tr("Background papers (internal)"))
        self.attach_button.setText(self.tr("Attach .docx…"))
        access.name(self.leads, self.leads_box.title(), self.tr(
            "Tick the members of either delegation who lead this item"))
        access.name(self.attachments, self.attachments_box.title(), self.tr(
            "Word papers put into the briefing book after this item"))
        self.leads.setToolTip(self.leads.accessibleDescription())
        self.attachments.setToolTip(self.attachments.accessibleDescription())
        self.remove_button.setText(self.tr("Remove"))

    def restyle(self) -> None:
        """The internal box's amber wash and the notice's colour, from the palette."""
        wash = colours.tint(colours.AMBER, 0.16)
        self.internal_box.setStyleSheet(
            f"QGroupBox {{ background: {wash.name()}; }}"
            f"QGroupBox::title {{ color: {colours.readable(colours.CAUTION, wash).name()}; }}")
        self.notice.setStyleSheet(colours.text_css(colours.PROBLEM, "font-weight: 600;")
                                  if self._notice_is_problem else colours.text_css(colours.FINE))

    def start_editing(self) -> None:
        """Enter on the tree: the keyboard goes to the item's English title, the first box."""
        title = self.texts["title"]["en"]
        title.setFocus()
        title.selectAll()

    # showing ---------------------------------------------------------------

    def typing(self) -> dict[str, Bilingual]:
        """Texts the staffer has typed and not yet saved (a box still being edited)."""
        if self.item_id is None or self.fields is None:
            return {}
        typed = self.current_fields()
        if typed == self._committing:  # being saved right now: the refresh shows it saved
            return {}
        return {name: getattr(typed, name) for name in TEXTS
                if getattr(typed, name) != getattr(self.fields, name)}

    def show_item(self, item_id: int | None, fields: ItemFields | None = None,
                  lead_ids: list[int] = (),
                  attachments: list[AttachmentRow] = (), days: int = 1,
                  has_children: bool = False, seen: Seen | None = None,
                  keep_typing: bool = True) -> None:
        """Show an item. The same item shown again (another editor changed it) keeps what
        the staffer is typing, and its save is still checked against what they started
        from; ``keep_typing=False`` (after a refused save) shows the database's text."""
        typed = self.typing() if keep_typing and item_id == self.item_id else {}
        if typed and fields is not None and seen is not None and self.seen is not None:
            started = self.fields
            fields = ItemFields(fields.kind, fields.duration_minutes, fields.fixed_start,
                                fields.day, texts=tuple(
                                    getattr(started, n) if n in typed else getattr(fields, n)
                                    for n in TEXTS))
            seen = keeping(seen, self.seen, {f"{n}_{lang}" for n in typed for lang in LANGS})
        self._loading = True
        try:
            self.item_id, self.fields, self.lead_ids = item_id, fields, list(lead_ids)
            self.seen = seen
            self.days = days
            enabled = item_id is not None and fields is not None
            self.widget().setEnabled(enabled)
            fields = fields or ItemFields(title=Bilingual(), duration_minutes=0)
            self.kind.setCurrentIndex(list(AgendaKind).index(fields.kind))
            self.day.setRange(1, max(1, days))
            self.day.setValue(fields.day)
            self.form.setRowVisible(self.day, days > 1)  # one-day meetings need no day
            self.duration.setValue(fields.duration_minutes)
            self.duration.setEnabled(not has_children)
            self.fixed.setChecked(fields.fixed_start is not None)
            start = fields.fixed_start or dt.time(13, 0)
            self.fixed_time.setTime(QTime(start.hour, start.minute))
            self.fixed_time.setEnabled(fields.fixed_start is not None)
            for name, widgets in self.texts.items():
                value: Bilingual = typed.get(name) or getattr(fields, name)
                for lang, widget in widgets.items():
                    if isinstance(widget, QLineEdit):
                        widget.setText(value.get(lang))
                        widget.setCursorPosition(0)
                    else:
                        widget.setPlainText(value.get(lang))
            self._tick_leads()
            self.attachments.clear()
            for attachment in attachments:
                entry = QListWidgetItem(self.tr("%1 (%2 KB, added %3)")
                                        .replace("%1", attachment.filename)
                                        .replace("%2", format_number(max(1, attachment.size // 1024),
                                                                     self.language))
                                        .replace("%3", format_datetime(attachment.added_at,
                                                                       self.language)))
                entry.setData(Qt.ItemDataRole.UserRole, attachment.id)
                self.attachments.addItem(entry)
        finally:
            self._loading = False
        self._enable()

    def set_candidates(self, candidates: list[Candidate]) -> None:
        """Who may lead an item: both delegations' members (the list of ticks below)."""
        self._loading = True
        try:
            self.leads.clear()
            for candidate in candidates:
                entry = QListWidgetItem(f"{label(candidate.party)} — {candidate.name}")
                entry.setData(Qt.ItemDataRole.UserRole, candidate.person_id)
                entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                entry.setCheckState(Qt.CheckState.Unchecked)
                self.leads.addItem(entry)
        finally:
            self._loading = False
        self._tick_leads()

    def _tick_leads(self) -> None:
        self._loading = True
        try:
            for k in range(self.leads.count()):
                entry = self.leads.item(k)
                ticked = entry.data(Qt.ItemDataRole.UserRole) in self.lead_ids
                if (entry.checkState() == Qt.CheckState.Checked) != ticked:
                    entry.setCheckState(Qt.CheckState.Checked if ticked
                                        else Qt.CheckState.Unchecked)
        finally:
            self._loading = False

    def _enable(self) -> None:
        self.remove_button.setEnabled(bool(self.attachments.selectedItems()))

    def say(self, text: str, problem: bool = False) -> None:
        """A message at the top of the pane: what was cleaned, or why an edit was refused."""
        self._notice_is_problem = problem
        self.restyle()
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    # editing ---------------------------------------------------------------

    def current_fields(self) -> ItemFields:
        values = {}
        for name, widgets in self.texts.items():
            parts = {lang: (w.text() if isinstance(w, QLineEdit) else w.toPlainText())
                     for lang, w in widgets.items()}
            values[name] = Bilingual(**parts)
        start = None
        if self.fixed.isChecked():
            t = self.fixed_time.time()
            start = dt.time(t.hour(), t.minute())
        return ItemFields(kind=AgendaKind(self.kind.currentData()), duration_minutes=self.duration.value(),
                          fixed_start=start, day=self.day.value(), **values)

    def commit(self, *_args) -> None:
        if self._loading or self.item_id is None or self.fields is None:
            return
        after = self.current_fields()
        if after == self.fields:
            return
        _clean, removed = cleaned(after)
        if removed:
            self.say(self.tr("Removed %1 control characters that Word files cannot hold.")
                     .replace("%1", format_number(removed, self.language)))
        else:
            self.say("")
        self._committing = after
        try:
            self.edited.emit(self.item_id, self.fields, after)
        finally:
            self._committing = None

    def _fixed_toggled(self, checked: bool) -> None:
        self.fixed_time.setEnabled(checked)
        self.commit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and isinstance(watched, QPlainTextEdit):
            self.commit()
        return super().eventFilter(watched, event)

    def checked_leads(self) -> list[int]:
        """Leads in the order they were chosen: earlier leads first, new ones after."""
        ticked = [self.leads.item(k).data(Qt.ItemDataRole.UserRole)
                  for k in range(self.leads.count())
                  if self.leads.item(k).checkState() == Qt.CheckState.Checked]
        return [p for p in self.lead_ids if p in ticked] + [p for p in ticked
                                                            if p not in self.lead_ids]

    def _leads_toggled(self, _entry) -> None:
        if self._loading or self.item_id is None:
            return
        after = self.checked_leads()
        if after != self.lead_ids:
            self.leads_changed.emit(self.item_id, list(self.lead_ids), after)

    def _remove_attachment(self) -> None:
        chosen = self.attachments.selectedItems()
        if chosen and self.item_id is not None:
            self.remove_attachment_requested.emit(self.item_id,
                                                  chosen[0].data(Qt.ItemDataRole.UserRole))
