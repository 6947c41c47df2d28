"""The Communiqué workspace: side-by-side editor, checks, termbase, versions, export, undo."""

import contextlib
import dataclasses

import pytest
from docx import Document
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QInputDialog, QMessageBox

from bescapp.model.bilingual import Bilingual as B
from bescapp.model.entities import ParagraphStatus
from bescapp.store import communique as store
from bescapp.ui.communique import compare as compare_module
from bescapp.ui.communique.export_dialog import ExportChoices
from bescapp.ui.communique.model import ChecksModel, TermsModel, run_checks
from bescapp.ui.communique.view import CommuniqueWorkspace
from bescapp.ui.context import AppContext


@pytest.fixture
def workspace(qtbot, demo_db, monkeypatch, model_tester):
    db, meeting_id = demo_db
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: warnings.append(a[2])))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a: None))
    context = AppContext()
    context.db = db
    view = CommuniqueWorkspace(context, "en")
    # Every test of the workspace also checks the checks' and the termbase's structure.
    model_tester(view.checks_model)
    model_tester(view.termbase.model)
    qtbot.addWidget(view)
    view.resize(1300, 800)
    view.show()
    context.set_meeting(meeting_id)
    view.warnings = warnings
    yield view
    context.db = None  # the fixture closes it


def draft(view):
    with view.context.db.session() as session:
        return store.draft_paragraphs(session, view.context.meeting_id)


def test_models_pass_the_item_model_tester(workspace, model_tester):
    assert workspace.termbase.model.rowCount() == 18
    standalone = ChecksModel()
    model_tester(standalone)
    rows = draft(workspace)
    rows[0] = dataclasses.replace(rows[0], text=B("The Parties met [again.", "Se reunieron."))
    standalone.set_results(rows, run_checks(rows, workspace.termbase.model.pairs()))
    assert standalone.rowCount() > 0
    standalone.language_changed()
    standalone.set_results([], {})
    terms = TermsModel(workspace.context)
    model_tester(terms)
    terms.language_changed()
    terms.reload()
    assert terms.rowCount() == 18


def test_pairs_show_english_and_spanish_side_by_side_with_status(workspace):
    rows = draft(workspace)
    assert list(workspace.pairs) == [r.id for r in rows]
    pair = workspace.pairs[rows[2].id]
    assert "[expand]US [consolidate]MX" in pair.editors["en"].toPlainText()
    assert "[ampliar]US [consolidar]MX" in pair.editors["es"].toPlainText()
    assert pair.status.currentText() == "Bracketed"
    assert workspace.checks_model.rowCount() == 0
    assert workspace.checks_title.text() == "Checks: none"


def test_checks_appear_next_to_the_paragraph_and_in_the_list(workspace):
    first = draft(workspace)[0]
    pair = workspace.pairs[first.id]
    pair.editors["en"].setFocus()
    pair.editors["en"].setPlainText(first.text.en + " [new]")
    pair.editors["es"].setFocus()  # leaving the English box commits the edit
    workspace.context.undo_stack  # noqa: B018
    from PySide6.QtWidgets import QApplication
    QApplication.processEvents()
    assert draft(workspace)[0].text.en.endswith("[new]")
    lines = [workspace.checks_model.index(r, 1).data() for r in range(workspace.checks_model.rowCount())]
    assert first.status == ParagraphStatus.AGREED  # and now it holds a bracket: both flagged
    assert lines == ["English: [new] has no counterpart in the other language",
                     "English: the paragraph is marked agreed but still holds bracketed text "
                     "[new]"]
    assert "[new] has no counterpart" in workspace.pairs[first.id].checks.text()
    workspace.context.undo_stack.undo()
    assert workspace.checks_model.rowCount() == 0


def test_toolbar_edits_are_each_one_undo_step(workspace):
    stack = workspace.context.undo_stack
    original = draft(workspace)
    workspace.current_id = original[0].id
    workspace.add()
    assert len(draft(workspace)) == len(original) + 1
    workspace.current_id = original[1].id
    workspace.merge()
    workspace.current_id = original[0].id
    workspace.move(1)
    workspace.delete()
    assert stack.count() == 4
    for _ in range(4):
        stack.undo()
    assert draft(workspace) == original
    for _ in range(4):
        stack.redo()
    assert len(draft(workspace)) == len(original) - 1


def test_split_at_the_cursor(workspace):
    first = draft(workspace)[0]
    pair = workspace.pairs[first.id]
    editor = pair.editors["en"]
    editor.setFocus()
    cursor = editor.textCursor()
    cursor.setPosition(first.text.en.index("The meeting was hosted"))
    editor.setTextCursor(cursor)
    workspace.current_id = first.id
    workspace.split()
    rows = draft(workspace)
    assert rows[0].text.en.endswith("Executive Steering Committee.")
    assert rows[1].text.en.startswith("The meeting was hosted")
    assert rows[1].text.es.startswith("Fue anfitrión de la reunión")
    workspace.context.undo_stack.undo()
    assert draft(workspace)[0].text == first.text


