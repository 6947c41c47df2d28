"""The joint communiqué export, read back as a reader sees it."""

import argparse
import datetime as dt
import zipfile

import pytest
from docx import Document
from sqlalchemy import select, update

from bescapp.export import kit
from bescapp.export.communique import export_from_cli, write_communique
from bescapp.model import fields
from bescapp.model.bilingual import Bilingual
from bescapp.model.entities import Paragraph, ParagraphStatus
from tests.layout import list_labels
from tests.libreoffice import to_pdf

CANARY = "CANARY-INTERNAL"


def body_text(path):
    doc = Document(str(path))
    lines = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            lines += [c.text for c in row.cells]
    return "\n".join(lines)


def all_xml(path):
    with zipfile.ZipFile(path) as z:
        return "".join(z.read(n).decode("utf-8", "ignore") for n in z.namelist()
                       if n.endswith(".xml"))


def agree_everything(db):
    """Every paragraph agreed, unbracketed and checked for conformity: the clean text."""
    with db.transaction() as session:
        session.execute(update(Paragraph).values(status=ParagraphStatus.AGREED,
                                                 conformity_by="Ana Ruiz",
                                                 conformity_at=dt.datetime(2020, 3, 4, 12, 0)))
        for p in session.scalars(select(Paragraph)):
            p.text = p.text.__class__(p.text.en.replace("[expand]US [consolidate]MX", "expand"),
                                      p.text.es.replace("[ampliar]US [consolidar]MX", "ampliar"))


@pytest.mark.parametrize(("copy", "language", "title"), [
    ("us", "en", "United States–Mexico Joint Communiqué"),
    ("us", "es", "Comunicado conjunto Estados Unidos–México"),
    ("mx", "es", "Comunicado conjunto México–Estados Unidos"),
    ("mx", "en", "Mexico–United States Joint Communiqué"),
])
def test_each_copy_names_its_own_country_first(demo_db, tmp_path, copy, language, title):
    db, meeting_id = demo_db
    with db.session() as session:
        path = write_communique(session, meeting_id, language, tmp_path / "c.docx", copy=copy)
    doc = Document(str(path))
    assert [p.text for p in doc.paragraphs if p.style.name == "Title"] == [title]
    text = body_text(path)
    if language == "en":
        first = "the United States and Mexico" if copy == "us" else "Mexico and the United States"
        assert f"Governments of {first}" in text
    else:
        first = ("de los Estados Unidos y de México" if copy == "us"
                 else "de México y de los Estados Unidos")
        assert f"Gobiernos {first}" in text


def test_negotiating_text_shows_brackets_numbers_and_statuses(demo_db, tmp_path):
    db, meeting_id = demo_db
    with db.session() as session:
        en = write_communique(session, meeting_id, "en", tmp_path / "en.docx")
        es = write_communique(session, meeting_id, "es", tmp_path / "es.docx")
    text_en, text_es = body_text(en), body_text(es)
    assert "[expand]US [consolidate]MX" in text_en  # who proposed each alternative
    assert "(Bracketed)" in text_en
    assert "(Agreed)" in text_en
    labels = list_labels(en)  # Word numbers the paragraphs: no typed "1. "
    assert labels[0][0] == "1."
    assert labels[0][1].startswith("High-level representatives")
    assert [label for label, _ in labels] == [f"{n}." for n in range(1, len(labels) + 1)]
    assert "1. High-level" not in text_en
    assert "[ampliar]EUA [consolidar]MEX" in text_es  # the sides in Spanish
    assert "(Entre corchetes)" in text_es
    assert "(Acordado)" in text_es
    assert "XII Reunión Plenaria · Ciudad de México, 4 de marzo de 2020" in text_es
    assert "Bracketed" not in text_es
    assert "Agreed" not in text_es


def test_clean_is_refused_naming_the_paragraphs_not_agreed(demo_db, tmp_path):
    db, meeting_id = demo_db
    with db.session() as session:
        pending = [p.position + 1 for p in session.scalars(select(Paragraph))
                   if p.status != ParagraphStatus.AGREED]
        with pytest.raises(kit.ExportRefused, match="not agreed") as refused:
            write_communique(session, meeting_id, "en", tmp_path / "c.docx", clean=True)
    for number in pending:
        assert str(number) in str(refused.value)
    assert "bracketed" in str(refused.value)
    assert not (tmp_path / "c.docx").exists()


