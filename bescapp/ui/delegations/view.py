"""The Delegations workspace: one list per party (the host's first) for the current meeting.

Layout only, plus the wiring from buttons and keys to undo commands. Each list
is a table over its own ``DelegationListModel``; precedence changes by drag and
drop or Ctrl+Up/Ctrl+Down, and every edit is one step of Edit ▸ Undo.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain import delegations as rules
from ...domain.delegations import MemberInvalid
from ...i18n.formatting import meeting_name
from ...importers.delegates import ImportProblem, plan_import, problem_message
from ...model.entities import Agency, Membership, Person
from ...store import delegations as ops
from ...store import meetings, our_side, versions
from ...store.changes import Changes, Kind
from ...store.meetings import get_meeting
from .. import access
from ..context import AppContext, EditNotSaved
from ..labels import file_name, label
from ..meetings.earlier import choose_earlier_meeting
from ..read_only import EditControls, name_edit_button, show_for_reading
from ..retranslate import Retranslates
from .agencies_dialog import AgenciesDialog
from .commands import (
    AddMember,
    CopyLists,
    EditMember,
    ImportList,
    MoveMember,
    RemoveMember,
    SaveAgency,
    delete_agency,
)
from .export_dialog import ExportDialog
from .import_dialog import ImportDialog
from .member_dialog import MemberDialog
from .model import DelegationListModel

PARTY_CODES = ("MX", "US")
REFRESH_ON = (Kind.DELEGATIONS, Kind.PEOPLE, Kind.AGENCIES, Kind.MEETINGS)


class PartySection(QWidget):
    """A party's heading and its list."""

    def __init__(self, code: str, language: str) -> None:
        super().__init__()
        self.code = code
        self.model = DelegationListModel(code, language, self)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.table = QTableView()
        self.table.setObjectName(f"list_{code}")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setDragDropOverwriteMode(False)
        self.table.verticalHeader().hide()
        # One line per person, so a whole list of ten fits without scrolling.
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(DelegationListModel.TITLE, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.table)

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.membership_id(rows[0]) if rows else None

    def select(self, membership_id: int | None) -> None:
        row = self.model.row_of(membership_id) if membership_id is not None else None
        if row is not None:
            self.table.selectRow(row)

    def fit_columns(self) -> None:
        for column in (DelegationListModel.NUMBER, DelegationListModel.NAME,
                       DelegationListModel.ROLE, DelegationListModel.AGENCY,
                       DelegationListModel.ATTENDANCE):
            self.table.resizeColumnToContents(column)


