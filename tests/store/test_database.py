"""Opening database files: new, migrated, and refused without being touched."""

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from bescapp.model.bilingual import Bilingual
from bescapp.model.entities import Meeting
from bescapp.store import our_side
from bescapp.store.database import (
    SCHEMA_HEAD,
    BadDatabase,
    Problem,
    backup,
    check,
    examine,
    open_database,
)
from tests.older_files import database_at


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_schema_head_matches_alembic():
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option(
        "script_location",
        str(Path(__file__).parents[2] / "bescapp" / "store" / "migrations"),
    )
    assert ScriptDirectory.from_config(config).get_current_head() == SCHEMA_HEAD


def test_new_database_is_migrated_to_head_with_wal_and_foreign_keys(tmp_path):
    path = tmp_path / "new.db"
    db = open_database(path)
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == SCHEMA_HEAD
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 5000
    # Sound, but nobody has said whose it is yet: init and the first run do.
    assert check(db) == ["our side is not set (bescapp init --side us|mx, or File ▸ Database "
                         "settings)"]
    with db.transaction() as session:
        our_side.set_side(session, "mx")
    assert check(db) == []
    db.close()


def test_constraints_refuse_a_meeting_ending_before_it_starts(tmp_path):
    import datetime as dt

    db = open_database(tmp_path / "c.db")
    with pytest.raises(IntegrityError), db.transaction() as session:
        session.add(Meeting(number=1, start_date=dt.date(2020, 3, 4),
                            end_date=dt.date(2020, 3, 3)))
    db.close()


def test_foreign_keys_are_enforced(tmp_path):
    db = open_database(tmp_path / "fk.db")
    with pytest.raises(IntegrityError), db.transaction() as session:
        session.execute(text(
            "INSERT INTO agency (party_id, acronym, name_en, name_es) VALUES (999, 'X', '', '')"))
    db.close()


