"""Agenda operations on the demo plenary: order, moves, edits, leads, attachments, copy."""

import datetime as dt

import pytest

from bescapp.domain.agenda import AgendaInvalid, AgendaProblem, schedule
from bescapp.model.bilingual import Bilingual
from bescapp.model.entities import AgendaItem, AgendaKind, AgendaLead, Attachment, Meeting
from bescapp.store import agenda
from bescapp.store.agenda import ItemFields, Where
from bescapp.store.changes import Kind
from bescapp.store.snapshots import restore


def titles(db, meeting_id, parent_title=None):
    with db.session() as session:
        rows = agenda.load_tree(session, meeting_id)
    by_title = {r.title.en: r for r in rows}
    parent = by_title[parent_title].id if parent_title else None
    group = sorted((r for r in rows if r.parent_id == parent),
                   key=lambda r: (r.day, r.position) if parent is None else r.position)
    return [r.title.en for r in group]


def item_id(db, meeting_id, title):
    with db.session() as session:
        return session.query(AgendaItem.id).filter_by(meeting_id=meeting_id, title_en=title).scalar()


def test_load_tree_has_the_demo_agenda_with_leads(demo_db):
    db, meeting_id = demo_db
    with db.session() as session:
        rows = agenda.load_tree(session, meeting_id)
    assert 18 <= len(rows) <= 25
    top = titles(db, meeting_id)
    assert top[0] == "Opening Session"
    assert top[-1].startswith("Closing remarks")
    welcome = next(r for r in rows if r.title.en.startswith("Welcome remarks"))
    assert welcome.leads
    assert "Seade" in welcome.leads[0]


def test_move_within_a_session_and_back(demo_db):
    db, meeting_id = demo_db
    adoption = item_id(db, meeting_id, "Adoption of the agenda")
    session_id = item_id(db, meeting_id, "Opening Session")
    with db.transaction() as session:
        before = agenda.index_of(session, adoption)
        changes = agenda.move_item(session, adoption, session_id, 0)
    assert changes.touches(Kind.AGENDA)
    assert changes.meeting_id == meeting_id
    assert titles(db, meeting_id, "Opening Session")[0] == "Adoption of the agenda"
    with db.transaction() as session:
        agenda.move_item(session, adoption, before[0], before[1], before[2])
    assert titles(db, meeting_id, "Opening Session")[-1] == "Adoption of the agenda"


def test_move_across_sessions_renumbers_both(demo_db):
    db, meeting_id = demo_db
    adoption = item_id(db, meeting_id, "Adoption of the agenda")
    target = item_id(db, meeting_id, "Public Safety")
    with db.transaction() as session:
        agenda.move_item(session, adoption, target, 1)
    assert "Adoption of the agenda" not in titles(db, meeting_id, "Opening Session")
    assert titles(db, meeting_id, "Public Safety")[1] == "Adoption of the agenda"
    with db.session() as session:
        positions = sorted(session.query(AgendaItem.position).filter_by(parent_id=target))
    assert [p for (p,) in positions] == [0, 1, 2]


def test_an_item_cannot_move_inside_itself(demo_db):
    db, meeting_id = demo_db
    opening = item_id(db, meeting_id, "Opening Session")
    adoption = item_id(db, meeting_id, "Adoption of the agenda")
    with pytest.raises(AgendaInvalid) as e, db.transaction() as session:
        agenda.move_item(session, opening, adoption, 0)
    assert e.value.problems[0].code == AgendaProblem.INTO_ITSELF


def test_move_up_down_indent_outdent(demo_db):
    db, meeting_id = demo_db
    adoption = item_id(db, meeting_id, "Adoption of the agenda")
    with db.transaction() as session:
        agenda.move_by(session, adoption, -1)
    assert titles(db, meeting_id, "Opening Session")[2] == "Adoption of the agenda"
    with db.transaction() as session:
        agenda.indent(session, adoption)  # under the remarks above it
    dhs = "Remarks by the U.S. Ambassador to Mexico"
    assert titles(db, meeting_id, dhs) == ["Adoption of the agenda"]
    with db.transaction() as session:
        agenda.outdent(session, adoption)
        agenda.outdent(session, adoption)
    top = titles(db, meeting_id)
    assert top[:2] == ["Opening Session", "Adoption of the agenda"]
    with db.transaction() as session:  # first of its level and top level: nothing moves
        assert not agenda.outdent(session, adoption).kinds
        first = item_id(db, meeting_id, "Opening Session")
        assert not agenda.indent(session, first).kinds


def test_add_above_below_and_child(demo_db):
    db, meeting_id = demo_db
    anchor = item_id(db, meeting_id, "Public Safety")
    fields = ItemFields(title=Bilingual("New item", "Nuevo punto"), duration_minutes=10)
    with db.transaction() as session:
        for where, name in ((Where.ABOVE, "Above"), (Where.BELOW, "Below"), (Where.CHILD, "Child")):
            parent, index = agenda.place(session, anchor, where, meeting_id)
            agenda.add_item(session, meeting_id, parent, index,
                            ItemFields(title=Bilingual(name, ""), duration_minutes=10))
        agenda.add_item(session, meeting_id, *agenda.place(session, None, Where.BELOW, meeting_id),
                        fields)
    top = titles(db, meeting_id)
    i = top.index("Public Safety")
    assert top[i - 1:i + 2] == ["Above", "Public Safety", "Below"]
    assert top[-1] == "New item"
    assert titles(db, meeting_id, "Public Safety")[-1] == "Child"


