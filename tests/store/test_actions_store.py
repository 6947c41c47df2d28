"""Action-plan store: the table's rows, edits with their checks, updates and their undo data."""

import datetime as dt

import pytest
from sqlalchemy import select

from bescapp.domain import actions as rules
from bescapp.domain.actions import ActionsInvalid, NeedsConfirmation
from bescapp.model.bilingual import Bilingual
from bescapp.model.entities import ActionLine, LineStatus, Meeting, StatusUpdate
from bescapp.store import actions as store
from bescapp.store.snapshots import restore

D = dt.date
TODAY = D(2020, 3, 1)


def line_id(session, code):
    return session.scalar(select(ActionLine.id).where(ActionLine.code == code))


def test_load_lines_gives_every_demo_line_in_plan_order(demo_db):
    db, _ = demo_db
    with db.session() as session:
        rows = store.load_lines(session)
    assert [r.code for r in rows][:5] == ["POE-1", "POE-2", "POE-3", "POE-4", "TTF-1"]
    assert len(rows) == 11
    poe3 = rows[2]
    assert (poe3.us_agency, poe3.mx_agency) == ("GSA", "INDAABIN")
    assert poe3.status is LineStatus.DELAYED
    assert poe3.last_update == D(2020, 1, 28)
    assert not hasattr(poe3, "internal_notes")


def test_since_previous_plenary_on_the_demo(demo_db):
    db, meeting_id = demo_db
    with db.session() as session:
        meeting = session.get(Meeting, meeting_id)
        window = store.since_window(session, meeting)
        updates = store.load_updates(session)
        rows = {r.id: r for r in store.load_lines(session)}
        assert window.after == D(2019, 4, 10)
        assert len(updates) == 22
        assert len(rules.updates_in(updates, window)) == 17
        assert {rows[i].code for i in rules.completed_in(updates, window)} == {"POE-1"}
        assert len(store.changed_lines(session, window)) == 11
        overdue = [r.code for r in rows.values()
                   if rules.is_overdue(r.due_date, r.status, meeting.start_date)]
        assert overdue == ["POE-3", "PS-3"]


def test_recording_an_update_sets_the_line_and_hands_back_its_state(demo_db):
    db, _ = demo_db
    with db.transaction() as session:
        lid = line_id(session, "TTF-3")
        fields = store.UpdateFields(D(2020, 3, 1), LineStatus.DELAYED, 30,
                                    Bilingual("Slipped.", "Se retrasó."))
        update_id, before = store.add_update(session, lid, fields, today=TODAY)
    assert before == store.LineState(LineStatus.AT_RISK, 25)
    with db.transaction() as session:
        assert store.line_state(session, lid) == store.LineState(LineStatus.DELAYED, 30)
        store.set_line_state(session, lid, before)  # what undo does, with removing the update
        session.delete(session.get(StatusUpdate, update_id))
    with db.session() as session:
        assert store.line_state(session, lid) == before
        assert len(store.load_updates(session, lid)) == 2


def test_an_older_update_leaves_the_line_as_it_is(demo_db):
    db, _ = demo_db
    with db.transaction() as session:
        lid = line_id(session, "TTF-3")
        store.add_update(session, lid, store.UpdateFields(D(2019, 8, 1), LineStatus.ON_TRACK, 18),
                         today=TODAY)
        assert store.line_state(session, lid) == store.LineState(LineStatus.AT_RISK, 25)


def test_update_dated_in_the_future_or_before_the_line_is_refused_and_nothing_written(demo_db):
    db, _ = demo_db
    with db.session() as session:
        lid = line_id(session, "TTF-4")  # created 2020-02-03
    for date in (D(2020, 3, 2), D(2020, 2, 2)):
        with pytest.raises(ActionsInvalid), db.transaction() as session:
            store.add_update(session, lid, store.UpdateFields(date, LineStatus.ON_TRACK, 5),
                             today=TODAY)
    with db.session() as session:
        assert len(store.load_updates(session, lid)) == 1


