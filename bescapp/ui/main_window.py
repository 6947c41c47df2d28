"""The main window: assembles the workspaces, the menus and the shared undo stack.

It holds no domain logic. Workspaces talk to the store through ``AppContext``;
the window routes what changed and shows the current meeting in its title.

The window is built in two steps so that it appears at once: ``__init__`` makes
the frame (side bar, menus, status bar) from Qt alone, and ``build_workspaces``,
called once the frame has been painted, imports the workspaces, which bring in
SQLAlchemy and the store (most of start-up's import time).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from .. import __version__
from .context import AppContext


class MainWindow(QMainWindow):
    open_requested = Signal(Path, bool)  # path, is_new
    backup_requested = Signal(Path)
    language_requested = Signal(str)

    MEETINGS, AGENDA, DELEGATIONS, ACTIONS, COMMUNIQUE, EXPORT = range(6)
    WORKSPACE_NAMES = ("meetings", "agenda", "delegations", "actions", "communique", "export")

    def __init__(self, context: AppContext, language: str, recent: list[str]) -> None:
        super().__init__()
        self.context = context
        self.language = language
        self.recent = recent
        self.sidebar = QListWidget()
        self.sidebar.setFixedWidth(190)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setStyleSheet("QListWidget#sidebar { font-size: 11pt; }"
                                   "QListWidget#sidebar::item { padding: 7px 8px; }")
        self.stack = QStackedWidget()
        self.workspaces: list[QWidget] = []  # filled by build_workspaces()
        for _name in self.WORKSPACE_NAMES:
            self.sidebar.addItem("")
        self.sidebar.currentRowChanged.connect(self.stack.setCurrentIndex)
        central = QWidget()
        row = QHBoxLayout(central)
        row.addWidget(self.sidebar)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.meeting_label = QLabel()
        self.statusBar().addPermanentWidget(self.meeting_label)
        self._build_menus()
        self.sidebar.setCurrentRow(self.MEETINGS)
        context.meeting_changed.connect(self._update_title)
        context.changed.connect(lambda _changes: self._update_title())
        context.database_changed.connect(self._update_title)
        self.retranslate_ui()
        self.resize(1100, 700)

    def build_workspaces(self) -> None:
        """Create the workspaces (once); they import the store, so this runs after first paint."""
        if self.workspaces:
            return
        # Workspace imports belong here, not at the top of the module: they load the store.
        from .meetings.view import MeetingsWorkspace

        # One line per workspace; each issue replaces its PlannedWorkspace.
        self.meetings = MeetingsWorkspace(self.context, self.language)
        from .agenda.view import AgendaWorkspace

        self.agenda = AgendaWorkspace(self.context, self.language)
        from .delegations.view import DelegationsWorkspace

        self.delegations = DelegationsWorkspace(self.context, self.language)
        from .actions.view import ActionsWorkspace

        self.actions = ActionsWorkspace(self.context, self.language)
        from .communique.view import CommuniqueWorkspace

        self.communique = CommuniqueWorkspace(self.context, self.language)
        from .export.view import ExportWorkspace

        self.export = ExportWorkspace(self.context, self.language)
        self.workspaces = [self.meetings, self.agenda, self.delegations, self.actions,
                           self.communique, self.export]
        for page in self.workspaces:
            self.stack.addWidget(page)
        self.stack.setCurrentIndex(self.sidebar.currentRow())

    # menus ---------------------------------------------------------------

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.new_action = self._action(self.file_menu, QKeySequence.StandardKey.New, self._new_db)
        self.open_action = self._action(self.file_menu, QKeySequence.StandardKey.Open, self._open_db)
        self.recent_menu = self.file_menu.addMenu("")
        self.backup_action = self._action(self.file_menu, None, self._backup)
        self.file_menu.addSeparator()
        self.quit_action = self._action(self.file_menu, QKeySequence.StandardKey.Quit, self.close)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.edit_menu = bar.addMenu("")
        stack = self.context.undo_stack
        self.undo_action = stack.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = stack.createRedoAction(self)
        self.redo_action.setShortcuts([QKeySequence.StandardKey.Redo, QKeySequence("Ctrl+Y")])
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)

        self.view_menu = bar.addMenu("")
        self.workspace_actions = []
        for index in range(len(self.WORKSPACE_NAMES)):
            action = self.view_menu.addAction("")
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _c=False, i=index: self.show_workspace(i))
            self.workspace_actions.append(action)
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu("")
        group = QActionGroup(self)
        self.language_actions = {}
        for code, name in (("en", "English"), ("es", "Español")):  # each in its own language
            action = self.language_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == self.language)
            action.triggered.connect(lambda _checked, c=code: self.language_requested.emit(c))
            group.addAction(action)
            self.language_actions[code] = action

        self.help_menu = bar.addMenu("")
        self.about_action = self._action(self.help_menu, None, self._about)
        self._fill_recent()

    def _action(self, menu, shortcut, slot) -> QAction:
        action = menu.addAction("")
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.recent:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _c=False, p=path: self.open_requested.emit(Path(p), False))
        self.recent_menu.setEnabled(bool(self.recent))

    def set_recent(self, recent: list[str]) -> None:
        self.recent = recent
        self._fill_recent()

    # language ------------------------------------------------------------

    def retranslate_ui(self) -> None:
        names = (self.tr("Meetings"), self.tr("Agenda"), self.tr("Delegations"),
                 self.tr("Action plans"), self.tr("Communiqué"), self.tr("Export"))
        for row, name in enumerate(names):
            self.sidebar.item(row).setText(name)
            self.workspace_actions[row].setText(name)
        self.file_menu.setTitle(self.tr("&File"))
        self.new_action.setText(self.tr("&New database…"))
        self.open_action.setText(self.tr("&Open database…"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.backup_action.setText(self.tr("&Back up database…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About bescapp"))
        self._update_title()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_language(self, language: str) -> None:
        self.language = language
        self.language_actions[language].setChecked(True)
        for page in self.workspaces:  # models show data in the interface language
            if hasattr(page, "set_language"):
                page.set_language(language)
        self._update_title()

    # title and status ----------------------------------------------------------

    def current_meeting_text(self) -> str:
        db, meeting_id = self.context.db, self.context.meeting_id
        if db is None or meeting_id is None:
            return ""
        from ..i18n.formatting import format_date, meeting_name
        from ..store.models import Meeting

        with db.session() as session:
            meeting = session.get(Meeting, meeting_id)
            if meeting is None:
                return ""
            return "%s — %s, %s" % (  # noqa: UP031
                meeting_name(meeting.kind.value, meeting.number, self.language),
                meeting.city.either(self.language),
                format_date(meeting.start_date, self.language),
            )

    def _update_title(self, *_args) -> None:
        meeting = self.current_meeting_text()
        db = self.context.db
        parts = [meeting] if meeting else []
        if db is not None:
            parts.append(db.path.name)
        parts.append("bescapp")
        self.setWindowTitle(" — ".join(parts))
        self.meeting_label.setText(meeting or self.tr("No current meeting"))

    # file actions --------------------------------------------------------

    def _file_filter(self) -> str:
        return self.tr("bescapp databases (*.db *.sqlite);;All files (*)")

    def _new_db(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New database"), "", self._file_filter())
        if path:
            self.open_requested.emit(Path(path), True)

    def _open_db(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open database"), "", self._file_filter())
        if path:
            self.open_requested.emit(Path(path), False)

    def _backup(self) -> None:
        if self.context.db is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Back up database"), "",
                                              self._file_filter())
        if path:
            self.backup_requested.emit(Path(path))

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About bescapp"), self.tr(
            "bescapp %1\n\nPrepares the plenary meetings of a bilateral executive steering "
            "committee: agenda, delegations, action plans, briefing books and joint "
            "communiqués, offline.").replace("%1", __version__))

    def show_workspace(self, which: int | str) -> None:
        index = self.WORKSPACE_NAMES.index(which) if isinstance(which, str) else which
        self.sidebar.setCurrentRow(index)

    def status(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

