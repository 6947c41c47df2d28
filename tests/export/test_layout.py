"""Layout that holds on paper, in every document, language and copy.

Every export of the demo (and of a database made by ``init``, with one meeting and no
content) is read back from its saved file: no table row may split across a page, every
table repeats its header row and keeps it with the first row, headings and the lines that
introduce a table keep with what follows, lists are Word's (no typed bullets or numbers),
formatting comes from styles (a stated ceiling of hand-set formats: none), the contents
field holds its entries before any reader updates it, column widths hold every address,
number and time range unbroken, and each side's copy puts its own language on the left.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess

import docx
import pytest
from docx.oxml.ns import qn

from bescapp.export import measure
from bescapp.export.actions import write_status_report
from bescapp.export.agenda import write_agenda
from bescapp.export.briefing_book import write_briefing_book
from bescapp.export.communique import write_communique
from bescapp.export.delegations import write_delegations
from bescapp.model.bilingual import Bilingual
from tests import layout
from tests.libreoffice import to_pdf

LANGUAGES = ("en", "es", "bilingual")
# Hand-set formats a document may carry (run bold, size, colour; paragraph alignment):
# none, every one of them comes from a style the staff can change in one place.
DIRECT_FORMAT_CEILING = 0


def _writers(communique: bool = True):
    writers = {}
    for lang in LANGUAGES:
        writers[f"agenda-{lang}"] = lambda s, m, p, lang=lang: write_agenda(s, m, lang, p)
        writers[f"lists-{lang}"] = lambda s, m, p, lang=lang: write_delegations(s, m, lang, p)
        writers[f"contacts-{lang}"] = (
            lambda s, m, p, lang=lang: write_delegations(s, m, lang, p, contact_sheet=True))
        writers[f"report-{lang}"] = lambda s, m, p, lang=lang: write_status_report(s, m, lang, p)
        writers[f"book-{lang}"] = lambda s, m, p, lang=lang: write_briefing_book(s, m, lang, p)
        if communique:  # a database made by init has no communiqué to print
            for copy in ("us", "mx"):
                writers[f"communique-{copy}-{lang}"] = (
                    lambda s, m, p, lang=lang, copy=copy: write_communique(s, m, lang, p, copy=copy))
    writers["report-internal-en"] = (
        lambda s, m, p: write_status_report(s, m, "en", p, internal=True))
    return writers


DEMO = _writers()
FRESH = _writers(communique=False)


def _export(session, meeting_id, folder, writers):
    return {name: write(session, meeting_id, folder / f"{name}.docx")
            for name, write in writers.items()}


@pytest.fixture(scope="module")
def demo_documents(tmp_path_factory):
    """Every document of the demo (a U.S. database), exported once."""
    from bescapp.store.database import open_in_memory
    from bescapp.store.demo import load_demo

    db = open_in_memory()
    try:
        with db.transaction() as session:
            meeting_id = load_demo(session)
        with db.session() as session:
            return _export(session, meeting_id, tmp_path_factory.mktemp("demo"), DEMO)
    finally:
        db.close()


@pytest.fixture(scope="module")
def mexican_documents(tmp_path_factory):
    """The bilingual documents of the demo as the Mexican delegation's database has it."""
    from bescapp.store.database import open_in_memory
    from bescapp.store.demo import load_demo

    db = open_in_memory()
    try:
        with db.transaction() as session:
            meeting_id = load_demo(session, side="MX")
        with db.session() as session:
            return _export(session, meeting_id, tmp_path_factory.mktemp("demo-mx"),
                           {k: w for k, w in DEMO.items() if k.endswith("bilingual")})
    finally:
        db.close()


