"""The Export workspace: choose a document, see what is missing, write it, open it.

The pre-flight list is recomputed when the meeting, the data or the choice of
document changes; double-clicking an entry goes to the workspace that fixes it.
The export itself runs in a worker thread with its own database session, so the
window keeps painting and the progress bar moves.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain import preflight as checks
from ...i18n import languages
from ...store.changes import Changes, Kind
from .. import access
from ..context import AppContext
from ..labels import file_name, meeting_text
from ..retranslate import Retranslates
from .wording import entry_text, failure_text, step_text, workspace_word
from .worker import ExportRequest, ExportWorker, writer_of

DOCUMENTS = ("briefing_book", "agenda", "delegations", "actions", "communique")
# Shareable documents are drafts ("DRAFT — NOT FOR DISTRIBUTION") until they are final.
SHAREABLE = ("agenda", "delegations", "actions", "communique")
LANGUAGES = languages.DOCUMENT_LANGUAGES
ENTRY_ROLE = Qt.ItemDataRole.UserRole


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their text wrapped at the column's width, so a long entry (longer
    in Spanish) is read whole rather than cut off with "…". QTreeView measures a row
    without its column's width; this delegate gives it, and the view lays its rows out
    again when a column's width changes."""

    def __init__(self, view: QTreeWidget) -> None:
        super().__init__(view)
        self.view = view
        view.header().sectionResized.connect(lambda *_args: view.doItemsLayout())

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        size = super().sizeHint(option, index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        if not opt.text:
            return size
        style = self.view.style()
        padding = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, opt,
                                         self.view) + 1)
        width = max(40, self.view.columnWidth(index.column()) - padding)
        text = opt.fontMetrics.boundingRect(QRect(0, 0, width, 1_000_000),
                                            Qt.TextFlag.TextWordWrap, opt.text)
        return QSize(size.width(), max(size.height(), text.height() + 4))


def _text_to_fix(entry: checks.Entry) -> tuple[str, str]:
    """The field and language a one-language entry lacks, so going there focuses its box."""
    if entry.kind in (checks.ONE_LANGUAGE, checks.BRIEFING_ONE_LANGUAGE):
        return entry.values["field"], entry.values["language"]
    return "", ""


