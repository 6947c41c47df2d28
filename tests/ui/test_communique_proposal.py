"""Import counterpart's draft… in the Communiqué workspace, and the proposal dialog:
accept theirs, keep ours, bracket both, one undo step each."""

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from bescapp.domain.negotiation import Kind
from bescapp.export.communique import write_communique
from bescapp.model.bilingual import Bilingual
from bescapp.model.entities import ParagraphStatus
from bescapp.store import communique as store
from bescapp.ui.communique import proposal as proposal_module
from tests.export.negotiation_draft import DRAFT
from tests.export.test_negotiation import W, _rewrite, _track_replace
from tests.ui.test_communique_workspace import draft, workspace  # noqa: F401 (a fixture)


@pytest.fixture
def their_file(workspace, tmp_path):  # noqa: F811
    """Our bilingual export, edited by them: a word replaced in each language (tracked)
    and the third paragraph's row removed. The draft is the one the tests were written on."""
    with workspace.context.db.transaction() as session:
        store.replace_draft(session, workspace.context.meeting_id,
                            [(Bilingual(en, es), ParagraphStatus(status)) for en, es, status in DRAFT])
    workspace.reload()
    with workspace.context.db.session() as session:
        sent = write_communique(session, workspace.context.meeting_id, "bilingual",
                                tmp_path / "sent.docx", copy="us")

    def edit(root):
        _track_replace(root, "excellent", "outstanding")
        _track_replace(root, "excelente", "extraordinaria")
        rows = root.findall(f".//{W}tr")
        rows[3].getparent().remove(rows[3])  # the heading row, then paragraphs 1, 2, 3
    return _rewrite(sent, tmp_path / "theirs.docx", edit)


def test_import_then_accept_keep_and_bracket_each_one_undo_step(workspace, their_file,  # noqa: F811
                                                               monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *a, **k: ([str(their_file)], "")))
    previews = []

    def answer(box):
        previews.append(box.detailedText())
        return QMessageBox.StandardButton.Save
    monkeypatch.setattr(QMessageBox, "exec", answer)
    decided = []

    def review(dialog):
        decided.append(dialog)
        kinds = [p.kind for p in dialog.pairings]
        assert kinds == [Kind.REMOVED, Kind.CHANGED]
        before = draft(workspace)
        dialog.list.setCurrentRow(1)
        dialog.accept_button.click()  # their wording of paragraph 5
        after = draft(workspace)
        assert "outstanding" in after[4].text.en
        assert "extraordinaria" in after[4].text.es
        assert [p.kind for p in dialog.pairings] == [Kind.REMOVED]  # decided, gone
        workspace.context.undo_stack.undo()
        assert draft(workspace) == before
        dialog.reload()
        dialog.list.setCurrentRow(1)
        dialog.bracket_button.click()
        bracketed = draft(workspace)[4]
        assert "[excellent]US [outstanding]MX" in bracketed.text.en
        assert "[excelente]US [extraordinaria]MX" in bracketed.text.es
        assert bracketed.status == "bracketed"
        dialog.list.setCurrentRow(0)
        dialog.keep_button.click()  # the removed paragraph: ours stays
        assert len(draft(workspace)) == len(before)
        assert "(kept ours)" in dialog.list.item(0).text()
    monkeypatch.setattr(proposal_module.ProposalDialog, "exec", review)
    workspace.import_proposal()
    assert "Paragraph 3: removed" in previews[0]
    assert "Paragraph 5 (English): deleted “excellent”; inserted “outstanding”" in previews[0]
    assert decided
    with workspace.context.db.session() as session:
        versions = store.list_versions(session, workspace.context.meeting_id)
    assert versions[-1].origin == "MX"
    assert versions[-1].label.startswith("MX proposal — ")
    stack = workspace.context.undo_stack
    assert [stack.text(i) for i in range(stack.count())] == [
        "Import their proposal", "Bracket both wordings"]


def test_a_refused_file_says_why_and_saves_nothing(workspace, tmp_path, monkeypatch):  # noqa: F811
    bad = tmp_path / "notes.docx"
    bad.write_text("not a Word file")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *a, **k: ([str(bad)], "")))
    workspace.import_proposal()
    assert workspace.warnings == ["notes.docx is not a Word document (.docx)."]
    with workspace.context.db.session() as session:
        assert len(store.list_versions(session, workspace.context.meeting_id)) == 1


def test_export_with_tracked_changes_from_a_chosen_version(workspace, monkeypatch,  # noqa: F811
                                                           tmp_path):
    import zipfile

    from PySide6.QtWidgets import QDialog, QInputDialog

    from bescapp.model.bilingual import Bilingual as B
    from bescapp.ui.communique.export_dialog import ExportChoices

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Rev. 1", True)))
    workspace.save_version()
    row = draft(workspace)[0]
    with workspace.context.db.transaction() as session:
        store.edit_paragraph(session, row.id, text=B(row.text.en.replace("High-level", "Senior"),
                                                     row.text.es))
    offered = []

    def choose(self):
        offered.extend(self.changes_box.itemText(i) for i in range(self.changes_box.count()))
        self.changes_box.setCurrentIndex(self.changes_box.findData(1))
        return QDialog.DialogCode.Accepted
    target = tmp_path / "rev.docx"
    monkeypatch.setattr(ExportChoices, "exec", choose)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    workspace.export()
    assert offered == ["None (the text as it stands)", "1. Rev. 1"]
    xml = zipfile.ZipFile(target).read("word/document.xml").decode()
    assert '<w:delText xml:space="preserve">High-level</w:delText>' in xml
    assert ">Senior</w:t></w:r></w:ins>" in xml


def test_the_export_workspace_offers_tracked_changes_from_our_saved_versions(qtbot, demo_db,
                                                                            tmp_path):
    from bescapp.ui.context import AppContext
    from bescapp.ui.export.view import ExportWorkspace

    db, meeting_id = demo_db
    with db.transaction() as session:
        store.save_version(session, meeting_id, "Rev. 1")
    context = AppContext()
    context.db = db
    view = ExportWorkspace(context, "en")
    qtbot.addWidget(view)
    context.set_meeting(meeting_id)
    view.choose("communique")
    box = view.changes_from
    assert [box.itemText(i) for i in range(box.count())] == ["None (the text as it stands)",
                                                             "1. Rev. 1"]
    box.setCurrentIndex(1)
    view.output.setText(str(tmp_path / "x.docx"))
    assert view.request().options["changes_from"] == 1
    context.db = None
