"""Every file a staffer is sent is refused or read safely.

Each hostile file is made here, small on disk. The ones that could make the importer
balloon run through the command line in a child whose address space is capped
(``bounded.run_bounded``: 300 MB over its start), so a regression fails instead of
taking the machine; each must end within seconds, exit 1 (or 0 for a file that is
fine once read safely) and say what is too large."""

from __future__ import annotations

import codecs
import io
import re
import zipfile

import openpyxl
import pytest

from bescapp.cli import main as cli_main
from bescapp.importers import table
from bescapp.importers.delegates import ImportProblem, plan_import, problem_message
from bescapp.model.bilingual import Bilingual
from bescapp.store.database import open_database, open_in_memory
from bescapp.store.meetings import MeetingFields, create_meeting
from tests.importers.bounded import run_bounded


@pytest.fixture
def meeting_db(tmp_path):
    """A database made by ``init`` with one meeting; yields (path, meeting id)."""
    path = tmp_path / "list.db"
    assert cli_main(["init", "--database", str(path), "--side", "us"]) == 0
    db = open_database(path)
    with db.transaction() as session:
        meeting_id = create_meeting(session, MeetingFields(city=Bilingual("Laredo", "Laredo")))
    db.close()
    return path, meeting_id


@pytest.fixture
def memory_db():
    db = open_in_memory()
    with db.transaction() as session:
        meeting_id = create_meeting(session, MeetingFields(city=Bilingual("Laredo", "Laredo")))
    yield db, meeting_id
    db.close()


def import_bounded(meeting_db, path):
    db_path, meeting_id = meeting_db
    return run_bounded(["import", "delegates", str(path), "--meeting", str(meeting_id),
                        "--party", "mx", "--dry-run", "--database", str(db_path)])


def plan(memory_db, path):
    db, meeting_id = memory_db
    with db.session() as session:
        return plan_import(session, path, meeting_id, "mx")


def refusal(memory_db, path) -> ImportProblem:
    with pytest.raises(ImportProblem) as caught:
        plan(memory_db, path)
    assert problem_message(caught.value, "es")  # worded in both languages
    return caught.value


def small_workbook() -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Nombre", "Apellidos", "Cargo"])
    ws.append(["Ana", "Soto Ruiz", "Directora"])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def rewrite(workbook: bytes, path, replace: dict[str, bytes | None] | None = None,
            add: dict[str, bytes] | None = None, *, level: int = 9):
    """A copy of ``workbook`` with some parts replaced (or dropped, None) and others added."""
    replace, add = replace or {}, add or {}
    with zipfile.ZipFile(io.BytesIO(workbook)) as source, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as target:
        for info in source.infolist():
            if info.filename in replace:
                if replace[info.filename] is not None:
                    target.writestr(info.filename, replace[info.filename])
            else:
                target.writestr(info, source.read(info))
        for name, data in add.items():
            target.writestr(name, data)
    return path


def sheet_xml(workbook: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(workbook)) as z:
        return z.read("xl/worksheets/sheet1.xml")


def assert_clean(outcome, code: int = 1):
    assert outcome.code == code, outcome.err
    assert "unexpected error" not in outcome.err
    assert "Traceback" not in outcome.err
    assert "object at 0x" not in outcome.err + outcome.out


# --------------------------------------------------------------------------- declared size

def test_a_sheet_declaring_a_million_rows_and_16384_columns_is_read_as_it_is(meeting_db, tmp_path):
    data = small_workbook()
    xml = re.sub(rb'<dimension ref="[^"]+"', b'<dimension ref="A1:XFD1048576"', sheet_xml(data))
    # A formatted empty cell in the far corner, as a sheet formatted "all over" has.
    xml = xml.replace(b"</sheetData>", b'<row r="1048576"><c r="XFD1048576" s="0"/></row>'
                                       b"</sheetData>")
    assert xml.count(b"XFD1048576") == 2
    path = rewrite(data, tmp_path / "declared.xlsx", {"xl/worksheets/sheet1.xml": xml})
    assert path.stat().st_size < 10_000

    outcome = import_bounded(meeting_db, path)

    assert_clean(outcome, code=0)
    assert "Row 2: Ana Soto Ruiz: new person" in outcome.out