def _fresh_documents(side, tmp_path_factory):
    """Every document of a database made by ``init`` for ``side``, with one meeting."""
    from bescapp.cli import main as cli_main
    from bescapp.store.database import open_database
    from bescapp.store.meetings import MeetingFields, create_meeting

    folder = tmp_path_factory.mktemp(f"fresh-{side}")
    path = folder / "fresh.db"
    assert cli_main(["init", "--database", str(path), "--side", side]) == 0
    db = open_database(path)
    try:
        with db.transaction() as session:
            meeting_id = create_meeting(session, MeetingFields(
                number=13, start_date=dt.date(2025, 6, 9), end_date=dt.date(2025, 6, 9),
                city=Bilingual("Tijuana", "Tijuana"), host_party="MX"))
        with db.session() as session:
            return _export(session, meeting_id, folder, FRESH)
    finally:
        db.close()


@pytest.fixture(scope="module")
def fresh_us_documents(tmp_path_factory):
    return _fresh_documents("us", tmp_path_factory)


@pytest.fixture(scope="module")
def fresh_mx_documents(tmp_path_factory):
    return _fresh_documents("mx", tmp_path_factory)


@pytest.fixture(params=[*(("demo", k) for k in DEMO),
                        *((f"fresh_{side}", k) for side in ("us", "mx") for k in FRESH)],
                ids=lambda p: f"{p[0]}-{p[1]}")
def document(request):
    source, name = request.param
    documents = request.getfixturevalue(f"{source}_documents")
    return name, documents[name]


# --------------------------------------------------------------------------- rows and keeping

def test_no_table_row_splits_across_a_page(document):
    name, path = document
    rows = list(layout.rows(path))
    loose = [layout.text(row)[:40] for row in rows
             if row.find(f"{qn('w:trPr')}/{qn('w:cantSplit')}") is None]
    assert not loose, f"{name}: rows that may split across a page: {loose}"


def test_every_table_repeats_its_header_row_and_keeps_it_with_the_first_row(document):
    name, path = document
    doc = docx.Document(str(path))
    for table in doc.element.body.iter(qn("w:tbl")):
        if table.find(f"{qn('w:tblPr')}/{qn('w:tblStyle')}") is None:
            continue  # a layout grid without lines (the book's photo beside each biography)
        header = table.find(qn("w:tr"))
        assert header.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None, name
        for paragraph in header.iter(qn("w:p")):
            assert layout.keeps_with_next(doc, paragraph), (name, layout.text(paragraph))


def test_headings_and_what_introduces_a_table_keep_with_next(document):
    name, path = document
    doc = docx.Document(str(path))
    body = doc.element.body
    for paragraph in body.iterchildren(qn("w:p")):
        if layout.paragraph_style_name(doc, paragraph).lower().startswith("heading"):
            assert layout.keeps_with_next(doc, paragraph), (name, layout.text(paragraph))
    for table in body.iterchildren(qn("w:tbl")):
        before = table.getprevious()
        if before is not None and before.tag == qn("w:p") and layout.text(before).strip():
            assert layout.keeps_with_next(doc, before), (name, layout.text(before))


# --------------------------------------------------------------------------- lists and styles

_TYPED_BULLET = re.compile(r"^\s*[•·▪‣◦*-]\s")
_TYPED_NUMBER = re.compile(r"^\s*\d+[.)]\s")


def test_no_typed_bullets_or_numbers(document):
    name, path = document
    doc = docx.Document(str(path))
    for paragraph in doc.element.body.iter(qn("w:p")):
        words = layout.text(paragraph)
        assert not _TYPED_BULLET.match(words), (name, words)
        if name.startswith("communique"):
            assert not _TYPED_NUMBER.match(words), (name, words)


def test_talking_points_are_a_word_bullet_list(demo_documents):
    for language in LANGUAGES:
        labels = layout.list_labels(demo_documents[f"book-{language}"])
        bullets = [words for label, words in labels if label == "•"]
        assert "Set a positive tone and recall the results achieved since the 11th Plenary " \
            "Meeting." not in bullets  # an objective is not a bullet
        if language != "es":
            assert "Thank the Ministry of Foreign Affairs for hosting the meeting." in bullets
        if language != "en":
            assert any(words.startswith("Agradecer a la Secretaría de Relaciones Exteriores")
                       for words in bullets)


