"""Conformity: a paragraph's two language texts checked as saying the same (who, when).
A clean or final communiqué needs every paragraph agreed and conforming; editing either
text clears it. From a database made by ``init``, on both sides."""

import datetime as dt

import pytest
from docx import Document

from bescapp.cli import main
from bescapp.domain import preflight as checks
from bescapp.model.bilingual import Bilingual as B
from bescapp.model.entities import ParagraphStatus
from bescapp.store import communique as store
from bescapp.store import meetings
from bescapp.store.database import open_database
from bescapp.store.preflight import preflight

AGREED = ParagraphStatus.AGREED
TEXTS = [
    (B("The delegations met in Washington.", "Las delegaciones se reunieron en Washington."),
     AGREED),
    (B("They adopted the plans.", "Adoptaron los planes."), AGREED),
    (B("They will meet again.", "Volverán a reunirse."), ParagraphStatus.AD_REFERENDUM),
]
WHEN = dt.datetime(2026, 5, 6, 17, 30)


@pytest.fixture
def drafted(fresh_path):
    """A meeting of a fresh database with three paragraphs (two agreed, one ad
    referendum); yields (path, meeting id, side)."""
    path, side = fresh_path
    db = open_database(path)
    with db.transaction() as session:
        meeting = meetings.create_meeting(session, meetings.MeetingFields(
            number=13, start_date=dt.date(2026, 5, 6), end_date=dt.date(2026, 5, 6),
            city=B("Washington, D.C.", "Washington, D.C."), host_party="US"))
        store.replace_draft(session, meeting, TEXTS)
    db.close()
    return path, meeting, side


def _rows(path, meeting):
    db = open_database(path)
    try:
        with db.session() as session:
            return store.draft_paragraphs(session, meeting)
    finally:
        db.close()


def _in(path, operation):
    db = open_database(path)
    try:
        with db.transaction() as session:
            return operation(session)
    finally:
        db.close()


def _export(path, meeting, out, *extra, language="en"):
    return main(["--language", language, "export", "communique", "--database", str(path),
                 "--meeting", str(meeting), "-o", str(out), *extra])


def test_conformity_keeps_who_and_when_and_editing_either_text_clears_it(drafted):
    path, meeting, _side = drafted
    first, second, _third = _rows(path, meeting)
    _in(path, lambda s: store.set_conformity(s, first.id, "  Ana   Ruiz ", WHEN))
    _in(path, lambda s: store.set_conformity(s, second.id, "Luis García", WHEN))
    rows = _rows(path, meeting)
    assert (rows[0].conforming, rows[0].conformity_by, rows[0].conformity_at) == (
        True, "Ana Ruiz", WHEN)
    assert rows[0].status is AGREED
    assert not rows[2].conforming
    # the status is not touched by conformity, nor conformity by a status change
    _in(path, lambda s: store.edit_paragraph(s, first.id, status=ParagraphStatus.AD_REFERENDUM))
    assert _rows(path, meeting)[0].conforming
    # the same text again is no edit; a changed Spanish text is
    _in(path, lambda s: store.edit_paragraph(s, first.id, text=first.text))
    assert _rows(path, meeting)[0].conforming
    _in(path, lambda s: store.edit_paragraph(s, first.id, text=B(
        first.text.en, first.text.es.replace("reunieron", "encontraron"))))
    _in(path, lambda s: store.edit_paragraph(s, second.id, text=B(
        second.text.en + " Again.", second.text.es)))
    rows = _rows(path, meeting)
    assert [(r.conforming, r.conformity_by) for r in rows] == [(False, "")] * 3


def test_conformity_needs_a_name(drafted):
    path, meeting, _side = drafted
    first = _rows(path, meeting)[0]
    with pytest.raises(store.CommuniqueProblem) as refused:
        _in(path, lambda s: store.set_conformity(s, first.id, "   "))
    assert refused.value.reasons[0].text("es") == (
        "Diga quién comprobó que los dos textos dicen lo mismo: escriba un nombre.")
    assert not _rows(path, meeting)[0].conforming


