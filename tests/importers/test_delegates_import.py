"""Importing a delegation list: fixture spreadsheets are written here with openpyxl."""

import zipfile
from types import SimpleNamespace

import openpyxl
import pytest
from sqlalchemy import func, select

from bescapp.importers import delegates, table
from bescapp.importers.delegates import ImportProblem, import_file, plan_import, problem_message
from bescapp.importers.table import MAX_ROWS
from bescapp.model.entities import Meeting, Membership, Person
from bescapp.store import delegations as ops

SPANISH_HEADER = ["Orden", "Tratamiento", "Nombre(s)", "Apellido paterno", "Apellido materno",
                  "Cargo", "Dependencia", "Correo electrónico", "Teléfono", "Función",
                  "Comentarios"]
SPANISH_ROWS = [
    [1, "Sr.", "Marcelo", "Ebrard", "Casaubón", "Secretario de Relaciones Exteriores", "SRE",
     "me@sre.gob.mx", "+52 55 1234 5678", "Jefe de delegación", "x"],
    [2, "Sra.", "María Fernanda", "López", "Hernández",
     "Directora General para América del Norte", "SRE", "", "", "Miembro", ""],
    [3, "Ing.", "Ángel", "Núñez", "de la Garza", "Coordinador de Aduanas",
     "Servicio de Administración Tributaria", "", "",
     "Asesor", ""],
]


def write_xlsx(path, header, rows, *, merge=None, title_row=None):
    wb = openpyxl.Workbook()
    ws = wb.active
    if title_row:
        ws.append([title_row])
    ws.append(header)
    for row in rows:
        ws.append(row)
    if merge:
        ws.merge_cells(merge)
    wb.save(path)
    return path


def eleventh(db):
    with db.session() as s:
        return s.scalar(select(Meeting.id).where(Meeting.number == 11))


def count(db, model):
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_spanish_headers_accents_two_surnames_and_reuse(demo_db, tmp_path):
    db, _meeting_id = demo_db
    path = write_xlsx(tmp_path / "mx.xlsx", SPANISH_HEADER, SPANISH_ROWS)
    people_before = count(db, Person)
    first_meeting = _first_meeting(db)
    report, receipt = import_file(db, path, first_meeting, "mx")
    assert receipt is not None
    assert [e.outcome for e in report.entries] == ["add", "reuse", "add"]
    assert report.unknown_columns == ['K "Comentarios"']
    assert report.summary("es") == "2 nuevas, 1 registradas, 0 actualizadas, 0 con errores."
    assert count(db, Person) == people_before + 2
    with db.session() as s:
        mx = next(pl for pl in ops.load_lists(s, first_meeting) if pl.code == "MX")
        nunez = s.scalar(select(Person).where(Person.given_names == "Ángel"))
    assert [(m.given_names, m.first_surname, m.second_surname) for m in mx.members] == [
        ("Marcelo", "Ebrard", "Casaubón"), ("María Fernanda", "López", "Hernández"),
        ("Ángel", "Núñez", "de la Garza")]
    assert [m.role for m in mx.members] == ["head", "member", "advisor"]
    assert mx.members[2].agency_acronym == "SAT"
    assert mx.members[1].title.es == "Directora General para América del Norte"
    assert nunez.honorific == "ing"
    assert nunez.title.es == "Coordinador de Aduanas"


def _first_meeting(db):
    with db.session() as s:
        return s.scalar(select(Meeting.id).where(Meeting.number == 1))


def test_english_headers_full_name_and_order_column(demo_db, tmp_path):
    db, _ = demo_db
    path = write_xlsx(tmp_path / "us.xlsx", ["NAME", "Title", "Agency", "Role", "Order", "E-mail"], [
        ["Jane Q. Public", "Deputy Director", "CBP", "member", 2, "jane@cbp.dhs.gov"],
        ["John Roe", "Director", "Department of State", "Head of delegation", 1, ""],
    ], title_row="U.S. Delegation — 1st Plenary")
    meeting = _first_meeting(db)
    report, _ = import_file(db, path, meeting, "us")
    assert not report.has_errors
    with db.session() as s:
        us = next(pl for pl in ops.load_lists(s, meeting) if pl.code == "US")
    assert [(m.given_names, m.first_surname, m.agency_acronym) for m in us.members] == [
        ("John", "Roe", "DOS"), ("Jane Q.", "Public", "CBP")]
    assert us.members[1].email == "jane@cbp.dhs.gov"


