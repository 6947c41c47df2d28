"""The demo plenary: what it holds, that it is consistent, and the bulk added for benchmarks."""

import datetime as dt
import random
import re
import string

import pytest
from sqlalchemy import func, select

from bescapp.model.bilingual import Bilingual
from bescapp.model.entities import (
    ActionLine,
    ActionPlan,
    Agency,
    AgendaItem,
    AgendaKind,
    AgendaLead,
    Delegation,
    LineStatus,
    Meeting,
    MeetingKind,
    Membership,
    Paragraph,
    ParagraphPattern,
    ParagraphStatus,
    Party,
    Person,
    StatusUpdate,
    Term,
)
from bescapp.store import our_side
from bescapp.store.database import open_in_memory
from bescapp.store.demo import (
    AGENDA_ITEMS_PER_SCALE,
    DEMO_MEETING_NUMBER,
    LINES_PER_SCALE,
    MEMBERS_PER_SCALE,
    SAMPLE_BIO,
    DemoNotEmpty,
    add_scale,
    load_demo,
    sentence,
)

PLENARY_DATE = dt.date(2020, 3, 4)
HOSTS = {("Jesús", "Seade", "Kuri"), ("Christopher", "Landau", ""), ("James W.", "McCament", "")}


@pytest.fixture
def demo():
    """(session, meeting id) over a fresh in-memory database holding the demo."""
    db = open_in_memory()
    with db.transaction() as session:
        meeting_id = load_demo(session)
        yield session, meeting_id
    db.close()


def count(session, model) -> int:
    return session.scalar(select(func.count()).select_from(model))


def test_the_twelfth_plenary_is_in_mexico_city_on_march_4_2020(demo):
    session, meeting_id = demo
    meeting = session.get(Meeting, meeting_id)
    assert (meeting.kind, meeting.number) == (MeetingKind.PLENARY, DEMO_MEETING_NUMBER)
    assert meeting.start_date == meeting.end_date == PLENARY_DATE
    assert meeting.city.es == "Ciudad de México"
    assert meeting.city.en == "Mexico City"
    assert meeting.host_party.code == "MX"
    # The demo is the U.S. delegation's database (demo without --side).
    assert meeting.handling_marking == Bilingual("SENSITIVE BUT UNCLASSIFIED",
                                                 "SENSIBLE NO CLASIFICADO")


def test_plenaries_one_to_twelve_in_date_order(demo):
    session, _ = demo
    meetings = session.scalars(select(Meeting).order_by(Meeting.number)).all()
    assert [m.number for m in meetings] == list(range(1, 13))
    assert meetings[0].start_date.year == 2010
    dates = [m.start_date for m in meetings]
    assert dates == sorted(dates)


def test_the_three_hosts_are_the_only_real_people(demo):
    session, meeting_id = demo
    people = session.scalars(select(Person)).all()
    real = {(p.given_names, p.first_surname, p.second_surname) for p in people if not p.is_sample}
    assert real == HOSTS
    for person in people:
        if person.is_sample:
            assert person.biography.en.startswith(SAMPLE_BIO.en)
            assert person.biography.es.startswith(SAMPLE_BIO.es)
            assert person.email.endswith("example.org")
    hosts = session.scalars(
        select(Person).join(Membership).join(Delegation)
        .where(Delegation.meeting_id == meeting_id, Membership.is_host)).all()
    assert {(p.given_names, p.first_surname, p.second_surname) for p in hosts} == HOSTS


def test_host_titles_follow_the_press_release(demo):
    session, _ = demo
    seade = session.scalar(select(Person).where(Person.first_surname == "Seade"))
    assert seade.title.en.startswith("Under Secretary for North America")
    assert seade.title.es.startswith("Subsecretario para América del Norte")
    assert seade.agency.acronym == "SRE"
    landau = session.scalar(select(Person).where(Person.first_surname == "Landau"))
    assert (landau.honorific, landau.agency.acronym) == ("amb", "DOS")
    mccament = session.scalar(select(Person).where(Person.first_surname == "McCament"))
    assert mccament.agency.acronym == "DHS"
    assert "Departamento de Seguridad Nacional" in mccament.title.es


def test_each_delegation_is_in_protocol_order_under_its_head(demo):
    session, meeting_id = demo
    delegations = session.scalars(
        select(Delegation).where(Delegation.meeting_id == meeting_id)).all()
    assert {d.party.code for d in delegations} == {"US", "MX"}
    for delegation in delegations:
        members = delegation.memberships
        assert 8 <= len(members) <= 10
        assert [m.precedence for m in members] == list(range(1, len(members) + 1))
        assert members[0].role == "head"
        assert all(m.agency_id and not m.title.is_empty() for m in members)
        assert all(m.agency.party_id == delegation.party_id for m in members)
    attendance = {m.attendance for d in delegations for m in d.memberships}
    assert {"confirmed", "tentative", "declined"} <= attendance


