"""A file of every past schema, as that bescapp left it, opens upgraded with what staff saw.

The files in tests/_databases/ are committed (made once by tools/make_schema_fixtures.py);
each test works on a copy in tmp_path.
"""

import shutil
from pathlib import Path

import docx
import pytest
from sqlalchemy import func, select, text

from bescapp.export.agenda import write_agenda
from bescapp.export.delegations import write_delegations
from bescapp.model.entities import Agency, Meeting, ParagraphPattern
from bescapp.store import delegations, our_side
from bescapp.store.communique import draft_paragraphs, list_versions
from bescapp.store.database import check, open_database
from bescapp.store.files import KNOWN_REVISIONS, SCHEMA_HEAD, examine
from bescapp.store.starter import EARLIER_PATTERNS, PATTERNS
from tests.older_files import alembic_config

FIXTURES = Path(__file__).parents[1] / "_databases"
PAST = [r for r in KNOWN_REVISIONS if r != SCHEMA_HEAD]
TWELFTH = 2  # the fixture's 12th plenary (Mexico City, hosted by Mexico)


def test_there_is_a_fixture_file_for_every_past_schema():
    assert sorted(p.name for p in FIXTURES.glob("schema-*.db")) == [
        f"schema-{r}.db" for r in PAST]
    assert all(examine(FIXTURES / f"schema-{r}.db") == r for r in PAST)


@pytest.fixture(params=PAST)
def upgraded(request, tmp_path):
    """A copy of the fixture of one past schema, opened (and so upgraded) by bescapp."""
    path = tmp_path / f"old-{request.param}.db"
    shutil.copyfile(FIXTURES / f"schema-{request.param}.db", path)
    db = open_database(path, backup_dir=tmp_path / "backups")
    yield db, request.param
    db.close()


def document_text(path):
    doc = docx.Document(path)
    return ([p.text for p in doc.paragraphs if p.text],
            [[[c.text for c in row.cells] for row in t.rows] for t in doc.tables])


def test_the_file_is_at_head_and_sound_and_its_backup_is_the_old_file(upgraded):
    db, revision = upgraded
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == SCHEMA_HEAD
    assert examine(db.backup_taken) == revision
    assert check(db) == ["our side is not set (bescapp init --side us|mx, or File ▸ Database "
                         "settings)"]


def test_the_delegation_lists_keep_their_order_and_the_host(upgraded, tmp_path):
    db, _ = upgraded
    with db.session() as session:
        lists = delegations.load_lists(session, TWELFTH)
        out = write_delegations(session, TWELFTH, "en", tmp_path / "lists.docx")
    assert [p.code for p in lists] == ["MX", "US"]  # the host's list first
    mx = lists[0].members
    assert [(m.first_surname, m.precedence, m.principal) for m in mx] == [
        ("Seade", 1, "host"), ("López", 2, "none"), ("Ramírez", 3, "none")]  # 0005 renumbers
    assert [m.email for m in lists[1].members] == ["landau@example.org", ""]
    paragraphs, tables = document_text(out)
    assert [p for p in paragraphs if p.startswith("Delegation of")] == [
        "Delegation of Mexico", "Delegation of the United States of America"]
    assert [row[1] for row in tables[0][1:]] == [
        "Dr. Jesús Seade Kuri\nHead of delegation", "Ms. María Fernanda López Hernández",
        "Mr. Roberto Ramírez Soto"]
    assert [row[1] for row in tables[1][1:]] == [
        "Amb. Christopher Landau\nHead of delegation", "Ms. Ana Smith"]


def test_the_agenda_keeps_its_numbers_times_and_leads(upgraded, tmp_path):
    db, _ = upgraded
    with db.session() as session:
        out = write_agenda(session, TWELFTH, "es", tmp_path / "agenda.docx")
    _paragraphs, tables = document_text(out)
    assert [[row[0], row[2], row[3]] for row in tables[0][1:]] == [
        ["I", "Sesión de apertura", ""],
        ["I.1", "Palabras de bienvenida", "Dr. Jesús Seade Kuri"],
        ["I.2", "Adopción de la agenda", ""],
        ["", "Receso", ""],
        ["II", "Seguridad pública", ""],
        ["II.1", "Tráfico de armas\nTrabajo conjunto en decomisos",
         "Emb. Christopher Landau\nDr. Jesús Seade Kuri"],
    ]
    assert tables[0][1][1].startswith("9:00")