def test_bad_rows_are_reported_by_row_and_nothing_is_saved(demo_db, tmp_path):
    db, _ = demo_db
    rows = [
        ["Ana", "Soto", "Asesora", "Asesor", "1"],
        ["", "Pérez", "Director", "Miembro", "2"],           # no given name
        ["Luis", "Vega", "Director", "Embajador del mar", "x"],  # role and order wrong
        ["Eva", "Ruiz", "Jefa", "Miembro", "1"],             # order used twice
        ["Ana", "Soto", "Asesora", "Asesor", "5"],           # same person twice
    ]
    path = write_xlsx(tmp_path / "bad.xlsx", ["Nombre", "Apellidos", "Puesto", "Función", "Orden"],
                      rows)
    meeting = _first_meeting(db)
    before = count(db, Membership), count(db, Person)
    report, receipt = import_file(db, path, meeting, "mx")
    assert receipt is None
    assert [e.row for e in report.errors] == [3, 4, 5, 6]
    lines = report.lines("en")
    assert lines[1] == "Row 3: Pérez: error (a given name and a first surname are required)"
    assert 'unknown role "Embajador del mar" in D4' in lines[2]
    assert 'the order "x" in E4 is not a whole number' in lines[2]
    assert "order 1 is also used in row 2" in lines[3]
    assert "the same person as row 2" in lines[4]
    assert "Fila 4" in report.lines("es")[2]
    assert "función desconocida" in report.lines("es")[2]
    assert (count(db, Membership), count(db, Person)) == before


def test_dry_run_changes_nothing(demo_db, tmp_path):
    db, _ = demo_db
    path = write_xlsx(tmp_path / "mx.xlsx", SPANISH_HEADER, SPANISH_ROWS)
    before = count(db, Membership), count(db, Person)
    report, receipt = import_file(db, path, _first_meeting(db), "mx", dry_run=True)
    assert receipt is None
    assert not report.has_errors
    assert (count(db, Membership), count(db, Person)) == before


def test_semicolon_csv_with_bom(demo_db, tmp_path):
    db, _ = demo_db
    path = tmp_path / "lista.csv"
    path.write_bytes("\ufeffNombre;Apellidos;Cargo;Institución\n"
                     "José Luis;Ramírez Ortega;Administrador General de Aduanas;SAT\n"
                     "Rocío;Ávila Muñoz;Subdirectora;\"Secretaría de Economía\"\n".encode())
    with db.session() as s:
        report = plan_import(s, path, _first_meeting(db), "mx")
    assert [e.outcome for e in report.entries] == ["reuse", "add"]
    assert report.entries[1].person.first_surname == "Ávila"
    assert report.entries[1].person.second_surname == "Muñoz"
    assert report.entries[1].person.agency_id is not None


def test_csv_comma_without_bom_and_windows_1252(demo_db, tmp_path):
    db, _ = demo_db
    path = tmp_path / "list.csv"
    path.write_bytes("Given names,Surname,Title\nRoberto,Peña,Jefe\n".encode("cp1252"))
    with db.session() as s:
        report = plan_import(s, path, _first_meeting(db), "mx")
    assert report.entries[0].person.first_surname == "Peña"
    assert report.lines()[-2] == "The file was read as Windows-1252 text (it is not UTF-8)."


def test_formulas_are_reported_never_evaluated(demo_db, tmp_path):
    db, _ = demo_db
    path = write_xlsx(tmp_path / "f.xlsx", ["Nombre", "Apellidos", "Cargo"], [
        ["Ana", "Soto", '=CONCATENATE("Dire","ctora")']])
    with db.session() as s:
        report = plan_import(s, path, _first_meeting(db), "mx")
    assert report.has_errors
    assert "cell C2 holds a formula (=CONCATENATE(" in report.lines()[0]
    # A CSV has no formulas, only text that a spreadsheet would run: kept as text, flagged
    # (tests/importers/test_hostile_files.py).


