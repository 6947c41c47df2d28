"""Word files we are sent: zip bombs, declarations in any part and encoding, fields and
links that reach outside, papers that cannot be merged.

Anything that could take the machine's memory runs in a child process under
RLIMIT_AS, so a regression fails there instead of swapping the test machine.
"""

import datetime as dt
import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from docx import Document

from bescapp.export import briefing_book as book
from bescapp.export.safe_docx import PaperProblem, check_package, fields, make_inert
from bescapp.export.template import TemplateProblem, check_docx_bytes, validate_template
from bescapp.model.entities import AgendaItem, Attachment

ROOT = Path(__file__).resolve().parents[2]
MEMORY_LIMIT = 300 * 1024 * 1024  # address space of the whole child, Python included

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def plain_docx(text="A plain letterhead") -> bytes:
    doc = Document()
    doc.add_paragraph(text)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def replaced(data: bytes, part: str, content: bytes | None, *, extra: dict | None = None) -> bytes:
    """A copy of the .docx ``data`` with ``part`` replaced (None: kept) and parts added."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as old, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            body = old.read(info)
            new.writestr(info.filename, content if info.filename == part and content is not None else body)
        for name, body in (extra or {}).items():
            new.writestr(name, body)
    return out.getvalue()


def document_xml(body: str) -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:document {W} {R}><w:body>{body}<w:sectPr/></w:body></w:document>').encode()


def streamed_bomb(path: Path, repeat: bytes, times: int) -> Path:
    """A .docx whose document.xml repeats ``repeat`` ``times`` times, written a block at a
    time so the test itself stays small."""
    template = plain_docx()
    with zipfile.ZipFile(io.BytesIO(template)) as old, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            if info.filename != "word/document.xml":
                new.writestr(info.filename, old.read(info))
        with new.open("word/document.xml", "w", force_zip64=True) as part:
            part.write(f'<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>'.encode())
            block = repeat * 100_000
            for _ in range(times // 100_000):
                part.write(block)
            part.write(b"<w:sectPr/></w:body></w:document>")
    return path


def bounded(code: str, timeout: float = 60) -> dict:
    """Run ``code`` in a child process limited to MEMORY_LIMIT; it prints one JSON line."""
    program = (f"import resource\nresource.setrlimit(resource.RLIMIT_AS, ({MEMORY_LIMIT}, "
               f"{MEMORY_LIMIT}))\n" + code)
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True,
                          timeout=timeout, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


CHECK_TEMPLATE = """
import json, sys, time
from bescapp.export.template import TemplateProblem, validate_template
start = time.monotonic()
try:
    validate_template(sys.argv[1] if len(sys.argv) > 1 else {path!r})
    outcome = {{"code": None, "message": ""}}
except TemplateProblem as e:
    outcome = {{"code": e.code, "message": str(e)}}
