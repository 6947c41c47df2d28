"""The Communiqué workspace: conformity set and cleared per paragraph (one undo step each),
cleared by an edit of either text, and the clean export refused until every paragraph is
agreed and conforming; the counterpart's comments shown as the paragraph's notes. From a
database made by ``init``, in English and Spanish."""

import contextlib
import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QInputDialog, QMessageBox

from bescapp.i18n.qt import LanguageSwitcher
from bescapp.model.bilingual import Bilingual as B
from bescapp.model.entities import ParagraphStatus
from bescapp.store import communique as store
from bescapp.store import meetings
from bescapp.ui.communique import conformity
from bescapp.ui.communique.export_dialog import ExportChoices
from bescapp.ui.communique.view import CommuniqueWorkspace
from bescapp.ui.context import AppContext

AGREED = ParagraphStatus.AGREED


@pytest.fixture
def workspace(qtbot, fresh_db, monkeypatch):
    db, _side = fresh_db
    with db.transaction() as session:
        meeting = meetings.create_meeting(session, meetings.MeetingFields(
            number=13, start_date=dt.date(2026, 5, 6), end_date=dt.date(2026, 5, 6),
            city=B("Washington, D.C.", "Washington, D.C."), host_party="US"))
        store.replace_draft(session, meeting, [
            (B("The delegations met.", "Las delegaciones se reunieron."), AGREED),
            (B("They adopted the plans.", "Adoptaron los planes."), AGREED)])
        first = store.draft_paragraphs(session, meeting)[0]
        store.add_notes(session, first.id, ["Luis García: ¿“met” o “held a meeting”?"])
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: warnings.append(a[2])))
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    context = AppContext()
    context.db = db
    view = CommuniqueWorkspace(context, "en")
    qtbot.addWidget(view)
    view.resize(1300, 800)
    view.show()
    context.set_meeting(meeting)
    view.warnings = warnings
    yield view
    context.db = None


def answer(monkeypatch, choice, name="Ana Ruiz"):
    """The conformity dialog answered as a staffer would: a name typed, a button pressed."""
    seen = []

    def exec_(dialog):
        seen.append(dialog)
        dialog.name.setText(name)
        (dialog.conforming if choice is conformity.Choice.CONFORMING
         else dialog.not_checked).click()
        return dialog.result()

    monkeypatch.setattr(conformity.ConformityDialog, "exec", exec_)
    return seen


def rows(view):
    with view.context.db.session() as session:
        return store.draft_paragraphs(session, view.context.meeting_id)


@contextlib.contextmanager
def spanish(view):
    switcher = LanguageSwitcher(QApplication.instance())
    switcher.apply("es")
    view.set_language("es")
    try:
        yield
    finally:
        switcher.apply("en")
        view.set_language("en")


def test_conformity_is_set_and_cleared_with_undo(workspace, monkeypatch):
    first = rows(workspace)[0]
    pair = workspace.pairs[first.id]
    assert pair.conformity.text() == "Conformity…"
    assert not pair.conformity_note.isVisible()
    seen = answer(monkeypatch, conformity.Choice.CONFORMING)
    pair.conformity.click()
    dialog = seen[0]
    assert dialog.texts["en"].toPlainText() == "The delegations met."
    assert dialog.texts["es"].toPlainText() == "Las delegaciones se reunieron."
    now = rows(workspace)[0]
    assert (now.conformity_by, now.conforming) == ("Ana Ruiz", True)
    assert pair.conformity.text() == "✓ Conforming…"
    assert pair.conformity_note.text().startswith("Conformity: checked by Ana Ruiz, ")
    assert workspace.context.undo_stack.undoText() == "Mark as conforming"
    workspace.context.undo_stack.undo()
    assert not rows(workspace)[0].conforming
    assert pair.conformity.text() == "Conformity…"
    workspace.context.undo_stack.redo()
    assert rows(workspace)[0].conforming
    # the next suggestion is who checked last
    seen = answer(monkeypatch, conformity.Choice.NOT_CHECKED, name="")
    pair.conformity.click()
    assert not rows(workspace)[0].conforming
    assert workspace.context.undo_stack.undoText() == "Clear conformity"


