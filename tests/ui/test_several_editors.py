"""Several editors in the window: a save over another editor's change refused with a
message naming what they changed, their change shown within a second on a server (while
what the staffer is typing is kept), an undo refused the same way, and a reader's window
that can only read. The server tests need BESCAPP_TEST_DATABASE (.ci/run's PostgreSQL
pass runs this file); the undo test runs on a file too."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from bescapp.app import Application
from bescapp.model.bilingual import Bilingual
from bescapp.store import agenda
from bescapp.store.address import ServerAddress
from bescapp.store.database import open_database
from bescapp.ui.context import EditNotSaved
from tests.conftest import _demo_into

ROOT = Path(__file__).parents[2]
ITEM = "Trade and Travel Facilitation"

# The other staffer's bescapp: its own process and window context, the same undo command
# and unit of work as the window's, its message boxes printed instead of shown.
OTHER_EDITOR = """
import os, sys
sys.path.insert(0, sys.argv[1])
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication, QMessageBox
from bescapp.model.bilingual import Bilingual
from bescapp.store import agenda, versions
from bescapp.store.address import parse_server
from bescapp.store.database import open_database
from bescapp.ui.agenda.commands import EditItem
from bescapp.ui.context import AppContext, EditNotSaved

app = QApplication([])
QMessageBox.warning = staticmethod(lambda _parent, _title, text: print(text))
context = AppContext()
context.set_database(open_database(parse_server(sys.argv[2])))
item_id = int(sys.argv[3])
with context.db.session() as session:
    item = session.get_one(agenda.AgendaItem, item_id)
    before, seen = agenda.fields_of(item), versions.seen(item)
texts = dict(zip(agenda.TEXTS, before.texts))
texts["title"] = Bilingual(sys.argv[4], texts["title"].es)
texts["description"] = Bilingual(sys.argv[5], texts["description"].es)
after = agenda.ItemFields(before.kind, before.duration_minutes, before.fixed_start, before.day,
                          texts=tuple(texts[n] for n in agenda.TEXTS))
command = EditItem(context, item_id, before, after)
command.seen = (seen,)
try:
    context.execute(command)
    print("saved")
except EditNotSaved:
    sys.exit(3)
finally:
    context.set_database(None)
