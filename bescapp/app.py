"""Starting the window: settings, translators, the database, the main window.

``Application`` also answers the window's requests that involve files (open,
new, back up) and the language switch, so the main window stays a layout.
"""

from __future__ import annotations

import shutil
import sys
import time
import traceback
from pathlib import Path
from typing import NoReturn

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from . import APP_NAME, ORGANIZATION, __version__, package_files, paths
from .i18n.qt import LanguageSwitcher
from .settings import Settings
from .store.address import ServerAddress
from .store.files import SCHEMA_HEAD, BadDatabase, Problem, backup, examine
from .ui import colours
from .ui.context import AppContext, EditNotSaved
from .ui.listening import ChangeListener
from .ui.main_window import MainWindow


def bad_database_text(error: BadDatabase) -> str:
    """The message for a database bescapp refuses, in the interface language."""
    texts = {
        Problem.NOT_SQLITE: QCoreApplication.translate(
            "Database", "%1 is not a bescapp database."),
        Problem.CORRUPT: QCoreApplication.translate(
            "Database", "%1 is damaged: it failed its integrity check."),
        Problem.NEWER_SCHEMA: QCoreApplication.translate(
            "Database", "%1 was written by a newer version of bescapp. Update bescapp to open it."),
        Problem.NOT_BESCAPP: QCoreApplication.translate(
            "Database", "%1 is a database of another program, not bescapp."),
        Problem.UNREADABLE: QCoreApplication.translate("Database", "%1 cannot be read."),
        Problem.EMPTY: QCoreApplication.translate(
            "Database", "%1 is empty (zero bytes): it is not a bescapp database. Use File ▸ "
            "New database to make one."),
        Problem.LOCKED: QCoreApplication.translate(
            "Database", "%1 is in use by another program. Try again in a moment."),
        Problem.READ_ONLY: QCoreApplication.translate(
            "Database", "%1 is read-only: its file or folder cannot be written."),
        Problem.READ_ONLY_ROLE: QCoreApplication.translate(
            "Database", "%1: your account on the server may only read this database."),
        Problem.READ_ONLY_OLD: QCoreApplication.translate(
            "Database", "%1 is read-only, and this version of bescapp must upgrade it before "
            "using it. Copy it to a folder you can write to and open the copy."),
        Problem.NO_DRIVER: QCoreApplication.translate(
            "Database", "%1 is on a PostgreSQL server, and this installation of bescapp cannot "
            "reach servers. Install it with its server part: pip install \"bescapp[server]\"."),
        Problem.UNREACHABLE: QCoreApplication.translate(
            "Database", "%1 cannot be reached. The server says: %2"),
        Problem.PASSWORD_NEEDED: QCoreApplication.translate(
            "Database", "%1 needs a password, or the password given was not accepted."),
        Problem.NOT_EMPTY: QCoreApplication.translate(
            "Database", "%1 already holds a database of its own (%2). A copy goes only into "
            "an empty database."),
    }
    text = texts[error.problem].replace("%1", str(error.path)).replace("%2", error.detail)
    if isinstance(error.path, ServerAddress):
        return text + "\n" + QCoreApplication.translate(
            "Database", "Nothing on the server has been changed.")
    return text + "\n" + QCoreApplication.translate("Database", "The file has not been changed.")


def application_icon() -> QIcon:
    """The window's icon, from the PNGs drawn for each size (resources/icons)."""
    icon = QIcon()
    for size in package_files.ICON_SIZES:
        icon.addFile(str(package_files.icon(size)), QSize(size, size))
    return icon


def _log_traceback(kind, error, trace) -> Path | str:
    """Append the traceback to the log folder's bescapp.log; where it went."""
    folder = paths.log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        log = folder / "bescapp.log"
        with log.open("a", encoding="utf-8") as f:
            f.write("".join(traceback.format_exception(kind, error, trace)))
        return log
    except OSError:
        return "stderr"