def test_a_value_beyond_the_200th_column_is_refused_by_name(memory_db, tmp_path):
    data = small_workbook()
    xml = sheet_xml(data).replace(b"</row></sheetData>",
                                  b'<c r="XFD2" t="inlineStr"><is><t>x</t></is></c>'
                                  b"</row></sheetData>")
    problem = refusal(memory_db, rewrite(data, tmp_path / "wide.xlsx",
                                         {"xl/worksheets/sheet1.xml": xml}))
    assert problem.code == "too_many_columns"
    assert problem_message(problem) == (
        "Row 2 has a value in column XFD, beyond the first 200 columns; a delegation list has "
        "far fewer. Delete the extra columns.")


def test_a_csv_row_wider_than_200_columns_is_refused(memory_db, tmp_path):
    path = tmp_path / "wide.csv"
    path.write_text("Nombre,Apellidos\nAna,Soto" + "," * 300 + "x\n", encoding="utf-8")
    assert refusal(memory_db, path).code == "too_many_columns"


def test_rows_far_apart_are_not_filled_in(memory_db, tmp_path):
    data = small_workbook()
    xml = sheet_xml(data).replace(
        b"</sheetData>", b'<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>Luis</t></is>'
                         b'</c><c r="B1048576" t="inlineStr"><is><t>Mora</t></is></c></row>'
                         b"</sheetData>")
    report = plan(memory_db, rewrite(data, tmp_path / "far.xlsx",
                                     {"xl/worksheets/sheet1.xml": xml}))
    assert [e.row for e in report.entries] == [2, 1_048_576]


# --------------------------------------------------------------------------- zip bombs

def test_a_sheet_unpacking_past_50_mb_is_refused_naming_the_part(meeting_db, tmp_path):
    data = small_workbook()
    xml = sheet_xml(data).replace(b"<sheetData>", b"<sheetData>" + b" " * (60 * 1024 * 1024))
    path = rewrite(data, tmp_path / "bomb.xlsx", {"xl/worksheets/sheet1.xml": xml})
    assert path.stat().st_size < 200_000

    outcome = import_bounded(meeting_db, path)

    assert_clean(outcome)
    assert "xl/worksheets/sheet1.xml unpacks to 60 MB (at most 50 MB)" in outcome.message
    assert "25 MB" not in outcome.message


def test_a_part_packed_more_than_200_times_is_refused_as_a_zip_bomb(meeting_db, tmp_path):
    data = small_workbook()
    xml = sheet_xml(data).replace(b"<sheetData>", b"<sheetData>" + b" " * (40 * 1024 * 1024))
    path = rewrite(data, tmp_path / "ratio.xlsx", {"xl/worksheets/sheet1.xml": xml})

    outcome = import_bounded(meeting_db, path)

    assert_clean(outcome)
    assert re.search(r"xl/worksheets/sheet1.xml unpacks to 40 MB from \d+ KB", outcome.message)
    assert "zip bomb" in outcome.message


def test_a_zip_that_lies_about_its_sizes_is_read_only_as_far_as_it_claims(meeting_db, tmp_path):
    """The central directory says 1 KB; the part really unpacks to 60 MB."""
    data = small_workbook()
    big = sheet_xml(data).replace(b"<sheetData>", b"<sheetData>" + b" " * (60 * 1024 * 1024))
    path = rewrite(data, tmp_path / "liar.xlsx", {"xl/worksheets/sheet1.xml": big})
    raw = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as z:
        info = z.getinfo("xl/worksheets/sheet1.xml")
    real = info.file_size.to_bytes(4, "little")
    forged = (1024).to_bytes(4, "little")
    assert raw.count(real) >= 2  # local header and central directory
    path.write_bytes(bytes(raw).replace(real, forged))

    outcome = import_bounded(meeting_db, path)

    assert_clean(outcome)
    assert "This is not a spreadsheet bescapp can read" in outcome.message


