"""The document kit: markings, page fields, TOC, clean text, row-by-row tables, atomic save."""

import os
import zipfile

import pytest
from docx import Document
from hypothesis import given, settings
from hypothesis import strategies as st

from bescapp.export import kit
from tests.libreoffice import page_count, to_pdf


def build(tmp_path, language="en"):
    doc = kit.new_document(language=language)
    kit.paragraph(doc, "Cover", "Title")
    kit.add_toc(doc, "Contents" if language == "en" else "Índice")
    for n in range(1, 4):
        kit.heading(doc, f"Section {n}", 1)
        kit.paragraph(doc, "Text " * 200)
    kit.bilingual_table(doc, [("Opening", "Apertura"), ("Closing", "Clausura")])
    kit.mark_every_page(doc, "SENSITIVE BUT UNCLASSIFIED", language)
    return kit.save_atomic(doc, tmp_path / f"kit-{language}.docx")


def test_marking_and_page_x_of_y_in_every_header_and_footer(tmp_path):
    path = build(tmp_path, "es")
    doc = Document(str(path))
    for section in doc.sections:
        assert section.header.paragraphs[0].text == "SENSITIVE BUT UNCLASSIFIED"
        assert section.footer.paragraphs[0].text == "SENSITIVE BUT UNCLASSIFIED"
        footer_xml = section.footer._element.xml
        assert "Página " in section.footer.paragraphs[1].text
        assert " PAGE " in footer_xml
        assert " NUMPAGES " in footer_xml


def test_toc_field_and_refresh_on_open(tmp_path):
    path = build(tmp_path)
    with zipfile.ZipFile(path) as z:
        assert 'TOC \\o "1-2"' in z.read("word/document.xml").decode()
        assert "updateFields" in z.read("word/settings.xml").decode()


def test_bilingual_table_side_by_side(tmp_path):
    doc = Document(str(build(tmp_path)))
    rows = [[c.text for c in r.cells] for r in doc.tables[0].rows]
    assert rows == [["English", "Español"], ["Opening", "Apertura"], ["Closing", "Clausura"]]


def test_spanish_proofing_language(tmp_path):
    with zipfile.ZipFile(build(tmp_path, "es")) as z:
        assert 'w:val="es-MX"' in z.read("word/styles.xml").decode()


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=0, max_size=200))
def test_any_pasted_text_is_written_or_cleaned(tmp_path_factory, text):
    folder = tmp_path_factory.mktemp("any")
    doc = kit.new_document()
    kit.paragraph(doc, text)
    path = kit.save_atomic(doc, folder / "any.docx")
    expected = kit.clean(text)
    read_back = "\n".join(p.text for p in Document(str(path)).paragraphs)
    assert read_back.replace("\n", "") == expected.replace("\n", "")


def test_clean_removes_control_characters_visibly():
    assert kit.clean("Port\x00 of\x1b entry\r\nline") == "Port of entry\nline"


def test_save_to_a_missing_folder_says_so(tmp_path):
    with pytest.raises(kit.ExportError, match="folder does not exist"):
        kit.save_atomic(kit.new_document(), tmp_path / "nowhere" / "x.docx")


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores folder permissions")
def test_save_to_a_read_only_folder_keeps_the_old_file(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    old = folder / "agenda.docx"
    old.write_bytes(b"PK\x03\x04 old")
    folder.chmod(0o500)
    try:
        with pytest.raises(kit.ExportError):
            kit.save_atomic(kit.new_document(), old)
        assert old.read_bytes() == b"PK\x03\x04 old"
    finally:
        folder.chmod(0o700)


def test_failed_save_leaves_earlier_file_and_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "book.docx"
    target.write_bytes(b"PK\x03\x04 earlier book")  # a zip, as a .docx is
    doc = kit.new_document()

    def broken_save(path):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(doc, "save", broken_save)
    with pytest.raises(kit.ExportError, match="the disk is full") as e:
        kit.save_atomic(doc, target)
    assert e.value.code == "disk_full"
    assert target.read_bytes() == b"PK\x03\x04 earlier book"
    assert [p.name for p in tmp_path.iterdir()] == ["book.docx"]


@pytest.mark.libreoffice
def test_libreoffice_opens_kit_documents(tmp_path):
    docs = [build(tmp_path, "en"), build(tmp_path, "es")]
    pdfs = to_pdf(docs, tmp_path / "pdf")
    for pdf in pdfs.values():
        assert pdf.exists()
        assert page_count(pdf) >= 2