def test_edit_cleans_control_characters_and_refuses_bad_input(demo_db):
    db, meeting_id = demo_db
    adoption = item_id(db, meeting_id, "Adoption of the agenda")
    with db.transaction() as session:
        fields = agenda.item_fields(session, adoption)
        agenda.update_item(session, adoption, ItemFields(**{
            **fields.__dict__, "title": Bilingual("Adoption\x07 of the agenda", "Aprobación"),
            "talking_points": Bilingual("one\x00two", "")}))
    with db.session() as session:
        item = session.get(AgendaItem, adoption)
        assert item.title.en == "Adoption of the agenda"
        assert item.talking_points.en == "onetwo"
    bad = [
        (dict(duration_minutes=0), AgendaProblem.DURATION_ZERO),
        (dict(duration_minutes=-3), AgendaProblem.DURATION_NEGATIVE),
        (dict(duration_minutes=1441), AgendaProblem.DURATION_TOO_LONG),
        (dict(fixed_start=dt.time(7, 0)), AgendaProblem.FIXED_START_OUTSIDE),
        (dict(title=Bilingual("", "")), AgendaProblem.NO_TITLE),
        (dict(background=Bilingual("x" * 100_000, "")), AgendaProblem.TOO_LONG),
        (dict(day=2), AgendaProblem.DAY),
    ]
    for change, code in bad:
        with pytest.raises(AgendaInvalid) as e, db.transaction() as session:
            agenda.update_item(session, adoption, ItemFields(**{**fields.__dict__, **change}))
        assert e.value.problems[0].code == code
    with db.session() as session:  # nothing saved was lost
        assert session.get(AgendaItem, adoption).title.en == "Adoption of the agenda"


def test_delete_and_restore_with_sub_items_leads_and_attachments(demo_db):
    db, meeting_id = demo_db
    opening = item_id(db, meeting_id, "Opening Session")
    welcome = item_id(db, meeting_id, "Welcome remarks by the Under Secretary for North America")
    with db.transaction() as session:
        agenda.add_attachment(session, welcome, "paper.docx", b"PK\x03\x04data",
                              dt.datetime(2020, 3, 1, 10, 0))
        before = len(agenda.load_tree(session, meeting_id))
        snapshot, _changes = agenda.delete_item(session, opening)
    with db.session() as session:
        assert len(agenda.load_tree(session, meeting_id)) == before - 5
    with db.transaction() as session:
        restore(session, snapshot)
    assert titles(db, meeting_id)[0] == "Opening Session"
    with db.session() as session:
        assert session.query(AgendaLead).filter_by(agenda_item_id=welcome).count() == 1
        assert session.query(Attachment).filter_by(agenda_item_id=welcome).one().content \
            == b"PK\x03\x04data"


def test_leads_from_both_delegations(demo_db):
    db, meeting_id = demo_db
    crime = item_id(db, meeting_id, "Preventing crime and violence in the border region")
    with db.transaction() as session:
        people = agenda.candidates(session, meeting_id)
        assert {c.party for c in people} == {"US", "MX"}
        assert people[0].party == "MX"  # the host's list first
        agenda.set_leads(session, crime, [people[0].person_id, people[-1].person_id])
        assert agenda.lead_ids(session, crime) == [people[0].person_id, people[-1].person_id]


def test_attachments_are_docx_bytes(demo_db):
    db, meeting_id = demo_db
    crime = item_id(db, meeting_id, "Preventing crime and violence in the border region")
    with pytest.raises(AgendaInvalid), db.transaction() as session:
        agenda.add_attachment(session, crime, "notes.txt", b"hi", dt.datetime(2020, 3, 1))
    with db.transaction() as session:
        aid = agenda.add_attachment(session, crime, "b.docx", b"PK..", dt.datetime(2020, 3, 1))
        assert [a.filename for a in agenda.attachments(session, crime)] == ["b.docx"]
        snapshot = agenda.remove_attachment(session, aid)
        assert agenda.attachments(session, crime) == []
        restore(session, snapshot)
        assert agenda.attachment_content(session, aid) == ("b.docx", b"PK..")


def test_copy_from_an_earlier_meeting_leaves_leads_and_internal_notes(demo_db):
    db, meeting_id = demo_db
    with db.transaction() as session:
        eleventh = session.query(Meeting).filter_by(number=11).one().id
        twelfth_before = len(agenda.load_tree(session, meeting_id))
        roots = agenda.copy_agenda(session, meeting_id, eleventh)
    with db.session() as session:
        rows = agenda.load_tree(session, eleventh)
        copied = [r for r in rows if r.id >= min(roots)]
        assert len(copied) == twelfth_before
        assert all(r.leads == () for r in copied)
        items = session.query(AgendaItem).filter(AgendaItem.id.in_([r.id for r in copied])).all()
        assert all(i.talking_points.is_empty() and i.objective.is_empty()
                   and i.background.is_empty() for i in items)
        lunch = next(i for i in items if i.kind == AgendaKind.MEAL)
        assert lunch.fixed_start == dt.time(13, 0)
    assert titles(db, eleventh)[-1].startswith("Closing remarks and date")


def test_scaled_agenda_renumbers_after_a_move():
    from bescapp.store.database import open_in_memory
    from bescapp.store.demo import add_scale, load_demo

    db = open_in_memory()
    with db.transaction() as session:
        meeting_id = load_demo(session)
        add_scale(session, meeting_id, 3)
    with db.transaction() as session:
        rows = agenda.load_tree(session, meeting_id)
        last = max((r for r in rows if r.parent_id is None), key=lambda r: r.position)
        agenda.move_item(session, last.id, None, 0)
        meeting = session.get(Meeting, meeting_id)
        s = schedule(agenda.load_tree(session, meeting_id), meeting.day_start, meeting.day_end,
                     meeting.session_numbering)
    assert s.slots[last.id].number == "I"
    assert s.slots[last.id].start_time == dt.time(9, 0)
    db.close()
