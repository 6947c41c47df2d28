"""The briefing book read back as its reader would: cover, contents, sections, marking, annexes."""

import argparse
import datetime as dt
import io

import pytest
from docx import Document
from docx.shared import Pt

from bescapp.export import briefing_book as book
from bescapp.export.kit import ExportError, ExportRefused
from bescapp.i18n import catalogue
from bescapp.model.bilingual import Bilingual
from bescapp.model.entities import AgendaItem, Attachment, Meeting
from tests.libreoffice import page_count, to_pdf

ANNEX_TEXT = "Annex paragraph on border wait-time measurements"


def body_text(doc):
    """Paragraphs and table cells in document order (annexes included)."""
    out = []
    for block in doc.element.body.iter():
        if block.tag.endswith("}p"):
            text = "".join(t.text or "" for t in block.iter() if t.tag.endswith("}t"))
            if text:
                out.append(text)
    return out


def paper(text=ANNEX_TEXT):
    doc = Document()
    doc.add_heading("Background paper", 1)
    run = doc.add_paragraph().add_run(text)
    run.bold = True
    run.font.size = Pt(15)
    doc.add_table(rows=1, cols=2).rows[0].cells[0].text = "Crossing"
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def san_ysidro(session, meeting_id):
    return session.query(AgendaItem).filter(
        AgendaItem.meeting_id == meeting_id,
        AgendaItem.title_en.like("Expansion of the San Ysidro%")).one()


@pytest.fixture
def with_papers(demo_db):
    db, meeting_id = demo_db
    with db.transaction() as session:
        item = san_ysidro(session, meeting_id)
        session.add(Attachment(agenda_item_id=item.id, filename="wait-times.docx", position=0,
                               content=paper(), added_at=dt.datetime(2020, 3, 1)))
        session.add(Attachment(agenda_item_id=item.id, filename="broken.docx", position=1,
                               content=b"PK\x03\x04 this is not a zip", added_at=dt.datetime(2020, 3, 1)))
    return db, meeting_id


@pytest.fixture
def books(with_papers, tmp_path):
    db, meeting_id = with_papers
    with db.session() as session:
        return {lang: book.write_briefing_book(session, meeting_id, lang, tmp_path / f"book-{lang}.docx")
                for lang in ("en", "es", "bilingual")}


def test_cover_names_the_meeting_date_and_place_in_the_books_language(books):
    en = body_text(Document(str(books["en"])))[:12]
    assert "12th Plenary Meeting" in en
    assert "Briefing book for Amb. Christopher Landau" in en
    assert "March 4, 2020" in en
    assert "Ministry of Foreign Affairs (SRE), Mexico City" in en
    assert "21st Century Border Management Initiative Executive Steering Committee" in en
    # the marking is once per page, in header and footer: not again in the cover's body
    assert "SENSITIVE BUT UNCLASSIFIED" not in en
    es = body_text(Document(str(books["es"])))[:12]
    assert "XII Reunión Plenaria" in es
    assert any(t.startswith("Carpeta informativa para ") for t in es)  # sentence case (RAE)
    assert "4 de marzo de 2020" in es
    assert "Secretaría de Relaciones Exteriores, Ciudad de México" in es
    assert ("Comité Ejecutivo Bilateral para la Administración de la Frontera en el Siglo XXI"
            in es)
    assert "SENSIBLE NO CLASIFICADO" not in es
    both = body_text(Document(str(books["bilingual"])))[:18]
    assert {"12th Plenary Meeting", "XII Reunión Plenaria",
            "Briefing book for Amb. Christopher Landau",
            "March 4, 2020", "4 de marzo de 2020"} <= set(both)
    assert any(t.startswith("Carpeta informativa para ") for t in both)


def test_a_real_table_of_contents_refreshed_on_opening(books):
    doc = Document(str(books["en"]))
    codes = [t.text for t in doc.element.body.iter() if t.tag.endswith("}instrText")]
    assert any(code.strip().startswith("TOC \\o") for code in codes)
    settings = doc.settings.element.xml
    assert "updateFields" in settings


def page_of(text, title):
    """Where an item's page starts: its heading, then its time (not the session's divider,
    which lists it too)."""
    return next(k for k, t in enumerate(text[:-1]) if t == title and text[k + 1].startswith("Time"))


def last(text, line):
    """Where ``line`` is last: a heading's place in the body, not its entry in the contents."""
    return len(text) - 1 - text[::-1].index(line)


def headings(doc):
    return [(p.style.name, p.text) for p in doc.paragraphs if p.style.name.startswith("Heading")]


def test_sections_follow_the_outline(books):
    found = headings(Document(str(books["en"])))
    titles = [text for _style, text in found]
    order = ["Scene-setter", "Visit schedule", "Schedule at a Glance",
             "Counterpart delegation", "Our delegation", "Press guidance",
             "Annex B: Joint communiqué of the 11th Plenary Meeting",
             "Annex C: Action-plan status report"]
    level_one = [text for style, text in found if style == "Heading 1"]
    for title in order:
        assert any(t.startswith(title) for t in level_one), (title, level_one)
    # a session is a part of the book (its divider), its items the pages inside it
    assert ("Heading 1", "II. Infrastructure and Ports of Entry") in found
    assert ("Heading 2", "II.1 Expansion of the San Ysidro-El Chaparral border crossing") in found
    assert "Coffee break" not in titles  # breaks and meals have no briefing


