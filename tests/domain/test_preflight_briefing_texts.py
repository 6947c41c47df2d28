"""The briefing book's pre-flight lists the briefing texts written in one language only.

The meeting's briefing texts (scene-setter … if asked, the Briefing editor's) and an
item's own internal texts are printed by the book alone: a bilingual or Spanish book
with one written in English only shows an empty column or falls back on English, so
its pre-flight says so, named as the book heads them; the English book needs no
Spanish, and the shareable documents never list them.
"""

import pytest

from bescapp.domain import preflight as checks
from bescapp.model.bilingual import Bilingual as B
from bescapp.store import agenda, briefing
from bescapp.store.preflight import preflight
from tests.preparing import prepare

SHAREABLE = ("agenda", "delegations", "actions", "communique")


@pytest.fixture
def plenary(fresh_db):
    db, _side = fresh_db
    ids = prepare(db)
    with db.transaction() as session:
        texts = briefing.briefing_texts(session, ids["meeting"])
        briefing.set_briefing_texts(session, ids["meeting"], texts
                                    .replace("scene_setter", B("The talks resume.", ""))
                                    .replace("objectives", B("Open lanes.", "Abrir carriles."))
                                    .replace("press_guidance", B("Lanes open.", "")))
        ids["positioned"] = agenda.add_item(session, ids["meeting"], None, 3, agenda.ItemFields(
            title=B("Water", "Agua"), duration_minutes=15,
            talking_points=B("Point.", "Punto."),
            counterpart_position=B("They will ask for more water.", "")))
    return db, ids


def entries(db, meeting_id, document="briefing_book", language="bilingual"):
    with db.session() as session:
        return preflight(session, meeting_id, language, document)


def briefing_texts(found):
    return [(e.values["field"], e.values["language"]) for e in found
            if e.kind == checks.BRIEFING_ONE_LANGUAGE]


@pytest.mark.parametrize("language", ["bilingual", "es"])
def test_an_english_only_scene_setter_is_listed_for_the_spanish_and_bilingual_book(
        plenary, language):
    db, ids = plenary
    found = entries(db, ids["meeting"], language=language)
    assert briefing_texts(found) == [("scene_setter", "es"), ("press_guidance", "es")]
    setter = next(e for e in found if e.kind == checks.BRIEFING_ONE_LANGUAGE)
    assert (setter.workspace, setter.entity, setter.entity_id) == ("agenda", "briefing",
                                                                  ids["meeting"])
    assert setter.text("en") == ("Scene-setter (briefing): written in English only; there is "
                                 "no Spanish text.")
    assert setter.text("es") == ("Panorama general (carpeta informativa): solo hay texto en "
                                 "inglés; falta el texto en español.")
    press = [e for e in found if e.kind == checks.BRIEFING_ONE_LANGUAGE][1]
    assert press.text("es").startswith("Líneas de prensa (carpeta informativa):")


def test_the_english_book_needs_no_spanish_briefing_text(plenary):
    db, ids = plenary
    assert briefing_texts(entries(db, ids["meeting"], language="en")) == []


def test_a_spanish_only_text_is_listed_for_the_english_book_alone(plenary):
    db, ids = plenary
    with db.transaction() as session:
        texts = briefing.briefing_texts(session, ids["meeting"])
        briefing.set_briefing_texts(session, ids["meeting"], texts.replace(
            "scene_setter", B("", "Se reanudan las pláticas.")).replace("press_guidance", B()))
    assert briefing_texts(entries(db, ids["meeting"], language="en")) == [("scene_setter", "en")]
    assert briefing_texts(entries(db, ids["meeting"], language="es")) == []
    setter = next(e for e in entries(db, ids["meeting"])
                  if e.kind == checks.BRIEFING_ONE_LANGUAGE)
    assert setter.text("en") == ("Scene-setter (briefing): written in Spanish only; there is "
                                 "no English text.")


def test_the_briefing_texts_are_listed_where_the_book_prints_them(plenary):
    """The first pages before the agenda, the press guidance after the delegation lists
    and before the status report (an annex)."""
    db, ids = plenary
    found = entries(db, ids["meeting"])
    where = [e.entity for e in found]
    setter = where.index("briefing")
    press = len(where) - 1 - where[::-1].index("briefing")
    assert where[0] == "meeting"  # the city, on the cover
    assert setter < where.index("agenda_item")
    assert max(i for i, e in enumerate(where) if e == "membership") < press
    assert press < where.index("action_line")


@pytest.mark.parametrize("document", SHAREABLE)
def test_the_shareable_documents_never_list_the_briefing_texts(plenary, document):
    db, ids = plenary
    found = entries(db, ids["meeting"], document)
    assert briefing_texts(found) == []
    assert not [e for e in found if e.values.get("field") == "counterpart_position"]


def test_an_items_english_only_position_is_listed_with_its_item(plenary):
    db, ids = plenary
    for language in ("bilingual", "es"):
        found = entries(db, ids["meeting"], language=language)
        position = [e for e in found if e.values.get("field") == "counterpart_position"]
        assert [(e.entity, e.entity_id, e.values["language"]) for e in position] == [
            ("agenda_item", ids["positioned"], "es")]
        assert position[0].text("en") == ("4. Water: the counterpart's likely position has no "
                                          "Spanish text.")
        assert position[0].text("es") == ("4. Agua: el campo «posición probable de la "
                                          "contraparte» no tiene texto en español.")
        ours = [i for i, e in enumerate(found) if e.entity_id == ids["positioned"]
                and e.entity == "agenda_item"]
        assert ours == list(range(ours[0], ours[-1] + 1))  # with its item's other entries
    found = entries(db, ids["meeting"], language="en")
    assert not [e for e in found if e.values.get("field") == "counterpart_position"]
