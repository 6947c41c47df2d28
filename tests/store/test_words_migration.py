"""Migration 0007 on a file of schema 0005: notes become bilingual without losing a word,
the time style starts as our side's, and unedited stock patterns and terms are renewed."""

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from bescapp.model.bilingual import Bilingual as B
from bescapp.model.entities import Membership, ParagraphPattern, Person, Term
from bescapp.store import our_side
from bescapp.store.database import open_database
from bescapp.store.starter import EARLIER_PATTERNS, PATTERNS

FIXTURE = Path(__file__).parents[1] / "_databases" / "schema-0005.db"
EDITED = B("Our own words on {plan}: {line}.", "Nuestras palabras sobre {plan}: {line}.")


def old_file(tmp_path, side: int | None) -> Path:
    """A copy of the 0005 file with our side set (1 US, 2 MX), the stock pattern texts of
    before the grouping, one pattern edited by staff and the old termbase Spanish."""
    path = tmp_path / "old.db"
    shutil.copyfile(FIXTURE, path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE database_settings SET our_party_id = ?", (side,))
        for key in ("action_plan", "completed_line", "commitments"):
            old = EARLIER_PATTERNS[key][0]
            conn.execute("UPDATE paragraph_pattern SET text_en = ?, text_es = ? WHERE key = ?",
                         (old.en, old.es, key))
        conn.execute("UPDATE paragraph_pattern SET text_en = ?, text_es = ? WHERE key = ?",
                     (EDITED.en, EDITED.es, "commitments"))
        conn.execute("INSERT INTO term (term_en, term_es, acronym_en, acronym_es, note) VALUES "
                     "('Trusted Traveler Programs', 'Programas de Viajero Confiable', '', '', '')")
    return path


@pytest.mark.parametrize(("side", "language"), [(None, "en"), (1, "en"), (2, "es")])
def test_the_old_notes_go_to_our_sides_language(tmp_path, side, language):
    db = open_database(old_file(tmp_path, side), backup_dir=tmp_path / "backups")
    try:
        with db.session() as session:
            person = session.get(Person, 2)
            membership = session.scalar(select(Membership).where(
                Membership.internal_notes_en != "") if language == "en" else select(
                Membership).where(Membership.internal_notes_es != ""))
            assert person.internal_notes == B(**{language: "Prefers morning sessions"})
            assert membership.internal_notes == B(**{language: "Confirm by Friday"})
            assert our_side.read(session).time_style == ""
            assert our_side.clock(session) == ("24h" if side == 2 else "12h")
    finally:
        db.close()


def test_unedited_stock_patterns_and_terms_are_renewed_and_an_edited_one_kept(tmp_path):
    db = open_database(old_file(tmp_path, 1), backup_dir=tmp_path / "backups")
    try:
        with db.session() as session:
            patterns = {p.key: p.text for p in session.scalars(select(ParagraphPattern))}
            terms = {t.term.en: t.term.es for t in session.scalars(select(Term))}
    finally:
        db.close()
    stock = dict(PATTERNS)
    assert patterns["action_plan"] == stock["action_plan"]
    assert patterns["completed_line"] == stock["completed_line"]
    assert patterns["commitments"] == EDITED  # the staff's own words stay
    assert "{plans:" in patterns["action_plan"].en
    assert terms["Trusted Traveler Programs"] == "Programas de Viajeros Confiables"


def test_going_back_to_0005_keeps_both_languages_of_a_note(tmp_path):
    from alembic import command
    from sqlalchemy import create_engine

    from tests.older_files import alembic_config

    path = old_file(tmp_path, 1)
    db = open_database(path, backup_dir=tmp_path / "backups")
    try:
        with db.transaction() as session:
            session.get(Person, 2).internal_notes = B("Prefers mornings", "Prefiere las mañanas")
    finally:
        db.close()
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as conn:
            config = alembic_config()
            config.attributes["connection"] = conn
            command.downgrade(config, "0005")
    finally:
        engine.dispose()
    with sqlite3.connect(path) as conn:
        (notes,) = conn.execute("SELECT internal_notes FROM person WHERE id = 2").fetchone()
    assert notes == "Prefers mornings\nPrefiere las mañanas"
