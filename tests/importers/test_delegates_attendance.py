"""Importing a list into a database made by ``init``: how each person attends (in person or
virtually) and where they take their place (by role), both sides."""

import datetime as dt
from types import SimpleNamespace

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from bescapp.domain.delegations import MembershipFields, PersonFields
from bescapp.importers import delegates
from bescapp.importers.delegates import import_file
from bescapp.model.bilingual import Bilingual as B
from bescapp.model.entities import Role
from bescapp.store import delegations as ops
from bescapp.store.meetings import MeetingFields, create_meeting


def write_xlsx(path, header, rows):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(header)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


@pytest.fixture
def meeting(fresh_db):
    """A plenary with a U.S. list already holding a head, a member and the note-taker."""
    db, _side = fresh_db
    with db.transaction() as session:
        meeting_id = create_meeting(session, MeetingFields(
            number=13, start_date=dt.date(2025, 6, 9), end_date=dt.date(2025, 6, 9),
            city=B("Tijuana", "Tijuana"), host_party="MX"))
        us = ops.party_by_code(session, "US").id
        for given, surname, role in (("Ann", "Head", Role.HEAD), ("Sam", "Member", Role.MEMBER),
                                     ("Pat", "Notes", Role.SUPPORT)):
            person = ops.create_person(session, PersonFields(given_names=given,
                                                             first_surname=surname))
            ops.add_member(session, meeting_id, us, person, MembershipFields(role=role))
    return db, meeting_id


def us_list(db, meeting_id):
    with db.session() as session:
        return next(pl for pl in ops.load_lists(session, meeting_id) if pl.code == "US").members


def test_a_virtual_co_chair_is_confirmed_virtual_and_placed_below_the_head(meeting, tmp_path):
    db, meeting_id = meeting
    path = write_xlsx(tmp_path / "us.xlsx", ["Name", "Surname", "Role", "Attendance"], [
        ["Dana", "Cole", "Co-chair", "Virtual"],
        ["Lee", "Adviser", "Advisor", "In person"],
        ["Kim", "Maybe", "Member", "Tentative (remote)"],
    ])
    report, receipt = import_file(db, path, meeting_id, "us")
    assert receipt is not None
    assert report.lines()[:3] == [
        "Row 2: Dana Cole: new person (taking part virtually)",
        "Row 3: Lee Adviser: new person (attending in person)",
        "Row 4: Kim Maybe: new person (taking part virtually)"]
    assert report.lines("es")[0] == "Fila 2: Dana Cole: persona nueva (participa de manera virtual)"
    members = us_list(db, meeting_id)
    assert [(m.first_surname, m.role) for m in members] == [
        ("Head", "head"), ("Cole", "co_chair"), ("Member", "member"), ("Maybe", "member"),
        ("Adviser", "advisor"), ("Notes", "support")]
    assert [m.precedence for m in members] == [1, 2, 3, 4, 5, 6]
    cole, adviser, maybe = members[1], members[4], members[3]
    assert (cole.attendance, cole.attendance_mode) == ("confirmed", "virtual")
    assert (adviser.attendance, adviser.attendance_mode) == ("confirmed", "in_person")
    assert (maybe.attendance, maybe.attendance_mode) == ("tentative", "virtual")


def test_a_spanish_mode_column_and_an_order_column(meeting, tmp_path):
    """Modalidad beside Asistencia; the file's order for its people, and those already on
    the list who are not in the file take their place among them by role."""
    db, meeting_id = meeting
    path = write_xlsx(tmp_path / "us.xlsx",
                      ["Orden", "Nombre", "Apellidos", "Función", "Asistencia", "Modalidad"], [
                          [2, "Lee", "Adviser", "Asesor", "Confirmado", "Presencial"],
                          [1, "Dana", "Cole", "Copresidenta", "Confirmada", "En línea"],
                      ])
    report, receipt = import_file(db, path, meeting_id, "us")
    assert receipt is not None, report.lines()
    assert report.columns["mode"] == "F"
    members = us_list(db, meeting_id)
    assert [m.first_surname for m in members] == ["Head", "Cole", "Member", "Adviser", "Notes"]
    assert [m.attendance_mode for m in members] == [
        "in_person", "virtual", "in_person", "in_person", "in_person"]


def test_a_member_already_on_the_list_changes_only_how_they_attend(meeting, tmp_path):
    db, meeting_id = meeting
    path = write_xlsx(tmp_path / "us.xlsx", ["Name", "Surname", "Mode"], [["Sam", "Member",
                                                                          "Remote"]])
    report, _ = import_file(db, path, meeting_id, "us")
    assert report.entries[0].outcome == "update"
    members = us_list(db, meeting_id)
    assert [m.first_surname for m in members] == ["Head", "Member", "Notes"]
    assert (members[1].role, members[1].attendance, members[1].attendance_mode) == (
        "member", "invited", "virtual")