peak = [int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmPeak")][0]
outcome.update(seconds=time.monotonic() - start, peak_kb=peak)
print(json.dumps(outcome))
"""


# --------------------------------------------------------------------------- 1. zip limits

def test_thirty_million_empty_paragraphs_are_refused_in_seconds_and_little_memory(tmp_path):
    path = streamed_bomb(tmp_path / "letterhead.docx", b"<w:p/>", 30_000_000)
    assert path.stat().st_size < 1024 * 1024  # a small file ...
    outcome = bounded(CHECK_TEMPLATE.format(path=str(path)))
    assert outcome["code"] == "paragraphs"  # ... refused for what it holds, not its size
    assert "more than 200,000 paragraphs" in outcome["message"]
    assert "25 MB" not in outcome["message"]


def test_a_part_that_unpacks_beyond_100_mb_is_refused_as_such(tmp_path):
    path = tmp_path / "padded.docx"
    path.write_bytes(replaced(plain_docx(), "word/document.xml", None))
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as z, \
            z.open("word/media/padding.bin", "w", force_zip64=True) as part:
        for _ in range(120):
            part.write(b"\0" * (1024 * 1024))
    assert path.stat().st_size < 1024 * 1024
    outcome = bounded(CHECK_TEMPLATE.format(path=str(path)))
    assert outcome["code"] == "unpacked"
    assert "larger than 100 MB" in outcome["message"]


def test_a_paragraph_bomb_attached_as_a_background_paper_is_a_preflight_entry(tmp_path):
    path = streamed_bomb(tmp_path / "paper.docx", b"<w:p/>", 5_000_000)
    code = f"""
import datetime as dt, json
from pathlib import Path
from bescapp.export import briefing_book as book
from bescapp.store.database import open_in_memory
from bescapp.store.demo import load_demo
from bescapp.model.entities import AgendaItem, Attachment
db = open_in_memory()
with db.transaction() as s:
    meeting_id = load_demo(s)
    item = s.query(AgendaItem).filter(AgendaItem.meeting_id == meeting_id).first()
    s.add(Attachment(agenda_item_id=item.id, filename="paper.docx", position=0,
                     content=Path({str(path)!r}).read_bytes(), added_at=dt.datetime(2020, 3, 1)))
with db.session() as s:
    entries = [e.text("en") for e in book.preflight_entries(s, meeting_id, "en")
               if e.kind == "damaged_annex"]
    book.write_briefing_book(s, meeting_id, "en", Path({str(tmp_path / "book.docx")!r}))
print(json.dumps({{"entries": entries}}))
"""
    outcome = bounded(code, timeout=120)
    assert outcome["entries"] == [outcome["entries"][0]]
    assert "paper.docx cannot be included (more than 200,000 paragraphs)" in outcome["entries"][0]
    text = [p.text for p in Document(str(tmp_path / "book.docx")).paragraphs]
    assert ("This background paper could not be included: more than 200,000 paragraphs."
            in text)


def test_a_zip_listing_a_hundred_thousand_members_is_refused_before_listing_them(tmp_path):
    path = tmp_path / "many.docx"
    path.write_bytes(replaced(plain_docx(), "word/document.xml", None))
    with zipfile.ZipFile(path, "a") as z:
        for n in range(100_000):
            z.writestr(zipfile.ZipInfo(f"x/{n}"), b"")
    outcome = bounded(CHECK_TEMPLATE.format(path=str(path)))
    assert outcome["code"] == "too_many_parts"


def test_an_ordinary_document_of_many_paragraphs_passes():
    doc = Document()
    for n in range(2000):
        doc.add_paragraph(f"Paragraph {n}")
    buffer = io.BytesIO()
    doc.save(buffer)
    check_package(buffer.getvalue(), "long.docx", PaperProblem)


def test_a_paper_bomb_is_refused_at_the_attach_check_with_what_is_too_large(tmp_path):
    data = streamed_bomb(tmp_path / "p.docx", b"<w:p/>", 300_000).read_bytes()
    with pytest.raises(PaperProblem) as e:
        check_package(data, "p.docx", PaperProblem)
    assert str(e.value) == ("The background paper p.docx was refused: it has more than "
                            "200,000 paragraphs.")


# --------------------------------------------------------------------------- 2. reaching outside

DOCTYPE = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>'


@pytest.mark.parametrize(("part", "encoded"), [
    ("word/media/image1.png", DOCTYPE.encode()),  # whatever its name says
    ("customXml/item1.xml", DOCTYPE.encode("utf-16-le")),  # UTF-16 without a byte-order mark
    ("word/settings.xml", DOCTYPE.encode("utf-16-be")),
    ("word/styles.xml", b"\xfe\xff" + DOCTYPE.encode("utf-16-be")),  # with one
    ("word/fontTable.xml", b"\xef\xbb\xbf" + DOCTYPE.encode()),
    ("word/footer9.xml", (("<x>" + " " * 2_000_000) + "</x>" + DOCTYPE[21:]).encode()),  # late
])
def test_a_declaration_in_any_part_in_any_encoding_is_refused(part, encoded):
    data = plain_docx()
    if part in zipfile.ZipFile(io.BytesIO(data)).namelist():
        data = replaced(data, part, encoded)
    else:
        data = replaced(data, "", None, extra={part: encoded})
    with pytest.raises(TemplateProblem) as e:
        check_docx_bytes(data, "t.docx")
    assert e.value.code == "entities"
    assert part in str(e.value)


def test_a_part_in_an_encoding_outside_utf8_and_utf16_is_refused():
    utf7 = b'<?xml version="1.0" encoding="UTF-7"?>+ADw-!DOCTYPE x+AD4-<x/>'
    data = replaced(plain_docx(), "", None, extra={"word/glossary.xml": utf7})
    with pytest.raises(TemplateProblem) as e:
        check_docx_bytes(data, "t.docx")
    assert e.value.code == "encoding"
    assert "UTF-7" in str(e.value)


FIELDS = {
    "simple": '<w:p><w:fldSimple w:instr=" INCLUDEPICTURE &quot;http://x.example/a.png&quot; '
              '\\d "><w:r><w:t>cached</w:t></w:r></w:fldSimple></w:p>',
    "split": '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
             '<w:r><w:instrText xml:space="preserve"> INCLU</w:instrText></w:r>'
             '<w:r><w:instrText>DETEXT "\\\\\\\\server\\\\share\\\\x.docx" </w:instrText></w:r>'
             '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>cached</w:t></w:r>'
             '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>',
    "ddeauto": '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
               '<w:r><w:instrText> ddeauto c:\\\\windows\\\\system32\\\\cmd.exe "/k calc"</w:instrText>'
               '</w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>cached</w:t></w:r></w:p>',
    "nested": '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
              '<w:r><w:instrText>QUOTE </w:instrText></w:r>'
              '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
              '<w:r><w:instrText>LINK Excel.Sheet.8 "c:\\\\b.xls" "A1" \\a</w:instrText></w:r>'
              '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>cached</w:t></w:r>'
              '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
              '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>',
}


@pytest.mark.parametrize("kind", sorted(FIELDS))
def test_a_template_with_a_fetching_field_is_refused(kind, tmp_path):
    path = tmp_path / "letterhead.docx"
    path.write_bytes(replaced(plain_docx(), "word/document.xml", document_xml(FIELDS[kind])))
    with pytest.raises(TemplateProblem) as e:
        validate_template(path)
    assert e.value.code == "field"
    assert "word/document.xml" in str(e.value)


def test_page_and_toc_fields_are_fine_in_a_template():
    page = ('<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE '
            '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
            '<w:fldSimple w:instr=" NUMPAGES "/></w:p>')
    check_docx_bytes(replaced(plain_docx(), "word/document.xml", document_xml(page)), "t.docx")


LINKED_PICTURE = ('<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/'
                  'drawingml/2006/wordprocessingDrawing"><a:graphic xmlns:a="http://schemas.'
                  'openxmlformats.org/drawingml/2006/main"><a:graphicData><a:blip r:link="rIdOut"/>'
                  '</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'
                  '<w:r><w:t>after the picture</w:t></w:r></w:p>')


def with_outside_link(rel_type="image") -> bytes:
    data = plain_docx()
    rels = zipfile.ZipFile(io.BytesIO(data)).read("word/_rels/document.xml.rels")
    rels = rels.replace(b"</Relationships>", (
        f'<Relationship Id="rIdOut" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        f'relationships/{rel_type}" Target="http://tracker.example/pixel.png" '
        f'TargetMode="External"/></Relationships>').encode())
    data = replaced(data, "word/_rels/document.xml.rels", rels)
    return replaced(data, "word/document.xml", document_xml(LINKED_PICTURE))


@pytest.mark.parametrize("rel_type", ["image", "hyperlink"])  # a "hyperlink" fetched as a picture
def test_a_template_with_an_outside_picture_is_refused(rel_type):
    with pytest.raises(TemplateProblem) as e:
        check_docx_bytes(with_outside_link(rel_type), "t.docx")
    assert e.value.code == "external"
    assert "http://tracker.example/pixel.png" in str(e.value)


def test_a_macro_document_says_so_without_a_python_object(tmp_path):
    data = plain_docx()
    types = zipfile.ZipFile(io.BytesIO(data)).read("[Content_Types].xml").replace(
        b"wordprocessingml.document.main+xml", b"ms-word.document.macroEnabled.main+xml")
    path = tmp_path / "minutes.docm"
    path.write_bytes(replaced(data, "[Content_Types].xml", types))
    with pytest.raises(TemplateProblem) as e:
        validate_template(path)
    assert e.value.code == "macro"
    assert "macros (.docm)" in str(e.value)
    assert " object at 0x" not in str(e.value)


def test_a_folder_given_as_a_template_says_it_is_a_folder(tmp_path):
    (tmp_path / "letterhead.docx").mkdir()
    with pytest.raises(TemplateProblem) as e:
        validate_template(tmp_path / "letterhead.docx")
    assert str(e.value) == "The template letterhead.docx is a folder, not a Word document."


# --------------------------------------------------------------------------- papers made inert

def paper_reaching_out() -> bytes:
    body = "".join(FIELDS.values()) + LINKED_PICTURE + "<w:p><w:r><w:t>Paper's own words</w:t></w:r></w:p>"
    return replaced(with_outside_link(), "word/document.xml", document_xml(body))


def test_make_inert_keeps_the_results_and_drops_what_fetches():
    paper = Document(io.BytesIO(paper_reaching_out()))
    removed = make_inert(paper)
    assert "http://tracker.example/pixel.png" in removed
    assert {"INCLUDEPICTURE", "INCLUDETEXT", "DDEAUTO", "LINK"} <= set(removed)
    xml = paper.element.xml
    for word in ("INCLUDEPICTURE", "INCLUDETEXT", "ddeauto", "LINK", "rIdOut"):
        assert word not in xml
    assert [f.keyword() for f in fields(paper.element)] == ["QUOTE"]  # harmless ones stay
    text = [p.text for p in paper.paragraphs]
    assert "cached" in text  # a field's last result stays, as Word's "unlink" leaves it
    assert "Paper's own words" in text
    assert "after the picture" in text


def test_the_book_merges_a_paper_without_anything_word_would_fetch(demo_db, tmp_path):
    db, meeting_id = demo_db
    with db.transaction() as session:
        item = session.query(AgendaItem).filter(AgendaItem.meeting_id == meeting_id).first()
        session.add(Attachment(agenda_item_id=item.id, filename="risky.docx", position=0,
                               content=paper_reaching_out(), added_at=dt.datetime(2020, 3, 1)))
    with db.session() as session:
        assert [e for e in book.preflight_entries(session, meeting_id, "en")
                if e.kind in ("damaged_annex", "annex_not_merged")] == []
        path = book.write_briefing_book(session, meeting_id, "en", tmp_path / "book.docx")
    data = path.read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert b"updateFields" in z.read("word/settings.xml")  # Word updates fields on opening,
        everything = b"".join(z.read(n) for n in z.namelist())
    assert b"tracker.example" not in everything  # ... and none of them fetches anything
    check_docx_bytes(data, "book.docx")  # the template checks find nothing that reaches out
    assert "Paper's own words" in [p.text for p in Document(str(path)).paragraphs]


# --------------------------------------------------------------------------- 3. cannot be merged

def unmergeable_paper() -> bytes:
    """A paper python-docx opens but docxcompose cannot merge: a link to a missing relationship."""
    body = ('<w:p><w:hyperlink r:id="rIdMissing"><w:r><w:t>dangling link</w:t></w:r>'
            '</w:hyperlink></w:p>')
    return replaced(plain_docx(), "word/document.xml", document_xml(body))


def test_a_paper_that_cannot_be_merged_is_a_preflight_entry(demo_db, tmp_path):
    Document(io.BytesIO(unmergeable_paper()))  # Word-readable as far as python-docx goes
    db, meeting_id = demo_db
    with db.transaction() as session:
        item = session.query(AgendaItem).filter(AgendaItem.meeting_id == meeting_id).first()
        session.add(Attachment(agenda_item_id=item.id, filename="dangling.docx", position=0,
                               content=unmergeable_paper(), added_at=dt.datetime(2020, 3, 1)))
        item_id = item.id
    with db.session() as session:
        entries = [e for e in book.preflight_entries(session, meeting_id, "en")
                   if e.kind == "annex_not_merged"]
        assert [(e.entity_id, e.values["file"]) for e in entries] == [(item_id, "dangling.docx")]
        assert "dangling.docx cannot be merged into the briefing book" in entries[0].text("en")
        assert "no puede integrarse a la carpeta informativa" in entries[0].text("es")
        with pytest.raises(book.PreflightRefused):
            book.write_briefing_book(session, meeting_id, "en", tmp_path / "strict.docx", strict=True)
        path = book.write_briefing_book(session, meeting_id, "en", tmp_path / "book.docx")
    text = [p.text for p in Document(str(path)).paragraphs]
    assert "This background paper could not be included: open it in Word and save it again." in text
    assert "dangling link" not in text  # nothing half-merged is left behind


def test_a_paper_is_examined_once_per_content(monkeypatch):
    calls = []
    real = book._open_paper
    monkeypatch.setattr(book, "_open_paper", lambda content: calls.append(1) or real(content))
    content = plain_docx("remember me")
    assert book.merge_problem(content, "a.docx") == ""
    assert book.merge_problem(content, "a.docx") == ""
    assert len(calls) == 1


def test_a_paper_the_book_failed_to_merge_is_listed_from_then_on(monkeypatch):
    import docxcompose.composer

    content = plain_docx("fine by every check")
    assert book.merge_problem(content, "a.docx") == ""

    def refuse(self, _doc, **_k):
        raise ValueError("docxcompose could not")

    monkeypatch.setattr(docxcompose.composer.Composer, "append", refuse)
    doc = book.kit.new_document()
    with pytest.raises(book._NotMerged):
        book._merge(doc, None, content)
    assert book.merge_problem(content, "a.docx") == "open it in Word and save it again"


def test_a_bounded_child_imports_the_exporter():  # guard for the bounded children
    assert bounded("import json, bescapp.export.briefing_book\nprint(json.dumps({}))") == {}
