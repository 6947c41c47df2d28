"""The Action plans workspace as a staffer uses it: filters, edits with undo, the report."""

import datetime as dt

import pytest
from docx import Document
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from bescapp.model.bilingual import Bilingual
from bescapp.model.entities import LineStatus
from bescapp.store import actions as store
from bescapp.store.changes import Changes, Kind
from bescapp.ui.actions.editor import LineEditor
from bescapp.ui.actions.export_dialog import ReportDialog
from bescapp.ui.actions.model import LinesModel, fold
from bescapp.ui.actions.plan_dialog import PlanDialog
from bescapp.ui.actions.update_dialog import UpdateDialog
from bescapp.ui.actions.view import ActionsWorkspace


@pytest.fixture
def workspace(qtbot, context, monkeypatch, model_tester):
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: None))
    page = ActionsWorkspace(context, "en")
    # Every test of the workspace also checks both models' structure after each change.
    model_tester(page.model)
    model_tester(page.proxy)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    return page


def codes(page):
    proxy = page.proxy
    return [proxy.index(r, LinesModel.LINE).data() for r in range(proxy.rowCount())]


def select(page, code):
    model = page.model
    page.select(next(r.id for r in model.rows if r.code == code))


def test_models_pass_the_item_model_tester(context, model_tester):
    model = LinesModel(context, "en")
    model_tester(model)
    from bescapp.ui.actions.model import LinesFilter

    proxy = LinesFilter()
    proxy.setSourceModel(model)
    model_tester(proxy)
    proxy.set_filters(text="otay")
    proxy.sort(LinesModel.DUE, Qt.SortOrder.DescendingOrder)
    model.reload()
    model.set_language("es")


def test_table_shows_every_line_with_leads_status_and_dates(workspace):
    assert codes(workspace)[:3] == ["POE-1", "POE-2", "POE-3"]
    assert len(codes(workspace)) == 11
    proxy = workspace.proxy
    row = codes(workspace).index("POE-3")
    assert [proxy.index(row, c).data() for c in range(LinesModel.COLUMNS)] == [
        "POE", "POE-3", "Modernization of the Calexico West-Mexicali I crossing, phase two",
        "GSA", "INDAABIN", "\u26a0 Jan. 31, 2020", "Delayed", "40%", "Jan. 28, 2020"]
    assert workspace.count_label.text() == "Showing 11 of 11 lines"
    assert "As of March 4, 2020" in workspace.as_of_label.text()
    assert "11th Plenary Meeting, April 10, 2019" in workspace.as_of_label.text()


def test_summary_counts_and_overdue(workspace):
    summary = workspace.summary
    assert [code for code, *_ in summary.bars] == ["POE", "TTF", "PS"]
    poe = summary.bars[0][2]
    assert poe == {LineStatus.ON_TRACK: 2, LineStatus.DELAYED: 1, LineStatus.COMPLETED: 1}
    assert summary.overdue == 2
    assert summary.headline() == "Overdue: 2"
    assert "POE — Ports-of-Entry Infrastructure: On track: 2" in summary.toolTip()


def test_filters(workspace):
    page = workspace
    page.overdue_filter.setChecked(True)
    assert codes(page) == ["POE-3", "PS-3"]
    page.overdue_filter.setChecked(False)
    page.status_filter.setCurrentIndex(page.status_filter.findData("at_risk"))
    assert codes(page) == ["TTF-3", "PS-2"]
    page.status_filter.setCurrentIndex(0)
    page.plan_filter.setCurrentIndex(page.plan_filter.findText("PS", Qt.MatchFlag.MatchStartsWith))
    assert codes(page) == ["PS-1", "PS-2", "PS-3"]
    page.clear_filters()
    page.party_filter.setCurrentIndex(page.party_filter.findData("MX"))
    assert page.agency_filter.findText("CBP (United States)") == -1  # only Mexico's agencies
    page.agency_filter.setCurrentIndex(page.agency_filter.findText("SAT (Mexico)"))
    assert codes(page) == ["TTF-1", "TTF-3", "TTF-4", "PS-3"]
    assert page.count_label.text() == "Showing 4 of 11 lines"
    page.clear_filters()
    assert len(codes(page)) == 11


