"""The .bescpkg file: a zip of a manifest, the meeting's shareable data as UTF-8 JSON and
a detached Ed25519 signature.

``signature.json`` holds the signer's public key, the SHA-256 of every other member and
the signature over those digests (canonical JSON), so one changed byte anywhere, a member
added or taken away, or a stripped signature is refused before anything is parsed as
data. Reading checks, in this order: the zip's limits, the signature, the format and
schema versions, each member's JSON, fields the package must not carry (an internal
field is named as such), then the published schema (``jsonschema``).
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import io
import json
import uuid
import zipfile
from dataclasses import dataclass
from typing import Any

import jsonschema
from nacl.exceptions import BadSignatureError
from nacl.signing import SigningKey, VerifyKey

from ..i18n.catalogue import N_, say
from ..model import fields
from ..model.entities import ActionLine, AgendaItem, Meeting, Membership, Paragraph, Person
from ..store.files import KNOWN_REVISIONS, SCHEMA_HEAD
from ..store.keys import fingerprint
from ..store.packages import MEMBERS
from ..zip_limits import MB, ZipLimits, ZipProblem, scan_zip
from .schema import FORMAT, MANIFEST, member_schemas

MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "signature.json"
LIMITS = ZipLimits(archive=20 * MB, directory=64 * 1024, members=16, unpacked=100 * MB)


class PackageRefused(Exception):
    """A package that is not taken in; the database has not been changed."""

    def __init__(self, code: str, **values: Any) -> None:
        self.code, self.values = code, values
        super().__init__(self.text())

    def text(self, language: str | None = None) -> str:
        return say(MESSAGES[self.code], language, **self.values)


MESSAGES = {
    "not_readable": N_("The file is not a meeting package: {detail}"),
    "not_signed": N_("The package is not signed (it has no {member}); it may have been altered."),
    "bad_signature": N_("The package's signature does not match its content: it was altered "
                        "after it was signed, or the signature is not its own."),
    "members": N_("The package's parts are not those it was signed with ({detail})."),
    "newer_format": N_("The package is of format {format}, newer than this bescapp reads "
                       "({ours}); update bescapp to open it."),
    "newer_schema": N_("The package was made by a newer bescapp (schema {schema}); update "
                       "bescapp to open it."),
    "bad_json": N_("{member} in the package is not valid JSON: {detail}"),
    "internal_field": N_("The package tries to set {field}, a field our delegation keeps to "
                         "itself; nothing was taken in."),
    "schema": N_("{member} in the package does not follow the package schema: {detail} "
                 "(at {where})"),
    "unknown_key": N_("The package is signed by a key this database does not know yet, "
                      "fingerprint {fingerprint}. Confirm it with the other delegation (by "
                      "phone), then open the package again with --trust {fingerprint}."),
    "other_key": N_("The package is signed by another key ({fingerprint}) than the one we "
                    "trust for the other delegation ({trusted}). If they really changed keys, "
                    "confirm it with them and open it with --retrust {fingerprint}."),
    "own_package": N_("This package was sent from this database (our own key signed it)."),
    "other_committee": N_("The package is from another committee, not ours."),
    "our_side": N_("The package comes from our own side ({side}), not the other delegation."),
    "replayed": N_("This package was already received on {date}; it is not taken in twice."),
    "older": N_("The package was made on {date}, before the last one received from them "
                "({last}); an older package is not taken in."),
    "meeting_number": N_("The package is for a meeting we do not have, but this database "
                         "already holds the {meeting} made here; it would be a second one."),
    "no_side": N_("Our side is not set: File ▸ Database settings, or bescapp init --side."),
}


@dataclass(frozen=True)
class Package:
    manifest: dict[str, Any]
    data: dict[str, Any]  # member name ("agenda") -> its JSON; plus "side"
    public_key: bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)

    @property
    def side(self) -> str:
        return str(self.manifest["side"])

    @property
    def created(self) -> dt.datetime:
        return dt.datetime.fromisoformat(self.manifest["created"])


def _dump(value: Any) -> bytes:
    # "<" escaped so that no text can look like markup to the zip scan's declaration check
    return json.dumps(value, ensure_ascii=False, indent=1, sort_keys=False).replace(
        "<", "\\u003c").encode("utf-8")


def _canonical(digests: dict[str, str]) -> bytes:
    return json.dumps(digests, sort_keys=True, separators=(",", ":")).encode("ascii")


def build(key: SigningKey, manifest: dict[str, Any], data: dict[str, Any]) -> bytes:
    """The package's bytes: manifest, data members and the signature over them."""
    parts = {MANIFEST_NAME: _dump({**manifest, "members": [f"{m}.json" for m in MEMBERS]})}
    for name in MEMBERS:
        parts[f"{name}.json"] = _dump(data[name])
    digests = {name: hashlib.sha256(content).hexdigest() for name, content in parts.items()}
    signed = key.sign(_canonical(digests)).signature
    parts[SIGNATURE_NAME] = _dump({
        "algorithm": "ed25519", "key": base64.b64encode(bytes(key.verify_key)).decode("ascii"),
        "digests": digests, "signature": base64.b64encode(signed).decode("ascii")})
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2000, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, content)
    return buffer.getvalue()


