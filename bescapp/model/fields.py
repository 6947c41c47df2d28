"""What each entity's fields may carry, declared once on their columns and read here.

Every column of every entity says, in its ``info``, what kind of content it holds:

- ``shared``: what both delegations see (titles, descriptions, dates, order ...): it
  may go into a shareable document or, later, a meeting package;
- ``internal``: our delegation's own (talking points, objectives, background,
  internal notes, background papers): only the briefing book prints it;
- ``personal``: personal data (contact details: e-mail, phone): internal too, and
  the kind a future exchange must leave out first.

Ids and references (primary and foreign keys) are keys without a word: they carry no
text of their own. A column that declares nothing counts as internal (never shared)
until it is declared, and ``tests/model/test_fields.py`` fails for it.
Free text declares its longest value too (``max_length``, checked by
``bescapp/domain/text.py`` before a write; not a schema: ``info`` changes no DDL).

Columns declare with ``info=shared(N)``, ``info=internal(N)``, ``info=personal(N)``;
the ``Bilingual`` composites of ``entities.bilingual`` take ``kind=``. Code reads
``fields.of(AgendaItem)`` (every field, in column order), ``fields.shareable(Person)``,
``fields.of(AgendaItem, bilingual=True, internal=True)``, ``fields.every()``.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from functools import cache

from sqlalchemy import Enum, String, inspect
from sqlalchemy.orm import Mapper


class Kind(enum.StrEnum):
    KEY = "key"  # an id or a reference to another row
    SHARED = "shared"
    INTERNAL = "internal"
    PERSONAL = "personal"
    UNDECLARED = "undeclared"  # a column that says nothing: kept internal, and a failing test


def declare(kind: Kind, max_length: int | None = None) -> dict:
    """The ``info`` of a column holding ``kind`` content (and its longest text)."""
    info: dict = {"kind": kind}
    if max_length is not None:
        info["max_length"] = max_length
    return info


def shared(max_length: int | None = None) -> dict:
    return declare(Kind.SHARED, max_length)


def internal(max_length: int | None = None) -> dict:
    return declare(Kind.INTERNAL, max_length)


def personal(max_length: int | None = None) -> dict:
    return declare(Kind.PERSONAL, max_length)


@dataclass(frozen=True)
class Field:
    """One field of an entity: a column, or the two columns of a ``Bilingual`` value."""

    entity: type
    name: str  # the attribute: "title", "email"
    columns: tuple[str, ...]  # ("title_en", "title_es") or ("email",)
    kind: Kind
    bilingual: bool
    text: bool  # free text (str), not a number, date, enum or file
    max_length: int | None  # text only: the declared limit, else the column type's, else None

    @property
    def internal(self) -> bool:
        """Never in a shareable document: internal, personal data, or not yet declared."""
        return self.kind in (Kind.INTERNAL, Kind.PERSONAL, Kind.UNDECLARED)

    @property
    def personal(self) -> bool:
        return self.kind is Kind.PERSONAL

    @property
    def shareable(self) -> bool:
        return not self.internal

    @property
    def label(self) -> str:
        """``AgendaItem.talking_points``, for messages and test names."""
        return f"{self.entity.__name__}.{self.name}"


@cache
def _fields(entity: type) -> tuple[Field, ...]:
    mapper: Mapper = inspect(entity)
    composite_of = {part.key: composite for composite in mapper.composites
                    for part in composite.columns}
    found: list[Field] = []
    seen: set[str] = set()
    for column in mapper.local_table.columns:
        prop = composite_of.get(column.key)
        name = prop.key if prop is not None else mapper.get_property_by_column(column).key
        if name in seen:
            continue
        seen.add(name)
        columns = tuple(c.key for c in prop.columns) if prop is not None else (column.key,)
        kind = _kind(column)
        # a key's text (a row's UUID) is no one's words
        text = _is_text(column) and kind is not Kind.KEY
        found.append(Field(entity, name, columns, kind, prop is not None, text,
                           _max_length(column)))
    return tuple(found)


def _kind(column) -> Kind:
    if "kind" in column.info:
        return Kind(column.info["kind"])
    if column.primary_key or column.foreign_keys:
        return Kind.KEY
    return Kind.UNDECLARED


def _is_text(column) -> bool:
    return isinstance(column.type, String) and not isinstance(column.type, Enum)


def _max_length(column) -> int | None:
    if not _is_text(column):
        return None
    return column.info.get("max_length", column.type.length)


def of(entity: type, *, internal: bool | None = None, bilingual: bool | None = None,
       text: bool | None = None) -> tuple[Field, ...]:
    """The entity's fields in column order; each keyword, when given, keeps only the fields
    that are (True) or are not (False) internal, bilingual, free text."""
    return tuple(f for f in _fields(entity)
                 if (internal is None or f.internal == internal)
                 and (bilingual is None or f.bilingual == bilingual)
                 and (text is None or f.text == text))


def shareable(entity: type, **kw) -> tuple[Field, ...]:
    """The fields a shareable document (or meeting package) may carry."""
    return of(entity, internal=False, **kw)


def names(entity: type, **kw) -> tuple[str, ...]:
    """``of(...)``'s attribute names: ``names(AgendaItem, bilingual=True, internal=True)``."""
    return tuple(f.name for f in of(entity, **kw))


def field(entity: type, name: str) -> Field:
    """One field by its attribute name (``title``) or one of its columns (``title_en``)."""
    for f in _fields(entity):
        if name == f.name or name in f.columns:
            return f
    raise LookupError(f"{entity.__name__} has no field {name!r}")


def entities() -> tuple[type, ...]:
    """Every mapped entity, in the order of their tables (parents before children)."""
    from .entities import Base

    by_table = {m.local_table: m.class_ for m in Base.registry.mappers}
    return tuple(by_table[t] for t in Base.metadata.sorted_tables if t in by_table)


def every(**kw) -> tuple[Field, ...]:
    """``of(...)`` over every entity: ``every(internal=True)`` is what no shareable
    document may carry."""
    return tuple(f for entity in entities() for f in of(entity, **kw))
