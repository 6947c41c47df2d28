"""Spanish as the RAE and the SRE write it, English as the GPO does, in every document.

Each document is exported in Spanish from the demo and from a database made by ``init``
(both sides), and read back as a desk officer would: no English word of a kept list, the
times, months, percentages and status words each language writes, Roman session numbers
with their period, and bracketed alternatives showing the side that proposed them.
"""

import datetime as dt
import re

import pytest
from docx import Document
from docx.oxml.ns import qn
from sqlalchemy import select

from bescapp.domain.delegations import MembershipFields, PersonFields
from bescapp.export import actions, agenda, briefing_book, communique, delegations
from bescapp.i18n.formatting import TWENTY_FOUR_HOUR
from bescapp.model.bilingual import Bilingual as B
from bescapp.model.entities import Agency, Meeting, Membership, Person, Role
from bescapp.store import actions as line_store
from bescapp.store import agenda as agenda_store
from bescapp.store import communique as communique_store
from bescapp.store import delegations as member_store
from bescapp.store import meetings, our_side
from bescapp.store.first_draft import generate_draft

NB = "\u00a0"

# English words that must never appear in a Spanish document (whole words, as written).
# Kept by hand: add a word when a review finds it in a Spanish page.
ENGLISH_WORDS = (
    "the", "and", "of", "for", "with", "through", "Meeting", "Plenary", "Page", "of", "Draft",
    "Agreed", "Bracketed", "Ad referendum", "overdue", "Overdue", "Status", "Due", "Line",
    "Leads", "Notes", "Contact", "protocol", "office", "Travel", "approved", "written",
    "Co-chairs", "Co-chair", "Head of delegation", "Ambassador", "Amb.", "Mr.", "Ms.", "Mrs.",
    "Under Secretary", "Department", "Ministry", "Briefing", "Talking Points", "Background",
    "Agenda Items", "Summary", "Progress", "AM", "PM", "US", "Not started", "On track",
    "At risk", "Delayed", "Completed", "Cancelled", "Trusted Traveler", "line of action",
    "Action Plan", "Joint Communiqué", "SENSITIVE", "INTERNAL", "Do not share",
)
# Spanish-side forms that mean an English habit crept in.
NOT_RAE = (re.compile(r"\d a\.m\."), re.compile(r"\d p\.m\."), re.compile(r"\d%"),
           re.compile(r"\b\d{1,2} (ene|feb|mar|abr|jun|jul|ago|sept|oct|nov|dic) \d{4}"),
           re.compile(r"Programas de Viajero Confiable\b"))

DOCUMENTS = {
    "agenda": lambda s, m, p: agenda.write_agenda(s, m, "es", p),
    "delegations": lambda s, m, p: delegations.write_delegations(s, m, "es", p),
    "contact sheet": lambda s, m, p: delegations.write_delegations(s, m, "es", p,
                                                                   contact_sheet=True),
    "actions": lambda s, m, p: actions.write_status_report(s, m, "es", p),
    "actions internal": lambda s, m, p: actions.write_status_report(s, m, "es", p,
                                                                    internal=True),
    "communique mx": lambda s, m, p: communique.write_communique(s, m, "es", p, copy="mx"),
    "communique us": lambda s, m, p: communique.write_communique(s, m, "es", p, copy="us"),
    "briefing book": lambda s, m, p: briefing_book.write_briefing_book(s, m, "es", p),
}


def texts(path) -> list[str]:
    """Every paragraph of the document, tables, headers and footers included."""
    doc = Document(str(path))
    roots = [doc.element.body]
    for section in doc.sections:
        roots += [section.header._element, section.footer._element,
                  section.first_page_header._element, section.first_page_footer._element]
    return ["".join(t.text or "" for t in p.iter(qn("w:t")))
            for root in roots for p in root.iter(qn("w:p"))]


def english_in(lines: list[str]) -> list[tuple[str, str]]:
    found = []
    for line in lines:
        for word in ENGLISH_WORDS:
            if re.search(rf"(?<![\w.]){re.escape(word)}(?![\w])", line):
                found.append((word, line))
        found += [(pattern.pattern, line) for pattern in NOT_RAE if pattern.search(line)]
    return found