@pytest.mark.parametrize("copy", ["us", "mx"])
def test_communique_paragraphs_are_numbered_by_word_and_both_columns_agree(demo_documents, copy):
    one = layout.list_labels(demo_documents[f"communique-{copy}-en"])
    assert [label for label, _ in one] == [f"{n}." for n in range(1, len(one) + 1)]
    both = layout.list_labels(demo_documents[f"communique-{copy}-bilingual"])
    assert len(both) == 2 * len(one)
    doc = docx.Document(str(demo_documents[f"communique-{copy}-bilingual"]))
    for row in doc.tables[0].rows[1:]:
        left, right = (layout.list_labels_of(doc, cell._tc) for cell in row.cells)
        assert left == right  # the same number in both languages, row by row
    assert [layout.list_labels_of(doc, c._tc) for c in doc.tables[0].rows[1].cells] == [["1."]] * 2


def test_direct_formats_stay_under_the_ceiling(document):
    name, path = document
    found = layout.direct_formats(path)
    assert len(found) <= DIRECT_FORMAT_CEILING, f"{name}: {found[:10]}"


def test_the_house_styles_reach_a_staff_template_that_lacks_them(demo_db, tmp_path):
    staff = tmp_path / "staff.docx"
    docx.Document().save(str(staff))  # python-docx's own template: none of our styles
    db, meeting_id = demo_db
    with db.session() as session:
        path = write_briefing_book(session, meeting_id, "bilingual", tmp_path / "b.docx",
                                   template=staff)
    names = {style.name for style in docx.Document(str(path)).styles}
    assert {"Table Text", "Table Heading", "Table Bullet", "Cover Title", "toc 1"} <= names
    assert layout.direct_formats(path) == []
    assert any(label == "•" for label, _ in layout.list_labels(path))


# --------------------------------------------------------------------------- contents

def test_the_contents_field_holds_its_entries_before_any_update(demo_documents):
    path = demo_documents["book-en"]
    doc = docx.Document(str(path))
    body = doc.element.body
    code = next(t for t in body.iter(qn("w:instrText")) if t.text.strip().startswith("TOC"))
    start = next(code.iterancestors(qn("w:p")))
    entries, paragraph = [], start
    while True:
        entries.append((layout.paragraph_style_name(doc, paragraph), layout.text(paragraph)))
        marks = [m.get(qn("w:fldCharType")) for m in paragraph.iter(qn("w:fldChar"))]
        if "end" in marks:
            break
        paragraph = paragraph.getnext()
    assert entries[0] == ("toc 1", "Scene-setter")  # what a principal reads first
    assert ("toc 1", "Schedule at a Glance") in entries
    assert ("toc 2", "Agenda") in entries
    assert ("toc 1", "I. Opening Session") in entries  # a session is a part of the book
    assert ("toc 2", "I.1 Welcome remarks by the Under Secretary for North America") in entries
    assert ("toc 1", "Annex C: Action-plan status report") in entries
    assert entries[-1] == ("toc 3", "Progress Since the Previous Plenary")
    assert all(words for _style, words in entries)


# --------------------------------------------------------------------------- widths and order

def _cells(table):
    """(width in points, [(line, bold, size)]) of each cell: bold by the heading style or
    Strong, 9 points in the small table styles."""
    for row in table.iterfind(qn("w:tr")):
        for cell in row.iterfind(qn("w:tc")):
            width = int(cell.find(f"{qn('w:tcPr')}/{qn('w:tcW')}").get(qn("w:w"))) / 20
            lines = []
            for p in cell.iter(qn("w:p")):
                style = p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
                strong = p.find(f".//{qn('w:rStyle')}")
                bold = (style is not None and "Heading" in style.get(qn("w:val"))) or (
                    strong is not None and strong.get(qn("w:val")) == "Strong")
                small = style is not None and "Small" in style.get(qn("w:val"))
                lines.append((layout.text(p), bold, 9 if small else 11))
            yield width, lines


