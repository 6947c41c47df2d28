"""The first paint's rows, read with sqlite3 alone: the same rows as the ORM's, or None
for a file that must take the normal path."""

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from bescapp.cli import main as cli_main
from bescapp.model.bilingual import Bilingual
from bescapp.model.entities import MeetingKind
from bescapp.store.address import parse_server
from bescapp.store.database import open_database
from bescapp.store.first_rows import meeting_rows
from bescapp.store.meetings import MeetingFields, create_meeting
from bescapp.store.meetings import meeting_rows as orm_rows

SCHEMAS = Path(__file__).parents[1] / "_databases"


@pytest.fixture
def demo_path(tmp_path):
    path = tmp_path / "demo.db"
    assert cli_main(["demo", "--database", str(path)]) == 0
    return path


def _orm(path):
    db = open_database(path)
    try:
        with db.session() as session:
            return orm_rows(session)
    finally:
        db.close()


def _add(path, *fields):
    db = open_database(path)
    try:
        with db.transaction() as session:
            for f in fields:
                create_meeting(session, f)
    finally:
        db.close()


def test_an_init_database_without_meetings_takes_the_normal_path(fresh_path):
    path, _side = fresh_path
    assert meeting_rows(path) is None  # the window offers the demo


def test_an_init_database_gives_the_orm_rows_in_its_order(fresh_path):
    path, side = fresh_path
    later = MeetingFields(number=3, start_date=dt.date(2031, 5, 2), end_date=dt.date(2031, 5, 3),
                          city=Bilingual("Mérida", ""), host_party=side.upper())
    earlier = MeetingFields(kind=MeetingKind.WORKING_GROUP, number=1,
                            start_date=dt.date(2030, 1, 9), end_date=dt.date(2030, 1, 9),
                            city=Bilingual("", "Ciudad de México"),
                            venue=Bilingual("", "Cancillería"))  # no host, Spanish only
    same_day = MeetingFields(number=2, start_date=dt.date(2030, 1, 9),
                             end_date=dt.date(2030, 1, 10), city=Bilingual("Washington", ""))
    _add(path, later, earlier, same_day)
    rows = meeting_rows(path)
    assert rows == _orm(path)
    assert [(r.kind, r.number, r.host) for r in rows] == [
        ("working_group", 1, None), ("plenary", 2, None), ("plenary", 3, side.upper())]
    assert rows[0].venue == Bilingual("", "Cancillería")
    assert rows[2].city.en == "Mérida"


def test_the_demo_gives_the_orm_rows(demo_path):
    rows = meeting_rows(demo_path)
    assert rows == _orm(demo_path)
    assert len(rows) >= 12
    assert rows[-1].number == 12


def test_reading_never_writes_the_file(demo_path):
    before = demo_path.read_bytes()
    assert meeting_rows(demo_path)
    assert demo_path.read_bytes() == before


@pytest.mark.parametrize("schema", ["0003", "0004"])
def test_an_older_schema_takes_the_normal_path(tmp_path, schema):
    path = tmp_path / "old.db"
    shutil.copy(SCHEMAS / f"schema-{schema}.db", path)
    with sqlite3.connect(path) as conn:  # meetings and our side: only its schema says no
        assert conn.execute("SELECT count(*) FROM meeting").fetchone()[0] > 0
        conn.execute("UPDATE database_settings SET our_party_id = "
                     "(SELECT id FROM party WHERE code = 'US')")
        assert conn.execute("SELECT our_party_id FROM database_settings").fetchone()[0]
    assert meeting_rows(path) is None


def test_a_database_without_our_side_takes_the_normal_path(demo_path):
    with sqlite3.connect(demo_path) as conn:
        conn.execute("UPDATE database_settings SET our_party_id = NULL")
    assert meeting_rows(demo_path) is None  # the window asks which side we are


def test_a_damaged_or_foreign_file_takes_the_normal_path(tmp_path, demo_path):
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(demo_path.read_bytes()[:2048])  # the header and half a page
    foreign = tmp_path / "foreign.db"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE meeting (id INTEGER)")
    not_sqlite = tmp_path / "agenda.docx.db"
    not_sqlite.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    missing = tmp_path / "missing.db"
    for path in (damaged, foreign, not_sqlite, missing, tmp_path):
        assert meeting_rows(path) is None, path
    assert not missing.exists()
    assert meeting_rows(parse_server("postgresql://staff@server/bescapp")) is None