def export(db, meeting_id, name, tmp_path) -> list[str]:
    path = tmp_path / f"{name.replace(' ', '-')}.docx"
    with db.session() as session:
        DOCUMENTS[name](session, meeting_id, path)
    return texts(path)


def prepare(db) -> int:
    """A plenary prepared from scratch on an ``init`` database: both lists with notes in
    English only, an item, a plan with a completed line, the generated draft."""
    with db.transaction() as session:
        meeting = meetings.create_meeting(session, meetings.MeetingFields(
            number=13, start_date=dt.date(2026, 5, 6), end_date=dt.date(2026, 5, 6),
            city=B("Washington, D.C.", "Washington, D.C."), host_party="US"))
        people = {}
        for code, honorific, given, surname, acronym in (("US", "amb", "Ana", "Smith", "CBP"),
                                                         ("MX", "dr", "Luis", "García", "ANAM")):
            agency = session.scalar(select(Agency).where(Agency.acronym == acronym))
            person = member_store.create_person(session, PersonFields(
                honorific=honorific, given_names=given, first_surname=surname,
                title=B("Director General", "Director General"), agency_id=agency.id,
                internal_notes=B("Contact through the protocol office.", "")))
            member_store.add_member(session, meeting, member_store.party_by_code(session, code).id,
                                    person, MembershipFields(
                                        role=Role.HEAD, internal_notes=B("Arrives late.", "")))
            people[code] = (person, agency.id)
        item = agenda_store.add_item(session, meeting, None, 0, agenda_store.ItemFields(
            title=B("Opening remarks", "Palabras de apertura")))
        agenda_store.set_leads(session, item, [people["US"][0], people["MX"][0]])
        plan = line_store.add_plan(session, line_store.PlanFields(
            code="POE", title=B("Ports of entry", "Puertos de entrada"),
            start_date=dt.date(2026, 1, 1)), meeting_id=meeting)
        line_store.add_line(session, plan, line_store.LineFields(
            title=B("Expand the inspection lanes", "Ampliar los carriles de inspección"),
            us_agency_id=people["US"][1], mx_agency_id=people["MX"][1],
            due_date=dt.date(2026, 12, 1), progress=100), created_on=dt.date(2026, 2, 1))
    with db.transaction() as session:
        draft = generate_draft(session, session.get(Meeting, meeting))
        communique_store.replace_draft(session, meeting, [(p.text, p.status) for p in draft])
    return meeting


@pytest.mark.parametrize("name", DOCUMENTS)
def test_no_english_word_in_a_spanish_document_of_the_demo(name, demo_db, tmp_path):
    db, meeting_id = demo_db
    lines = export(db, meeting_id, name, tmp_path)
    assert any(line.strip() for line in lines)
    assert english_in(lines) == []


@pytest.mark.parametrize("name", DOCUMENTS)
def test_no_english_word_in_a_spanish_document_from_init(name, fresh_db, tmp_path):
    db, _side = fresh_db
    meeting_id = prepare(db)
    lines = export(db, meeting_id, name, tmp_path)
    assert any(line.strip() for line in lines)
    assert english_in(lines) == []


def test_the_list_catches_what_it_is_kept_for():
    """The check itself: each kind of slip it is there for is found."""
    slips = ["Contact through the protocol office.", "9:00 a.m.–9:35 a.m.", "100%",
             "31 dic 2019", "Página 1 of 2", "(Draft)", "Amb. Christopher Landau"]
    assert len({line for _, line in english_in(slips)}) == len(slips)
    assert english_in([f"9:00–9:35{NB}a.{NB}m.", f"100{NB}%", "31 dic. 2019",
                       "Emb. Christopher Landau", "Global Entry y NEXUS"]) == []


# --------------------------------------------------------------------------- times