"""


@pytest.fixture
def warnings(monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _parent, title, text, *a: said.append((title, text))))
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(
        lambda _parent, _title, text, *a: pytest.fail(f"refused: {text}")))
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    return said


@pytest.fixture
def server_demo(test_server):
    """The demo plenary in a database of its own on the test server: (address, meeting)."""
    if test_server is None:
        pytest.skip("several windows on one server need BESCAPP_TEST_DATABASE")
    _template, meeting_id = test_server.template("demo", _demo_into)
    address = test_server.fresh("demo")
    yield address, meeting_id
    test_server.drop(address)


def _window(qapp, qtbot, where, language="en"):
    application = Application(qapp, language, interactive=True)
    qtbot.addWidget(application.window)
    assert application.open(where)
    application.window.show()
    return application


def _close(application):
    application.set_language("en")
    application.context.set_database(None)


def _agenda_on(application, title):
    window = application.window
    window.show_workspace("agenda")
    page = window.agenda
    item_id = next(i for i in page.model.ids() if page.model.row(i).title.en == title)
    page.select(item_id)
    return page, item_id


def _title_box(page, lang="en"):
    return page.editor.texts["title"][lang]


def test_two_processes_edit_one_item_and_the_second_save_is_refused(qapp, qtbot, server_demo,
                                                                     warnings):
    address, _meeting = server_demo
    application = _window(qapp, qtbot, address)
    try:
        assert application.listener.listening
        page, item_id = _agenda_on(application, ITEM)
        _title_box(page).setText("Trade facilitation")  # typing, not yet saved
        other = subprocess.run(
            [sys.executable, "-c", OTHER_EDITOR, str(ROOT), address.url(password=True),
             str(item_id), "Trade, Travel and Commerce", "Their new description."],
            capture_output=True, text=True, timeout=120, env={**os.environ})
        assert other.returncode == 0, other.stderr
        assert other.stdout.strip() == "saved"
        # Their notice arrives (a wait with a timeout): the tree shows their title, the
        # editor their description, and the title being typed is still there.
        qtbot.waitUntil(lambda: page.model.row(item_id).title.en == "Trade, Travel and Commerce",
                        timeout=1000)
        description = page.editor.texts["description"]["en"]
        qtbot.waitUntil(lambda: description.toPlainText() == "Their new description.",
                        timeout=1000)
        assert _title_box(page).text() == "Trade facilitation"
        # Saving the title now would write over theirs: refused, and theirs is shown.
        _title_box(page).editingFinished.emit()
        assert warnings == [("Changed by someone else",
                             "Someone else changed the agenda item “Trade, Travel and Commerce” "
                             "since you opened it (title). Your change was not saved, so theirs "
                             "is kept; the window now shows their version.")]
        assert _title_box(page).text() == "Trade, Travel and Commerce"
        assert application.context.undo_stack.count() == 0
        with application.context.db.session() as s:
            assert agenda.item_fields(s, item_id).title.en == "Trade, Travel and Commerce"
        # A field nobody else changed is saved as usual, from their version.
        _title_box(page, "es").setText("Facilitación del comercio")
        _title_box(page, "es").editingFinished.emit()
        assert len(warnings) == 1
        with application.context.db.session() as s:
            saved = agenda.item_fields(s, item_id).title
        assert saved == Bilingual("Trade, Travel and Commerce", "Facilitación del comercio")
    finally:
        _close(application)


def test_the_other_window_is_refused_too_and_says_so_in_its_language(qapp, qtbot, server_demo,
                                                                      warnings):
    """Both ways: the first window saves, the second (a window open on the same item
    since before) is refused, here in Spanish."""
    address, _meeting = server_demo
    first = _window(qapp, qtbot, address)
    second = _window(qapp, qtbot, address, "es")
    try:
        page1, item_id = _agenda_on(first, ITEM)
        page2, _ = _agenda_on(second, ITEM)
        _title_box(page2).setText("Comercio")  # the second staffer starts typing
        _title_box(page1).setText("Trade and travel")
        _title_box(page1).editingFinished.emit()
        assert warnings == []
        qtbot.waitUntil(lambda: page2.model.row(item_id).title.en == "Trade and travel",
                        timeout=1000)
        _title_box(page2).editingFinished.emit()
        assert len(warnings) == 1
        title, text = warnings[0]
        assert title == "Modificado por otra persona"
        assert text.startswith("Otra persona modificó el punto del orden del día")
        assert "(título)" in text
    finally:
        _close(second)
        _close(first)


def test_an_undo_that_would_overwrite_another_editors_change_is_refused(app, demo_path,
                                                                        warnings):
    """On a file: another bescapp (another database handle) changes the item after our
    edit; our undo would put back the old title over theirs, so it is refused and the
    step leaves the undo stack."""
    warnings_before = len(warnings)
    page, item_id = _agenda_on(app, ITEM)
    _title_box(page).setText("Trade facilitation")
    _title_box(page).editingFinished.emit()
    stack = app.context.undo_stack
    assert stack.count() == 1
    other = open_database(demo_path)
    try:
        with other.transaction() as s:
            theirs = agenda.item_fields(s, item_id)
            texts = dict(zip(agenda.TEXTS, theirs.texts, strict=True))
            texts["title"] = Bilingual("Trade and commerce", texts["title"].es)
            agenda.update_item(s, item_id, agenda.ItemFields(
                theirs.kind, theirs.duration_minutes, theirs.fixed_start, theirs.day,
                texts=tuple(texts[n] for n in agenda.TEXTS)))
    finally:
        other.close()
    stack.undo()
    said = warnings[warnings_before:]
    assert said == [("Changed by someone else",
                     "Someone else changed the agenda item “Trade and commerce” after your "
                     "change (title). Undo would overwrite their change, so nothing was undone; "
                     "the window now shows their version.")]
    assert stack.count() == 0  # the step is gone: the stack stays true
    with app.context.db.session() as s:
        assert agenda.item_fields(s, item_id).title.en == "Trade and commerce"
    assert page.model.row(item_id).title.en == "Trade and commerce"
    assert _title_box(page).text() == "Trade and commerce"


def test_undo_without_anyone_elses_change_still_undoes(app, warnings):
    page, item_id = _agenda_on(app, ITEM)
    _title_box(page).setText("Trade facilitation")
    _title_box(page).editingFinished.emit()
    app.context.undo_stack.undo()
    assert warnings == []
    assert page.model.row(item_id).title.en == ITEM
    app.context.undo_stack.redo()
    assert page.model.row(item_id).title.en == "Trade facilitation"


def test_a_dialog_saved_over_a_change_made_while_it_was_open_is_refused(app, demo_path,
                                                                        warnings, monkeypatch):
    """The meeting dialog: another editor changes the city while it is open; saving the
    dialog's city over it is refused, and the meeting keeps theirs."""
    from bescapp.model.entities import Meeting
    from bescapp.ui.meetings.dialog import MeetingDialog

    meeting_id = app.context.meeting_id

    def edit_while_another_saves(dialog):
        other = open_database(demo_path)
        try:
            with other.transaction() as s:
                s.get_one(Meeting, meeting_id).city = Bilingual("Tijuana", "Tijuana")
        finally:
            other.close()
        dialog.city_en.setText("Monterrey")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(MeetingDialog, "exec", edit_while_another_saves)
    window = app.window
    window.show_workspace("meetings")
    window.meetings.select(meeting_id)
    with pytest.raises(EditNotSaved):
        window.meetings.edit_meeting()
    assert warnings == [("Changed by someone else",
                         "Someone else changed the meeting “12th Plenary Meeting” since you "
                         "opened it (city). Your change was not saved, so theirs is kept; the "
                         "window now shows their version.")]
    with app.context.db.session() as s:
        assert s.get_one(Meeting, meeting_id).city.en == "Tijuana"
    assert app.context.undo_stack.count() == 0


