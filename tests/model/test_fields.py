"""The one declaration of each entity's fields (bescapp/model/fields.py)."""

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Text, create_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from bescapp.domain import text as texts
from bescapp.model import fields
from bescapp.model.entities import AgendaItem, Base, Meeting, Person
from bescapp.model.fields import Kind


def test_every_column_of_every_entity_says_what_it_holds():
    undeclared = [f.label for f in fields.every() if f.kind is Kind.UNDECLARED]
    assert undeclared == [], "declare info=shared()/internal()/personal() on these columns"
    columns = {(t.name, c.name) for t in Base.metadata.sorted_tables for c in t.columns}
    read = {(f.entity.__tablename__, c) for f in fields.every() for c in f.columns}
    assert read == columns  # the reader sees every column, each once
    assert len(fields.entities()) == len(Base.metadata.tables)


def test_a_column_declared_without_a_kind_is_kept_internal():
    class Scratch(DeclarativeBase):
        pass

    class Thing(Scratch):
        __tablename__ = "thing"
        id: Mapped[int] = mapped_column(primary_key=True)
        note: Mapped[str] = mapped_column(Text)

    note = fields.field(Thing, "note")
    assert note.kind is Kind.UNDECLARED
    assert note.internal
    assert not note.shareable
    assert fields.names(Thing, internal=False) == ("id",)


def test_the_agenda_item_declares_its_shared_and_internal_texts():
    """(Subsets, not equalities: a field added tomorrow leaves this test as it is.)"""
    texts_ = fields.names(AgendaItem, bilingual=True)
    assert {"title", "description", "objective", "talking_points", "background"} <= set(texts_)
    assert {"objective", "talking_points", "background"} <= set(
        fields.names(AgendaItem, bilingual=True, internal=True))
    shared = fields.names(AgendaItem, internal=False)
    assert {"id", "meeting_id", "parent_id", "position", "day", "kind", "title", "description",
            "duration_minutes", "fixed_start"} <= set(shared)
    assert set(shared).isdisjoint(fields.names(AgendaItem, internal=True))
    assert shared == tuple(f.name for f in fields.shareable(AgendaItem))
    title = fields.field(AgendaItem, "title_es")
    assert (title.name, title.columns, title.max_length) == ("title", ("title_en", "title_es"), 500)


def test_contact_details_are_personal_data_and_never_shareable():
    personal = {f.label for f in fields.every() if f.personal}
    assert personal == {"Person.email", "Person.phone"}
    assert all(f.internal and not f.shareable for f in fields.every() if f.personal)
    assert [f.name for f in fields.shareable(Person, text=True)] == [
        "honorific", "given_names", "first_surname", "second_surname", "title", "biography"]


def test_what_the_brief_names_internal_is_internal():
    internal = {f.label for f in fields.every(internal=True)}
    assert {"AgendaItem.objective", "AgendaItem.talking_points", "AgendaItem.background",
            "Person.internal_notes", "Membership.internal_notes", "ActionLine.internal_notes",
            "Meeting.handling_marking", "Attachment.content"} <= internal
    with pytest.raises(LookupError, match="AgendaItem has no field 'no_such_field'"):
        fields.field(AgendaItem, "no_such_field")


def test_lengths_are_read_from_the_declaration():
    assert texts.max_length(AgendaItem.title) == texts.max_length(AgendaItem.title_en) == 500
    assert texts.max_length(Meeting.venue_es) == 500
    assert fields.field(Person, "honorific").max_length == 12  # String(12), no limit of its own
    assert fields.field(Meeting, "kind").max_length is None  # an enum is not free text
    with pytest.raises(LookupError, match="declares no length"):
        texts.max_length(Person.is_sample)


def test_the_declaration_changes_no_schema(fresh_path):
    """``info=`` is Python metadata: alembic's autogenerate sees no difference between the
    models and a database that the migrations made."""
    path, _side = fresh_path
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()
