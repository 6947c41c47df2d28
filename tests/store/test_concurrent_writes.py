"""Data that must not be duplicated: imports at the same time, places in a list, old files.

Two programs writing the same database at once (two command-line imports, or the window
and the command line) must give one import's result; the database itself refuses two
members in one place of a list; a file an older bescapp left with such a list is
repaired by the migration, and ``check`` reports what such races left behind.
"""

import datetime as dt
import hashlib
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from bescapp.domain.delegations import MembershipFields, PersonFields
from bescapp.importers.delegates import import_file, plan_import
from bescapp.model.bilingual import Bilingual
from bescapp.model.entities import Membership, Person
from bescapp.store import delegations as ops
from bescapp.store.database import SCHEMA_HEAD, check, open_database
from bescapp.store.meetings import MeetingFields, create_meeting
from tests.older_files import database_at

ROOT = Path(__file__).parents[2]

# Starts main.py the moment the clock reaches argv[1], with bescapp already imported: the
# imports then really run at the same time instead of one after the other's start-up.
LAUNCHER = """
import runpy, sys, time
sys.path.insert(0, sys.argv[2])
import bescapp.cli, bescapp.importers.delegates, bescapp.store.database  # noqa: F401
start = float(sys.argv[1])
while time.time() < start:
    time.sleep(0.001)
sys.argv = [sys.argv[2] + "/main.py", *sys.argv[3:]]
runpy.run_path(sys.argv[0], run_name="__main__")
"""


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _meeting_with_one_mx_member(path: Path) -> int:
    """A plenary on a file made by init, its Mexican list holding one person already."""
    db = open_database(path)
    with db.transaction() as s:
        meeting_id = create_meeting(s, MeetingFields(
            number=13, start_date=dt.date(2027, 3, 4), end_date=dt.date(2027, 3, 5),
            city=Bilingual("Washington", "Washington"), host_party="US"))
        person = ops.create_person(s, PersonFields(given_names="Roberto",
                                                   first_surname="Velasco"))
        ops.add_member(s, meeting_id, ops.party_by_code(s, "MX").id, person, MembershipFields())
    db.close()
    return meeting_id


