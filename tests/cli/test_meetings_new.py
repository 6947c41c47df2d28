"""`bescapp meetings new`: a blank meeting, or the next plenary from an earlier one."""

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document
from sqlalchemy import func, select

from bescapp.cli import main
from bescapp.model.entities import AgendaItem, Attendance, Meeting, Membership
from bescapp.store.database import open_database

ROOT = Path(__file__).parents[2]
SEVENTH = ["--number", "7", "--date", "2014-12-04", "--city", "Mexico City",
           "--city-es", "Ciudad de México", "--host", "mx"]


def new_meeting(capsys, path, *args) -> tuple[int, list[str]]:
    """Run `meetings new`; the id its last line names, and the lines it printed."""
    capsys.readouterr()
    assert main(["meetings", "new", "--database", str(path), *args]) == 0
    lines = capsys.readouterr().out.splitlines()
    word, number = lines[-1].split(" ")  # "meeting N", nothing after the id
    assert word == "meeting"
    return int(number), lines


def document_text(path) -> str:
    doc = Document(str(path))
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in doc.paragraphs] + cells)


def test_the_7th_plenary_on_a_fresh_database_exports_its_agenda_in_both_languages(
        fresh_path, tmp_path, capsys):
    path, _side = fresh_path
    meeting_id, out = new_meeting(capsys, path, *SEVENTH)
    assert out[0] == "7th Plenary Meeting, Mexico City, December 4, 2014"
    for language in ("es", "en"):
        out = tmp_path / f"agenda-{language}.docx"
        assert main(["export", "agenda", "--database", str(path), "--meeting", str(meeting_id),
                     "--language", language, "-o", str(out)]) == 0
        text = document_text(out)
        if language == "es":
            assert "VII Reunión Plenaria" in text
            assert "4 de diciembre de 2014" in text
            assert "Ciudad de México" in text
            assert "El orden del día aún no tiene temas." in text  # the agenda is empty
        else:
            assert "7th Plenary Meeting" in text
            assert "December 4, 2014" in text
            assert "The agenda has no items yet." in text


def test_the_last_line_is_the_id_in_a_real_process(fresh_path):
    path, _side = fresh_path
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "meetings", "new",
                           "--database", str(path), *SEVENTH],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.endswith("\n")
    last = done.stdout.splitlines()[-1]
    assert last == "meeting 1"


def test_from_the_demo_twelfth_the_thirteenth_with_agenda_and_lists(tmp_path, capsys):
    path = tmp_path / "demo.db"
    assert main(["demo", "--database", str(path)]) == 0
    thirteenth, out = new_meeting(capsys, path, "--from", "12", "--city", "Washington, D.C.")
    assert out[0].startswith("13th Plenary Meeting, Washington, D.C., March 4, 2021: ")
    db = open_database(path)
    with db.session() as s:
        new = s.get_one(Meeting, thirteenth)
        assert new.host_party.code == "US"
        assert new.city.es == ""
        items = s.scalar(select(func.count()).select_from(AgendaItem)
                         .where(AgendaItem.meeting_id == thirteenth))
        attendance = {m.attendance for d in new.delegations for m in d.memberships}
        members = sum(len(d.memberships) for d in new.delegations)
    db.close()
    assert items > 0
    assert attendance == {Attendance.INVITED}
    assert f"{items} agenda entries and {members} delegation members" in out[0]
    assert main(["meetings", "--database", str(path)]) == 0  # alone, it still lists
    listed = capsys.readouterr().out.splitlines()
    assert listed[0].split() == ["id", "kind", "number", "date", "city"]
    assert any(" 13  " in line and "Washington" in line for line in listed)


def test_date_host_and_number_can_be_given_with_from(tmp_path, capsys):
    path = tmp_path / "demo.db"
    assert main(["demo", "--database", str(path)]) == 0
    new_id, _out = new_meeting(capsys, path, "--from", "12", "--city", "Monterrey", "--host", "mx",
                         "--date", "2020-11-10", "--number", "20")
    db = open_database(path)
    with db.session() as s:
        new = s.get_one(Meeting, new_id)
        assert (new.number, new.start_date, new.host_party.code) == (
            20, dt.date(2020, 11, 10), "MX")
    db.close()


def test_a_blank_working_group_meeting(fresh_path, capsys):
    path, _side = fresh_path
    new_id, _out = new_meeting(capsys, path, "--kind", "working_group", "--number", "3", "--date",
                         "2015-01-20", "--end-date", "2015-01-21", "--city", "Tijuana",
                         "--host", "mx")
    db = open_database(path)
    with db.session() as s:
        new = s.get_one(Meeting, new_id)
        assert (new.kind.value, new.end_date) == ("working_group", dt.date(2015, 1, 21))
        assert s.scalar(select(func.count()).select_from(Membership)) == 0
    db.close()


@pytest.mark.parametrize(("args", "message"), [
    (["--from", "99", "--city", "X"], "there is no meeting with id 99"),
    (["--from", "1", "--city", "X", "--number", "7"], "already a meeting of this kind"),
    (["--from", "1", "--city", "X", "--date", "2015-02-30"], "'2015-02-30' is not a date"),
    (["--from", "1", "--city", "X", "--date", "4/12/2015"], "write YYYY-MM-DD"),
    (["--from", "1", "--city", "X", "--date", "2015-12-04", "--end-date", "2015-12-01"],
     "cannot end before it starts"),
    (["--number", "8", "--city", "X", "--date", "2015-12-04"], "a blank meeting needs --host"),
    (["--from", "1", "--city", " "], "Give the city"),
    (["--from", "1", "--city", "X", "--kind", "working_group"], "--kind is for a blank meeting"),
])
def test_errors_are_one_line_and_exit_1_and_leave_nothing(fresh_path, capsys, args, message):
    path, _side = fresh_path
    new_meeting(capsys, path, *SEVENTH)
    assert main(["meetings", "new", "--database", str(path), *args]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert len(captured.err.splitlines()) == 1
    assert "Traceback" not in captured.err
    assert message in captured.err
    db = open_database(path)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Meeting)) == 1
    db.close()
