"""The Communiqué workspace: side-by-side draft, checks, termbase, versions, export."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ...domain.communique import PatternProblem, split_point
from ...i18n.formatting import meeting_name
from ...model.bilingual import other_language
from ...model.entities import Paragraph
from ...store import communique as store
from ...store import versions
from ...store.changes import Changes, Kind
from ...store.communique import CommuniqueProblem, ParagraphRow
from ...store.first_draft import generate_draft
from ...store.meetings import get_meeting
from .. import access, keys
from ..context import AppContext, EditNotSaved
from ..labels import file_name
from ..read_only import EditControls
from ..retranslate import Retranslates
from . import commands
from .compare import CompareDialog
from .editor import ParagraphPair
from .export_dialog import ExportChoices
from .messages import clean_refusal_text, problem_text
from .model import ChecksModel, message, run_checks
from .termbase import TermbaseView


class CommuniqueWorkspace(Retranslates, QWidget):
    BUTTONS = ("save", "compare", "export")
    STATUS_WIDTH = 150  # the status column, shared by the column titles and the pairs
    def __init__(self, context: AppContext, language: str) -> None:
        super().__init__()
        self.context = context
        self.language = language
        self.rows: list[ParagraphRow] = []
        self.pairs: dict[int, ParagraphPair] = {}
        self.current_id: int | None = None
        self.checker = ""  # who checked conformity last in this window: the next suggestion
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.actions_by_name: dict[str, QAction] = {}
        self.buttons: dict[str, QPushButton] = {}
        for name, slot, shortcut in (
                ("generate", self.generate, None), ("add", self.add, "Ctrl+Shift+Return"),
                ("split", self.split, "Ctrl+Shift+S"), ("merge", self.merge, "Ctrl+Shift+M"),
                ("up", lambda: self.move(-1), "Ctrl+Shift+Up"),
                ("down", lambda: self.move(1), "Ctrl+Shift+Down"),
                ("delete", self.delete, None), ("save", self.save_version, None),
                ("compare", self.compare, None), ("import", self.import_proposal, None),
                ("review", self.review_proposal, None), ("export", self.export, None)):
            action = QAction(self)
            action.triggered.connect(slot)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            self.actions_by_name[name] = action
            if name in self.BUTTONS:  # whole-draft actions: buttons beside the heading
                button = QPushButton()
                button.clicked.connect(action.trigger)
                self.buttons[name] = button
            else:
                if name == "import":  # the negotiation with the other side, after the edits
                    self.toolbar.addSeparator()
                self.toolbar.addAction(action)
                if name == "generate":
                    self.toolbar.addSeparator()
        # the editor: column titles over a scroll area of paragraph pairs
        self.english_title, self.spanish_title = QLabel(), QLabel()
        titles = QGridLayout()
        titles.addWidget(self.english_title, 0, 1)
        titles.addWidget(self.spanish_title, 0, 2)
        titles.setColumnMinimumWidth(0, self.STATUS_WIDTH)
        titles.setColumnStretch(1, 1)
        titles.setColumnStretch(2, 1)
        # the pairs' own margins (box 4 + frame 7) and the scroll bar, so titles sit over boxes
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        titles.setContentsMargins(12, 0, 12 + scroll_bar, 0)
        self.pairs_box = QWidget()
        self.pairs_layout = QVBoxLayout(self.pairs_box)
        self.pairs_layout.setContentsMargins(4, 4, 4, 4)
        self.pairs_layout.addStretch(1)  # a short draft's pairs keep their height
        self.scroll = QScrollArea()
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from box to box, not here
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.pairs_box)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addLayout(titles)
        editor_layout.addWidget(self.empty)
        editor_layout.addWidget(self.scroll, 1)
        # the checks panel
        self.checks_model = ChecksModel(self)
        self.checks_title = QLabel()
        self.checks_title.setStyleSheet("font-weight: 600;")
        self.checks_table = QTableView()
        self.checks_table.setModel(self.checks_model)
        self.checks_table.verticalHeader().hide()
        self.checks_table.setWordWrap(True)
        self.checks_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.checks_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        self.checks_table.horizontalHeader().setStretchLastSection(True)
        self.checks_table.clicked.connect(self._go_to_check)
        self.enter_key = keys.enter_opens(
            self.checks_table, lambda: self._go_to_check(self.checks_table.currentIndex()))
        # a term the check finds missing may be written another accepted way: staff add
        # what the paragraph says as a variant of the term, from the warning itself
        self.variant_button = QPushButton()
        self.variant_button.clicked.connect(self.add_variant)
        self.checks_table.selectionModel().currentRowChanged.connect(
            lambda *_: self._enable_variant())
        checks = QWidget()
        checks_layout = QVBoxLayout(checks)
        checks_layout.setContentsMargins(0, 0, 0, 0)
        checks_layout.addWidget(self.checks_title)
        checks_layout.addWidget(self.checks_table)
        checks_layout.addWidget(self.variant_button)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(editor)
        splitter.addWidget(checks)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 260])
        draft = QWidget()
        draft_layout = QVBoxLayout(draft)
        draft_layout.addWidget(self.toolbar)
        draft_layout.addWidget(splitter, 1)
        self.termbase = TermbaseView(context, language)
        self.tabs = QTabWidget()
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its tab bar takes the keyboard
        self.tabs.addTab(draft, "")
        self.tabs.addTab(self.termbase, "")
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        for button in self.buttons.values():
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.edit_controls = EditControls(self)  # off while the database is read-only
        self.edit_controls.add(*(self.actions_by_name[name] for name in (
            "generate", "add", "split", "merge", "up", "down", "delete", "save", "import")),
            self.buttons["save"], *self.termbase.edit_controls())
        context.changed.connect(self._on_changes)
        context.meeting_changed.connect(self._on_meeting)
        context.database_changed.connect(self.reload)
        self.retranslate_ui()
        self.reload()

    def keyboard_start(self) -> QWidget:
        """Where Ctrl+5 puts the keyboard: the first paragraph's English text, else the pages."""
        first = next(iter(self.pairs.values()), None)
        return first.editors["en"] if first is not None and first.isVisibleTo(self) else self.tabs

    # ------------------------------------------------------------------ language

    def retranslate_ui(self) -> None:
        texts = {
            "generate": (self.tr("&Generate draft"),
                         self.tr("Write a first draft from the meeting's facts and the "
                                 "paragraph patterns (replaces the working draft; undoable)")),
            "add": (self.tr("A&dd"), self.tr("Add a paragraph after the current one")),
            "split": (self.tr("&Split at cursor"),
                      self.tr("Split the current paragraph where the cursor is")),
            "merge": (self.tr("&Merge with next"),
                      self.tr("Join the current paragraph and the next one")),
            "up": (self.tr("Move &up"), self.tr("Move the current paragraph up")),
            "down": (self.tr("Move do&wn"), self.tr("Move the current paragraph down")),
            "delete": (self.tr("De&lete"), self.tr("Delete the current paragraph")),
            "save": (self.tr("Save versi&on…"),
                     self.tr("Keep the working draft as a labelled version")),
            "compare": (self.tr("Com&pare versions…"),
                        self.tr("Word-by-word differences between two versions")),
            "import": (self.tr("Import counterpart's draft…"),
                       self.tr("Read the counterpart's edited Word file as their proposal, "
                               "a version of its own")),
            "review": (self.tr("Their proposal…"),
                       self.tr("Accept, keep or bracket each paragraph of their latest "
                               "proposal")),
            "export": (self.tr("E&xport communiqué…"),
                       self.tr("Write the communiqué as a Word document")),
        }
        for name, (text, tip) in texts.items():
            self.actions_by_name[name].setText(text)
            self.actions_by_name[name].setToolTip(tip)
            if name in self.buttons:
                self.buttons[name].setText(text)
                self.buttons[name].setToolTip(tip)
        self.english_title.setText(self.tr("English"))
        self.spanish_title.setText(self.tr("Spanish"))
        for title in (self.english_title, self.spanish_title):
            title.setStyleSheet("font-weight: 600;")
        self.checks_title.setText(self.tr("Checks"))
        self.variant_button.setText(self.tr("Add as a varia&nt of the term…"))
        self.variant_button.setToolTip(self.tr(
            "The selected check names a term missing in one language: add the words the "
            "paragraph uses there as an accepted variant of that term"))
        self.tabs.setTabText(0, self.tr("Draft"))
        self.tabs.setTabText(1, self.tr("Termbase"))
        access.name(self.tabs.tabBar(), self.tr("Communiqué pages"))
        access.name(self.checks_table, self.tr("Checks"), self.tr(
            "Problems found in the draft; Enter or a click goes to the paragraph"))
        self.enter_key.setWhatsThis(self.tr("Go to the paragraph of the selected check"))
        self.checks_model.language_changed()
        self._show_heading()
        self._show_checks()

    def set_read_only(self, read_only: bool) -> None:
        self.edit_controls.set_read_only(read_only)
        self._enable_variant()

    def set_language(self, language: str) -> None:
        self.language = language
        self.termbase.language = language
        for pair in self.pairs.values():
            pair.language = language
            pair.retranslate_ui()
        self._show_heading()

    def _show_heading(self) -> None:
        title = self.tr("Joint communiqué")
        meeting = self._meeting_name()
        self.heading.setText(f"{title} — {meeting}" if meeting else title)
        self.empty.setText(self.tr("Choose a meeting in the Meetings workspace.")
                           if self.context.meeting_id is None else
                           self.tr("No paragraphs yet: use “Generate draft” to write a first "
                                   "draft from the meeting's facts, or “Add”."))

    def _meeting_name(self) -> str:
        if self.context.db is None or self.context.meeting_id is None:
            return ""
        with self.context.db.session() as session:
            meeting = get_meeting(session, self.context.meeting_id)
            return meeting_name(meeting.kind.value, meeting.number, self.language) if meeting \
                else ""

    # ------------------------------------------------------------------ loading

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(Kind.TERMS) or changes.touches(Kind.COMMUNIQUE) or \
                changes.touches(Kind.MEETINGS):
            self.reload()

    def _on_meeting(self, _meeting_id) -> None:
        self.reload()

    def reload(self, keep_typing: bool = True) -> None:
        meeting_id = self.context.meeting_id
        self.rows = []
        seen: dict[int, versions.Seen | None] = {}
        comments: dict[int, list[str]] = {}
        if self.context.db is not None and meeting_id is not None:
            from ...store.negotiation import their_comments

            with self.context.db.session() as session:
                self.rows = store.draft_paragraphs(session, meeting_id)
                # the rows just read, from the session: what a save starts from
                seen = {r.id: versions.look(session, Paragraph, r.id) for r in self.rows}
                comments = their_comments(session, meeting_id)
        ids = [r.id for r in self.rows]
        if ids != list(self.pairs):
            self._rebuild()
        results = run_checks(self.rows, self.termbase.model.pairs())
        for row in self.rows:
            self.pairs[row.id].show_row(row, [message(r) for r in results[row.id]],
                                        seen.get(row.id), keep_typing,
                                        comments.get(row.id, []))
        self.checks_model.set_results(self.rows, results)
        self.checks_table.resizeRowsToContents()
        self._enable_variant()
        if self.current_id not in self.pairs:
            self.current_id = ids[0] if ids else None
        self._show_heading()
        self._show_checks()
        self._enable()

    def _rebuild(self) -> None:
        for pair in self.pairs.values():
            self.pairs_layout.removeWidget(pair)
            pair.deleteLater()
        self.pairs = {}
        for n, row in enumerate(self.rows):
            pair = ParagraphPair(row, self.STATUS_WIDTH, self.language)
            self.edit_controls.add(pair.status, pair.conformity, *pair.editors.values())
            pair.conformity_requested.connect(self._conformity_requested)
            pair.text_edited.connect(self._text_edited)
            pair.status_chosen.connect(self._status_chosen)
            pair.focused.connect(self._focused)
            self.pairs_layout.insertWidget(n, pair)
            self.pairs[row.id] = pair

    def _show_checks(self) -> None:
        count = self.checks_model.rowCount()
        self.checks_title.setText(self.tr("Checks: %1").replace("%1", str(count)) if count
                                  else self.tr("Checks: none"))

    def _enable(self) -> None:
        has_meeting = self.context.db is not None and self.context.meeting_id is not None
        has_current = self.current_id is not None
        index = next((i for i, r in enumerate(self.rows) if r.id == self.current_id), -1)
        for name in ("generate", "add", "save", "compare", "import", "review", "export"):
            self.actions_by_name[name].setEnabled(has_meeting)
            if name in self.buttons:
                self.buttons[name].setEnabled(has_meeting)
        self.actions_by_name["split"].setEnabled(has_current)
        self.actions_by_name["delete"].setEnabled(has_current)
        self.actions_by_name["merge"].setEnabled(has_current and index < len(self.rows) - 1)
        self.actions_by_name["up"].setEnabled(has_current and index > 0)
        self.actions_by_name["down"].setEnabled(has_current and index < len(self.rows) - 1)
        self.empty.setVisible(not self.rows)
        self.scroll.setVisible(bool(self.rows))
        for title in (self.english_title, self.spanish_title):  # titles over boxes, if any
            title.setVisible(bool(self.rows))
        for pair_id, pair in self.pairs.items():
            pair.setStyleSheet("ParagraphPair { border: 2px solid #3874d8; }"
                               if pair_id == self.current_id else "")

    def _selected_term_check(self):
        """The selected check line when it names a missing term of the termbase."""
        from ...domain.brackets import CheckKind

        index = self.checks_table.currentIndex()
        if not index.isValid() or index.row() >= self.checks_model.rowCount():
            return None
        line = self.checks_model.line(index.row())
        if line.result.kind is CheckKind.TERM_MISSING and line.result.term_id is not None:
            return line
        return None

    def _enable_variant(self) -> None:
        self.variant_button.setEnabled(self._selected_term_check() is not None
                                       and not self.edit_controls.read_only)

    def add_variant(self) -> None:
        """The words the paragraph uses for the missing term (what is selected in that
        language's box, else typed here) become an accepted variant of it: one undo step."""
        line = self._selected_term_check()
        if line is None:
            return
        fields = self.termbase.model.fields_of(line.result.term_id)
        if fields is None:
            return
        lang = line.result.language
        pair = self.pairs.get(line.paragraph_id)
        selected = pair.editors[lang].textCursor().selectedText().strip() if pair else ""
        where = self.tr("in English") if lang == "en" else self.tr("in Spanish")
        text, ok = QInputDialog.getText(
            self, self.tr("Add a variant"),
            self.tr("How paragraph %1 writes “%2” %3 (an accepted variant: another spelling, "
                    "an acronym, the other word order):").replace("%1", str(line.number))
            .replace("%2", fields.term.get(lang)).replace("%3", where),
            QLineEdit.EchoMode.Normal, selected)
        if not ok or not " ".join(text.split()):
            return
        after = store.with_variant(fields, lang, text)
        if after != fields:
            self._run(commands.EditTerm(self.context, line.result.term_id, fields, after))

    def _focused(self, paragraph_id: int) -> None:
        self.current_id = paragraph_id
        self._enable()

    def _go_to_check(self, index) -> None:
        line = self.checks_model.line(index.row())
        pair = self.pairs.get(line.paragraph_id)
        if pair is not None:
            self.scroll.ensureWidgetVisible(pair)
            pair.editors[line.result.language].setFocus()

    # ------------------------------------------------------------------ edits

    def _run(self, command) -> bool:
        try:
            self.context.execute(command)
        except (CommuniqueProblem, PatternProblem) as problem:
            QMessageBox.warning(self, self.tr("Communiqué"), problem_text(problem, self.language))
            return False
        except EditNotSaved as e:
            if not e.conflict:
                raise
            self.reload(keep_typing=False)  # their version, said in the message box
            return False
        return True

    def _seen(self, *paragraph_ids: int | None) -> tuple:
        """The paragraphs as their boxes showed them: a save over another editor's later
        change to them is refused (store/versions.py)."""
        return tuple(self.pairs[i].seen for i in paragraph_ids if i in self.pairs)

    def _text_edited(self, paragraph_id: int, text) -> None:
        seen = self._seen(paragraph_id)
        # let the focus change finish before the pairs are refreshed
        QTimer.singleShot(0, lambda: self._run(commands.edit_text(
            self.context, self.context.meeting_id, paragraph_id, text).saw(*seen)))

    def _status_chosen(self, paragraph_id: int, status) -> None:
        self.current_id = paragraph_id
        self._run(commands.set_status(self.context, self.context.meeting_id, paragraph_id,
                                      status).saw(*self._seen(paragraph_id)))

    def _conformity_requested(self, paragraph_id: int) -> None:
        """The paragraph's two texts side by side: staff say they conform (who, now) or
        clear it; one undo step."""
        import getpass

        from .conformity import Choice, ConformityDialog

        self.current_id = paragraph_id
        self._commit_typing()
        row = next((r for r in self.rows if r.id == paragraph_id), None)
        if row is None:
            return
        try:
            suggested = self.checker or getpass.getuser()
        except (OSError, KeyError):
            suggested = ""
        dialog = ConformityDialog(row.position + 1, row.text, row.conformity_by,
                                  row.conformity_at, suggested, self.language, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.choice is None:
            return
        if dialog.choice is Choice.CONFORMING:
            if self._run(commands.set_conformity(self.context, self.context.meeting_id,
                                                 paragraph_id, dialog.checked_by())):
                self.checker = " ".join(dialog.checked_by().split())
        else:
            self._run(commands.clear_conformity(self.context, self.context.meeting_id,
                                                paragraph_id))

    def _commit_typing(self) -> None:
        """Text typed in the focused box becomes its own undo step before a toolbar edit."""
        pair = self.pairs.get(self.current_id)
        if pair is not None and pair.current_text() != pair.row.text:
            self._run(commands.edit_text(self.context, self.context.meeting_id, pair.row.id,
                                         pair.current_text()).saw(pair.seen))

    def generate(self) -> None:
        meeting_id = self.context.meeting_id
        if meeting_id is None:
            return
        if self.rows and QMessageBox.question(
                self, self.tr("Generate draft"),
                self.tr("Replace the working draft's %1 paragraphs with a draft generated from "
                        "the meeting's facts? You can undo this.").replace("%1", str(len(self.rows)))
        ) != QMessageBox.StandardButton.Yes:
            return
        try:
            with self.context.db.session() as session:
                draft = generate_draft(session, get_meeting(session, meeting_id))
        except PatternProblem as problem:
            QMessageBox.warning(self, self.tr("Generate draft"), problem_text(problem, self.language))
            return
        self._run(commands.generate_draft(self.context, meeting_id,
                                          [(p.text, p.status) for p in draft]))

    def add(self) -> None:
        self._commit_typing()
        command = commands.add_paragraph(self.context, self.context.meeting_id, self.current_id)
        if self._run(command):
            self.current_id = command.result
            pair = self.pairs.get(command.result)
            if pair is not None:
                pair.editors["en"].setFocus()
                self.scroll.ensureWidgetVisible(pair)

    def split(self) -> None:
        pair = self.pairs.get(self.current_id)
        if pair is None:
            return
        self._commit_typing()
        focused = next((lang for lang, e in pair.editors.items() if e.hasFocus()), "en")
        other = other_language(focused)
        at = {focused: pair.cursor(focused)}
        whole = pair.row.text.get(focused)
        fraction = at[focused] / len(whole) if whole else 1.0
        other_cursor = pair.cursor(other)
        other_text = pair.row.text.get(other)
        at[other] = other_cursor if 0 < other_cursor < len(other_text) else \
            split_point(other_text, fraction)
        self._run(commands.split_paragraph(self.context, self.context.meeting_id, pair.row.id,
                                           at).saw(pair.seen))

    def merge(self) -> None:
        if self.current_id is not None:
            self._commit_typing()
            index = next(i for i, r in enumerate(self.rows) if r.id == self.current_id)
            following = self.rows[index + 1].id if index + 1 < len(self.rows) else None
            self._run(commands.merge_with_next(self.context, self.context.meeting_id,
                                               self.current_id)
                      .saw(*self._seen(self.current_id, following)))

    def move(self, steps: int) -> None:
        if self.current_id is not None:
            self._commit_typing()
            self._run(commands.move_paragraph(self.context, self.context.meeting_id,
                                              self.current_id, steps,
                                              shown=[r.id for r in self.rows]))
            pair = self.pairs.get(self.current_id)
            if pair is not None:
                self.scroll.ensureWidgetVisible(pair)

    def delete(self) -> None:
        if self.current_id is not None:
            self._run(commands.delete_paragraph(self.context, self.context.meeting_id,
                                                self.current_id))

    # ------------------------------------------------------------------ versions and export

    def save_version(self) -> None:
        meeting_id = self.context.meeting_id
        if meeting_id is None:
            return
        self._commit_typing()
        with self.context.db.session() as session:
            number = len(store.list_versions(session, meeting_id))
        suggestion = self.tr("Rev. %1 — ").replace("%1", str(max(number, 1)))
        label, ok = QInputDialog.getText(self, self.tr("Save version"),
                                         self.tr("Label of the version:"),
                                         QLineEdit.EchoMode.Normal, suggestion)
        if ok:
            self._run(commands.SaveVersion(self.context, meeting_id, label))

    def compare(self) -> None:
        meeting_id = self.context.meeting_id
        if meeting_id is None:
            return
        self._commit_typing()
        with self.context.db.session() as session:
            versions = store.list_versions(session, meeting_id)
        if len(versions) < 2:
            QMessageBox.information(self, self.tr("Compare versions"),
                                    self.tr("Save a version first: there is only the working "
                                            "draft to compare."))
            return
        def delete(version_id: int) -> bool:
            return self._run(commands.delete_version(self.context, meeting_id, version_id))

        # comparing only reads: a read-only database compares, without "Delete this version"
        dialog = CompareDialog(versions, self._version_texts, self.language, self,
                               delete=None if self.edit_controls.read_only else delete)
        dialog.exec()

    def import_proposal(self) -> None:
        """The counterpart's edited .docx (one file, or English then Spanish): a preview of
        what changed, then their proposal saved as a version of its own and reviewed."""
        from ...export.counterpart import (
            CounterpartProblem,
            DraftProblem,
            label,
            read_proposal,
            report_lines,
        )
        from ...i18n import catalogue
        from ...store import our_side

        meeting_id = self.context.meeting_id
        if meeting_id is None:
            return
        self._commit_typing()
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import counterpart's draft"), str(Path.home()),
            self.tr("Word documents (*.docx)"))
        if not paths:
            return
        if len(paths) == 2:  # the English file first
            paths = sorted(paths, key=lambda p: ("_es" in Path(p).stem.lower()
                                                 or "-es" in Path(p).stem.lower()))
        before = catalogue.current()
        catalogue.use(self.language)  # the core's sentences in the interface language
        try:
            with self.context.db.session() as session:
                side = "MX" if (our_side.our_side(session) or "US") == "US" else "US"
                proposal = read_proposal(session, [Path(p) for p in paths], meeting_id, side)
                lines = report_lines(proposal)
                name = label(side, proposal.modified or dt.date.today(), self.language)
        except (CounterpartProblem, DraftProblem) as problem:
            QMessageBox.warning(self, self.tr("Import counterpart's draft"), str(problem))
            return
        finally:
            catalogue.use(before)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Import counterpart's draft"),
                          self.tr("Keep their text as a new version, “%1”? The working draft "
                                  "does not change.").replace("%1", name),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
                          self)
        box.setDetailedText("\n".join(lines))
        box.setInformativeText("\n".join(lines[:12]))
        if box.exec() != QMessageBox.StandardButton.Save:
            return
        command = commands.SaveProposal(self.context, meeting_id, side, name, proposal.texts(),
                                        proposal.paragraph_notes())
        if self._run(command) and command.version_id is not None:
            self._review(command.version_id, name)

    def review_proposal(self) -> None:
        meeting_id = self.context.meeting_id
        if meeting_id is None:
            return
        with self.context.db.session() as session:
            proposals = [v for v in store.list_versions(session, meeting_id) if v.origin]
        if not proposals:
            QMessageBox.information(self, self.tr("Their proposal"),
                                    self.tr("No proposal of the counterpart yet: import their "
                                            "draft first."))
            return
        self._review(proposals[-1].id, proposals[-1].label)

    def _review(self, version_id: int, title: str) -> None:
        from ...store import our_side
        from ...store.negotiation import proposal_pairings
        from .proposal import ProposalDialog

        meeting_id = self.context.meeting_id
        if meeting_id is None:
            return
        with self.context.db.session() as session:
            ours = our_side.our_side(session) or "US"
            theirs = next((v.origin for v in store.list_versions(session, meeting_id)
                           if v.id == version_id), "") or ("MX" if ours == "US" else "US")

        def load():
            with self.context.db.session() as session:
                return proposal_pairings(session, meeting_id, version_id)

        def decide(pairing, decision) -> bool:
            return self._run(commands.decide(self.context, meeting_id, version_id, pairing,
                                             decision, ours, theirs))

        dialog = ProposalDialog(title, load, decide, self, read_only=self.edit_controls.read_only)
        dialog.exec()
        dialog.deleteLater()

    def _version_texts(self, version_id: int, lang: str) -> list[str]:
        with self.context.db.session() as session:
            return [p.text.get(lang) for p in store.paragraphs(session, version_id)]

    def export(self) -> None:
        from ...export.communique import write_communique
        from ...export.kit import ExportError, ExportRefused

        meeting_id = self.context.meeting_id
        if meeting_id is None:
            return
        self._commit_typing()
        with self.context.db.session() as session:
            versions = store.list_versions(session, meeting_id)
        choices = ExportChoices(self.language, self, versions)
        if choices.exec() != QDialog.DialogCode.Accepted:
            return
        language, copy, clean = choices.choices()
        changes_from = choices.changes_from()
        refusal = (self.tr("The communiqué has no paragraphs yet; generate a draft first.")
                   if not self.rows else clean_refusal_text(self.rows, self.language) if clean
                   else None)
        if refusal:
            QMessageBox.warning(self, self.tr("Export communiqué"), refusal)
            return
        suggested = str(Path.home() / file_name("communique", copy, language))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export communiqué"), suggested,
                                              self.tr("Word documents (*.docx)"))
        if not path:
            return
        if not path.lower().endswith(".docx"):
            path += ".docx"
        try:
            with self.context.db.session() as session:
                written = write_communique(session, meeting_id, language, path, copy=copy,
                                           clean=clean, changes_from=changes_from)
        except (ExportRefused, ExportError) as problem:
            from ..export.wording import failure_text

            QMessageBox.warning(self, self.tr("Export communiqué"), failure_text(problem))
            return
        if QMessageBox.question(self, self.tr("Export communiqué"),
                                self.tr("Wrote %1. Open it now?").replace("%1", str(written))
                                ) == QMessageBox.StandardButton.Yes and not os.environ.get(
                                    "BESCAPP_NO_OPEN"):
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))
