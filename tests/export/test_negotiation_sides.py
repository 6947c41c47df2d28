"""The negotiating revision from a database made by ``init``, on both sides: the
tracked-changes table puts the copy's own language on the left (Spanish in the Mexican
copy, the default of a Mexican database) and the counterpart's edited file is read back
column by column whichever the order; their comments are kept as notes on the paragraph."""

import datetime as dt
import zipfile

import pytest
from lxml import etree

from bescapp.cli import main
from bescapp.model.bilingual import Bilingual
from bescapp.model.entities import ParagraphStatus
from bescapp.store import communique as store
from bescapp.store import meetings
from bescapp.store.database import open_database
from bescapp.store.negotiation import their_comments
from tests.export.negotiation_draft import DRAFT
from tests.export.test_negotiation import W_NS, W, _rewrite, _track_replace, _xml

THEIR_AUTHOR = {"us": "Delegación de México", "mx": "Delegation of the United States of America"}
THEM = {"us": "mx", "mx": "us"}


def _revised(path, change):
    """The stored draft as a 13th plenary's Rev. 1, then ``change(session, paragraphs)``
    saved as Rev. 2; the meeting's id."""
    db = open_database(path)
    with db.transaction() as s:
        meeting = meetings.create_meeting(s, meetings.MeetingFields(
            number=13, start_date=dt.date(2026, 5, 6), end_date=dt.date(2026, 5, 6),
            city=Bilingual("Washington, D.C.", "Washington, D.C."), host_party="US"))
        store.replace_draft(s, meeting, [(Bilingual(en, es), ParagraphStatus(status))
                                         for en, es, status in DRAFT])
        store.save_version(s, meeting, "Rev. 1", dt.datetime(2026, 4, 20, 10, 0))
        change(s, store.draft_paragraphs(s, meeting))
        store.save_version(s, meeting, "Rev. 2", dt.datetime(2026, 5, 1, 9, 0))
    db.close()
    return meeting


@pytest.fixture
def negotiated(fresh_path):
    """A fresh database's 13th plenary with the stored draft saved as Rev. 1, then a word
    changed in each language and saved as Rev. 2. Yields (path, meeting id, side)."""
    path, side = fresh_path

    def senior(s, paragraphs):
        first = paragraphs[0]
        store.edit_paragraph(s, first.id, text=Bilingual(
            first.text.en.replace("High-level", "Senior"),
            first.text.es.replace("alto nivel", "máximo nivel")))

    return path, _revised(path, senior), side


def _export(path, meeting, out, *extra):
    assert main(["export", "communique", "--database", str(path), "--meeting", str(meeting),
                 "--language", "bilingual", "-o", str(out), *extra]) == 0
    return out


def _table(out):
    root = etree.fromstring(_xml(out).encode())
    rows = root.findall(f".//{W}tbl/{W}tr")
    return [["".join(c.itertext()) for c in row.findall(f"{W}tc")] for row in rows], rows


def _left_column(out):
    cells, rows = _table(out)
    deleted_left = ["".join(d.itertext()) for d in rows[1].findall(f"{W}tc")[0].iter(f"{W}del")]
    marks = [b.get(f"{W}name") for b in rows[1].findall(f"{W}tc")[0].iter(f"{W}bookmarkStart")]
    return cells[0][0], deleted_left, marks


@pytest.mark.parametrize("copy", ["us", "mx", None])
def test_the_tracked_changes_table_puts_the_copys_language_on_the_left(negotiated, tmp_path,
                                                                       copy):
    path, meeting, side = negotiated
    extra = ["--copy", copy] if copy else []
    out = _export(path, meeting, tmp_path / "rev.docx", "--changes-from", "1", *extra)
    heading, deleted, marks = _left_column(out)
    spanish_left = (copy or side) == "mx"
    if spanish_left:
        assert heading == "Español"
        assert "alto" in deleted
        assert "High-level" not in deleted
        assert marks == ["_bescapp_1_es"]
    else:
        assert heading == "English"
        assert "High-level" in deleted
        assert "alto" not in deleted
        assert marks == ["_bescapp_1_en"]
    # the same order as the draft without changes
    plain = _export(path, meeting, tmp_path / "plain.docx", *extra)
    assert _left_column(plain)[0] == heading
    assert _left_column(plain)[2] == marks


