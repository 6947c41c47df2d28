"""The Agenda workspace: the tree model, drag and drop, keyboard, undo, editor, export."""

import datetime as dt

import pytest
from docx import Document
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from bescapp.model.entities import AgendaItem, Meeting
from bescapp.ui.agenda.model import AgendaModel
from bescapp.ui.agenda.view import AgendaWorkspace


@pytest.fixture
def workspace(qtbot, context, monkeypatch, model_tester):
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: warnings.append(a[2])))
    page = AgendaWorkspace(context, "en")
    # Every test of the workspace also checks the model's structure after each change.
    model_tester(page.model)
    page.warnings = warnings
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    return page


def top_titles(model):
    return [model.row(i).title.en for i in model.children_of(None)]


def child_titles(model, title):
    parent = next(i for i in model.ids() if model.row(i).title.en == title)
    return [model.row(i).title.en for i in model.children_of(parent)]


def find(model, title):
    return next(i for i in model.ids() if model.row(i).title.en == title)


def text(model, item_id, column):
    return model.index_of(item_id, column).data()


def test_model_passes_the_qt_model_tester(context, model_tester):
    model = AgendaModel(context, "en")
    model_tester(model)
    model.set_meeting(context.meeting_id)
    model.set_language("es")
    assert model.rowCount() == 9


def test_tree_shows_numbers_times_titles_leads_and_kinds(workspace):
    model = workspace.model
    opening = find(model, "Opening Session")
    assert [text(model, opening, c) for c in range(6)][:3] == ["I", "9:00–9:35\u00a0a.m.",
                                                                "Opening Session"]
    welcome = model.children_of(opening)[0]
    assert text(model, welcome, AgendaModel.NUMBER) == "I.1"
    assert "Seade" in text(model, welcome, AgendaModel.LEADS)
    lunch = next(i for i in model.ids() if model.row(i).title.en.startswith("Working lunch"))
    assert text(model, lunch, AgendaModel.TIME) == "1:00–2:00\u00a0p.m."
    assert text(model, lunch, AgendaModel.KIND) == "Meal"
    assert text(model, lunch, AgendaModel.NUMBER) == ""
    assert workspace.tree.isExpanded(model.index_of(opening))


def test_drag_and_drop_moves_through_the_models_mime_data_and_undo_restores(workspace, context):
    model = workspace.model
    adoption = find(model, "Adoption of the agenda")
    safety = find(model, "Public Safety")
    time_before = text(model, adoption, AgendaModel.TIME)
    data = model.mimeData([model.index_of(adoption)])
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, model.index_of(safety))
    model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, model.index_of(safety))
    assert child_titles(model, "Public Safety")[0] == "Adoption of the agenda"
    assert text(model, adoption, AgendaModel.NUMBER) == "IV.1"
    assert "Adoption of the agenda" not in child_titles(model, "Opening Session")
    assert context.undo_stack.count() == 1
    context.undo_stack.undo()
    assert child_titles(model, "Opening Session")[-1] == "Adoption of the agenda"
    assert text(model, adoption, AgendaModel.TIME) == time_before
    assert text(model, adoption, AgendaModel.NUMBER) == "I.4"
    context.undo_stack.redo()
    assert child_titles(model, "Public Safety")[0] == "Adoption of the agenda"


def test_drop_within_a_session_and_to_the_top_level(workspace, context):
    model = workspace.model
    adoption = find(model, "Adoption of the agenda")
    opening = find(model, "Opening Session")
    model.dropMimeData(model.mimeData([model.index_of(adoption)]), Qt.DropAction.MoveAction, 0,
                       0, model.index_of(opening))
    assert child_titles(model, "Opening Session")[0] == "Adoption of the agenda"
    model.dropMimeData(model.mimeData([model.index_of(adoption)]), Qt.DropAction.MoveAction, -1,
                       0, QModelIndex())
    assert top_titles(model)[-1] == "Adoption of the agenda"
    assert text(model, adoption, AgendaModel.NUMBER) == "VIII"


