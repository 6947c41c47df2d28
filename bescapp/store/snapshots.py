"""Capture a row with everything that depends on it, and put it all back.

Deleting a meeting or an agenda item cascades through many tables; undo must
restore all of it exactly, ids included. A snapshot follows the foreign keys of
the metadata, so no table is forgotten when a later issue adds one; references
that the delete only sets to NULL are remembered and set back too.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Table, select, update
from sqlalchemy.orm import Session

from ..model.entities import Base


@dataclass(frozen=True)
class Snapshot:
    rows: tuple[tuple[str, tuple[dict, ...]], ...]  # (table, rows), parents before children
    nulled: tuple[tuple[str, str, int, int], ...]  # (table, column, row id, value) to set back


def capture(session: Session, table: Table, ids: list[int]) -> Snapshot:
    """Rows of ``table`` with these ids and every row that cascades from them."""
    collected: dict[str, dict[tuple, dict]] = {}
    nulled: list[tuple[str, str, int, int]] = []
    queue = [(table, table.c.id, list(ids))]
    while queue:
        current, column, keys = queue.pop()
        bucket = collected.setdefault(current.name, {})
        fresh = []
        for row in session.execute(select(current).where(column.in_(keys))).mappings():
            key = tuple(row[c.name] for c in current.primary_key.columns)
            if key not in bucket:
                bucket[key] = dict(row)
                fresh.append(row)
        if not fresh or "id" not in current.c:
            continue
        fresh_ids = [row["id"] for row in fresh]
        for child, fk in _references_to(current):
            if fk.ondelete == "CASCADE":
                queue.append((child, fk.parent, fresh_ids))
            elif fk.ondelete == "SET NULL" and "id" in child.c:
                query = select(child.c.id, fk.parent).where(fk.parent.in_(fresh_ids))
                nulled += [(child.name, fk.parent.name, rid, value)
                           for rid, value in session.execute(query)]
    ordered = []
    for t in Base.metadata.sorted_tables:
        rows = list(collected.get(t.name, {}).values())
        if rows:
            if "parent_id" in t.c:  # a self-referencing tree: parents first
                rows = _parents_first(rows)
            ordered.append((t.name, tuple(rows)))
    return Snapshot(tuple(ordered), tuple(nulled))


def restore(session: Session, snapshot: Snapshot) -> None:
    tables = Base.metadata.tables
    for name, rows in snapshot.rows:
        session.execute(tables[name].insert(), list(rows))
    for name, column, row_id, value in snapshot.nulled:
        t = tables[name]
        session.execute(update(t).where(t.c.id == row_id).values({column: value}))


def _references_to(table: Table):
    for child in Base.metadata.sorted_tables:
        for fk in child.foreign_keys:
            if fk.column.table is table:
                yield child, fk


def _parents_first(rows: list[dict]) -> list[dict]:
    by_id = {r["id"]: r for r in rows}

    def depth(row: dict) -> int:
        n, parent = 0, row.get("parent_id")
        while parent in by_id:
            n, parent = n + 1, by_id[parent].get("parent_id")
        return n

    return sorted(rows, key=depth)
