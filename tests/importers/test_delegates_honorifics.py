"""Importing a Mexican list whose women are written "Lic." or "Ing." (the same abbreviation
for a man and a woman in Spanish): the English documents must not call them "Mr."."""

import datetime as dt

import openpyxl

from bescapp.domain.delegations import PersonFields
from bescapp.domain.people import display_name, honorific_code
from bescapp.importers.delegates import import_file
from bescapp.model.bilingual import Bilingual as B
from bescapp.model.entities import Person
from bescapp.store import delegations as ops
from bescapp.store.meetings import MeetingFields, create_meeting


def test_lic_and_ing_follow_a_womans_spanish_title(fresh_db, tmp_path):
    db, _side = fresh_db
    with db.transaction() as session:
        meeting_id = create_meeting(session, MeetingFields(
            number=13, start_date=dt.date(2027, 3, 10), end_date=dt.date(2027, 3, 10),
            city=B("Mexico City", "Ciudad de México"), host_party="MX"))
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Tratamiento", "Nombre", "Apellido paterno", "Cargo", "Dependencia"])
    for row in (("Lic.", "Ana Luisa", "Fajardo", "Subsecretaria de Gobernación", "SEGOB"),
                ("Ing.", "Claudia", "Núñez", "Directora General", "Aduanas"),
                ("Lic.", "Jorge", "Ramírez", "Director de Área", "SRE"),
                ("Ing.", "Pablo", "Soto", "Jefe de Departamento", "SRE"),
                ("Lic.", "Alex", "Mora", "", "SRE")):
        ws.append(row)
    wb.save(tmp_path / "mx.xlsx")
    import_file(db, tmp_path / "mx.xlsx", meeting_id, "mx")
    with db.session() as session:
        names = sorted(display_name(p, "en") for p in session.query(Person))
    assert names == ["Mr. Alex Mora", "Mr. Jorge Ramírez", "Mr. Pablo Soto",
                     "Ms. Ana Luisa Fajardo", "Ms. Claudia Núñez"]


def test_the_code_for_a_written_honorific_and_title():
    assert honorific_code("Lic.", "Subsecretaria") == "lica"
    assert honorific_code("Ing.", "Asesora") == "inga"
    assert honorific_code("Ing.", "Asesor") == "ing"
    assert honorific_code("Licenciado", "Subsecretaria") == "lic"  # spelled out: as written
    assert honorific_code("Sr.", "Directora") == "mr"  # only the shared abbreviations
    assert honorific_code("Lic.") == "lic"


def test_a_person_on_file_joins_the_list_with_the_title_and_agency_on_file(fresh_db, tmp_path):
    """A row naming only someone already on file: the membership keeps their title and
    agency as of this meeting, so a later promotion does not rewrite this meeting's list."""
    db, _side = fresh_db
    with db.transaction() as session:
        meeting_id = create_meeting(session, MeetingFields(
            number=13, start_date=dt.date(2027, 3, 10), end_date=dt.date(2027, 3, 10),
            city=B("Mexico City", "Ciudad de México"), host_party="MX"))
        mx = ops.party_by_code(session, "MX")
        sre = next(a.id for a in ops.agencies(session, mx.id) if a.acronym == "SRE")
        person_id = ops.create_person(session, PersonFields(
            given_names="Ana", first_surname="Vidal", agency_id=sre,
            title=B("Director General", "Directora General")))
    wb = openpyxl.Workbook()
    wb.active.append(["Nombre", "Apellido paterno"])
    wb.active.append(["Ana", "Vidal"])
    wb.save(tmp_path / "mx.xlsx")
    report, _receipt = import_file(db, tmp_path / "mx.xlsx", meeting_id, "mx")
    assert [e.outcome for e in report.entries] == ["reuse"]
    with db.transaction() as session:
        ops.update_person(session, person_id, PersonFields(
            given_names="Ana", first_surname="Vidal", title=B("Under Secretary", "Subsecretaria")))
    with db.session() as session:
        member = next(pl for pl in ops.load_lists(session, meeting_id) if pl.code == "MX").members[0]
    assert (member.given_names, member.title.es, member.agency_acronym) == (
        "Ana", "Directora General", "SRE")