def test_status_combo_and_generate_draft_undo(workspace):
    first = draft(workspace)[0]
    pair = workspace.pairs[first.id]
    pair.status.setCurrentIndex(pair.status.findData(ParagraphStatus.DRAFT))
    pair.status.activated.emit(pair.status.currentIndex())
    assert draft(workspace)[0].status == ParagraphStatus.DRAFT
    before = draft(workspace)
    workspace.generate()
    after = draft(workspace)
    assert all("[" not in r.text.en for r in after)  # the generator brackets nothing
    workspace.context.undo_stack.undo()
    assert draft(workspace) == before


def test_save_version_and_compare(workspace, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *a, **k: ("Rev. 2 — US proposal", True)))
    workspace.save_version()
    with workspace.context.db.session() as session:
        versions = store.list_versions(session, workspace.context.meeting_id)
    assert [v.label for v in versions][1:] == ["Rev. 2 — US proposal"]
    row = draft(workspace)[0]
    with workspace.context.db.transaction() as session:
        store.edit_paragraph(session, row.id, text=B(row.text.en.replace("High-level", "Senior"),
                                                     row.text.es))
    shown = []
    monkeypatch.setattr(compare_module.CompareDialog, "exec",
                        lambda self: shown.append((self.views["en"].toHtml(),
                                                   self.views["es"].toPlainText())))
    workspace.compare()
    english_html, spanish = shown[0]
    assert "line-through" in english_html
    assert "High-level" in english_html
    assert "Senior" in english_html
    assert "Representantes de alto nivel" in spanish
    workspace.context.undo_stack.undo()  # the saved version goes
    with workspace.context.db.session() as session:
        assert len(store.list_versions(session, workspace.context.meeting_id)) == 1


def test_a_saved_version_is_deleted_from_the_compare_dialog_and_undo_restores_it(
        workspace, monkeypatch):
    labels = iter(["Rev. 1 — ours", "Rev. 2 — theirs"])
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: (next(labels), True)))
    workspace.save_version()
    workspace.save_version()

    def saved_labels():
        with workspace.context.db.session() as session:
            return [v.label for v in store.list_versions(session, workspace.context.meeting_id)][1:]

    offered = []

    def delete_the_latest(dialog):
        assert dialog.older.currentText().startswith("2. Rev. 2 — theirs")
        dialog.delete_older()
        offered.append([dialog.older.itemText(k) for k in range(dialog.older.count())])

    monkeypatch.setattr(compare_module.CompareDialog, "exec", delete_the_latest)
    workspace.compare()
    assert saved_labels() == ["Rev. 1 — ours"]
    assert offered[0][0] == "Working draft"
    assert offered[0][1].startswith("1. Rev. 1 — ours")
    assert len(offered[0]) == 2
    workspace.context.undo_stack.undo()
    assert saved_labels() == ["Rev. 1 — ours", "Rev. 2 — theirs"]


def test_compare_just_after_saving_shows_what_the_last_version_changed(workspace, monkeypatch):
    """Save Rev. 1, edit, save Rev. 2, compare: the working draft is Rev. 2 word for word,
    so the dialog starts from Rev. 1 (it used to start from Rev. 2 and show no change)."""
    labels = iter(["Rev. 1 — ours", "Rev. 2 — theirs"])
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: (next(labels), True)))
    workspace.save_version()
    row = draft(workspace)[0]
    with workspace.context.db.transaction() as session:
        store.edit_paragraph(session, row.id, text=B(row.text.en.replace("High-level", "Senior"),
                                                     row.text.es))
    workspace.save_version()
    shown = []
    monkeypatch.setattr(compare_module.CompareDialog, "exec",
                        lambda self: shown.append((self.older.currentText(),
                                                   self.views["en"].toHtml())))
    workspace.compare()
    older, english_html = shown[0]
    assert older.startswith("1. Rev. 1 — ours")
    assert "line-through" in english_html
    assert "Senior" in english_html


def test_termbase_edit_and_undo(workspace):
    model = workspace.termbase.model
    index = model.index(0, 1)
    old = index.data()
    assert model.setData(index, "Término nuevo")
    assert model.index(0, 1).data() == "Término nuevo"
    assert not model.setData(model.index(0, 1), "")  # refused: both languages needed
    assert workspace.termbase.model.index(0, 1).data() == "Término nuevo"
    workspace.context.undo_stack.undo()
    assert model.index(0, 1).data() == old


