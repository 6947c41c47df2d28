"""Every refusal the core raises is worded from the catalogue in the messages language
(``catalogue.use``, which ``bescapp --language es`` sets): the communiqué store's, a
paragraph pattern's, the zip scan's, and the few words saying why a background paper is
left out (pre-flight on the command line, the note in a Spanish book)."""

import datetime as dt
import io
import zipfile

import pytest
from docx import Document

from bescapp.cli import main
from bescapp.domain.communique import PatternProblem, fill
from bescapp.export import briefing_book
from bescapp.i18n import catalogue
from bescapp.model.bilingual import Bilingual
from bescapp.store import agenda
from bescapp.store import communique as store
from bescapp.store.agenda import ItemFields
from bescapp.store.meetings import MeetingFields, create_meeting
from bescapp.zip_limits import MB, ZipLimits, ZipProblem, scan_zip


@pytest.fixture
def meeting(fresh_path):
    from bescapp.store.database import open_database

    path, _side = fresh_path
    db = open_database(path)
    with db.transaction() as s:
        meeting_id = create_meeting(s, MeetingFields(
            number=13, start_date=dt.date(2027, 3, 1), end_date=dt.date(2027, 3, 1),
            city=Bilingual("Washington", "Washington"), host_party="US"))
    yield db, meeting_id, path
    db.close()


def test_the_communique_stores_refusals_in_spanish(meeting):
    db, meeting_id, _path = meeting
    catalogue.use("es")
    with db.transaction() as s, pytest.raises(store.CommuniqueProblem) as caught:
        store.save_version(s, meeting_id, "")
    assert str(caught.value) == "Dé una etiqueta a la versión, p. ej. «Rev. 2 — propuesta de EUA»."
    with db.transaction() as s, pytest.raises(store.CommuniqueProblem) as caught:
        store.add_paragraph(s, 999)
    assert str(caught.value) == "No hay ninguna reunión con el identificador 999."
    too_long = store.Reason(store.Refusal.TEXT_TOO_LONG,
                            {"paragraph": 3, "lang": "es", "length": 12345, "limit": 8000})
    assert too_long.text() == ("Párrafo 3: el texto en español tiene 12,345 caracteres; "
                               "un párrafo admite como máximo 8,000.")
    assert too_long.text("en") == ("Paragraph 3: the Spanish text is 12,345 characters long; "
                                   "a paragraph holds at most 8,000.")


def test_a_pattern_that_cannot_be_filled_in_spanish():
    catalogue.use("es")
    with pytest.raises(PatternProblem) as caught:
        fill("opening", Bilingual("In {city}.", "En {ciudad}."), {"city": "Ottawa"})
    assert str(caught.value) == ("El patrón de párrafo «opening» (español) tiene un marcador "
                                 "desconocido {ciudad}. Marcadores conocidos: {city}.")
    with pytest.raises(PatternProblem) as caught:
        fill("x", Bilingual("A {city", "B"), {"city": "Ottawa"})
    assert str(caught.value) == ("El patrón de párrafo «x» (inglés) no se puede llenar: hay una "
                                 "llave fuera de lugar. Escriba las llaves literales como {{ y }}.")
    assert caught.value.text("en") == ("The paragraph pattern “x” (English) cannot be filled: a "
                                       "brace is out of place. Write literal braces as {{ and }}.")


def _zip(**members: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def test_the_zip_scans_refusals_in_spanish():
    catalogue.use("es")
    with pytest.raises(ZipProblem) as caught:
        scan_zip(b"not a zip at all", ZipLimits())
    assert str(caught.value) == "El archivo no es un archivo zip."
    with pytest.raises(ZipProblem) as caught:
        scan_zip(_zip(**{"a.xml": b'<!DOCTYPE x [<!ENTITY e "x">]><x/>'}), ZipLimits())
    assert str(caught.value) == "a.xml declara un DOCTYPE o una ENTITY, lo cual es inseguro."
    with pytest.raises(ZipProblem) as caught:
        scan_zip(_zip(**{"a.xml": b"<x/>" * 300_000}), ZipLimits(archive=MB))
    assert str(caught.value) == "El archivo zip pesa más de 1 MB."
    assert caught.value.text("en") == "The archive is larger than 1 MB."
    with pytest.raises(ZipProblem) as caught:
        scan_zip(_zip(**{"a.xml": b"<p/>" * 20_000}), ZipLimits(elements={"p": 12_000}))
    assert str(caught.value) == ("El archivo zip contiene más de 12,000 elementos «p» "
                                 "(se alcanzó en a.xml).")


def test_a_damaged_paper_is_left_out_in_the_users_language(meeting, tmp_path, capsys):
    db, meeting_id, path = meeting
    with db.transaction() as s:
        item_id = agenda.add_item(s, meeting_id, None, 0, ItemFields(
            title=Bilingual("Welcome", "Bienvenida"), duration_minutes=20))
        agenda.add_attachment(s, item_id, "roto.docx", b"PK\x03\x04nothing", dt.datetime(2027, 2, 1))
    out = tmp_path / "libro.docx"
    with db.session() as s:
        briefing_book.write_briefing_book(s, meeting_id, "es", out)
        entries = briefing_book.preflight_entries(s, meeting_id, "es")
    text = [p.text for p in Document(str(out)).paragraphs]
    assert "Este documento de antecedentes no pudo incluirse: no es un documento de Word." in text
    damaged = next(e for e in entries if e.kind == "damaged_annex")
    assert damaged.text("es").endswith("roto.docx no puede incluirse (no es un documento de Word).")
    assert damaged.text("en").endswith("roto.docx cannot be included (not a Word document).")
    assert main(["--language", "es", "export", "briefing-book", "--database", str(path),
                 "--meeting", str(meeting_id), "--strict", "-o", str(tmp_path / "b.docx")]) == 1
    assert "roto.docx no puede incluirse (no es un documento de Word)." in capsys.readouterr().err
