"""The Export workspace as a staffer uses it: pre-flight, going to fix, exporting, opening."""

import zipfile

import pytest
from docx import Document
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from tests.made_files import macro_document


@pytest.fixture
def export(app, monkeypatch):
    window = app.window
    window.show_workspace("export")
    page = window.export
    opened, warnings = [], []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url)))
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _parent, title, text, *a, **k: warnings.append(text)))
    page.opened, page.warnings = opened, warnings
    return page


def preflight_texts(page):
    tree = page.preflight
    return [tree.topLevelItem(i).text(1) for i in range(tree.topLevelItemCount())]


def start_export(page, path):
    """Export to ``path`` as the staffer does, without waiting for the document."""
    page.output.setText(str(path))
    page._path_edited = True
    page.export_button.click()


def run_export(page, qtbot, path):
    with qtbot.waitSignal(page.export_finished, timeout=60_000) as blocker:
        start_export(page, path)
    qtbot.waitUntil(lambda: page.worker is None, timeout=10_000)
    return blocker.args[0]


def test_the_workspace_replaces_its_placeholder_and_lists_the_preflight(app, export):
    assert app.window.stack.currentWidget() is export
    texts = preflight_texts(export)
    assert any(t.endswith("no one leads this item.") for t in texts)
    assert "things to check" in export.preflight_label.text()
    export.choose("communique")
    texts = preflight_texts(export)
    assert any(t.startswith("Communiqué paragraph 5 is not agreed yet") for t in texts)
    assert "12th Plenary Meeting" in export.meeting_label.text()


def test_each_document_shows_its_own_options_and_entries(export):
    export.choose("communique")
    assert export.form.isRowVisible(export.labels["copy"])
    assert not export.form.isRowVisible(export.labels["template"])
    texts = preflight_texts(export)
    assert texts
    assert all(t.startswith("Communiqué paragraph") for t in texts)
    export.choose("delegations")
    assert export.form.isRowVisible(export.labels["contact_sheet"])
    assert export.output.text().endswith("delegations-12-en.docx")
    export.choose("briefing_book", "bilingual")
    assert export.form.isRowVisible(export.labels["template"])
    assert export.output.text().endswith("briefing-book-12-bilingual.docx")


def double_click(export, qtbot, ending):
    """Double-click the pre-flight entry whose text ends so; (its text, where it goes)."""
    tree = export.preflight
    item = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                if tree.topLevelItem(i).text(1).endswith(ending))
    with qtbot.waitSignal(export.go_to_requested) as blocker:
        tree.itemDoubleClicked.emit(item, 1)
    return item.text(1), blocker.args


def test_double_click_goes_to_the_place_to_fix(app, export, qtbot):
    _text, (workspace, entity, _entity_id, _field, _language) = double_click(
        export, qtbot, "no one leads this item.")
    assert (workspace, entity) == ("agenda", "agenda_item")
    assert app.window.stack.currentWidget() is app.window.agenda


def test_export_the_briefing_book_then_open_it(export, qtbot, tmp_path):
    export.choose("briefing_book", "es")
    path = tmp_path / "carpeta.docx"
    assert run_export(export, qtbot, path) is True
    assert export.progress.value() == 100
    assert export.opened == [QUrl.fromLocalFile(str(path))]
    text = [p.text for p in Document(str(path)).paragraphs]
    assert "XII Reunión Plenaria" in text


def test_a_book_being_written_when_the_window_closes_is_finished_before_the_program_ends(
        app, export, qtbot, tmp_path):
    export.choose("briefing_book", "en")
    path = tmp_path / "book.docx"
    start_export(export, path)
    worker = export.worker
    assert worker is not None
    assert worker.isRunning()
    app.wind_down()  # what the program does once its window has closed
    assert worker.isFinished()
    assert "12th Plenary Meeting" in [p.text for p in Document(str(path)).paragraphs]
    assert app.context.db.engine.pool.checkedout() == 0  # closed: nothing left in use
    qtbot.waitUntil(lambda: export.worker is None, timeout=10_000)


def test_every_other_document_exports_from_the_window(export, qtbot, tmp_path):
    for document in ("agenda", "delegations", "actions", "communique"):
        export.choose(document, "bilingual")
        path = tmp_path / f"{document}.docx"
        assert run_export(export, qtbot, path) is True, export.warnings
        assert zipfile.is_zipfile(path)