def test_completed_below_100_needs_confirmation(demo_db):
    db, _ = demo_db
    fields = store.UpdateFields(D(2020, 2, 28), LineStatus.COMPLETED, 90)
    with db.session() as session:
        lid = line_id(session, "PS-1")
    with pytest.raises(NeedsConfirmation, match="90%"), db.transaction() as session:
        store.add_update(session, lid, fields, today=TODAY)
    with db.transaction() as session:
        store.add_update(session, lid, fields, today=TODAY, confirmed=True)
        assert store.line_state(session, lid) == store.LineState(LineStatus.COMPLETED, 90)


def test_edit_and_remove_update_follow_the_latest(demo_db):
    db, _ = demo_db
    with db.transaction() as session:
        lid = line_id(session, "PS-2")
        latest = store.load_updates(session, lid)[-1]
        old, before = store.edit_update(
            session, latest.id, store.UpdateFields(latest.date, LineStatus.DELAYED, 28,
                                                   latest.note), today=TODAY)
        assert store.line_state(session, lid) == store.LineState(LineStatus.DELAYED, 28)
        store.restore_update(session, latest.id, old, before)
        assert store.line_state(session, lid) == store.LineState(LineStatus.AT_RISK, 30)
        snapshot, before, same = store.remove_update(session, latest.id)
        assert same == lid
        # the line falls back on the update before: on track, 20%
        assert store.line_state(session, lid) == store.LineState(LineStatus.ON_TRACK, 20)
        restore(session, snapshot)
        store.set_line_state(session, lid, before)
    with db.session() as session:
        assert [u.status for u in store.load_updates(session, lid)] == [
            LineStatus.ON_TRACK, LineStatus.AT_RISK]


def test_edit_line_checks_the_due_date_only_when_it_moves(demo_db):
    db, _ = demo_db
    with db.transaction() as session:
        lid = line_id(session, "POE-3")  # due 2020-01-31, before the plan's start
        fields = store.line_fields(session, lid)
        store.update_line(session, lid, store.LineFields(**{**fields.__dict__, "progress": 45}))
    with pytest.raises(ActionsInvalid, match="before the action plan's start"), \
            db.transaction() as session:
        store.update_line(session, lid, store.LineFields(
            **{**fields.__dict__, "due_date": D(2020, 2, 15)}))
    with pytest.raises(ActionsInvalid, match="between 0 and 100"), db.transaction() as session:
        store.update_line(session, lid, store.LineFields(**{**fields.__dict__, "progress": 101}))
    with db.session() as session:
        assert store.line_fields(session, lid).progress == 45
        assert store.line_fields(session, lid).due_date == D(2020, 1, 31)


def test_add_plan_and_line_and_delete_them(demo_db):
    db, meeting_id = demo_db
    with db.transaction() as session:
        plan_id = store.add_plan(session, store.PlanFields(
            "WF", Bilingual("Workforce", "Personal"), Bilingual(), D(2020, 3, 4)),
            meeting_id=meeting_id)
        lid = store.add_line(session, plan_id, store.LineFields(
            title=Bilingual("Train officers", "Capacitar oficiales"), due_date=D(2021, 1, 1)),
            created_on=D(2020, 3, 4))
    with db.session() as session:
        rows = store.load_lines(session, plan_id)
        assert [r.code for r in rows] == ["WF-1"]
        assert [p.code for p in store.load_plans(session)] == ["POE", "TTF", "PS", "WF"]
    with pytest.raises(ActionsInvalid, match="already a plan with the code POE"), \
            db.transaction() as session:
        store.add_plan(session, store.PlanFields("POE", Bilingual("x", "x")))
    with db.transaction() as session:
        snapshot = store.delete_line(session, lid)
    with db.transaction() as session:
        restore(session, snapshot)
    with db.session() as session:
        assert [r.id for r in store.load_lines(session, plan_id)] == [lid]


def test_internal_notes_are_read_apart(demo_db):
    db, _ = demo_db
    with db.session() as session:
        notes = store.internal_notes(session)
        assert "Toll revenue" in notes[line_id(session, "POE-2")].en