def test_a_session_cannot_be_dropped_into_its_own_item(workspace):
    model = workspace.model
    opening = find(model, "Opening Session")
    inner = model.children_of(opening)[0]
    data = model.mimeData([model.index_of(opening)])
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, model.index_of(inner))
    assert not model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, model.index_of(inner))
    assert top_titles(model)[0] == "Opening Session"


def test_keyboard_moves_indents_and_each_is_one_undo_step(workspace, context, qtbot):
    model = workspace.model
    adoption = find(model, "Adoption of the agenda")
    workspace.select(adoption)
    workspace.tree.setFocus()
    qtbot.keyClick(workspace.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert child_titles(model, "Opening Session")[2] == "Adoption of the agenda"
    qtbot.keyClick(workspace.tree, Qt.Key.Key_Tab)
    assert child_titles(model, "Remarks by the U.S. Ambassador to Mexico") == [
        "Adoption of the agenda"]
    assert text(model, adoption, AgendaModel.NUMBER) == "I.2.1"
    qtbot.keyClick(workspace.tree, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert child_titles(model, "Opening Session")[2] == "Adoption of the agenda"
    assert workspace.current_id() == adoption
    assert context.undo_stack.count() == 3
    for _ in range(3):
        context.undo_stack.undo()
    assert child_titles(model, "Opening Session")[-1] == "Adoption of the agenda"
    first = find(model, "Opening Session")  # up at the top: nothing, and no undo step
    workspace.select(first)
    qtbot.keyClick(workspace.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert context.undo_stack.index() == 0


def test_insert_adds_below_and_delete_asks_and_undoes(workspace, context, qtbot):
    model = workspace.model
    safety = find(model, "Public Safety")
    workspace.select(safety)
    qtbot.keyClick(workspace.tree, Qt.Key.Key_Insert)
    top = top_titles(model)
    assert top[top.index("Public Safety") + 1] == "New item"
    new_id = workspace.current_id()
    assert model.row(new_id).title.es == "Nuevo tema"
    workspace.select(safety)
    workspace.tree.setFocus()
    qtbot.keyClick(workspace.tree, Qt.Key.Key_Delete)
    assert "Public Safety" not in top_titles(model)
    context.undo_stack.undo()
    assert "Public Safety" in top_titles(model)
    assert len(child_titles(model, "Public Safety")) == 2
    context.undo_stack.undo()
    assert "New item" not in top_titles(model)
    context.undo_stack.redo()
    assert "New item" in top_titles(model)


def test_overrun_is_flagged_on_items_and_in_the_status_line(workspace, context):
    model = workspace.model
    assert "fits" in workspace.status.text()
    closing = next(i for i in model.ids() if model.row(i).title.en.startswith("Closing remarks"))
    workspace.select(closing)
    editor = workspace.editor
    editor.duration.setValue(300)
    editor.commit()
    assert "past the end of the day (5:30\u00a0p.m.)" in workspace.status.text()
    assert text(model, closing, AgendaModel.TIME).startswith("⚠")
    assert "Runs" in model.index_of(closing, AgendaModel.TIME).data(Qt.ItemDataRole.ToolTipRole)
    context.undo_stack.undo()
    assert "fits" in workspace.status.text()


def test_editor_edits_both_languages_and_internal_fields(workspace, context):
    model = workspace.model
    adoption = find(model, "Adoption of the agenda")
    workspace.select(adoption)
    editor = workspace.editor
    assert editor.texts["title"]["es"].text() == "Aprobación del orden del día"
    editor.texts["title"]["es"].setText("Adopción del orden del día\x07")
    editor.texts["talking_points"]["en"].setPlainText("Thank the hosts.")
    editor.commit()
    assert "Removed 1 control characters" in editor.notice.text()
    with context.db.session() as session:
        item = session.get(AgendaItem, adoption)
        assert item.title.es == "Adopción del orden del día"
        assert item.talking_points.en == "Thank the hosts."
    assert context.undo_stack.count() == 1
    context.undo_stack.undo()
    with context.db.session() as session:
        assert session.get(AgendaItem, adoption).title.es == "Aprobación del orden del día"


def test_bad_input_gets_a_message_and_keeps_the_text(workspace, context):
    model = workspace.model
    adoption = find(model, "Adoption of the agenda")
    workspace.select(adoption)
    editor = workspace.editor
    editor.texts["title"]["en"].setText("x" * 100_000)
    editor.commit()
    assert "The title (English) has 100,000 characters; the limit is 500" in editor.notice.text()
    assert len(editor.texts["title"]["en"].text()) == 100_000  # nothing the user typed is lost
    assert workspace.warnings
    editor.texts["title"]["en"].setText("")
    editor.texts["title"]["es"].setText("")
    editor.commit()
    assert "Give the title in English or Spanish." in editor.notice.text()
    editor.show_item(adoption, editor.fields)
    editor.fixed_time.setTime(dt.time(7, 0))
    editor.fixed.setChecked(True)
    assert "within the meeting day" in editor.notice.text()
    assert context.undo_stack.count() == 0
    with context.db.session() as session:
        assert session.get(AgendaItem, adoption).title.en == "Adoption of the agenda"


def test_leads_are_picked_from_both_delegations(workspace, context, qtbot):
    model = workspace.model
    crime = find(model, "Preventing crime and violence in the border region")
    workspace.select(crime)
    leads = workspace.editor.leads
    qtbot.waitUntil(lambda: leads.count() > 0)  # filled once the tree has painted
    labels = [leads.item(k).text() for k in range(leads.count())]
    assert any(t.startswith("Mexico — ") for t in labels)
    assert any(t.startswith("United States — ") for t in labels)
    leads.item(0).setCheckState(Qt.CheckState.Checked)
    assert text(model, crime, AgendaModel.LEADS)
    context.undo_stack.undo()
    assert text(model, crime, AgendaModel.LEADS) == ""


def test_attach_and_remove_a_background_paper(workspace, context, tmp_path, monkeypatch):
    from bescapp.export import kit

    paper = tmp_path / "background.docx"
    kit.save_atomic(kit.new_document(), paper)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(paper), "")))
    model = workspace.model
    crime = find(model, "Preventing crime and violence in the border region")
    workspace.select(crime)
    workspace.editor.attach_button.click()
    assert workspace.editor.attachments.count() == 1
    assert workspace.editor.attachments.item(0).text().startswith("background.docx")
    workspace.editor.attachments.setCurrentRow(0)
    workspace.editor.remove_button.click()
    assert workspace.editor.attachments.count() == 0
    context.undo_stack.undo()
    assert workspace.editor.attachments.count() == 1
    text_file = tmp_path / "notes.txt"
    text_file.write_text("not word")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(text_file), "")))
    workspace.editor.attach_button.click()
    assert "Only Word documents" in workspace.editor.notice.text()


