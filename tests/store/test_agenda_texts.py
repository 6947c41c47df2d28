"""Every text the model declares on an agenda item is edited, checked, kept and copied by
the store without being named there (bescapp/store/agenda.py reads the declaration)."""

import datetime as dt

import pytest

from bescapp.domain.agenda import AgendaInvalid, AgendaProblem
from bescapp.model import fields
from bescapp.model.bilingual import Bilingual
from bescapp.model.entities import AgendaItem
from bescapp.store import agenda, next_plenary
from bescapp.store.meetings import MeetingFields, create_meeting

DECLARED = fields.of(AgendaItem, bilingual=True)
PLACE = MeetingFields(number=12, city=Bilingual("Laredo", "Laredo"),
                      start_date=dt.date(2026, 3, 4), end_date=dt.date(2026, 3, 4))


def every_text() -> dict[str, Bilingual]:
    return {f.name: Bilingual(f"{f.name} in English", f"{f.name} en español") for f in DECLARED}


@pytest.fixture
def item(fresh_db):
    db, _side = fresh_db
    with db.transaction() as s:
        meeting_id = create_meeting(s, PLACE)
        item_id = agenda.add_item(s, meeting_id, None, 0,
                                  agenda.ItemFields(duration_minutes=20, **every_text()))
    return db, meeting_id, item_id


def test_every_declared_text_is_saved_read_back_and_in_the_undo_value(item):
    db, _meeting_id, item_id = item
    assert tuple(f.name for f in DECLARED) == agenda.TEXTS
    with db.session() as s:
        saved = agenda.item_fields(s, item_id)
        row = s.get(AgendaItem, item_id)
        assert {name: getattr(row, name) for name in agenda.TEXTS} == every_text()
    assert {name: getattr(saved, name) for name in agenda.TEXTS} == every_text()
    assert saved == agenda.ItemFields(duration_minutes=20, **every_text())
    assert saved != agenda.ItemFields(duration_minutes=20, **{**every_text(),
                                                              "background": Bilingual()})
    with pytest.raises(TypeError, match="no text"):
        agenda.ItemFields(no_such_text=Bilingual("Room 4", "Sala 4"))


def test_the_tree_carries_the_shared_texts_only(item):
    db, meeting_id, _item_id = item
    with db.session() as s:
        (row,) = agenda.load_tree(s, meeting_id)
    shared = [f.name for f in DECLARED if f.shareable]
    assert {"title", "description"} <= set(shared)
    assert [getattr(row, name) for name in shared] == [every_text()[n] for n in shared]
    for f in DECLARED:
        if f.internal:
            with pytest.raises(AttributeError):
                getattr(row, f.name)
            assert every_text()[f.name] not in row.texts


@pytest.mark.parametrize("declared", DECLARED, ids=lambda f: f.name)
def test_each_text_is_held_to_its_declared_length(item, declared):
    db, _meeting_id, item_id = item
    limit = declared.max_length
    with db.session() as s:
        before = agenda.item_fields(s, item_id)
    too_long = Bilingual("x" * (limit + 1), "")
    with pytest.raises(AgendaInvalid) as refused, db.transaction() as s:
        agenda.update_item(s, item_id, agenda.ItemFields(
            **{**before.__dict__, declared.name: too_long}))
    problem = refused.value.problems[0]
    assert (problem.code, problem.field, problem.language, problem.limit) == (
        AgendaProblem.TOO_LONG, declared.name, "en", limit)
    with db.transaction() as s:  # the limit itself is fine
        agenda.update_item(s, item_id, agenda.ItemFields(
            **{**before.__dict__, declared.name: Bilingual("x" * limit, "y")}))


def test_the_next_plenary_inherits_the_shared_texts_not_the_internal_ones(item):
    db, meeting_id, _item_id = item
    with db.transaction() as s:
        new_id, _changes = next_plenary.create_next(s, meeting_id, city=Bilingual("Tucson", ""))
    with db.session() as s:
        (copied,) = agenda.load_tree(s, new_id)
        kept = agenda.item_fields(s, copied.id)
    for f in DECLARED:
        assert getattr(kept, f.name) == (Bilingual() if f.internal else every_text()[f.name]), \
            f.label
