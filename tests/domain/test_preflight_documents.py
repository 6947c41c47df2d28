"""Each document's pre-flight lists what that document prints, on a database made by `init`.

The 13th plenary is prepared from the 12th (March 4, 2020): text copied forward that
still names the 12th is listed with where it is; the agenda's timetable gaps and
overlaps are listed; what only the briefing book prints stays out of the shared
documents' lists.
"""

import datetime as dt

import pytest

from bescapp.domain import preflight as checks
from bescapp.model.bilingual import Bilingual as B
from bescapp.store import agenda, meetings
from bescapp.store.preflight import preflight
from tests.preparing import prepare


@pytest.fixture
def plenary(fresh_db):
    db, _side = fresh_db
    return db, prepare(db)


def entries(db, meeting_id, document, language="bilingual"):
    with db.session() as session:
        return preflight(session, meeting_id, language, document)


def listed(found, kind):
    return [(e.entity_id, e.values) for e in found if e.kind == kind]


def test_the_agenda_lists_gaps_overlaps_and_text_naming_the_previous_plenary(plenary):
    db, ids = plenary
    found = entries(db, ids["meeting"], "agenda")
    assert listed(found, checks.GAP) == [(ids["late"], {"minutes": 30})]
    assert listed(found, checks.OVERLAP) == [(ids["early"], {"minutes": 15})]
    assert listed(found, checks.PREVIOUS_PLENARY) == [
        (ids["copied"], {"field": "title", "language": "en", "found": "12th Plenary"}),
        (ids["copied"], {"field": "title", "language": "es", "found": "XII Reunión Plenaria"}),
        (ids["copied"], {"field": "description", "language": "en", "found": "March 4, 2020"}),
    ]  # not "112th Plenary", not "XIII Reunión Plenaria", not the objective's mention
    texts = [e.text("en") for e in found]
    assert "2. Ports of entry: 30 min left empty before its fixed start." in texts
    assert ("3. The 112th Plenary of XIII Reunión Plenaria: its fixed start overlaps the entry "
            "before it by 15 min.") in texts
    assert ("1. Follow-up to the 12th Plenary: the title (English) names the previous plenary, "
            "“12th Plenary”.") in texts
    spanish = [e.text("es") for e in found]
    assert ("1. Seguimiento de la XII Reunión Plenaria: el campo «título» (español) menciona la "
            "reunión plenaria anterior, «XII Reunión Plenaria».") in spanish


def test_the_joint_agenda_leaves_out_what_it_never_prints(plenary):
    db, ids = plenary
    shared = {e.kind for e in entries(db, ids["meeting"], "agenda")}
    assert checks.NO_TALKING_POINTS not in shared
    assert not [e for e in entries(db, ids["meeting"], "agenda")
                if e.values.get("field") in ("objective", "talking_points", "background")]
    # No one leads the 2nd and 3rd items: the joint agenda prints an empty Leads cell.
    assert checks.NO_LEAD in shared
    book = entries(db, ids["meeting"], "briefing_book")
    assert checks.NO_TALKING_POINTS in {e.kind for e in book}
    assert (ids["early"], {"field": "objective", "language": "es"}) in listed(
        book, checks.ONE_LANGUAGE)


def test_each_document_lists_only_its_own_parts(plenary):
    db, ids = plenary
    meeting = ids["meeting"]
    people = entries(db, meeting, "delegations")
    assert [e.workspace for e in people] == ["meetings", "delegations"]
    assert listed(people, checks.ONE_LANGUAGE) == [
        (ids["member"], {"field": "title", "language": "es"})]
    assert not listed(people, checks.NO_BIOGRAPHY)  # the lists print no biographies
    assert listed(entries(db, meeting, "briefing_book"), checks.NO_BIOGRAPHY) == [
        (ids["member"], {})]
    # The report prints the lines' titles, not their descriptions; notes only in the book.
    assert entries(db, meeting, "actions") == []
    assert listed(entries(db, meeting, "briefing_book"), checks.ONE_LANGUAGE)[-1] == (
        ids["line"], {"field": "internal_notes", "language": "es"})
    # The book holds no communiqué, so it lists none of its paragraphs.
    assert not [e for e in entries(db, meeting, "briefing_book") if e.workspace == "communique"]
    with pytest.raises(ValueError, match="unknown document"):
        entries(db, meeting, "minutes")


def test_the_communique_lists_paragraphs_naming_the_previous_plenary(plenary):
    db, ids = plenary
    found = entries(db, ids["meeting"], "communique")
    assert [(e.values["number"], e.values["language"], e.values["found"])
            for e in found if e.kind == checks.PREVIOUS_PLENARY_PARAGRAPH] == [
        (2, "en", "March 4, 2020"), (2, "es", "4 de marzo de 2020")]
    assert [e.values["number"] for e in found if e.kind == checks.NOT_AGREED] == [2]
    assert next(e for e in found if e.kind == checks.PREVIOUS_PLENARY_PARAGRAPH).text("en") == (
        "Communiqué paragraph 2 (English) names the previous plenary, “March 4, 2020”.")


@pytest.mark.parametrize("document", ["agenda", "delegations", "communique", "briefing_book"])
def test_a_city_without_its_spanish_name_is_listed_for_the_spanish_documents(plenary, document):
    db, ids = plenary
    for language in ("es", "bilingual"):
        (entry,) = [e for e in entries(db, ids["meeting"], document, language)
                    if e.kind == checks.CITY_ONE_LANGUAGE]
        assert (entry.workspace, entry.entity, entry.entity_id) == (
            "meetings", "meeting", ids["meeting"])
        assert entry.text("en") == ("The meeting's city has no Spanish name: the Spanish "
                                    "documents will use the English name “Washington, D.C.”.")
        assert entry.text("es") == ("La ciudad de la reunión no tiene nombre en español: los "
                                    "documentos en español usarán el nombre en inglés "
                                    "«Washington, D.C.».")
    assert not [e for e in entries(db, ids["meeting"], document, "en")
                if e.kind == checks.CITY_ONE_LANGUAGE]


def test_a_meeting_with_no_plenary_before_it_names_none(fresh_db):
    db, _side = fresh_db
    with db.transaction() as session:
        meeting = meetings.create_meeting(session, meetings.MeetingFields(
            number=1, start_date=dt.date(2026, 5, 6), end_date=dt.date(2026, 5, 6),
            city=B("Tijuana", "Tijuana")))
        agenda.add_item(session, meeting, None, 0, agenda.ItemFields(
            title=B("March 4, 2020", "4 de marzo de 2020")))
    assert not [e for e in entries(db, meeting, "agenda") if e.kind == checks.PREVIOUS_PLENARY]