def _write_list(path: Path, count: int) -> Path:
    rows = ["Order,Name,Surname,Title"] + [
        f"{n},Delegada{n},Apellido{n},Directora {n}" for n in range(1, count + 1)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def _mx_list(path: Path, meeting_id: int) -> list[tuple[int, str]]:
    db = open_database(path)
    with db.session() as s:
        mx = next(pl for pl in ops.load_lists(s, meeting_id) if pl.code == "MX")
        people = s.scalar(select(func.count()).select_from(Person))
    db.close()
    return people, [(m.precedence, f"{m.given_names} {m.first_surname}") for m in mx.members]


def _argument(location) -> str:
    """``--database`` for a file or a server (with its password, if the test server has one)."""
    return location.url(password=True) if hasattr(location, "url") else str(location)


ROWS = 400  # reading and matching this many takes long enough for the imports to overlap


def test_four_imports_of_one_list_at_once_give_one_imports_result(fresh_location, tmp_path):
    """On a file, and on the test server when there is one (``fresh_location``)."""
    path, _side = fresh_location
    meeting_id = _meeting_with_one_mx_member(path)
    people_before, _ = _mx_list(path, meeting_id)
    sheet = _write_list(tmp_path / "mx.csv", ROWS)
    launcher = tmp_path / "launch.py"
    launcher.write_text(LAUNCHER, encoding="utf-8")
    start = time.time() + 4  # every process has imported bescapp by then
    runs = []
    for n in range(4):  # output to files: a pipe left unread would hold a run up
        out, err = tmp_path / f"out{n}.txt", tmp_path / f"err{n}.txt"
        with out.open("w") as stdout, err.open("w") as stderr:
            runs.append((subprocess.Popen(
                [sys.executable, str(launcher), str(start), str(ROOT), "import", "delegates",
                 str(sheet), "--meeting", str(meeting_id), "--party", "mx", "--database",
                 _argument(path)], stdout=stdout, stderr=stderr), out, err))
    results = [(run.wait(timeout=100), out.read_text(), err.read_text()) for run, out, err in runs]
    for code, out, err in results:
        assert code == 0, err
        assert "unexpected" not in err
        assert "Traceback" not in err
        assert f"Imported {ROWS} people into the MX list." in out
    people, members = _mx_list(path, meeting_id)
    assert people == people_before + ROWS  # each person once, however many imports ran
    # The file's order for its people; the member not in the file takes a place by role
    # (all are members, so after them), as one import alone gives.
    assert members == [(n, f"Delegada{n} Apellido{n}") for n in range(1, ROWS + 1)] + [
        (ROWS + 1, "Roberto Velasco")]
    # One run added them; the three that waited found them on the list and updated them.
    outcomes = sorted(out.count("new person") for _code, out, _err in results)
    assert outcomes == [0, 0, 0, ROWS]
    db = open_database(path)
    assert check(db) == []
    db.close()


def test_a_plan_shown_while_another_import_ran_adds_nobody_twice(fresh_db, tmp_path):
    """The window plans (the preview the user reads), the command line imports the same
    list meanwhile, then the window applies: the people are on file, not added again."""
    db, _side = fresh_db
    meeting_id = _meeting_with_one_mx_member(db.path)
    sheet = _write_list(tmp_path / "mx.csv", 5)
    with db.session() as s:
        preview = plan_import(s, sheet, meeting_id, "mx")
    assert [e.outcome for e in preview.entries] == ["add"] * 5
    _report, receipt = import_file(db, sheet, meeting_id, "mx")  # the other program
    assert receipt is not None
    from bescapp.importers.delegates import apply_plan

    with db.transaction() as s:
        apply_plan(s, preview)
    with db.session() as s:
        people = s.scalar(select(func.count()).select_from(Person))
        mx = next(pl for pl in ops.load_lists(s, meeting_id) if pl.code == "MX")
        imported = s.scalar(select(func.count()).select_from(Person).where(
            Person.given_names.like("Delegada%")))
    assert imported == 5
    assert [m.precedence for m in mx.members] == [1, 2, 3, 4, 5, 6]
    assert people == 6
    assert check(db) == []


def test_the_database_refuses_two_members_in_one_place(fresh_db):
    db, _side = fresh_db
    meeting_id = _meeting_with_one_mx_member(db.path)
    with db.transaction() as s:
        delegation = ops.delegation_for(s, meeting_id, ops.party_by_code(s, "MX").id).id
        person = ops.create_person(s, PersonFields(given_names="Ana", first_surname="Ruiz"))
    with pytest.raises(IntegrityError), db.transaction() as s:
        s.execute(text("INSERT INTO membership (delegation_id, person_id, precedence, role, "
                       "attendance, title_en, title_es, internal_notes_en, internal_notes_es, "
                       "principal, attendance_mode) VALUES (:d, :p, 1, 'member', 'invited', '', "
                       "'', '', '', 'none', 'in_person')"), {"d": delegation, "p": person})


def _names(db, meeting_id, code="MX"):
    with db.session() as s:
        found = next(pl for pl in ops.load_lists(s, meeting_id) if pl.code == code)
    return [(m.precedence, m.first_surname) for m in found.members]


def test_every_precedence_writer_moves_members_without_colliding(fresh_db, tmp_path):
    """Reorder, move, remove and put back, add at a place, copy, import in a new order:
    with one member per place each step would collide if written in place."""
    db, _side = fresh_db
    meeting_id = _meeting_with_one_mx_member(db.path)
    with db.transaction() as s:
        mx = ops.party_by_code(s, "MX").id
        for surname in ("Bravo", "Cruz", "Díaz"):
            pid = ops.create_person(s, PersonFields(given_names="X", first_surname=surname))
            ops.add_member(s, meeting_id, mx, pid, MembershipFields())
        delegation = ops.delegation_for(s, meeting_id, mx).id
        ids = ops.order_of(s, delegation)
    assert _names(db, meeting_id) == [(1, "Velasco"), (2, "Bravo"), (3, "Cruz"), (4, "Díaz")]
    with db.transaction() as s:
        ops.reorder(s, delegation, list(reversed(ids)))
    assert _names(db, meeting_id) == [(1, "Díaz"), (2, "Cruz"), (3, "Bravo"), (4, "Velasco")]
    with db.transaction() as s:
        ops.move_member(s, ids[0], 0)
        removed = ops.remove_member(s, ids[2])  # Cruz, from the middle
    assert _names(db, meeting_id) == [(1, "Velasco"), (2, "Díaz"), (3, "Bravo")]
    with db.transaction() as s:
        ops.put_back(s, removed)  # undo: back at its place, which Bravo holds now
    assert _names(db, meeting_id) == [(1, "Velasco"), (2, "Díaz"), (3, "Cruz"), (4, "Bravo")]
    with db.transaction() as s:
        pid = ops.create_person(s, PersonFields(given_names="X", first_surname="Estrada"))
        ops.add_member(s, meeting_id, mx, pid, MembershipFields(), index=1)
        later = create_meeting(s, MeetingFields(number=14, city=Bilingual("Monterrey", "")))
        ops.copy_lists(s, meeting_id, later)
    expected = [(1, "Velasco"), (2, "Estrada"), (3, "Díaz"), (4, "Cruz"), (5, "Bravo")]
    assert _names(db, meeting_id) == expected
    assert _names(db, later) == expected
    sheet = tmp_path / "order.csv"  # the file's order; those not in it placed by role (after)
    sheet.write_text("Order,Name,Surname\n1,X,Bravo\n2,X,Cruz\n3,Nueva,Fuentes\n",
                     encoding="utf-8")
    _report, receipt = import_file(db, sheet, meeting_id, "mx")
    assert receipt is not None
    assert _names(db, meeting_id) == [(1, "Bravo"), (2, "Cruz"), (3, "Fuentes"),
                                      (4, "Velasco"), (5, "Estrada"), (6, "Díaz")]
    assert check(db) == []




def _raced_0004_file(path: Path) -> None:
    """What two imports at once left in a file of the previous schema: the same people
    twice, and two members in each place of the list."""
    database_at(path, "0004")
    with sqlite3.connect(path) as conn:
        conn.executescript("""
            INSERT INTO meeting (id, kind, number, start_date, end_date, day_start, day_end,
                city_en, city_es, venue_en, venue_es, host_party_id, handling_marking_en,
                handling_marking_es, session_numbering) VALUES (1, 'plenary', 13, '2027-03-04',
                '2027-03-04', '09:00:00', '18:00:00', 'Washington', 'Washington', '', '', 1,
                '', '', 'arabic');
            INSERT INTO delegation (id, meeting_id, party_id) VALUES (1, 1, 2);
        """)
        for pid, given, surname in ((1, "Ana", "Ruiz"), (2, "Luis", "Soto"),
                                    (3, "Ana", "Ruiz"), (4, "Luis", "Soto")):
            conn.execute("INSERT INTO person (id, honorific, given_names, first_surname, "
                         "second_surname, title_en, title_es, biography_en, biography_es, "
                         "email, phone, internal_notes, is_sample) VALUES (?, '', ?, ?, '', "
                         "'', '', '', '', '', '', '', 0)", (pid, given, surname))
        for mid, pid, place in ((1, 1, 1), (2, 2, 2), (3, 3, 1), (4, 4, 2)):
            conn.execute("INSERT INTO membership (id, delegation_id, person_id, precedence, "
                         "role, attendance, title_en, title_es, internal_notes, principal, "
                         "attendance_mode) VALUES (?, 1, ?, ?, 'member', 'invited', '', '', "
                         "'', 'none', 'in_person')", (mid, pid, place))


def test_check_reports_what_a_race_left_without_touching_an_older_file(tmp_path, capsys):
    from bescapp.cli import main

    path = tmp_path / "raced.db"
    _raced_0004_file(path)
    before = digest(path)
    assert main(["check", "--database", str(path)]) == 1
    out = capsys.readouterr().out
    assert "the MX list of meeting 1: 2 members share place 1 in the order of precedence" in out
    assert "the MX list of meeting 1: 2 members share place 2" in out
    assert "Ana Ruiz is on file 2 times with the same agency (people 1, 3)" in out
    assert f"schema 0004, this bescapp upgrades it to {SCHEMA_HEAD} when opened" in out
    assert digest(path) == before  # check neither upgrades nor repairs
    assert not list((tmp_path / "home").rglob("*.before-*"))


def test_the_migration_renumbers_a_list_with_shared_places_then_refuses_them(tmp_path):
    path = tmp_path / "raced.db"
    _raced_0004_file(path)
    db = open_database(path, backup_dir=tmp_path / "backups")
    assert db.backup_taken is not None
    with db.session() as s:
        rows = s.execute(select(Membership.id, Membership.precedence)
                         .order_by(Membership.precedence)).all()
    # Order kept as it was shown (place, then the order they were added): 1, 3, 2, 4.
    assert [tuple(r) for r in rows] == [(1, 1), (3, 2), (2, 3), (4, 4)]
    problems = check(db)
    assert [p for p in problems if "share place" in p] == []
    assert any("Ana Ruiz is on file 2 times" in p for p in problems)  # left for staff
    with pytest.raises(IntegrityError), db.transaction() as s:
        s.execute(text("UPDATE membership SET precedence = 1 WHERE id = 3"))
    db.close()
