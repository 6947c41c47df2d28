"""Several editors, in the core: the version counter on every edited row, a save over
another editor's change refused with the fields they changed, an undo refused the same
way, and (on a server) the change notices another window listens for.

Each test opens the database twice, as two windows would (two sessions, two engines):
on a file made by ``init`` and, with ``BESCAPP_TEST_DATABASE``, on the test server.
"""

import dataclasses
import datetime as dt
import select
import shutil
from pathlib import Path

import pytest
from sqlalchemy import inspect

from bescapp.i18n import catalogue
from bescapp.model.bilingual import Bilingual
from bescapp.model.entities import AgendaItem, Base
from bescapp.store import agenda, notices, versions
from bescapp.store.changes import Changes, Kind
from bescapp.store.database import open_database
from bescapp.store.meetings import MeetingFields, create_meeting
from bescapp.store.versions import Conflict


@pytest.fixture
def two_windows(fresh_location):
    """Two open databases on one place, and an agenda item on a new plenary."""
    where, _side = fresh_location
    first, second = open_database(where), open_database(where)
    with first.transaction() as s:
        meeting_id = create_meeting(s, MeetingFields(
            number=13, start_date=dt.date(2027, 3, 4), end_date=dt.date(2027, 3, 4),
            city=Bilingual("Washington", "Washington"), host_party="US"))
        item_id = agenda.add_item(s, meeting_id, None, 0, agenda.ItemFields(
            title=Bilingual("Border infrastructure", "Infraestructura fronteriza"),
            duration_minutes=30))
    yield first, second, meeting_id, item_id
    first.close()
    second.close()


def _shown(db, item_id):
    """What an editor shows: the fields and the row as it read them."""
    with db.session() as s:
        item = s.get_one(AgendaItem, item_id)
        return agenda.fields_of(item), versions.seen(item)


def _save_checked(db, item_id, fields, seen):
    with db.transaction() as s:
        with versions.tracking(s) as written:
            agenda.update_item(s, item_id, fields)
        versions.refuse_over(s, written, (seen,))
        return versions.left(written)


def _undo(db, step, item_id, fields):
    """An undo as the window makes one: refused first if it would overwrite a change."""
    with db.transaction() as s:
        versions.refuse_undo_over(s, step)
        agenda.update_item(s, item_id, fields)


def _retitled(fields, en, es=None):
    return dataclasses.replace(fields, texts=(Bilingual(en, es or fields.title.es),
                                              *fields.texts[1:]))


def test_every_edited_entity_carries_a_version_counter():
    versioned = {m.class_.__name__ for m in Base.registry.mappers if m.version_id_col is not None}
    assert {"AgendaItem", "Meeting", "Membership", "Person", "Agency", "ActionLine",
            "ActionPlan", "StatusUpdate", "Paragraph", "Term", "DatabaseSettings"} <= versioned


def test_the_counter_goes_up_with_every_save_and_an_old_one_saves_nothing(two_windows):
    first, second, _meeting, item_id = two_windows
    with first.session() as s:
        stale = s.get_one(AgendaItem, item_id)  # loaded by the first window, kept
    assert stale.row_version == 1
    fields, _seen = _shown(second, item_id)
    with second.transaction() as s:
        agenda.update_item(s, item_id, _retitled(fields, "Ports of entry"))
    with second.session() as s:
        assert s.get_one(AgendaItem, item_id).row_version == 2
    # The first window saves its own copy, with the counter it read: no row matches it.

    def save_stale():
        with first.transaction() as s:
            s.add(stale)
            stale.title = Bilingual("Bridges", "Puentes")

    with pytest.raises(Conflict) as refused:
        save_stale()
    assert refused.value.table == "agenda_item"
    with first.session() as s:
        assert s.get_one(AgendaItem, item_id).title.en == "Ports of entry"


def test_a_save_over_another_editors_change_is_refused_naming_the_field(two_windows):
    first, second, _meeting, item_id = two_windows
    fields, seen = _shown(first, item_id)  # the first staffer opens the item
    theirs, their_seen = _shown(second, item_id)
    _save_checked(second, item_id, _retitled(theirs, "Ports of entry"), their_seen)
    with pytest.raises(Conflict) as refused:
        _save_checked(first, item_id, _retitled(fields, "Bridges"), seen)
    assert refused.value.fields == ("title",)
    assert refused.value.text("en") == (
        "Someone else changed the agenda item “Ports of entry” since you opened it (title). "
        "Your change was not saved, so theirs is kept; the window now shows their version.")
    spanish = refused.value.text("es")
    assert "punto del orden del día" in spanish
    assert "(título)" in spanish
    assert "agenda item" not in spanish
    _fields, now = _shown(first, item_id)
    assert now.values["title_en"] == "Ports of entry"  # theirs kept, nothing half-written