def test_final_drops_the_draft_marking_of_a_shareable_document(export, qtbot, tmp_path):
    def text_of(path):
        return "\n".join(p.text for p in Document(str(path)).paragraphs)

    export.choose("briefing_book")
    assert not export.form.isRowVisible(export.labels["final"])  # the book is never a draft
    export.choose("agenda", "es")
    assert export.form.isRowVisible(export.labels["final"])
    assert not export.final.isChecked()
    assert run_export(export, qtbot, tmp_path / "draft.docx") is True
    assert "PROYECTO — NO DIFUNDIR" in text_of(tmp_path / "draft.docx")
    export.final.setChecked(True)
    assert run_export(export, qtbot, tmp_path / "final.docx") is True
    assert "PROYECTO — NO DIFUNDIR" not in text_of(tmp_path / "final.docx")
    export.choose("actions")
    export.internal.setChecked(True)  # an internal report is never a draft: nothing to choose
    assert not export.final.isEnabled()
    export.internal.setChecked(False)
    assert export.final.isEnabled()


def test_a_crafted_template_is_refused_with_a_clear_message(export, qtbot, tmp_path):
    template = tmp_path / "letterhead.docx"
    Document().save(template)
    crafted = tmp_path / "crafted.docx"
    with zipfile.ZipFile(template) as old, zipfile.ZipFile(crafted, "w") as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename == "word/document.xml":
                data = (b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                        + data.split(b"?>", 1)[1])
            new.writestr(info, data)
    export.choose("briefing_book")
    export.template.setText(str(crafted))
    assert run_export(export, qtbot, tmp_path / "book.docx") is False
    assert "crafted.docx was refused" in export.warnings[-1]
    assert not (tmp_path / "book.docx").exists()


def test_an_unwritable_folder_says_where(export, qtbot, tmp_path):
    export.choose("agenda")
    assert run_export(export, qtbot, tmp_path / "missing" / "agenda.docx") is False
    assert "could not be written" in export.warnings[-1]
    assert "folder does not exist" in export.warnings[-1]


def test_an_existing_file_is_replaced_only_when_the_user_says_so(export, qtbot, tmp_path,
                                                                  monkeypatch):
    target = tmp_path / "book.docx"
    export.choose("agenda")
    assert run_export(export, qtbot, target) is True
    first = target.read_bytes()
    export.choose("delegations")  # the path stays: the next export would land on it
    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda _parent, title, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.No))
    export.output.setText(str(target))
    export.export_button.click()
    assert asked == [f"{target} already exists. Replace it with this export?"]
    assert export.worker is None
    assert target.read_bytes() == first


def test_strict_refuses_while_entries_remain(export, qtbot, tmp_path):
    export.choose("briefing_book")
    export.strict.setChecked(True)
    assert run_export(export, qtbot, tmp_path / "book.docx") is False
    assert "pre-flight list has" in export.warnings[-1]


def test_spanish_interface(app, export):
    app.set_language("es")
    assert export.heading.text() == "Exportar"
    assert export.export_button.text().replace("&", "") == "Exportar"
    texts = preflight_texts(export)
    assert any(t.endswith("el tema no tiene ponente.") for t in texts)
    assert export.document.itemText(0) == "Carpeta informativa (interna)"
    export.choose("agenda", "es")
    assert export.output.text().endswith("orden-del-dia-12-es.docx")
    assert any("declinó asistir" in t for t in preflight_texts(export))


def test_a_full_disk_is_worded_in_spanish_and_keeps_the_earlier_file(app, export, qtbot, tmp_path,
                                                                     monkeypatch):
    import errno

    from docx.document import Document as DocxDocument

    target = tmp_path / "orden.docx"
    export.choose("agenda", "es")
    assert run_export(export, qtbot, target) is True
    before = target.read_bytes()
    app.set_language("es")

    def full(self, _path):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(DocxDocument, "save", full)
    assert run_export(export, qtbot, target) is False
    assert "el disco está lleno" in export.warnings[-1]
    assert "No space left" not in export.warnings[-1]
    assert "inesperad" not in export.warnings[-1]
    assert target.read_bytes() == before


def test_a_folder_or_a_macro_document_as_template_in_spanish(app, export, qtbot, tmp_path):
    app.set_language("es")
    folder = tmp_path / "membrete.docx"
    folder.mkdir()
    export.choose("briefing_book", "es")
    export.template.setText(str(folder))
    assert run_export(export, qtbot, tmp_path / "carpeta.docx") is False
    assert export.warnings[-1] == "La plantilla membrete.docx es una carpeta, no un documento de Word."
    docm = macro_document(tmp_path)
    export.template.setText(str(docm))
    assert run_export(export, qtbot, tmp_path / "carpeta.docx") is False
    assert export.warnings[-1].startswith("macros.docm es un documento de Word con macros (.docm)")
    assert " object at 0x" not in export.warnings[-1]