def test_editing_either_text_clears_conformity(workspace, monkeypatch):
    first = rows(workspace)[0]
    answer(monkeypatch, conformity.Choice.CONFORMING)
    workspace.pairs[first.id].conformity.click()
    assert rows(workspace)[0].conforming
    workspace._run(workspace_commands().edit_text(
        workspace.context, workspace.context.meeting_id, first.id,
        B(first.text.en, "Las delegaciones se encontraron.")))
    assert not rows(workspace)[0].conforming
    assert workspace.pairs[first.id].conformity.text() == "Conformity…"


def workspace_commands():
    from bescapp.ui.communique import commands

    return commands


def test_a_name_is_needed(workspace, monkeypatch):
    first = rows(workspace)[0]
    answer(monkeypatch, conformity.Choice.CONFORMING, name="  ")
    workspace.pairs[first.id].conformity.click()
    assert workspace.warnings[-1] == ("Say who checked that the two texts say the same: "
                                      "type a name.")
    assert not rows(workspace)[0].conforming


def test_the_clean_export_waits_for_conformity_in_both_languages(workspace, monkeypatch,
                                                                  tmp_path):
    def choose(self):
        self.clean_box.setChecked(True)
        return QDialog.DialogCode.Accepted

    target = tmp_path / "clean.docx"
    monkeypatch.setattr(ExportChoices, "exec", choose)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    first, second = rows(workspace)
    answer(monkeypatch, conformity.Choice.CONFORMING)
    workspace.pairs[first.id].conformity.click()
    workspace.export()
    assert "Not checked for conformity (the English and Spanish texts saying the same): 2." \
        in workspace.warnings[-1]
    assert "Not agreed" not in workspace.warnings[-1]
    with spanish(workspace):
        workspace.export()
        assert ("Sin comprobar la concordancia (que los textos en inglés y en español digan "
                "lo mismo): 2.") in workspace.warnings[-1]
    assert not target.exists()
    workspace.pairs[second.id].conformity.click()
    workspace.export()
    assert target.exists()


def test_the_paragraph_shows_its_notes_and_conformity_in_spanish(workspace, monkeypatch):
    first = rows(workspace)[0]
    pair = workspace.pairs[first.id]
    assert pair.notes.isVisible()
    assert pair.notes.text() == "Notes: Luis García: ¿“met” o “held a meeting”?"
    answer(monkeypatch, conformity.Choice.CONFORMING)
    pair.conformity.click()
    with spanish(workspace):
        pair = workspace.pairs[first.id]
        assert pair.conformity.text() == "✓ Concordante…"
        assert pair.conformity_note.text().startswith("Concordancia: comprobada por Ana Ruiz, ")
        assert " de 2" in pair.conformity_note.text()  # the date in Spanish
        assert pair.notes.text().startswith("Notas: Luis García")
        assert pair.conformity.accessibleName() == "Concordancia del párrafo 1"