def test_the_communique_keeps_its_draft_and_saved_version(upgraded):
    db, _ = upgraded
    with db.session() as session:
        draft = draft_paragraphs(session, TWELFTH)
        saved = list_versions(session, TWELFTH)
        opening = session.scalar(select(ParagraphPattern).where(ParagraphPattern.key == "opening"))
        side = our_side.read(session)
    assert [(p.status.value, p.text.es) for p in draft] == [
        ("agreed", "Las delegaciones se reunieron en la Ciudad de México."),
        ("bracketed", "Acordaron [ampliar][consolidar] el trabajo conjunto sobre tráfico de armas."),
        ("ad_referendum", "La próxima reunión plenaria se celebrará en Washington."),
    ]
    assert [(v.number, v.label, v.paragraphs) for v in saved] == [
        (0, "", 3), (1, "Sent to Mexico", 1)]  # the working draft, then the saved version
    # The stock opening of the time, never edited, is renewed (0004); the starter rows came (0003).
    assert EARLIER_PATTERNS["opening"][0] != dict(PATTERNS)["opening"]
    assert opening.text == dict(PATTERNS)["opening"]
    assert side.side is None


def lists_and_draft(db):
    with db.session() as session:
        lists = delegations.load_lists(session, TWELFTH)
        draft = draft_paragraphs(session, TWELFTH)
    return ([[(m.first_surname, m.principal) for m in p.members] for p in lists],
            [(p.status.value, p.text.en) for p in draft])


def test_downgrade_to_base_and_upgrade_again_keep_the_data_head_holds(tmp_path):
    """Alembic's downgrade runs once, with the configuration the store uses, on a file
    upgraded to head: down to 0001 the plenary stays (the host flag comes back from the
    principal), up again it reads as before; down to base only Alembic's table is left,
    and up again to head the schema is whole."""
    from alembic import command
    from sqlalchemy import create_engine

    path = tmp_path / "round.db"
    shutil.copyfile(FIXTURES / f"schema-{PAST[0]}.db", path)
    db = open_database(path, backup_dir=tmp_path / "backups")
    at_head = lists_and_draft(db)
    db.close()
    assert at_head[0][0] == [("Seade", "host"), ("López", "none"), ("Ramírez", "none")]

    def migrate(step, revision):
        engine = create_engine(f"sqlite:///{path}")
        try:
            with engine.begin() as conn:
                config = alembic_config()
                config.attributes["connection"] = conn
                step(config, revision)
                return conn.execute(text(
                    "SELECT name FROM sqlite_master WHERE type = 'table'")).scalars().all()
        finally:
            engine.dispose()

    migrate(command.downgrade, "0001")
    assert examine(path) == "0001"
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        assert conn.execute(text(
            "SELECT first_surname, is_host FROM person JOIN membership ON person.id = person_id "
            "WHERE delegation_id = 2 ORDER BY precedence")).all() == [
            ("Seade", 1), ("López", 0), ("Ramírez", 0)]
    engine.dispose()
    migrate(command.upgrade, "head")
    db = open_database(path)
    assert lists_and_draft(db) == at_head
    db.close()

    assert migrate(command.downgrade, "base") == ["alembic_version"]
    migrate(command.upgrade, "head")
    db = open_database(path)
    assert check(db) == ["our side is not set (bescapp init --side us|mx, or File ▸ Database "
                         "settings)"]
    with db.session() as session:  # a new file: no meeting, the starter rows
        assert session.scalar(select(func.count()).select_from(Meeting)) == 0
        assert session.scalar(select(func.count()).select_from(Agency)) > 10
    db.close()