class DelegationsWorkspace(Retranslates, QWidget):
    def __init__(self, context: AppContext, language: str) -> None:
        super().__init__()
        self.context = context
        self.language = language
        self.meeting_id: int | None = None
        self.host_code: str | None = None
        self.lists: dict[str, ops.PartyList] = {}
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.meeting_label = QLabel()
        self.add_button, self.edit_button, self.remove_button = (QPushButton() for _ in range(3))
        self.up_button, self.down_button = QPushButton(), QPushButton()
        self.photo_button = QPushButton()  # the briefing book's picture beside the biography
        self.photo_button.setObjectName("photo")
        self.photo_button.clicked.connect(self.edit_photo)
        self.agencies_button, self.import_button, self.export_button = \
            (QPushButton() for _ in range(3))
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy_from_earlier)
        self.add_button.clicked.connect(self.add_member)
        self.edit_button.clicked.connect(self.edit_member)
        self.remove_button.clicked.connect(self.remove_member)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.agencies_button.clicked.connect(self.manage_agencies)
        self.import_button.clicked.connect(self.import_list)
        self.export_button.clicked.connect(self.export_lists)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.photo_button, self.remove_button,
                       self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch()
        for button in (self.agencies_button, self.copy_button, self.import_button,
                       self.export_button):
            buttons.addWidget(button)
        self.sections = {code: PartySection(code, language) for code in PARTY_CODES}
        self.active_code = PARTY_CODES[0]
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.edit_controls = EditControls(self)  # off while the database is read-only
        # Edit… reads the member in a read-only database: not one of the edit controls
        self.edit_controls.add(self.add_button, self.photo_button,
                               self.remove_button,
                               self.up_button, self.down_button, self.agencies_button,
                               self.copy_button, self.import_button)
        self.key_shortcuts: list[QShortcut] = []  # worded for Help ▸ Keyboard shortcuts
        for code in PARTY_CODES:
            section = self.sections[code]
            self.edit_controls.add(section.table)
            self.splitter.addWidget(section)
            section.model.move_requested.connect(
                lambda membership_id, index, c=code: self.move_to(c, membership_id, index))
            table = section.table
            # double-click and Return click Edit: nothing while it is disabled
            table.doubleClicked.connect(
                lambda _i, c=code: self._activate(c) or self.edit_button.click())
            table.selectionModel().selectionChanged.connect(
                lambda *_a, c=code: self._selection_changed(c))
            for keys, slot in ((QKeySequence("Ctrl+Up"), lambda c=code: self._key_move(c, -1)),
                               (QKeySequence("Ctrl+Down"), lambda c=code: self._key_move(c, 1)),
                               (QKeySequence(QKeySequence.StandardKey.Delete),
                                lambda c=code: self._activate(c) or self.remove_member()),
                               (QKeySequence(Qt.Key.Key_Return),
                                lambda c=code: self._activate(c) or self.edit_button.click())):
                shortcut = QShortcut(keys, table)
                shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
                shortcut.activated.connect(slot)
                self.key_shortcuts.append(shortcut)
                if keys != QKeySequence(Qt.Key.Key_Return):  # Return clicks Edit (above)
                    self.edit_controls.add(shortcut)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.meeting_label)
        layout.addLayout(buttons)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.splitter, 1)
        context.changed.connect(self._on_changes)
        context.meeting_changed.connect(self._on_meeting)
        # Bound methods, not lambdas: Qt drops them when this page is deleted.
        context.database_changed.connect(self._on_database)
        self.retranslate_ui()
        self._on_meeting(context.meeting_id)

    def set_read_only(self, read_only: bool) -> None:
        self.edit_controls.set_read_only(read_only)
        self._name_edit_button()

    def _name_edit_button(self) -> None:
        name_edit_button(self.edit_button, self.context.read_only, self.tr("E&dit…"),
                         self.tr("Vie&w…"), self.tr("The member's details (the database is "
                                                    "read-only: nothing can be changed)"))

    # language ------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Delegations"))
        self.add_button.setText(self.tr("&Add member…"))
        self._name_edit_button()
        self.remove_button.setText(self.tr("&Remove"))
        self.photo_button.setText(self.tr("Pho&to…"))
        self.photo_button.setToolTip(self.tr("The person's photo beside the biography in the "
                                             "briefing book"))
        self.up_button.setText("▲")  # arrows: the row of buttons must fit a laptop's width
        self.down_button.setText("▼")
        self.up_button.setToolTip(self.tr("Earlier in protocol order (Ctrl+Up)"))
        self.down_button.setToolTip(self.tr("Later in protocol order (Ctrl+Down)"))
        access.name(self.up_button, self.tr("Move up"), self.up_button.toolTip())
        said = (self.tr("Earlier in protocol order"), self.tr("Later in protocol order"),
                self.tr("Remove the selected member"), self.tr("Edit the selected member"))
        for k, shortcut in enumerate(self.key_shortcuts):
            shortcut.setWhatsThis(said[k % len(said)])
        access.name(self.down_button, self.tr("Move down"), self.down_button.toolTip())
        for code, section in self.sections.items():
            access.name(section.table, self.tr("Delegation list: %1").replace("%1", label(code)),
                        self.tr("In protocol order; Enter edits the selected member, Ctrl+Up "
                                "and Ctrl+Down move them, Delete removes them"))
        self.agencies_button.setText(self.tr("A&gencies…"))
        self.agencies_button.setToolTip(self.tr("The agencies' names and acronyms, in both "
                                                "languages"))
        self.import_button.setToolTip(self.tr(
            "Read a delegation list from an Excel or CSV file; a preview shows what will change"))
        self.export_button.setToolTip(self.tr(
            "The delegation lists or a contact sheet as a Word document"))
        self.import_button.setText(self.tr("&Import list…"))
        self.copy_button.setText(self.tr("&Copy lists from…"))
        self.copy_button.setToolTip(self.tr("Start this meeting's lists from an earlier meeting's"))
        self.export_button.setText(self.tr("E&xport lists…"))
        self.empty_label.setText(self.tr("Choose the current meeting in Meetings to see its "
                                         "delegation lists."))
        self._update_headings()

    def set_language(self, language: str) -> None:
        self.language = language
        for section in self.sections.values():
            section.model.set_language(language)
            section.fit_columns()
        self._update_headings()

    def _update_headings(self) -> None:
        for code, section in self.sections.items():
            count = len(self.lists[code].members) if code in self.lists else 0
            text = self.tr("%1 (members: %2)").replace("%1", label(code)).replace("%2", str(count))
            if code == self.host_code:
                text += " — " + self.tr("host")
            section.heading.setText(text)
        text = ""
        if self.meeting_id is not None and self.context.db is not None:
            with self.context.db.session() as session:
                meeting = get_meeting(session, self.meeting_id)
                if meeting is not None:
                    text = meeting_name(meeting.kind.value, meeting.number, self.language)
        self.meeting_label.setText(text)

    # loading -------------------------------------------------------------

    def _on_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id if self.context.db is not None else None
        self.reload()

    def _on_database(self) -> None:
        self._on_meeting(self.context.meeting_id)

    def _on_changes(self, changes: Changes) -> None:
        if any(changes.touches(kind) for kind in REFRESH_ON):
            self.reload()

    def reload(self) -> None:
        selected = {code: s.selected_id() for code, s in self.sections.items()}
        self.lists, self.host_code = {}, None
        if self.meeting_id is not None and self.context.db is not None:
            with self.context.db.session() as session:
                meeting = get_meeting(session, self.meeting_id)
                if meeting is None:
                    self.meeting_id = None
                else:
                    self.host_code = meeting.host_party.code if meeting.host_party else None
                    self.lists = {pl.code: pl for pl in ops.load_lists(session, self.meeting_id)}
                    ours = our_side.our_side(session)
                    if ours in self.sections and not any(selected.values()):
                        self.active_code = ours  # nothing chosen: Add member adds to ours
        order = rules.parties_in_protocol_order(list(PARTY_CODES), self.host_code)
        for index, code in enumerate(order):
            section = self.sections[code]
            self.splitter.insertWidget(index, section)  # the host's list on top
            section.model.set_list(self.lists.get(code))
            section.select(selected[code])
            section.fit_columns()
        has_meeting = self.meeting_id is not None
        self.splitter.setVisible(has_meeting)
        self.empty_label.setVisible(not has_meeting)
        self._update_headings()
        self._enable_buttons()

    def copy_from_earlier(self) -> None:
        """Start this meeting's lists from an earlier meeting's: one undo step."""
        if self.meeting_id is None:
            return
        source = choose_earlier_meeting(
            self, self.context, self.meeting_id, self.language,
            lambda m: any(d.memberships for d in m.delegations),
            self.tr("Copy delegation lists"),
            self.tr("Add the people on both lists of (in their protocol order, with their "
                    "titles then; attendance to confirm; no internal notes):"),
            self.tr("No earlier meeting has delegation lists to copy."))
        if source is not None:
            self.context.execute(CopyLists(self.context, source, self.meeting_id))

    def _enable_buttons(self) -> None:
        has_meeting = self.meeting_id is not None
        chosen = self.selected_id() is not None
        for button in (self.add_button, self.copy_button, self.import_button, self.export_button):
            button.setEnabled(has_meeting)
        self.agencies_button.setEnabled(self.context.db is not None)
        for button in (self.edit_button, self.photo_button, self.remove_button, self.up_button,
                       self.down_button):
            button.setEnabled(chosen)

    # selection -----------------------------------------------------------

    def _activate(self, code: str) -> None:
        self.active_code = code

    def _selection_changed(self, code: str) -> None:
        if self.sections[code].selected_id() is not None:
            self.active_code = code
            for other, section in self.sections.items():  # one selection across both lists
                if other != code:
                    section.table.clearSelection()
        self._enable_buttons()

    def active(self) -> PartySection:
        return self.sections[self.active_code]

    def selected_id(self) -> int | None:
        return self.active().selected_id()

    # edits ---------------------------------------------------------------

    def _execute(self, command) -> bool:
        try:
            self.context.execute(command)
        except MemberInvalid as e:
            QMessageBox.warning(self, self.tr("Not saved"), str(e))
            return False
        except ops.DelegationProblem as e:
            QMessageBox.warning(self, self.tr("Not saved"), str(e))
            return False
        return True

    def _party_id(self, code: str) -> int | None:
        party = self.lists.get(code)
        return party.party_id if party else None

    def add_member(self) -> None:
        if self.meeting_id is None:
            return
        code = self.active_code
        with self.context.db.session() as session:
            on_list = {m.person_id for m in self.lists[code].members}
            people = [p for p in ops.people(session, self.language) if p.id not in on_list]
            agencies = ops.agencies(session, self._party_id(code))
        dialog = MemberDialog(self, people=people, agencies=agencies,
                              load_person=self._load_person, language=self.language)
        dialog.setWindowTitle(self.tr("Add member to the %1 list").replace("%1", label(code)))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        person_id = dialog.person_id()
        person = dialog.person_fields()
        if person_id is not None and person == self._load_person(person_id):
            person = None  # reused as is
        command = AddMember(self.context, self.meeting_id, self._party_id(code), person_id,
                            person, dialog.membership_fields())
        if self._execute(command):
            self.sections[code].select(command.membership_id)

    def _load_person(self, person_id: int):
        with self.context.db.session() as session:
            return ops.person_fields(session, person_id)

    def select(self, membership_id: int) -> None:
        """The member selected in whichever list holds them, the list focused (where a
        pre-flight entry about them is fixed: Enter then edits them)."""
        for code, section in self.sections.items():
            row = section.model.row_of(membership_id)
            if row is not None:
                self._activate(code)
                section.select(membership_id)
                section.table.scrollTo(section.model.index(row, 0))
                section.table.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def selected_member(self):
        """The selected membership's id and its row in the active list, or None."""
        membership_id = self.selected_id()
        if membership_id is None:
            return None
        model = self.active().model
        return membership_id, model.member(model.row_of(membership_id))

    def edit_member(self) -> None:
        chosen = self.selected_member()
        if chosen is None:
            return
        membership_id, member = chosen
        section = self.active()
        with self.context.db.session() as session:
            person = ops.person_fields(session, member.person_id)
            membership = ops.membership_fields(session, membership_id)
            seen = (versions.look(session, Person, member.person_id),
                    versions.look(session, Membership, membership_id))
            agencies = ops.agencies(session, self._party_id(section.code))
        dialog = MemberDialog(self, agencies=agencies, person=person, membership=membership,
                              language=self.language)
        if self.context.read_only:
            show_for_reading(dialog, dialog.buttons, self.tr("Member details"))
            return
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        after_person, after_membership = dialog.person_fields(), dialog.membership_fields()
        if (after_person, after_membership) == (person.cleaned(), membership):
            return
        self._execute(EditMember(self.context, self.meeting_id, member.person_id, person,
                                 after_person, membership_id, membership, after_membership)
                      .saw(*seen))

    def edit_photo(self) -> None:
        chosen = self.selected_member()
        if chosen is None:
            return
        from ...domain.people import display_name
        from ...store import briefing
        from ..briefing.commands import SetPhoto
        from .photo_dialog import PhotoDialog

        _membership_id, member = chosen
        with self.context.db.session() as session:
            before = briefing.photo(session, member.person_id)
        dialog = PhotoDialog(self, name=display_name(member, self.language), photo=before)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen() == before:
            return
        self._execute(SetPhoto(self.context, member.person_id, before, dialog.chosen()))

    def remove_member(self) -> None:
        chosen = self.selected_member()
        if chosen is None:
            return
        from ...domain.people import display_name

        membership_id, member = chosen
        name = display_name(member, self.language)
        answer = QMessageBox.question(
            self, self.tr("Remove member"),
            self.tr("Remove %1 from this list? The person stays on file for other meetings. "
                    "You can undo this with Edit ▸ Undo.").replace("%1", name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self._execute(RemoveMember(self.context, self.meeting_id, membership_id))

    def _key_move(self, code: str, step: int) -> None:
        self._activate(code)
        self.move_selected(step)

    def move_selected(self, step: int) -> None:
        membership_id = self.selected_id()
        if membership_id is None:
            return
        row = self.active().model.row_of(membership_id)
        if 0 <= row + step < self.active().model.rowCount():
            self.move_to(self.active_code, membership_id, row + step)

    def move_to(self, code: str, membership_id: int, index: int) -> None:
        section = self.sections[code]
        before = section.model.order()
        after = rules.moved(before, membership_id, index)
        if after == before:
            return
        self.active_code = code
        delegation_id = self.lists[code].delegation_id
        try:
            moved = self._execute(MoveMember(self.context, self.meeting_id, delegation_id,
                                             before, after))
        except EditNotSaved as e:  # another editor reordered the list: said, and reloaded
            if not e.conflict:
                raise
            return
        if moved:
            section.select(membership_id)

    # agencies ------------------------------------------------------------

    def manage_agencies(self) -> None:
        if self.context.db is None:
            return
        with self.context.db.session() as session:
            parties = [(p.id, p.code) for p in meetings.parties(session)]

        shown: dict[int, tuple] = {}  # agency id -> (row, Seen) as the list showed it

        def load():
            with self.context.db.session() as session:
                rows = ops.agencies(session)
                shown.clear()
                shown.update({a.id: (a, versions.look(session, Agency, a.id)) for a in rows})
                return rows

        def execute(action: str, agency_id: int | None, values) -> bool:
            if action == "delete":
                return self._execute(delete_agency(self.context, agency_id))
            before, seen = None, None
            if action == "edit":  # what the list showed: a save over a later change is refused
                row, seen = shown[agency_id]
                before = (row.party_id, row.acronym, row.name)
            try:
                return self._execute(SaveAgency(self.context, agency_id, values, before)
                                     .saw(seen))
            except EditNotSaved as e:  # said in a message box; the list shows theirs
                if not e.conflict:
                    raise
                return False

        AgenciesDialog(parties, load, execute, self.language, self).exec()

    # import and export ---------------------------------------------------------

    def import_list(self) -> None:
        if self.meeting_id is None:
            return
        codes = rules.parties_in_protocol_order(list(PARTY_CODES), self.host_code)
        names = [label(code) for code in codes]
        choice, ok = QInputDialog.getItem(
            self, self.tr("Import list"), self.tr("Whose list is it?"), names,
            codes.index(self.active_code), False)
        if not ok:
            return
        code = codes[names.index(choice)]
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import delegation list"), "",
            self.tr("Spreadsheets (*.xlsx *.csv);;All files (*)"))
        if not path:
            return
        try:
            with self.context.db.session() as session:
                report = plan_import(session, Path(path), self.meeting_id, code)
        except ImportProblem as problem:
            QMessageBox.warning(self, self.tr("Cannot import %1").replace("%1", Path(path).name),
                                problem_message(problem, self.language))
            return
        dialog = ImportDialog(report, self.language, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and not report.has_errors:
            self._execute(ImportList(self.context, report))

    def export_lists(self) -> None:
        if self.meeting_id is None:
            return
        from ...export.delegations import write_delegations
        from ...export.kit import ExportError, ExportRefused

        dialog = ExportDialog(self.language, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        language, contacts = dialog.choice()
        with self.context.db.session() as session:
            number = get_meeting(session, self.meeting_id).number
        suggested = file_name("contacts" if contacts else "delegations", number, language)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export delegation lists"),
                                              suggested, self.tr("Word documents (*.docx)"))
        if not path:
            return
        if not path.lower().endswith(".docx"):
            path += ".docx"
        try:
            with self.context.db.session() as session:
                written = write_delegations(session, self.meeting_id, language, path,
                                            contact_sheet=contacts)
        except (ExportError, ExportRefused) as e:
            from ..export.wording import failure_text

            QMessageBox.warning(self, self.tr("Not exported"), failure_text(e))
            return
        answer = QMessageBox.question(
            self, self.tr("Exported"),
            self.tr("Wrote %1. Open it now?").replace("%1", str(written)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))
