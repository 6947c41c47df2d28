"""A real start in the window: a database made by `init` (either side), used from scratch.

The staffer creates the meeting, puts one person on each delegation's list, has both
lead an agenda item, adds an action plan with a line led by an agency on each side,
generates the communiqué draft from the stock patterns, and exports every document.
"""

import pytest
from docx import Document
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QMessageBox

from bescapp.app import Application
from bescapp.store import communique as communique_store
from bescapp.ui.actions.editor import LineEditor
from bescapp.ui.actions.plan_dialog import PlanDialog
from bescapp.ui.delegations.member_dialog import MemberDialog
from bescapp.ui.meetings.dialog import MeetingDialog


@pytest.fixture
def fresh_app(qtbot, qapp, fresh_path, monkeypatch):
    """The window on a database made by `init`; questions answered "No" (no demo)."""
    path, side = fresh_path
    warnings = []
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _parent, _title, text, *a, **k: warnings.append(text)))
    monkeypatch.setattr(QMessageBox, "critical",
                        staticmethod(lambda _parent, _title, text, *a, **k: warnings.append(text)))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: None))
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: True))
    application = Application(qapp, "en", interactive=True)
    qtbot.addWidget(application.window)
    assert application.open(path)
    application.window.show()
    application.warnings = warnings
    application.side = side
    yield application
    application.set_language("en")
    application.context.set_database(None)


def accept_with(fill):
    def run(dialog):
        fill(dialog)
        return QDialog.DialogCode.Accepted
    return run


def create_meeting(app, monkeypatch):
    window = app.window
    window.show_workspace("meetings")

    def fill(dialog):
        dialog.number.setValue(13)
        dialog.start_date.setDate(QDate(2026, 5, 6))
        dialog.end_date.setDate(QDate(2026, 5, 6))
        dialog.city_en.setText("Washington, D.C.")
        dialog.city_es.setText("Washington, D.C.")
        dialog.host.setCurrentIndex(dialog.host.findData("US"))

    monkeypatch.setattr(MeetingDialog, "exec", accept_with(fill))
    window.meetings.new_meeting()
    assert app.context.meeting_id is not None, app.warnings


def add_member(app, monkeypatch, code, given, surname, acronym):
    page = app.window.delegations

    def fill(dialog):
        dialog.given_names.setText(given)
        dialog.first_surname.setText(surname)
        dialog.title_en.setText("Director General")
        dialog.title_es.setText("Director General")
        agency = next(i for i in range(dialog.agency.count())
                      if f"({acronym})" in dialog.agency.itemText(i)
                      or dialog.agency.itemText(i).startswith(acronym))
        dialog.agency.setCurrentIndex(agency)
        dialog.accept()

    monkeypatch.setattr(MemberDialog, "exec", accept_with(fill))
    page.active_code = code
    page.add_member()


def test_every_workspace_from_an_init_database(fresh_app, monkeypatch, qtbot, tmp_path):
    app = fresh_app
    window = app.window
    context = app.context
    assert context.meeting_id is None  # nothing yet, and no demo was loaded
    create_meeting(app, monkeypatch)

    window.show_workspace("delegations")
    add_member(app, monkeypatch, "US", "Ana", "Smith", "DHS")
    add_member(app, monkeypatch, "MX", "Luis", "García", "SRE")
    assert app.warnings == []

    # The agenda: a new item, titled in both languages, led by one person of each list.
    window.show_workspace("agenda")
    agenda = window.agenda
    agenda.add_below()
    item_id = agenda.current_id()
    assert item_id is not None, app.warnings
    editor = agenda.editor
    editor.texts["title"]["en"].setText("Opening remarks")
    editor.texts["title"]["es"].setText("Palabras de apertura")
    editor.commit()
    leads = editor.leads
    qtbot.waitUntil(lambda: leads.count() == 2)
    for k in range(leads.count()):
        leads.item(k).setCheckState(Qt.CheckState.Checked)
    row = agenda.model.row(item_id)
    assert row.title.en == "Opening remarks"
    assert sorted(row.leads) == ["Ana Smith", "Luis García"]

    # An action plan and a line with an agency on each side.
    window.show_workspace("actions")
    actions = window.actions

    def plan(dialog):
        dialog.code.setText("POE")
        dialog.title_en.setText("Ports of entry")
        dialog.title_es.setText("Puertos de entrada")

    monkeypatch.setattr(PlanDialog, "exec", accept_with(plan))
    actions.new_plan()

    def line(dialog):
        dialog.plan.setCurrentIndex(dialog.plan.findText("POE — Ports of entry"))
        dialog.title_en.setText("Expand the inspection lanes")
        dialog.title_es.setText("Ampliar los carriles de inspección")
        for combo, acronym in ((dialog.us_agency, "CBP"), (dialog.mx_agency, "ANAM")):
            index = next(i for i in range(combo.count()) if acronym in combo.itemText(i))
            combo.setCurrentIndex(index)
        dialog.has_due.setChecked(True)
        dialog.due_date.setDate(QDate(2026, 12, 1))

    monkeypatch.setattr(LineEditor, "exec", accept_with(line))
    actions.new_line()
    shown = actions.model.line(actions.selected_id())
    assert (shown.code, shown.us_agency, shown.mx_agency) == ("POE-1", "CBP", "ANAM")

    # The communiqué draft, from the stock patterns seeded by init.
    window.show_workspace("communique")
    communique = window.communique
    communique.generate()
    with context.db.session() as session:
        paragraphs = communique_store.draft_paragraphs(session, context.meeting_id)
    assert len(paragraphs) >= 4
    assert len(communique.pairs) == len(paragraphs)
    opening = paragraphs[0].text
    assert "13th Plenary Meeting" in opening.en
    assert "XIII Reunión Plenaria" in opening.es
    assert "Washington, D.C." in opening.en
    assert "hosted by ." not in opening.en  # no one marked host: named in brackets instead
    assert any("Ports of entry" in p.text.en for p in paragraphs)
    assert app.warnings == []

    # Every document from the Export workspace, in the three languages.
    window.show_workspace("export")
    export = window.export
    for document in ("agenda", "delegations", "actions", "communique", "briefing_book"):
        for language in ("en", "es", "bilingual"):
            export.choose(document, language)
            path = tmp_path / f"{document}-{language}.docx"
            export.output.setText(str(path))
            export._path_edited = True
            with qtbot.waitSignal(export.export_finished, timeout=60_000) as blocker:
                export.export_button.click()
            qtbot.waitUntil(lambda: export.worker is None, timeout=10_000)
            assert blocker.args == [True], (document, language, app.warnings)
            text = "\n".join(p.text for p in Document(str(path)).paragraphs)
            if document != "actions":  # the report is headed by its date, not the meeting
                assert "13th Plenary Meeting" in text or "XIII Reunión Plenaria" in text
    assert app.warnings == []