def test_titles_are_kept_per_meeting(demo):
    session, _ = demo
    titles: dict[int, dict[int, str]] = {}
    for membership in session.scalars(select(Membership)):
        number = membership.delegation.meeting.number
        titles.setdefault(membership.person_id, {})[number] = membership.title.en
    both = [t for t in titles.values() if {11, 12} <= set(t)]
    assert both, "someone sits on both the 11th and 12th delegations"
    assert any(t[11] != t[12] for t in both)


def test_lunch_is_fixed_at_one_and_the_agenda_has_every_kind(demo):
    session, meeting_id = demo
    items = session.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)).all()
    meals = [i for i in items if i.kind == AgendaKind.MEAL]
    assert [(m.fixed_start, m.duration_minutes) for m in meals] == [(dt.time(13, 0), 60)]
    kinds = {i.kind for i in items}
    assert {AgendaKind.SESSION, AgendaKind.ITEM, AgendaKind.BREAK, AgendaKind.SIGNING} <= kinds
    assert all(0 <= i.duration_minutes <= 60 for i in items)


def test_agenda_positions_count_from_zero_among_siblings(demo):
    session, meeting_id = demo
    items = session.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)).all()
    siblings: dict[int | None, list[int]] = {}
    for item in items:
        siblings.setdefault(item.parent_id, []).append(item.position)
    for positions in siblings.values():
        assert sorted(positions) == list(range(len(positions)))


def test_the_agenda_leaves_gaps_for_the_preflight_list(demo):
    session, meeting_id = demo
    items = session.scalars(select(AgendaItem).where(
        AgendaItem.meeting_id == meeting_id, AgendaItem.kind == AgendaKind.ITEM,
        AgendaItem.duration_minutes >= 20)).all()
    assert any(i.talking_points.is_empty() for i in items)
    assert any(not i.leads for i in items)
    assert sum(not i.talking_points.is_empty() for i in items) >= len(items) // 2
    hosts_leading = {p.first_surname for i in items for p in i.leads}
    assert "Seade" in hosts_leading


@pytest.mark.parametrize("model", [AgendaItem, ActionPlan, ActionLine])
def test_every_title_is_in_both_languages(demo, model):
    session, _ = demo
    for row in session.scalars(select(model)):
        assert row.title.en.strip(), row.title
        assert row.title.es.strip(), row.title


def test_internal_fields_are_bilingual_where_filled(demo):
    session, _ = demo
    for item in session.scalars(select(AgendaItem)):
        for field in (item.description, item.objective, item.talking_points, item.background):
            assert field.missing_languages() == [], item.title.en
        assert item.talking_points.en.count("\n") == item.talking_points.es.count("\n")


def test_action_lines_tell_a_consistent_story(demo):
    session, meeting_id = demo
    plans = session.scalars(select(ActionPlan).order_by(ActionPlan.position)).all()
    assert [p.code for p in plans] == ["POE", "TTF", "PS"]
    assert all(p.adopted_at_meeting_id == meeting_id for p in plans)
    for plan in plans:
        assert 3 <= len(plan.lines) <= 5
        assert_lines_consistent(plan.lines)
    lines = [line for plan in plans for line in plan.lines]
    assert any(line.created_on.year < 2020 for line in lines)
    assert any(not line.internal_notes.is_empty() for line in lines)
    overdue = [line for line in lines
               if line.due_date < PLENARY_DATE and line.status != LineStatus.COMPLETED]
    assert overdue
    eleventh = session.scalar(select(Meeting.start_date).where(Meeting.number == 11))
    assert sum(u.date > eleventh for line in lines for u in line.updates) >= 5


def assert_lines_consistent(lines):
    for line in lines:
        assert line.us_agency.party.code == "US"
        assert line.mx_agency.party.code == "MX"
        assert (line.status == LineStatus.COMPLETED) == (line.progress == 100), line.code
        assert 1 <= len(line.updates) <= 3, line.code
        assert line.updates[-1].status == line.status, line.code
        assert line.updates[-1].progress == line.progress, line.code
        dates = [u.date for u in line.updates]
        assert dates == sorted(dates)
        assert line.created_on <= dates[0], line.code
        assert dates[-1] <= dt.date(2020, 3, 1), line.code
        progress = [u.progress for u in line.updates]
        assert progress == sorted(progress), line.code