def test_export_writes_the_chosen_copy(workspace, monkeypatch, tmp_path):
    target = tmp_path / "out.docx"

    def choose(self):
        self.language_box.setCurrentIndex(self.language_box.findData("es"))
        self.copy_box.setCurrentIndex(self.copy_box.findData("mx"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportChoices, "exec", choose)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    workspace.export()
    assert [p.text for p in Document(str(target)).paragraphs if p.style.name == "Title"] == [
        "Comunicado conjunto México–Estados Unidos"]


def test_clean_export_refusal_is_shown(workspace, monkeypatch, tmp_path):
    def choose(self):
        self.clean_box.setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportChoices, "exec", choose)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "c.docx"), "")))
    bracketed = next(r.position + 1 for r in workspace.rows
                     if r.status is ParagraphStatus.BRACKETED)
    workspace.export()
    assert "\nNot agreed yet: " in workspace.warnings[-1]
    assert f" {bracketed} (bracketed)" in workspace.warnings[-1]
    assert not (tmp_path / "c.docx").exists()
    with spanish(workspace):
        workspace.export()
        assert "\nAún sin acordar: " in workspace.warnings[-1]
        assert f" {bracketed} (entre corchetes)" in workspace.warnings[-1]
    assert not (tmp_path / "c.docx").exists()


def test_store_refusals_are_worded_in_the_interface_language(workspace, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("x" * 300, True)))
    last = max(workspace.rows, key=lambda r: r.position)
    workspace.current_id = last.id
    with spanish(workspace):
        workspace.merge()
        assert workspace.warnings[-1] == (
            f"El párrafo {last.position + 1} es el último: no hay nada con qué unirlo.")
        workspace.save_version()
        assert workspace.warnings[-1] == "La etiqueta tiene 300 caracteres; el máximo es 200."


@contextlib.contextmanager
def spanish(workspace):
    from bescapp.i18n.qt import LanguageSwitcher

    switcher = LanguageSwitcher(QApplication.instance())
    switcher.apply("es")
    workspace.set_language("es")
    try:
        yield
    finally:
        switcher.apply("en")
        workspace.set_language("en")


def test_a_broken_pattern_is_explained_in_spanish(workspace):
    from bescapp.domain.communique import PatternProblem, fill
    from bescapp.ui.communique.messages import problem_text

    with pytest.raises(PatternProblem) as caught:
        fill("opening", B("In {city}.", "En {ciudad}."), {"city": B("Mexico City", "Ciudad de México")})
    with spanish(workspace):
        text = problem_text(caught.value, "es")
    assert text == ("El patrón de párrafo «opening» (español) tiene un marcador desconocido "
                    "{ciudad}. Marcadores conocidos: {city}.")


def test_an_agreed_paragraph_that_still_holds_brackets_is_flagged(workspace):
    rows = draft(workspace)
    number, bracketed = next((n, r) for n, r in enumerate(rows, start=1)
                             if "[expand]US [consolidate]MX" in r.text.en)
    assert workspace.checks_model.rowCount() == 0
    pair = workspace.pairs[bracketed.id]
    pair.status.setCurrentIndex(pair.status.findData(ParagraphStatus.AGREED))
    pair.status.activated.emit(pair.status.currentIndex())
    assert draft(workspace)[number - 1].status == ParagraphStatus.AGREED
    model = workspace.checks_model
    assert [(model.index(r, 0).data(), model.index(r, 1).data())
            for r in range(model.rowCount())] == [
        (str(number), "English: the paragraph is marked agreed but still holds bracketed "
                      "text [expand]US[consolidate]MX")]
    assert "marked agreed but still holds" in pair.checks.text()
    with spanish(workspace):
        assert model.index(0, 1).data() == (
            "Inglés: el párrafo está marcado como acordado pero aún tiene texto entre "
            "corchetes [expand]US[consolidate]MX")
    workspace.context.undo_stack.undo()
    assert model.rowCount() == 0


def test_a_refused_edit_says_in_the_window_what_the_command_line_says(workspace):
    from bescapp.i18n import catalogue
    from bescapp.store.communique import CommuniqueProblem, Reason, Refusal
    from bescapp.ui.communique.messages import problem_text

    catalogue.use("es")  # what `bescapp --language es` sets
    refused = CommuniqueProblem(Reason(Refusal.NO_LABEL),
                                Reason(Refusal.TEXT_TOO_LONG, {"paragraph": None, "lang": "en",
                                                               "length": 9001, "limit": 8000}))
    with spanish(workspace):
        text = problem_text(refused, "es")
    assert text == ("Dé una etiqueta a la versión, p. ej. «Rev. 2 — propuesta de EUA».\n"
                    "El texto en inglés tiene 9,001 caracteres; un párrafo admite como máximo 8,000.")
    assert text == str(refused).replace("». El", "».\nEl")