def test_text_filter_in_both_languages_ignoring_accents(workspace):
    page = workspace
    page.search.setText("ampliacion")  # Spanish, typed without the accent
    assert codes(page) == ["POE-1", "TTF-1", "TTF-2"]
    page.search.setText("CALEXICO phase")
    assert codes(page) == ["POE-3"]
    page.search.setText("indaabin")
    assert codes(page) == ["POE-1", "POE-3"]
    page.search.setText("zzz")
    assert codes(page) == []
    assert fold("Núñez Ámbito") == "nunez ambito"


def test_changed_since_the_previous_plenary(workspace, context):
    page = workspace
    page.changed_filter.setChecked(True)
    assert len(codes(page)) == 11  # every demo line moved since April 10, 2019
    with context.db.transaction() as session:  # a line whose last update is older
        plan_id = store.load_plans(session)[0].id
        store.add_line(session, plan_id, store.LineFields(title=Bilingual("Old", "Vieja")),
                       created_on=dt.date(2018, 1, 1))
    context.changed.emit(Changes.of(Kind.ACTIONS))
    assert page.model.rowCount() == 12
    assert len(codes(page)) == 11  # the filter stays on after the reload
    assert "POE-5" not in codes(page)


def test_sorting_by_a_column_keeps_the_filter_and_selection(workspace):
    page = workspace
    select(page, "TTF-2")
    page.table.sortByColumn(LinesModel.DUE, Qt.SortOrder.AscendingOrder)
    assert codes(page)[:3] == ["POE-1", "PS-3", "POE-3"]
    assert page.model.line(page.selected_id()).code == "TTF-2"
    page.search.setText("otay")
    assert codes(page) == ["POE-2"]


def test_record_an_update_then_undo_restores_status_and_progress(workspace, context,
                                                                  monkeypatch):
    page = workspace
    select(page, "TTF-3")

    def run(dialog):
        assert dialog.status.currentData() == "at_risk"
        dialog.date.setDate(dt.date(2020, 3, 4))  # the meeting's own day: it counts
        dialog.status.setCurrentIndex(dialog.status.findData("delayed"))
        dialog.progress.setValue(27)
        dialog.note_en.setPlainText("Slipped a month.")
        dialog.note_es.setPlainText("Se retrasó un mes.")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(UpdateDialog, "exec", run)
    page.record_update()
    line = page.model.line(page.selected_id())
    assert (line.status, line.progress, line.last_update) == (LineStatus.DELAYED, 27,
                                                               dt.date(2020, 3, 4))
    assert page.timeline.count() == 4  # created + 3 updates
    assert "Slipped a month." in page.timeline.item(3).text()
    context.undo_stack.undo()
    line = page.model.line(page.selected_id())
    assert (line.status, line.progress) == (LineStatus.AT_RISK, 25)
    assert page.timeline.count() == 3
    context.undo_stack.redo()
    assert page.model.line(page.selected_id()).status is LineStatus.DELAYED


def test_a_refused_update_keeps_the_dialog_and_says_why(workspace, monkeypatch):
    page = workspace
    select(page, "TTF-4")  # created February 3, 2020
    seen = []

    def run(dialog):
        if seen:  # the second time round: the user gives up
            seen.append(dialog.problems.text())
            assert dialog.note_en.toPlainText() == "Kept"  # nothing lost
            return QDialog.DialogCode.Rejected
        seen.append("first")
        dialog.date.setDate(dt.date(2020, 1, 15))
        dialog.note_en.setPlainText("Kept")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(UpdateDialog, "exec", run)
    page.record_update()
    assert seen[1] == ("The update is dated January 15, 2020, before the line existed "
                       "(February 3, 2020).")
    assert page.timeline.count() == 2


def test_completed_below_100_asks_and_a_no_keeps_the_dialog(workspace, monkeypatch):
    page = workspace
    select(page, "PS-1")
    asked, rounds = [], []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No))

    def run(dialog):
        rounds.append(1)
        if len(rounds) > 1:
            return QDialog.DialogCode.Rejected
        dialog.date.setDate(dt.date.today())
        dialog.status.setCurrentIndex(dialog.status.findData("completed"))
        dialog.progress.setValue(90)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(UpdateDialog, "exec", run)
    page.record_update()
    assert "marked completed but its progress is 90%" in asked[0]
    assert page.model.line(page.selected_id()).status is LineStatus.ON_TRACK