def test_clean_text_has_no_status_marks_or_numbers(demo_db, tmp_path):
    db, meeting_id = demo_db
    agree_everything(db)
    with db.session() as session:
        path = write_communique(session, meeting_id, "bilingual", tmp_path / "c.docx", clean=True)
    text = body_text(path)
    assert "United States–Mexico Joint Communiqué / Comunicado conjunto Estados Unidos–México" in text
    assert "(Agreed)" not in text
    assert "(Acordado)" not in text
    assert "Negotiating text" not in text
    assert "1. High-level" not in text
    assert list_labels(path) == []  # the clean text is not numbered
    assert "High-level representatives" in text
    assert "Representantes de alto nivel" in text


def test_shareable_nothing_internal(demo_db, tmp_path):
    db, meeting_id = demo_db
    with db.transaction() as session:
        for f in fields.every(internal=True, text=True):
            for row in session.scalars(select(f.entity)):
                setattr(row, f.name, Bilingual(CANARY, CANARY) if f.bilingual else CANARY)
        session.execute(update(Paragraph).values(status=ParagraphStatus.DRAFT))
    with db.session() as session:
        path = write_communique(session, meeting_id, "bilingual", tmp_path / "c.docx")
    xml = all_xml(path)
    assert CANARY not in xml
    assert "SENSITIVE" not in xml  # no handling marking on a shareable document


def test_bad_arguments_are_refused(demo_db, tmp_path):
    db, meeting_id = demo_db
    with db.session() as session:
        with pytest.raises(kit.ExportRefused, match="unknown language"):
            write_communique(session, meeting_id, "fr", tmp_path / "c.docx")
        with pytest.raises(kit.ExportRefused, match="no meeting with id 999"):
            write_communique(session, 999, "en", tmp_path / "c.docx")
        with pytest.raises(kit.ExportRefused, match="no paragraphs"):
            write_communique(session, meeting_id - 1, "en", tmp_path / "c.docx")


def test_cli_entry(demo_db, tmp_path):
    db, meeting_id = demo_db
    args = argparse.Namespace(meeting=meeting_id, document_language="es", output=tmp_path / "c.docx",
                              copy="mx", clean=False)
    with db.session() as session:
        assert export_from_cli(session, args) == [f"wrote {tmp_path / 'c.docx'}"]
    assert [p.text for p in Document(str(tmp_path / "c.docx")).paragraphs
            if p.style.name == "Title"] == ["Comunicado conjunto México–Estados Unidos"]


@pytest.mark.libreoffice
def test_libreoffice_opens_every_form(demo_db, tmp_path):
    db, meeting_id = demo_db
    docs = []
    with db.session() as session:
        for language in ("en", "es", "bilingual"):
            for copy in ("us", "mx"):
                docs.append(write_communique(session, meeting_id, language,
                                             tmp_path / f"{language}-{copy}.docx", copy=copy))
    agree_everything(db)
    with db.session() as session:
        docs.append(write_communique(session, meeting_id, "es", tmp_path / "clean.docx",
                                     clean=True))
    pdfs = to_pdf(docs, tmp_path / "pdf")
    for pdf in pdfs.values():
        assert pdf.exists()
        assert pdf.stat().st_size > 1000


@pytest.mark.parametrize(("language", "line"), [
    ("en", "13th Plenary Meeting · Washington, D.C., May 6–7, 2026"),
    ("es", "XIII Reunión Plenaria · Washington, D.C., 6–7 de mayo de 2026"),
])
def test_a_meeting_of_two_days_is_dated_by_both(fresh_db, tmp_path, language, line):
    """The communiqué's line under its title named the first day only."""
    from bescapp.store import communique as store
    from bescapp.store import meetings

    db, _side = fresh_db
    with db.transaction() as session:
        meeting = meetings.create_meeting(session, meetings.MeetingFields(
            number=13, start_date=dt.date(2026, 5, 6), end_date=dt.date(2026, 5, 7),
            city=Bilingual("Washington, D.C.", "Washington, D.C."), host_party="US"))
        store.replace_draft(session, meeting, [(Bilingual("The delegations met.",
                                                          "Las delegaciones se reunieron."),
                                                ParagraphStatus.AGREED)])
    out = tmp_path / "communique.docx"
    with db.session() as session:
        write_communique(session, meeting, language, out)
    lines = [p.text for p in Document(str(out)).paragraphs]
    assert line in lines