class ExportWorkspace(Retranslates, QWidget):
    # workspace, entity, id, and the text to fix and its language ("" when no one text)
    go_to_requested = Signal(str, str, int, str, str)
    export_finished = Signal(bool)  # for tests and the status bar

    def __init__(self, context: AppContext, language: str) -> None:
        super().__init__()
        self.context = context
        self.language = language
        self.worker: ExportWorker | None = None
        self.entries: list = []
        self._stale = True
        self._path_edited = False

        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.meeting_label = QLabel()
        self.document = QComboBox()
        self.document_language = QComboBox()
        for _ in DOCUMENTS:
            self.document.addItem("")
        for _ in LANGUAGES:
            self.document_language.addItem("")
        self.document_language.setCurrentIndex(LANGUAGES.index(language))
        self.marking = QLineEdit()
        self.template = QLineEdit()
        self.template_button = QPushButton()
        self.strict = QCheckBox()
        self.book_part = QComboBox()  # the whole book, its contents only, or one session
        self.book_part.setObjectName("book_part")
        self.contact_sheet = QCheckBox()
        self.internal = QCheckBox()
        self.copy = QComboBox()
        self.copy.addItems(["", ""])
        self.clean = QCheckBox()
        self.pdf = QCheckBox()
        self.changes_from = QComboBox()  # the saved version the tracked changes are from
        self.final = QCheckBox()
        self.output = QLineEdit()
        self.output_button = QPushButton()

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels = {key: QLabel() for key in ("document", "language", "marking", "template",
                                                  "strict", "book_part", "contact_sheet",
                                                  "internal", "copy", "clean", "changes_from",
                                                  "final", "pdf", "output")}
        self.form.addRow(self.labels["document"], self.document)
        self.form.addRow(self.labels["language"], self.document_language)
        self.form.addRow(self.labels["marking"], self.marking)
        self.form.addRow(self.labels["template"], self._with_button(self.template,
                                                                    self.template_button))
        self.form.addRow(self.labels["strict"], self.strict)
        self.form.addRow(self.labels["book_part"], self.book_part)
        self.form.addRow(self.labels["contact_sheet"], self.contact_sheet)
        self.form.addRow(self.labels["internal"], self.internal)
        self.form.addRow(self.labels["copy"], self.copy)
        self.form.addRow(self.labels["clean"], self.clean)
        self.form.addRow(self.labels["changes_from"], self.changes_from)
        self.form.addRow(self.labels["final"], self.final)
        self.form.addRow(self.labels["pdf"], self.pdf)
        self.form.addRow(self.labels["output"], self._with_button(self.output, self.output_button))
        for key, label in self.labels.items():
            label.setWordWrap(key in ("strict", "contact_sheet", "internal", "clean", "final",
                                      "pdf"))

        self.preflight_label = QLabel()
        self.preflight_label.setWordWrap(True)
        self.preflight = QTreeWidget()
        self.preflight.setColumnCount(2)
        self.preflight.setRootIsDecorated(False)
        self.preflight.setAlternatingRowColors(True)
        self.preflight.setWordWrap(True)
        self.preflight.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.preflight.setUniformRowHeights(False)
        self.preflight.setItemDelegate(WrappingDelegate(self.preflight))
        self.preflight.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.preflight.header().setStretchLastSection(True)
        self.preflight.itemActivated.connect(self._go_to)
        self.preflight.itemDoubleClicked.connect(self._go_to)
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh_preflight)

        self.export_button = QPushButton()
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.setTextVisible(True)
        self.step_label = QLabel()

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch()
        top.addWidget(self.meeting_label)
        preflight_head = QHBoxLayout()
        preflight_head.addWidget(self.preflight_label, 1)
        preflight_head.addWidget(self.refresh_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.step_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self.form)
        layout.addLayout(preflight_head)
        layout.addWidget(self.preflight, 1)
        layout.addLayout(bottom)

        # An internal report and a clean communiqué are never drafts: nothing to choose.
        self.internal.toggled.connect(self._show_final)
        self.clean.toggled.connect(self._show_final)
        self.document.currentIndexChanged.connect(self._on_choice)
        self.document_language.currentIndexChanged.connect(self._on_choice)
        self.output.textEdited.connect(self._on_path_edited)
        self.template_button.clicked.connect(self.choose_template)
        self.output_button.clicked.connect(self.choose_output)
        context.meeting_changed.connect(self._on_meeting)
        context.database_changed.connect(self._follow_our_side)
        context.database_changed.connect(self._on_meeting)
        context.changed.connect(self._on_changes)
        self.retranslate_ui()
        self._follow_our_side()
        self._on_choice()

    @staticmethod
    def _with_button(edit: QLineEdit, button: QPushButton) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit, 1)
        row.addWidget(button)
        return box

    def keyboard_start(self) -> QWidget:
        """Where Ctrl+6 puts the keyboard: the document to export."""
        return self.document

    # language --------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Export"))
        names = (self.tr("Briefing book (internal)"), self.tr("Agenda"),
                 self.tr("Delegation lists"), self.tr("Action-plan status report"),
                 self.tr("Joint communiqué"))
        for index, name in enumerate(names):
            self.document.setItemText(index, name)
        languages = (self.tr("English"), self.tr("Spanish"),
                     self.tr("English and Spanish, side by side"))
        for index, name in enumerate(languages):
            self.document_language.setItemText(index, name)
        self.copy.setItemText(0, self.tr("United States copy (United States named first)"))
        self.copy.setItemText(1, self.tr("Mexican copy (Mexico named first)"))
        self.labels["document"].setText(self.tr("&Document:"))
        self.labels["document"].setBuddy(self.document)
        self.labels["language"].setText(self.tr("&Language:"))
        self.labels["language"].setBuddy(self.document_language)
        self.labels["marking"].setText(self.tr("Handling &marking:"))
        self.labels["marking"].setBuddy(self.marking)
        self.labels["template"].setText(self.tr("Word &template:"))
        self.labels["template"].setBuddy(self.template)
        self.labels["strict"].setText(self.tr("Pre-flight:"))
        self.labels["book_part"].setText(self.tr("Pa&rt:"))
        self.labels["book_part"].setBuddy(self.book_part)
        self._fill_book_parts()
        self.labels["contact_sheet"].setText(self.tr("Contact details:"))
        self.labels["internal"].setText(self.tr("Internal notes:"))
        self.labels["copy"].setText(self.tr("&Copy:"))
        self.labels["copy"].setBuddy(self.copy)
        self.labels["clean"].setText(self.tr("Final text:"))
        self.labels["pdf"].setText(self.tr("PDF:"))
        self.labels["changes_from"].setText(self.tr("Tracked changes from:"))
        self._fill_versions()
        self.labels["output"].setText(self.tr("&Save as:"))
        self.labels["output"].setBuddy(self.output)
        self.marking.setPlaceholderText(self.tr("The meeting's marking"))
        self.template.setPlaceholderText(self.tr("bescapp's own styles"))
        self.template_button.setText(self.tr("Ch&oose…"))
        self.output_button.setText(self.tr("Choose…"))
        self.strict.setText(self.tr("Refuse while the pre-flight list has entries"))
        access.name(self.preflight, self.tr("Pre-flight list"), self.tr(
            "What to fix before the document goes out; Enter goes to the place that fixes it"))
        self.contact_sheet.setText(self.tr("Include e-mail addresses and phone numbers"))
        self.internal.setText(self.tr("Include internal notes (not for sharing)"))
        self.clean.setText(self.tr("Without status marks (every paragraph agreed and conforming)"))
        self.pdf.setText(self.tr("Also write a &PDF beside it (through LibreOffice)"))
        self.labels["final"].setText(self.tr("Draft marking:"))
        self.final.setText(self.tr("Final (no draft marking)"))
        self.final.setToolTip(self.tr("Without it the document says “DRAFT — NOT FOR "
                                      "DISTRIBUTION” and the day it was exported."))
        self.refresh_button.setText(self.tr("Check &again"))
        self.refresh_button.setToolTip(self.tr("Run the pre-flight checks again"))
        self.template.setToolTip(self.tr(
            "A .docx of your own whose styles the document takes; empty: bescapp's own"))
        self.export_button.setText(self.tr("E&xport"))
        self.preflight.setHeaderLabels([self.tr("Where"), self.tr("What to check")])
        self._show_meeting()
        self._fill_preflight()

    def set_read_only(self, _read_only: bool) -> None:
        """Exporting only reads the database: nothing here is switched off."""

    def _fill_book_parts(self) -> None:
        """The whole book, its contents as a clearing checklist, or one session's pages."""
        chosen = self.book_part.currentData()
        self.book_part.blockSignals(True)
        self.book_part.clear()
        self.book_part.addItem(self.tr("The whole book"), "whole")
        self.book_part.addItem(self.tr("Contents only: a checklist for clearing"), "toc")
        db, meeting_id = self.context.db, self.context.meeting_id
        if db is not None and meeting_id is not None:
            from ...store.briefing import sessions

            try:
                with db.session() as session:
                    found = sessions(session, meeting_id)
            except LookupError:  # the meeting was deleted meanwhile
                found = []
            for choice in found:
                self.book_part.addItem(self.tr("Session %1 only: %2").replace("%1", choice.label)
                                       .replace("%2", choice.title.either(self.language)),
                                       choice.number)
        index = self.book_part.findData(chosen)
        self.book_part.setCurrentIndex(max(0, index))
        self.book_part.blockSignals(False)

    def set_language(self, language: str) -> None:
        self.language = language
        self._fill_book_parts()
        self._show_meeting()
        self._fill_preflight()

    # choices -----------------------------------------------------------------

    def chosen_document(self) -> str:
        return DOCUMENTS[self.document.currentIndex()]

    def chosen_language(self) -> str:
        return LANGUAGES[self.document_language.currentIndex()]

    def choose(self, document: str, language: str | None = None) -> None:
        self.document.setCurrentIndex(DOCUMENTS.index(document))
        if language:
            self.document_language.setCurrentIndex(LANGUAGES.index(language))

    def _on_choice(self, *_args) -> None:
        document = self.chosen_document()
        rows = {"marking": "briefing_book", "template": "briefing_book", "strict": "briefing_book",
                "book_part": "briefing_book",
                "contact_sheet": "delegations", "internal": "actions", "copy": "communique",
                "clean": "communique", "changes_from": "communique"}
        for key, owner in rows.items():
            self.form.setRowVisible(self.labels[key], owner == document)
        self.form.setRowVisible(self.labels["final"], document in SHAREABLE)
        self._show_final()
        if document == "communique":
            self._fill_versions()
        self.export_button.setEnabled(writer_of(document) is not None and self.worker is None)
        self._suggest_path()
        self.refresh_preflight()

    def _fill_versions(self) -> None:
        """Our saved versions of the meeting's communiqué, for its tracked changes."""
        from ...store.communique import list_versions

        chosen = self.changes_from.currentData()
        versions = []
        if self.context.db is not None and self.context.meeting_id is not None:
            with self.context.db.session() as session:
                versions = [v for v in list_versions(session, self.context.meeting_id)
                            if v.number and not v.origin]
        self.changes_from.clear()
        self.changes_from.addItem(self.tr("None (the text as it stands)"), None)
        for version in versions:
            self.changes_from.addItem(self.tr("%1. %2").replace("%1", str(version.number))
                                      .replace("%2", version.label), version.number)
        index = self.changes_from.findData(chosen)
        self.changes_from.setCurrentIndex(max(index, 0))

    def _show_final(self, *_args) -> None:
        """The choice is off where the document cannot be a draft."""
        document = self.chosen_document()
        never_draft = (document == "actions" and self.internal.isChecked()) or \
            (document == "communique" and self.clean.isChecked())
        self.final.setEnabled(not never_draft)

    def is_final(self) -> bool:
        """Whether the chosen document is exported without the draft marking."""
        return self.chosen_document() in SHAREABLE and self.final.isChecked() and \
            self.final.isEnabled()

    def _on_path_edited(self, _text: str) -> None:
        self._path_edited = True

    def _meeting_number(self) -> int | None:
        db, meeting_id = self.context.db, self.context.meeting_id
        if db is None or meeting_id is None:
            return None
        from ...store.meetings import get_meeting

        with db.session() as session:
            meeting = get_meeting(session, meeting_id)
            return meeting.number if meeting else None

    def _suggest_path(self) -> None:
        if self._path_edited:
            return
        number = self._meeting_number()
        if number is None:
            self.output.clear()
            return
        folder = Path(self.output.text()).parent if self.output.text() else _documents_folder()
        name = file_name(self.chosen_document(), number, self.chosen_language())
        self.output.setText(str(folder / name))

    def choose_template(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a Word template"),
                                              self.template.text(),
                                              self.tr("Word documents (*.docx)"))
        if path:
            self.template.setText(path)

    def choose_output(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the document as"),
                                              self.output.text(),
                                              self.tr("Word documents (*.docx)"))
        if path:
            if not path.lower().endswith(".docx"):
                path += ".docx"
            self.output.setText(path)
            self._path_edited = True

    # the meeting and its pre-flight ------------------------------------------

    def _show_meeting(self) -> None:
        text = meeting_text(self.context.db, self.context.meeting_id, self.language)
        self.meeting_label.setText(text or self.tr("No current meeting"))

    def _follow_our_side(self) -> None:
        """Our side's copy of the communiqué (our country named first) is the default."""
        if self.context.db is None:
            return
        from ...store import our_side

        with self.context.db.session() as session:
            side = our_side.our_side(session)
        self.copy.setCurrentIndex(1 if side == "MX" else 0)

    def _on_meeting(self, *_args) -> None:
        self._fill_versions()
        self._fill_book_parts()
        self._show_meeting()
        self._suggest_path()
        self.refresh_preflight()

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(Kind.COMMUNIQUE):
            self._fill_versions()
        if changes.touches(Kind.AGENDA):  # sessions added, renamed or removed
            self._fill_book_parts()
        self._stale = True
        if self.isVisible():
            self.refresh_preflight()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._show_meeting()
        if self._stale:
            self.refresh_preflight()

    def refresh_preflight(self) -> None:
        """Recompute the list for the chosen document and language."""
        self._stale = False
        db, meeting_id = self.context.db, self.context.meeting_id
        self.entries = []
        if db is not None and meeting_id is not None:
            from ...export.briefing_book import preflight_entries
            from ...store.preflight import preflight

            document, language = self.chosen_document(), self.chosen_language()
            with db.session() as session:
                # Each document's own list; the book adds what only it reads (its papers).
                self.entries = (preflight_entries(session, meeting_id, language)
                                if document == "briefing_book"
                                else preflight(session, meeting_id, language, document))
        self._fill_preflight()

    def _fill_preflight(self) -> None:
        self.preflight.clear()
        items = []
        for entry in self.entries:
            item = QTreeWidgetItem([workspace_word(entry.workspace), entry_text(entry, self.language)])
            item.setData(0, ENTRY_ROLE, (entry.workspace, entry.entity, entry.entity_id,
                                         *_text_to_fix(entry)))
            item.setToolTip(1, item.text(1))
            for column in (0, 1):  # "Where" beside the first line of a wrapped entry
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            items.append(item)
        self.preflight.addTopLevelItems(items)
        if self.context.meeting_id is None:
            self.preflight_label.setText(self.tr("Choose a meeting in Meetings first."))
        elif self.entries:
            self.preflight_label.setText(
                self.tr("Pre-flight: %1 things to check before exporting "
                        "(double-click one to go and fix it).").replace("%1", str(len(self.entries))))
        else:
            self.preflight_label.setText(self.tr("Pre-flight: nothing to check."))

    def _go_to(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        """Ask for the place that fixes the entry; the main window goes there (``go_to``)."""
        self.go_to_requested.emit(*item.data(0, ENTRY_ROLE))

    # export ------------------------------------------------------------------

    def request(self) -> ExportRequest | None:
        """What to export, or None after telling the user what is missing."""
        if self.context.db is None or self.context.meeting_id is None:
            QMessageBox.warning(self, self.tr("Nothing to export"),
                                self.tr("Choose a meeting in Meetings first."))
            return None
        if not self.output.text().strip():
            self.choose_output()
            if not self.output.text().strip():
                return None
        document = self.chosen_document()
        options: dict = {}
        if document == "briefing_book":
            marking = self.marking.text().strip()
            options = {"marking": marking or None, "template": self.template.text().strip() or None,
                       "strict": self.strict.isChecked()}
            part = self.book_part.currentData()
            if part == "toc":
                options["toc_only"] = True
            elif isinstance(part, int):
                options["session_number"] = part
        elif document == "delegations":
            options = {"contact_sheet": self.contact_sheet.isChecked()}
        elif document == "actions":
            options = {"internal": self.internal.isChecked()}
        elif document == "communique":
            options = {"copy": ("us", "mx")[self.copy.currentIndex()], "clean": self.clean.isChecked(),
                       "changes_from": None if self.clean.isChecked()
                       else self.changes_from.currentData()}
        if document in SHAREABLE:
            options["final"] = self.is_final()
        return ExportRequest(document, self.context.meeting_id, self.chosen_language(),
                             Path(self.output.text().strip()).expanduser(), options,
                             pdf=self.pdf.isChecked())

    def start_export(self) -> None:
        if self.worker is not None:
            return
        request = self.request()
        if request is None or not self._may_replace(request.path):
            return
        self.worker = ExportWorker(self.context.db, request, self)
        self.worker.progressed.connect(self._on_progress)
        self.worker.succeeded.connect(self._on_success)
        self.worker.failed.connect(self._on_failure)
        self.worker.finished.connect(self._on_worker_done)
        self.export_button.setEnabled(False)
        self.progress.setValue(0)
        self.step_label.setText(step_text("preflight"))
        self.worker.start()

    def _may_replace(self, path: Path) -> bool:
        """A file already there is replaced only when the user says so (the path may be
        left over from another document)."""
        if not path.exists():
            return True
        answer = QMessageBox.question(
            self, self.tr("Replace the file?"),
            self.tr("%1 already exists. Replace it with this export?").replace("%1", str(path)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _on_progress(self, fraction: float, step: str) -> None:
        self.progress.setValue(round(fraction * 100))
        self.step_label.setText(step_text(step))

    def _on_worker_done(self) -> None:
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.deleteLater()
        self.export_button.setEnabled(writer_of(self.chosen_document()) is not None)

    def _on_success(self, path: str, pdf_path: str = "", pdf_problem: str = "") -> None:
        self.progress.setValue(100)
        self.step_label.setText(step_text("done"))
        self.export_finished.emit(True)
        shown = pdf_path or path  # the PDF is what gets distributed
        if pdf_path:
            text = self.tr("%1 and %2 were written.\n\nOpen the PDF now?")
            text = text.replace("%1", path).replace("%2", pdf_path)
        elif pdf_problem:
            text = self.tr("%1 was written.\n\n%2\n\nOpen the Word file now?")
            text = text.replace("%1", path).replace("%2", pdf_problem)
        else:
            text = self.tr("%1 was written.\n\nOpen it now?").replace("%1", path)
        ask = QMessageBox.warning if pdf_problem else QMessageBox.question
        answer = ask(self, self.tr("Export finished"), text,
                     QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
                     QMessageBox.StandardButton.Open)
        if answer in (QMessageBox.StandardButton.Open, QMessageBox.StandardButton.Yes):
            QDesktopServices.openUrl(QUrl.fromLocalFile(shown))

    def _on_failure(self, error: BaseException) -> None:
        self.progress.setValue(0)
        self.step_label.setText("")
        self.export_finished.emit(False)
        QMessageBox.warning(self, self.tr("Not exported"), failure_text(error))


def _documents_folder() -> Path:
    documents = Path.home() / "Documents"
    return documents if documents.is_dir() else Path.home()
