"""The JSON Schema of a meeting package's members, made from the field declarations.

Each row may hold exactly the fields the package carries (``store.packages.carried``):
``additionalProperties`` is false, so a field declared internal can never validate.
The published copy is ``docs/meeting-package.schema.json`` (``python -m
bescapp.exchange.schema`` writes it; a test keeps the two the same).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from typing import Any

from sqlalchemy import inspect

from ..model import fields
from ..model.entities import ActionLine, Agency, AgendaItem, Meeting, Membership, Paragraph, Person
from ..store.packages import LINE_FIELDS, carried

FORMAT = 1
UUID = {"type": "string", "pattern": "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"}
SIDE = {"enum": ["US", "MX"]}


def _nullable(schema: dict) -> dict:
    """``schema`` or null; a type list or an enum with null where it can (validating a
    thousand rows through ``anyOf`` takes seconds)."""
    if "enum" in schema:
        return {**schema, "enum": [*schema["enum"], None]}
    if isinstance(schema.get("type"), str) and schema["type"] != "object":
        return {**schema, "type": [schema["type"], "null"]}
    return {"anyOf": [schema, {"type": "null"}]}


def _field(entity: type, f: fields.Field) -> dict:
    if f.bilingual:
        text = {"type": "string", "maxLength": f.max_length or 20_000}
        return {"type": "object", "properties": {"en": text, "es": text},
                "required": ["en", "es"], "additionalProperties": False}
    column: Any = inspect(entity).local_table.c[f.columns[0]]
    enum_class = getattr(column.type, "enum_class", None)
    if enum_class is not None:
        schema: dict[str, Any] = {"enum": [m.value for m in enum_class]}
    else:
        python = column.type.python_type
        if python is bool:
            schema = {"type": "boolean"}
        elif python is int:
            schema = {"type": "integer"}
        elif python is dt.date:
            schema = {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
        elif python is dt.time:
            schema = {"type": "string", "pattern": r"^\d{2}:\d{2}(:\d{2})?$"}
        else:
            schema = {"type": "string"}
            if f.max_length:
                schema["maxLength"] = f.max_length
    return _nullable(schema) if column.nullable else schema


def row(entity: type, *, contacts: bool = True, uuid: bool = True, **more: dict) -> dict:
    properties = {f.name: _field(entity, f) for f in carried(entity, contacts=contacts)}
    required = [f.name for f in carried(entity)]
    if uuid:
        properties["uuid"] = UUID
        required.append("uuid")
    properties.update(more)
    required += list(more)
    return {"type": "object", "properties": properties, "required": required,
            "additionalProperties": False}


AGENCY = _nullable({"type": "object", "additionalProperties": False,
                    "required": ["uuid", "party", "acronym", "name"],
                    "properties": {"uuid": UUID, "party": SIDE,
                                   "acronym": {"type": "string", "maxLength": 20},
                                   "name": _field(Agency, fields.field(Agency, "name"))}})


def member_schemas() -> dict[str, dict]:
    """Each data member's schema, by member name ("agenda")."""
    person = row(Person, agency=AGENCY)
    member = row(Membership, uuid=False, person=person, agency=AGENCY)
    line = row(ActionLine, uuid=False, plan={"type": "string", "maxLength": 20})
    line["properties"] = {k: v for k, v in line["properties"].items()
                          if k in (*LINE_FIELDS, "plan")}
    line["required"] = [k for k in line["required"] if k in (*LINE_FIELDS, "plan")]
    return {
        "meeting": row(Meeting, host_party=_nullable(UUID)),
        "agenda": _list("items", row(AgendaItem, parent=_nullable(UUID), leads={
            "type": "array", "items": UUID, "maxItems": 100})),
        "delegations": _list("lists", {
            "type": "object", "additionalProperties": False, "required": ["side", "members"],
            "properties": {"side": SIDE, "members": {"type": "array", "items": member}}}),
        "actions": _list("lines", line),
        "communique": _list("paragraphs", row(Paragraph, uuid=False)),
    }


def _list(name: str, items: dict) -> dict:
    return {"type": "object", "additionalProperties": False, "required": [name],
            "properties": {name: {"type": "array", "items": items}}}


MANIFEST = {
    "type": "object", "additionalProperties": False,
    "required": ["format", "schema", "committee", "meeting", "side", "created", "package",
                 "last_received", "contacts", "members"],
    "properties": {
        "format": {"type": "integer"}, "schema": {"type": "string", "maxLength": 20},
        "committee": UUID, "meeting": UUID, "side": SIDE,
        "created": {"type": "string", "format": "date-time", "maxLength": 40},
        "package": UUID, "last_received": _nullable(UUID), "contacts": {"type": "boolean"},
        "members": {"type": "array", "items": {"type": "string", "maxLength": 40}},
    },
}


def package_schema() -> dict:
    """The whole published schema: the manifest and each member, under ``$defs``."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://bescapp.example/meeting-package.schema.json",
        "title": "bescapp meeting package",
        "description": "A .bescpkg file is a zip of manifest.json, one UTF-8 JSON member per "
                       "name in $defs (meeting.json ...) and signature.json (Ed25519 over the "
                       "SHA-256 of every other member).",
        "x-format": FORMAT,
        "$defs": {"manifest": MANIFEST, **member_schemas()},
    }


def published() -> str:
    return json.dumps(package_schema(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    sys.stdout.write(published())
