"""Importing a Mexican list whose women are written "Lic." or "Ing." (the same abbreviation
for a man and a woman in Spanish): the English documents must not call them "Mr."."""

import datetime as dt

import openpyxl

from bescapp.domain.people import display_name, honorific_code
from bescapp.importers.delegates import import_file
from bescapp.model.bilingual import Bilingual as B
from bescapp.model.entities import Person
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