def test_unknown_or_contradicting_modes_are_errors_with_their_cells(meeting, tmp_path):
    db, meeting_id = meeting
    path = write_xlsx(tmp_path / "us.xlsx", ["Name", "Surname", "Attendance", "Mode"], [
        ["Dana", "Cole", "Virtual", "In person"],
        ["Lee", "Adviser", "Confirmed", "By pigeon"],
    ])
    report, receipt = import_file(db, path, meeting_id, "us")
    assert receipt is None
    assert report.lines()[:2] == [
        'Row 2: Dana Cole: error (C2 says "Virtual" but D2 says "In person")',
        'Row 3: Lee Adviser: error ("By pigeon" in D3 is neither in person nor virtual)']
    assert report.lines("es")[1] == ("Fila 3: Lee Adviser: error («By pigeon» en D3 no es "
                                     "presencial ni virtual)")
    assert [m.first_surname for m in us_list(db, meeting_id)] == ["Head", "Member", "Notes"]


def test_the_command_line_report_shows_the_mode(meeting, tmp_path, capsys):
    db, meeting_id = meeting
    path = write_xlsx(tmp_path / "us.xlsx", ["Name", "Surname", "Role", "Attendance"],
                      [["Dana", "Cole", "Co-chair", "Remote"]])
    args = SimpleNamespace(file=str(path), meeting=meeting_id, party="us", dry_run=True)
    assert delegates.import_from_cli(db, args) == 0
    assert "Row 2: Dana Cole: new person (taking part virtually)" in capsys.readouterr().out


@pytest.mark.parametrize(("text", "expected"), [
    ("Virtual", ("confirmed", "virtual")), ("En línea", ("confirmed", "virtual")),
    ("REMOTO", ("confirmed", "virtual")), ("Presencial", ("confirmed", "in_person")),
    ("in person", ("confirmed", "in_person")), ("Confirmed", ("confirmed", None)),
    ("Confirmado (virtual)", ("confirmed", "virtual")),
    ("Por confirmar – en línea", ("tentative", "virtual")), ("Declined", ("declined", None)),
    ("Perhaps", None),
])
def test_what_an_attendance_cell_says(text, expected):
    said = delegates.attendance_and_mode(text)
    assert (None if said is None else (said[0].value, said[1] and said[1].value)) == expected


def _one_by_one(entries, current, roles_now, file_order):
    """The definition: each person inserted in turn with rules.insertion_index."""
    from bescapp.domain.delegations import insertion_index
    from bescapp.importers.delegates import _place_key

    role_of = dict(roles_now)
    for e in entries:
        role_of[_place_key(e)] = e.role or role_of.get(_place_key(e)) or Role.MEMBER
    if file_order:
        sequence = [_place_key(e) for e in entries]
        placing = [m for m in current if m not in set(sequence)]
    else:
        sequence, placing = list(current), [_place_key(e) for e in entries
                                            if e.membership_id is None]
    for key in placing:
        sequence.insert(insertion_index([role_of[k] for k in sequence], role_of[key]), key)
    return sequence


@given(st.lists(st.sampled_from(list(Role)), max_size=8),
       st.lists(st.tuples(st.none() | st.sampled_from(list(Role)), st.booleans()), max_size=8),
       st.booleans())
def test_placing_by_role_is_inserting_one_by_one(current_roles, rows, file_order):
    from bescapp.importers.delegates import Entry, placed_by_role

    current = list(range(1, len(current_roles) + 1))
    roles_now = dict(zip(current, current_roles, strict=True))
    on_list = iter(current)
    entries = [Entry(100 + n, PersonFields(), role=role,
                     membership_id=next(on_list, None) if already else None)
               for n, (role, already) in enumerate(rows)]
    assert placed_by_role(entries, current, roles_now, file_order) == \
        _one_by_one(entries, current, roles_now, file_order)


def test_two_thousand_newcomers_are_placed_in_role_order():  # its speed: bench/import.py
    from bescapp.importers.delegates import Entry, placed_by_role

    entries = [Entry(n, PersonFields(), role=list(Role)[n % 5]) for n in range(2000)]
    order = placed_by_role(entries, [], {}, False)
    role_of = {("new", e.row): e.role for e in entries}
    assert [role_of[key] for key in order][399:401] == [Role.HEAD, Role.CO_CHAIR]
    assert [role_of[key] for key in order][-1] == Role.SUPPORT
