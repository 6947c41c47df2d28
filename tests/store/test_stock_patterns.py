"""Migration 0004 renews the communiqué's stock opening where staff have not edited it."""

import sqlite3

from sqlalchemy import select

from bescapp.model.entities import ParagraphPattern
from bescapp.store import starter
from bescapp.store.database import open_database
from tests.older_files import database_at

OLD_OPENING = starter.EARLIER_PATTERNS["opening"][0]


def _opening_after_upgrade(tmp_path, en: str, es: str):
    """A 0003-era file whose stored opening reads (en, es), opened by today's bescapp."""
    path = tmp_path / "wave2.db"
    database_at(path, "0003")
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE paragraph_pattern SET text_en = ?, text_es = ? WHERE key = 'opening'",
                     (en, es))
    db = open_database(path, backup_dir=tmp_path / "backups")
    with db.session() as session:
        text = session.scalar(select(ParagraphPattern).where(ParagraphPattern.key == "opening")).text
    db.close()
    return text


def test_the_old_unedited_opening_becomes_todays(tmp_path):
    text = _opening_after_upgrade(tmp_path, OLD_OPENING.en, OLD_OPENING.es)
    assert text == dict(starter.PATTERNS)["opening"]
    assert "{co_hosts}" in text.en
    assert "{co_hosts}" in text.es
    assert "encabezada por" not in text.es


def test_an_edited_opening_is_kept(tmp_path):
    edited = (OLD_OPENING.en.replace("High-level", "Senior"), OLD_OPENING.es)
    text = _opening_after_upgrade(tmp_path, *edited)
    assert (text.en, text.es) == edited


def test_the_stock_opening_says_the_same_in_both_languages():
    """The same placeholders, and no "hosted" on one side and "encabezada" on the other."""
    import string

    opening = dict(starter.PATTERNS)["opening"]

    def fields(text):
        return list(dict.fromkeys(name for _, name, _, _ in string.Formatter().parse(text)
                                  if name))

    assert fields(opening.en) == fields(opening.es)  # in the same order, sentence by sentence
    assert fields(opening.en)[-3:] == ["hosts", "co_hosts", "visiting_heads"]
    assert opening != OLD_OPENING