def test_a_paper_that_cannot_be_merged_is_listed_in_spanish(app, export):
    import datetime as dt

    from bescapp.model.entities import AgendaItem, Attachment
    from tests.export.test_hostile_docx import unmergeable_paper

    db, meeting_id = app.context.db, app.context.meeting_id
    with db.transaction() as session:
        item = session.query(AgendaItem).filter(AgendaItem.meeting_id == meeting_id).first()
        session.add(Attachment(agenda_item_id=item.id, filename="colgante.docx", position=0,
                               content=unmergeable_paper(), added_at=dt.datetime(2020, 3, 1)))
    app.set_language("es")
    export.choose("briefing_book", "es")
    export.refresh_preflight()
    assert any("colgante.docx no puede integrarse a la carpeta informativa (ábralo en Word y "
               "guárdelo de nuevo)" in t for t in preflight_texts(export))


def test_long_spanish_entries_wrap_and_are_read_whole(app, export, qtbot):
    """At the window's default size the longest Spanish entry is wider than its column:
    its row is as tall as its wrapped lines, and stays so when the column narrows."""
    app.set_language("es")
    export.choose("briefing_book", "es")
    tree = export.preflight
    qtbot.waitUntil(lambda: tree.topLevelItemCount() > 0)
    metrics = tree.fontMetrics()
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    longest = max(items, key=lambda item: metrics.horizontalAdvance(item.text(1)))
    shortest = min(items, key=lambda item: metrics.horizontalAdvance(item.text(1)))

    def lines(item):
        return tree.visualItemRect(item).height() // metrics.lineSpacing()

    def lines_needed(item):
        width = tree.columnWidth(1) - 8
        return -(-metrics.horizontalAdvance(item.text(1)) // width)  # at the least

    assert metrics.horizontalAdvance(longest.text(1)) > tree.columnWidth(1)  # it must wrap
    assert lines(shortest) == 1
    assert lines(longest) >= lines_needed(longest) >= 2
    before = lines(longest)
    app.window.resize(app.window.width() + 800, app.window.height())  # rows follow the width
    qtbot.waitUntil(lambda: lines_needed(longest) < before)
    qtbot.waitUntil(lambda: lines_needed(longest) <= lines(longest) < before)


def test_the_workspace_stands_alone_on_its_context(demo_db, qtbot):
    """Built without the main window, it shows the context's meeting in the interface
    language and asks to go to an entry by its signal alone (the window does the going)."""
    from bescapp.ui.context import AppContext
    from bescapp.ui.export.view import ExportWorkspace

    db, meeting_id = demo_db
    context = AppContext()
    context.set_database(db)
    page = ExportWorkspace(context, "es")
    qtbot.addWidget(page)
    assert "Reunión" not in page.meeting_label.text()  # no current meeting yet
    context.set_meeting(meeting_id)
    assert page.meeting_label.text() == "XII Reunión Plenaria — Ciudad de México, 4 de marzo de 2020"
    page.refresh_preflight()
    tree = page.preflight
    from bescapp.ui.export.view import ENTRY_ROLE

    item = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                if tree.topLevelItem(i).data(0, ENTRY_ROLE)[1] == "agenda_item")
    with qtbot.waitSignal(page.go_to_requested) as blocker:
        tree.itemDoubleClicked.emit(item, 1)
    assert blocker.args[:3] == ["agenda", "agenda_item", item.data(0, ENTRY_ROLE)[2]]
    assert page.window() is page


def test_a_pdf_beside_the_word_file_is_what_opens(export, qtbot, tmp_path, monkeypatch):
    from bescapp.export import pdf

    made = []

    def write_pdf(docx):
        made.append(docx)
        target = docx.with_suffix(".pdf")
        target.write_bytes(b"%PDF-1.7\n")
        return target

    monkeypatch.setattr(pdf, "write_pdf", write_pdf)
    export.choose("agenda", "es")
    assert export.form.isRowVisible(export.labels["pdf"])
    export.pdf.setChecked(True)
    path = tmp_path / "programa.docx"
    assert run_export(export, qtbot, path) is True
    assert made == [path]
    assert export.opened == [QUrl.fromLocalFile(str(tmp_path / "programa.pdf"))]


def test_without_libreoffice_the_word_file_is_written_and_the_message_says_why(
        app, export, qtbot, tmp_path, monkeypatch):
    from bescapp.export import pdf

    monkeypatch.setattr(pdf, "find_office", lambda: None)
    app.set_language("es")
    export.choose("communique", "es")
    export.pdf.setChecked(True)
    path = tmp_path / "comunicado.docx"
    assert run_export(export, qtbot, path) is True
    assert zipfile.is_zipfile(path)
    assert not path.with_suffix(".pdf").exists()
    assert len(export.warnings) == 1
    assert "LibreOffice no está instalado" in export.warnings[0]
    assert str(path) in export.warnings[0]
    assert export.opened == []  # the warning box was closed, not "Open"


