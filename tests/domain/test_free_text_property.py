"""Any text a user can paste into a free-text field the window edits is either stored or
refused with the domain's message — never another exception (hypothesis).

Driven through the store operations the window's undo commands call: member names and
titles, the meeting's city and venue, agenda titles, action-line titles, communiqué
paragraphs."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bescapp.domain.actions import ActionsInvalid, NeedsConfirmation
from bescapp.domain.agenda import AgendaInvalid
from bescapp.domain.delegations import MemberInvalid, MembershipFields, PersonFields
from bescapp.domain.text import DIRECTION_CONTROLS
from bescapp.model.bilingual import Bilingual
from bescapp.model.entities import ActionLine, AgendaItem, Meeting, Membership, Paragraph, Person
from bescapp.store import actions, agenda, communique, delegations
from bescapp.store.communique import CommuniqueProblem
from bescapp.store.database import open_in_memory
from bescapp.store.meetings import MeetingFields, MeetingInvalid, create_meeting, update_meeting

REFUSALS = (MemberInvalid, MeetingInvalid, AgendaInvalid, ActionsInvalid, NeedsConfirmation,
            CommuniqueProblem)
NASTY = ["\u200b", "\ufeff", "\u202e", "\u2066", "\u2069", "\u00ad", "\x00", "\x1b", "\x7f",
         "\ud800", "\udcff", "\ufffe", "\uffff", "\U0001f600", "\u0301", "\r", "\n", "\u2028", "é"]
# Any code point, surrogates included (what sys.argv or a broken paste can hold), often
# the awkward ones, and now and then far too long.
CHARACTER = st.one_of(st.characters(codec=None, categories=None), st.sampled_from(NASTY))
TEXT = st.one_of(
    st.text(CHARACTER, max_size=40),
    st.builds(lambda piece, n: piece * n, st.text(CHARACTER, min_size=1, max_size=3),
              st.integers(50, 25_000)))
EXAMPLES = settings(max_examples=50, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@pytest.fixture(scope="module")
def store():
    db = open_in_memory()
    with db.transaction() as s:
        meeting_id = create_meeting(s, MeetingFields(city=Bilingual("Laredo", "Laredo"),
                                                     start_date=dt.date(2026, 3, 4),
                                                     end_date=dt.date(2026, 3, 4)))
        person_id = delegations.create_person(s, PersonFields(given_names="Ana",
                                                              first_surname="Soto"))
        party_id = delegations.party_by_code(s, "MX").id
        membership_id = delegations.add_member(s, meeting_id, party_id, person_id,
                                               MembershipFields())
        item_id = agenda.add_item(s, meeting_id, None, 0,
                                  agenda.ItemFields(title=Bilingual("Opening", "")))
        plan_id = actions.add_plan(s, actions.PlanFields(code="POE", title=Bilingual("P", ""),
                                                         start_date=dt.date(2020, 1, 1)))
        line_id = actions.add_line(s, plan_id, actions.LineFields(title=Bilingual("L", "")))
        paragraph_id = communique.add_paragraph(s, meeting_id, None, Bilingual("x", "x"))
    ids = {"meeting": meeting_id, "person": person_id, "membership": membership_id,
           "item": item_id, "line": line_id, "paragraph": paragraph_id}
    yield db, ids
    db.close()


def stored_or_refused(db, operation, read):
    """Run ``operation`` in a transaction; if it is stored, return what ``read`` finds."""
    refused = None
    try:
        with db.transaction() as s:
            operation(s)
    except REFUSALS as refusal:
        refused = str(refusal)  # an English sentence for the command line
    if refused is not None:
        assert refused.strip()
        return None
    with db.session() as s:
        return read(s)


@EXAMPLES
@given(given_names=TEXT, surname=TEXT, title=TEXT)
def test_member_names_and_titles(store, given_names, surname, title):
    db, ids = store
    fields = PersonFields(given_names=given_names, first_surname=surname,
                          title=Bilingual(title, title))
    row = stored_or_refused(db, lambda s: delegations.update_person(s, ids["person"], fields),
                            lambda s: s.get(Person, ids["person"]))
    if row is not None:
        assert row.given_names.strip()
        assert not DIRECTION_CONTROLS.search(row.given_names)
        assert len(row.title.en) <= 1000
        assert not DIRECTION_CONTROLS.search(row.title.en)
    membership = MembershipFields(title=Bilingual(title, ""))
    stored_or_refused(db, lambda s: delegations.update_membership(s, ids["membership"],
                                                                  membership),
                      lambda s: s.get(Membership, ids["membership"]))


@EXAMPLES
@given(city=TEXT, venue=TEXT)
def test_meeting_city_and_venue(store, city, venue):
    db, ids = store
    fields = MeetingFields(city=Bilingual(city, "Laredo"), venue=Bilingual("", venue),
                           start_date=dt.date(2026, 3, 4), end_date=dt.date(2026, 3, 4))
    row = stored_or_refused(db, lambda s: update_meeting(s, ids["meeting"], fields),
                            lambda s: s.get(Meeting, ids["meeting"]))
    if row is not None:
        assert len(row.city.en) <= 200
        assert len(row.venue.es) <= 500


@EXAMPLES
@given(title=TEXT)
def test_agenda_titles(store, title):
    db, ids = store
    fields = agenda.ItemFields(title=Bilingual(title, title), description=Bilingual(title, ""))
    row = stored_or_refused(db, lambda s: agenda.update_item(s, ids["item"], fields),
                            lambda s: s.get(AgendaItem, ids["item"]))
    if row is not None:
        assert not DIRECTION_CONTROLS.search(row.title.es)


@EXAMPLES
@given(title=TEXT, notes=TEXT)
def test_action_line_titles(store, title, notes):
    db, ids = store
    fields = actions.LineFields(title=Bilingual(title, ""), internal_notes=Bilingual("", notes))
    stored_or_refused(db, lambda s: actions.update_line(s, ids["line"], fields),
                      lambda s: s.get(ActionLine, ids["line"]))


@EXAMPLES
@given(text=TEXT)
def test_communique_paragraphs(store, text):
    db, ids = store
    stored_or_refused(
        db, lambda s: communique.edit_paragraph(s, ids["paragraph"], text=Bilingual(text, text)),
        lambda s: s.get(Paragraph, ids["paragraph"]))
