"""The briefing editor (from the Agenda workspace) and the photo picker (Delegations): what
staff type reaches the store as one undo step, undo puts it back, a read-only database
edits nothing, bad pictures are refused by name, and every screen speaks Spanish."""

import dataclasses
import datetime as dt
import io

import pytest
from PIL import Image
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from bescapp.model.bilingual import Bilingual as B
from bescapp.model.entities import ClearanceRole, VisitKind
from bescapp.store import briefing
from bescapp.store.briefing import BRIEFING_TEXTS, ClearanceFields, VisitFields
from bescapp.store.database import open_database
from bescapp.ui.briefing import dialog as briefing_dialog
from bescapp.ui.briefing.row_dialogs import ClearanceDialog, VisitDialog
from bescapp.ui.context import EditNotSaved
from bescapp.ui.delegations import photo_dialog
from bescapp.ui.delegations.photo_dialog import PhotoDialog


def read(app, what):
    with app.context.db.session() as session:
        return what(session, app.context.meeting_id)


@pytest.fixture
def editor(app, qtbot):
    page = app.window.agenda
    assert page.briefing_button.isEnabled()
    page.briefing_button.click()
    dialog = page.briefing_dialog
    assert isinstance(dialog, briefing_dialog.BriefingDialog)
    assert dialog.isVisible()
    yield dialog
    if page.briefing_dialog is not None:  # closing deletes it
        page.briefing_dialog.close()


def test_the_demo_briefing_is_shown_and_a_text_typed_is_one_undo_step(app, editor, qtbot):
    shown = editor.texts["scene_setter"]["en"].toPlainText()
    assert shown.startswith("[Sample] The 12th Plenary meets")
    assert editor.visits.table.rowCount() == 7
    assert editor.clearances.table.rowCount() == 3
    assert editor.clearances.table.item(0, 0).text() == "Drafted by"
    box = editor.texts["likely_asks"]["es"]
    box.setPlainText("Más carriles\nHorario ampliado")
    assert editor.commit_texts()
    texts = read(app, briefing.briefing_texts)
    assert texts.likely_asks.es == "Más carriles\nHorario ampliado"
    assert texts.scene_setter.en == shown  # the other texts untouched
    assert app.context.undo_stack.undoText() == "Edit briefing texts"
    app.context.undo_stack.undo()
    assert read(app, briefing.briefing_texts).likely_asks.es.startswith("[Ejemplo] Una fecha")
    assert box.toPlainText().startswith("[Ejemplo] Una fecha")  # the editor follows undo


def test_closing_the_editor_keeps_what_was_typed(app, editor):
    editor.texts["press_guidance"]["en"].setPlainText("Stay on message.")
    editor.close()
    assert read(app, briefing.briefing_texts).press_guidance.en == "Stay on message."


def test_a_text_too_long_is_refused_with_a_message_and_not_saved(app, editor, monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: said.append(a[2])))
    editor.texts["if_asked"]["en"].setPlainText("x" * 20_001)
    assert not editor.commit_texts()
    assert said == ["if asked (English): 20,001 characters; at most 20,000"]
    assert not read(app, briefing.briefing_texts).if_asked.en.startswith("xxx")


class _Answer:
    """A row dialog that answers at once with the given fields."""

    def __init__(self, fields):
        self.given = fields

    def __call__(self, *_a, fields=None, **_k):
        self.seen = fields
        return self

    def exec(self):
        return QDialog.DialogCode.Accepted

    def fields(self):
        return self.given


def test_the_visit_schedule_is_added_edited_moved_and_deleted_with_undo(app, editor, monkeypatch):
    new = VisitFields(VisitKind.PULL_ASIDE, 1, dt.time(16, 0), dt.time(16, 15),
                      B("Pull-aside with SSPC", "Encuentro breve con la SSPC"))
    monkeypatch.setattr(briefing_dialog, "VisitDialog", _Answer(new))
    editor.visits.add.click()
    rows = read(app, briefing.visit_schedule)
    assert len(rows) == 8
    assert rows[-1].fields == new  # last of its day
    assert editor.visits.selected() == rows[-1].id
    editor.visits.up.click()
    assert read(app, briefing.visit_schedule)[-2].fields == new
    changed = VisitFields(**{**new.__dict__, "notes": B("Ten minutes", "Diez minutos")})
    monkeypatch.setattr(briefing_dialog, "VisitDialog", _Answer(changed))
    editor.visits.edit.click()
    assert read(app, briefing.visit_schedule)[-2].fields.notes.es == "Diez minutos"
    editor.visits.delete.click()
    assert len(read(app, briefing.visit_schedule)) == 7
    stack = app.context.undo_stack
    assert stack.undoText() == "Delete from the visit schedule"
    for _ in range(4):  # delete, edit, move, add
        stack.undo()
    assert len(read(app, briefing.visit_schedule)) == 7
    assert editor.visits.table.rowCount() == 7
    stack.redo()  # the add again, with the same id
    assert read(app, briefing.visit_schedule)[-1].fields == new


