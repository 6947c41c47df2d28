"""The briefing book a principal reads: what comes first, in what order, in which language,
with the visit schedule, lead flags, photos, clearances and lettered annexes; the
contents-only checklist and the one-session export."""

import datetime as dt
import io
import zipfile

import pytest
from docx import Document
from sqlalchemy import delete, select

from bescapp.export import kit
from bescapp.export.briefing_book import SessionNotFound, write_briefing_book
from bescapp.i18n.formatting import format_time, format_time_range
from bescapp.model.bilingual import Bilingual as B
from bescapp.model.entities import (
    AgendaItem,
    Attachment,
    ClearanceRole,
    Communique,
    Meeting,
    VisitKind,
)
from bescapp.store import briefing
from bescapp.store.agenda import ItemFields, add_item
from bescapp.store.meetings import MeetingFields, create_meeting

AS_OF = dt.date(2020, 3, 2)


def headings(path) -> list[str]:
    """Every heading of the document, in order (title and subtitle too)."""
    doc = Document(path)
    return [p.text for p in _paragraphs(doc)
            if p.style.name.startswith("Heading") or p.style.name in ("Title", "Subtitle")]


def _paragraphs(doc):
    from docx.text.paragraph import Paragraph as P

    return [P(p, doc) for p in doc.element.body.iter(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p")]


def text_of(path) -> str:
    return "\n".join(p.text for p in _paragraphs(Document(path)))


def footers(path) -> list[str]:
    return ["\n".join(p.text for p in s.footer.paragraphs) for s in Document(path).sections]


def book(session, meeting_id, language, tmp_path, name="book.docx", **options):
    return write_briefing_book(session, meeting_id, language, tmp_path / name, as_of=AS_OF,
                               **options)


def position(seen: list[str], start: str) -> int:
    found = [k for k, text in enumerate(seen) if text.startswith(start)]
    assert found, f"no heading starts with {start!r}: {seen}"
    return found[0]


def test_the_demo_book_reads_in_the_order_a_principal_reads(demo_db, tmp_path):
    db, meeting_id = demo_db
    with db.session() as session:
        seen = headings(book(session, meeting_id, "en", tmp_path))
    order = ["Scene-setter", "Our objectives", "Counterpart's likely asks", "Desired outcomes",
             "Visit schedule", "Schedule at a Glance", "I. Opening Session",
             "I.1 Welcome remarks", "II. Infrastructure", "II.1 Expansion of the San Ysidro",
             "Counterpart delegation: Delegation of Mexico",
             "Our delegation: Delegation of the United States of America", "Press guidance",
             "If asked", "Annex A: Draft joint communiqué", "Annex C: Action-plan status report"]
    places = [position(seen, start) for start in order]
    assert places == sorted(places), list(zip(order, places, strict=True))


def test_the_cover_names_the_committee_the_principal_the_version_and_the_clearances(
        demo_db, tmp_path):
    db, meeting_id = demo_db
    with db.session() as session:
        path = book(session, meeting_id, "en", tmp_path)
    doc = Document(path)
    first_page = []
    for p in doc.paragraphs:
        if "Contents" in p.text:
            break
        first_page.append(p.text)
    cover = "\n".join(first_page)
    assert "21st Century Border Management Initiative" in cover
    assert "Briefing book for Amb. Christopher Landau" in cover
    assert "Delegation of the United States of America" in cover
    assert "Draft for clearance — March 2, 2020" in cover  # one clearance still pending
    assert "Drafted by: Laura Bennett, WHA/MEX, February 26, 2020" in cover
    assert "Cleared by: Rebecca Alvarez, DHS/PLCY, pending" in cover
    # the marking is in the header and footer, not repeated in the cover's body
    assert "SENSITIVE BUT UNCLASSIFIED" not in cover


def test_every_clearance_dated_makes_the_cover_say_cleared(demo_db, tmp_path):
    db, meeting_id = demo_db
    with db.transaction() as session:
        for row in briefing.clearances(session, meeting_id):
            if row.fields.date is None:
                briefing.update_clearance(session, row.id, briefing.ClearanceFields(
                    row.fields.role, row.fields.name, row.fields.office, dt.date(2020, 3, 1)))
    with db.session() as session:
        text = text_of(book(session, meeting_id, "en", tmp_path))
    assert "Cleared version — March 2, 2020" in text
    assert "Draft for clearance" not in text


def test_the_spanish_book_is_in_spanish(demo_db, tmp_path):
    db, meeting_id = demo_db
    with db.session() as session:
        path = book(session, meeting_id, "es", tmp_path)
    seen, text = headings(path), text_of(path)
    for start in ("Panorama general", "Nuestros objetivos",
                  "Probables planteamientos de la contraparte", "Resultados esperados",
                  "Programa de la visita", "Líneas de prensa", "Si preguntan",
                  "Delegación de la contraparte: Delegación de México",
                  "Anexo A: Proyecto de comunicado conjunto"):
        position(seen, start)
    assert "Carpeta informativa para" in text
    assert "Elaboró: Laura Bennett, WHA/MEX" in text
    assert "Llegada a la Secretaría de Relaciones Exteriores" in text  # the visit, in Spanish
    for english in ("Scene-setter", "Visit schedule", "Press guidance", "Annex A",
                    "Counterpart", "Drafted by"):
        assert english not in text, english


def test_the_bilingual_book_carries_both_languages_side_by_side(demo_db, tmp_path):
    db, meeting_id = demo_db
    with db.session() as session:
        path = book(session, meeting_id, "bilingual", tmp_path)
    doc = Document(path)
    cells = "\n".join(c.text for t in doc.tables for r in t.rows for c in r.cells)
    assert "Pull-aside with the Under Secretary for North America" in cells
    assert "Encuentro breve con el Subsecretario para América del Norte" in cells
    assert "Scene-setter / Panorama general" in headings(path)


def test_the_visit_schedule_lists_each_moment_with_time_place_and_who(demo_db, tmp_path):
    db, meeting_id = demo_db
    with db.session() as session:
        doc = Document(book(session, meeting_id, "en", tmp_path))
    visit = next(t for t in doc.tables if t.rows[0].cells[1].text == "Moment")
    rows = [[c.text for c in r.cells] for r in visit.rows[1:]]
    assert rows[0][:4] == [format_time_range(dt.time(7, 30), dt.time(7, 45), "en"),  # "7:30–7:45 a.m."
                           "Arrival at the Ministry of Foreign Affairs",
                           "SRE, Plaza Juárez entrance", "Principal, control officer"]
    assert rows[2][1] == "Pull-aside with the Under Secretary for North America"
    assert rows[3][1] == "Family photo"
    assert rows[-1][0] == format_time(dt.time(17, 45), "en")  # a departure has no end


def test_each_item_page_has_outcome_position_points_if_asked_and_flags_its_leads(
        demo_db, tmp_path):
    db, meeting_id = demo_db
    with db.session() as session:
        text = text_of(book(session, meeting_id, "en", tmp_path))
    page = text.split("II.1 Expansion of the San Ysidro-El Chaparral border crossing")[-1]
    page = page.split("II.2 ")[0]
    labels = ["Objective", "Desired outcome", "Counterpart's likely position", "Talking Points",
              "If asked", "Background"]
    places = [page.index(f"\n{label}\n") for label in labels]
    assert places == sorted(places)
    assert "Attention: Mr. Daniel Whitaker has declined and will not attend: name a " \
           "replacement." in page
    assert "[Sample] Both sides record the project as complete" in page
    unled = text.split("IV.2 Preventing crime and violence in the border region")[-1]
    assert "Attention: No lead named for this item." in unled.split("Counterpart delegation")[0]


def test_sessions_get_a_divider_page_listing_their_items(demo_db, tmp_path):
    db, meeting_id = demo_db
    with db.session() as session:
        path = book(session, meeting_id, "en", tmp_path)
    doc = Document(path)
    divider = next(p for p in _paragraphs(doc) if p.text == "II. Infrastructure and Ports of Entry"
                   and p.style.name == "Heading 1")
    assert divider.paragraph_format.page_break_before
    text = text_of(path).split("II. Infrastructure and Ports of Entry\n")[-1]
    assert text.index("In this session") < text.index(
        "II.1 Expansion of the San Ysidro-El Chaparral border crossing")


def test_delegations_carry_photos_and_declines_and_shareable_exports_none(demo_db, tmp_path):
    db, meeting_id = demo_db
    with db.session() as session:
        path = book(session, meeting_id, "en", tmp_path)
    with zipfile.ZipFile(path) as package:
        media = [n for n in package.namelist() if n.startswith("word/media/")]
    assert len(media) == 2  # the demo's two sample photographs
    text = text_of(path)
    people = text.split("Counterpart delegation: Delegation of Mexico")[-1]
    assert "Ms. María Fernanda López Hernández" in people
    assert "Has declined: will not attend." in people.split("Press guidance")[0]


def test_annexes_are_lettered_headings_named_in_their_footers(demo_db, tmp_path):
    db, meeting_id = demo_db
    with db.transaction() as session:
        item = session.scalars(select(AgendaItem).where(
            AgendaItem.meeting_id == meeting_id,
            AgendaItem.title_en.like("Port-of-entry modernization%"))).one()
        paper = Document()
        paper.add_paragraph("Priority projects, as agreed by the technical group.")
        buffer = io.BytesIO()
        paper.save(buffer)
        session.add(Attachment(agenda_item_id=item.id, filename="pipeline.docx",
                               content=buffer.getvalue(), added_at=dt.datetime(2020, 3, 1)))
    with db.session() as session:
        path = book(session, meeting_id, "en", tmp_path)
    seen, text = headings(path), text_of(path)
    name = "Annex D: pipeline.docx (for “Port-of-entry modernization pipeline”)"
    assert name in seen
    item_page = text.split("II.2 Port-of-entry modernization pipeline")[-1].split("III ")[0]
    assert f"Annexed papers\n{name}" in item_page  # the item names its annex
    assert text.index(name, text.index("Annex C")) < text.index("Priority projects, as agreed")
    named = footers(path)
    for annex in ("Annex A: Draft joint communiqué, as it stands",
                  "Annex B: Joint communiqué of the 11th Plenary Meeting",
                  "Annex C: Action-plan status report", name):
        assert any(annex in footer for footer in named), annex
    assert not any("Annex" in footer for footer in named[:3])  # not before the annexes


def test_the_draft_communique_annex_shows_status_and_brackets(demo_db, tmp_path):
    db, meeting_id = demo_db
    with db.session() as session:
        path = book(session, meeting_id, "en", tmp_path)
    annex = text_of(path).split("Annex A: Draft joint communiqué, as it stands")[-1]
    annex = annex.split("Annex B")[0]
    assert "(Bracketed)" in annex
    assert "(Agreed)" in annex
    assert "[" in annex
    bold = [r.text for p in Document(path).paragraphs if p.text.startswith("3. ")
            for r in p.runs if r.style is not None and r.style.name == "Bracketed Text"]
    assert any(b.startswith("[") for b in bold)


def test_the_previous_plenarys_communique_is_annexed_as_last_saved(demo_db, tmp_path):
    db, meeting_id = demo_db
    with db.session() as session:
        seen = headings(book(session, meeting_id, "en", tmp_path))
        spanish = text_of(book(session, meeting_id, "es", tmp_path, "es.docx"))
    assert "Annex B: Joint communiqué of the 11th Plenary Meeting" in seen
    assert "Annex C: Action-plan status report" in seen
    assert "2. Ambas delegaciones revisaron la fase final de la ampliación de San Ysidro-El " \
           "Chaparral." in spanish
    annex = spanish.split("Anexo B: Comunicado conjunto de la XI Reunión Plenaria")[-1]
    assert "(Acordado)" not in annex.split("Anexo C")[0]  # adopted text: no status marks


def test_without_an_earlier_communique_there_is_no_such_annex(demo_db, tmp_path):
    db, meeting_id = demo_db
    with db.transaction() as session:
        eleventh = session.scalar(select(Meeting).where(Meeting.number == 11))
        session.execute(delete(Communique).where(Communique.meeting_id == eleventh.id))
    with db.session() as session:
        seen = headings(book(session, meeting_id, "en", tmp_path))
    assert "Annex B: Action-plan status report" in seen
    assert not any("Joint communiqué of the" in h for h in seen)


def test_the_contents_only_export_is_a_clearing_checklist(demo_db, tmp_path):
    db, meeting_id = demo_db
    with db.session() as session:
        path = book(session, meeting_id, "en", tmp_path, toc_only=True)
    doc = Document(path)
    rows = [[c.text for c in r.cells] for r in doc.tables[0].rows]
    assert rows[0][1:] == ["Part of the book", "Cleared by", "Date"]
    parts = [r[1] for r in rows[1:]]
    assert all(r[0] == "☐" for r in rows[1:])
    assert parts.index("Scene-setter") < parts.index("Visit schedule") < parts.index(
        "Press guidance") < parts.index("Annex A: Draft joint communiqué, as it stands")
    assert "II.1 Expansion of the San Ysidro-El Chaparral border crossing" in parts
    assert "Thank the Ministry of Foreign Affairs" not in text_of(path)  # no talking points


def test_one_session_export_holds_that_session_alone(demo_db, tmp_path):
    db, meeting_id = demo_db
    with db.session() as session:
        path = book(session, meeting_id, "es", tmp_path, session_number=2)
        seen = headings(path)
        with pytest.raises(SessionNotFound) as refused:
            book(session, meeting_id, "en", tmp_path, "nine.docx", session_number=9)
    assert "II. Infraestructura y puertos de entrada" in seen
    assert any(h.startswith("II.1 ") for h in seen)
    assert not any(h.startswith(("I.1 ", "III", "Panorama general", "Anexo")) for h in seen)
    assert "the agenda has 4 sessions; --session 9 names none" in str(refused.value)
    assert not (tmp_path / "nine.docx").exists()


@pytest.fixture
def fresh_meeting(fresh_db):
    db, _side = fresh_db
    with db.transaction() as session:
        meeting_id = create_meeting(session, MeetingFields(
            number=13, start_date=dt.date(2025, 6, 9), end_date=dt.date(2025, 6, 10),
            city=B("Tijuana", "Tijuana"), host_party="MX"))
    return db, meeting_id


def test_a_new_meeting_book_says_what_is_not_written_yet(fresh_meeting, tmp_path):
    db, meeting_id = fresh_meeting
    with db.session() as session:
        path = book(session, meeting_id, "en", tmp_path)
    text = text_of(path)
    assert text.count("Not written yet.") == 6  # four first pages, top lines, if asked
    assert "No visit schedule yet." in text
    assert "The agenda has no items yet." in text
    assert "The meeting's communiqué has no paragraphs yet." in text


def test_what_staff_write_on_a_new_meeting_reaches_the_book(fresh_meeting, tmp_path):
    db, meeting_id = fresh_meeting
    with db.transaction() as session:
        briefing.set_briefing_texts(session, meeting_id, briefing.BriefingTexts(
            scene_setter=B("Relations are steady.", "Las relaciones son estables."),
            likely_asks=B("More lanes\nLonger hours", "Más carriles\nHorario ampliado")))
        briefing.add_visit_event(session, meeting_id, briefing.VisitFields(
            VisitKind.ARRIVAL, 2, dt.time(8, 0), None, B("Arrival", "Llegada"),
            B("Tijuana airport", "Aeropuerto de Tijuana")))
        briefing.add_clearance(session, meeting_id, briefing.ClearanceFields(
            ClearanceRole.DRAFTED, "J. Doe", "WHA/MEX", dt.date(2025, 6, 1)))
        add_item(session, meeting_id, None, 0, ItemFields(
            title=B("Opening", "Apertura"), duration_minutes=15,
            desired_outcome=B("A warm start.", "Un inicio cordial.")))
    with db.session() as session:
        english = text_of(book(session, meeting_id, "en", tmp_path))
        spanish = text_of(book(session, meeting_id, "es", tmp_path, "es.docx"))
    assert "Relations are steady." in english
    assert "More lanes\nLonger hours" in english
    assert "Day 2: June 10, 2025" in english  # a two-day meeting says which day
    assert "Drafted by: J. Doe, WHA/MEX, June 1, 2025" in english
    assert "Desired outcome\nA warm start." in english
    assert "Attention: No lead named for this item." in english
    assert "Las relaciones son estables." in spanish
    assert "Un inicio cordial." in spanish
    assert "Día 2:" in spanish


def test_the_book_is_one_file_written_atomically(demo_db, tmp_path):
    db, meeting_id = demo_db
    target = tmp_path / "book.docx"
    target.write_bytes(kit.WORD_FILE_START + b"an older book")
    with db.session() as session, pytest.raises(SessionNotFound):
        write_briefing_book(session, meeting_id, "en", target, session_number=0)
    assert target.read_bytes() == kit.WORD_FILE_START + b"an older book"


def test_the_bilingual_book_names_each_delegation_once_per_language(demo_db, tmp_path):
    db, meeting_id = demo_db
    with db.session() as session:
        seen = headings(book(session, meeting_id, "bilingual", tmp_path))
    assert ("Counterpart delegation: Delegation of Mexico / "
            "Delegación de la contraparte: Delegación de México") in seen


def test_an_item_text_in_one_language_is_a_preflight_entry_worded_in_both(demo_db):
    from bescapp.export.briefing_book import preflight_entries

    db, meeting_id = demo_db
    with db.transaction() as session:
        item = session.scalars(select(AgendaItem).where(
            AgendaItem.meeting_id == meeting_id,
            AgendaItem.title_en.like("Sharing of law enforcement%"))).one()
        item.counterpart_position = B("Mexico will ask for one contact point.", "")
    with db.session() as session:
        entries = preflight_entries(session, meeting_id, "bilingual")
    texts = [(e.text("en"), e.text("es")) for e in entries if e.entity_id == item.id]
    assert any("the counterpart's likely position has no Spanish text" in en and
               "posición probable de la contraparte" in es for en, es in texts), texts