def test_the_clean_communique_waits_for_every_paragraph_agreed_and_conforming(
        app, export, qtbot, tmp_path):
    """Refused in the interface's language, naming the paragraphs; written once they are."""
    import datetime as dt

    from sqlalchemy import select, update

    from bescapp.model.entities import Paragraph, ParagraphStatus

    db = export.context.db
    with db.transaction() as session:
        session.execute(update(Paragraph).values(status=ParagraphStatus.AGREED))
        for p in session.scalars(select(Paragraph)):
            p.text = p.text.__class__(p.text.en.replace("[expand]US [consolidate]MX", "expand"),
                                      p.text.es.replace("[ampliar]US [consolidar]MX", "ampliar"))
    export.choose("communique", "en")
    export.clean.setChecked(True)
    target = tmp_path / "clean.docx"
    assert run_export(export, qtbot, target) is False
    assert "paragraphs 1, 2, 3" in export.warnings[-1]
    assert "are not checked for conformity" in export.warnings[-1]
    app.set_language("es")
    assert run_export(export, qtbot, target) is False
    assert "no tienen comprobada la concordancia" in export.warnings[-1]
    assert not target.exists()
    with db.transaction() as session:
        session.execute(update(Paragraph).values(conformity_by="Ana Ruiz",
                                                 conformity_at=dt.datetime(2020, 3, 4, 12)))
    assert run_export(export, qtbot, target) is True
    assert target.exists()


def test_the_book_exports_whole_as_a_clearing_checklist_or_one_session(app, export, qtbot,
                                                                       tmp_path):
    export.choose("briefing_book", "en")
    assert export.form.isRowVisible(export.labels["book_part"])
    parts = [export.book_part.itemText(k) for k in range(export.book_part.count())]
    assert parts[:2] == ["The whole book", "Contents only: a checklist for clearing"]
    assert parts[3] == "Session II only: Infrastructure and Ports of Entry"
    export.book_part.setCurrentIndex(1)
    checklist = tmp_path / "checklist.docx"
    assert run_export(export, qtbot, checklist) is True, export.warnings
    table = Document(str(checklist)).tables[0]
    assert table.rows[1].cells[0].text == "☐"
    export.book_part.setCurrentIndex(3)
    one = tmp_path / "session-2.docx"
    assert run_export(export, qtbot, one) is True, export.warnings
    titles = [p.text for p in Document(str(one)).paragraphs if p.style.name.startswith("Heading")]
    assert "II. Infrastructure and Ports of Entry" in titles
    assert not any(t.startswith("I.1 ") for t in titles)
    app.set_language("es")
    assert export.book_part.itemText(3) == "Solo la sesión II: Infraestructura y puertos de entrada"
    assert export.book_part.currentIndex() == 3  # the choice survives the switch
    export.choose("agenda")
    assert not export.form.isRowVisible(export.labels["book_part"])


@pytest.fixture
def briefed(qtbot, qapp, fresh_path, monkeypatch, watched_models):
    """The window on a database made by `init`, the 13th plenary prepared: its scene-setter
    and an item's counterpart's position written in English only."""
    from bescapp.app import Application
    from bescapp.model.bilingual import Bilingual as B
    from bescapp.store import agenda, briefing
    from bescapp.store.database import open_database
    from tests.preparing import prepare

    path, _side = fresh_path
    db = open_database(path)
    ids = prepare(db)
    with db.transaction() as session:
        texts = briefing.briefing_texts(session, ids["meeting"])
        briefing.set_briefing_texts(session, ids["meeting"], texts.replace(
            "scene_setter", B("The talks resume after a year.", "")))
        ids["positioned"] = agenda.add_item(session, ids["meeting"], None, 3, agenda.ItemFields(
            title=B("Water", "Agua"), duration_minutes=15, talking_points=B("Point.", "Punto."),
            counterpart_position=B("They will ask for more water.", "")))
    db.close()
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: None))
    application = Application(qapp, "en", interactive=True)
    qtbot.addWidget(application.window)
    assert application.open(path)
    application.context.set_meeting(ids["meeting"])
    application.window.show()
    application.window.show_workspace("export")
    yield application, ids
    window = application.window
    dialog = window.agenda.briefing_dialog if window.AGENDA in window._pages else None
    if dialog is not None:
        dialog.close()
    application.set_language("en")
    application.context.set_database(None)