class _AfterPaint(QObject):
    """Calls ``then`` once, right after the watched window's next paint."""

    def __init__(self, window, then) -> None:
        super().__init__(window)
        self._then = then
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)
        return False


class Application(QObject):
    def __init__(self, qt_app: QApplication, language: str | None, *, interactive: bool) -> None:
        super().__init__()
        self.qt_app = qt_app
        self.settings = Settings()
        self.language = language or self.settings.language
        self.switcher = LanguageSwitcher(qt_app)
        self.switcher.apply(self.language)
        self.interactive = interactive
        self.context = AppContext(self)
        self.listener = ChangeListener(self.context)  # other windows' changes, on a server
        # Before the window, whose colours come from the palette: the scheme the user chose
        # ($BESCAPP_COLOUR_SCHEME); the system's is asked after the first paint (``load``).
        colours.match_scheme(qt_app, colours.chosen_scheme())
        qt_app.styleHints().colorSchemeChanged.connect(self._scheme_changed)
        self.window = MainWindow(self.context, self.language, self.settings.recent_databases)
        if self.settings.window_geometry is not None:
            self.window.restoreGeometry(self.settings.window_geometry)
        self.window.open_requested.connect(self.open)
        self.window.backup_requested.connect(self.backup)
        self.window.connect_requested.connect(self.connect_to_server)
        self.window.copy_to_server_requested.connect(self.copy_to_server)
        self.window.language_requested.connect(self.set_language)
        self.window.database_settings_requested.connect(self.edit_database_settings)
        self.context.meeting_changed.connect(self._remember_meeting)
        qt_app.aboutToQuit.connect(self._save_state)
        self._previous_hook = sys.excepthook
        if interactive:  # unattended runs (smoke tests) keep the plain traceback
            sys.excepthook = self._unexpected_error

    def open(self, path: Path, is_new: bool = False) -> bool:
        """Open (or create) a database; on a bad file say why and keep what was open."""
        from .store.database import open_database  # loads SQLAlchemy: after the first paint

        self.window.complete()
        if isinstance(path, ServerAddress):
            db = self._reach(path)
            if db is None:
                return False
        else:
            path = Path(path)
            if is_new and path.exists() and not self._set_aside(path):
                return False
            try:
                db = open_database(path, backup_dir=paths.backup_dir(), new=is_new)
            except BadDatabase as e:
                if not self.interactive:
                    raise
                QMessageBox.critical(self.window, self.tr("Cannot open database"),
                                     bad_database_text(e))
                self.settings.forget_database(str(path.resolve()))
                self.window.set_recent(self.settings.recent_databases)
                return False
        self.context.set_database(db)
        self.settings.remember_database(path)
        self.window.set_recent(self.settings.recent_databases)
        self._choose_meeting()
        if db.backup_taken is not None:
            self.window.status(self.tr("Database updated; the previous version was saved as %1")
                               .replace("%1", str(db.backup_taken)))
        return True

    def _reach(self, address: ServerAddress, *, keep_password: bool = False):
        """Open a server's database: the password given, else the keyring's, else asked
        (once more after a refusal). A refusal is said in a message box; None then."""
        from .store.database import open_database
        from .ui.database import passwords

        if address.password is None:
            address = address.with_password(passwords.stored(address))
        while True:
            try:
                db = open_database(address)
                break
            except BadDatabase as e:
                if not self.interactive:
                    raise
                if e.problem == Problem.PASSWORD_NEEDED:
                    password = self._ask_password(address, again=address.password is not None)
                    if password is not None:
                        address = address.with_password(password)
                        continue
                    return None
                QMessageBox.critical(self.window, self.tr("Cannot open database"),
                                     bad_database_text(e))
                return None
        if keep_password and address.password:
            passwords.keep(address, address.password)
        self.settings.last_server = address
        return db

    def _ask_password(self, address: ServerAddress, *, again: bool) -> str | None:
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        text = (self.tr("The server did not accept the password for %1. Password:") if again
                else self.tr("Password for %1:")).replace("%1", str(address))
        password, ok = QInputDialog.getText(self.window, self.tr("Server password"), text,
                                            QLineEdit.EchoMode.Password)
        return password if ok else None

    def connect_to_server(self) -> None:
        """File ▸ Connect to server…: the dialog, then the server's database is the one open."""
        from .ui.database import passwords
        from .ui.database.server_dialog import ServerDialog

        choice = ServerDialog(self.settings.last_server, keyring_available=passwords.available(),
                              parent=self.window).choose()
        if choice is None:
            return
        db = self._reach(choice.address, keep_password=choice.keep_password)
        if db is not None:
            self._use(db, choice.address)

    def copy_to_server(self) -> None:
        """File ▸ Copy this database to a server…: every row into an empty server database,
        one transaction, counted on both sides; then offered to open."""
        if self.context.db is None:
            return
        from .store.copying import CopyMismatch, copy_rows
        from .ui.database import passwords
        from .ui.database.server_dialog import ServerDialog

        choice = ServerDialog(self.settings.last_server, purpose=ServerDialog.COPY,
                              keyring_available=passwords.available(),
                              parent=self.window).choose()
        if choice is None:
            return
        target = self._reach(choice.address, keep_password=choice.keep_password)
        if target is None:
            return
        try:
            counts = copy_rows(self.context.db, target)
        except BadDatabase as e:
            target.close()
            QMessageBox.warning(self.window, self.tr("Database not copied"), bad_database_text(e))
            return
        except CopyMismatch as e:
            target.close()
            QMessageBox.warning(self.window, self.tr("Database not copied"), str(e))
            return
        from .i18n.formatting import format_number

        answer = QMessageBox.question(
            self.window, self.tr("Database copied"),
            self.tr("%1 rows in %2 tables were copied to %3, and counted the same on both "
                    "sides.\n\nOpen the server's database now?")
            .replace("%1", format_number(sum(counts.values()), self.language))
            .replace("%2", format_number(len(counts), self.language))
            .replace("%3", str(target.path)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Yes:
            self._use(target, target.path)
        else:
            target.close()

    def _use(self, db, location) -> None:
        self.context.set_database(db)
        self.settings.remember_database(location)
        self.window.set_recent(self.settings.recent_databases)
        self._choose_meeting()

    def _set_aside(self, path: Path) -> bool:
        """Replacing a file with a new database moves the old one to the backups folder."""
        current = self.context.db.path if self.context.db is not None else None
        if isinstance(current, Path) and path.resolve() == current.resolve():
            QMessageBox.warning(self.window, self.tr("Database not created"),
                                self.tr("%1 is the database open now; choose another name.")
                                .replace("%1", str(path)))
            return False
        folder = paths.backup_dir()
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{path.stem}.replaced-{time.time_ns()}{path.suffix}"
        for suffix in ("", "-wal", "-shm"):
            companion = Path(str(path) + suffix)
            if companion.exists():
                shutil.move(companion, Path(str(target) + suffix))
        self.window.status(self.tr("The earlier file was moved to %1").replace("%1", str(target)))
        return True

    def _choose_meeting(self) -> None:
        """A database without a side asks which side we are; an empty one then offers the
        demo (neither when it is read-only); the meeting current when this file was last
        open comes back, else the latest."""
        from .store import our_side
        from .store.meetings import list_meetings

        with self.context.db.session() as session:
            ids = [m.id for m in list_meetings(session)]
            side = our_side.our_side(session)
        # A read-only file cannot store a side or the demo: nothing is asked of it.
        asks = self.interactive and not self.context.read_only
        if side is None and asks:
            side = self._ask_side()
        if not ids and side is not None and asks:
            ids = self._offer_demo(side)
        remembered = self.settings.meeting_of(self.context.db.path)
        self.context.set_meeting(remembered if remembered in ids else (ids[-1] if ids else None))

    def _ask_side(self) -> str | None:
        """Which delegation the database is for, stored at once (setting up, not an undo step)."""
        from .store import our_side
        from .ui.database.side_dialog import SideDialog

        side = SideDialog(self.window).choose()
        if side is None:
            self.window.status(self.tr("Our side is not set yet: choose it in File ▸ Database "
                                       "settings."))
            return None
        self.context.run(lambda session: our_side.set_side(session, side))
        return side

    def _offer_demo(self, side: str) -> list[int]:
        answer = QMessageBox.question(
            self.window, self.tr("Empty database"),
            self.tr("This database holds no meetings yet.\n\nLoad the demo plenary "
                    "(the 12th Plenary Meeting, Mexico City) to explore bescapp?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return []
        from .store.changes import Changes, Kind
        from .store.demo import load_demo

        meeting_id = self.context.run(
            lambda session: Changes.of(Kind.EVERYTHING, meeting_id=load_demo(session, side))
        ).meeting_id
        return [meeting_id]

    def edit_database_settings(self) -> None:
        """File ▸ Database settings: the dialog, then one undo step if anything changed."""
        if self.context.db is None:
            return
        from .store import keys, our_side
        from .ui.database.commands import SaveDatabaseSettings
        from .ui.database.settings_dialog import DatabaseSettingsDialog

        with self.context.db.session() as session:
            before = our_side.read(session)
            fingerprints = keys.known_fingerprints(session)
        after = DatabaseSettingsDialog(before, self.window, fingerprints=fingerprints).choose()
        if after is None or after == before:
            return
        try:
            self.context.execute(SaveDatabaseSettings(self.context, before, after))
        except our_side.SideProblem as e:
            QMessageBox.warning(self.window, self.tr("Settings not saved"), str(e))
            return
        self.window.status(self.tr("Database settings saved."))

    def backup(self, target: Path) -> None:
        try:
            if self.context.db.on_server:  # a portable file that bescapp opens
                from .store.copying import copy_to_new_file

                copy_to_new_file(self.context.db, target)
            else:
                backup(self.context.db.path, target)
        except OSError as e:
            QMessageBox.warning(self.window, self.tr("Backup not written"),
                                self.tr("Could not write %1: %2").replace("%1", str(target))
                                .replace("%2", self.write_failure_reason(e)))
            return
        self.window.status(self.tr("Backup written to %1").replace("%1", str(target)))

    def write_failure_reason(self, error: OSError) -> str:
        """Why a file could not be written, in the interface language for the reasons
        bescapp knows (``safe_write.reason``), else as the system words it."""
        import errno

        from . import safe_write

        code, words = safe_write.reason(error)
        if code is None and error.errno in (errno.EACCES, errno.EPERM):
            code = "permission_denied"
        texts = {
            "disk_full": self.tr("the disk is full"),
            "name_too_long": self.tr("the file name is too long for this disk"),
            "read_only": self.tr("the disk is read-only"),
            "is_symlink": self.tr("it is a symbolic link, and bescapp does not replace links"),
            "permission_denied": self.tr("you do not have permission to write there"),
        }
        return texts.get(code, words)

    def set_language(self, language: str) -> None:
        self.language = language
        self.settings.language = language
        self.switcher.apply(language)
        self.window.set_language(language)

    def _remember_meeting(self, meeting_id) -> None:
        if self.context.db is not None:
            self.settings.remember_meeting(self.context.db.path, meeting_id)

    def _unexpected_error(self, kind, error, trace) -> None:
        """An exception no slot caught: logged, said in a message box, never only on stderr.

        The hook it replaced still runs (it prints the traceback; under the tests,
        pytest-qt's records it and fails the test). An edit the database refused
        (``EditNotSaved``) was already explained in a message box: nothing more is said."""
        if issubclass(kind, EditNotSaved):
            return
        log = _log_traceback(kind, error, trace)
        try:
            QMessageBox.critical(
                self.window, self.tr("Something went wrong"),
                self.tr("bescapp could not finish what you asked: %1\n\nWhat was saved before "
                        "is safe. The details were written to %2.")
                .replace("%1", f"{kind.__name__}: {error}" if str(error) else kind.__name__)
                .replace("%2", str(log)))
        finally:
            self._previous_hook(kind, error, trace)

    def follow_system_scheme(self) -> None:
        """After the first paint: the system's light or dark scheme where the platform's
        palette does not follow it, unless the user chose one ($BESCAPP_COLOUR_SCHEME)."""
        if colours.chosen_scheme():
            return
        dark = colours.is_dark()
        colours.match_scheme(self.qt_app)
        if colours.is_dark() != dark:
            self._restyle()

    def _scheme_changed(self, _scheme) -> None:
        """The system went light or dark: the palette follows, and every widget that put a
        colour in a style sheet works it out again from the new palette."""
        colours.match_scheme(self.qt_app)
        self._restyle()

    def _restyle(self) -> None:
        for widget in QApplication.allWidgets():
            restyle = getattr(widget, "restyle", None)
            if callable(restyle):
                restyle()

    def wind_down(self) -> None:
        """After the window closed: work still running finished, the database closed (a
        file's journal folded back into it), before the process ends."""
        self.window.finish_work()
        if self.context.db is not None:
            self.context.db.close()

    def _save_state(self) -> None:
        if not shiboken6.isValid(self.window):
            return  # an earlier window of this process, gone (tests): its state is not ours
        self.settings.window_geometry = self.window.saveGeometry()
        self.settings.workspace = self.window.WORKSPACE_NAMES[self.window.sidebar.currentRow()]
        self.settings.sync()


# What opening a database and building a workspace import: SQLAlchemy, the entities, the
# queries the first screens run, Babel's dates. Most of the start-up's import time.
_STORE_MODULES = ("bescapp.store.database", "bescapp.model.entities", "bescapp.store.meetings",
                  "bescapp.store.our_side", "bescapp.store.next_plenary", "bescapp.store.snapshots",
                  "bescapp.i18n.formatting")


def _import_the_store_meanwhile() -> None:
    """Import the store on a second thread while Qt paints the frame, so that opening the
    database finds it (mostly) loaded; with a core to spare the two overlap. Only Qt-free
    modules: the workspaces' widgets are made on the window's thread. A failure here is
    left for the window's own import to raise and report."""
    import importlib
    import threading

    def load() -> None:
        for name in _STORE_MODULES:
            try:
                importlib.import_module(name)
            except Exception:  # said again, properly, by the window's own import
                return

    threading.Thread(target=load, name="bescapp-import", daemon=True).start()


def _keeps_clipboard() -> bool:
    """Whether what the user copied is ours to hand over as the program ends: the system
    takes it from Qt as the application is destroyed (Windows' OLE flush, X11's clipboard
    manager), so then Qt's own teardown must run."""
    if QGuiApplication.instance() is None:
        return False
    clipboard = QGuiApplication.clipboard()
    return clipboard.ownsClipboard() or clipboard.ownsSelection()


def leave(code: int) -> NoReturn:
    """End the program at once, with ``code``, once its window has closed and wound down.

    Python's own teardown then frees every Qt wrapper and module one by one (PySide6's
    ``__moduleShutdown`` destroys the application and its widgets), which took longer,
    about 120 ms, than opening the window's frame; the system frees them at once. What
    asked to run at exit still runs (logging's flush), the output is flushed, and Qt's
    teardown still runs when the clipboard holds what the user copied here."""
    import atexit
    import os

    from PySide6 import QtCore

    shutdown = getattr(QtCore, "__moduleShutdown", None)
    if shutdown is not None and not _keeps_clipboard():
        atexit.unregister(shutdown)
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:  # None in a windowed bundle on Windows (no console)
            stream.flush()
    os._exit(code)


def run_window(database: Path | ServerAddress, language: str | None, *, exit_when_ready: bool = False,
               exit_when_loaded: bool = False, workspace: str | None = None,
               as_program: bool = False) -> int:
    """Show the window's frame at once, then load the workspaces and the database.

    ``exit_when_ready`` quits after the first paint of the window; ``exit_when_loaded``
    after the first paint that shows the database's content. With either, a database
    that cannot be opened prints one line and returns 1 instead of showing a dialog.
    ``as_program``: this process is the program (not a test), and it ends when the window
    has closed (``leave``) rather than returning.
    """
    QApplication.setApplicationName(APP_NAME)
    QApplication.setOrganizationName(ORGANIZATION)
    QApplication.setApplicationVersion(__version__)
    unattended = exit_when_ready or exit_when_loaded
    revision = None
    try:
        if not isinstance(database, ServerAddress):
            # sqlite3 only: a bad file is refused before anything is shown
            revision = examine(database)
    except BadDatabase as e:
        if unattended:
            print(f"bescapp: {e}", file=sys.stderr)
            return 1
    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    qt_app.setWindowIcon(application_icon())
    QApplication.setDesktopFileName("bescapp")  # resources/bescapp.desktop, on Wayland
    app = Application(qt_app, language, interactive=not unattended)
    workspace = workspace or app.settings.workspace  # where the user left off
    if workspace in MainWindow.WORKSPACE_NAMES:
        app.window.show_workspace(workspace)
    status = {"code": 0}
    # A file at the current schema opening on the Meetings workspace: its rows are read
    # with sqlite3 (store.first_rows) and painted before SQLAlchemy loads.
    first_screen = revision == SCHEMA_HEAD and \
        app.window.sidebar.currentRow() == MainWindow.MEETINGS

    def open_database() -> None:
        try:
            opened = app.open(database)
        except BadDatabase as e:  # unattended only; interactive runs show a dialog
            print(f"bescapp: {e}", file=sys.stderr)
            status["code"] = 1
            qt_app.quit()
            return
        if not opened and first_paint and app.context.db is None:
            app.context.meeting_id = None  # refused after all: the rows painted go
            app.window.meetings.show_first_rows([])
        if exit_when_loaded and not first_paint:
            _AfterPaint(app.window, qt_app.quit)
            app.window.update()

    first_paint = False

    def load() -> None:
        """The Meetings workspace painted from sqlite3 first when the file allows it
        (``store.first_rows``), then the database opened through SQLAlchemy."""
        nonlocal first_paint
        app.follow_system_scheme()
        from .store import first_rows

        rows = first_rows.meeting_rows(database) if first_screen else None
        if rows:
            remembered = app.settings.meeting_of(database)
            ids = [row.id for row in rows]
            first_paint = app.window.show_first_rows(
                rows, remembered if remembered in ids else ids[-1])
        if first_paint:
            _AfterPaint(app.window, qt_app.quit if exit_when_loaded else open_database)
            app.window.update()
        else:
            open_database()

    if exit_when_ready:
        _AfterPaint(app.window, qt_app.quit)
    else:
        _AfterPaint(app.window, load)
    app.window.show()
    if not first_screen:  # with rows to paint first, a second thread importing slows them
        _import_the_store_meanwhile()
    code = qt_app.exec()
    # Quit events still queued as the loop ends (the first paint and the open may both ask)
    # must not reach the next loop this process runs: tests open several windows, and left
    # queued they stopped test_fresh_start's timers whenever it ran after test_main_window.
    QCoreApplication.removePostedEvents(None, QEvent.Type.Quit.value)
    app.wind_down()
    code = status["code"] or code
    if as_program:
        leave(code)
    return code