def test_a_text_file_is_refused_untouched(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("Agenda for the 12th plenary\n" * 50, encoding="utf-8")
    before = digest(path)
    with pytest.raises(BadDatabase) as caught:
        open_database(path)
    assert caught.value.problem is Problem.NOT_SQLITE
    assert "notes.db is not a bescapp database" in str(caught.value)
    assert digest(path) == before


def test_a_corrupt_database_is_refused_untouched(tmp_path):
    original = tmp_path / "original.db"
    open_database(original).close()
    path = tmp_path / "corrupt.db"
    backup(original, path)  # one self-contained file, no WAL beside it
    data = bytearray(path.read_bytes())
    data[100:4096 * 2] = b"\xff" * (4096 * 2 - 100)  # wreck the schema page
    path.write_bytes(bytes(data))
    before = digest(path)
    with pytest.raises(BadDatabase) as caught:
        open_database(path)
    assert caught.value.problem is Problem.CORRUPT
    assert digest(path) == before
    assert not Path(str(path) + "-wal").exists()


def test_a_newer_schema_is_refused_untouched(tmp_path):
    path = tmp_path / "future.db"
    open_database(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(BadDatabase) as caught:
        open_database(path)
    assert caught.value.problem is Problem.NEWER_SCHEMA
    assert "newer version of bescapp" in str(caught.value)
    assert digest(path) == before


def test_an_sqlite_file_of_another_program_is_refused(tmp_path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
    before = digest(path)
    with pytest.raises(BadDatabase) as caught:
        open_database(path)
    assert caught.value.problem is Problem.NOT_BESCAPP
    assert digest(path) == before




def test_a_0001_database_is_copied_then_migrated_keeping_its_data(tmp_path):
    path = tmp_path / "old.db"
    database_at(path, "0001")
    with sqlite3.connect(path) as conn:  # data the 0001 schema holds
        conn.execute("INSERT INTO party (id, code, name_en, name_es, country_en, country_es, "
                     "language) VALUES (1, 'US', 'United States', 'Estados Unidos', "
                     "'United States', 'Estados Unidos', 'en')")
    assert examine(path) == "0001"
    db = open_database(path, backup_dir=tmp_path / "backups")
    copy = db.backup_taken
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == SCHEMA_HEAD
        indexes = {row[1] for row in conn.execute(text("PRAGMA index_list('status_update')"))}
        assert conn.execute(text("SELECT name_es FROM party")).scalar() == "Estados Unidos"
    db.close()
    assert "ix_status_update_line_date" in indexes
    assert "ix_status_update_line_id" not in indexes
    assert f"before-{SCHEMA_HEAD}-from-0001" in copy.name
    assert examine(copy) == "0001"  # the copy is the file as it was, data and all
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT name_es FROM party").fetchone() == ("Estados Unidos",)


def test_examine_reports_a_missing_or_empty_file_as_new(tmp_path):
    assert examine(tmp_path / "absent.db") is None
    empty = tmp_path / "empty.db"
    empty.touch()
    assert examine(empty) is None


def test_backup_is_a_complete_copy(tmp_path):
    path = tmp_path / "live.db"
    db = open_database(path)
    from bescapp.store.demo import load_demo

    with db.transaction() as session:
        load_demo(session)
    copy = tmp_path / "copy.db"
    backup(path, copy)  # while the live database is still open
    db.close()
    copied = open_database(copy)
    with copied.session() as session:
        assert session.query(Meeting).count() >= 12
    assert check(copied) == []
    copied.close()


def test_opening_a_database_does_not_import_alembic_when_up_to_date(tmp_path):
    """Start-up stays fast: an up-to-date file is opened without loading Alembic."""
    path = tmp_path / "fast.db"
    open_database(path).close()
    code = (
        "import sys; from bescapp.store.database import open_database; "
        f"open_database(r'{path}').close(); print('alembic' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_0002_file_gets_the_starter_rows_and_keeps_its_hosts(tmp_path):
    """A file of the first wave (the demo's own parties and agencies, a host flag)
    becomes 0003 without duplicates: its hosts are principals, its marking bilingual."""
    path = tmp_path / "wave1.db"
    database_at(path, "0002")
    with sqlite3.connect(path) as conn:
        conn.executescript("""
            INSERT INTO party VALUES (1, 'US', 'United States of America',
                'Estados Unidos de América', 'United States', 'Estados Unidos', 'en');
            INSERT INTO party VALUES (2, 'MX', 'United Mexican States', 'Estados Unidos Mexicanos',
                'Mexico', 'México', 'es');
            INSERT INTO agency (id, party_id, acronym, name_en, name_es)
                VALUES (1, 1, 'DOS', 'Department of State', 'Departamento de Estado');
            INSERT INTO person (id, honorific, given_names, first_surname, second_surname,
                title_en, title_es, biography_en, biography_es, email, phone, internal_notes,
                is_sample) VALUES (1, 'amb', 'Christopher', 'Landau', '', '', '', '', '', '', '',
                '', 0);
            INSERT INTO meeting (id, kind, number, start_date, end_date, day_start, day_end,
                city_en, city_es, venue_en, venue_es, host_party_id, handling_marking,
                session_numbering) VALUES (1, 'plenary', 12, '2020-03-04', '2020-03-04',
                '09:00:00', '17:30:00', 'Mexico City', 'Ciudad de México', '', '', 2,
                'SENSITIVE BUT UNCLASSIFIED', 'roman');
            INSERT INTO delegation VALUES (1, 1, 1);
            INSERT INTO membership (id, delegation_id, person_id, precedence, role, attendance,
                title_en, title_es, agency_id, is_host, internal_notes)
                VALUES (1, 1, 1, 1, 'head', 'confirmed', '', '', 1, 1, '');
        """)
    db = open_database(path, backup_dir=tmp_path / "backups")
    with db.session() as session:
        from bescapp.model.entities import Agency, Membership, Party

        assert session.scalars(select(Party.code).order_by(Party.id)).all() == ["US", "MX"]
        dos = session.scalars(select(Agency).where(Agency.acronym == "DOS")).one()
        assert dos.id == 1
        assert dos.short_name.en == "State"
        assert session.scalar(select(func.count()).select_from(Agency)) > 10
        member = session.get(Membership, 1)
        assert member.principal == "host"
        assert member.is_host
        assert member.attendance_mode == "in_person"
        meeting = session.get(Meeting, 1)
        assert meeting.handling_marking.en == "SENSITIVE BUT UNCLASSIFIED"
        assert meeting.handling_marking.es == "SENSIBLE NO CLASIFICADO"
        assert our_side.read(session).committee_name.es.startswith("Comité Ejecutivo Bilateral")
    assert check(db) == ["our side is not set (bescapp init --side us|mx, or File ▸ Database "
                         "settings)"]
    db.close()


def test_a_side_change_is_read_back_at_once_in_the_same_session(fresh_db):
    db, side = fresh_db
    other = "MX" if side == "us" else "US"
    with db.transaction() as session:
        our_side.set_side(session, other)
        assert our_side.read(session).side == other
        custom = our_side.OurSettings(other, handling_marking=Bilingual("OWN", "PROPIA"))
        our_side.write(session, custom)
        assert our_side.read(session).marking == Bilingual("OWN", "PROPIA")
