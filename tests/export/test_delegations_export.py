"""The delegation lists as a reader gets them: read back with python-docx, opened by LibreOffice."""

from types import SimpleNamespace

import docx
import pytest
from sqlalchemy import select

from bescapp.export import delegations as export
from bescapp.export.kit import ExportRefused, new_document
from bescapp.model.bilingual import Bilingual as B
from bescapp.model.entities import Meeting, Membership, Person
from tests.libreoffice import page_count, to_pdf

CANARIES = ("CANARY-NOTE-7731", "canary-mail@example.org", "+52 55 0000 7731",
            "CANARY-MEMBERSHIP-7731")


def plant_canaries(db):
    with db.transaction() as s:
        for person in s.scalars(select(Person)):
            person.internal_notes = B(CANARIES[0], CANARIES[0])
            person.email = CANARIES[1]
            person.phone = CANARIES[2]
        for m in s.scalars(select(Membership)):
            m.internal_notes = B(CANARIES[3], CANARIES[3])


def text_of(path):
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    for section in document.sections:
        parts += [p.text for p in section.header.paragraphs]
    return "\n".join(parts)


def tables_of(path):
    return [[[c.text for c in row.cells] for row in t.rows] for t in docx.Document(str(path)).tables]


@pytest.fixture
def written(demo_db, tmp_path):
    db, meeting_id = demo_db
    plant_canaries(db)
    out = {}
    with db.session() as s:
        for lang in ("en", "es", "bilingual"):
            out[lang] = export.write_delegations(s, meeting_id, lang, tmp_path / f"lists-{lang}.docx")
        out["contacts"] = export.write_delegations(s, meeting_id, "en", tmp_path / "contacts.docx",
                                                   contact_sheet=True)
    return out


def test_host_list_first_in_protocol_order_in_english(written):
    text = text_of(written["en"])
    assert text.index("Delegation of Mexico") < text.index("Delegation of the United States")
    mx, us = tables_of(written["en"])
    assert mx[0] == ["No.", "Name", "Title", "Agency"]
    assert mx[1][1] == "Dr. Jesús Seade Kuri\nHead of delegation"
    assert mx[2][1] == "Ms. María Fernanda López Hernández"
    assert mx[1][3] == "Ministry of Foreign Affairs (SRE)"
    assert us[1][1].startswith("Amb. Christopher Landau")
    assert us[2][1] == "Mr. James W. McCament\nCo-chair"
    assert "12th Plenary Meeting" in text


def test_declined_members_are_left_out(written):
    _mx, us = tables_of(written["en"])
    assert not any("Whitaker" in row[1] for row in us)
    assert [row[0] for row in us[1:]] == [str(n) for n in range(1, 10)]


def test_spanish_document_has_no_english_words(written):
    text = text_of(written["es"])
    mx, _us = tables_of(written["es"])
    assert mx[0] == ["Núm.", "Nombre", "Cargo", "Dependencia"]
    assert mx[1][1] == "Dr. Jesús Seade Kuri\nJefe de la delegación"
    assert mx[2][1] == "Sra. María Fernanda López Hernández"
    assert mx[2][2] == "Directora General para América del Norte"
    assert "Delegación de México" in text
    assert "XII Reunión Plenaria" in text
    for english in ("Delegation", "Head of delegation", "Ministry", "Name", "Title"):
        assert english not in text


def test_bilingual_side_by_side(written):
    text = text_of(written["bilingual"])
    assert "Delegation of Mexico / Delegación de México" in text
    mx, _us = tables_of(written["bilingual"])
    assert mx[0] == ["#", "English", "Español"]
    assert mx[2][1].startswith("Ms. María Fernanda López Hernández\nDirector General")
    assert mx[2][2].startswith("Sra. María Fernanda López Hernández\nDirectora General")


def test_shareable_lists_carry_no_contacts_or_notes(written):
    for lang in ("en", "es", "bilingual"):
        text = text_of(written[lang])
        for canary in CANARIES:
            assert canary not in text, (lang, canary)