@pytest.fixture
def reader_address(server_demo, test_server):
    """The demo on the server, ``server init`` run by its owner, and a reader's account."""
    from bescapp.cli import main as cli_main

    address, meeting_id = server_demo
    reader = f"reader_ui_{os.getpid()}"
    test_server._execute(f'DROP ROLE IF EXISTS "{reader}"')
    test_server._execute(f'CREATE ROLE "{reader}" LOGIN')
    try:
        assert cli_main(["server", "init", address.url(password=True), "--reader", reader]) == 0
        yield ServerAddress(address.database, reader, address.host, address.port), meeting_id
    finally:
        test_server.drop(address)
        test_server._execute(f'DROP ROLE IF EXISTS "{reader}"')


def test_a_readers_window_reads_everything_and_edits_nothing(qapp, qtbot, reader_address,
                                                              warnings):
    address, _meeting = reader_address
    application = _window(qapp, qtbot, address)
    try:
        window = application.window
        assert application.context.read_only
        assert window.read_only_banner.isVisible()
        assert window.read_only_banner.text().startswith(
            "Your account on the server may only read this database.")
        page, _item_id = _agenda_on(application, ITEM)
        assert page.model.ids()  # everything can be read
        assert not any(button.isEnabled() for button in page.buttons.values())
        assert _title_box(page).isReadOnly()
        assert not window.meetings.new_button.isEnabled()
        with pytest.raises(EditNotSaved):  # an edit that gets past the disabled controls
            application.context.run(lambda session: agenda.changed(None))
        assert warnings[-1] == ("Not saved", "Your account on the server may only read this "
                                             "database. The change was not saved.")
    finally:
        _close(application)


def test_a_move_in_the_window_over_another_editors_move_is_refused(app, demo_path, warnings):
    """The window shows the opening session's entries; another bescapp moves the third to
    the top; moving the second up in the window is refused, naming the one they moved,
    and the tree shows their order."""
    page, opening = _agenda_on(app, "Opening Session")
    a, b, c = page.model.children_of(opening)[:3]
    their_title = page.model.row(c).title.en
    other = open_database(demo_path)
    try:
        with other.transaction() as s:
            agenda.move_item(s, c, opening, 0)
    finally:
        other.close()
    page.select(b)
    page.move_up()
    assert warnings == [("Changed by someone else",
                         f"Someone else changed the agenda item “{their_title}” since you "
                         "opened it (place in the order). Your change was not saved, so theirs "
                         "is kept; the window now shows their version.")]
    assert app.context.undo_stack.count() == 0
    assert page.model.children_of(opening)[:3] == [c, a, b]


def test_the_communique_undo_over_another_editors_paragraph_is_refused_in_spanish(
        app, demo_path, warnings):
    """Our edit of the first paragraph, then another bescapp rewrites the third: undoing
    ours would put the whole draft back over theirs, so it is refused (in Spanish here),
    naming their paragraph, and both edits stay."""
    from bescapp.store import communique

    app.set_language("es")
    window = app.window
    window.show_workspace("communique")
    page = window.communique
    rows = page.rows
    pair = page.pairs[rows[0].id]
    pair.editors["en"].setFocus()
    pair.editors["en"].setPlainText("Our opening.")
    pair.editors["es"].setFocus()  # leaving the English box saves it
    qapp = QApplication.instance()
    qapp.processEvents()
    assert app.context.undo_stack.count() == 1
    other = open_database(demo_path)
    try:
        with other.transaction() as s:
            communique.edit_paragraph(s, rows[2].id, text=Bilingual(
                rows[2].text.en, "Su nueva redacción del tercer párrafo."))
    finally:
        other.close()
    app.context.undo_stack.undo()
    assert len(warnings) == 1
    title, text = warnings[0]
    assert title == "Modificado por otra persona"
    assert text.startswith("Otra persona modificó el párrafo del comunicado «")
    assert "después de su cambio (texto). Deshacerlo sobrescribiría" in text
    assert app.context.undo_stack.count() == 0
    with app.context.db.session() as s:
        now = communique.draft_paragraphs(s, app.context.meeting_id)
    assert now[0].text.en == "Our opening."
    assert now[2].text.es == "Su nueva redacción del tercer párrafo."
