"""Our delegation's signing key and the counterpart's trusted key, kept in the database.

The key is Ed25519 (PyNaCl): its 32-byte seed sits in the settings row, made by
migration 0010 for every database (new or old) and again here should the row have lost
it. It is never printed and never in any export or package; only its public half
travels, and staff compare it by fingerprint (``SHA256:`` and the base64 of the public
key's SHA-256, as SSH prints one), read out over the phone.
"""

from __future__ import annotations

import base64
import hashlib

from nacl.signing import SigningKey, VerifyKey
from sqlalchemy.orm import Session

from ..model.entities import DatabaseSettings
from .starter import COMMITTEE_UUID


def fingerprint(public_key: bytes) -> str:
    """``SHA256:<base64 without padding>``: one token, the exact text ``--trust`` takes."""
    digest = hashlib.sha256(public_key).digest()
    return "SHA256:" + base64.b64encode(digest).decode("ascii").rstrip("=")


def _settings(session: Session) -> DatabaseSettings:
    row = session.get(DatabaseSettings, 1)
    if row is None:  # removed by hand: put the row back as init makes it
        row = DatabaseSettings(id=1)
        session.add(row)
    return row


def our_key(session: Session) -> SigningKey:
    """Our signing key; made (in this unit of work) if the database lacks one."""
    row = _settings(session)
    if not row.signing_key:
        row.signing_key = bytes(SigningKey.generate())
        session.flush()
    return SigningKey(row.signing_key)


def our_fingerprint(session: Session) -> str:
    return fingerprint(bytes(our_key(session).verify_key))


def known_fingerprints(session: Session) -> tuple[str | None, str | None]:
    """(ours, the counterpart's) as stored, for showing: nothing is made here."""
    row = session.get(DatabaseSettings, 1)
    if row is None:
        return None, None
    ours = fingerprint(bytes(SigningKey(row.signing_key).verify_key)) if row.signing_key else None
    theirs = fingerprint(row.counterpart_key) if row.counterpart_key else None
    return ours, theirs


def committee_uuid(session: Session) -> str:
    row = _settings(session)
    return row.committee_uuid or COMMITTEE_UUID


def counterpart_key(session: Session) -> VerifyKey | None:
    row = session.get(DatabaseSettings, 1)
    if row is None or not row.counterpart_key:
        return None
    return VerifyKey(row.counterpart_key)


def trust(session: Session, public_key: bytes) -> None:
    """Record the counterpart's key, after staff confirmed its fingerprint."""
    _settings(session).counterpart_key = bytes(public_key)