def test_merging_or_splitting_clears_conformity_and_undo_puts_it_back(drafted):
    path, meeting, _side = drafted
    rows = _rows(path, meeting)
    for row in rows:
        _in(path, lambda s, row=row: store.set_conformity(s, row.id, "Ana Ruiz", WHEN))
    before = _in(path, lambda s: store.draft_state(s, meeting))
    _in(path, lambda s: store.merge_with_next(s, rows[0].id))
    _in(path, lambda s: store.split_paragraph(s, rows[2].id, {"en": 5, "es": 5}))
    assert [r.conforming for r in _rows(path, meeting)] == [False, False, False]
    _in(path, lambda s: store.restore_draft_state(s, meeting, before))
    assert [r.conformity_by for r in _rows(path, meeting)] == ["Ana Ruiz"] * 3


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_clean_export_names_the_paragraphs_not_agreed_or_not_conforming(
        drafted, tmp_path, capsys, language):
    path, meeting, _side = drafted
    rows = _rows(path, meeting)
    _in(path, lambda s: store.set_conformity(s, rows[0].id, "Ana Ruiz", WHEN))
    out = tmp_path / "clean.docx"
    assert _export(path, meeting, out, "--clean", language=language) != 0
    said = capsys.readouterr().err
    assert not out.exists()
    if language == "en":
        assert "paragraph 3 (ad referendum) is not agreed" in said
        assert "paragraphs 2, 3 are not checked for conformity" in said
        assert "agreed and conforming" in said
    else:
        assert "el párrafo 3 (ad referéndum) no está acordado" in said
        assert "los párrafos 2, 3 no tienen comprobada la concordancia" in said
    # ad referendum is not agreed, even when conforming
    _in(path, lambda s: store.set_conformity(s, rows[1].id, "Ana Ruiz", WHEN))
    _in(path, lambda s: store.set_conformity(s, rows[2].id, "Ana Ruiz", WHEN))
    assert _export(path, meeting, out, "--clean", language=language) != 0
    said = capsys.readouterr().err
    assert "not checked for conformity" not in said
    assert "no tiene comprobada" not in said
    assert ("3 (ad referendum)" if language == "en" else "3 (ad referéndum)") in said
    assert not out.exists()
    _in(path, lambda s: store.edit_paragraph(s, rows[2].id, status=AGREED))
    assert _export(path, meeting, out, "--clean", language=language) == 0
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "Ana Ruiz" not in text  # who checked is ours, never printed
    # editing a text afterwards clears its conformity: refused again, naming it
    _in(path, lambda s: store.edit_paragraph(s, rows[1].id, text=B(
        "They adopted the three plans.", rows[1].text.es)))
    assert _export(path, meeting, out, "--clean", language=language) != 0
    assert (" 2 " in capsys.readouterr().err)
    # the negotiating text is never refused for it
    assert _export(path, meeting, tmp_path / "negotiating.docx", language=language) == 0


def test_the_preflight_lists_agreed_paragraphs_not_checked_for_conformity(drafted):
    path, meeting, _side = drafted
    rows = _rows(path, meeting)
    _in(path, lambda s: store.set_conformity(s, rows[0].id, "Ana Ruiz", WHEN))
    db = open_database(path)
    try:
        with db.session() as session:
            found = preflight(session, meeting, "bilingual", "communique")
    finally:
        db.close()
    unchecked = [e for e in found if e.kind == checks.NOT_CONFORMING]
    assert [e.values["number"] for e in unchecked] == [2]  # 3 is listed as not agreed
    assert unchecked[0].text("en").startswith(
        "Communiqué paragraph 2 is agreed, but nobody has checked that its English and "
        "Spanish texts say the same (conformity)")
    assert unchecked[0].text("es").startswith("El párrafo 2 del comunicado está acordado")
