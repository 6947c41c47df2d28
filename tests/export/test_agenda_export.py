"""The joint agenda .docx, read back as a reader would see it."""

import argparse
import datetime as dt

import pytest
from docx import Document

from bescapp.export import agenda as export
from bescapp.export.kit import ExportError, ExportRefused
from bescapp.model.bilingual import Bilingual
from bescapp.model.entities import AgendaItem, Attachment, Meeting
from tests.libreoffice import page_count, to_pdf

CANARY = "CANARY-INTERNAL"


def all_text(path):
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts += [c.text for c in row.cells]
    for section in doc.sections:
        parts += [p.text for p in section.header.paragraphs + section.footer.paragraphs]
    return "\n".join(parts)


def table_rows(path):
    doc = Document(str(path))  # a no-break space keeps "a.m." / "a. m." with its time
    return [[c.text.replace("\u00a0", " ") for c in row.cells] for row in doc.tables[0].rows]


@pytest.fixture
def planted(demo_db):
    """The demo with canary text in every internal field of every item, and an attachment."""
    db, meeting_id = demo_db
    with db.transaction() as session:
        for item in session.query(AgendaItem).filter_by(meeting_id=meeting_id):
            item.objective = Bilingual(f"{CANARY} objective", f"{CANARY} objetivo")
            item.talking_points = Bilingual(f"{CANARY} points", f"{CANARY} puntos")
            item.background = Bilingual(f"{CANARY} background", f"{CANARY} antecedentes")
            session.add(Attachment(agenda_item_id=item.id, filename=f"{CANARY}.docx",
                                   content=CANARY.encode(), added_at=dt.datetime(2020, 3, 1)))
    return db, meeting_id


@pytest.fixture
def documents(planted, tmp_path):
    db, meeting_id = planted
    with db.session() as session:
        return {lang: export.write_agenda(session, meeting_id, lang, tmp_path / f"agenda-{lang}.docx")
                for lang in ("en", "es", "bilingual")}


def test_english_agenda_has_numbers_times_titles_and_leads(documents):
    rows = table_rows(documents["en"])
    assert rows[0] == ["No.", "Time", "Item", "Leads"]
    first = rows[1]
    assert first[0] == "I"
    assert first[1] == "9:00–9:35 a.m."  # GPO: a range written once, never "AM"
    assert first[2].startswith("Opening Session")
    welcome = rows[2]
    assert welcome[0] == "I.1"
    assert "Welcome remarks" in welcome[2]
    assert "Seade" in welcome[3]
    lunch = next(r for r in rows if r[2].startswith("Working lunch"))
    assert lunch[0] == ""
    assert lunch[1] == "1:00–2:00 p.m."
    text = all_text(documents["en"])
    assert "12th Plenary Meeting — Mexico City, March 4, 2020" in text


def test_spanish_agenda_follows_spanish_conventions(documents):
    rows = table_rows(documents["es"])
    assert rows[0] == ["Núm.", "Horario", "Tema", "Ponentes"]
    assert rows[1][2].startswith("Sesión de apertura")
    assert rows[1][1] == "9:00–9:35 a. m."  # the RAE's spaces
    text = all_text(documents["es"])
    assert "Orden del día" in text
    assert "XII Reunión Plenaria — Ciudad de México, 4 de marzo de 2020" in text
    assert "Opening Session" not in text
    assert "Page " not in text


def test_bilingual_agenda_is_side_by_side_row_by_row(documents):
    rows = table_rows(documents["bilingual"])
    assert rows[0][:4] == ["No. / Núm.", "Time / Horario", "English", "Español"]
    assert rows[1][2].startswith("Opening Session")
    assert rows[1][3].startswith("Sesión de apertura")
    assert "Agenda / Orden del día" in all_text(documents["bilingual"])


def test_no_internal_field_in_any_language(documents):
    for path in documents.values():
        assert CANARY not in all_text(path)
        assert CANARY.encode() not in path.read_bytes()


