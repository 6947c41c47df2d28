"""The status report read back as a reader sees it, in English, Spanish and both."""

import datetime as dt
from argparse import Namespace

import pytest
from docx import Document

from bescapp.export import actions as report
from bescapp.export.kit import ExportRefused
from bescapp.model.bilingual import Bilingual
from bescapp.model.entities import ActionLine, LineStatus
from bescapp.store import actions as store
from tests.libreoffice import page_count, to_pdf

ENGLISH_STATUS = ["Not started", "On track", "At risk", "Delayed", "Completed", "Cancelled"]
SPANISH_STATUS = ["Sin iniciar", "En curso", "En riesgo", "Retrasada", "Concluida",
                  "Cancelada"]  # they agree with "línea de acción"
CANARY = "CANARY-internal-7731"


def text_of(path):
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    for section in doc.sections:
        parts += [p.text for p in section.header.paragraphs + section.footer.paragraphs]
    return "\n".join(parts)


def tables_of(path):
    return [[[c.text for c in row.cells] for row in t.rows] for t in Document(str(path)).tables]


@pytest.fixture
def planted(demo_db):
    """The demo with canary text in a line's internal notes."""
    db, meeting_id = demo_db
    with db.transaction() as session:
        line = session.query(ActionLine).filter_by(code="PS-1").one()
        line.internal_notes = Bilingual(f"{CANARY} en", f"{CANARY} es")
    return db, meeting_id


def write(db, meeting_id, language, path, **kw):
    with db.session() as session:
        return report.write_status_report(session, meeting_id, language, path, **kw)


def test_english_report_outline(planted, tmp_path):
    db, meeting_id = planted
    text = text_of(write(db, meeting_id, "en", tmp_path / "en.docx"))
    assert "Action Plans: Status Report" in text
    assert "Status as of March 4, 2020" in text
    assert "Progress Since the Previous Plenary" in text
    assert "after the 11th Plenary Meeting (April 10, 2019) and up to March 4, 2020" in text
    assert "17 status updates on 11 lines." in text
    assert "Lines completed in this period: POE-1." in text
    summary = tables_of(tmp_path / "en.docx")[0]
    assert summary[0] == ["Action plan", *ENGLISH_STATUS, "Total", "Overdue"]
    assert summary[1][0] == "POE — Ports-of-Entry Infrastructure"
    assert summary[1][1:] == ["0", "2", "0", "1", "1", "0", "4", "1"]
    assert summary[-1] == ["Total", "1", "5", "2", "2", "1", "0", "11", "2"]


def test_lines_table_per_plan(planted, tmp_path):
    db, meeting_id = planted
    tables = tables_of(write(db, meeting_id, "en", tmp_path / "en.docx"))
    poe = tables[1]
    assert [row[0] for row in poe] == ["Line", "POE-1", "POE-2", "POE-3", "POE-4"]
    assert poe[3][1:] == ["Modernization of the Calexico West-Mexicali I crossing, phase two",
                          "GSA / INDAABIN", "Jan. 31, 2020 (overdue)", "Delayed", "40%",
                          "Jan. 28, 2020"]


def test_spanish_report_speaks_spanish(planted, tmp_path):
    db, meeting_id = planted
    text = text_of(write(db, meeting_id, "es", tmp_path / "es.docx"))
    assert "Planes de acción: informe de avance" in text
    assert "Situación al 4 de marzo de 2020" in text
    assert "Avances desde la reunión plenaria anterior" in text
    assert "XI Reunión Plenaria (10 de abril de 2019)" in text
    assert "31 ene. 2020 (vencida)" in text  # the month with its period (RAE)
    for status in SPANISH_STATUS[:5]:
        assert status in text
    for status in ENGLISH_STATUS:
        assert status not in text, status
    assert "Status" not in text
    assert "Progress" not in text
    assert "Overdue" not in text
    assert "Página" in text


def test_internal_notes_never_in_a_shareable_report(planted, tmp_path):
    db, meeting_id = planted
    for language in ("en", "es", "bilingual"):
        text = text_of(write(db, meeting_id, language, tmp_path / f"{language}.docx"))
        assert CANARY not in text
        assert "Toll revenue" not in text
        assert "Internal" not in text
        assert "Notas internas" not in text