def test_their_comments_show_on_our_paragraph_and_in_their_proposal(workspace, qtbot):
    """A proposal whose paragraph 2 carries their comment (as an import keeps it): the
    workspace shows it under our paragraph 2, the proposal dialog with their paragraph."""
    from bescapp.ui.communique.proposal import ProposalDialog

    first, second = rows(workspace)
    workspace._run(workspace_commands().SaveProposal(
        workspace.context, workspace.context.meeting_id, "MX", "MX proposal", [
            (first.text, AGREED), (B("They adopted all the plans.", "Adoptaron todos los planes."),
                                   ParagraphStatus.DRAFT)],
        ["", "Ana López: ¿todos?"]))
    pair = workspace.pairs[second.id]
    assert pair.notes.isVisible()
    assert pair.notes.text() == "Their comments: Ana López: ¿todos?"
    with spanish(workspace):
        assert workspace.pairs[second.id].notes.text() == "Sus comentarios: Ana López: ¿todos?"
    assert not workspace.pairs[first.id].notes.text().startswith("Their")
    with workspace.context.db.session() as session:
        version = [v for v in store.list_versions(session, workspace.context.meeting_id)
                   if v.origin][-1]

    def load():
        from bescapp.store.negotiation import proposal_pairings

        with workspace.context.db.session() as session:
            return proposal_pairings(session, workspace.context.meeting_id, version.id)

    dialog = ProposalDialog("MX proposal", load, lambda *a: True, workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.comments.text() == "Their comments: Ana López: ¿todos?"
    # undo of the import takes their comments away with their proposal
    workspace.context.undo_stack.undo()
    assert workspace.pairs[second.id].notes.text() == ""


@pytest.fixture
def variant_workspace(workspace):
    first = rows(workspace)[0]
    workspace._run(workspace_commands().edit_text(
        workspace.context, workspace.context.meeting_id, first.id,
        B("The Executive Steering Committee met.", "El Comité Bilateral Ejecutivo se reunió.")))
    return workspace


def _select_term_check(view):
    from bescapp.domain.brackets import CheckKind

    row = next(i for i in range(view.checks_model.rowCount())
               if view.checks_model.line(i).result.kind is CheckKind.TERM_MISSING)
    view.checks_table.setCurrentIndex(view.checks_model.index(row, 0))
    return view.checks_model.line(row)


def test_a_variant_is_added_from_the_warning_itself(variant_workspace, monkeypatch):
    view = variant_workspace
    assert not view.variant_button.isEnabled()  # nothing selected yet
    line = _select_term_check(view)
    assert line.result.detail == "Comité Ejecutivo Bilateral (CEB)"
    assert view.variant_button.isEnabled()
    assert view.variant_button.text() == "Add as a varia&nt of the term…"
    # what staff selected in the Spanish box is offered
    editor = view.pairs[line.paragraph_id].editors["es"]
    cursor = editor.textCursor()
    cursor.setPosition(3)
    cursor.setPosition(29, cursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    asked = []

    def get_text(_parent, title, prompt, _mode, suggested):
        asked.append((title, prompt, suggested))
        return suggested, True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    view.add_variant()
    assert asked == [("Add a variant", "How paragraph 1 writes “Comité Ejecutivo Bilateral” in "
                      "Spanish (an accepted variant: another spelling, an acronym, the other "
                      "word order):", "Comité Bilateral Ejecutivo")]
    assert view.checks_model.rowCount() == 0  # the variant is the term: no warning
    term = view.termbase.model.fields_of(line.result.term_id)
    assert term.variants.es == "Comité Bilateral Ejecutivo"
    column = view.termbase.model.VARIANTS_ES
    assert view.termbase.model.headerData(column, Qt.Orientation.Horizontal) == "Variants (ES)"
    assert view.context.undo_stack.undoText() == "Edit term"
    view.context.undo_stack.undo()
    assert view.checks_model.rowCount() == 1
    with view.context.db.session() as session:
        assert all(not t.variants.es for t in store.list_terms(session))


def test_the_variant_is_asked_in_spanish(variant_workspace, monkeypatch):
    view = variant_workspace
    asked = []
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(
        lambda _p, title, prompt, _m, s: asked.append((title, prompt)) or ("CBE", True)))
    with spanish(view):
        _select_term_check(view)
        assert view.variant_button.text() == "Añadir como varia&nte del término…"
        view.add_variant()
    assert asked == [("Añadir una variante", "Cómo escribe el párrafo 1 «Comité Ejecutivo "
                      "Bilateral» en español (una variante aceptada: otra grafía, una sigla, el "
                      "otro orden de las palabras):")]
    # "CBE" is not in the text: the warning stays, the variant is kept
    assert view.checks_model.rowCount() == 1