def test_merged_header_cells_are_refused(demo_db, tmp_path):
    db, _ = demo_db
    path = write_xlsx(tmp_path / "m.xlsx", ["Nombre", "Apellidos", "", "Cargo"],
                      [["Ana", "Soto", "Ruiz", "Jefa"]], merge="B1:C1")
    with db.session() as s, pytest.raises(ImportProblem) as caught:
        plan_import(s, path, _first_meeting(db), "mx")
    assert caught.value.row == 1
    assert problem_message(caught.value) == (
        "The header row has merged cells (B1:C1). Unmerge them so each column has its own header.")
    assert "celdas combinadas (B1:C1)" in problem_message(caught.value, "es")


def test_a_merged_title_banner_above_the_header_is_fine(demo_db, tmp_path):
    db, _ = demo_db
    path = write_xlsx(tmp_path / "t.xlsx", ["Nombre", "Apellidos"], [["Ana", "Soto"]],
                      merge="A1:B1", title_row="Delegación de México")
    with db.session() as s:
        report = plan_import(s, path, _first_meeting(db), "mx")
    assert report.entries[0].row == 3
    assert not report.has_errors


@pytest.mark.parametrize(("content", "name", "code"), [
    (b"%PDF-1.4 hello", "list.xlsx", "not_spreadsheet"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "locked.xlsx", "password"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "old.xls", "old_xls"),
    (b"", "empty.csv", "empty"),
    (b"\x00\x01\x02binary", "x.csv", "not_spreadsheet"),
    (b"PK\x03\x04garbage", "broken.xlsx", "not_spreadsheet"),
    (b"Nombre;Apellidos\n", "header-only.csv", "no_rows"),
    (b"a,b,c\n1,2,3\n", "nothing.csv", "no_header"),
])
def test_files_we_cannot_import_get_a_clear_message(demo_db, tmp_path, content, name, code):
    db, _ = demo_db
    path = tmp_path / name
    path.write_bytes(content)
    with db.session() as s, pytest.raises(ImportProblem) as caught:
        plan_import(s, path, _first_meeting(db), "mx")
    assert caught.value.code == code
    assert problem_message(caught.value, "en")
    assert problem_message(caught.value, "es")


def test_empty_workbook(demo_db, tmp_path):
    db, _ = demo_db
    path = tmp_path / "empty.xlsx"
    openpyxl.Workbook().save(path)
    with db.session() as s, pytest.raises(ImportProblem, match="empty"):
        plan_import(s, path, _first_meeting(db), "mx")


def test_fifty_thousand_rows_refused_after_reading_the_limit(demo_db, tmp_path, monkeypatch):
    db, _ = demo_db
    path = tmp_path / "huge.csv"
    path.write_text("Nombre,Apellidos\n" + "Ana,Soto\n" * 50_000, encoding="utf-8")
    read = []  # the rows the reader handed out: the refusal must not wait for all of them
    real_reader = table.csv.reader

    def counting_reader(*args, **kwargs):
        for row in real_reader(*args, **kwargs):
            read.append(row)
            yield row

    monkeypatch.setattr(table.csv, "reader", counting_reader)
    with db.session() as s, pytest.raises(ImportProblem) as caught:
        plan_import(s, path, _first_meeting(db), "mx")
    assert len(read) == MAX_ROWS + 2  # the header, the limit, and the one row too many
    assert problem_message(caught.value).startswith(f"The file has more than {MAX_ROWS:,} rows")
    assert "más de 5,000 filas" in problem_message(caught.value, "es")