def agenda_times(db, meeting_id, language, tmp_path) -> list[str]:
    path = tmp_path / f"agenda-{language}.docx"
    with db.session() as session:
        agenda.write_agenda(session, meeting_id, language, path)
    table = Document(str(path)).tables[0]
    return [row.cells[1].text for row in table.rows[1:]]


def set_clock(db, clock: str) -> None:
    with db.transaction() as session:
        settings = our_side.read(session)
        our_side.write(session, our_side.OurSettings(
            settings.side, settings.committee_name, settings.committee_acronym,
            settings.handling_marking, time_style=clock))


def test_the_agenda_writes_each_range_once_in_each_language(demo_db, tmp_path):
    db, meeting_id = demo_db
    assert agenda_times(db, meeting_id, "en", tmp_path)[:2] == [
        f"9:00–9:35{NB}a.m.", f"9:00–9:10{NB}a.m."]
    spanish = agenda_times(db, meeting_id, "es", tmp_path)
    assert spanish[:2] == [f"9:00–9:35{NB}a.{NB}m.", f"9:00–9:10{NB}a.{NB}m."]
    assert f"11:55{NB}a.{NB}m.–12:10{NB}p.{NB}m." in spanish  # across noon: both halves


def test_the_database_time_style_gives_spanish_the_24_hour_clock(demo_db, tmp_path):
    db, meeting_id = demo_db
    set_clock(db, TWENTY_FOUR_HOUR)
    spanish = agenda_times(db, meeting_id, "es", tmp_path)
    assert spanish[0] == f"9:00–9:35{NB}h"
    assert f"13:00–14:00{NB}h" in spanish
    assert agenda_times(db, meeting_id, "en", tmp_path)[0] == f"9:00–9:35{NB}a.m."  # GPO
    path = tmp_path / "book.docx"
    with db.session() as session:
        briefing_book.write_briefing_book(session, meeting_id, "es", path)
    assert f"Horario: 9:00–9:10{NB}h (10 min)" in texts(path)  # item I.1, a range once


def test_a_mexican_database_starts_on_the_24_hour_clock_and_a_us_one_on_12(fresh_db, tmp_path):
    db, side = fresh_db
    meeting_id = prepare(db)
    expected = f"9:00–9:30{NB}h" if side.upper() == "MX" else f"9:00–9:30{NB}a.{NB}m."
    assert agenda_times(db, meeting_id, "es", tmp_path)[0] == expected


# --------------------------------------------------------------------------- the report

def test_the_report_writes_months_percent_and_statuses_as_spanish_does(demo_db, tmp_path):
    db, meeting_id = demo_db
    lines = export(db, meeting_id, "actions", tmp_path)
    text = "\n".join(lines)
    assert "31 dic. 2019" in text  # the abbreviated month with its period
    assert f"100{NB}%" in text
    # a línea de acción is feminine: the statuses agree with it
    for word in ("Concluida", "Retrasada", "En curso", "En riesgo", "Sin iniciar"):
        assert word in text
    for wrong in ("Concluido", "Retrasado", "Cancelado"):
        assert wrong not in text
    path = tmp_path / "actions-en.docx"
    with db.session() as session:
        actions.write_status_report(session, meeting_id, "en", path)
    english = "\n".join(texts(path))
    assert "Dec. 31, 2019" in english
    assert "100%" in english


# --------------------------------------------------------------------------- the book

def test_the_spanish_book_numbers_sessions_with_their_period_and_prints_spanish_notes(
        demo_db, tmp_path):
    db, meeting_id = demo_db
    lines = export(db, meeting_id, "briefing book", tmp_path)
    assert "I. Sesión de apertura" in lines
    assert "I.1 Palabras de bienvenida del subsecretario para América del Norte" in lines
    text = "\n".join(lines)
    assert "Contactar por conducto de la Dirección General de Protocolo." in text
    assert any(line.startswith("Carpeta informativa para ") for line in lines)  # sentence case