def test_each_item_has_its_leads_objective_talking_points_and_background(with_papers, books):
    db, meeting_id = with_papers
    with db.session() as session:
        item = san_ysidro(session, meeting_id)
        objective, points = item.objective, item.talking_points
    text = body_text(Document(str(books["en"])))
    start = page_of(text, "II.1 Expansion of the San Ysidro-El Chaparral border crossing")
    section = text[start:start + 20]
    assert any(t.startswith("Leads") for t in section)
    assert objective.en in section
    assert points.en.split("\n")[0].lstrip("-• ") in section
    assert "Background" in section
    es = body_text(Document(str(books["es"])))
    assert objective.es in es
    assert "Puntos de conversación" in es


def test_bilingual_book_is_side_by_side_with_headings_in_both(with_papers, books):
    db, meeting_id = with_papers
    with db.session() as session:
        item = san_ysidro(session, meeting_id)
        objective = item.objective
    doc = Document(str(books["bilingual"]))
    rows = [[c.text for c in row.cells] for t in doc.tables for row in t.rows]
    pair = next(r for r in rows if len(r) == 2 and objective.en in r[0])
    assert pair[0].startswith("Objective")
    assert pair[1].startswith("Objetivo")
    assert objective.es in pair[1]
    titles = [text for _s, text in headings(doc)]
    assert "Scene-setter / Panorama general" in titles
    assert any("Expansion of the San Ysidro" in t and "Ampliación" in t for t in titles)


def test_marking_and_page_x_of_y_on_every_section(books):
    # The demo is the U.S. delegation's database: its marking, in the book's language.
    for lang, words, marking in (
            ("en", "Page ", "SENSITIVE BUT UNCLASSIFIED"),
            ("es", "Página ", "SENSIBLE NO CLASIFICADO"),
            ("bilingual", "Page ", "SENSITIVE BUT UNCLASSIFIED / SENSIBLE NO CLASIFICADO")):
        doc = Document(str(books[lang]))
        assert len(doc.sections) >= 3
        for section in doc.sections:
            header = [p.text for p in section.header.paragraphs]
            footer = [p.text for p in section.footer.paragraphs]
            assert marking in header
            assert marking in footer
            assert any(t.startswith(words) for t in footer), footer
            fields = "".join(section.footer._element.xml.split())
            assert "PAGE" in fields
            assert "NUMPAGES" in fields


def test_a_marking_given_for_this_book_replaces_the_meetings(with_papers, tmp_path):
    db, meeting_id = with_papers
    with db.session() as session:
        path = book.write_briefing_book(session, meeting_id, "en", tmp_path / "b.docx",
                                        marking="CONFIDENTIAL — DELEGATION ONLY")
    doc = Document(str(path))
    for section in doc.sections:
        assert section.header.paragraphs[0].text == "CONFIDENTIAL — DELEGATION ONLY"
    assert "SENSITIVE BUT UNCLASSIFIED" not in body_text(doc)


WAIT_TIMES = "Annex D: wait-times.docx (for “Expansion of the San Ysidro-El Chaparral border crossing”)"
BROKEN = "Annex E: broken.docx (for “Expansion of the San Ysidro-El Chaparral border crossing”)"


def test_background_papers_are_annexed_with_their_formatting_and_named_on_their_item(books):
    doc = Document(str(books["en"]))
    text = body_text(doc)
    item = page_of(text, "II.1 Expansion of the San Ysidro-El Chaparral border crossing")
    assert text.index(WAIT_TIMES, item) < page_of(text, "II.2 Port-of-entry modernization pipeline")
    annex = text.index(WAIT_TIMES, last(text, "Annex C: Action-plan status report"))
    merged = text.index(ANNEX_TEXT)
    assert item < annex < merged < text.index(BROKEN, annex)
    run = next(r for p in doc.paragraphs for r in p.runs if r.text == ANNEX_TEXT)
    assert run.bold
    assert run.font.size == Pt(15)
    assert "Crossing" in text  # the paper's table came along


def test_a_damaged_paper_is_noted_not_fatal(with_papers, books):
    text = body_text(Document(str(books["en"])))
    note = text.index(BROKEN, last(text, "Annex C: Action-plan status report"))
    assert text[note + 1].startswith("This background paper could not be included")
    db, meeting_id = with_papers
    with db.session() as session:
        entries = book.preflight_entries(session, meeting_id, "en")
    damaged = [e for e in entries if e.kind == "damaged_annex"]
    assert [e.values["file"] for e in damaged] == ["broken.docx"]
    assert "broken.docx cannot be included" in damaged[0].text("en")


def test_both_delegation_lists_with_biographies_and_the_status_report(books):
    text = body_text(Document(str(books["en"])))
    people = text.index("Counterpart delegation: Delegation of Mexico")
    assert any(t.startswith("Under Secretary for North America of the Mexican Ministry")
               for t in text[people:])  # a biography
    assert any("since the previous plenary" in t.lower() for t in text)