def new_manifest(*, committee: str, meeting: str, side: str, last_received: str | None,
                 contacts: bool, now: dt.datetime | None = None) -> dict[str, Any]:
    created = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(tzinfo=None)
    return {"format": FORMAT, "schema": SCHEMA_HEAD, "committee": committee, "meeting": meeting,
            "side": side, "created": created.isoformat(timespec="microseconds"),
            "package": str(uuid.uuid4()), "last_received": last_received, "contacts": contacts}


def _members(content: bytes) -> dict[str, bytes]:
    try:
        scan_zip(content, LIMITS)
    except ZipProblem as e:
        raise PackageRefused("not_readable", detail=e.text()) from e
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def _load(name: str, content: bytes) -> Any:
    try:
        return json.loads(content.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as e:
        raise PackageRefused("bad_json", member=name, detail=str(e)) from e


def read(content: bytes) -> Package:
    """The package in ``content``, verified in itself (not yet against a database)."""
    parts = _members(content)
    if SIGNATURE_NAME not in parts:
        raise PackageRefused("not_signed", member=SIGNATURE_NAME)
    signature = _load(SIGNATURE_NAME, parts.pop(SIGNATURE_NAME))
    try:
        public_key = base64.b64decode(signature["key"], validate=True)
        digests = signature["digests"]
        VerifyKey(public_key).verify(_canonical(digests),
                                     base64.b64decode(signature["signature"], validate=True))
    except (BadSignatureError, KeyError, TypeError, ValueError) as e:
        raise PackageRefused("bad_signature") from e
    if set(digests) != set(parts):
        raise PackageRefused("members", detail=", ".join(sorted(set(digests) ^ set(parts))))
    for name, part in parts.items():
        if hashlib.sha256(part).hexdigest() != digests[name]:
            raise PackageRefused("bad_signature")
    manifest = _load(MANIFEST_NAME, parts[MANIFEST_NAME]) if MANIFEST_NAME in parts else None
    if not isinstance(manifest, dict):
        raise PackageRefused("members", detail=MANIFEST_NAME)
    if not isinstance(manifest.get("format"), int) or manifest["format"] > FORMAT:
        raise PackageRefused("newer_format", format=manifest.get("format"), ours=FORMAT)
    if manifest.get("schema") not in KNOWN_REVISIONS:
        raise PackageRefused("newer_schema", schema=manifest.get("schema"))
    _validate(MANIFEST_NAME, manifest, MANIFEST)
    data: dict[str, Any] = {}
    schemas = member_schemas()
    for name in MEMBERS:
        member = f"{name}.json"
        if member not in parts:
            raise PackageRefused("members", detail=member)
        value = _load(member, parts[member])
        _no_internal_field(name, value)
        _validate(member, value, schemas[name])
        data[name] = value
    data["side"] = manifest["side"]
    return Package(manifest, data, public_key)


def _validate(member: str, value: Any, schema: dict) -> None:
    validator = jsonschema.Draft202012Validator(schema)
    if validator.is_valid(value):  # the usual case, without collecting every error
        return
    error = jsonschema.exceptions.best_match(validator.iter_errors(value))
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "/"
        raise PackageRefused("schema", member=member, detail=error.message[:200], where=where)


# Which entity each member's rows are, to name an internal field a package tries to set.
_ROWS: dict[str, tuple[type[Any], tuple[str, ...]]] = {
    "meeting": (Meeting, ()), "agenda": (AgendaItem, ("items",)),
    "actions": (ActionLine, ("lines",)), "communique": (Paragraph, ("paragraphs",))}
_CONTACTS = {f.name for f in fields.of(Person) if f.personal}
# The names and columns of each entity's internal fields (contact details aside: a package
# may carry them when staff send them).
_INTERNAL: dict[type[Any], frozenset[str]] = {
    entity: frozenset(name for f in fields.of(entity, internal=True) if f.name not in _CONTACTS
                      for name in (f.name, *f.columns))
    for entity in (Meeting, AgendaItem, ActionLine, Paragraph, Membership, Person)}


def _no_internal_field(name: str, value: Any) -> None:
    rows: list[tuple[type[Any], Any]] = []
    if name in _ROWS:
        entity, path = _ROWS[name]
        found = value.get(path[0], []) if path and isinstance(value, dict) else [value]
        rows = [(entity, r) for r in found if isinstance(r, dict)] if isinstance(found, list) else []
    elif name == "delegations" and isinstance(value, dict):
        for lst in value.get("lists") or []:
            for m in (lst.get("members") or []) if isinstance(lst, dict) else []:
                if isinstance(m, dict):
                    rows.append((Membership, m))
                    if isinstance(m.get("person"), dict):
                        rows.append((Person, m["person"]))
    for entity, r in rows:
        internal = _INTERNAL[entity]
        for key in r:
            if key in internal:
                raise PackageRefused("internal_field", field=f"{entity.__name__}.{key}")