def test_the_workbook_as_a_whole_has_a_limit(memory_db, tmp_path, monkeypatch):
    monkeypatch.setattr(table, "MAX_UNPACKED_BYTES", 300_000)
    parts = {f"customXml/item{i}.xml": bytes(range(256)) * 500 for i in range(3)}  # 128 KB each
    path = rewrite(small_workbook(), tmp_path / "total.xlsx", add=parts)
    problem = refusal(memory_db, path)
    assert problem.code == "unpacked_too_large"
    assert problem_message(problem).startswith("The workbook unpacks to ")


def test_a_zip_of_too_many_entries_is_refused(memory_db, tmp_path):
    parts = {f"junk/{i}.xml": b"" for i in range(1001)}
    problem = refusal(memory_db, rewrite(small_workbook(), tmp_path / "many.xlsx", add=parts))
    assert problem_message(problem) == (
        "The workbook is made of 1,010 parts (at most 1,000 are read); this is not an ordinary "
        "Excel file.")


def test_too_many_shared_strings_are_refused(meeting_db, tmp_path):
    strings = b"".join(b"<si><t>%d</t></si>" % (i * 7919 % 1_000_003) for i in range(300_000))
    sst = (b'<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
           b'2006/main">' + strings + b"</sst>")
    data = small_workbook()
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        has_sst = "xl/sharedStrings.xml" in z.namelist()
    path = rewrite(data, tmp_path / "strings.xlsx",
                   {"xl/sharedStrings.xml": sst} if has_sst else None,
                   None if has_sst else {"xl/sharedStrings.xml": sst})

    outcome = import_bounded(meeting_db, path)

    assert_clean(outcome)
    assert "list of texts (xl/sharedStrings.xml) holds 300,000 texts (at most 200,000)" \
        in outcome.message


def test_a_million_empty_cells_are_refused_before_openpyxl_reads_them(meeting_db, tmp_path):
    data = small_workbook()
    cells = b"".join(b'<row r="%d">' % r + b"".join(b'<c r="%s%d" s="0"/>' % (c, r)
                                                    for c in (b"A", b"B", b"C", b"D"))
                     + b"</row>" for r in range(3, 90_000))
    xml = sheet_xml(data).replace(b"</sheetData>", cells + b"</sheetData>")
    outcome = import_bounded(meeting_db, rewrite(data, tmp_path / "cells.xlsx",
                                                 {"xl/worksheets/sheet1.xml": xml}))
    assert_clean(outcome, code=0)  # 90,000 empty formatted rows: within the limits, read
    many = b"".join(b'<row r="%d"/>' % r for r in range(3, 200_000))
    xml = sheet_xml(data).replace(b"</sheetData>", many + b"</sheetData>")
    outcome = import_bounded(meeting_db, rewrite(data, tmp_path / "rows.xlsx",
                                                 {"xl/worksheets/sheet1.xml": xml}))
    assert_clean(outcome)
    assert "The first sheet holds more than 100,000 rows (at most 100,000)" in outcome.message


def test_a_csv_over_20_mb_is_refused_without_reading_it(meeting_db, tmp_path):
    path = tmp_path / "big.csv"
    with path.open("wb") as f:
        f.write(b"Nombre,Apellidos\nAna,Soto\n")
        f.truncate(21 * 1024 * 1024)  # sparse: nothing is written to disk

    outcome = import_bounded(meeting_db, path)

    assert_clean(outcome)
    assert "The CSV file is 21 MB; a delegation list is far smaller (at most 20 MB is read)" \
        in outcome.message


# --------------------------------------------------------------------------- shapes

def test_merged_cells_in_the_people_rows_are_refused_naming_the_range(meeting_db, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["Nombre", "Apellidos", "Cargo"], ["Ana", "Soto", "Directora"],
                ["Luis", "Mora", "Director"]):
        ws.append(row)
    ws.merge_cells("B3:C3")
    path = tmp_path / "merged.xlsx"
    wb.save(path)

    outcome = import_bounded(meeting_db, path)

    assert_clean(outcome)
    assert outcome.message.endswith(
        "(row 3): Row 3 has merged cells (B3:C3). Unmerge them so each person has their own "
        "cells.")


