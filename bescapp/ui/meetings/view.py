"""The Meetings workspace: every meeting, and the choice of the current one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...i18n.formatting import meeting_name
from ...store.changes import Changes, Kind
from ...store.first_rows import MeetingRow
from .. import access, keys
from ..context import AppContext
from ..read_only import EditControls, name_edit_button, show_for_reading
from ..retranslate import Retranslates
from .model import MeetingsModel

# The store's queries, the commands and the dialogs bring in SQLAlchemy and the entities:
# imported where they are used, so the workspace can paint rows read before they load
# (``show_first_rows``; docs/design.md, "Start-up").
if TYPE_CHECKING:
    from ...store.meetings import MeetingFields
    from .commands import CreateMeeting


class MeetingsWorkspace(Retranslates, QWidget):
    def __init__(self, context: AppContext, language: str) -> None:
        super().__init__()
        self.context = context
        self.language = language
        self.model = MeetingsModel(context, language)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self.make_current)
        self.enter_key = keys.enter_opens(self.table, self.make_current)
        self.new_button = QPushButton()
        self.next_button = QPushButton()
        # an action of the workspace, so its shortcut works wherever the focus is in it
        self.next_action = QAction(self)
        self.next_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.next_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.next_action.triggered.connect(self.new_plenary_from)
        self.addAction(self.next_action)
        self.next_button.clicked.connect(self.next_action.trigger)
        self.edit_button = QPushButton()
        self.delete_button = QPushButton()
        self.current_button = QPushButton()
        self.new_button.clicked.connect(self.new_meeting)
        self.edit_button.clicked.connect(self.edit_meeting)
        self.delete_button.clicked.connect(self.delete_meeting)
        self.current_button.clicked.connect(self.make_current)
        self.new_button.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.delete_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        buttons = QHBoxLayout()
        for button in (self.current_button, self.next_button, self.new_button, self.edit_button,
                       self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self.table.selectionModel().selectionChanged.connect(self._enable_buttons)
        self.edit_controls = EditControls(self)  # off while the database is read-only
        self.edit_controls.add(self.new_button, self.next_button, self.next_action,
                               self.delete_button)  # Edit… reads the meeting when read-only
        context.changed.connect(self._on_changes)
        context.database_changed.connect(self._on_database)
        context.meeting_changed.connect(self._on_meeting)
        self.retranslate_ui()
        self._on_meeting(context.meeting_id)  # built after the meeting was chosen: select it
        self._enable_buttons()

    def show_first_rows(self, rows: list[MeetingRow]) -> None:
        """Show rows read before the database is open (``store.first_rows``), the current
        meeting selected; the database's ``set_database`` then reloads them through the ORM."""
        self.model.show_rows(rows)
        self._on_meeting(self.context.meeting_id)
        self._enable_buttons()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Meetings"))
        access.name(self.table, self.tr("Meetings"), self.tr(
            "Enter opens the selected meeting as the current one"))
        self.enter_key.setWhatsThis(self.tr("Open the selected meeting as the current one"))
        self.new_button.setText(self.tr("&New meeting…"))
        self._name_edit_button()
        self.delete_button.setText(self.tr("&Delete"))
        self.current_button.setText(self.tr("&Open as current meeting"))
        self.current_button.setToolTip(self.tr(
            "Make it the meeting every workspace shows and exports (Enter)"))
        self.new_button.setToolTip(self.tr("Create a meeting (Ctrl+Shift+N)"))
        self.next_action.setText(self.tr("New &plenary from…"))
        self.next_button.setText(self.next_action.text())
        tip = self.tr("The next plenary with an earlier meeting's agenda and delegation lists "
                      "(Ctrl+Shift+P)")
        self.next_action.setToolTip(tip)
        self.next_button.setToolTip(tip)

    def set_read_only(self, read_only: bool) -> None:
        self.edit_controls.set_read_only(read_only)
        self._name_edit_button()

    def _name_edit_button(self) -> None:
        name_edit_button(self.edit_button, self.context.read_only, self.tr("Ed&it…"),
                         self.tr("V&iew…"), self.tr("The meeting's details (the database is "
                                                    "read-only: nothing can be changed)"))

    def set_language(self, language: str) -> None:
        self.language = language
        self.model.set_language(language)

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.meeting_id(rows[0]) if rows else None

    def select(self, meeting_id: int) -> None:
        row = self.model.row_of(meeting_id)
        if row is not None:
            self.table.selectRow(row)

    def _enable_buttons(self, *_args) -> None:
        has_db = self.context.db is not None
        chosen = self.selected_id() is not None
        self.new_button.setEnabled(has_db)
        self.next_action.setEnabled(has_db and self.model.rowCount() > 0)
        self.next_button.setEnabled(self.next_action.isEnabled())
        for button in (self.edit_button, self.delete_button, self.current_button):
            button.setEnabled(has_db and chosen)

    def _on_database(self) -> None:
        self.model.reload()
        self._enable_buttons()

    def _on_meeting(self, meeting_id: int | None) -> None:
        self.model.set_language(self.language)  # repaint: the current meeting is in bold
        if meeting_id is not None and self.selected_id() is None:
            self.select(meeting_id)

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(Kind.MEETINGS):
            selected = self.selected_id()
            self.model.reload()
            if selected is not None:
                self.select(selected)
            self._enable_buttons()

    def _taken(self, except_id: int | None) -> set[tuple[str, int]]:
        from ...store.meetings import numbers_taken

        with self.context.db.session() as session:
            return numbers_taken(session, except_id)

    def _suggest_new(self) -> MeetingFields:
        """The next plenary, a year after the latest, in the other party's country."""
        from ...store import our_side
        from ...store.meetings import MeetingFields, fields_of, latest_meeting
        from ...store.next_plenary import following

        with self.context.db.session() as session:
            latest = latest_meeting(session)
            if latest is None:  # the first meeting: the database's marking to start from
                return MeetingFields(handling_marking=our_side.read(session).marking)
            return following(fields_of(latest))

    def new_meeting(self) -> None:
        if self.context.db is None:
            return
        from .commands import CreateMeeting
        from .dialog import MeetingDialog

        dialog = MeetingDialog(self._suggest_new(), self._taken(None), self, is_new=True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._create(CreateMeeting(self.context, dialog.fields()))

    def new_plenary_from(self) -> None:
        """The next plenary from an earlier one (the selected one, else the latest); the
        dialog asks number, date, city and host. One undo step."""
        if self.context.db is None:
            return
        from ...model.entities import MeetingKind
        from ...store.meetings import fields_of, list_meetings
        from ...store.next_plenary import following
        from .commands import CreateNextPlenary
        from .next_dialog import Earlier, NextPlenaryDialog

        with self.context.db.session() as session:
            choices = [Earlier(m.id, meeting_name(m.kind.value, m.number, self.language),
                               following(fields_of(m)))
                       for m in reversed(list_meetings(session))
                       if m.kind == MeetingKind.PLENARY]  # the latest first
        if not choices:
            QMessageBox.information(self, self.tr("New plenary from…"),
                                    self.tr("There is no plenary to start from yet."))
            return
        chosen = self.selected_id() or choices[0].meeting_id
        dialog = NextPlenaryDialog(choices, chosen, self._taken(None), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._create(CreateNextPlenary(self.context, dialog.earlier_id(), dialog.fields()))

    def _create(self, command: CreateMeeting) -> None:
        """Run a creation; the new meeting becomes the current one and the selected row."""
        if self._execute(command):
            command.make_current()
            self.select(command.meeting_id)

    def edit_meeting(self) -> None:
        meeting_id = self.selected_id()
        if meeting_id is None or self.context.db is None:
            return
        from ...model.entities import Meeting
        from ...store import versions
        from ...store.meetings import meeting_fields
        from .commands import EditMeeting
        from .dialog import MeetingDialog

        with self.context.db.session() as session:
            before = meeting_fields(session, meeting_id)
            seen = versions.look(session, Meeting, meeting_id)
        dialog = MeetingDialog(before, self._taken(meeting_id), self, is_new=False)
        if self.context.read_only:
            show_for_reading(dialog, dialog.buttons, self.tr("Meeting details"))
            return
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.fields() != before:
            self._execute(EditMeeting(self.context, meeting_id, before, dialog.fields())
                          .saw(seen))

    def delete_meeting(self) -> None:
        meeting_id = self.selected_id()
        if meeting_id is None or self.context.db is None:
            return
        from ...store.meetings import get_meeting
        from .commands import delete_meeting

        with self.context.db.session() as session:
            m = get_meeting(session, meeting_id)
            if m is None:  # deleted meanwhile
                return
            name = meeting_name(m.kind.value, m.number, self.language)
        answer = QMessageBox.question(
            self, self.tr("Delete meeting"),
            self.tr("Delete the %1 with its agenda, delegations and communiqué?\n"
                    "You can undo this with Edit ▸ Undo.").replace("%1", name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self._execute(delete_meeting(self.context, meeting_id)) and \
                self.context.meeting_id == meeting_id:
            self.context.set_meeting(None)

    def make_current(self, *_args) -> None:
        meeting_id = self.selected_id()
        if meeting_id is not None and self.context.db is not None:
            self.context.set_meeting(meeting_id)

    def _execute(self, command) -> bool:
        from ...store.meetings import MeetingInvalid

        try:
            self.context.execute(command)
        except MeetingInvalid as e:
            QMessageBox.warning(self, self.tr("Meeting not saved"), str(e))
            return False
        return True