def test_a_clearance_is_added_and_dated(app, editor, monkeypatch):
    new = ClearanceFields(ClearanceRole.CLEARED, "Kim Ortega", "L/WHA", dt.date(2020, 3, 2))
    monkeypatch.setattr(briefing_dialog, "ClearanceDialog", _Answer(new))
    editor.clearances.add.click()
    rows = read(app, briefing.clearances)
    assert rows[-1].fields == new
    assert editor.clearances.table.item(3, 3).text() == "March 2, 2020"


def _another_editor(demo_path, edit):
    """Another bescapp on the same file (its own database handle) saves ``edit``."""
    other = open_database(demo_path)
    try:
        with other.transaction() as session:
            edit(session)
    finally:
        other.close()


def test_a_visit_line_saved_over_another_editors_change_is_refused_and_theirs_shown(
        app, editor, demo_path, monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: said.append(a[1:3])))
    line = read(app, briefing.visit_schedule)[0]  # as the editor shows it
    theirs = B("Side entrance", "Entrada lateral")
    _another_editor(demo_path, lambda s: briefing.update_visit_event(
        s, line.id, dataclasses.replace(line.fields, place=theirs)))
    monkeypatch.setattr(briefing_dialog, "VisitDialog", _Answer(dataclasses.replace(
        line.fields, place=B("Garage", "Estacionamiento"))))
    editor.visits.table.selectRow(0)
    steps = app.context.undo_stack.count()
    with pytest.raises(EditNotSaved):
        editor.edit_visit()
    title = line.fields.title.en
    assert said == [("Changed by someone else",
                     f"Someone else changed the visit schedule line “{title}” since you "
                     "opened it (place). Your change was not saved, so theirs is kept; the "
                     "window now shows their version.")]
    assert read(app, briefing.visit_schedule)[0].fields.place == theirs
    assert editor.visits.table.item(0, 2).text() == "Side entrance"  # reloaded
    assert app.context.undo_stack.count() == steps  # no step for a save refused
    # Another field of the same line, changed now, is saved.
    monkeypatch.setattr(briefing_dialog, "VisitDialog", _Answer(dataclasses.replace(
        line.fields, place=theirs, notes=B("Badges at the door", "Gafetes en la puerta"))))
    editor.edit_visit()
    assert read(app, briefing.visit_schedule)[0].fields.notes.en == "Badges at the door"


def test_a_clearance_undo_over_another_editors_change_is_refused_in_spanish(
        app, editor, demo_path, monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: said.append(a[2])))
    app.set_language("es")
    line = read(app, briefing.clearances)[0]
    monkeypatch.setattr(briefing_dialog, "ClearanceDialog", _Answer(dataclasses.replace(
        line.fields, office="WHA/EPS")))
    editor.clearances.table.selectRow(0)
    editor.edit_clearance()  # ours, saved: one undo step
    stack = app.context.undo_stack
    assert stack.undoText() == "Editar visto bueno"
    steps = stack.count()
    _another_editor(demo_path, lambda s: briefing.update_clearance(
        s, line.id, dataclasses.replace(line.fields, office="L/WHA")))
    stack.undo()
    assert said == [f"Otra persona modificó la línea de visto bueno «{line.fields.name}» después "
                    "de su cambio (área). Deshacerlo sobrescribiría el cambio de esa persona, por "
                    "lo que no se deshizo nada; la ventana muestra ahora su versión."]
    assert stack.count() == steps - 1  # the step is gone: the stack stays true
    assert read(app, briefing.clearances)[0].fields.office == "L/WHA"
    assert editor.clearances.table.item(0, 2).text() == "L/WHA"  # reloaded


def test_the_row_dialogs_hand_back_what_was_entered(qtbot):
    visit = VisitDialog(fields=VisitFields(VisitKind.ARRIVAL, 1, dt.time(7, 30), None,
                                           B("Arrival", "Llegada")), days=2)
    qtbot.addWidget(visit)
    visit.texts["place"]["es"].setText("  Aeropuerto  ")
    visit.end.given.setChecked(True)
    got = visit.fields()
    assert got.place == B("", "Aeropuerto")
    assert got.start_time == dt.time(7, 30)
    assert got.end_time == dt.time(9, 30)
    clearance = ClearanceDialog()
    qtbot.addWidget(clearance)
    clearance.name.setText("J. Doe")
    assert clearance.fields() == ClearanceFields(ClearanceRole.CLEARED, "J. Doe", "", None)