def test_contact_sheet_has_contacts_but_never_notes(written):
    text = text_of(written["contacts"])
    assert "Delegation Contact Sheet" in text
    assert CANARIES[1] in text
    assert CANARIES[2] in text
    assert CANARIES[0] not in text
    assert CANARIES[3] not in text
    assert tables_of(written["contacts"])[0][0][-2:] == ["E-mail", "Phone"]


def test_earlier_plenary_uses_its_own_titles(demo_db, tmp_path):
    db, _ = demo_db
    with db.session() as s:
        eleventh = s.scalar(select(Meeting.id).where(Meeting.number == 11))
        path = export.write_delegations(s, eleventh, "en", tmp_path / "11.docx")
    us, _mx = tables_of(path)  # the 11th was hosted by the United States
    assert us[2][2] == "Deputy Director, Office of Mexican Affairs"


def test_builder_for_the_briefing_book_with_biographies(demo_db):
    db, meeting_id = demo_db
    doc = new_document(None, "es")
    with db.session() as s:
        meeting = s.get(Meeting, meeting_id)
        export.add_delegation_lists(doc, s, meeting, "es", biographies=True, heading_level=2)
    headings = [(p.style.name, p.text) for p in doc.paragraphs if p.style.name.startswith("Heading")]
    assert headings[0] == ("Heading 2", "Listas de las delegaciones")
    assert ("Heading 3", "Semblanzas") in headings
    assert any("Anfitrión de la XII Reunión Plenaria" in p.text for p in doc.paragraphs)


def test_empty_meeting_and_refusals(demo_db, tmp_path, capsys):
    db, _ = demo_db
    with db.session() as s:
        first = s.scalar(select(Meeting.id).where(Meeting.number == 1))
        path = export.write_delegations(s, first, "en", tmp_path / "empty.docx")
        assert text_of(path).count("No members yet.") == 2
        with pytest.raises(ExportRefused, match="no meeting with id 999"):
            export.write_delegations(s, 999, "en", tmp_path / "x.docx")
        with pytest.raises(ExportRefused, match="unknown language"):
            export.write_delegations(s, first, "fr", tmp_path / "x.docx")
        args = SimpleNamespace(meeting=first, document_language="es", output=str(tmp_path / "cli.docx"),
                               contact_sheet=False)
        assert export.export_from_cli(s, args) == [f"wrote {tmp_path / 'cli.docx'}"]


@pytest.mark.libreoffice
def test_libreoffice_opens_every_variant(written, tmp_path):
    pdfs = to_pdf(list(written.values()), tmp_path / "pdf")
    for pdf in pdfs.values():
        assert pdf.exists()
        assert page_count(pdf) >= 1


def test_any_pasted_name_exports_or_is_refused(tmp_path):
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from bescapp.domain.delegations import MemberInvalid, MembershipFields, PersonFields
    from bescapp.model.bilingual import Bilingual
    from bescapp.store import delegations as ops
    from bescapp.store.database import open_in_memory
    from bescapp.store.demo import load_demo

    db = open_in_memory()
    with db.transaction() as s:
        meeting_id = load_demo(s)
        person_id = ops.load_lists(s, meeting_id)[0].members[1].person_id
        base = ops.person_fields(s, person_id)

    @given(st.text(max_size=80), st.text(max_size=80))
    @settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    def check(given_names, title):
        fields = PersonFields(**{**base.__dict__, "given_names": given_names})
        try:
            with db.transaction() as s:
                ops.update_person(s, person_id, fields)
                membership = ops.load_lists(s, meeting_id)[0].members[1].membership_id
                ops.update_membership(s, membership, MembershipFields(
                    title=Bilingual(title, title)))
        except MemberInvalid:
            return
        with db.session() as s:
            path = export.write_delegations(s, meeting_id, "bilingual", tmp_path / "any.docx")
        mx, _us = tables_of(path)
        assert fields.cleaned().first_surname in mx[2][1]

    check()
    db.close()