def test_edit_a_line_and_undo(workspace, context, monkeypatch):
    page = workspace
    select(page, "POE-2")

    def run(dialog):
        assert "Toll revenue" in dialog.notes_en.toPlainText()
        assert "never in a shareable document" in dialog.internal.title()
        dialog.title_en.setText("New Otay Mesa East port of entry")
        dialog.progress.setValue(40)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(LineEditor, "exec", run)
    page.edit_line()
    line = page.model.line(page.selected_id())
    assert (line.title.en, line.progress) == ("New Otay Mesa East port of entry", 40)
    context.undo_stack.undo()
    line = page.model.line(page.selected_id())
    assert (line.title.en, line.progress) == ("New Otay Mesa East-Otay II port of entry", 35)


def test_moving_a_due_date_before_the_plan_start_is_refused(workspace, monkeypatch):
    page = workspace
    select(page, "POE-2")
    messages = []

    def run(dialog):
        if messages:
            return QDialog.DialogCode.Rejected
        dialog.due_date.setDate(dt.date(2019, 6, 30))
        dialog.accept = lambda: None
        messages.append("asked")
        return QDialog.DialogCode.Accepted

    original = LineEditor.show_problems
    monkeypatch.setattr(LineEditor, "show_problems",
                        lambda self, text: messages.append(text) or original(self, text))
    monkeypatch.setattr(LineEditor, "exec", run)
    page.edit_line()
    assert messages[1] == ("The due date June 30, 2019 is before the action plan's start "
                           "(March 4, 2020).")
    assert page.model.line(page.selected_id()).due_date == dt.date(2024, 12, 31)


def test_new_line_and_new_plan_with_undo(workspace, context, monkeypatch):
    page = workspace

    def plan(dialog):
        dialog.code.setText("WF")
        dialog.title_en.setText("Workforce")
        dialog.title_es.setText("Personal")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PlanDialog, "exec", plan)
    page.new_plan()
    assert [p.code for p in page.model.plans] == ["POE", "TTF", "PS", "WF"]
    assert page.plan_filter.findText("WF — Workforce") > 0

    def line(dialog):
        dialog.plan.setCurrentIndex(dialog.plan.findText("WF — Workforce"))
        dialog.title_en.setText("Train officers")
        dialog.title_es.setText("Capacitar oficiales")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(LineEditor, "exec", line)
    page.new_line()
    assert page.model.line(page.selected_id()).code == "WF-1"
    context.undo_stack.undo()
    assert "WF-1" not in codes(page)
    context.undo_stack.undo()
    assert [p.code for p in page.model.plans] == ["POE", "TTF", "PS"]
    context.undo_stack.redo()
    context.undo_stack.redo()
    assert "WF-1" in codes(page)


def test_timeline_edit_and_remove_update_with_undo(workspace, context, monkeypatch):
    page = workspace
    select(page, "PS-2")
    assert page.timeline.count() == 3
    page.timeline.setCurrentRow(2)
    assert page.remove_update_button.isEnabled()
    page.remove_update()
    line = page.model.line(page.selected_id())
    assert (line.status, line.progress) == (LineStatus.ON_TRACK, 20)
    assert page.timeline.count() == 2
    context.undo_stack.undo()
    line = page.model.line(page.selected_id())
    assert (line.status, line.progress) == (LineStatus.AT_RISK, 30)
    page.timeline.setCurrentRow(2)

    def run(dialog):
        dialog.progress.setValue(33)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(UpdateDialog, "exec", run)
    page.edit_update()
    assert page.model.line(page.selected_id()).progress == 33
    context.undo_stack.undo()
    assert page.model.line(page.selected_id()).progress == 30


def test_spanish(workspace, qapp):
    from bescapp.i18n.qt import LanguageSwitcher

    switcher = LanguageSwitcher(qapp)
    switcher.apply("es")
    try:
        workspace.set_language("es")
        assert workspace.heading.text() == "Planes de acción"
        assert workspace.count_label.text() == "Mostrando 11 de 11 líneas"
        proxy = workspace.proxy
        row = codes(workspace).index("POE-3")
        assert proxy.index(row, LinesModel.STATUS).data() == "Retrasada"  # a línea de acción
        assert proxy.index(row, LinesModel.TITLE).data().startswith("Modernización")
        assert proxy.index(row, LinesModel.DUE).data() == "\u26a0 31 ene. 2020"
        assert proxy.index(row, LinesModel.DUE).data(Qt.ItemDataRole.ToolTipRole) == "Vencida"
        assert proxy.headerData(LinesModel.PROGRESS, Qt.Orientation.Horizontal) == "Avance"
        assert workspace.summary.headline() == "Vencidas: 2"
        assert "4 de marzo de 2020" in workspace.as_of_label.text()
    finally:
        switcher.apply("en")
        workspace.set_language("en")


