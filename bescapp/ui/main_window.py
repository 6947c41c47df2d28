"""The main window: assembles the workspaces, the menus and the shared undo stack.

It holds no domain logic. Workspaces talk to the store through ``AppContext``;
the window routes what changed and shows the current meeting in its title.

The window is built in two steps so that it appears at once: ``__init__`` makes
the frame (side bar, menus, status bar) from Qt alone, and ``complete``, called
once the frame has been painted, builds the workspace on show; the others are
built when first shown. Workspaces bring in SQLAlchemy and the store (most of
start-up's import time), python-docx for the Export workspace.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .. import __version__, paths
from . import access, colours
from .context import AppContext
from .labels import meeting_text
from .packages.actions import PackageActions
from .qt_namespace import qt
from .read_only import EditControls
from .retranslate import Retranslates


class MainWindow(Retranslates, QMainWindow):
    open_requested = Signal(object, bool)  # a file's Path or a ServerAddress, is_new
    backup_requested = Signal(Path)
    connect_requested = Signal()  # File ▸ Connect to server…
    copy_to_server_requested = Signal()  # File ▸ Copy this database to a server…
    language_requested = Signal(str)
    database_settings_requested = Signal()

    MEETINGS, AGENDA, DELEGATIONS, ACTIONS, COMMUNIQUE, EXPORT = range(6)
    # Side-bar order: name (for --workspace and the settings), module, class.
    WORKSPACES = (("meetings", ".meetings.view", "MeetingsWorkspace"),
                  ("agenda", ".agenda.view", "AgendaWorkspace"),
                  ("delegations", ".delegations.view", "DelegationsWorkspace"),
                  ("actions", ".actions.view", "ActionsWorkspace"),
                  ("communique", ".communique.view", "CommuniqueWorkspace"),
                  ("export", ".export.view", "ExportWorkspace"))
    WORKSPACE_NAMES = tuple(name for name, _module, _class in WORKSPACES)

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
        self._pages: dict[int, QWidget] = {}
        self._completed = False
        self._closing_after_export = False  # closed while an export was being written
        for _name in self.WORKSPACE_NAMES:
            self.sidebar.addItem("")
            self.stack.addWidget(QWidget())  # stands in until the workspace is first shown
        self.sidebar.currentRowChanged.connect(self._on_row_changed)
        # Said above the workspaces for as long as a read-only database is open.
        self.read_only_banner = QLabel()
        self.read_only_banner.setObjectName("read_only_banner")
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.hide()
        central = QWidget()
        column = QVBoxLayout(central)
        column.addWidget(self.read_only_banner)
        row = QHBoxLayout()
        row.addWidget(self.sidebar)
        row.addWidget(self.stack, 1)
        column.addLayout(row, 1)
        self.setCentralWidget(central)
        self.read_only_label = QLabel()
        self.read_only_label.hide()
        self.statusBar().addPermanentWidget(self.read_only_label)
        self.meeting_label = QLabel()
        self.statusBar().addPermanentWidget(self.meeting_label)
        self.statusBar().messageChanged.connect(self._message_changed)
        self.edit_controls = EditControls(self)  # the window's own: Undo, Redo, settings
        self._build_menus()
        self.edit_controls.add(self.undo_action, self.redo_action,
                               self.database_settings_action, self.packages.send_action,
                               self.packages.open_action)
        self.sidebar.setCurrentRow(self.MEETINGS)
        context.meeting_changed.connect(self._update_title)
        context.changed.connect(lambda _changes: self._update_title())
        context.database_changed.connect(self._update_title)
        context.changed_elsewhere.connect(self._changed_elsewhere)
        context.read_only_changed.connect(self.set_read_only)
        self.restyle()
        self.retranslate_ui()
        self.resize(self._default_size())

    def _default_size(self) -> QSize:
        """Room for the tables and side editors: up to 1360 x 860, within the screen."""
        screen = self.screen().availableGeometry()
        return QSize(min(1360, screen.width() * 9 // 10), min(860, screen.height() * 9 // 10))

    def complete(self) -> None:
        """Finish the window after its first paint: shortcuts and the workspace on show.

        The other workspaces are built the first time they are shown; each loads
        the current database and meeting as it is built.
        """
        if not self._completed:
            self._completed = True
            self._bind_shortcuts()
            self._on_row_changed(self.sidebar.currentRow())

    def closeEvent(self, event) -> None:
        """Closed while an export is being written: the window stays until the document is
        written (it is the user's), says so, and then closes by itself."""
        worker = self._export_worker()
        if worker is not None and worker.isRunning():
            event.ignore()
            self.status(self.tr("An export is still being written: bescapp closes as soon as "
                                "it is done."), 60_000)
            if not self._closing_after_export:
                self._closing_after_export = True
                worker.finished.connect(self.close)
            return
        super().closeEvent(event)

    def finish_work(self) -> None:
        """Wait for what still runs off the window's thread: an export being written when
        the window closed is finished, its document the user's."""
        worker = self._export_worker()
        if worker is not None:
            worker.wait()

    def _export_worker(self):
        """The Export workspace's export being written, if it is built and writing one."""
        return getattr(self._pages.get(self.EXPORT), "worker", None)

    def show_first_rows(self, rows: list, current: int | None) -> bool:
        """Paint the Meetings workspace from rows read before the database is open
        (``store.first_rows``), ``current`` in bold and selected, when it is the workspace on
        show and not built yet; whether it did. Opening the database then reloads the same
        rows through the ORM and chooses the same current meeting (``Application.open``)."""
        if self._pages or self.sidebar.currentRow() != self.MEETINGS:
            return False
        self.context.meeting_id = current  # no signal: nothing else is built, no database yet
        self._page(self.MEETINGS).show_first_rows(rows)
        return True

    def _page(self, index: int) -> QWidget:
        """The workspace at ``index``, built (and put in the stack) on first use."""
        page = self._pages.get(index)
        if page is None:
            _name, module_name, class_name = self.WORKSPACES[index]
            # Imported here, not at the top of the module: workspaces load the store.
            module = importlib.import_module(module_name, __package__)
            page = getattr(module, class_name)(self.context, self.language)
            page.set_read_only(self.context.read_only)
            if hasattr(page, "go_to_requested"):  # the Export workspace's pre-flight list
                page.go_to_requested.connect(self.go_to)
            self._pages[index] = page
            placeholder = self.stack.widget(index)
            was_current = self.stack.currentWidget() is placeholder
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            if was_current:
                self.stack.setCurrentWidget(page)
        return page

    def _on_row_changed(self, index: int) -> None:
        if self._completed:
            self._page(index)
        self.stack.setCurrentIndex(index)

    @property
    def workspaces(self) -> list[QWidget]:
        """The workspaces built so far, in side-bar order."""
        return [self._pages[i] for i in sorted(self._pages)]

    meetings = property(lambda self: self._page(self.MEETINGS))
    agenda = property(lambda self: self._page(self.AGENDA))
    delegations = property(lambda self: self._page(self.DELEGATIONS))
    actions = property(lambda self: self._page(self.ACTIONS))
    communique = property(lambda self: self._page(self.COMMUNIQUE))
    export = property(lambda self: self._page(self.EXPORT))

    # menus ---------------------------------------------------------------

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.new_action = self._action(self.file_menu, self._new_db)
        self.open_action = self._action(self.file_menu, self._open_db)
        self.recent_menu = self.file_menu.addMenu("")
        self.connect_action = self._action(
            self.file_menu, lambda _checked=False: self.connect_requested.emit())
        self.backup_action = self._action(self.file_menu, self._backup)
        self.copy_to_server_action = self._action(
            self.file_menu, lambda _checked=False: self.copy_to_server_requested.emit())
        self.file_menu.addSeparator()
        # Meeting packages: the joint parts to and from the other delegation.
        self.packages = PackageActions(self, self.context, self.language)
        self.file_menu.addAction(self.packages.send_action)
        self.file_menu.addAction(self.packages.open_action)
        self.file_menu.addSeparator()
        self.database_settings_action = self._action(
            self.file_menu, lambda _checked=False: self.database_settings_requested.emit())
        self.file_menu.addSeparator()
        self.quit_action = self._action(self.file_menu, self.close)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.edit_menu = bar.addMenu("")
        # Our own actions rather than QUndoStack.createUndoAction: its "Undo %1" is
        # translated once, when made, and stayed English after a switch to Spanish.
        stack = self.context.undo_stack
        self.undo_action = self._action(self.edit_menu, stack.undo)
        self.redo_action = self._action(self.edit_menu, stack.redo)
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self._undo_redo_texts = ["", ""]  # kept here: a language switch names them again
        stack.undoTextChanged.connect(self._undo_text_changed)  # methods: disconnected
        stack.redoTextChanged.connect(self._redo_text_changed)  # when the window goes
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())

        self.view_menu = bar.addMenu("")
        self.workspace_actions = []
        for index in range(len(self.WORKSPACE_NAMES)):
            action = self.view_menu.addAction("")
            action.triggered.connect(lambda _c=False, i=index: self.show_workspace(i, focus=True))
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
        self.guide_action = self._action(self.help_menu, self.show_guide)
        self.shortcuts_action = self._action(self.help_menu, self.show_shortcuts)
        self.help_menu.addSeparator()
        self.about_action = self._action(self.help_menu, self._about)
        self._guide = None
        self._fill_recent()

    def _bind_shortcuts(self) -> None:
        """Give the menus their shortcuts; called after the first paint.

        The first setShortcut makes PySide6 build Python enums for the whole Qt
        namespace (about 40 ms), time the frame's first paint need not wait for.
        """
        key = QKeySequence.StandardKey
        self.new_action.setShortcut(key.New)
        self.open_action.setShortcut(key.Open)
        quit_keys = QKeySequence.keyBindings(key.Quit)  # none on some platforms: keep Ctrl+Q
        self.quit_action.setShortcuts(quit_keys or [QKeySequence("Ctrl+Q")])
        self.undo_action.setShortcut(key.Undo)
        self.redo_action.setShortcuts([QKeySequence(key.Redo), QKeySequence("Ctrl+Y")])
        for index, action in enumerate(self.workspace_actions):
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
        self.guide_action.setShortcut(key.HelpContents)

    def _undo_text_changed(self, text: str) -> None:
        self._name_undo_redo(0, text)

    def _redo_text_changed(self, text: str) -> None:
        self._name_undo_redo(1, text)

    def _name_undo_redo(self, which: int | None = None, text: str = "") -> None:
        """ "Undo Move item down", in the interface language of the moment."""
        if which is not None:
            self._undo_redo_texts[which] = text
        for action, text, named in (
                (self.undo_action, self._undo_redo_texts[0], self.tr("&Undo %1")),
                (self.redo_action, self._undo_redo_texts[1], self.tr("&Redo %1"))):
            action.setText(named.replace("%1", text) if text else named.replace(" %1", ""))

    def _action(self, menu, slot) -> QAction:
        action = menu.addAction("")
        action.triggered.connect(slot)
        return action

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.recent:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _c=False, p=path: self._open_recent(p))
        self.recent_menu.setEnabled(bool(self.recent))

    def _open_recent(self, text: str) -> None:
        from ..store.address import location

        self.open_requested.emit(location(text), False)

    def set_recent(self, recent: list[str]) -> None:
        self.recent = recent
        self._fill_recent()

    # a read-only database ----------------------------------------------------

    def set_read_only(self, read_only: bool) -> None:
        """A database that may only be read: every workspace's editing controls off, and
        the reason above the workspaces and in the status bar."""
        self.edit_controls.set_read_only(read_only)
        for page in self.workspaces:
            page.set_read_only(read_only)
        self._say_read_only()
        self.read_only_banner.setVisible(read_only)
        self.read_only_label.setVisible(read_only)

    def restyle(self) -> None:
        """The read-only banner's red, from the palette: readable in light and dark."""
        wash = colours.tint(colours.PROBLEM, 0.12)
        self.read_only_banner.setStyleSheet(
            f"QLabel#read_only_banner {{ background: {wash.name()}; "
            f"color: {colours.readable(colours.READ_ONLY, wash).name()}; "
            f"border: 1px solid {colours.tint(colours.PROBLEM, 0.45).name()}; "
            "padding: 0.4em 0.7em; }")
        self.read_only_label.setStyleSheet(
            f"QLabel {{ {colours.text_css(colours.READ_ONLY, 'font-weight: bold;')} }}")

    def _say_read_only(self) -> None:
        db = self.context.db
        if db is not None and db.reader:  # a reader's account on an office server
            self.read_only_banner.setText(self.tr(
                "Your account on the server may only read this database. You can read, filter "
                "and export; to edit, ask the database's owner to make you an editor "
                "(bescapp server init --editor)."))
        else:
            self.read_only_banner.setText(self.tr(
                "This database is read-only: its file or its folder cannot be written. You can "
                "read, filter and export; to edit, copy the file to a folder you can write to "
                "and open the copy."))
        self.read_only_label.setText(self.tr("Read-only: changes cannot be saved"))
        self.read_only_label.setToolTip(self.read_only_banner.text())

    # language ------------------------------------------------------------

    def workspace_names(self) -> tuple[str, ...]:
        """The workspaces' names in the interface language, in side-bar order."""
        return (self.tr("Meetings"), self.tr("Agenda"), self.tr("Delegations"),
                self.tr("Action plans"), self.tr("Communiqué"), self.tr("Export"))

    def retranslate_ui(self) -> None:
        access.name(self.sidebar, self.tr("Workspaces"),
                    self.tr("Ctrl+1 to Ctrl+6 go to a workspace from anywhere"))
        for row, name in enumerate(self.workspace_names()):
            self.sidebar.item(row).setText(name)
            self.workspace_actions[row].setText(name)
        self.file_menu.setTitle(self.tr("&File"))
        self.new_action.setText(self.tr("&New database…"))
        self.open_action.setText(self.tr("&Open database…"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.connect_action.setText(self.tr("&Connect to server…"))
        self.backup_action.setText(self.tr("&Back up database…"))
        self.copy_to_server_action.setText(self.tr("Cop&y this database to a server…"))
        self.database_settings_action.setText(self.tr("Database &settings…"))
        self.packages.retranslate_ui()
        self.quit_action.setText(self.tr("&Quit"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self._name_undo_redo()
        self.about_action.setText(self.tr("&About bescapp"))
        self.guide_action.setText(self.tr("User &guide"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self._say_read_only()
        self._update_title()

    def set_language(self, language: str) -> None:
        self.language = language
        self.packages.language = language
        self.language_actions[language].setChecked(True)
        self.statusBar().clearMessage()  # written in the language it was shown in
        if self._guide is not None:
            self._guide.show_language(language)
        for page in self.workspaces:  # models show data in the interface language
            if hasattr(page, "set_language"):
                page.set_language(language)
        self._update_title()

    # title and status ----------------------------------------------------------

    def current_meeting_text(self) -> str:
        return self.meeting_text(self.context.meeting_id)

    def meeting_text(self, meeting_id: int | None) -> str:
        """ "XII Reunión Plenaria — Ciudad de México, 4 de marzo de 2020" in the interface language."""
        return meeting_text(self.context.db, meeting_id, self.language)

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

    def about_text(self) -> str:
        """Help ▸ About: the version, then where the open database and the log are."""
        db = self.context.db
        return "\n\n".join((
            self.tr("bescapp %1\n\nPrepares the plenary meetings of a bilateral executive "
                    "steering committee: agenda, delegations, action plans, briefing books and "
                    "joint communiqués, offline.").replace("%1", __version__),
            self.tr("Database: %1").replace("%1", str(db.path)) if db is not None
            else self.tr("Database: none open"),
            self.tr("Log file: %1").replace("%1", str(paths.log_file())),
        ))

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About bescapp"), self.about_text())

    def show_workspace(self, which: int | str, *, focus: bool = False) -> None:
        """Show a workspace; with ``focus`` (Ctrl+1…6, the View menu) the keyboard goes into
        it too: to its main list or table, or what its ``keyboard_start()`` names."""
        index = self.WORKSPACE_NAMES.index(which) if isinstance(which, str) else which
        self.sidebar.setCurrentRow(index)
        if focus and self._completed:
            page = self._page(index)
            start = getattr(page, "keyboard_start", None)
            target = start() if start is not None else next(
                (view for view in page.findChildren(QAbstractItemView) if view.isVisibleTo(page)),
                page)
            target.setFocus(qt().FocusReason.ShortcutFocusReason)

    # help ------------------------------------------------------------------

    def show_guide(self) -> None:
        """Help ▸ User guide: one window, kept, in the interface language of the moment."""
        from .guide import GuideWindow

        if self._guide is None:
            self._guide = GuideWindow(self.language, self)
        else:
            self._guide.show_language(self.language)
        self._guide.show()
        self._guide.raise_()
        self._guide.activateWindow()

    def show_shortcuts(self) -> None:
        from .guide import ShortcutsDialog

        ShortcutsDialog(self).exec()

    def go_to(self, workspace: str, entity: str, entity_id: int, field: str = "",
              language: str = "") -> None:
        """Show the workspace that fixes a pre-flight entry, on its item or line; a text
        missing a language, on its box (a briefing text in the Briefing editor)."""
        if workspace not in self.WORKSPACE_NAMES:
            return
        self.show_workspace(workspace)
        page = self._page(self.WORKSPACE_NAMES.index(workspace))
        if entity == "briefing" and hasattr(page, "open_briefing_text"):
            page.open_briefing_text(entity_id, field, language)
        elif entity == "agenda_item" and field and hasattr(page, "show_text"):
            page.show_text(entity_id, field, language)
        elif entity in ("agenda_item", "action_line", "membership") and hasattr(page, "select"):
            page.select(entity_id)

    def _changed_elsewhere(self, meeting_id: int, text: str, undone: bool) -> None:
        """Undo reached an edit of another meeting: say which, since the screen shows none."""
        name = self.meeting_text(meeting_id)
        message = (self.tr("Undone in %1 (not the meeting shown): %2") if undone
                   else self.tr("Redone in %1 (not the meeting shown): %2"))
        self.status(message.replace("%1", name).replace("%2", text), 15000)

    def status(self, text: str, timeout_ms: int = 8000) -> None:
        """A message in the status bar for a while. The meeting's label steps aside while it
        shows (the title bar names the meeting too), so a backup's path is read whole; one
        still too wide for the window is cut in the middle, where a path matters least, and
        is whole in the status bar's tooltip."""
        bar = self.statusBar()
        self.meeting_label.hide()
        room = (bar.width() if bar.isVisible() else self.width()) - 24  # not laid out yet
        if self.read_only_label.isVisible():
            room -= self.read_only_label.sizeHint().width()
        shown = bar.fontMetrics().elidedText(text, qt().TextElideMode.ElideMiddle, max(room, 120))
        bar.setToolTip(text if shown != text else "")
        bar.showMessage(shown, timeout_ms)

    def _message_changed(self, message: str) -> None:
        if not message:  # the message went (its time, or another action): the meeting is back
            self.meeting_label.show()
            self.statusBar().setToolTip("")