def test_copy_from_an_earlier_meeting(workspace, context, monkeypatch):
    with context.db.session() as session:
        eleventh = session.query(Meeting).filter_by(number=11).one().id
    context.set_meeting(eleventh)
    before = top_titles(workspace.model)
    # the 12th is later, so only meetings before the 11th with an agenda are offered: none
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a: None))
    workspace.copy_from_earlier()
    assert top_titles(workspace.model) == before
    with context.db.session() as session:
        twelfth = session.query(Meeting).filter_by(number=12).one().id
    context.set_meeting(twelfth)
    monkeypatch.setattr(QInputDialog, "getItem",
                        staticmethod(lambda *a, **k: ("11th Plenary Meeting", True)))
    workspace.copy_from_earlier()
    assert top_titles(workspace.model)[-3:] == ["Opening remarks", "Review of the action lines",
                                                "Closing remarks"]
    assert text(workspace.model, find(workspace.model, "Opening remarks"), AgendaModel.LEADS) == ""
    context.undo_stack.undo()
    assert "Opening remarks" not in top_titles(workspace.model)


def test_export_button_writes_the_chosen_language_and_offers_to_open(workspace, tmp_path,
                                                                     monkeypatch):
    target = tmp_path / "joint"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    opened = []
    from bescapp.ui.agenda import view

    monkeypatch.setattr(view.QDesktopServices, "openUrl", staticmethod(opened.append))
    workspace.export_language.setCurrentIndex(1)  # Spanish
    workspace.export_button.click()
    written = tmp_path / "joint.docx"
    assert written.exists()
    assert Document(str(written)).tables[0].rows[1].cells[2].text.startswith("Sesión de apertura")
    assert opened[0].toLocalFile() == str(written)