def test_strict_refuses_while_preflight_has_entries_and_keeps_the_earlier_file(with_papers, tmp_path):
    db, meeting_id = with_papers
    path = tmp_path / "book.docx"
    path.write_bytes(b"earlier book")
    with db.session() as session, pytest.raises(book.PreflightRefused) as e:
        book.write_briefing_book(session, meeting_id, "en", path, strict=True)
    assert "pre-flight has" in str(e.value)
    assert "no one leads this item" in str(e.value)
    assert path.read_bytes() == b"earlier book"


def test_an_unwritable_path_leaves_what_was_there(demo_db, tmp_path):
    db, meeting_id = demo_db
    with db.session() as session, pytest.raises(ExportError, match="folder does not exist"):
        book.write_briefing_book(session, meeting_id, "en", tmp_path / "nowhere" / "b.docx")


def test_unknown_meeting_and_language_are_refused(demo_db, tmp_path):
    db, meeting_id = demo_db
    with db.session() as session:
        with pytest.raises(ExportRefused, match="no meeting with id 999"):
            book.write_briefing_book(session, 999, "en", tmp_path / "b.docx")
        with pytest.raises(ExportRefused, match="unknown language"):
            book.write_briefing_book(session, meeting_id, "fr", tmp_path / "b.docx")


def test_progress_runs_from_zero_to_one(demo_db, tmp_path):
    db, meeting_id = demo_db
    seen = []
    with db.session() as session:
        book.write_briefing_book(session, meeting_id, "en", tmp_path / "b.docx",
                                 progress=lambda f, step: seen.append((f, step)))
    fractions = [f for f, _ in seen]
    assert fractions == sorted(fractions)
    assert seen[0] == (0.0, "preflight")
    assert seen[-1] == (1.0, "done")
    assert {"cover", "schedule", "items", "delegations", "actions", "saving"} <= {s for _, s in seen}


def test_cli_prints_preflight_then_where_the_book_went(demo_db, tmp_path):
    db, meeting_id = demo_db
    out = tmp_path / "b.docx"
    args = argparse.Namespace(meeting=meeting_id, document_language="es", output=str(out), marking=None,
                              template=None, strict=False)
    with db.session() as session:
        lines = book.export_from_cli(session, args)
    # a Spanish book, and the messages in the messages language (English here)
    assert lines[0].startswith("pre-flight: ")
    assert any("no one leads this item" in line for line in lines)
    assert lines[-1] == f"wrote {out}"
    catalogue.use("es")
    with db.session() as session:
        lines = book.export_from_cli(session, args)
    assert lines[0].startswith("revisión previa: ")
    assert any("el tema no tiene ponente" in line for line in lines)
    assert lines[-1] == f"se escribió {out}"
    args.strict = True
    with db.session() as session, pytest.raises(ExportRefused, match="no se escribió la carpeta"):
        book.export_from_cli(session, args)


def test_an_empty_meeting_still_makes_a_book(demo_db, tmp_path):
    db, _meeting_id = demo_db
    with db.transaction() as session:
        empty = Meeting(number=13, start_date=dt.date(2021, 5, 1), end_date=dt.date(2021, 5, 1),
                        city=Bilingual("Washington", "Washington"), venue=Bilingual("", ""))
        session.add(empty)
        session.flush()
        empty_id = empty.id
    with db.session() as session:
        path = book.write_briefing_book(session, empty_id, "bilingual", tmp_path / "e.docx")
    text = body_text(Document(str(path)))
    assert "13th Plenary Meeting" in text
    assert "The agenda has no items yet. / El orden del día aún no tiene temas." in text


@pytest.mark.libreoffice
def test_libreoffice_opens_every_language_with_a_plausible_page_count(books, tmp_path):
    pdfs = to_pdf(list(books.values()), tmp_path / "pdf")
    pages = {lang: page_count(pdfs[path]) for lang, path in books.items()}
    for count in pages.values():
        assert 10 <= count <= 80, pages
    assert pages["bilingual"] > pages["en"]


def test_spanish_section_headings_are_in_sentence_case(books):
    """Spanish capitalises a heading's first word only ("Listas de las delegaciones",
    "Planes de acción: informe de avance"); the book's own sections had English title case
    ("Programa General", "Temas del Orden del Día") beside them."""
    titles = [text for _s, text in headings(Document(str(books["es"])))]
    assert {"Programa general", "Panorama general", "Programa de la visita",
            "Delegados: datos de contacto y notas internas"} <= set(titles)
    assert not {"Programa General", "Temas del Orden del Día"} & set(titles)


def test_a_merged_papers_table_rows_do_not_split_either(books):
    """The paper's own table (made without w:cantSplit) is kept whole in every book."""
    from tests import layout

    for path in books.values():
        rows = list(layout.rows(path))
        assert any(layout.text(row) == "Crossing" for row in rows)  # the paper's row is there
        assert all(row.find(f"{{{layout.W}}}trPr/{{{layout.W}}}cantSplit") is not None
                   for row in rows)