def test_an_overlong_csv_field_has_its_own_message(memory_db, tmp_path):
    path = tmp_path / "long.csv"
    path.write_text('Nombre,Apellidos\nAna,"Soto' + "x" * 200_000 + '"\n', encoding="utf-8")
    problem = refusal(memory_db, path)
    assert problem_message(problem) == (
        "Row 2 of the CSV file has a cell longer than 131,072 characters; a quote mark is "
        "probably missing.")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_a_utf16_csv_is_read(memory_db, tmp_path, encoding):
    path = tmp_path / "list.csv"
    path.write_bytes("Nombre\tApellidos\tCargo\nÁngel\tNúñez de la Garza\tCónsul\n"
                     .encode(encoding))
    assert path.read_bytes().startswith(codecs.BOM_UTF16_LE) == (encoding == "utf-16")
    report = plan(memory_db, path)
    assert report.lines()[0] == "Row 2: Ángel Núñez de la Garza: new person"
    assert "The file was read as UTF-16 text." in report.lines()


def test_broken_utf16_is_named_as_utf16(memory_db, tmp_path):
    path = tmp_path / "broken.csv"
    path.write_bytes(codecs.BOM_UTF16_LE + "Nombre,Apellidos\n".encode("utf-16-le")
                     + b"\x00\xd8A\x00")  # a lone high surrogate
    problem = refusal(memory_db, path)
    assert "UTF-16" in problem_message(problem)


@pytest.mark.parametrize("value", ["=HYPERLINK(\"\"http://x\"\")", "+SUM(1)", "-2+3", "@SUM(1)"])
def test_text_a_spreadsheet_would_run_is_kept_as_text_and_flagged(memory_db, tmp_path, value):
    path = tmp_path / "f.csv"
    path.write_text(f"Nombre,Apellidos,Cargo\nAna,Soto,{value}\n", encoding="utf-8")
    report = plan(memory_db, path)
    assert not report.has_errors
    entry = report.entries[0]
    assert entry.person.title.es == value
    assert f"cell C2 begins with \"{value[0]}\"" in report.lines()[0]
    assert "kept as text" in report.lines()[0]


def test_a_phone_number_with_a_plus_is_not_flagged(memory_db, tmp_path):
    path = tmp_path / "p.csv"
    path.write_text("Nombre,Apellidos,Teléfono\nAna,Soto,+52 55 1234-5678\n", encoding="utf-8")
    assert plan(memory_db, path).lines()[0] == "Row 2: Ana Soto: new person"


