"""The Action plans workspace: the summary bars, the filterable table of lines, and the
selected line's timeline beside it.

"As of" is the current meeting's date (today when there is none): it decides what is
overdue and which updates count as "since the previous plenary". Every edit is one undo
step; a refused edit reopens its dialog with what was typed and says why.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.actions import STATUSES, ActionsInvalid, NeedsConfirmation
from ...i18n.formatting import format_date, format_number, meeting_name
from ...model.entities import ActionLine, ActionPlan, StatusUpdate
from ...store import actions as store
from ...store import versions
from ...store.actions import LineFields, PlanFields, UpdateFields
from ...store.changes import Changes, Kind
from ...store.meetings import get_meeting
from .. import access, keys
from ..context import AppContext
from ..labels import file_name, label
from ..read_only import EditControls, name_edit_button, show_for_reading
from ..retranslate import Retranslates
from . import commands
from .editor import LineEditor
from .export_dialog import ReportDialog
from .messages import problems_text
from .model import LinesFilter, LinesModel
from .plan_dialog import PlanDialog
from .summary import StatusSummary
from .timeline import Timeline
from .update_dialog import UpdateDialog

COLUMN_WIDTHS = (45, 60, 300, 75, 95, 115, 105, 70, 100)  # due: "⚠ Dec 31, 2019"


class ActionsWorkspace(Retranslates, QWidget):
    def __init__(self, context: AppContext, language: str) -> None:
        super().__init__()
        self.context = context
        self.language = language
        self.agencies: list[store.AgencyRow] = []
        self.model = LinesModel(context, language)
        self.proxy = LinesFilter(self)
        self.proxy.setSourceModel(self.model)

        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.as_of_label = QLabel()
        self.later_label = QLabel()  # lines whose updates dated later do not count here
        self.summary = StatusSummary(self.model)

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda text: self.proxy.set_filters(text=text))
        self.search.textChanged.connect(self._count)
        self.plan_filter, self.status_filter = QComboBox(), QComboBox()
        self.party_filter, self.agency_filter = QComboBox(), QComboBox()
        for combo in (self.status_filter, self.party_filter, self.agency_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # Plan titles are long (more so in Spanish): the box shows about 30 characters, and
        # its list the whole title, so the search box keeps room for its hint.
        self.plan_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.plan_filter.setMinimumContentsLength(30)
        self.plan_filter.view().setTextElideMode(Qt.TextElideMode.ElideNone)
        self.status_filter.addItem("", None)
        for status in STATUSES:
            self.status_filter.addItem("", status.value)
        for code in (None, "US", "MX"):
            self.party_filter.addItem("", code)
        self.overdue_filter = QCheckBox()
        self.changed_filter = QCheckBox()
        self.clear_button = QPushButton()
        self.count_label = QLabel()
        self.plan_filter.currentIndexChanged.connect(self._filter_changed)
        self.status_filter.currentIndexChanged.connect(self._filter_changed)
        self.party_filter.currentIndexChanged.connect(self._party_changed)
        self.agency_filter.currentIndexChanged.connect(self._filter_changed)
        self.overdue_filter.toggled.connect(self._filter_changed)
        self.changed_filter.toggled.connect(self._filter_changed)
        self.clear_button.clicked.connect(self.clear_filters)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row measuring
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate(COLUMN_WIDTHS):
            header.resizeSection(column, width)
        header.setSectionResizeMode(LinesModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # rows come in plan order
        self.table.setSortingEnabled(True)
        # double-clicks click the Edit buttons: nothing while the database is read-only
        self.table.doubleClicked.connect(lambda _index: self.edit_line_button.click())
        self.enter_key = keys.enter_opens(self.table, lambda: self.edit_line_button.click())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.new_line_button, self.edit_line_button = QPushButton(), QPushButton()
        self.delete_line_button = QPushButton()
        self.delete_line_button.clicked.connect(self.delete_line)
        self.delete_line_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.update_button = QPushButton()
        self.new_plan_button, self.edit_plan_button = QPushButton(), QPushButton()
        self.export_button = QPushButton()
        self.new_line_button.clicked.connect(self.new_line)
        self.edit_line_button.clicked.connect(self.edit_line)
        self.update_button.clicked.connect(self.record_update)
        self.new_plan_button.clicked.connect(self.new_plan)
        self.edit_plan_button.clicked.connect(self.edit_plan)
        self.export_button.clicked.connect(self.export_report)

        self.line_title = QLabel()
        self.line_title.setWordWrap(True)
        self.line_title.setStyleSheet("font-weight: 600;")
        self.line_description = QLabel()
        self.line_description.setWordWrap(True)
        self.line_description.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.timeline_label = QLabel()
        self.timeline = Timeline()
        self.timeline.itemSelectionChanged.connect(self._enable_buttons)
        self.timeline.itemDoubleClicked.connect(lambda _item: self.edit_update_button.click())
        self.edit_update_button, self.remove_update_button = QPushButton(), QPushButton()
        self.edit_update_button.clicked.connect(self.edit_update)
        self.remove_update_button.clicked.connect(self.remove_update)
        self.edit_controls = EditControls(self)  # off while the database is read-only
        # Edit line… and Edit plan… read them when read-only: not among the edit controls.
        self.edit_controls.add(self.new_line_button,
                               self.delete_line_button, self.update_button,
                               self.new_plan_button,
                               self.edit_update_button, self.remove_update_button)

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch()
        top.addWidget(self.as_of_label)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        for combo in (self.plan_filter, self.status_filter, self.party_filter, self.agency_filter):
            filters.addWidget(combo)
        filters2 = QHBoxLayout()
        filters2.addWidget(self.overdue_filter)
        filters2.addWidget(self.changed_filter)
        filters2.addWidget(self.clear_button)
        filters2.addStretch()
        filters2.addWidget(self.later_label)
        filters2.addSpacing(16)
        filters2.addWidget(self.count_label)
        buttons = QHBoxLayout()
        for button in (self.new_line_button, self.edit_line_button, self.delete_line_button,
                       self.update_button):
            buttons.addWidget(button)
        buttons.addSpacing(16)
        buttons.addWidget(self.new_plan_button)
        buttons.addWidget(self.edit_plan_button)
        buttons.addStretch()
        buttons.addWidget(self.export_button)
        # The history under the table, so the table keeps the window's width.
        side = QWidget()
        side_layout = QHBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        about = QVBoxLayout()
        about.addWidget(self.line_title)
        about.addWidget(self.line_description)
        about.addStretch()
        side_layout.addLayout(about, 2)
        history = QVBoxLayout()
        history.addWidget(self.timeline_label)
        history.addWidget(self.timeline, 1)
        side_buttons = QHBoxLayout()
        side_buttons.addWidget(self.edit_update_button)
        side_buttons.addWidget(self.remove_update_button)
        side_buttons.addStretch()
        history.addLayout(side_buttons)
        side_layout.addLayout(history, 3)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 170])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addLayout(filters)
        layout.addLayout(filters2)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)

        context.changed.connect(self._on_changes)
        context.database_changed.connect(self.reload)
        context.meeting_changed.connect(lambda _id: self.reload())
        self.retranslate_ui()
        self.reload()

    # language ------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Action plans"))
        self.search.setPlaceholderText(self.tr("Search in English or Spanish…"))
        hint = self.search.fontMetrics().horizontalAdvance(self.search.placeholderText())
        self.search.setMinimumWidth(hint + 40)  # the hint whole, and the clear button
        self.status_filter.setItemText(0, self.tr("All statuses"))
        for k, status in enumerate(STATUSES, start=1):
            self.status_filter.setItemText(k, label(status.value))
        self.party_filter.setItemText(0, self.tr("Both parties"))
        self.party_filter.setItemText(1, label("US"))
        self.party_filter.setItemText(2, label("MX"))
        if self.plan_filter.count():
            self.plan_filter.setItemText(0, self.tr("All plans"))
        if self.agency_filter.count():
            self.agency_filter.setItemText(0, self.tr("All agencies"))
        self.overdue_filter.setText(self.tr("&Overdue only"))
        self.changed_filter.setText(self.tr("&Changed since the previous plenary"))
        self.changed_filter.setToolTip(self.tr(
            "Lines with a status update dated after the previous plenary and up to the "
            "current meeting"))
        self.clear_button.setText(self.tr("Show &all"))
        self.clear_button.setToolTip(self.tr("Clear the search and every filter"))
        self.update_button.setToolTip(self.tr(
            "Record the selected line's new status and progress, and what changed"))
        self.export_button.setToolTip(self.tr(
            "The status report as a Word document, with or without the internal notes"))
        self.new_line_button.setText(self.tr("&New line…"))
        self._name_edit_buttons()
        self.delete_line_button.setText(self.tr("&Delete line…"))
        self.update_button.setText(self.tr("&Record status update…"))
        self.new_plan_button.setText(self.tr("New &plan…"))
        self.export_button.setText(self.tr("E&xport status report…"))
        self.timeline_label.setText(self.tr("History"))
        access.name(self.search, self.tr("Search action lines"))
        access.name(self.plan_filter, self.tr("Show the lines of plan"))
        access.name(self.status_filter, self.tr("Show the lines with status"))
        access.name(self.party_filter, self.tr("Show the lines of party"))
        access.name(self.agency_filter, self.tr("Show the lines of agency"))
        access.name(self.table, self.tr("Action lines"), self.tr(
            "Enter edits the selected line; its history is shown below"))
        access.name(self.timeline, self.tr("History of the selected line"))
        self.enter_key.setWhatsThis(self.tr("Edit the selected line"))
        self.edit_update_button.setText(self.tr("Edit &update…"))
        self.remove_update_button.setText(self.tr("Re&move update"))
        self._show_as_of()
        self._count()
        self._show_line()

    def set_read_only(self, read_only: bool) -> None:
        self.edit_controls.set_read_only(read_only)
        self._name_edit_buttons()

    def _name_edit_buttons(self) -> None:
        read_only = self.context.read_only
        name_edit_button(self.edit_line_button, read_only, self.tr("Edi&t line…"),
                         self.tr("Vie&w line…"))
        name_edit_button(self.edit_plan_button, read_only, self.tr("Edit p&lan…"),
                         self.tr("View p&lan…"))

    def set_language(self, language: str) -> None:
        self.language = language
        self.model.set_language(language)
        self._fill_filters()
        self.summary.refresh()
        self._show_as_of()
        self._show_line()

    # loading -------------------------------------------------------------------

    def reload(self) -> None:
        selected = self.selected_id()
        self.model.reload()
        self.agencies = []
        if self.context.db is not None:
            with self.context.db.session() as session:
                self.agencies = store.load_agencies(session)
        self._fill_filters()
        self.proxy.set_filters()  # the same filters over the new rows
        self._show_as_of()
        self._count()
        if selected is not None:
            self.select(selected)
        if self.selected_id() is None and self.proxy.rowCount():
            self.table.selectRow(0)  # the first line's history shows at once
        self._show_line()
        self._enable_buttons()
        # The text search's index is built just after this paint, before anyone can type.
        QTimer.singleShot(0, self.model.index_search)

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(Kind.ACTIONS) or changes.touches(Kind.MEETINGS) \
                or changes.touches(Kind.AGENCIES):
            self.reload()

    def _fill_filters(self) -> None:
        lang = self.language
        for combo, items, first in (
                (self.plan_filter, [(f"{p.code} — {p.title.either(lang)}", p.id)
                                    for p in self.model.plans], self.tr("All plans")),
                (self.agency_filter, [(f"{a.acronym} ({label(a.party)})", a.id)
                                      for a in self.agencies
                                      if self.party_filter.currentData() in (None, a.party)],
                 self.tr("All agencies"))):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(first, None)
            for text, value in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
            combo.blockSignals(False)

    def _show_as_of(self) -> None:
        lang = self.language
        text = self.tr("As of %1").replace("%1", format_date(self.model.as_of, lang))
        window = self.model.window
        if window is not None and window.previous_meeting_id is not None \
                and self.context.db is not None:
            with self.context.db.session() as session:
                previous = get_meeting(session, window.previous_meeting_id)
                if previous is not None:
                    text += " · " + self.tr("previous plenary: %1").replace(
                        "%1", f"{meeting_name(previous.kind.value, previous.number, lang)}, "
                              f"{format_date(previous.start_date, lang)}")
        self.as_of_label.setText(text)
        later = len(self.model.later)
        self.later_label.setText(self.tr("Lines with later updates (not counted): %1").replace(
            "%1", format_number(later, lang)) if later else "")
        self.later_label.setToolTip(self.tr(
            "Updates dated after %1 do not count as of the meeting's date, as in the status "
            "report; each line's history shows them.").replace(
            "%1", format_date(self.model.as_of, lang)) if later else "")
        self.changed_filter.setEnabled(window is not None)

    # filters -------------------------------------------------------------------

    def _party_changed(self) -> None:
        self._fill_filters()  # only that party's agencies
        self._filter_changed()

    def _filter_changed(self, *_args) -> None:
        self.proxy.set_filters(
            plan_id=self.plan_filter.currentData(), status=self.status_filter.currentData(),
            party=self.party_filter.currentData(), agency_id=self.agency_filter.currentData(),
            overdue_only=self.overdue_filter.isChecked(),
            changed_only=self.changed_filter.isChecked() and self.model.window is not None)
        self._count()

    def clear_filters(self) -> None:
        for widget in (self.search, self.plan_filter, self.status_filter, self.party_filter,
                       self.agency_filter, self.overdue_filter, self.changed_filter):
            widget.blockSignals(True)
        self.search.clear()
        for combo in (self.plan_filter, self.status_filter, self.party_filter, self.agency_filter):
            combo.setCurrentIndex(0)
        self.overdue_filter.setChecked(False)
        self.changed_filter.setChecked(False)
        for widget in (self.search, self.plan_filter, self.status_filter, self.party_filter,
                       self.agency_filter, self.overdue_filter, self.changed_filter):
            widget.blockSignals(False)
        self._fill_filters()
        self.proxy.set_filters(plan_id=None, status=None, party=None, agency_id=None,
                               overdue_only=False, changed_only=False, text="")
        self._count()

    def _count(self, *_args) -> None:
        lang = self.language
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(self.tr("Showing %1 of %2 lines").replace(
            "%1", format_number(shown, lang)).replace("%2", format_number(total, lang)))

    # selection -------------------------------------------------------------------

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(LinesModel.IdRole) if rows else None

    def select(self, line_id: int) -> None:
        row = self.model.row_of(line_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectionModel().select(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def _selection_changed(self, *_args) -> None:
        self._show_line()
        self._enable_buttons()

    def _show_line(self) -> None:
        line_id = self.selected_id()
        line = self.model.line(line_id) if line_id is not None else None
        lang = self.language
        if line is None or self.context.db is None:
            self.line_title.setText(self.tr("Select a line to see its history."))
            self.line_description.setText("")
            self.timeline.show_line(None, [], lang)
            return
        with self.context.db.session() as session:
            updates = store.load_updates(session, line.id)
            description = store.line_description(session, line.id)
        self.line_title.setText(f"{line.code} — {line.title.either(lang)}")
        self.line_description.setText(description.either(lang))
        self.timeline.show_line(line, updates, lang)

    def _enable_buttons(self, *_args) -> None:
        has_db = self.context.db is not None
        chosen = self.selected_id() is not None
        self.new_line_button.setEnabled(has_db and bool(self.model.plans))
        self.new_plan_button.setEnabled(has_db)
        self.edit_plan_button.setEnabled(has_db and bool(self.model.plans))
        self.export_button.setEnabled(has_db and self.context.meeting_id is not None)
        self.edit_line_button.setEnabled(chosen)
        self.delete_line_button.setEnabled(chosen)
        self.update_button.setEnabled(chosen)
        has_update = self.timeline.selected_update_id() is not None
        self.edit_update_button.setEnabled(has_update)
        self.remove_update_button.setEnabled(has_update)

    # editing ---------------------------------------------------------------------

    def _run(self, dialog, make_command) -> object | None:
        """Show the dialog until its edit is saved or it is cancelled.

        A refused edit shows why inside the dialog, which keeps what was typed; a
        confirmable one asks first.
        """
        while dialog.exec() == QDialog.DialogCode.Accepted:
            confirmed = False
            while True:
                command = make_command(dialog, confirmed)
                if command is None:
                    return None
                try:
                    self.context.execute(command)
                    return command
                except NeedsConfirmation as e:
                    answer = QMessageBox.question(
                        self, self.tr("Please confirm"),
                        problems_text(e.problems, self.language) + "\n\n"
                        + self.tr("Save it anyway?"),
                        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                        QMessageBox.StandardButton.No)
                    if answer == QMessageBox.StandardButton.Yes:
                        confirmed = True
                        continue
                    dialog.show_problems(problems_text(e.problems, self.language))
                    break
                except ActionsInvalid as e:
                    dialog.show_problems(problems_text(e.problems, self.language))
                    break
        return None

    def delete_line(self, *_args) -> None:
        """Delete the chosen line and its history, after asking; Ctrl+Z puts them back."""
        line = self.model.line(self.selected_id()) if self.selected_id() is not None else None
        if line is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete line of action"),
            self.tr("Delete %1 “%2” and its status history? Undo (Ctrl+Z) puts them back.")
            .replace("%1", line.code).replace("%2", line.title.either(self.language)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.context.execute(commands.delete_line(self.context, line.id))

    def edit_line(self, *_args) -> None:
        line_id = self.selected_id()
        if line_id is None:
            return
        with self.context.db.session() as session:
            before = store.line_fields(session, line_id)
            seen = versions.look(session, ActionLine, line_id)
        line = self.model.line(line_id)
        dialog = LineEditor(before, self.agencies, self.language, self, code=line.code)
        if self.context.read_only:
            show_for_reading(dialog, dialog.buttons, self.tr("Line of action details"))
            return

        def make(dialog, confirmed):
            after = dialog.fields()
            if after == before:
                return None
            return commands.EditLine(self.context, line_id, before, after,
                                     confirmed=confirmed).saw(seen)

        self._run(dialog, make)

    def new_line(self) -> None:
        if not self.model.plans:
            return
        selected = self.model.line(self.selected_id()) if self.selected_id() else None
        plan_id = selected.plan_id if selected else (self.plan_filter.currentData()
                                                     or self.model.plans[0].id)
        dialog = LineEditor(LineFields(), self.agencies, self.language, self,
                            plans=self.model.plans, plan_id=plan_id)
        command = self._run(dialog, lambda d, confirmed: commands.AddLine(
            self.context, d.plan_id(), d.fields(), created_on=self.model.as_of,
            confirmed=confirmed))
        if command is not None:
            self.select(command.line_id)

    def _line_text(self, line_id: int) -> str:
        line = self.model.line(line_id)
        return f"{line.code} — {line.title.either(self.language)}" if line else ""

    def record_update(self) -> None:
        line_id = self.selected_id()
        if line_id is None:
            return
        # The line as it stands now, which the table shows only when no update is dated
        # after its as-of date.
        with self.context.db.session() as session:
            now = store.line_state(session, line_id)
        fields = UpdateFields(dt.date.today(), now.status, now.progress)
        dialog = UpdateDialog(fields, self._line_text(line_id), self, is_new=True)
        self._run(dialog, lambda d, confirmed: commands.RecordUpdate(
            self.context, line_id, d.fields(), confirmed=confirmed))

    def edit_update(self) -> None:
        update_id = self.timeline.selected_update_id()
        line_id = self.selected_id()
        if update_id is None or line_id is None:
            return
        # The dialog starts from the update as stored now, and its save is refused if
        # another editor changes the update while it is open (store/versions.py).
        with self.context.db.session() as session:
            update = session.get(StatusUpdate, update_id)
            if update is None:
                self.reload()
                return
            before = UpdateFields(update.date, update.status, update.progress, update.note)
            seen = versions.seen(update)
        dialog = UpdateDialog(before, self._line_text(line_id), self, is_new=False)

        def make(dialog, confirmed):
            after = dialog.fields()
            if after == before:
                return None
            return commands.EditUpdate(self.context, update_id, after,
                                       confirmed=confirmed).saw(seen)

        self._run(dialog, make)

    def remove_update(self) -> None:
        update_id = self.timeline.selected_update_id()
        if update_id is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove status update"),
            self.tr("Remove this status update from the line's history?\n"
                    "You can undo this with Edit ▸ Undo."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.context.execute(commands.RemoveUpdate(self.context, update_id))

    def new_plan(self) -> None:
        if self.context.db is None:
            return
        fields = PlanFields(start_date=self.model.as_of)
        dialog = PlanDialog(fields, self, is_new=True)
        self._run(dialog, lambda d, _confirmed: commands.AddPlan(
            self.context, d.fields(), self.context.meeting_id))

    def edit_plan(self) -> None:
        line = self.model.line(self.selected_id()) if self.selected_id() else None
        plan_id = line.plan_id if line else (self.plan_filter.currentData()
                                             or (self.model.plans[0].id if self.model.plans
                                                 else None))
        if plan_id is None:
            return
        with self.context.db.session() as session:
            before = store.plan_fields(session, plan_id)
            seen = versions.look(session, ActionPlan, plan_id)
        dialog = PlanDialog(before, self, is_new=False)
        if self.context.read_only:
            show_for_reading(dialog, dialog.buttons, self.tr("Action plan details"))
            return

        def make(dialog, _confirmed):
            after = dialog.fields()
            return None if after == before else commands.EditPlan(self.context, plan_id,
                                                                   before, after).saw(seen)

        self._run(dialog, make)

    # export ------------------------------------------------------------------------

    def export_report(self) -> None:
        from ...export import actions as report
        from ...export.kit import ExportError, ExportRefused

        meeting_id = self.context.meeting_id
        if meeting_id is None or self.context.db is None:
            return
        choices = ReportDialog(self.language, self)
        if choices.exec() != QDialog.DialogCode.Accepted:
            return
        language, internal = choices.choice()
        suggested = file_name("actions", language, self.tr("internal") if internal else "")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export status report"), suggested,
                                              self.tr("Word documents (*.docx)"))
        if not path:
            return
        if not path.lower().endswith(".docx"):
            path += ".docx"
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with self.context.db.session() as session:
                written = report.write_status_report(session, meeting_id, language, path,
                                                     internal=internal)
        except (ExportError, ExportRefused) as e:
            from ..export.wording import failure_text

            QMessageBox.warning(self, self.tr("Status report not exported"),
                                failure_text(e))
            return
        finally:
            QApplication.restoreOverrideCursor()
        answer = QMessageBox.question(
            self, self.tr("Status report exported"),
            self.tr("The status report was written to %1.\nOpen it now?").replace(
                "%1", str(written)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))
