"""THE security test: internal text reaches the briefing book and no shareable export.

A distinctive canary is planted in every internal free-text field the model declares
(``fields.every(internal=True, text=True)``: a field declared tomorrow is planted too,
without editing this test), on every row, in both languages, and in a background
paper; then every part of every shareable .docx — body, headers, footers, comments,
properties — is searched.
"""

import dataclasses
import datetime as dt
import importlib
import io
import zipfile

import pytest
from docx import Document
from sqlalchemy import select

from bescapp.export.briefing_book import write_briefing_book
from bescapp.model import fields
from bescapp.model.bilingual import Bilingual
from bescapp.model.entities import ActionLine, AgendaItem, Attachment, Membership, Person
from bescapp.store.actions import LineRow
from bescapp.store.agenda import SHARED_TEXTS, ItemRow
from bescapp.store.delegations import MemberRow

PAPER_CANARY = "CANARYPAPERQ"
PLANTED = fields.every(internal=True, text=True)
# Internal fields that hold no text to plant, and how this test covers each.
NOT_TEXT = {
    "Attachment.content": "the background paper carries PAPER_CANARY",
    "Attachment.position": "a number: the order of the papers",
    "Attachment.added_at": "a date the book does not print",
    "Person.is_sample": "a flag: the demo's own bookkeeping",
    "DatabaseSettings.signing_key": "bytes no document reads; tests/exchange/"
                                    "test_package_content.py checks no package holds them",
    "DatabaseSettings.counterpart_key": "the other side's public key, bytes no document reads",
    "PackageLog.content": "the packages exchanged, as JSON: only the exchange reads it",
    "Paragraph.conformity_at": "a date no document prints; the communiqué's refusal of a clean "
                               "text names the paragraphs, never who checked or when",
    "Person.photo": "a picture: test_photos_reach_the_book_and_no_shareable_export",
    "VisitEvent.position": "a number: the order of the visit schedule",
    "VisitEvent.day": "a number: the visit's day, printed as a date in the book only",
    "VisitEvent.start_time": "a time: the canaries in its title and notes stand for the row",
    "VisitEvent.end_time": "a time: the canaries in its title and notes stand for the row",
    "VisitEvent.kind": "a code: the book words it (Arrival, Pull-aside ...)",
    "Clearance.position": "a number: the order of the clearances",
    "Clearance.role": "a code: drafted or cleared, worded on the book's cover",
    "Clearance.date": "a date: the canaries in its name and office stand for the row",
}
# Every edited row's version counter (model/entities.version_column): a number no
# document prints, the same on every versioned entity.
NOT_TEXT.update({f.label: "a number: the row's version counter" for f in fields.every()
                 if f.name == "row_version"})
# Internal fields the book itself does not print, and why.
NOT_IN_THE_BOOK = {
    "DatabaseSettings.handling_marking": "the default a new meeting copies; the book prints "
                                         "the meeting's own marking",
    "Paragraph.conformity_by": "who checked a paragraph's two texts: the Communiqué "
                               "workspace shows it, no document prints it",
    "Paragraph.notes": "notes on a communiqué paragraph (the counterpart's comments): the "
                       "Communiqué workspace shows them, no document prints them",
    "Term.variants": "the termbase's accepted variants: only the termbase check reads them",
}


def canary(index: int, lang: str = "") -> str:
    return f"CANARY{index:02d}{lang.upper()}Q"


def planted_canaries() -> dict[str, str]:
    """Each canary and the field it was planted in, e.g. {"CANARY03ENQ": "AgendaItem.background"}."""
    found = {}
    for index, f in enumerate(PLANTED):
        for lang in ("en", "es", ""):
            found[canary(index, lang)] = f.label
    return found


def canary_value(index: int, f: fields.Field):
    if f.bilingual:
        return Bilingual(f"{canary(index, 'en')} internal", f"{canary(index, 'es')} interno")
    if f.name == "email":
        return f"{canary(index).lower()}@example.org"
    if f.name == "phone":
        return f"{canary(index)} 555 0100"
    if f.name == "filename":
        return f"{canary(index)}.docx"
    return canary(index)


def test_every_internal_field_is_planted_or_says_how_it_is_covered():
    not_text = {f.label for f in fields.every(internal=True, text=False)}
    assert not_text == set(NOT_TEXT), "say how this test covers a new internal field"
    planted = {f.label for f in PLANTED}
    assert {"AgendaItem.objective", "AgendaItem.talking_points", "AgendaItem.background",
            "AgendaItem.desired_outcome", "AgendaItem.counterpart_position", "AgendaItem.if_asked",
            "Meeting.scene_setter", "Meeting.objectives", "Meeting.likely_asks",
            "Meeting.desired_outcome", "Meeting.press_guidance", "Meeting.if_asked",
            "VisitEvent.title", "VisitEvent.place", "VisitEvent.who", "VisitEvent.notes",
            "Clearance.name", "Clearance.office",
            "Person.email", "Person.phone", "Person.internal_notes",
            "Membership.internal_notes", "ActionLine.internal_notes",
            "Meeting.handling_marking", "Attachment.filename"} <= planted
    assert {f.label for f in fields.every() if f.personal} <= planted