_WHOLE = re.compile(r"@|^\+?[\d ()-]{7,}$|\d:\d\d")  # an address, a telephone number, a time


def test_column_widths_hold_addresses_numbers_and_times_unbroken(document):
    """Each e-mail address, telephone number and time range fits its column on one line,
    and no word is wider than its column (at the text's size, with the cell's margins)."""
    name, path = document
    doc = docx.Document(str(path))
    for table in doc.element.body.iter(qn("w:tbl")):
        for width, lines in _cells(table):
            for line, bold, size in lines:
                whole = [line] if _WHOLE.search(line) else line.split()
                for piece in whole:
                    needed = measure.text_width(piece, size, bold) + measure.CELL_PADDING
                    assert needed <= width + 0.5, f"{name}: {piece!r} in {width:.0f} pt"


@pytest.mark.parametrize("document_name", [
    "agenda-bilingual", "lists-bilingual", "contacts-bilingual", "report-bilingual",
    "book-bilingual"])
def test_each_copy_puts_its_own_language_on_the_left(demo_documents, mexican_documents,
                                                     document_name):
    def headers(path):
        out = []
        for table in docx.Document(str(path)).tables:
            cells = [c.text for c in table.rows[0].cells]
            if "English" in cells and "Español" in cells:
                out.append(cells.index("Español") < cells.index("English"))
        return out

    ours, theirs = headers(demo_documents[document_name]), headers(mexican_documents[document_name])
    assert ours
    assert not any(ours)  # the U.S. copy: English on the left
    assert theirs
    assert all(theirs)  # the Mexican copy: Spanish on the left


def test_the_mexican_communique_has_spanish_on_the_left(demo_documents):
    for copy, left in (("us", "English"), ("mx", "Español")):
        table = docx.Document(str(demo_documents[f"communique-{copy}-bilingual"])).tables[0]
        assert table.rows[0].cells[0].text == left
        first = table.rows[1].cells[0].text
        assert first.startswith("High-level" if copy == "us" else "Representantes")


# --------------------------------------------------------------------------- as LibreOffice lays it out

@pytest.mark.libreoffice
def test_libreoffice_lays_the_pages_out_as_meant(demo_documents, tmp_path):
    """Through LibreOffice: the contact sheet shows every address and number on one line,
    the agenda each time range, and the book's contents page lists its headings even
    though the conversion updates no field."""
    names = ["contacts-en", "contacts-es", "agenda-es", "agenda-bilingual", "book-en"]
    pdfs = to_pdf([demo_documents[n] for n in names], tmp_path)

    def lines(name):
        pdf = pdfs[demo_documents[name]]
        return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                              capture_output=True, text=True).stdout

    def one_line(words):
        return " ".join(words.replace("\u202f", " ").replace("\xa0", " ").split())

    for name in ("contacts-en", "contacts-es", "agenda-es", "agenda-bilingual"):
        shown = [one_line(line) for line in lines(name).splitlines()]
        doc = docx.Document(str(demo_documents[name]))
        wanted = {one_line(line) for table in doc.element.body.iter(qn("w:tbl"))
                  for _width, cell in _cells(table) for line, _bold, _size in cell
                  if _WHOLE.search(line)}
        assert wanted, name
        for words in wanted:
            assert any(words in line for line in shown), f"{name}: {words!r} broken"
    book = lines("book-en")
    start = book.index("Contents")
    contents = book[start:book.rindex("Schedule at a Glance")]  # up to its page, not its entry
    # A plain conversion updates no field: it shows the cached entries, as a viewer would.
    for entry in ("Scene-setter", "I.1 Welcome remarks by the Under Secretary",
                  "Annex C: Action-plan status report", "Progress Since the Previous Plenary"):
        assert entry in contents