def test_a_read_only_database_edits_nothing_in_the_editor(app, demo_path, qtbot):
    meeting_id = app.context.meeting_id
    app.context.set_database(open_database(demo_path, read_only=True))
    app.context.set_meeting(meeting_id)
    page = app.window.agenda
    page.briefing_button.click()
    dialog = page.briefing_dialog
    try:
        for boxes in dialog.texts.values():
            for box in boxes.values():
                assert box.isReadOnly()
        for rows in (dialog.visits, dialog.clearances):
            rows.table.selectRow(0)
            for button in (rows.add, rows.edit, rows.delete, rows.up, rows.down):
                assert not button.isEnabled()
        assert dialog.commit_texts()  # nothing to save, nothing refused
    finally:
        if page.briefing_dialog is not None:
            page.briefing_dialog.close()


def test_the_editor_in_spanish(app, editor):
    app.set_language("es")
    assert editor.windowTitle() == "Carpeta informativa"
    assert [editor.tabs.tabText(k) for k in range(3)] == [
        "&Textos de la carpeta", "&Programa de la visita", "&Visto bueno"]
    assert editor.text_labels["scene_setter"].text() == "Panorama general"
    for name in BRIEFING_TEXTS:
        assert editor.text_labels[name].text(), name
    assert editor.visits.add.text() == "&Agregar…"
    headers = [editor.visits.table.horizontalHeaderItem(k).text() for k in range(5)]
    assert headers == ["Hora", "Actividad", "Lugar", "Participantes", "Notas"]
    assert editor.clearances.table.item(0, 0).text() == "Elaboró"


# ----------------------------------------------------------------------------- photos

def picture(fmt="PNG", size=(600, 750)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (30, 60, 90)).save(out, fmt)
    return out.getvalue()


def test_the_photo_picker_previews_a_good_picture_and_refuses_a_bad_one_by_name(
        qtbot, tmp_path, monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: said.append(a[2])))
    dialog = PhotoDialog(name="Ms. Ana Smith")
    qtbot.addWidget(dialog)
    assert dialog.preview.text() == "No photo"
    assert not dialog.remove_button.isEnabled()
    bad = tmp_path / "scan.png"
    bad.write_bytes(b"not a picture at all")
    assert not dialog.take(bad)
    assert said == ["scan.png is not a picture bescapp can read (use a JPEG or PNG file)"]
    assert dialog.chosen() is None
    good = tmp_path / "portrait.png"
    good.write_bytes(picture())
    assert dialog.take(good)
    with Image.open(io.BytesIO(dialog.chosen())) as kept:
        assert kept.format == "JPEG"
        assert max(kept.size) == 480
    assert not dialog.preview.pixmap().isNull()
    assert dialog.remove_button.isEnabled()
    dialog.remove()
    assert dialog.chosen() is None


def test_a_decompression_bomb_is_refused_in_the_window_too(qtbot, tmp_path, monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: said.append(a[2])))
    dialog = PhotoDialog()
    qtbot.addWidget(dialog)
    bomb = tmp_path / "bomb.png"
    out = io.BytesIO()
    Image.new("1", (10_000, 10_000), 0).save(out, "PNG")
    bomb.write_bytes(out.getvalue())
    assert not dialog.take(bomb)
    assert said == ["bomb.png is a picture of more than 40 million pixels; it was not opened"]


class _PhotoAnswer:
    def __init__(self, chosen):
        self._chosen = chosen

    def __call__(self, *_a, photo=None, **_k):
        self.before = photo
        return self

    def exec(self):
        return QDialog.DialogCode.Accepted

    def chosen(self):
        return self._chosen


def test_a_photo_set_in_delegations_is_one_undo_step(app, monkeypatch):
    page = app.window.delegations
    section = page.sections["MX"]
    section.table.selectRow(0)
    page._selection_changed("MX")
    assert page.photo_button.isEnabled()
    member = section.model.member(0)
    jpeg = photo_dialog.checked_photo(picture("JPEG"), "seade.jpg").content
    monkeypatch.setattr(photo_dialog, "PhotoDialog", _PhotoAnswer(jpeg))
    page.photo_button.click()
    with app.context.db.session() as session:
        assert briefing.photo(session, member.person_id) == jpeg
    assert app.context.undo_stack.undoText() == "Set photo"
    app.context.undo_stack.undo()
    with app.context.db.session() as session:
        assert briefing.photo(session, member.person_id) is None