def test_internal_report_carries_the_notes_and_says_so(planted, tmp_path):
    db, meeting_id = planted
    text = text_of(write(db, meeting_id, "es", tmp_path / "int.docx", internal=True))
    assert f"{CANARY} es" in text
    assert f"{CANARY} en" not in text
    assert "INTERNO: incluye notas internas. No compartir." in text
    assert "NOTAS INTERNAS" in text  # on every page


def test_bilingual_report_side_by_side(planted, tmp_path):
    db, meeting_id = planted
    path = write(db, meeting_id, "bilingual", tmp_path / "bi.docx")
    text = text_of(path)
    assert "Action Plans: Status Report / Planes de acción: informe de avance" in text
    assert "Total / Total" not in text
    poe = tables_of(path)[1]
    assert poe[0][1:3] == ["English", "Español"]
    assert poe[1][2] == "Ampliación del cruce fronterizo San Ysidro-El Chaparral"
    assert "Completed / Concluida" in poe[1]  # it agrees with "línea de acción"


def test_as_of_an_earlier_meeting_uses_the_history(planted, tmp_path):
    db, _ = planted
    with db.session() as session:
        from bescapp.model.entities import Meeting
        eleventh = session.query(Meeting).filter_by(number=11).one().id
    tables = tables_of(write(db, eleventh, "en", tmp_path / "11.docx"))
    poe = tables[1]
    # POE-4 was created on the day of the 11th plenary; TTF-4 (2020) did not exist yet.
    assert [row[0] for row in poe[1:]] == ["POE-1", "POE-2", "POE-3", "POE-4"]
    assert "TTF-4" not in [row[0] for table in tables for row in table]
    rows = {row[0]: row for row in poe[1:]}
    assert "POE-1" in rows
    assert rows["POE-1"][4:6] == ["On track", "80%"]  # completed only in November 2019


def test_a_new_update_shows_in_the_report(planted, tmp_path):
    db, meeting_id = planted
    with db.transaction() as session:
        line_id = session.query(ActionLine).filter_by(code="TTF-3").one().id
        store.add_update(session, line_id, store.UpdateFields(
            dt.date(2020, 3, 1), LineStatus.DELAYED, 26, Bilingual("Slipped.", "Se retrasó.")),
            today=dt.date(2020, 3, 1))
    text = text_of(write(db, meeting_id, "es", tmp_path / "es.docx"))
    assert "Se retrasó." in text
    assert "18 actualizaciones en 11 líneas." in text


def test_unknown_meeting_and_language_are_refused(planted, tmp_path):
    db, meeting_id = planted
    with pytest.raises(ExportRefused, match="no meeting with id 999"):
        write(db, 999, "en", tmp_path / "x.docx")
    with pytest.raises(ExportRefused, match="unknown language"):
        write(db, meeting_id, "fr", tmp_path / "x.docx")
    assert not (tmp_path / "x.docx").exists()


def test_cli_entry(planted, tmp_path):
    db, meeting_id = planted
    args = Namespace(meeting=meeting_id, document_language="es", output=str(tmp_path / "cli.docx"),
                     internal=True)
    with db.session() as session:
        assert report.export_from_cli(session, args) == [f"wrote {tmp_path / 'cli.docx'}"]
    assert CANARY in text_of(tmp_path / "cli.docx")


def test_briefing_book_can_reuse_the_builder(planted):
    from bescapp.export import kit
    from bescapp.model.entities import Meeting

    db, meeting_id = planted
    doc = kit.new_document(None, "en")
    with db.session() as session:
        report.add_status_report(doc, session, session.get(Meeting, meeting_id), "en",
                                 heading_level=2)
    assert doc.paragraphs[0].style.name == "Heading 2"
    assert len(doc.tables) == 5


@pytest.mark.libreoffice
def test_libreoffice_opens_every_version(planted, tmp_path):
    db, meeting_id = planted
    docs = [write(db, meeting_id, lang, tmp_path / f"report-{lang}{'-int' if internal else ''}.docx",
                  internal=internal)
            for lang in ("en", "es", "bilingual") for internal in (False, True)]
    pdfs = to_pdf(docs, tmp_path / "pdf")
    for doc, pdf in pdfs.items():
        assert pdf.exists(), doc
        assert page_count(pdf) >= 2