def _paper() -> bytes:
    doc = Document()
    doc.add_paragraph(f"Background paper {PAPER_CANARY}")
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


@pytest.fixture
def planted(demo_db):
    db, meeting_id = demo_db
    with db.transaction() as session:
        item = session.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id,
                                                        AgendaItem.kind == "item")).first()
        session.add(Attachment(agenda_item_id=item.id, filename="paper.docx", content=_paper(),
                               added_at=dt.datetime(2020, 3, 1)))
        session.flush()
        for index, f in enumerate(PLANTED):
            rows = session.scalars(select(f.entity)).all()
            assert rows, f"the demo has no {f.entity.__name__} to plant {f.label} in"
            for row in rows:
                setattr(row, f.name, canary_value(index, f))
    return db, meeting_id


def every_part(path) -> str:
    """Every part of the package, as text: body, headers, footers, notes, properties."""
    with zipfile.ZipFile(path) as package:
        return "\n".join(package.read(name).decode("utf-8", errors="replace")
                         for name in package.namelist())


def shareable_exports():
    """(label, module, writer name, keyword arguments) of every shareable document."""
    return [
        ("agenda", "agenda", "write_agenda", {}),
        ("delegations", "delegations", "write_delegations", {"contact_sheet": False}),
        ("actions", "actions", "write_status_report", {"internal": False}),
        ("communique-us", "communique", "write_communique", {"copy": "us"}),
        ("communique-mx", "communique", "write_communique", {"copy": "mx"}),
    ]


@pytest.mark.parametrize("language", ["en", "es", "bilingual"])
def test_the_briefing_book_carries_every_internal_field(planted, tmp_path, language):
    db, meeting_id = planted
    with db.session() as session:
        path = write_briefing_book(session, meeting_id, language, tmp_path / "book.docx")
    text = every_part(path).lower()
    langs = ("en", "es") if language == "bilingual" else (language,)
    missing = []
    for index, f in enumerate(PLANTED):
        if f.label in NOT_IN_THE_BOOK:
            continue
        wanted = [canary(index, lang) for lang in langs] if f.bilingual else [canary(index)]
        if not all(token.lower() in text for token in wanted):
            missing.append(f.label)
    assert missing == [], f"internal fields missing from the book: {missing}"
    assert PAPER_CANARY.lower() in text


@pytest.mark.parametrize("language", ["en", "es", "bilingual"])
@pytest.mark.parametrize(("label", "module", "writer", "options"), shareable_exports())
def test_no_shareable_export_carries_internal_text(planted, tmp_path, language, label, module,
                                                   writer, options):
    try:
        write = getattr(importlib.import_module(f"bescapp.export.{module}"), writer)
    except (ImportError, AttributeError):
        pytest.skip(f"bescapp.export.{module}.{writer} does not exist yet")
    db, meeting_id = planted
    with db.session() as session:
        path = write(session, meeting_id, language, tmp_path / f"{label}.docx", **options)
    text = every_part(path).lower()
    leaked = sorted({field for c, field in planted_canaries().items() if c.lower() in text})
    assert leaked == [], f"{label} ({language}) leaks internal fields: {leaked}"
    assert PAPER_CANARY.lower() not in text
    assert "canary" not in text


@pytest.mark.parametrize("language", ["en", "bilingual"])
def test_photos_reach_the_book_and_no_shareable_export(demo_db, tmp_path, language):
    """The demo's two photographs are printed in the book (as pictures of the package) and
    in no shareable document, whose packages hold no picture at all."""
    db, meeting_id = demo_db
    with db.session() as session:
        photos = [p for p in session.scalars(select(Person.photo)) if p]
        assert len(photos) == 2
        book = write_briefing_book(session, meeting_id, language, tmp_path / "book.docx")
        with zipfile.ZipFile(book) as package:
            pictures = [package.read(n) for n in package.namelist() if n.startswith("word/media/")]
        assert sorted(pictures) == sorted(photos)
        for label, module, writer, options in shareable_exports():
            write = getattr(importlib.import_module(f"bescapp.export.{module}"), writer)
            path = write(session, meeting_id, language, tmp_path / f"{label}.docx", **options)
            with zipfile.ZipFile(path) as package:
                media = [n for n in package.namelist() if n.startswith("word/media/")]
                parts = b"".join(package.read(n) for n in package.namelist())
            assert media == [], f"{label} carries a picture"
            assert not any(photo[100:164] in parts for photo in photos), label


def test_the_rows_shareable_documents_read_hold_no_internal_field():
    """The joint agenda, the status report and the lists read these rows: an internal field
    the model declares is not among them (the lists' contact details only for the contact
    sheet, an internal document; ``is_sample`` is a flag the documents never print)."""
    item_row = set(ItemRow._fields) | set(SHARED_TEXTS)
    assert item_row & set(fields.names(AgendaItem, internal=True)) == set()
    assert set(LineRow._fields) & set(fields.names(ActionLine, internal=True)) == set()
    member_row = {f.name for f in dataclasses.fields(MemberRow)}
    internal = set(fields.names(Person, internal=True)) | set(fields.names(Membership,
                                                                           internal=True))
    assert member_row & internal == {"email", "phone", "is_sample"}