def test_export_button_writes_the_report_and_offers_to_open_it(workspace, tmp_path,
                                                               monkeypatch):
    target = tmp_path / "informe"
    monkeypatch.setattr(ReportDialog, "exec", lambda d: (
        d.language.setCurrentIndex(d.language.findData("es")), d.internal.setChecked(False),
        QDialog.DialogCode.Accepted)[-1])
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    offered = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *a, **k: offered.append(a[2]) or QMessageBox.StandardButton.No))
    workspace.export_report()
    written = tmp_path / "informe.docx"
    assert written.exists()
    assert str(written) in offered[0]
    text = "\n".join(p.text for p in Document(str(written)).paragraphs)
    assert "Planes de acción: informe de avance" in text


def test_delete_a_line_with_its_history_asks_first_and_undo_puts_both_back(workspace, context):
    from bescapp.store import actions as store

    select(workspace, "TTF-3")
    line_id = workspace.selected_id()
    with context.db.session() as session:
        history = [u.date for u in store.load_updates(session, line_id)]
    assert history
    workspace.delete_line_button.click()
    assert "TTF-3" not in codes(workspace)
    assert len(codes(workspace)) == 10
    context.undo_stack.undo()
    assert "TTF-3" in codes(workspace)
    with context.db.session() as session:
        assert [u.date for u in store.load_updates(session, line_id)] == history


def test_delete_is_refused_when_the_user_says_no(workspace, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    select(workspace, "PS-1")
    workspace.delete_line_button.click()
    assert "PS-1" in codes(workspace)


def report_row(context, code, as_of_meeting=None):
    """The line's row in the status report exported for the current meeting."""
    from bescapp.export.actions import write_status_report

    path = context.db.path.parent / f"report-{code}.docx"
    with context.db.session() as session:
        write_status_report(session, as_of_meeting or context.meeting_id, "en", path)
    for table in Document(str(path)).tables:
        for row in table.rows:
            cells = [c.text for c in row.cells]
            if cells[0] == code:
                return cells
    raise AssertionError(f"{code} is not in the report")


def test_the_table_and_the_report_count_the_same_updates_as_of_the_meeting(
        workspace, context, monkeypatch):
    """An update on the meeting's day counts in both; one dated later counts in neither."""
    page = workspace
    select(page, "TTF-3")
    line_id = page.selected_id()
    with context.db.transaction() as session:
        store.add_update(session, line_id, store.UpdateFields(
            dt.date(2020, 3, 4), LineStatus.DELAYED, 30), today=dt.date(2020, 3, 4))
        store.add_update(session, line_id, store.UpdateFields(
            dt.date(2020, 3, 5), LineStatus.COMPLETED, 100), today=dt.date(2020, 3, 5))
    context.changed.emit(Changes.of(Kind.ACTIONS))
    line = page.model.line(line_id)
    assert (line.status, line.progress, line.last_update) == (
        LineStatus.DELAYED, 30, dt.date(2020, 3, 4))
    shown = page.proxy.index(page.proxy.mapFromSource(
        page.model.index(page.model.row_of(line_id), 0)).row(), LinesModel.STATUS).data()
    assert shown == "Delayed"
    cells = report_row(context, "TTF-3")
    assert cells[4:7] == ["Delayed", "30%", "Mar. 4, 2020"]
    assert page.later_label.text() == "Lines with later updates (not counted): 1"
    assert "Updates dated after March 4, 2020 do not count" in page.later_label.toolTip()
    # Recording another update starts from the line as it stands now, not as of the meeting.
    seen = []
    monkeypatch.setattr(UpdateDialog, "exec", lambda dialog: seen.append(
        dialog.status.currentData()) or QDialog.DialogCode.Rejected)
    page.record_update()
    assert seen == ["completed"]
