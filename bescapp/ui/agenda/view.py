"""The Agenda workspace: the tree of the current meeting's agenda and the item editor beside it.

Every change is one undo step on the shared stack and is saved at once. Keyboard:
Ctrl+Up/Down move, Tab/Shift+Tab (or Ctrl+Right/Left) indent/outdent,
Insert adds below, Ctrl+Insert adds a sub-item, Ctrl+Enter adds below, Delete
deletes (after asking).
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import QEvent, QKeyCombination, QModelIndex, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ...domain.agenda import AgendaInvalid, AgendaProblem, Problem, meeting_days
from ...i18n import languages
from ...i18n.formatting import format_duration, format_number, format_time, meeting_name
from ...model.bilingual import Bilingual
from ...store import agenda, versions
from ...store.agenda import ItemFields, Where
from ...store.changes import Changes, Kind
from ...store.meetings import get_meeting
from .. import access, colours
from ..context import AppContext, EditNotSaved
from ..labels import file_name
from ..meetings.earlier import choose_earlier_meeting
from ..read_only import EditControls
from ..retranslate import Retranslates
from . import commands
from .editor import AgendaEditor
from .model import AgendaModel

NEW_ITEM = Bilingual("New item", "Nuevo tema")  # stored data, so in both languages


class AgendaTree(QTreeView):
    """The tree, with the outliner's keys (Tab indents rather than leaving the tree;
    Ctrl+Tab leaves it)."""

    # a key clicks its button: nothing while the button is disabled
    KEYS: ClassVar[dict[tuple[Qt.Key, bool], str]] = {
            (Qt.Key.Key_Up, True): "up", (Qt.Key.Key_Down, True): "down",
            (Qt.Key.Key_Right, True): "indent", (Qt.Key.Key_Left, True): "outdent",
            (Qt.Key.Key_Insert, False): "below", (Qt.Key.Key_Insert, True): "child",
            (Qt.Key.Key_Return, True): "below", (Qt.Key.Key_Enter, True): "below",
            (Qt.Key.Key_Delete, False): "delete"}

    def __init__(self, workspace: AgendaWorkspace) -> None:
        super().__init__()
        self.workspace = workspace

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Tab,
                                                                    Qt.Key.Key_Backtab):
            backwards = event.key() == Qt.Key.Key_Backtab or \
                bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.focusNextPrevChild(not backwards)  # Ctrl+Tab: on to the next control
            elif backwards:
                self.workspace.buttons["outdent"].click()
            else:
                self.workspace.buttons["indent"].click()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        name = self.KEYS.get((key, ctrl))
        if name is not None:
            self.workspace.buttons[name].click()
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.workspace.editor.start_editing()  # Enter edits the selected item
            event.accept()
            return
        super().keyPressEvent(event)

    def keyboard_keys(self) -> list[tuple[str, QKeySequence]]:
        """(what, keys) of the keys above, worded as their buttons: Help ▸ Keyboard shortcuts."""
        keys = []
        for (key, ctrl), name in self.KEYS.items():
            if key == Qt.Key.Key_Enter:
                continue  # the keypad's Enter, said with Return
            combination = QKeyCombination(Qt.KeyboardModifier.ControlModifier if ctrl
                                          else Qt.KeyboardModifier.NoModifier, key)
            keys.append((self.workspace.buttons[name].text(), QKeySequence(combination)))
        for what, sequence in ((self.workspace.buttons["indent"].text(), "Tab"),
                               (self.workspace.buttons["outdent"].text(), "Shift+Tab")):
            keys.append((what, QKeySequence(sequence)))
        return keys


class AgendaWorkspace(Retranslates, QWidget):
    def __init__(self, context: AppContext, language: str) -> None:
        super().__init__()
        self.context = context
        self.language = language
        self.model = AgendaModel(context, language)
        self._collapsed: set[int] = set()
        self._keep_selection: int | None = None
        self._candidates = None  # both delegations' members, for the leads picker

        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.subheading = QLabel()
        self.tree = AgendaTree(self)
        self.tree.setModel(self.model)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setDragEnabled(True)
        self.tree.setAcceptDrops(True)
        self.tree.setDropIndicatorShown(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        # Fixed widths with the title the widest; a narrow window scrolls sideways
        # rather than squeezing the title to nothing.
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.tree.setIndentation(14)
        for column, width in ((AgendaModel.NUMBER, 62), (AgendaModel.TIME, 154),
                              (AgendaModel.TITLE, 280), (AgendaModel.DURATION, 80),
                              (AgendaModel.LEADS, 140), (AgendaModel.KIND, 64)):
            header.resizeSection(column, width)
        self.editor = AgendaEditor(language)

        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        for name, slot in (("above", self.add_above), ("below", self.add_below),
                           ("child", self.add_child), ("up", self.move_up),
                           ("down", self.move_down), ("indent", self.indent),
                           ("outdent", self.outdent), ("delete", self.delete_item),
                           ("copy", self.copy_from_earlier)):
            button = QPushButton()
            button.clicked.connect(slot)
            self.buttons[name] = button
            bar.addWidget(button)
        bar.addStretch()
        export_bar = QHBoxLayout()
        self.export_language = QComboBox()
        for code in languages.DOCUMENT_LANGUAGES:
            self.export_language.addItem("", code)
        self.export_language.setCurrentIndex(self.export_language.findData(language))
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export_agenda)
        self.briefing_button = QPushButton()  # the book's own texts, schedule and clearances
        self.briefing_button.setObjectName("briefing")
        self.briefing_button.clicked.connect(self.open_briefing)
        self.briefing_dialog = None
        self.export_language_label = QLabel()
        self.export_language_label.setBuddy(self.export_language)
        export_bar.addStretch()
        export_bar.addWidget(self.briefing_button)
        export_bar.addWidget(self.export_language_label)
        export_bar.addWidget(self.export_language)
        export_bar.addWidget(self.export_button)
        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.heading)
        titles.addWidget(self.subheading)
        top.addLayout(titles)
        top.addStretch()
        top.addLayout(export_bar)

        self.splitter = QSplitter()
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([600, 420])  # the editor shows EN and ES side by side
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.status)

        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._after_reset)
        self.model.move_refused.connect(self._refused)
        self.tree.collapsed.connect(lambda i: self._collapsed.add(self.model.item_id(i)))
        self.tree.expanded.connect(lambda i: self._collapsed.discard(self.model.item_id(i)))
        self.tree.selectionModel().currentRowChanged.connect(self._on_current)
        self.editor.edited.connect(self._edit)
        self.editor.leads_changed.connect(
            lambda item_id, before, after: self._execute(
                commands.SetLeads(self.context, item_id, before, after)))
        self.editor.attach_requested.connect(self.attach)
        self.editor.remove_attachment_requested.connect(
            lambda item_id, aid: self._execute(commands.RemoveAttachment(self.context, item_id,
                                                                         aid)))
        self.edit_controls = EditControls(self)  # off while the database is read-only
        self.edit_controls.add(self.tree, *self.buttons.values(), *self.editor.edit_controls())
        context.changed.connect(self._on_changes)
        context.meeting_changed.connect(self.set_meeting)
        context.database_changed.connect(lambda: self.set_meeting(context.meeting_id))
        self.retranslate_ui()
        self.set_meeting(context.meeting_id)

    def set_read_only(self, read_only: bool) -> None:
        self.edit_controls.set_read_only(read_only)

    def keyboard_start(self) -> QWidget:
        """Where Ctrl+2 puts the keyboard: the outline."""
        return self.tree

    # language --------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Agenda"))
        access.name(self.tree, self.tr("Agenda items"), self.tr(
            "Enter edits the selected item; Insert adds one below it, Delete deletes it; Ctrl+Up "
            "and Ctrl+Down move it"))
        texts = {
            "above": (self.tr("Add &above"), self.tr("Add an item above the selected one")),
            "below": (self.tr("Add &below"), self.tr("Add an item below (Insert, Ctrl+Enter)")),
            "child": (self.tr("Add &sub-item"), self.tr("Add an item inside (Ctrl+Insert)")),
            "up": (self.tr("Move &up"), self.tr("Move up (Ctrl+Up)")),
            "down": (self.tr("Move &down"), self.tr("Move down (Ctrl+Down)")),
            "indent": (self.tr("&Indent"), self.tr("Make it a sub-item of the one above (Tab)")),
            "outdent": (self.tr("&Outdent"), self.tr("Move it out one level (Shift+Tab)")),
            "delete": (self.tr("Dele&te…"), self.tr("Delete the item and its sub-items (Delete)")),
            "copy": (self.tr("&Copy from earlier meeting…"),
                     self.tr("Copy structure, titles and durations; not leads or internal notes")),
        }
        for name, (text, tip) in texts.items():
            self.buttons[name].setText(text)
            self.buttons[name].setToolTip(tip)
        names = (self.tr("English"), self.tr("Spanish"), self.tr("Bilingual (side by side)"))
        for k, name in enumerate(names):
            self.export_language.setItemText(k, name)
        self.export_button.setText(self.tr("E&xport agenda…"))
        self.briefing_button.setText(self.tr("B&riefing…"))
        self.briefing_button.setToolTip(self.tr(
            "Scene-setter, objectives, asks, press guidance, the visit schedule and the "
            "clearances: what the briefing book adds (internal)"))
        self.export_language_label.setText(self.tr("Document &language:"))
        self.export_button.setToolTip(self.tr(
            "The joint agenda as a Word document; it never contains internal fields"))
        self._update_labels()

    def set_language(self, language: str) -> None:
        self.language = language
        self._candidates = None  # honorifics follow the language
        self.editor.show_times_in(language)
        self.model.set_language(language)
        self._update_labels()

    # meeting and refresh -----------------------------------------------------

    def open_briefing(self) -> None:
        """The briefing editor of the current meeting, beside the agenda (not modal)."""
        from ..briefing.dialog import BriefingDialog

        meeting_id = self.model.meeting_id
        if meeting_id is None:
            return
        if self.briefing_dialog is not None:
            if self.briefing_dialog.meeting_id == meeting_id:  # one editor per meeting
                self.briefing_dialog.raise_()
                self.briefing_dialog.activateWindow()
                return
            # Its deletion comes later: it must not then forget the editor opened below.
            self.briefing_dialog.destroyed.disconnect(self._briefing_closed)
            self.briefing_dialog.close()
        with self.context.db.session() as session:
            meeting = get_meeting(session, meeting_id)
            days = meeting_days(meeting.start_date, meeting.end_date) if meeting else 1
        self.briefing_dialog = BriefingDialog(self.context, meeting_id, self.language, self,
                                              days=days)
        self.briefing_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.briefing_dialog.destroyed.connect(self._briefing_closed)
        self.briefing_dialog.show()

    def open_briefing_text(self, meeting_id: int, field: str, language: str) -> None:
        """The Briefing editor on one of the meeting's briefing texts, its box in
        ``language`` focused (where a pre-flight entry says a text is missing)."""
        if meeting_id != self.model.meeting_id:
            return
        dialog = self.briefing_dialog
        if dialog is None or dialog.meeting_id != meeting_id:
            self.open_briefing()
            dialog = self.briefing_dialog
        if dialog is not None:
            dialog.show_text(field, language)

    def show_text(self, item_id: int, field: str, language: str) -> None:
        """The item selected, the editor's box of ``field`` in ``language`` focused."""
        self.select(item_id)
        box = self.editor.texts.get(field, {}).get(language)
        if box is not None and self.editor.item_id == item_id:
            box.setFocus(Qt.FocusReason.OtherFocusReason)

    def _briefing_closed(self) -> None:
        self.briefing_dialog = None

    def set_meeting(self, meeting_id: int | None) -> None:
        if self.briefing_dialog is not None:  # it edits one meeting's briefing
            self.briefing_dialog.close()
            self.briefing_dialog = None
        self._candidates = None
        self._collapsed.clear()
        self._keep_selection = None
        self.model.set_meeting(meeting_id)
        self._update_labels()

    def _on_changes(self, changes: Changes) -> None:
        # The model reloads itself; the labels and the editor follow.
        if changes.touches(Kind.DELEGATIONS) or changes.touches(Kind.PEOPLE):
            self._candidates = []
            QTimer.singleShot(0, self._load_candidates)
        if changes.touches(Kind.AGENDA) or changes.touches(Kind.MEETINGS):
            self._update_labels()
            move = self.model.last_move
            if move is not None:  # a move changes nothing the editor shows, but the day
                fields = self.editor.fields
                if move.item_id == self.editor.item_id and fields and fields.day != move.day:
                    self._show_current()
            else:  # a reset re-selects, but the same item selected again sends no signal
                self._show_current()

    def _remember_selection(self) -> None:
        current = self.tree.currentIndex()
        if current.isValid():
            self._keep_selection = self.model.item_id(current)

    def _after_reset(self) -> None:
        self.tree.expandAll()
        for item_id in list(self._collapsed):
            index = self.model.index_of(item_id)
            if index.isValid():
                self.tree.collapse(index)
        if self._keep_selection is not None and self.model.index_of(self._keep_selection).isValid():
            self.select(self._keep_selection)
        elif self.model.ids():  # the editor always shows an item when there is one
            self.select(self.model.ids()[0])

    def _update_labels(self) -> None:
        meeting = self._meeting_facts()
        has_meeting = meeting is not None
        for button in self.buttons.values():
            button.setEnabled(has_meeting)
        self.export_button.setEnabled(has_meeting)
        self.briefing_button.setEnabled(has_meeting)
        if not has_meeting:
            self.subheading.setText(self.tr("Choose a meeting in the Meetings workspace."))
            self.status.setText("")
            return
        name, day_start, day_end = meeting
        self.subheading.setText(self.tr("%1 — the day runs %2 to %3")
                                .replace("%1", name)
                                .replace("%2", format_time(day_start, self.language, self.model.clock))
                                .replace("%3", format_time(day_end, self.language, self.model.clock)))
        overruns = self.model.schedule.overruns()
        if overruns:
            worst = self.model.schedule.worst_overrun()
            self.status.setStyleSheet(colours.text_css(colours.PROBLEM, "font-weight: 600;"))
            self.status.setText(self.tr(
                "⚠ The agenda runs %1 past the end of the day (%2); items affected: %3.")
                .replace("%1", format_duration(worst, self.language))
                .replace("%2", format_time(day_end, self.language, self.model.clock))
                .replace("%3", format_number(len(overruns), self.language)))
        else:
            count = len(self.model.ids())
            self.status.setStyleSheet("")
            self.status.setText(self.tr("%1 items; the agenda fits in the meeting day.")
                                .replace("%1", format_number(count, self.language)))

    def _meeting_facts(self):
        if self.context.db is None or self.model.meeting_id is None:
            return None
        with self.context.db.session() as session:
            m = get_meeting(session, self.model.meeting_id)
            if m is None:
                return None
            return meeting_name(m.kind.value, m.number, self.language), m.day_start, m.day_end

    # selection and the editor ------------------------------------------------

    def current_id(self) -> int | None:
        return self.model.item_id(self.tree.currentIndex())

    def select(self, item_id: int) -> None:
        index = self.model.index_of(item_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.model.item_id(current) != self.editor.item_id:
            self.editor.say("")  # a message about another item no longer applies
        self._show_current()

    def _show_current(self, keep_typing: bool = True) -> None:
        item_id = self.current_id()
        if item_id is None or self.context.db is None:
            self.editor.show_item(None)
            return
        with self.context.db.session() as session:
            item = agenda.get_item(session, item_id)
            if item is None:
                self.editor.show_item(None)
                return
            meeting = item.meeting
            if self._candidates is None:
                # Hundreds of people on a large meeting: list them once the tree has painted.
                self._candidates = []
                QTimer.singleShot(0, self._load_candidates)
            self.editor.show_item(
                item_id, agenda.fields_of(item),
                agenda.lead_ids(session, item_id), agenda.attachments(session, item_id),
                meeting_days(meeting.start_date, meeting.end_date),
                bool(self.model.children_of(item_id)), seen=versions.seen(item),
                keep_typing=keep_typing)

    def _load_candidates(self) -> None:
        if self.context.db is None or self.model.meeting_id is None:
            return
        with self.context.db.session() as session:
            self._candidates = agenda.candidates(session, self.model.meeting_id, self.language)
        self.editor.set_candidates(self._candidates)

    # commands ------------------------------------------------------------------

    def _execute(self, command) -> bool:
        try:
            self.context.execute(command)
        except AgendaInvalid as e:
            self._refused(e)
            return False
        except EditNotSaved as e:
            if not e.conflict:
                raise
            self._show_current(keep_typing=False)  # their version, said in the message box
            return False
        return True

    def _refused(self, error: AgendaInvalid) -> None:
        text = "\n".join(self.problem_text(p) for p in error.problems)
        self.editor.say(text, problem=True)
        QMessageBox.warning(self, self.tr("Agenda not changed"), text)

    def problem_text(self, problem: Problem) -> str:
        fields = {"title": self.tr("title"), "description": self.tr("description"),
                  "objective": self.tr("objective"), "talking_points": self.tr("talking points"),
                  "background": self.tr("background"),
                  "desired_outcome": self.tr("desired outcome"),
                  "counterpart_position": self.tr("counterpart's likely position"),
                  "if_asked": self.tr("if asked")}
        languages = {"en": self.tr("English"), "es": self.tr("Spanish")}
        texts = {
            AgendaProblem.DURATION_ZERO: self.tr("An item must last at least one minute."),
            AgendaProblem.DURATION_NEGATIVE: self.tr("A duration cannot be negative."),
            AgendaProblem.DURATION_TOO_LONG: self.tr(
                "A duration cannot be more than 24 hours (1,440 minutes)."),
            AgendaProblem.FIXED_START_OUTSIDE: self.tr(
                "The fixed start must fall within the meeting day."),
            AgendaProblem.NO_TITLE: self.tr("Give the title in English or Spanish."),
            AgendaProblem.DAY: self.tr("The day is outside the meeting's dates."),
            AgendaProblem.NOT_DOCX: self.tr("Only Word documents (.docx) can be attached."),
            AgendaProblem.INTO_ITSELF: self.tr("An item cannot be moved inside itself."),
            AgendaProblem.UNSTORABLE: self.tr("The text holds characters that cannot be stored; "
                                              "type it again instead of pasting."),
        }
        if problem.code is AgendaProblem.TOO_LONG:
            return self.tr("The %1 (%2) has %3 characters; the limit is %4. Nothing was saved: "
                           "shorten it and try again.") \
                .replace("%1", fields.get(problem.field) or self._editor_label(problem.field)) \
                .replace("%2", languages.get(problem.language, problem.language)) \
                .replace("%3", format_number(problem.length, self.language)) \
                .replace("%4", format_number(problem.limit, self.language))
        return texts[problem.code]

    def _editor_label(self, field: str) -> str:
        """A text the words above do not name yet, as the editor labels its row."""
        label = self.editor.text_labels.get(field)
        return label.text().lower() if label is not None else field

    def _edit(self, item_id: int, before: ItemFields, after: ItemFields) -> None:
        command = commands.EditItem(self.context, item_id, before, after)
        if self.editor.seen is not None and self.editor.item_id == item_id:
            command.seen = (self.editor.seen,)
        self._execute(command)

    def _add(self, where: Where) -> None:
        meeting_id = self.model.meeting_id
        if meeting_id is None:
            return
        anchor = self.current_id()
        with self.context.db.session() as session:
            parent_id, index = agenda.place(session, anchor, where, meeting_id)
            day = agenda.get_item(session, anchor).day if anchor is not None else 1
        fields = ItemFields(title=NEW_ITEM, duration_minutes=15, day=day)
        command = commands.AddItem(self.context, meeting_id, parent_id, index, fields)
        if self._execute(command):
            self.select(command.item_id)
            title = self.editor.texts["title"][self.language]
            title.setFocus()
            title.selectAll()

    def add_above(self) -> None:
        self._add(Where.ABOVE)

    def add_below(self) -> None:
        self._add(Where.BELOW)

    def add_child(self) -> None:
        if self.current_id() is not None:
            self._add(Where.CHILD)

    def _step(self, make, possible) -> None:
        item_id = self.current_id()
        if item_id is None:
            return
        row = self.model.row(item_id)
        siblings = self.model.children_of(row.parent_id)
        # A step that cannot happen (first item up, top level outdent) is no undo step.
        if possible(siblings.index(item_id), len(siblings), row.parent_id):
            command = make(self.context, item_id)
            command.shown = self.model.order()  # refused if someone else reordered since
            self._execute(command)
            self.select(item_id)

    def move_up(self) -> None:
        self._step(commands.move_up, lambda i, n, p: i > 0)

    def move_down(self) -> None:
        self._step(commands.move_down, lambda i, n, p: i < n - 1)

    def indent(self) -> None:
        self._step(commands.indent, lambda i, n, p: i > 0)

    def outdent(self) -> None:
        self._step(commands.outdent, lambda i, n, p: p is not None)

    def delete_item(self) -> None:
        item_id = self.current_id()
        if item_id is None:
            return
        row = self.model.row(item_id)
        below = len(self.model.children_of(item_id))
        question = self.tr("Delete “%1”?").replace("%1", row.title.either(self.language))
        if below:
            question += "\n" + self.tr("Its %1 sub-items are deleted with it.").replace(
                "%1", format_number(below, self.language))
        question += "\n" + self.tr("You can undo this with Edit ▸ Undo.")
        answer = QMessageBox.question(
            self, self.tr("Delete item"), question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        siblings = self.model.children_of(row.parent_id)
        position = siblings.index(item_id)
        self._keep_selection = None
        if self._execute(commands.DeleteItem(self.context, item_id)):
            remaining = self.model.children_of(row.parent_id)
            if remaining:
                self.select(remaining[min(position, len(remaining) - 1)])
            elif row.parent_id is not None:
                self.select(row.parent_id)

    def attach(self, item_id: int) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach background paper"), "",
                                              self.tr("Word documents (*.docx)"))
        if not path:
            return
        from ...export.safe_docx import DOCX_LIMITS, PaperProblem, check_package
        from ..export.wording import paper_refused_text

        name = Path(path).name
        try:
            if Path(path).stat().st_size > DOCX_LIMITS.archive:
                raise PaperProblem("too_large", name)
            content = Path(path).read_bytes()
            if name.lower().endswith(".docx") and content.startswith(b"PK"):  # else the
                check_package(content, name, PaperProblem)  # agenda's own rule says "Word only"
        except PaperProblem as e:
            QMessageBox.warning(self, self.tr("Agenda not changed"), paper_refused_text(e))
            return
        except OSError as e:
            QMessageBox.warning(self, self.tr("Agenda not changed"),
                                self.tr("Could not read %1: %2").replace("%1", path)
                                .replace("%2", e.strerror or str(e)))
            return
        self._execute(commands.AddAttachment(self.context, item_id, name, content))

    def copy_from_earlier(self) -> None:
        meeting_id = self.model.meeting_id
        if meeting_id is None:
            return
        source = choose_earlier_meeting(
            self, self.context, meeting_id, self.language, lambda m: bool(m.agenda_items),
            self.tr("Copy agenda"),
            self.tr("Copy the agenda of (structure, titles and durations; "
                    "not leads or internal notes):"),
            self.tr("No earlier meeting has an agenda to copy."))
        if source is not None:
            self._execute(commands.CopyAgenda(self.context, source, meeting_id))

    # export --------------------------------------------------------------------

    def export_agenda(self) -> None:
        from ...export import agenda as agenda_export
        from ...export.kit import ExportError, ExportRefused

        meeting_id = self.model.meeting_id
        if meeting_id is None:
            return
        language = self.export_language.currentData()
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export agenda"), file_name("agenda", language),
            self.tr("Word documents (*.docx)"))
        if not path:
            return
        if not path.lower().endswith(".docx"):
            path += ".docx"
        progress = QProgressDialog(self.tr("Writing the agenda…"), "", 0, 0, self)
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)  # only shown if it takes more than a moment
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with self.context.db.session() as session:
                written = agenda_export.write_agenda(session, meeting_id, language, path)
        except (ExportError, ExportRefused) as e:
            from ..export.wording import failure_text

            QMessageBox.warning(self, self.tr("Agenda not exported"),
                                failure_text(e))
            return
        finally:
            QApplication.restoreOverrideCursor()
            progress.close()
        answer = QMessageBox.question(
            self, self.tr("Agenda exported"),
            self.tr("The agenda was written to %1.\nOpen it now?").replace("%1", str(written)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))
