"""`--pdf`: the PDF a desk officer distributes, beside the Word file, through LibreOffice.

LibreOffice updates the table of contents (its entries become links in the PDF) and
turns the headings into bookmarks; without LibreOffice the Word file is still written
and the message says why there is no PDF.
"""

import datetime as dt
import re

import pytest

from bescapp.cli import main
from bescapp.export import pdf
from bescapp.model.bilingual import Bilingual as B
from bescapp.store import agenda, meetings
from bescapp.store.database import open_database


@pytest.fixture
def prepared(fresh_path):
    """A database made by `init`, with one meeting and a session holding an item."""
    path, _side = fresh_path
    db = open_database(path)
    try:
        with db.transaction() as session:
            meeting = meetings.create_meeting(session, meetings.MeetingFields(
                number=13, start_date=dt.date(2026, 5, 6), end_date=dt.date(2026, 5, 6),
                city=B("Washington, D.C.", "Washington, D.C."), host_party="US"))
            opening = agenda.add_item(session, meeting, None, 0, agenda.ItemFields(
                kind="session", title=B("Opening session", "Sesión de apertura")))
            agenda.add_item(session, meeting, opening, 0, agenda.ItemFields(
                title=B("Welcome remarks", "Palabras de bienvenida")))
    finally:
        db.close()
    return path, meeting


def bookmarks(data: bytes) -> list[str]:
    """The PDF's outline titles (LibreOffice writes them as UTF-16 hex strings)."""
    titles = re.findall(rb"/Title\s*<FEFF([0-9A-Fa-f]*)>", data)
    return [bytes.fromhex(t.decode()).decode("utf-16-be") for t in titles]


def links(data: bytes) -> int:
    return len(re.findall(rb"/Subtype\s*/Link", data))


def test_without_libreoffice_the_word_file_is_written_and_the_command_says_why(
        prepared, tmp_path, capsys, monkeypatch):
    path, meeting = prepared
    monkeypatch.setattr(pdf, "find_office", lambda: None)
    output = tmp_path / "programa.docx"
    code = main(["--language", "es", "export", "agenda", "--database", str(path),
                 "--meeting", str(meeting), "--language", "es", "-o", str(output), "--pdf"])
    out, err = capsys.readouterr()
    assert code == 1
    assert f"se escribió {output}" in out.lower() or str(output) in out
    assert "LibreOffice no está instalado" in err
    assert str(output) in err
    assert output.is_file()
    assert not output.with_suffix(".pdf").exists()


def test_libreoffice_that_cannot_convert_leaves_the_word_file_and_no_partial_pdf(
        prepared, tmp_path, capsys, monkeypatch):
    path, meeting = prepared
    broken = tmp_path / "soffice"
    broken.write_text("#!/bin/sh\nexit 0\n")
    broken.chmod(0o755)
    monkeypatch.setattr(pdf, "find_office", lambda: pdf.Office(broken, None))
    output = tmp_path / "agenda.docx"
    code = main(["export", "agenda", "--database", str(path), "--meeting", str(meeting),
                 "--language", "en", "-o", str(output), "--pdf"])
    err = capsys.readouterr().err
    assert code == 1
    assert "LibreOffice could not convert" in err
    assert "it wrote nothing" in err
    assert output.is_file()
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix != ".db") == ["agenda.docx", "soffice"]


@pytest.mark.libreoffice
def test_the_pdf_has_its_contents_filled_and_a_bookmark_per_heading(prepared, tmp_path, capsys):
    if pdf.find_office() is None:
        pytest.fail("LibreOffice is not installed (CI installs libreoffice-writer-nogui)")
    path, meeting = prepared
    output = tmp_path / "carpeta.docx"
    code = main(["export", "briefing-book", "--database", str(path), "--meeting", str(meeting),
                 "--language", "es", "-o", str(output), "--pdf"])
    out, err = capsys.readouterr()
    assert code == 0, err
    written = output.with_suffix(".pdf")
    assert f"wrote {written}" in out
    data = written.read_bytes()
    assert data.startswith(b"%PDF")
    titles = bookmarks(data)
    assert any("Sesión de apertura" in t for t in titles), titles
    assert any("Palabras de bienvenida" in t for t in titles), titles
    # The contents were updated: each of its entries is a link to its page (an index
    # LibreOffice did not update has none).
    assert links(data) >= 2
    assert not list(tmp_path.glob(".~lock*"))
    assert not list(tmp_path.glob("*.partial"))