@pytest.mark.parametrize("copy", ["us", "mx"])
def test_their_edits_are_read_in_the_right_language_whichever_column_holds_it(
        negotiated, tmp_path, capsys, copy):
    path, meeting, side = negotiated
    sent = _export(path, meeting, tmp_path / "sent.docx", "--copy", copy)

    def edit(root):
        _track_replace(root, "excellent", "outstanding", author=THEIR_AUTHOR[side])
        _track_replace(root, "excelente", "extraordinaria", author=THEIR_AUTHOR[side])
    theirs = _rewrite(sent, tmp_path / "theirs.docx", edit)
    assert main(["import", "communique", str(theirs), "--database", str(path), "--meeting",
                 str(meeting), "--from", THEM[side]]) == 0
    out = capsys.readouterr().out
    assert "Paragraph 5 (English): deleted “excellent”; inserted “outstanding”" in out
    assert "Paragraph 5 (Spanish): deleted “excelente”; inserted “extraordinaria”" in out
    db = open_database(path)
    with db.session() as s:
        proposal = store.paragraphs(s, store.list_versions(s, meeting)[-1].id)
    db.close()
    assert "outstanding" in proposal[4].text.en
    assert "excellent" not in proposal[4].text.en
    assert "extraordinaria" in proposal[4].text.es
    assert proposal[0].text.en.startswith("Senior")  # untouched, as we sent it
    assert proposal[0].text.es.startswith("Representantes de máximo nivel")


def _with_comment(sent, target, word, author, text):
    def comment(root):
        for t in root.iter(f"{W}t"):
            if t.text and word in t.text:
                t.getparent().addprevious(etree.Element(f"{W}commentRangeStart", {f"{W}id": "7"}))
                return
        raise AssertionError(word)
    commented = _rewrite(sent, target, comment)
    comments = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                f'<w:comments xmlns:w="{W_NS}"><w:comment w:id="7" w:author="{author}">'
                f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:comment></w:comments>")
    with zipfile.ZipFile(commented, "a") as z:
        z.writestr("word/comments.xml", comments)
    return commented


def test_their_comments_are_kept_as_notes_on_the_paragraph(negotiated, tmp_path, capsys):
    path, meeting, side = negotiated
    sent = _export(path, meeting, tmp_path / "sent.docx")
    commented = _with_comment(sent, tmp_path / "commented.docx", "excelente", "Ana López",
                              "¿Podemos decir “sólida”?")
    args = ["import", "communique", str(commented), "--database", str(path), "--meeting",
            str(meeting), "--from", THEM[side]]
    assert main([*args, "--dry-run"]) == 0
    assert "Paragraph 5: comment by Ana López: ¿Podemos decir “sólida”?" in \
        capsys.readouterr().out.splitlines()
    db = open_database(path)
    with db.session() as s:
        assert their_comments(s, meeting) == {}  # a dry run keeps nothing
    db.close()
    assert main(args) == 0
    db = open_database(path)
    with db.session() as s:
        proposal = store.paragraphs(s, store.list_versions(s, meeting)[-1].id)
        draft = store.draft_paragraphs(s, meeting)
        comments = their_comments(s, meeting)
    db.close()
    assert [p.notes for p in proposal] == [""] * 4 + ["Ana López: ¿Podemos decir “sólida”?"] \
        + [""] * (len(proposal) - 5)
    assert comments == {draft[4].id: ["Ana López: ¿Podemos decir “sólida”?"]}
    assert all(not p.notes for p in draft)  # the working draft is not touched