SETTER = "Scene-setter (briefing): written in English only; there is no Spanish text."
POSITION = "4. Water: the counterpart's likely position has no Spanish text."


def test_the_book_lists_an_english_only_briefing_text_in_both_languages(briefed):
    application, _ids = briefed
    page = application.window.export
    for language in ("bilingual", "es"):
        page.choose("briefing_book", language)
        texts = preflight_texts(page)
        assert SETTER in texts
        assert POSITION in texts
        assert texts.index(SETTER) < texts.index(POSITION)  # the first pages, then the items
    page.choose("briefing_book", "en")
    assert SETTER not in preflight_texts(page)
    assert POSITION not in preflight_texts(page)
    for document in ("agenda", "delegations", "actions", "communique"):
        page.choose(document, "bilingual")
        assert not [t for t in preflight_texts(page) if "briefing" in t or "position" in t]
    page.choose("briefing_book", "bilingual")
    application.set_language("es")
    page = application.window.export
    tree = page.preflight
    row = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
               if tree.topLevelItem(i).text(1).startswith("Panorama general"))
    assert row.text(1) == ("Panorama general (carpeta informativa): solo hay texto en inglés; "
                           "falta el texto en español.")
    assert "4. Agua: el campo «posición probable de la contraparte» no tiene texto en español." \
        in preflight_texts(page)


def _double_click(page, qtbot, starts):
    tree = page.preflight
    row = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
               if tree.topLevelItem(i).text(1).startswith(starts))
    with qtbot.waitSignal(page.go_to_requested) as blocker:
        tree.itemDoubleClicked.emit(row, 1)
    return blocker.args


def test_double_click_on_a_briefing_text_opens_the_briefing_editor_on_its_box(briefed, qtbot):
    application, ids = briefed
    window = application.window
    page = window.export
    page.choose("briefing_book", "es")
    args = _double_click(page, qtbot, "Scene-setter")
    assert args == ["agenda", "briefing", ids["meeting"], "scene_setter", "es"]
    assert window.stack.currentWidget() is window.agenda
    dialog = window.agenda.briefing_dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.meeting_id == ids["meeting"]
    assert dialog.tabs.currentIndex() == 0  # the briefing texts
    assert dialog.focusWidget() is dialog.texts["scene_setter"]["es"]
    window.show_workspace("export")  # the editor left open: going again reuses it
    _double_click(page, qtbot, "Scene-setter")
    assert window.agenda.briefing_dialog is dialog
    assert dialog.isVisible()


def test_double_click_on_an_items_position_selects_the_item_on_its_box(briefed, qtbot):
    application, ids = briefed
    window = application.window
    page = window.export
    page.choose("briefing_book", "bilingual")
    args = _double_click(page, qtbot, POSITION)
    assert args == ["agenda", "agenda_item", ids["positioned"], "counterpart_position", "es"]
    agenda = window.agenda
    assert window.stack.currentWidget() is agenda
    assert agenda.current_id() == ids["positioned"]
    assert window.focusWidget() is agenda.editor.texts["counterpart_position"]["es"]


def test_double_click_on_a_member_entry_selects_them_in_their_list(app, export, qtbot):
    """A member without a biography: the Delegations workspace with that member selected
    (Enter then edits them), not only the workspace."""
    from sqlalchemy import select

    from bescapp.model.bilingual import Bilingual
    from bescapp.model.entities import Membership

    with app.context.db.transaction() as session:  # a Mexican member's biography cleared
        last = session.scalars(select(Membership).order_by(Membership.id.desc())).first()
        last.person.biography = Bilingual()
    export.refresh_preflight()
    text, (workspace, entity, membership_id, _field, _language) = double_click(
        export, qtbot, ": no biography.")
    assert (workspace, entity) == ("delegations", "membership")
    page = app.window.delegations
    assert app.window.stack.currentWidget() is page
    assert page.selected_id() == membership_id
    name = text.removesuffix(": no biography.")
    section = page.active()
    selected = section.table.selectionModel().selectedRows()[0]
    assert section.model.member(selected.row()).first_surname in name


def test_closing_the_window_while_a_book_is_written_waits_for_it_and_says_so(
        app, export, qtbot, tmp_path):
    export.choose("briefing_book", "es")
    path = tmp_path / "carpeta.docx"
    window = app.window
    start_export(export, path)
    assert export.worker is not None
    window.close()
    assert window.isVisible()  # still open: the book is being written
    assert window.statusBar().currentMessage().startswith("An export is still being written")
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=60_000)
    assert "XII Reunión Plenaria" in [p.text for p in Document(str(path)).paragraphs]
