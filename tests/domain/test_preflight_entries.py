"""Pre-flight: each doubtful thing becomes one entry that says what and where."""

import datetime as dt

from sqlalchemy import select

from bescapp.domain.preflight import (
    AGREED_BRACKETED,
    NO_BIOGRAPHY,
    NO_LEAD,
    NO_TALKING_POINTS,
    NOT_AGREED,
    ONE_LANGUAGE,
    OVERRUN,
)
from bescapp.model.bilingual import Bilingual
from bescapp.model.entities import AgendaItem, AgendaKind, Meeting, Membership, Paragraph
from bescapp.store.preflight import preflight


def entries(db, meeting_id, language="bilingual", document="briefing_book"):
    with db.session() as session:
        return preflight(session, meeting_id, language, document)


def first_item(session, meeting_id):
    return session.scalars(select(AgendaItem).where(
        AgendaItem.meeting_id == meeting_id, AgendaItem.kind == AgendaKind.ITEM,
        AgendaItem.title_en.like("Expansion of the San Ysidro%"))).one()


def test_the_demo_flags_items_without_talking_points_and_leads(demo_db):
    db, meeting_id = demo_db
    found = entries(db, meeting_id)
    kinds = {e.kind for e in found}
    assert {NO_TALKING_POINTS, NO_LEAD} <= kinds
    assert NOT_AGREED in {e.kind for e in entries(db, meeting_id, document="communique")}
    lead = next(e for e in found if e.kind == NO_LEAD)
    assert (lead.workspace, lead.entity) == ("agenda", "agenda_item")
    assert lead.text("en") == ("IV.2 Preventing crime and violence in the border region: "
                               "no one leads this item.")
    assert lead.text("es").endswith("el tema no tiene ponente.")


def test_text_in_one_language_only_names_the_field_and_the_missing_language(demo_db):
    db, meeting_id = demo_db
    with db.transaction() as session:
        item = first_item(session, meeting_id)
        item.objective = Bilingual(item.objective.en, "")
        item_id = item.id
    found = [e for e in entries(db, meeting_id) if e.kind == ONE_LANGUAGE]
    assert [(e.entity_id, e.values) for e in found] == [
        (item_id, {"field": "objective", "language": "es"})]
    assert found[0].text("en").endswith("the objective has no Spanish text.")
    assert found[0].text("es").endswith("el campo «objetivo» no tiene texto en español.")
    # An English book does not miss the Spanish objective; a Spanish one does.
    assert not [e for e in entries(db, meeting_id, "en") if e.kind == ONE_LANGUAGE]
    assert [e for e in entries(db, meeting_id, "es") if e.kind == ONE_LANGUAGE]


def test_a_member_without_a_biography(demo_db):
    db, meeting_id = demo_db
    with db.transaction() as session:
        membership = session.scalars(select(Membership).order_by(Membership.id)).first()
        membership.person.biography = Bilingual()
        membership_id = membership.id
    found = [e for e in entries(db, meeting_id) if e.kind == NO_BIOGRAPHY]
    assert [(e.workspace, e.entity, e.entity_id) for e in found] == [
        ("delegations", "membership", membership_id)]
    assert found[0].text("en").endswith(": no biography.")


def test_an_agenda_that_overruns_the_day(demo_db):
    db, meeting_id = demo_db
    assert not [e for e in entries(db, meeting_id) if e.kind == OVERRUN]
    with db.transaction() as session:
        session.get(Meeting, meeting_id).day_end = dt.time(12, 0)
    found = [e for e in entries(db, meeting_id) if e.kind == OVERRUN]
    assert len(found) == 1
    assert found[0].values["day"] == 1
    assert found[0].values["minutes"] == 180
    # a duration as the agenda writes one: "3 h", not "180 min"
    assert found[0].text("en").endswith(" ends 3 h after the end of the day.")
    assert found[0].text("es").endswith(" termina 3 h después del fin de la jornada.")


def demo_paragraphs(db, meeting_id):
    from bescapp.store.communique import draft_paragraphs

    with db.session() as session:
        return draft_paragraphs(session, meeting_id)


def test_bracketed_text_in_the_communique(demo_db):
    db, meeting_id = demo_db
    rows = demo_paragraphs(db, meeting_id)
    open_numbers = [r.position + 1 for r in rows if r.status.value != "agreed"]
    with_brackets = next(r.position + 1 for r in rows if "[expand]" in r.text.en)
    found = [e for e in entries(db, meeting_id, document="communique") if e.kind == NOT_AGREED]
    assert open_numbers, "the demo draft is still under negotiation"
    assert [e.values["number"] for e in found] == open_numbers
    flagged = next(e for e in found if e.values["number"] == with_brackets)
    assert "[expand]US [consolidate]MX" in flagged.text("en")
    with db.transaction() as session:
        for paragraph in session.scalars(select(Paragraph)):
            paragraph.status = "agreed"
            paragraph.text = Bilingual(paragraph.text.en.replace("[", "").replace("]", ""),
                                       paragraph.text.es.replace("[", "").replace("]", ""))
    assert not [e for e in entries(db, meeting_id, document="communique")
                if e.kind in (NOT_AGREED, AGREED_BRACKETED)]


def test_an_agreed_paragraph_with_a_bracket_left_is_still_flagged(demo_db):
    db, meeting_id = demo_db
    with_brackets = [r.position + 1 for r in demo_paragraphs(db, meeting_id)
                     if "[" in r.text.en + r.text.es]
    with db.transaction() as session:
        for paragraph in session.scalars(select(Paragraph)):
            paragraph.status = "agreed"
    found = entries(db, meeting_id, document="communique")
    assert with_brackets
    assert not [e for e in found if e.kind == NOT_AGREED]
    flagged = [e for e in found if e.kind == AGREED_BRACKETED]
    assert [e.values["number"] for e in flagged] == with_brackets
    assert flagged[0].text("en") == (
        f"Communiqué paragraph {with_brackets[0]} is marked agreed but still holds bracketed "
        f"text: {flagged[0].subject.en}")
    assert flagged[0].text("es").startswith(
        f"El párrafo {with_brackets[0]} del comunicado está marcado como acordado pero aún "
        "tiene texto entre corchetes: ")


def test_an_unknown_meeting_has_no_entries(demo_db):
    db, _meeting_id = demo_db
    assert entries(db, 9999) == []
