"""THE security test: internal text reaches the briefing book and no shareable export.

A distinctive canary is planted in every field listed in INTERNAL_FIELDS (on every
row, in both languages) and in a background paper; then every part of every
shareable .docx — body, headers, footers, comments, properties — is searched.
"""

import datetime as dt
import importlib
import io
import zipfile

import pytest
from docx import Document
from sqlalchemy import select

from bescapp.export.briefing_book import write_briefing_book
from bescapp.model.bilingual import Bilingual
from bescapp.model.entities import INTERNAL_FIELDS, AgendaItem, Attachment

PAPER_CANARY = "CANARYPAPERQ"


def canary(index: int, lang: str = "") -> str:
    return f"CANARY{index:02d}{lang.upper()}Q"


def planted_canaries() -> dict[str, str]:
    """Each canary and the field it was planted in, e.g. {"CANARY03ENQ": "AgendaItem.background"}."""
    found = {}
    for index, (cls, attr) in enumerate(INTERNAL_FIELDS):
        for lang in ("en", "es", ""):
            found[canary(index, lang)] = f"{cls.__name__}.{attr}"
    return found


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
        for index, (cls, attr) in enumerate(INTERNAL_FIELDS):
            for row in session.scalars(select(cls)):
                if isinstance(getattr(row, attr), Bilingual):
                    value = Bilingual(f"{canary(index, 'en')} internal", f"{canary(index, 'es')} interno")
                elif attr == "email":
                    value = f"{canary(index).lower()}@example.org"
                else:
                    value = f"{canary(index)} 555 0100" if attr == "phone" else canary(index)
                setattr(row, attr, value)
        item = session.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id,
                                                        AgendaItem.kind == "item")).first()
        session.add(Attachment(agenda_item_id=item.id, filename="paper.docx", content=_paper(),
                               added_at=dt.datetime(2020, 3, 1)))
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
    for index, (cls, attr) in enumerate(INTERNAL_FIELDS):
        two_languages = f"{attr}_en" in cls.__table__.c
        wanted = [canary(index, lang) for lang in langs] if two_languages else [canary(index)]
        if not all(token.lower() in text for token in wanted):
            missing.append(f"{cls.__name__}.{attr}")
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
