"""Text the store cannot hold is refused at the field, in the core, with a message.

Each case drives the store operation the window calls, on a database made by ``init``.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from bescapp.domain import text as texts
from bescapp.domain.actions import ActionProblem, ActionsInvalid
from bescapp.domain.agenda import AgendaInvalid, AgendaProblem
from bescapp.domain.delegations import MemberInvalid, MemberProblem, MembershipFields, PersonFields
from bescapp.model import entities as models
from bescapp.model.bilingual import Bilingual
from bescapp.model.entities import Meeting, Person
from bescapp.store import actions, agenda, communique, delegations
from bescapp.store.communique import CommuniqueProblem, Refusal
from bescapp.store.meetings import MeetingFields, MeetingInvalid, MeetingProblem, create_meeting

SURROGATE = "Ana\udce9"  # what Python makes of the Latin-1 byte é in sys.argv
INVISIBLE = ["\u200b", "\ufeff", "\u200b\u200c\u200d\u2060", "\u00ad", "\u3164", "\u202e"]
PLACE = MeetingFields(city=Bilingual("Laredo", "Laredo"), start_date=dt.date(2026, 3, 4),
                      end_date=dt.date(2026, 3, 4))


def person(**names) -> PersonFields:
    return PersonFields(**{"given_names": "Ana", "first_surname": "Soto", **names})


def test_a_lone_surrogate_in_a_name_is_refused_not_a_crash(fresh_db):
    db, _side = fresh_db
    with db.transaction() as s, pytest.raises(MemberInvalid) as caught:
        delegations.create_person(s, person(given_names=SURROGATE))
    assert caught.value.problems == [MemberProblem.UNSTORABLE_TEXT]
    assert str(caught.value) == "the text holds characters that cannot be stored (a broken paste?)"


@pytest.mark.parametrize("blank", INVISIBLE)
def test_a_name_of_only_invisible_characters_is_refused(fresh_db, blank):
    db, _side = fresh_db
    with db.transaction() as s, pytest.raises(MemberInvalid) as caught:
        delegations.create_person(s, person(first_surname=blank))
    assert set(caught.value.problems) <= {MemberProblem.INVISIBLE_NAME, MemberProblem.NO_NAME}
    assert caught.value.problems


def test_direction_overrides_are_removed_from_names_and_titles(fresh_db):
    db, _side = fresh_db
    with db.transaction() as s:
        person_id = delegations.create_person(s, person(
            given_names="\u202eanA", second_surname="Ruiz\u2066",
            title=Bilingual("Director\u202d", "\u2067Directora\u2069")))
    with db.session() as s:
        row = s.get(Person, person_id)
        assert (row.given_names, row.second_surname) == ("anA", "Ruiz")
        assert row.title == Bilingual("Director", "Directora")
    assert MembershipFields(title=Bilingual("\u202aJefa", "")).cleaned().title.en == "Jefa"


def test_a_100000_character_city_is_refused_before_it_reaches_a_document(fresh_db):
    db, _side = fresh_db
    fields = MeetingFields(city=Bilingual("x" * 100_000, "Laredo"))
    with db.transaction() as s, pytest.raises(MeetingInvalid) as caught:
        create_meeting(s, fields)
    assert caught.value.problems == [MeetingProblem.CITY_TOO_LONG]
    assert str(caught.value) == "The city is longer than 200 characters."
    with db.session() as s:
        assert s.scalar(select(Meeting.id)) is None


def test_a_city_of_invisible_characters_is_no_city(fresh_db):
    db, _side = fresh_db
    with db.transaction() as s, pytest.raises(MeetingInvalid) as caught:
        create_meeting(s, MeetingFields(city=Bilingual("\u200b", "\ufeff")))
    assert caught.value.problems == [MeetingProblem.CITY]


def test_the_venue_and_the_marking_have_limits_and_no_surrogates(fresh_db):
    db, _side = fresh_db
    fields = MeetingFields(city=Bilingual("Laredo", ""), venue=Bilingual("v" * 501, ""),
                           handling_marking=Bilingual("", "SENSITIVE\udc80"))
    with db.transaction() as s, pytest.raises(MeetingInvalid) as caught:
        create_meeting(s, fields)
    assert caught.value.problems == [MeetingProblem.VENUE_TOO_LONG, MeetingProblem.UNSTORABLE]


def test_agenda_titles_and_texts(fresh_db):
    db, _side = fresh_db
    with db.transaction() as s:
        meeting_id = create_meeting(s, PLACE)
    item = agenda.ItemFields(title=Bilingual("Opening", ""), description=Bilingual(SURROGATE, ""))
    with db.transaction() as s, pytest.raises(AgendaInvalid) as caught:
        agenda.add_item(s, meeting_id, None, 0, item)
    assert [(p.code, p.field, p.language) for p in caught.value.problems] == [
        (AgendaProblem.UNSTORABLE, "description", "en")]
    with db.transaction() as s, pytest.raises(AgendaInvalid) as caught:
        agenda.add_item(s, meeting_id, None, 0, agenda.ItemFields(title=Bilingual("\u200b", "")))
    assert caught.value.problems[0].code is AgendaProblem.NO_TITLE
    assert agenda.cleaned(agenda.ItemFields(title=Bilingual("Open\u202eing", "")))[0].title.en \
        == "Opening"


def test_action_lines_and_plans(fresh_db):
    db, _side = fresh_db
    with db.transaction() as s, pytest.raises(ActionsInvalid) as caught:
        actions.add_plan(s, actions.PlanFields(code="POE\udc80", title=Bilingual("Ports", "")))
    assert [p.code for p in caught.value.problems] == [ActionProblem.UNSTORABLE]
    with db.transaction() as s:
        plan_id = actions.add_plan(s, actions.PlanFields(code="POE", title=Bilingual("Ports", ""),
                                                         start_date=dt.date(2020, 1, 1)))
    with db.transaction() as s, pytest.raises(ActionsInvalid) as caught:
        actions.add_line(s, plan_id, actions.LineFields(
            title=Bilingual("Line", ""), internal_notes=Bilingual("", "\ud800")))
    assert [(p.code, p.field) for p in caught.value.problems] == [
        (ActionProblem.UNSTORABLE, "internal_notes")]
    with db.transaction() as s:
        line_id = actions.add_line(s, plan_id, actions.LineFields(
            title=Bilingual("\u202eLine", "")))
    with db.session() as s:
        assert s.get(models.ActionLine, line_id).title.en == "Line"


def test_communique_paragraphs_labels_and_terms(fresh_db):
    db, _side = fresh_db
    with db.transaction() as s:
        meeting_id = create_meeting(s, PLACE)
    with db.transaction() as s, pytest.raises(CommuniqueProblem) as caught:
        communique.add_paragraph(s, meeting_id, None, Bilingual(SURROGATE, ""))
    assert [r.code for r in caught.value.reasons] == [Refusal.UNSTORABLE_TEXT]
    with db.transaction() as s, pytest.raises(CommuniqueProblem):
        communique.add_term(s, communique.TermFields(Bilingual("port\udc80", "puerto")))


def test_each_free_text_field_declares_its_length_on_the_model():
    declared = {
        (Person, "given_names"): 200, (Person, "first_surname"): 200,
        (Person, "second_surname"): 200, (Person, "title_en"): 1000, (Person, "email"): 320,
        (Person, "phone"): 60, (models.Membership, "title_es"): 1000,
        (Meeting, "city_en"): 200, (Meeting, "venue_es"): 500,
        (Meeting, "handling_marking_en"): 200, (models.AgendaItem, "title_en"): 500,
        (models.AgendaItem, "talking_points_es"): 20_000, (models.ActionLine, "title_es"): 500,
        (models.Paragraph, "text_en"): 20_000, (models.CommuniqueVersion, "label"): 200,
    }
    assert {key: texts.max_length(getattr(key[0], key[1])) for key in declared} == declared


def test_faults_name_the_field_and_language():
    found = texts.bilingual_faults("city", Bilingual("x" * 201, "\udc80"), 200)
    assert [f.english() for f in found] == [
        "city (English): 201 characters; at most 200",
        "city (Spanish): holds characters that cannot be stored (a broken paste?)"]
    assert [f.text("es") for f in found] == [
        "ciudad (inglés): 201 caracteres; como máximo 200",
        "ciudad (español): contiene caracteres que no se pueden guardar (¿un pegado dañado?)"]
    assert texts.invisible("\u200b \ufeff")
    assert not texts.invisible("Ana\u200b")
    assert not texts.invisible("")