def test_a_hostile_comment_is_stored_cleaned(negotiated, tmp_path):
    path, meeting, side = negotiated
    sent = _export(path, meeting, tmp_path / "sent.docx")
    commented = _with_comment(sent, tmp_path / "commented.docx", "excellent", "X",
                              "line one\t\tstill " + "long " * 6000)
    assert main(["import", "communique", str(commented), "--database", str(path),
                 "--meeting", str(meeting), "--from", THEM[side]]) == 0
    db = open_database(path)
    with db.session() as s:
        notes = store.paragraphs(s, store.list_versions(s, meeting)[-1].id)[4].notes
    db.close()
    assert notes.startswith("X: line one still long")
    assert len(notes) == 20_000


@pytest.fixture
def tagged(fresh_path):
    """A fresh database's 13th plenary whose second paragraph gains each side's proposal
    between Rev. 1 and Rev. 2. Yields (path, meeting id, side)."""
    path, side = fresh_path

    def proposals(s, paragraphs):
        store.edit_paragraph(s, paragraphs[1].id, text=Bilingual(
            "Both countries will [expand]US [consolidate]MX their cooperation.",
            "Ambos países [ampliarán]US [consolidarán]MX su cooperación."),
            status=ParagraphStatus.BRACKETED)

    return path, _revised(path, proposals), side


def _tag_runs(out):
    """Each side tag's run in the tracked-changes table: (its text, its style), by column."""
    root = etree.fromstring(_xml(out).encode())
    styles = etree.fromstring(_xml(out, "word/styles.xml").encode())
    names = {s.get(f"{W}styleId"): s.find(f"{W}name").get(f"{W}val")
             for s in styles.iter(f"{W}style")}
    header, *rows = root.findall(f".//{W}tbl/{W}tr")
    columns = ["".join(c.itertext()) for c in header.findall(f"{W}tc")]
    found: dict[str, list[tuple[str, str]]] = {c: [] for c in columns}
    for row in rows:
        for column, cell in zip(columns, row.findall(f"{W}tc"), strict=True):
            for run in cell.iter(f"{W}r"):
                style = run.find(f"{W}rPr/{W}rStyle")
                name = names.get(style.get(f"{W}val"), "") if style is not None else ""
                if name.startswith("Bracket Side"):
                    found[column].append(("".join(run.itertext()), name))
    return found


def test_the_tracked_changes_word_each_side_in_the_column_s_language(tagged, tmp_path):
    path, meeting, _side = tagged
    out = _export(path, meeting, tmp_path / "rev.docx", "--changes-from", "1")
    tags = _tag_runs(out)
    assert tags["English"] == [("US", "Bracket Side US"), ("MX", "Bracket Side MX")]
    assert tags["Español"] == [("EUA", "Bracket Side US"), ("MEX", "Bracket Side MX")]
    cells, _rows = _table(out)
    spanish = cells[0].index("Español")
    assert "[consolidarán]MEX" in cells[2][spanish]
    assert "]US" not in cells[2][spanish]
    assert "]MX" not in cells[2][spanish]


@pytest.mark.parametrize("changes", [[], ["--changes-from", "1"]])
def test_our_own_export_read_back_unchanged_differs_in_nothing(tagged, tmp_path, capsys,
                                                               changes):
    """The Spanish column prints "EUA" and "MEX" where the stored text writes US and MX:
    read back, the words are the same tags, not an edit of theirs."""
    path, meeting, side = tagged
    out = _export(path, meeting, tmp_path / "ours.docx", *changes)
    capsys.readouterr()
    assert main(["import", "communique", "--database", str(path), "--meeting", str(meeting),
                 "--from", THEM[side], "--dry-run", str(out)]) == 0
    said = capsys.readouterr().out
    assert "No paragraph differs from the version we sent." in said, said
    assert "EUA" not in said