def test_a_string_cell_that_looks_like_a_formula_in_a_workbook_is_text(memory_db, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Nombre", "Apellidos", "Cargo"])
    ws.append(["Ana", "Soto", "@Directora"])  # openpyxl stores a leading "@" as a string
    path = tmp_path / "t.xlsx"
    wb.save(path)
    report = plan(memory_db, path)
    assert not report.has_errors
    assert report.entries[0].person.title.es == "@Directora"
    assert "cell C2 begins with \"@\"" in report.lines()[0]


# --------------------------------------------------------------------------- messages

def test_a_one_megabyte_name_is_not_echoed_whole(memory_db, tmp_path):
    path = tmp_path / "long.csv"
    path.write_text("Nombre,Apellidos,Función\nAna,Soto," + "x" * 100_000 + "\n",
                    encoding="utf-8")
    report = plan(memory_db, path)
    assert report.has_errors
    assert max(len(line) for line in report.lines()) < 400


def test_a_macro_enabled_workbook_is_read_for_its_cells(memory_db, tmp_path):
    data = small_workbook()
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        types = z.read("[Content_Types].xml")
    types = types.replace(b"application/vnd.openxmlformats-officedocument.spreadsheetml."
                          b"sheet.main+xml", b"application/vnd.ms-excel.sheet.macroEnabled."
                                             b"main+xml")
    path = rewrite(data, tmp_path / "macros.xlsm", {"[Content_Types].xml": types},
                   {"xl/vbaProject.bin": b"\xd0\xcf\x11\xe0 not really VBA"})
    assert plan(memory_db, path).lines()[0] == "Row 2: Ana Soto Ruiz: new person"


@pytest.mark.parametrize(("name", "replace"), [
    ("chart-first.xlsx", {"xl/_rels/workbook.xml.rels": (
        b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
        b'2006/relationships"><Relationship Id="rId1" Type="x" Target="chartsheets/sheet1.xml"/>'
        b"</Relationships>")}),
    ("no-styles.xlsx", {"xl/styles.xml": b"<styleSheet><broken"}),
    ("bad-strings.xlsx", {"xl/worksheets/sheet1.xml": None}),
])
def test_damaged_workbooks_get_a_message_not_a_python_object(meeting_db, tmp_path, name,
                                                             replace):
    outcome = import_bounded(meeting_db, rewrite(small_workbook(), tmp_path / name, replace))
    assert_clean(outcome)
    assert re.search(r"(not a spreadsheet|first sheet is a chart)", outcome.message)


def test_a_workbook_under_a_csv_name_is_read_as_a_workbook(memory_db, tmp_path):
    path = tmp_path / "list.csv"
    path.write_bytes(small_workbook())
    assert plan(memory_db, path).lines()[0] == "Row 2: Ana Soto Ruiz: new person"


def test_an_encrypted_workbook_says_so(meeting_db, tmp_path):
    path = tmp_path / "locked.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 4000)
    outcome = import_bounded(meeting_db, path)
    assert_clean(outcome)
    assert "password-protected" in outcome.message


def test_a_person_problem_names_its_cell(memory_db, tmp_path):
    path = tmp_path / "p.csv"
    path.write_text("Nombre,Apellidos,Cargo\nAna,-Soto" + "z" * 300 + ",\u200b\u200b\n"
                    "\ufeff,Mora,Jefa\n", encoding="utf-8")
    lines = plan(memory_db, path).lines()
    assert lines[0].endswith(
        "error (cell B2 begins with \"-\" (-Sotozzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz…); kept as "
        "text, but a spreadsheet would run it as a formula: check it; a name is longer than 200 "
        "characters (B2))")
    assert lines[1] == "Row 3: \ufeff Mora: error (a name is made only of invisible characters (A3))"


def test_parts_openpyxl_builds_objects_from_are_limited(meeting_db, tmp_path):
    """80,000 cell formats (Excel allows 64,000) or 110,000 defined names: each would cost
    openpyxl an object, 200 MB and 20 s for a file of 4 MB."""
    data = small_workbook()
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        styles, workbook = z.read("xl/styles.xml"), z.read("xl/workbook.xml")
    formats = b"".join(b'<xf numFmtId="%d" xfId="0"/>' % (i * 7919 % 100_003)
                       for i in range(80_000))
    styles = re.sub(rb"<cellXfs.*?</cellXfs>", b'<cellXfs count="80000">' + formats +
                    b"</cellXfs>", styles, flags=re.DOTALL)
    outcome = import_bounded(meeting_db, rewrite(data, tmp_path / "styles.xlsx",
                                                 {"xl/styles.xml": styles}))
    assert_clean(outcome)
    assert "The part xl/styles.xml holds 80,00" in outcome.message
    assert "cell formats (at most 70,000)" in outcome.message

    names = b"".join(b'<definedName name="n%d">Sheet!$A$%d</definedName>' % (i, i * 7919)
                     for i in range(110_000))
    workbook = workbook.replace(b"</sheets>", b"</sheets><definedNames>" + names +
                                b"</definedNames>")
    outcome = import_bounded(meeting_db, rewrite(data, tmp_path / "names.xlsx",
                                                 {"xl/workbook.xml": workbook}))
    assert_clean(outcome)
    assert "The part xl/workbook.xml holds 22" in outcome.message
    assert "XML tags (at most 200,000)" in outcome.message


def test_a_zip_of_300000_empty_entries_is_refused_before_zipfile_reads_its_directory(
        meeting_db, tmp_path):
    path = tmp_path / "entries.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as z:
        for i in range(300_000):
            z.writestr(zipfile.ZipInfo(f"{i}"), b"")

    outcome = import_bounded(meeting_db, path)

    assert_clean(outcome)
    assert "The workbook is made of 300,000 parts (at most 1,000 are read)" in outcome.message
    assert outcome.peak_mb < 50
