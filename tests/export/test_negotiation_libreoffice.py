"""The Word round trip with a real client: LibreOffice, driven through UNO as a
counterpart would edit, opens our communiqué, edits it, saves it; the import reads back
exactly those edits. One LibreOffice start for every file (tests/libreoffice.py)."""

import shutil

import pytest

from bescapp.cli import main
from bescapp.store import communique as store
from bescapp.store.database import open_database
from tests.export.test_negotiation import _export, make_negotiated
from tests.libreoffice import edit

EDITS = {"replace": [["excellent", "outstanding"], ["excelente", "extraordinaria"]],
         "delete": ["Action Plan on Public Safety."]}


@pytest.fixture(scope="module")
def edited(tmp_path_factory):
    """Our exports, then LibreOffice's edits of them and its counts of tracked changes:
    one LibreOffice start for the module."""
    tmp_path = tmp_path_factory.mktemp("negotiation")
    path, meeting = make_negotiated(tmp_path / "neg.db")
    sent = _export(path, meeting, tmp_path / "sent.docx", "--language", "bilingual")
    sent_en = _export(path, meeting, tmp_path / "sent-en.docx", "--language", "en")
    revision = _export(path, meeting, tmp_path / "rev.docx", "--language", "bilingual",
                       "--changes-from", "1")
    revision_en = _export(path, meeting, tmp_path / "rev-en.docx", "--language", "en",
                          "--changes-from", "1")
    files = {name: tmp_path / f"{name}.docx" for name in ("tracked", "untracked", "moved",
                                                          "split")}
    counts = edit([
        {"src": sent, "dst": files["tracked"], "track": True, **EDITS},
        {"src": sent, "dst": files["untracked"], "track": False, **EDITS},
        {"src": sent_en, "dst": files["moved"], "track": False,
         "move": [["Action Plan on Public Safety.", "Both countries highlighted"]]},
        {"src": revision}, {"src": revision_en},
        {"src": sent_en, "dst": files["split"], "track": True, "split": ["The meeting was hosted"]},
    ], tmp_path / "lo")
    return path, meeting, files, counts


@pytest.fixture
def round_trip(edited, tmp_path):
    """Each test imports into a copy of the database the files were exported from."""
    path, meeting, files, counts = edited
    copy = tmp_path / "neg.db"
    shutil.copy(path, copy)
    return copy, meeting, files, counts


def _import(path, meeting, file, capsys):
    capsys.readouterr()
    assert main(["import", "communique", str(file), "--database", str(path),
                 "--meeting", str(meeting), "--from", "mx"]) == 0
    return capsys.readouterr().out.splitlines()


def _texts(path, meeting, number):
    db = open_database(path)
    with db.session() as s:
        rows = store.paragraphs(s, store.version_numbered(s, meeting, number).id)
    db.close()
    return [r.text for r in rows]


def _exactly_the_edits(path, meeting, number):
    ours, theirs = _texts(path, meeting, 2), _texts(path, meeting, number)
    assert ours[2].en == "The delegations adopted the Action Plan on Public Safety."
    expected = [t for i, t in enumerate(ours) if i != 2]  # the deleted paragraph gone
    assert len(theirs) == len(expected)
    for mine, proposal in zip(expected, theirs, strict=True):
        if "excellent" in mine.en:
            assert proposal.en == mine.en.replace("excellent", "outstanding")
            assert proposal.es == mine.es.replace("excelente", "extraordinaria")
        else:
            assert proposal == mine


@pytest.mark.libreoffice
def test_tracked_edits_in_both_languages_and_a_deleted_paragraph(round_trip, capsys):
    path, meeting, files, counts = round_trip
    assert counts[0]["replaced"] == [1, 1]
    assert counts[0]["deleted"] == [True]
    assert counts[0]["redlines_out"] > 0  # LibreOffice recorded them
    lines = _import(path, meeting, files["tracked"], capsys)
    assert lines[:3] == [
        "Paragraph 3: removed",
        "Paragraph 5 (English): deleted “excellent”; inserted “outstanding” "
        "(tracked by Delegación de México)",
        "Paragraph 5 (Spanish): deleted “excelente”; inserted “extraordinaria” "
        "(tracked by Delegación de México)"]
    assert lines[-1].startswith("Saved as version 3: MX proposal — ")
    _exactly_the_edits(path, meeting, 3)


@pytest.mark.libreoffice
def test_the_same_edits_without_change_tracking(round_trip, capsys):
    path, meeting, files, counts = round_trip
    assert counts[1]["redlines_out"] == 0
    lines = _import(path, meeting, files["untracked"], capsys)
    assert lines[:2] == ["Paragraph 3: removed",
                         "Paragraph 5 (English): deleted “excellent”; inserted “outstanding” "
                         "(edited without tracking)"]
    _exactly_the_edits(path, meeting, 3)


@pytest.mark.libreoffice
def test_a_paragraph_moved_is_matched_and_shown_so(round_trip, capsys):
    path, meeting, files, _counts = round_trip
    lines = _import(path, meeting, files["moved"], capsys)
    assert lines[0] == "Paragraph 3: moved to 6"
    ours, theirs = _texts(path, meeting, 2), _texts(path, meeting, 3)
    assert sorted(t.en for t in theirs) == sorted(t.en for t in ours)
    assert theirs[5] == ours[2]


@pytest.mark.libreoffice
def test_libreoffice_lists_our_revisions_as_tracked_changes(round_trip):
    *_, counts = round_trip
    # from Rev. 1: one word replaced in each language (a deletion and an insertion
    # each), one paragraph removed and one added (one change per language each)
    assert counts[3]["redlines_in"] == 2 * 2 + 2 + 2  # both languages side by side
    assert counts[4]["redlines_in"] == 2 + 1 + 1  # English alone


@pytest.mark.libreoffice
def test_a_paragraph_split_in_two_is_matched_as_a_split(round_trip, capsys):
    from bescapp.domain.negotiation import Kind, match

    path, meeting, files, _counts = round_trip
    lines = _import(path, meeting, files["split"], capsys)
    assert lines[0].startswith("Paragraph 1 (English): deleted “The meeting was hosted")
    assert lines[1].startswith("New paragraph 2 (tracked by Delegación de México)")
    ours, theirs = _texts(path, meeting, 2), _texts(path, meeting, 3)
    assert len(theirs) == len(ours) + 1
    assert theirs[1].en.startswith("The meeting was hosted by")
    assert match(ours, theirs)[0].kind is Kind.SPLIT