def test_export_to_an_unwritable_place_says_so(workspace, tmp_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "no" / "a.docx"), "")))
    workspace.export_button.click()
    assert "folder does not exist" in workspace.warnings[-1]


def test_language_switch_shows_spanish_data(workspace):
    workspace.set_language("es")
    model = workspace.model
    opening = find(model, "Opening Session")
    assert text(model, opening, AgendaModel.TITLE) == "Sesión de apertura"
    assert text(model, opening, AgendaModel.TIME) == "9:00–9:35\u00a0a.\u00a0m."


def test_the_main_window_shows_the_agenda_of_the_current_meeting(app):
    window = app.window
    window.show_workspace("agenda")
    page = window.agenda
    assert isinstance(page, AgendaWorkspace)
    assert page.model.meeting_id == app.context.meeting_id
    assert top_titles(page.model)[0] == "Opening Session"
    app.set_language("es")
    assert page.heading.text() in ("Agenda", "Orden del día")
    assert page.model.language == "es"


def test_the_tree_after_many_moves_matches_the_saved_agenda(workspace, context):
    """Moves are followed in memory; the tree must equal a fresh read of the store."""
    import random

    model = workspace.model
    rng = random.Random(5)
    for _ in range(25):
        item = rng.choice(model.ids())
        parents = [None] + [i for i in model.ids() if not model._is_inside(i, item)]
        parent = rng.choice(parents)
        index = rng.randrange(len(model.children_of(parent)) + 1)
        model.dropMimeData(model.mimeData([model.index_of(item)]), Qt.DropAction.MoveAction,
                           index, 0, model.index_of(parent) if parent else QModelIndex())
    for _ in range(context.undo_stack.count() // 2):
        context.undo_stack.undo()
    shown = [(i, model.schedule.slots[i].number, model.schedule.slots[i].start) for i in model.ids()]
    fresh = AgendaModel(context, "en")
    fresh.set_meeting(context.meeting_id)
    assert shown == [(i, fresh.schedule.slots[i].number, fresh.schedule.slots[i].start)
                     for i in fresh.ids()]


def test_a_spanish_interface_exports_the_agenda_in_spanish_by_default(context, qtbot):
    page = AgendaWorkspace(context, "es")
    qtbot.addWidget(page)
    assert page.export_language.currentData() == "es"


def test_the_fixed_start_reads_as_the_agenda_writes_times(workspace):
    from PySide6.QtCore import QTime

    workspace.editor.fixed_time.setTime(QTime(13, 0))
    assert workspace.editor.fixed_time.text() == "1:00 PM"
    workspace.set_language("es")
    assert workspace.editor.fixed_time.text() == "1:00 p.m."
    workspace.set_language("en")


def test_a_paper_bomb_is_not_attached_and_says_what_is_too_large(workspace, tmp_path, monkeypatch):
    from tests.export.test_hostile_docx import streamed_bomb

    bomb = streamed_bomb(tmp_path / "huge.docx", b"<w:p/>", 300_000)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(bomb), "")))
    workspace.select(find(workspace.model, "Preventing crime and violence in the border region"))
    workspace.editor.attach_button.click()
    assert workspace.editor.attachments.count() == 0
    assert workspace.warnings[-1] == "huge.docx was not attached: more than 200,000 paragraphs."