def test_import_of_existing_members_updates_their_membership(demo_db, tmp_path):
    db, meeting_id = demo_db
    path = write_xlsx(tmp_path / "u.xlsx", ["Nombre", "Apellidos", "Cargo", "Asistencia"],
                      [["Lucía", "Rojas Fuentes", "Jefa de Departamento", "Confirmada"]])
    report, _receipt = import_file(db, path, meeting_id, "mx")
    assert report.entries[0].outcome == "update"
    with db.session() as s:
        mx = ops.load_lists(s, meeting_id)[0]
    assert len(mx.members) == 10
    assert mx.members[-1].first_surname == "Rojas"
    assert mx.members[-1].attendance == "confirmed"


def test_undo_and_redo_of_an_import(demo_db, tmp_path):
    db, _ = demo_db
    meeting = eleventh(db)
    path = write_xlsx(tmp_path / "mx.xlsx", SPANISH_HEADER, SPANISH_ROWS)
    with db.session() as s:
        before = [m.membership_id for m in ops.load_lists(s, meeting)[1].members]
    people = count(db, Person)
    _report, receipt = import_file(db, path, meeting, "mx")
    with db.transaction() as s:
        delegates.undo_import(s, receipt)
    with db.session() as s:
        assert [m.membership_id for m in ops.load_lists(s, meeting)[1].members] == before
    assert count(db, Person) == people
    with db.transaction() as s:
        delegates.redo_import(s, receipt)
    with db.session() as s:
        assert len(ops.load_lists(s, meeting)[1].members) == len(before) + 2
    assert count(db, Person) == people + 2


def test_command_line(demo_db, tmp_path, capsys):
    db, meeting_id = demo_db
    path = write_xlsx(tmp_path / "mx.xlsx", SPANISH_HEADER, SPANISH_ROWS)
    args = SimpleNamespace(file=str(path), meeting=_first_meeting(db), party="mx", dry_run=True)
    assert delegates.import_from_cli(db, args) == 0
    out = capsys.readouterr().out
    assert "Row 2: Marcelo Ebrard Casaubón: new person" in out
    assert "Dry run: nothing was saved." in out
    bad = tmp_path / "x.xlsx"
    bad.write_bytes(b"not a zip")
    args = SimpleNamespace(file=str(bad), meeting=meeting_id, party="us", dry_run=False)
    assert delegates.import_from_cli(db, args) == 1
    assert "This is not a spreadsheet" in capsys.readouterr().err


def test_encrypted_xlsx_detected_before_openpyxl(tmp_path):
    # A real encrypted workbook is an OLE container; a zip is never mistaken for one.
    path = tmp_path / "ok.xlsx"
    openpyxl.Workbook().save(path)
    assert zipfile.is_zipfile(path)


def test_update_keeps_what_the_file_does_not_say(demo_db, tmp_path):
    db, meeting_id = demo_db
    path = write_xlsx(tmp_path / "u.xlsx", ["Name", "Surname", "Role"],
                      [["Christopher", "Landau", "Head of delegation"]])
    report, _ = import_file(db, path, meeting_id, "us")
    assert report.lines()[0] == "Row 2: Christopher Landau: already on this list: updated from the file"
    with db.session() as s:
        landau = next(pl for pl in ops.load_lists(s, meeting_id) if pl.code == "US").members[0]
    assert landau.first_surname == "Landau"
    assert landau.precedence == 1
    assert landau.attendance == "confirmed"
    assert landau.is_host
    assert landau.title.en == "U.S. Ambassador to Mexico"


def test_fifty_thousand_row_workbook_refused_before_reading_it(demo_db, tmp_path, monkeypatch):
    db, _ = demo_db
    wb = openpyxl.Workbook(write_only=True)  # no <dimension>: openpyxl alone would scan it all
    ws = wb.create_sheet()
    ws.append(["Nombre", "Apellidos"])
    for i in range(50_000):
        ws.append([f"Ana {i}", "Soto Ruiz"])
    path = tmp_path / "huge.xlsx"
    wb.save(path)

    def parse_rows(*args, **kwargs):
        raise AssertionError("the sheet was parsed: the scan should have refused it first")

    monkeypatch.setattr(table, "_parse_rows", parse_rows)
    with db.session() as s, pytest.raises(ImportProblem) as caught:
        plan_import(s, path, _first_meeting(db), "mx")
    assert caught.value.code == "too_many_rows"