def test_a_multi_day_meeting_has_a_table_per_day(demo_db, tmp_path):
    db, meeting_id = demo_db
    with db.transaction() as session:
        meeting = session.get(Meeting, meeting_id)
        meeting.end_date = meeting.start_date + dt.timedelta(days=1)
        last = session.query(AgendaItem).filter_by(meeting_id=meeting_id, parent_id=None) \
            .order_by(AgendaItem.position.desc()).first()
        last.day = 2
    with db.session() as session:
        path = export.write_agenda(session, meeting_id, "es", tmp_path / "two.docx")
    doc = Document(str(path))
    assert len(doc.tables) == 2
    assert "jueves, 5 de marzo de 2020" in all_text(path)
    assert doc.tables[1].rows[1].cells[1].text.startswith("9:00–")


def test_unknown_meeting_and_language_are_refused(demo_db, tmp_path):
    db, meeting_id = demo_db
    with db.session() as session, pytest.raises(ExportRefused, match="no meeting with id 999"):
        export.write_agenda(session, 999, "en", tmp_path / "x.docx")
    with db.session() as session, pytest.raises(ExportRefused, match="unknown language"):
        export.write_agenda(session, meeting_id, "fr", tmp_path / "x.docx")


def test_unwritable_path_leaves_what_was_there(demo_db, tmp_path):
    db, meeting_id = demo_db
    taken = tmp_path / "agenda.docx"  # a folder where the file should go: rename fails
    taken.mkdir()
    (taken / "keep.txt").write_text("kept")
    with db.session() as session:
        with pytest.raises(ExportError, match=r"agenda\.docx"):
            export.write_agenda(session, meeting_id, "en", taken)
        with pytest.raises(ExportError, match="folder does not exist"):
            export.write_agenda(session, meeting_id, "en", tmp_path / "nowhere" / "a.docx")
    assert (taken / "keep.txt").read_text() == "kept"
    assert [p.name for p in tmp_path.iterdir()] == ["agenda.docx"]  # no temporary left


def test_cli_entry(demo_db, tmp_path):
    db, meeting_id = demo_db
    args = argparse.Namespace(meeting=meeting_id, document_language="bilingual",
                              output=str(tmp_path / "a.docx"))
    with db.session() as session:
        assert export.export_from_cli(session, args) == [f"wrote {tmp_path / 'a.docx'}"]


def test_add_schedule_into_another_document(demo_db):
    from bescapp.export import kit

    db, meeting_id = demo_db
    doc = kit.new_document()
    with db.session() as session:
        export.add_schedule(doc, session, session.get(Meeting, meeting_id), "en", heading_level=2)
    assert doc.paragraphs[0].style.name == "Heading 2"
    assert len(doc.tables) == 1


@pytest.mark.libreoffice
def test_libreoffice_opens_every_language(documents, tmp_path):
    pdfs = to_pdf(list(documents.values()), tmp_path / "pdf")
    for pdf in pdfs.values():
        assert pdf.exists()
        assert page_count(pdf) >= 2


def test_a_lead_who_declined_is_left_out_of_the_joint_agenda(demo_db, tmp_path):
    from sqlalchemy import select

    from bescapp.domain.preflight import LEAD_DECLINED
    from bescapp.model.entities import Person
    from bescapp.store.agenda import declined_people
    from bescapp.store.preflight import preflight

    db, meeting_id = demo_db
    with db.session() as session:
        declined = declined_people(session, meeting_id)
        names = {p.first_surname for p in session.scalars(
            select(Person).where(Person.id.in_(declined)))}
        leading = {p.first_surname for item in session.scalars(
            select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)) for p in item.leads}
        both = names & leading
        assert both, "the demo has a lead who declined"
        path = export.write_agenda(session, meeting_id, "es", tmp_path / "agenda.docx")
        entries = [e for e in preflight(session, meeting_id, "es") if e.kind == LEAD_DECLINED]
    text = all_text(path)
    for surname in both:
        assert surname not in text
    assert len(entries) == len(both)
    assert "declinó asistir" in entries[0].text("es")
    assert next(iter(both)) in entries[0].text("es")