def test_a_change_to_another_field_or_item_is_no_conflict(two_windows):
    first, second, meeting_id, item_id = two_windows
    with second.transaction() as s:
        other_id = agenda.add_item(s, meeting_id, None, 0, agenda.ItemFields(
            title=Bilingual("Opening", "Apertura"), duration_minutes=10))  # moves ours down
    fields, seen = _shown(first, item_id)
    _save_checked(second, other_id, _retitled(_shown(second, other_id)[0], "Welcome"),
                  _shown(second, other_id)[1])
    _save_checked(first, item_id, _retitled(fields, "Bridges"), seen)
    assert _shown(second, item_id)[0].title.en == "Bridges"


def test_an_undo_over_a_later_change_is_refused(two_windows):
    first, second, _meeting, item_id = two_windows
    fields, seen = _shown(first, item_id)
    mine = _retitled(fields, "Bridges")
    step = _save_checked(first, item_id, mine, seen)  # what the undo step left
    theirs, their_seen = _shown(second, item_id)
    _save_checked(second, item_id, _retitled(theirs, "Bridges and ports"), their_seen)
    with pytest.raises(Conflict) as refused:
        _undo(first, step, item_id, fields)
    assert refused.value.undoing
    assert refused.value.fields == ("title",)
    assert "Undo would overwrite their change" in refused.value.text("en")
    assert _shown(first, item_id)[0].title.en == "Bridges and ports"
    # With nobody else's change in between, the same undo goes through.
    step = _save_checked(first, item_id, _retitled(_shown(first, item_id)[0], "Bridges"),
                         _shown(first, item_id)[1])
    _undo(first, step, item_id, fields)
    assert _shown(second, item_id)[0].title.en == "Border infrastructure"


def test_an_undo_of_a_row_someone_deleted_is_refused(two_windows):
    first, second, _meeting, item_id = two_windows
    fields, seen = _shown(first, item_id)
    step = _save_checked(first, item_id, _retitled(fields, "Bridges"), seen)
    with second.transaction() as s:
        agenda.delete_item(s, item_id)
    with pytest.raises(Conflict) as refused, first.transaction() as s:
        versions.refuse_undo_over(s, step)
    assert refused.value.deleted
    assert refused.value.text("es").startswith("Otra persona eliminó")


def test_the_migration_gives_every_row_of_an_older_file_version_one(tmp_path):
    path = tmp_path / "schema-0005.db"  # the last schema before row versions, a plenary in it
    shutil.copyfile(Path(__file__).parents[1] / "_databases" / "schema-0005.db", path)
    db = open_database(path)
    try:
        with db.session() as s:
            items = s.query(AgendaItem).all()
            assert items
            assert {i.row_version for i in items} == {1}
            assert inspect(items[0]).mapper.version_id_col.name == "row_version"
    finally:
        db.close()


def test_a_notice_carries_the_changes_and_who_sent_them():
    changes = Changes.of(Kind.AGENDA, meeting_id=7)
    assert notices.parse(notices.payload(changes, "w1")) == ("w1", changes)
    assert notices.parse("not ours") is None
    assert notices.parse('{"writer": "w", "kinds": ["nonsense"]}') is None


def _heard(listener, wait_s=5.0):
    """The other windows' changes, waiting for the socket (not polling) until some arrive."""
    found = []
    while not found:
        ready, _, _ = select.select([listener.fileno()], [], [], wait_s)
        if not ready:
            break
        found = listener.take()
    return found


def test_another_window_hears_of_a_change_when_it_is_committed(two_windows, test_server):
    if test_server is None:
        pytest.skip("change notices are a server's (BESCAPP_TEST_DATABASE)")
    first, second, meeting_id, item_id = two_windows
    listener = notices.Listener(second)
    try:
        fields, _seen = _shown(first, item_id)
        with first.transaction() as s:
            agenda.update_item(s, item_id, _retitled(fields, "Bridges"))
            first.announce(s, agenda.changed(meeting_id))
            assert listener.take() == []  # not before the commit
        assert _heard(listener) == [Changes.of(Kind.AGENDA, meeting_id=meeting_id)]
        with second.transaction() as s:  # its own notices it leaves alone
            second.announce(s, agenda.changed(meeting_id))
        with first.transaction() as s:
            first.announce(s, Changes.of(Kind.TERMS))
        assert _heard(listener) == [Changes.of(Kind.TERMS)]
    finally:
        listener.close()


def test_the_spanish_conflict_names_the_entity_and_fields_in_spanish():
    conflict = Conflict("action_line", 3, ("status", "progress", "due_date"),
                        Bilingual("Secure flows", "Flujos seguros"))
    text = conflict.text("es")
    assert "la línea de acción «Flujos seguros»" in text
    assert "estado" in text
    assert "avance" in text
    catalogue.use("es")
    assert conflict.text() == text