def test_the_photo_picker_in_spanish(app, qtbot):
    app.set_language("es")
    dialog = PhotoDialog(name="Sra. Ana Smith")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Fotografía de Sra. Ana Smith"
    assert dialog.choose_button.text() == "&Elegir imagen…"
    assert dialog.preview.text() == "Sin fotografía"
    assert app.window.delegations.photo_button.text() == "F&otografía…"


def test_briefing_pressed_again_brings_back_the_one_editor_and_a_new_meeting_closes_it(
        app, editor, qtbot):
    """Pressed again, it closed the editor and made another, and the first one's deletion
    then made the page forget the second: a third press opened a duplicate, and changing
    the meeting left the forgotten editor open on the meeting before."""
    from PySide6.QtCore import QCoreApplication, QEvent

    page = app.window.agenda
    page.briefing_button.click()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert page.briefing_dialog is editor
    page.briefing_button.click()
    open_editors = [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, briefing_dialog.BriefingDialog) and w.isVisible()]
    assert open_editors == [editor]
    with app.context.db.session() as session:
        from bescapp.store.meetings import list_meetings

        eleventh = next(m.id for m in list_meetings(session) if m.number == 11)
    app.context.set_meeting(eleventh)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert page.briefing_dialog is None
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, briefing_dialog.BriefingDialog) and w.isVisible()]


def _their_text(demo_path, meeting_id, name, value):
    """Another editor saves one briefing text of the meeting."""
    _another_editor(demo_path, lambda s: briefing.set_briefing_texts(
        s, meeting_id, briefing.briefing_texts(s, meeting_id).replace(name, value)))


@pytest.mark.parametrize(("language", "named"), [
    ("en", "Someone else changed the meeting “12th Plenary Meeting” since you opened it "
           "(scene-setter)."),
    ("es", "Otra persona modificó la reunión «XII Reunión Plenaria» después de que usted "
           "comenzó su edición (panorama general)."),
])
def test_a_briefing_text_saved_over_another_editors_change_of_it_is_refused(
        app, editor, demo_path, monkeypatch, language, named):
    said = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: said.append(a[2])))
    app.set_language(language)
    meeting = app.context.meeting_id
    theirs = B("Theirs: the 13th plenary's scene.", "De ellos: el panorama.")
    _their_text(demo_path, meeting, "scene_setter", theirs)
    editor.texts["scene_setter"]["en"].setPlainText("Ours: a scene typed meanwhile.")
    steps = app.context.undo_stack.count()
    assert not editor.commit_texts()
    assert len(said) == 1
    assert said[0].startswith(named)
    assert read(app, briefing.briefing_texts).scene_setter == theirs
    assert editor.texts["scene_setter"]["en"].toPlainText() == theirs.en  # theirs shown
    assert app.context.undo_stack.count() == steps
    assert editor.commit_texts()  # nothing left to save: no second refusal


def test_another_editors_change_of_another_text_stays_and_what_is_typed_is_kept(
        app, editor, demo_path):
    meeting = app.context.meeting_id
    theirs = B("Theirs: objectives.", "De ellos: objetivos.")
    box = editor.texts["scene_setter"]["en"]
    box.setPlainText("Ours: typed, not saved yet.")
    _their_text(demo_path, meeting, "objectives", theirs)
    editor.reload()  # their save noticed (on a server: their notice) while we type
    assert box.toPlainText() == "Ours: typed, not saved yet."
    assert editor.texts["objectives"]["en"].toPlainText() == theirs.en
    assert editor.commit_texts()
    texts = read(app, briefing.briefing_texts)
    assert texts.scene_setter.en == "Ours: typed, not saved yet."
    assert texts.objectives == theirs
    # unnoticed (no reload): our save writes only what we changed, and theirs stays
    later = B("Theirs: asks, later.", "De ellos: peticiones.")
    _their_text(demo_path, meeting, "likely_asks", later)
    editor.texts["press_guidance"]["es"].setPlainText("Nuestro: sin comentarios.")
    assert editor.commit_texts()
    texts = read(app, briefing.briefing_texts)
    assert texts.likely_asks == later
    assert texts.press_guidance.es == "Nuestro: sin comentarios."
    app.context.undo_stack.undo()  # our last step only: theirs is not taken back
    assert read(app, briefing.briefing_texts).likely_asks == later