def test_the_communique_draft_has_a_bracketed_paragraph_in_both_languages(demo):
    session, _ = demo
    paragraphs = session.scalars(select(Paragraph).order_by(Paragraph.position)).all()
    assert len(paragraphs) >= 6
    assert {p.status for p in paragraphs} >= {ParagraphStatus.AGREED, ParagraphStatus.DRAFT,
                                              ParagraphStatus.BRACKETED}
    bracketed = [p for p in paragraphs if p.status == ParagraphStatus.BRACKETED]
    assert bracketed
    for paragraph in bracketed:
        en, es = (re.findall(r"\[[^\]]+\]", t) for t in (paragraph.text.en, paragraph.text.es))
        assert en
        assert len(en) == len(es)
    for paragraph in paragraphs:
        assert paragraph.text.missing_languages() == []
        if paragraph.status != ParagraphStatus.BRACKETED:
            assert "[" not in paragraph.text.en + paragraph.text.es


def test_patterns_use_the_same_placeholders_in_both_languages(demo):
    session, _ = demo
    patterns = {p.key: p.text for p in session.scalars(select(ParagraphPattern))}
    assert set(patterns) == {"opening", "action_plan", "completed_line", "commitments", "closing"}

    def fields(text):
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    for key, text in patterns.items():
        assert fields(text.en) == fields(text.es), key
        assert fields(text.en), key


def test_the_termbase_has_the_committee_and_its_programs(demo):
    session, _ = demo
    terms = {t.term.en: t for t in session.scalars(select(Term))}
    assert len(terms) >= 12
    assert terms["Executive Steering Committee"].acronym.es == "CEB"
    assert terms["port of entry"].term.es == "puerto de entrada"
    assert all(not t.term.missing_languages() for t in terms.values())


def test_the_demo_goes_only_into_an_empty_database(demo):
    session, _ = demo
    with pytest.raises(DemoNotEmpty):
        load_demo(session)


def test_a_sentence_has_15_to_40_words_in_each_language():
    rng = random.Random(0)
    for _ in range(500):
        text = sentence(rng)
        for words in (text.en.split(), text.es.split()):
            assert 15 <= len(words) <= 40, text
        assert text.en.endswith(".")
        assert text.es.endswith(".")


SCALED = (Person, Membership, AgendaItem, ActionLine, StatusUpdate)


def test_add_scale_adds_about_scale_times_the_demo(demo):
    session, meeting_id = demo
    before = {model: count(session, model) for model in SCALED}
    add_scale(session, meeting_id, 2)
    session.flush()
    grown = {model: count(session, model) - before[model] for model in SCALED}
    assert grown[Person] == grown[Membership] == 2 * MEMBERS_PER_SCALE
    assert grown[AgendaItem] == 2 * AGENDA_ITEMS_PER_SCALE
    assert grown[ActionLine] == 2 * LINES_PER_SCALE
    assert 2 * LINES_PER_SCALE <= grown[StatusUpdate] <= 3 * 2 * LINES_PER_SCALE
    assert count(session, AgendaLead) > 0


def test_scaled_rows_keep_the_demo_rules(demo):
    session, meeting_id = demo
    add_scale(session, meeting_id, 1)
    for plan in session.scalars(select(ActionPlan)):
        assert_lines_consistent(plan.lines)
        codes = [line.code for line in plan.lines]
        assert len(codes) == len(set(codes))
    for delegation in session.scalars(select(Delegation).where(
            Delegation.meeting_id == meeting_id)):
        precedences = [m.precedence for m in delegation.memberships]
        assert precedences == list(range(1, len(precedences) + 1))
    people = session.scalars(select(Person)).all()
    assert sum(not p.is_sample for p in people) == len(HOSTS)
    for model in (AgendaItem, ActionLine):
        for row in session.scalars(select(model)):
            assert row.title.en.strip()
            assert row.title.es.strip()
    top = session.scalars(select(AgendaItem.position).where(
        AgendaItem.meeting_id == meeting_id, AgendaItem.parent_id.is_(None))).all()
    assert sorted(top) == list(range(len(top)))


def test_add_scale_is_repeatable_from_its_seed():
    def titles():
        db = open_in_memory()
        try:
            with db.transaction() as session:
                add_scale(session, load_demo(session), 1)
                return [line.title for line in
                        session.scalars(select(ActionLine).order_by(ActionLine.id))]
        finally:
            db.close()

    assert titles() == titles()


def test_the_starter_rows_are_reused_not_duplicated():
    db = open_in_memory()
    try:
        with db.transaction() as session:
            before = {model: count(session, model) for model in (Party, Agency, Term)}
            assert before[Party] == 2
            assert before[Agency] > 10
            assert before[Term] > 10
            load_demo(session)
            assert count(session, Party) == 2
            assert count(session, Term) == before[Term]
            # SCT, as transport was called in 2020, is the one agency the demo adds.
            assert count(session, Agency) == before[Agency] + 1
    finally:
        db.close()


def test_demo_side_makes_it_that_sides_database():
    db = open_in_memory()
    try:
        with db.transaction() as session:
            twelfth = load_demo(session, "MX")
            assert our_side.our_side(session) == "MX"
            assert session.get(Meeting, twelfth).handling_marking.es == "DOCUMENTO DE USO INTERNO"
    finally:
        db.close()
