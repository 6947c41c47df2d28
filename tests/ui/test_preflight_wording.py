"""The window words every pre-flight entry as the command line does, in both languages."""

import re

import pytest
from PySide6.QtWidgets import QApplication

from bescapp.domain import preflight as checks
from bescapp.domain.preflight import DOCUMENTS
from bescapp.i18n.qt import LanguageSwitcher
from bescapp.model.bilingual import Bilingual as B
from bescapp.store import briefing
from bescapp.store.preflight import preflight
from bescapp.ui.export.wording import entry_text
from tests.preparing import prepare


@pytest.fixture
def found(fresh_db):
    db, _side = fresh_db
    meeting = prepare(db)["meeting"]
    with db.transaction() as session:  # the book's own texts, each in one language
        texts = briefing.briefing_texts(session, meeting)
        briefing.set_briefing_texts(session, meeting, texts.replace(
            "scene_setter", B("The talks resume.", "")).replace(
            "if_asked", B("", "¿Y el agua? Se revisa en la sesión 2.")))
    with db.session() as session:
        return [e for document in DOCUMENTS for e in preflight(session, meeting, "bilingual", document)]


def test_every_kind_of_entry_reads_the_same_in_the_window(found, qapp):
    kinds = {e.kind for e in found}
    assert {checks.CITY_ONE_LANGUAGE, checks.ONE_LANGUAGE, checks.NO_LEAD,
            checks.NO_TALKING_POINTS, checks.PREVIOUS_PLENARY, checks.GAP, checks.OVERLAP,
            checks.NO_BIOGRAPHY, checks.NOT_AGREED, checks.AGREED_BRACKETED,
            checks.PREVIOUS_PLENARY_PARAGRAPH, checks.NOT_CONFORMING,
            checks.BRIEFING_ONE_LANGUAGE} <= kinds
    switcher = LanguageSwitcher(QApplication.instance())
    try:
        for lang in ("en", "es"):
            switcher.apply(lang)
            assert [entry_text(e, lang) for e in found] == [e.text(lang) for e in found]
    finally:
        switcher.apply("en")
    asked = next(e for e in found if e.values.get("field") == "if_asked"
                 and e.kind == checks.BRIEFING_ONE_LANGUAGE)
    assert asked.text("es") == ("Si preguntan (carpeta informativa): solo hay texto en español; "
                                "falta el texto en inglés.")
    agreed = next(e for e in found if e.kind == checks.AGREED_BRACKETED)
    assert agreed.text("es") == ("El párrafo 3 del comunicado está marcado como acordado pero "
                                 "aún tiene texto entre corchetes: [Ampliar] los carriles.")


def test_an_agenda_entry_is_named_with_its_number_as_the_book_heads_it(found):
    """"I. Opening session", "I.1 Welcome": a session's number takes its period, as in the
    briefing book's headings, not "I Opening session"."""
    number = re.compile(r"^(?:[0-9]+|[IVXLC]+)(?:\.[0-9]+)*\.?$")
    numbered = [e.subject for e in found if e.entity == "agenda_item"
                and number.match(e.subject.en.split()[0])]
    assert numbered, "the prepared meeting's agenda has entries to fix"
    for subject in numbered:
        for text in (subject.en, subject.es):
            assert "." in text.split()[0], text