def test_a_note_in_english_only_stays_out_of_the_spanish_book_and_the_preflight_says_so(
        fresh_db, tmp_path):
    from bescapp.store.preflight import preflight

    db, _side = fresh_db
    meeting_id = prepare(db)
    lines = export(db, meeting_id, "briefing book", tmp_path)
    assert not any("protocol office" in line or "Arrives late" in line for line in lines)
    path = tmp_path / "book-en.docx"
    with db.session() as session:
        briefing_book.write_briefing_book(session, meeting_id, "en", path)
        entries = preflight(session, meeting_id, "es")  # the book's
    assert "Contact through the protocol office." in "\n".join(texts(path))
    notes = [e for e in entries if e.values.get("field") == "internal_notes"]
    assert len(notes) == 4  # each member's notes and their person's, Spanish missing
    assert {e.values["language"] for e in notes} == {"es"}


# --------------------------------------------------------------------------- brackets

def test_the_negotiating_text_shows_who_proposed_each_alternative(demo_db, tmp_path):
    db, meeting_id = demo_db
    for language, tags in (("en", ["US", "MX"]), ("es", ["EUA", "MEX"])):
        path = tmp_path / f"c-{language}.docx"
        with db.session() as session:
            communique.write_communique(session, meeting_id, language, path)
        paragraph = next(p for p in Document(str(path)).paragraphs if "consolid" in p.text)
        # raised and bold by their styles (the documents set no format by hand), each
        # side's in a style of its own based on the common one
        raised = [run for run in paragraph.runs if run.style.name.startswith("Bracket Side")]
        assert [run.text for run in raised] == tags
        assert [run.style.name for run in raised] == ["Bracket Side US", "Bracket Side MX"]
        assert {run.style.base_style.name for run in raised} == {"Bracket Side"}
        bold = [run for run in paragraph.runs if run.style.name.startswith("Bracketed Text")]
        assert [run.style.name for run in bold] == ["Bracketed Text US", "Bracketed Text MX"]
        assert {run.style.base_style.name for run in bold} == {"Bracketed Text"}
        assert all(b.text.startswith("[") and b.text.endswith("]") for b in bold)


def test_the_clean_text_still_refuses_alternatives_with_their_sides(demo_db, tmp_path):
    from bescapp.export.kit import ExportRefused
    from bescapp.model.entities import Paragraph

    db, meeting_id = demo_db
    with db.transaction() as session:
        for paragraph in session.scalars(select(Paragraph)):
            paragraph.status = "agreed"
    with db.session() as session, pytest.raises(ExportRefused, match="square brackets"):
        communique.write_communique(session, meeting_id, "es", tmp_path / "c.docx", clean=True)


def test_the_demo_people_have_their_notes_in_both_languages(demo_db):
    db, _ = demo_db
    with db.session() as session:
        noted = [p.internal_notes for p in session.scalars(select(Person))
                 if not p.internal_notes.is_empty()]
        noted += [m.internal_notes for m in session.scalars(select(Membership))
                  if not m.internal_notes.is_empty()]
    assert noted
    assert all(not n.missing_languages() for n in noted)


def test_plan_codes_in_the_documents_language(demo_db, tmp_path):
    """The demo's plans have Spanish codes ("IPE" for "POE"): a Spanish report prints them
    and its lines' codes under them; an English one the codes as stored."""
    db, meeting_id = demo_db
    spanish = export(db, meeting_id, "actions", tmp_path)
    assert "IPE — Infraestructura de puertos de entrada" in spanish
    assert "IPE-1" in spanish
    assert "Líneas concluidas en este periodo: IPE-1." in spanish
    assert not any(re.search(r"\b(POE|TTF|PS)\b", line) for line in spanish)
    path = tmp_path / "actions-en.docx"
    with db.session() as session:
        actions.write_status_report(session, meeting_id, "en", path)
    english = texts(path)
    assert "POE — Ports-of-Entry Infrastructure" in english
    assert "IPE-1" not in "\n".join(english)


def test_without_a_spanish_code_the_plan_keeps_its_code(fresh_db, tmp_path):
    db, _side = fresh_db
    meeting_id = prepare(db)
    lines = export(db, meeting_id, "actions", tmp_path)
    assert "POE — Puertos de entrada" in lines
    assert "POE-1" in lines
